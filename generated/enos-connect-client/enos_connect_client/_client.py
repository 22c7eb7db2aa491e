# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, cast, overload

import httpx

from . import _operations as _ops
from . import models
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    RawResponse,
    SyncAPIClient,
)
from ._fields import merge_body
from ._request import call_options
from ._types import NOT_GIVEN, NotGiven
from ._version import DIST_NAME, __version__

DEFAULT_BASE_URL = "https://apigw-cn4.envisioniot.com"
_CLIENT_NAME = f"{DIST_NAME}/{__version__}"


class Client(SyncAPIClient):
    """Synchronous client for EnOS Connection Service API 2.4.

    Args:
        base_url: the API root; defaults to ``https://apigw-cn4.envisioniot.com``.
        auth: an ``httpx.Auth``: EnOSTokenAuth or APIKeyAuth.
        timeout: seconds or an ``httpx.Timeout``; by default the injected http_client's
            timeout, else 60 s in total and 10 s to connect.
        max_retries: retries of failed attempts (connection errors, 408, 429, 5xx).
        headers: extra headers sent with every request.
        http_client: an httpx client to use instead of one made here (not closed by us).
        validate_requests: check arguments against the document before sending (the
            default); False sends what the caller gives unchecked.
        org_id: default for the ``org_id`` argument of every operation that takes it; a
            value passed to a call wins.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        validate_requests: bool = True,
        strict_responses: bool = False,
        org_id: str | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
            validate_requests=validate_requests,
            strict_responses=strict_responses,
            defaults={
                "org_id": org_id,
            },
            user_agent=_CLIENT_NAME,
        )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning a ``RawResponse`` (status, headers, parsed body)."""
        return ClientWithRawResponse(self)

    @overload
    def create_device(
        self,
        *,
        product_key: str,
        device_name: models.StringI18N | dict[str, Any],
        timezone: str,
        action: Literal["create"] = "create",
        org_id: str | NotGiven = NOT_GIVEN,
        require_secret: bool | NotGiven = NOT_GIVEN,
        device_attributes: dict[str, Any] | NotGiven = NOT_GIVEN,
        device_key: str | NotGiven = NOT_GIVEN,
        device_desc: str | NotGiven = NOT_GIVEN,
        device_tags: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.DeviceCreateResult | None: ...

    @overload
    def create_device(
        self,
        *,
        body: models.CreateDeviceRequest | dict[str, Any],
        action: Literal["create"] = "create",
        org_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.DeviceCreateResult | None: ...

    def create_device(
        self,
        *,
        product_key: str | NotGiven = NOT_GIVEN,
        device_name: models.StringI18N | dict[str, Any] | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        require_secret: bool | NotGiven = NOT_GIVEN,
        device_attributes: dict[str, Any] | NotGiven = NOT_GIVEN,
        device_key: str | NotGiven = NOT_GIVEN,
        device_desc: str | NotGiven = NOT_GIVEN,
        device_tags: dict[str, str] | NotGiven = NOT_GIVEN,
        body: models.CreateDeviceRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        action: Literal["create"] = "create",
        org_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.DeviceCreateResult | None:
        """Create a device

        Creates a device under an existing product. The service account needs the
        "Full Access" permission of the Device Management Service, and the product
        must exist; read the vendor's limitations on devices first.

        The operation is selected by the fixed query parameter `action=create`.

        Errors are reported in-band: the HTTP status is 200 and a non-zero `code`
        in the response envelope names the error (see `x-response-envelope`). The
        page documents no other HTTP status code, so none is listed here.

        ``POST /connect-service/v2.4/devices`` (operationId ``CreateDevice``).

        Args:
            action: Fixed value `create`, which selects the create-device action of the
                `/devices` resource. (optional)
            org_id: ID of the organization (OU) the new device asset belongs to. Usually given
                once to the client (`Client(org_id=...)`); a value passed to a call overrides
                it. Defaults to the client's ``org_id``. (optional)
            product_key: Key of the existing product the device is created under.
            device_name: Internationalized name: a default value (required) plus translations
                keyed by locale.
            timezone: Time zone of the device's location, for example `+08:00` (see the vendor's
                "Timezone representation" page for the accepted forms).
            require_secret: `true`: return the device secret and session key, encrypted (the
                service account must have an RSA key pair). `false` (the default): do not return
                them. (optional)
            device_attributes: Attribute values of the device, keyed by attribute identifier;
                values may be of any JSON type. (optional)
            device_key: Key of the device; when omitted the platform allocates one. (optional)
            device_desc: Free-text description of the device. (optional)
            device_tags: Tags of the device; both keys and values are strings. (optional)
            body: The device to create. Pass either this or the individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.DeviceCreateResult | None

        Raises:
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
            APIEnvelopeError: the response envelope carries an error code.
            DeviceKeyExistsError: code 11702 (DeviceKey existed).
            GenerateDeviceKeyFailedError: code 11714 (Generate deviceKey failed).
            ExceedMaxDeviceSizeError: code 11739 (Exceed max device size).
            PublicKeyNotFoundError: code 11858 (Unable to find public key).
            InvalidArgumentsError: code 99400 (Invalid arguments).
        """
        return cast(
            "models.DeviceCreateResult | None",
            self._request(
                _ops.CREATE_DEVICE,
                {
                    "action": action,
                    "org_id": org_id,
                    "body": merge_body(
                        body,
                        {
                            "productKey": product_key,
                            "deviceName": device_name,
                            "timezone": timezone,
                            "requireSecret": require_secret,
                            "deviceAttributes": device_attributes,
                            "deviceKey": device_key,
                            "deviceDesc": device_desc,
                            "deviceTags": device_tags,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class ClientWithRawResponse:
    """Operations of :class:`Client` that return the whole response."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create_device(
        self,
        *,
        product_key: str | NotGiven = NOT_GIVEN,
        device_name: models.StringI18N | dict[str, Any] | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        require_secret: bool | NotGiven = NOT_GIVEN,
        device_attributes: dict[str, Any] | NotGiven = NOT_GIVEN,
        device_key: str | NotGiven = NOT_GIVEN,
        device_desc: str | NotGiven = NOT_GIVEN,
        device_tags: dict[str, str] | NotGiven = NOT_GIVEN,
        body: models.CreateDeviceRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        action: Literal["create"] = "create",
        org_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.DeviceCreateResult | None]:
        """Like :meth:`Client.create_device`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.DeviceCreateResult | None]",
            self._client._request(
                _ops.CREATE_DEVICE,
                {
                    "action": action,
                    "org_id": org_id,
                    "body": merge_body(
                        body,
                        {
                            "productKey": product_key,
                            "deviceName": device_name,
                            "timezone": timezone,
                            "requireSecret": require_secret,
                            "deviceAttributes": device_attributes,
                            "deviceKey": device_key,
                            "deviceDesc": device_desc,
                            "deviceTags": device_tags,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for EnOS Connection Service API 2.4.

    Args:
        base_url: the API root; defaults to ``https://apigw-cn4.envisioniot.com``.
        auth: an ``httpx.Auth``: EnOSTokenAuth or APIKeyAuth.
        timeout: seconds or an ``httpx.Timeout``; by default the injected http_client's
            timeout, else 60 s in total and 10 s to connect.
        max_retries: retries of failed attempts (connection errors, 408, 429, 5xx).
        headers: extra headers sent with every request.
        http_client: an httpx client to use instead of one made here (not closed by us).
        validate_requests: check arguments against the document before sending (the
            default); False sends what the caller gives unchecked.
        org_id: default for the ``org_id`` argument of every operation that takes it; a
            value passed to a call wins.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        validate_requests: bool = True,
        strict_responses: bool = False,
        org_id: str | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
            validate_requests=validate_requests,
            strict_responses=strict_responses,
            defaults={
                "org_id": org_id,
            },
            user_agent=_CLIENT_NAME,
        )

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning a ``RawResponse`` (status, headers, parsed body)."""
        return AsyncClientWithRawResponse(self)

    @overload
    async def create_device(
        self,
        *,
        product_key: str,
        device_name: models.StringI18N | dict[str, Any],
        timezone: str,
        action: Literal["create"] = "create",
        org_id: str | NotGiven = NOT_GIVEN,
        require_secret: bool | NotGiven = NOT_GIVEN,
        device_attributes: dict[str, Any] | NotGiven = NOT_GIVEN,
        device_key: str | NotGiven = NOT_GIVEN,
        device_desc: str | NotGiven = NOT_GIVEN,
        device_tags: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.DeviceCreateResult | None: ...

    @overload
    async def create_device(
        self,
        *,
        body: models.CreateDeviceRequest | dict[str, Any],
        action: Literal["create"] = "create",
        org_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.DeviceCreateResult | None: ...

    async def create_device(
        self,
        *,
        product_key: str | NotGiven = NOT_GIVEN,
        device_name: models.StringI18N | dict[str, Any] | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        require_secret: bool | NotGiven = NOT_GIVEN,
        device_attributes: dict[str, Any] | NotGiven = NOT_GIVEN,
        device_key: str | NotGiven = NOT_GIVEN,
        device_desc: str | NotGiven = NOT_GIVEN,
        device_tags: dict[str, str] | NotGiven = NOT_GIVEN,
        body: models.CreateDeviceRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        action: Literal["create"] = "create",
        org_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.DeviceCreateResult | None:
        """Create a device

        Creates a device under an existing product. The service account needs the
        "Full Access" permission of the Device Management Service, and the product
        must exist; read the vendor's limitations on devices first.

        The operation is selected by the fixed query parameter `action=create`.

        Errors are reported in-band: the HTTP status is 200 and a non-zero `code`
        in the response envelope names the error (see `x-response-envelope`). The
        page documents no other HTTP status code, so none is listed here.

        ``POST /connect-service/v2.4/devices`` (operationId ``CreateDevice``).

        Args:
            action: Fixed value `create`, which selects the create-device action of the
                `/devices` resource. (optional)
            org_id: ID of the organization (OU) the new device asset belongs to. Usually given
                once to the client (`Client(org_id=...)`); a value passed to a call overrides
                it. Defaults to the client's ``org_id``. (optional)
            product_key: Key of the existing product the device is created under.
            device_name: Internationalized name: a default value (required) plus translations
                keyed by locale.
            timezone: Time zone of the device's location, for example `+08:00` (see the vendor's
                "Timezone representation" page for the accepted forms).
            require_secret: `true`: return the device secret and session key, encrypted (the
                service account must have an RSA key pair). `false` (the default): do not return
                them. (optional)
            device_attributes: Attribute values of the device, keyed by attribute identifier;
                values may be of any JSON type. (optional)
            device_key: Key of the device; when omitted the platform allocates one. (optional)
            device_desc: Free-text description of the device. (optional)
            device_tags: Tags of the device; both keys and values are strings. (optional)
            body: The device to create. Pass either this or the individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.DeviceCreateResult | None

        Raises:
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
            APIEnvelopeError: the response envelope carries an error code.
            DeviceKeyExistsError: code 11702 (DeviceKey existed).
            GenerateDeviceKeyFailedError: code 11714 (Generate deviceKey failed).
            ExceedMaxDeviceSizeError: code 11739 (Exceed max device size).
            PublicKeyNotFoundError: code 11858 (Unable to find public key).
            InvalidArgumentsError: code 99400 (Invalid arguments).
        """
        return cast(
            "models.DeviceCreateResult | None",
            await self._request(
                _ops.CREATE_DEVICE,
                {
                    "action": action,
                    "org_id": org_id,
                    "body": merge_body(
                        body,
                        {
                            "productKey": product_key,
                            "deviceName": device_name,
                            "timezone": timezone,
                            "requireSecret": require_secret,
                            "deviceAttributes": device_attributes,
                            "deviceKey": device_key,
                            "deviceDesc": device_desc,
                            "deviceTags": device_tags,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncClientWithRawResponse:
    """Operations of :class:`AsyncClient` that return the whole response."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_device(
        self,
        *,
        product_key: str | NotGiven = NOT_GIVEN,
        device_name: models.StringI18N | dict[str, Any] | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        require_secret: bool | NotGiven = NOT_GIVEN,
        device_attributes: dict[str, Any] | NotGiven = NOT_GIVEN,
        device_key: str | NotGiven = NOT_GIVEN,
        device_desc: str | NotGiven = NOT_GIVEN,
        device_tags: dict[str, str] | NotGiven = NOT_GIVEN,
        body: models.CreateDeviceRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        action: Literal["create"] = "create",
        org_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.DeviceCreateResult | None]:
        """Like :meth:`AsyncClient.create_device`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.DeviceCreateResult | None]",
            await self._client._request(
                _ops.CREATE_DEVICE,
                {
                    "action": action,
                    "org_id": org_id,
                    "body": merge_body(
                        body,
                        {
                            "productKey": product_key,
                            "deviceName": device_name,
                            "timezone": timezone,
                            "requireSecret": require_secret,
                            "deviceAttributes": device_attributes,
                            "deviceKey": device_key,
                            "deviceDesc": device_desc,
                            "deviceTags": device_tags,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )
