# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast, overload

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

DEFAULT_BASE_URL = "https://roma.cn-north-4.myhuaweicloud.com"
_CLIENT_NAME = f"{DIST_NAME}/{__version__}"


class Client(SyncAPIClient):
    """Synchronous client for Huawei Cloud ROMA Connect LINK (device integration) API v2.

    Args:
        base_url: the API root; defaults to ``https://roma.cn-north-4.myhuaweicloud.com``.
        auth: an ``httpx.Auth``: HuaweiAKSKAuth, HuaweiIAMTokenAuth or APIKeyAuth.
        timeout: seconds or an ``httpx.Timeout``; by default the injected http_client's
            timeout, else 60 s in total and 10 s to connect.
        max_retries: retries of failed attempts (connection errors, 408, 429, 5xx).
        headers: extra headers sent with every request.
        http_client: an httpx client to use instead of one made here (not closed by us).
        validate_requests: check arguments against the document before sending (the
            default); False sends what the caller gives unchecked.
        project_id: default for the ``project_id`` argument of every operation that takes
            it; a value passed to a call wins. When not given, the auth object's
            ``project_id`` is used (if it has one).
        instance_id: default for the ``instance_id`` argument of every operation that takes
            it; a value passed to a call wins.
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
        project_id: str | None = None,
        instance_id: str | None = None,
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
                "project_id": project_id,
                "instance_id": instance_id,
            },
            user_agent=_CLIENT_NAME,
        )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning a ``RawResponse`` (status, headers, parsed body)."""
        return ClientWithRawResponse(self)

    @overload
    def update_product(
        self,
        *,
        product_id: int,
        name: str,
        manufacturer_id: str,
        manufacturer_name: str,
        model: str,
        device_type: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    @overload
    def update_product(
        self,
        *,
        product_id: int,
        body: models.UpdateProductRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    def update_product(
        self,
        *,
        product_id: int,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        body: models.UpdateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product:
        """Modify product information

        Changes the name, description, manufacturer, model, device type and
        version of a product.

        Authentication is AK/SK signing (`huaweiAkSk`) or an IAM token in the
        `X-Auth-Token` header (`xAuthToken`); the token header comes from the
        security scheme, not from a parameter.

        ``PUT /v2/{project_id}/link/instances/{instance_id}/products/{product_id}`` (operationId ``UpdateProduct``).

        Args:
            project_id: Project ID (see "Appendix" > "Obtaining a Project ID" in the vendor
                documentation). The value `default` is accepted for compatibility with ROMA
                Connect 20.0. Usually given once to the client (`Client(project_id=...)`); a
                value passed to a call overrides it. Defaults to the client's ``project_id``.
                (optional)
            instance_id: ID of the ROMA Connect instance. The value `default` is accepted for
                compatibility with ROMA Connect 20.0. Usually given once to the client
                (`Client(instance_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``instance_id``. (optional)
            product_id: ID of the product to modify: an integer, which can exceed 32 bits
                (values up to 99999999999999999 occur).
            name: Product name, unique within the tenant. At most 64 characters: letters,
                digits, underscores and hyphens.
            manufacturer_id: ID of the product's manufacturer. 2 to 50 characters: letters,
                digits, underscores and hyphens.
            manufacturer_name: Name of the manufacturer, 2 to 64 characters.
            model: Product model. 2 to 50 characters: letters, digits, underscores, hyphens and
                spaces; the service ignores leading and trailing spaces.
            device_type: Device type of the product; the default is `Default`. Any string is
                accepted (the vendor publishes no list of values, and its own example answers
                `default` to a request sending `Default`).
            description: Product description, at most 200 characters. (optional)
            version: Version of the product model. (optional)
            body: The new product information. Pass either this or the individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.Product

        Raises:
            BadRequestError: HTTP 400: Bad Request. A parameter is invalid.
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The page's example is a
                missing instance, which the service reports with status 500.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.Product",
            self._request(
                _ops.UPDATE_PRODUCT,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "product_id": product_id,
                    "body": merge_body(
                        body,
                        {
                            "name": name,
                            "manufacturer_id": manufacturer_id,
                            "manufacturer_name": manufacturer_name,
                            "model": model,
                            "device_type": device_type,
                            "description": description,
                            "version": version,
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

    def update_product(
        self,
        *,
        product_id: int,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        body: models.UpdateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Product]:
        """Like :meth:`Client.update_product`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.Product]",
            self._client._request(
                _ops.UPDATE_PRODUCT,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "product_id": product_id,
                    "body": merge_body(
                        body,
                        {
                            "name": name,
                            "manufacturer_id": manufacturer_id,
                            "manufacturer_name": manufacturer_name,
                            "model": model,
                            "device_type": device_type,
                            "description": description,
                            "version": version,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Huawei Cloud ROMA Connect LINK (device integration) API v2.

    Args:
        base_url: the API root; defaults to ``https://roma.cn-north-4.myhuaweicloud.com``.
        auth: an ``httpx.Auth``: HuaweiAKSKAuth, HuaweiIAMTokenAuth or APIKeyAuth.
        timeout: seconds or an ``httpx.Timeout``; by default the injected http_client's
            timeout, else 60 s in total and 10 s to connect.
        max_retries: retries of failed attempts (connection errors, 408, 429, 5xx).
        headers: extra headers sent with every request.
        http_client: an httpx client to use instead of one made here (not closed by us).
        validate_requests: check arguments against the document before sending (the
            default); False sends what the caller gives unchecked.
        project_id: default for the ``project_id`` argument of every operation that takes
            it; a value passed to a call wins. When not given, the auth object's
            ``project_id`` is used (if it has one).
        instance_id: default for the ``instance_id`` argument of every operation that takes
            it; a value passed to a call wins.
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
        project_id: str | None = None,
        instance_id: str | None = None,
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
                "project_id": project_id,
                "instance_id": instance_id,
            },
            user_agent=_CLIENT_NAME,
        )

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning a ``RawResponse`` (status, headers, parsed body)."""
        return AsyncClientWithRawResponse(self)

    @overload
    async def update_product(
        self,
        *,
        product_id: int,
        name: str,
        manufacturer_id: str,
        manufacturer_name: str,
        model: str,
        device_type: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    @overload
    async def update_product(
        self,
        *,
        product_id: int,
        body: models.UpdateProductRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    async def update_product(
        self,
        *,
        product_id: int,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        body: models.UpdateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product:
        """Modify product information

        Changes the name, description, manufacturer, model, device type and
        version of a product.

        Authentication is AK/SK signing (`huaweiAkSk`) or an IAM token in the
        `X-Auth-Token` header (`xAuthToken`); the token header comes from the
        security scheme, not from a parameter.

        ``PUT /v2/{project_id}/link/instances/{instance_id}/products/{product_id}`` (operationId ``UpdateProduct``).

        Args:
            project_id: Project ID (see "Appendix" > "Obtaining a Project ID" in the vendor
                documentation). The value `default` is accepted for compatibility with ROMA
                Connect 20.0. Usually given once to the client (`Client(project_id=...)`); a
                value passed to a call overrides it. Defaults to the client's ``project_id``.
                (optional)
            instance_id: ID of the ROMA Connect instance. The value `default` is accepted for
                compatibility with ROMA Connect 20.0. Usually given once to the client
                (`Client(instance_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``instance_id``. (optional)
            product_id: ID of the product to modify: an integer, which can exceed 32 bits
                (values up to 99999999999999999 occur).
            name: Product name, unique within the tenant. At most 64 characters: letters,
                digits, underscores and hyphens.
            manufacturer_id: ID of the product's manufacturer. 2 to 50 characters: letters,
                digits, underscores and hyphens.
            manufacturer_name: Name of the manufacturer, 2 to 64 characters.
            model: Product model. 2 to 50 characters: letters, digits, underscores, hyphens and
                spaces; the service ignores leading and trailing spaces.
            device_type: Device type of the product; the default is `Default`. Any string is
                accepted (the vendor publishes no list of values, and its own example answers
                `default` to a request sending `Default`).
            description: Product description, at most 200 characters. (optional)
            version: Version of the product model. (optional)
            body: The new product information. Pass either this or the individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.Product

        Raises:
            BadRequestError: HTTP 400: Bad Request. A parameter is invalid.
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The page's example is a
                missing instance, which the service reports with status 500.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.Product",
            await self._request(
                _ops.UPDATE_PRODUCT,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "product_id": product_id,
                    "body": merge_body(
                        body,
                        {
                            "name": name,
                            "manufacturer_id": manufacturer_id,
                            "manufacturer_name": manufacturer_name,
                            "model": model,
                            "device_type": device_type,
                            "description": description,
                            "version": version,
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

    async def update_product(
        self,
        *,
        product_id: int,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        body: models.UpdateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Product]:
        """Like :meth:`AsyncClient.update_product`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.Product]",
            await self._client._request(
                _ops.UPDATE_PRODUCT,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "product_id": product_id,
                    "body": merge_body(
                        body,
                        {
                            "name": name,
                            "manufacturer_id": manufacturer_id,
                            "manufacturer_name": manufacturer_name,
                            "model": model,
                            "device_type": device_type,
                            "description": description,
                            "version": version,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )
