# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
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

DEFAULT_BASE_URL = "https://iotda.cn-north-4.myhuaweicloud.com"
_CLIENT_NAME = f"{DIST_NAME}/{__version__}"


class Client(SyncAPIClient):
    """Synchronous client for Huawei Cloud IoTDA (IoT Device Access) application-side API v5.

    Args:
        base_url: the API root; defaults to ``https://iotda.cn-north-4.myhuaweicloud.com``.
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
    def create_ota_module(
        self,
        *,
        app_id: str,
        product_id: str,
        module_name: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule: ...

    @overload
    def create_ota_module(
        self,
        *,
        body: models.CreateOtaModuleRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule: ...

    def create_ota_module(
        self,
        *,
        app_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.CreateOtaModuleRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule:
        """Create an OTA module

        Creates an OTA module for a product. A product can have at most 10 custom
        OTA modules. IAM users need the `iotda:otamodules:create` action (access
        level Write, resource type `app`, condition key `g:EnterpriseProjectId`).

        Authentication is AK/SK signing (`huaweiAkSk`) or an IAM token in the
        `X-Auth-Token` header (`xAuthToken`); the token header comes from the
        security scheme, not from a parameter.

        ``POST /v5/iot/{project_id}/ota-upgrades/modules`` (operationId ``CreateOtaModule``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            instance_id: Instance ID, which identifies an instance in the physical multi-tenant
                scenario. Mandatory for the professional edition and recommended otherwise;
                shown on the Overview page of the IoTDA console. Usually given once to the
                client (`Client(instance_id=...)`); a value passed to a call overrides it.
                Defaults to the client's ``instance_id``. (optional)
            app_id: Resource space the new module belongs to; useful when the account has
                several resource spaces. Up to 36 characters: letters, digits, underscores and
                hyphens.
            product_id: ID of the product the module belongs to, as allocated by the platform
                when the product was created. Up to 36 characters: letters, digits, underscores
                and hyphens.
            module_name: Name of the OTA module; unique within the product and immutable once
                created. Up to 64 characters: letters, digits, underscores, hyphens and periods.
            alias_name: Alias (display name) of the OTA module. Up to 64 characters: letters,
                digits, underscores, hyphens, periods and spaces. The vendor's example is "Micro
                Controller Unit", so spaces are accepted; Chinese characters are accepted too.
                (optional)
            description: What the module does. At most 1,024 characters. (optional)
            body: The OTA module to create. Pass either this or the individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.OtaModule

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
            AuthenticationError: HTTP 401: Unauthorized. The signature or token is missing,
                wrong or expired.
            PermissionDeniedError: HTTP 403: Forbidden. The caller lacks the permission needed
                for the operation.
            InternalServerError: HTTP 500: Internal Server Error. The platform failed to process
                the request.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.OtaModule",
            self._request(
                _ops.CREATE_OTA_MODULE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "product_id": product_id,
                            "module_name": module_name,
                            "alias_name": alias_name,
                            "description": description,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def delete_ota_package(
        self,
        *,
        package_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an OTA upgrade package

        Deletes the upgrade package record that points to an OBS object. The OBS
        object itself is kept. Before using this API, grant IoTDA access to OBS and
        KMS: on the IAM console, under Agencies, give the `iotda_admin_trust`
        agency the KMS Administrator and OBS OperateAccess permissions.

        Authentication is AK/SK signing (`huaweiAkSk`) or an IAM token in the
        `X-Auth-Token` header (`xAuthToken`); the token header comes from the
        security scheme, not from a parameter.

        ``DELETE /v5/iot/{project_id}/ota-upgrades/packages/{package_id}`` (operationId ``DeleteOtaPackage``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            package_id: ID of the upgrade package to delete, allocated by the IoT platform. Up
                to 36 characters: letters, digits and hyphens only.
            instance_id: Instance ID, which identifies an instance in the physical multi-tenant
                scenario. Mandatory for the professional edition and recommended otherwise;
                shown on the Overview page of the IoTDA console. Usually given once to the
                client (`Client(instance_id=...)`); a value passed to a call overrides it.
                Defaults to the client's ``instance_id``. (optional)
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            None

        Raises:
            AuthenticationError: HTTP 401: Unauthorized. The signature or token is missing,
                wrong or expired.
            PermissionDeniedError: HTTP 403: Forbidden. The caller lacks the permission needed
                for the operation.
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The platform failed to process
                the request.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "None",
            self._request(
                _ops.DELETE_OTA_PACKAGE,
                {"project_id": project_id, "package_id": package_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    @overload
    def update_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate: ...

    @overload
    def update_provisioning_template(
        self,
        *,
        template_id: str,
        body: models.UpdateProvisioningTemplateRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate: ...

    def update_provisioning_template(
        self,
        *,
        template_id: str,
        description: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        body: models.UpdateProvisioningTemplateRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate:
        """Update a pre-provisioning template

        Lets an application change the description and the body of the
        pre-provisioning template with the given ID.

        Authentication is AK/SK signing (`huaweiAkSk`) or an IAM token in the
        `X-Auth-Token` header (`xAuthToken`); the token header comes from the
        security scheme, not from a parameter.

        ``PUT /v5/iot/{project_id}/provisioning-templates/{template_id}`` (operationId ``UpdateProvisioningTemplate``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            template_id: ID of the pre-provisioning template to update.
            instance_id: Instance ID, which identifies an instance in the physical multi-tenant
                scenario. Mandatory for the professional edition and recommended otherwise;
                shown on the Overview page of the IoTDA console. Usually given once to the
                client (`Client(instance_id=...)`); a value passed to a call overrides it.
                Defaults to the client's ``instance_id``. (optional)
            description: New description of the template. At most 2,048 characters: letters,
                digits and the special characters _?'#().,&%@!-. Spaces are not among them, so a
                description with spaces is refused before sending (pass
                `validate_requests=False` to the client to send one anyway). (optional)
            template_body: Content of a pre-provisioning template to send: the certificate
                parameters it declares and the device resources built from them. (optional)
            body: The fields of the template to change. Pass either this or the individual body
                fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.ProvisioningTemplate

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
            PermissionDeniedError: HTTP 403: Forbidden. The caller lacks the permission needed
                for the operation.
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The platform failed to process
                the request.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.ProvisioningTemplate",
            self._request(
                _ops.UPDATE_PROVISIONING_TEMPLATE,
                {
                    "project_id": project_id,
                    "template_id": template_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body, {"description": description, "template_body": template_body}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class ClientWithRawResponse:
    """Operations of :class:`Client` that return the whole response."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create_ota_module(
        self,
        *,
        app_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.CreateOtaModuleRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaModule]:
        """Like :meth:`Client.create_ota_module`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaModule]",
            self._client._request(
                _ops.CREATE_OTA_MODULE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "product_id": product_id,
                            "module_name": module_name,
                            "alias_name": alias_name,
                            "description": description,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def delete_ota_package(
        self,
        *,
        package_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_ota_package`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[None]",
            self._client._request(
                _ops.DELETE_OTA_PACKAGE,
                {"project_id": project_id, "package_id": package_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def update_provisioning_template(
        self,
        *,
        template_id: str,
        description: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        body: models.UpdateProvisioningTemplateRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ProvisioningTemplate]:
        """Like :meth:`Client.update_provisioning_template`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ProvisioningTemplate]",
            self._client._request(
                _ops.UPDATE_PROVISIONING_TEMPLATE,
                {
                    "project_id": project_id,
                    "template_id": template_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body, {"description": description, "template_body": template_body}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Huawei Cloud IoTDA (IoT Device Access) application-side API v5.

    Args:
        base_url: the API root; defaults to ``https://iotda.cn-north-4.myhuaweicloud.com``.
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
    async def create_ota_module(
        self,
        *,
        app_id: str,
        product_id: str,
        module_name: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule: ...

    @overload
    async def create_ota_module(
        self,
        *,
        body: models.CreateOtaModuleRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule: ...

    async def create_ota_module(
        self,
        *,
        app_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.CreateOtaModuleRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule:
        """Create an OTA module

        Creates an OTA module for a product. A product can have at most 10 custom
        OTA modules. IAM users need the `iotda:otamodules:create` action (access
        level Write, resource type `app`, condition key `g:EnterpriseProjectId`).

        Authentication is AK/SK signing (`huaweiAkSk`) or an IAM token in the
        `X-Auth-Token` header (`xAuthToken`); the token header comes from the
        security scheme, not from a parameter.

        ``POST /v5/iot/{project_id}/ota-upgrades/modules`` (operationId ``CreateOtaModule``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            instance_id: Instance ID, which identifies an instance in the physical multi-tenant
                scenario. Mandatory for the professional edition and recommended otherwise;
                shown on the Overview page of the IoTDA console. Usually given once to the
                client (`Client(instance_id=...)`); a value passed to a call overrides it.
                Defaults to the client's ``instance_id``. (optional)
            app_id: Resource space the new module belongs to; useful when the account has
                several resource spaces. Up to 36 characters: letters, digits, underscores and
                hyphens.
            product_id: ID of the product the module belongs to, as allocated by the platform
                when the product was created. Up to 36 characters: letters, digits, underscores
                and hyphens.
            module_name: Name of the OTA module; unique within the product and immutable once
                created. Up to 64 characters: letters, digits, underscores, hyphens and periods.
            alias_name: Alias (display name) of the OTA module. Up to 64 characters: letters,
                digits, underscores, hyphens, periods and spaces. The vendor's example is "Micro
                Controller Unit", so spaces are accepted; Chinese characters are accepted too.
                (optional)
            description: What the module does. At most 1,024 characters. (optional)
            body: The OTA module to create. Pass either this or the individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.OtaModule

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
            AuthenticationError: HTTP 401: Unauthorized. The signature or token is missing,
                wrong or expired.
            PermissionDeniedError: HTTP 403: Forbidden. The caller lacks the permission needed
                for the operation.
            InternalServerError: HTTP 500: Internal Server Error. The platform failed to process
                the request.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.OtaModule",
            await self._request(
                _ops.CREATE_OTA_MODULE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "product_id": product_id,
                            "module_name": module_name,
                            "alias_name": alias_name,
                            "description": description,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def delete_ota_package(
        self,
        *,
        package_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an OTA upgrade package

        Deletes the upgrade package record that points to an OBS object. The OBS
        object itself is kept. Before using this API, grant IoTDA access to OBS and
        KMS: on the IAM console, under Agencies, give the `iotda_admin_trust`
        agency the KMS Administrator and OBS OperateAccess permissions.

        Authentication is AK/SK signing (`huaweiAkSk`) or an IAM token in the
        `X-Auth-Token` header (`xAuthToken`); the token header comes from the
        security scheme, not from a parameter.

        ``DELETE /v5/iot/{project_id}/ota-upgrades/packages/{package_id}`` (operationId ``DeleteOtaPackage``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            package_id: ID of the upgrade package to delete, allocated by the IoT platform. Up
                to 36 characters: letters, digits and hyphens only.
            instance_id: Instance ID, which identifies an instance in the physical multi-tenant
                scenario. Mandatory for the professional edition and recommended otherwise;
                shown on the Overview page of the IoTDA console. Usually given once to the
                client (`Client(instance_id=...)`); a value passed to a call overrides it.
                Defaults to the client's ``instance_id``. (optional)
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            None

        Raises:
            AuthenticationError: HTTP 401: Unauthorized. The signature or token is missing,
                wrong or expired.
            PermissionDeniedError: HTTP 403: Forbidden. The caller lacks the permission needed
                for the operation.
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The platform failed to process
                the request.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "None",
            await self._request(
                _ops.DELETE_OTA_PACKAGE,
                {"project_id": project_id, "package_id": package_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    @overload
    async def update_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate: ...

    @overload
    async def update_provisioning_template(
        self,
        *,
        template_id: str,
        body: models.UpdateProvisioningTemplateRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate: ...

    async def update_provisioning_template(
        self,
        *,
        template_id: str,
        description: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        body: models.UpdateProvisioningTemplateRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate:
        """Update a pre-provisioning template

        Lets an application change the description and the body of the
        pre-provisioning template with the given ID.

        Authentication is AK/SK signing (`huaweiAkSk`) or an IAM token in the
        `X-Auth-Token` header (`xAuthToken`); the token header comes from the
        security scheme, not from a parameter.

        ``PUT /v5/iot/{project_id}/provisioning-templates/{template_id}`` (operationId ``UpdateProvisioningTemplate``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            template_id: ID of the pre-provisioning template to update.
            instance_id: Instance ID, which identifies an instance in the physical multi-tenant
                scenario. Mandatory for the professional edition and recommended otherwise;
                shown on the Overview page of the IoTDA console. Usually given once to the
                client (`Client(instance_id=...)`); a value passed to a call overrides it.
                Defaults to the client's ``instance_id``. (optional)
            description: New description of the template. At most 2,048 characters: letters,
                digits and the special characters _?'#().,&%@!-. Spaces are not among them, so a
                description with spaces is refused before sending (pass
                `validate_requests=False` to the client to send one anyway). (optional)
            template_body: Content of a pre-provisioning template to send: the certificate
                parameters it declares and the device resources built from them. (optional)
            body: The fields of the template to change. Pass either this or the individual body
                fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.ProvisioningTemplate

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
            PermissionDeniedError: HTTP 403: Forbidden. The caller lacks the permission needed
                for the operation.
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The platform failed to process
                the request.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.ProvisioningTemplate",
            await self._request(
                _ops.UPDATE_PROVISIONING_TEMPLATE,
                {
                    "project_id": project_id,
                    "template_id": template_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body, {"description": description, "template_body": template_body}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncClientWithRawResponse:
    """Operations of :class:`AsyncClient` that return the whole response."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_ota_module(
        self,
        *,
        app_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.CreateOtaModuleRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaModule]:
        """Like :meth:`AsyncClient.create_ota_module`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaModule]",
            await self._client._request(
                _ops.CREATE_OTA_MODULE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "product_id": product_id,
                            "module_name": module_name,
                            "alias_name": alias_name,
                            "description": description,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def delete_ota_package(
        self,
        *,
        package_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_ota_package`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[None]",
            await self._client._request(
                _ops.DELETE_OTA_PACKAGE,
                {"project_id": project_id, "package_id": package_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def update_provisioning_template(
        self,
        *,
        template_id: str,
        description: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        body: models.UpdateProvisioningTemplateRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ProvisioningTemplate]:
        """Like :meth:`AsyncClient.update_provisioning_template`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ProvisioningTemplate]",
            await self._client._request(
                _ops.UPDATE_PROVISIONING_TEMPLATE,
                {
                    "project_id": project_id,
                    "template_id": template_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body, {"description": description, "template_body": template_body}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )
