# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
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
from ._pagination import AsyncPager, SyncPager
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

    def list_ota_modules(
        self,
        *,
        app_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[models.OtaModule, models.ListOtaModulesResponse]:
        """List the OTA modules

        Lists the OTA modules of a resource space, optionally of one product, page
        by page. IAM users need the `iotda:otamodules:queryList` action (access
        level List, resource type `app`, condition key `g:EnterpriseProjectId`).

        Paging: records come newest first (descending record ID). Pass the
        `page.marker` of the previous answer as `marker` to get the next page;
        `offset` skips records after the marker (at most 500). The generated client
        follows the markers for you (see `x-pagination`).

        Sources: the vendor page as stored gives the URI, the path parameter and the
        `app_id`, `product_id` and `limit` query parameters. The rest of the page
        (`marker`, `offset`, the `Instance-Id` header, the response fields, the
        example and the status codes) was not available in full; `marker`,
        `offset`, `Instance-Id`, `modules` (items as on the show-module page) and
        `page` (`count`, `marker`) come from the official SDK's models
        (`ListOtaModulesRequest`, `ListOtaModulesResponse`, `OtaModuleInfo`,
        `PageInfo`), and the status codes are the ones the sibling OTA module pages
        list. The response example is ours, built from the show-module page's
        example.

        The IAM token header `X-Auth-Token` is not listed as a parameter: it is
        modelled only by the `xAuthToken` security scheme.

        ``GET /v5/iot/{project_id}/ota-upgrades/modules`` (operationId ``ListOtaModules``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            app_id: Resource space whose modules are listed; useful when the account has several
                resource spaces. Up to 36 characters: letters, digits, underscores and hyphens.
                (The page marks it mandatory; the SDK's description only recommends it.)
            product_id: Only list the modules of this product (the ID the platform allocated
                when the product was created). Up to 36 characters: letters, digits, underscores
                and hyphens. (optional)
            limit: Number of records per page, 1 to 50 (default 10). (optional)
            marker: Where the page starts: the `page.marker` of the previous page (the ID of its
                last record). Records come in descending ID order, newest first; only records
                with a smaller ID than the marker are returned. Omit it to start at the newest
                record. A 24-character hexadecimal string (default ffffffffffffffffffffffff).
                (optional)
            offset: Number of records to skip after the marker, 0 to 500 (default 0). With 50
                records a page, pages 1 to 11 can be reached by offset alone; beyond that,
                continue from the marker of page 11. (optional)
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
            A pager: iterating it yields every models.OtaModule across pages;
            ``pages()`` yields each models.ListOtaModulesResponse; ``first_page()`` returns the first.

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
        options = call_options(extra_headers, extra_query, extra_body, timeout)
        return SyncPager(
            lambda arguments: self._request(
                _ops.LIST_OTA_MODULES, arguments, raw=True, options=options
            ),
            _ops.LIST_OTA_MODULES_PAGES,
            {
                "project_id": project_id,
                "app_id": app_id,
                "product_id": product_id,
                "limit": limit,
                "marker": marker,
                "offset": offset,
                "instance_id": instance_id,
            },
        )

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

    def show_ota_module(
        self,
        *,
        module_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule:
        """Show an OTA module

        Returns the details of one OTA module. IAM users need the
        `iotda:otamodules:query` action (access level Read, resource type `app`,
        condition key `g:EnterpriseProjectId`).

        Sources: the vendor page (URI, path parameters, `Instance-Id`, response
        fields, the start of the response example). The stored copies break off
        inside the example; the remaining example fields repeat the create-module
        page's example, and the status codes are the ones the delete-module page
        lists (which the copies did not reach). The page's example request URL says
        `/ota-upgrades/module/{module_id}` (singular); the URI table and the SDK say
        `modules`, which we use.

        The IAM token header `X-Auth-Token` is not listed as a parameter: it is
        modelled only by the `xAuthToken` security scheme.

        ``GET /v5/iot/{project_id}/ota-upgrades/modules/{module_id}`` (operationId ``ShowOtaModule``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            module_id: ID of the OTA module, generated by the platform when the module was
                created. Up to 36 characters: letters, digits and hyphens.
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
            models.OtaModule

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
            "models.OtaModule",
            self._request(
                _ops.SHOW_OTA_MODULE,
                {"project_id": project_id, "module_id": module_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    @overload
    def update_ota_module(
        self,
        *,
        module_id: str,
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
    def update_ota_module(
        self,
        *,
        module_id: str,
        body: models.UpdateOtaModuleRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule: ...

    def update_ota_module(
        self,
        *,
        module_id: str,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.UpdateOtaModuleRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule:
        """Update an OTA module

        Changes the alias and the description of an OTA module (its name cannot be
        changed). IAM users need the `iotda:otamodules:update` action (access level
        Write, resource type `app`, condition key `g:EnterpriseProjectId`).

        Sources: the vendor page (URI, parameters, request and response tables).
        The stored copies end before the examples and the status-code table; the
        request example is ours, the response example repeats the show-module
        page's example with the new values, and the status codes are the ones the
        delete-module page lists.

        The IAM token header `X-Auth-Token` is not listed as a parameter: it is
        modelled only by the `xAuthToken` security scheme.

        ``PUT /v5/iot/{project_id}/ota-upgrades/modules/{module_id}`` (operationId ``UpdateOtaModule``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            module_id: ID of the OTA module, generated by the platform when the module was
                created. Up to 36 characters: letters, digits and hyphens.
            instance_id: Instance ID, which identifies an instance in the physical multi-tenant
                scenario. Mandatory for the professional edition and recommended otherwise;
                shown on the Overview page of the IoTDA console. Usually given once to the
                client (`Client(instance_id=...)`); a value passed to a call overrides it.
                Defaults to the client's ``instance_id``. (optional)
            alias_name: New alias of the module. Up to 64 characters: letters, digits,
                underscores, hyphens, periods, spaces and Chinese characters, the same rule as
                when the module is created (the vendor's create example uses spaces, and the
                SDK's description allows Chinese characters). (optional)
            description: New description of what the module does. At most 1,024 characters.
                (optional)
            body: The fields of the module to change. Pass either this or the individual body
                fields.
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
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The platform failed to process
                the request.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.OtaModule",
            self._request(
                _ops.UPDATE_OTA_MODULE,
                {
                    "project_id": project_id,
                    "module_id": module_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body, {"alias_name": alias_name, "description": description}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def delete_ota_module(
        self,
        *,
        module_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an OTA module

        Deletes an OTA module. IAM users need the `iotda:otamodules:delete` action
        (access level Write, resource type `app`, condition key
        `g:EnterpriseProjectId`).

        Source: the vendor page (URI, parameters, 204 without body, status codes).

        The IAM token header `X-Auth-Token` is not listed as a parameter: it is
        modelled only by the `xAuthToken` security scheme.

        ``DELETE /v5/iot/{project_id}/ota-upgrades/modules/{module_id}`` (operationId ``DeleteOtaModule``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            module_id: ID of the OTA module, generated by the platform when the module was
                created. Up to 36 characters: letters, digits and hyphens.
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
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
                _ops.DELETE_OTA_MODULE,
                {"project_id": project_id, "module_id": module_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def list_ota_package_info(
        self,
        *,
        package_type: Literal["softwarePackage", "firmwarePackage", "modulePackage"],
        project_id: str | NotGiven = NOT_GIVEN,
        app_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[models.OtaPackage, models.ListOtaPackagesResponse]:
        """List the OTA upgrade packages

        Lists the upgrade packages, page by page, filtered by resource space,
        package type, product or version.

        Paging: as for the module list (`limit`, `marker`, `offset`, answered with
        `page.count` and `page.marker`); the generated client follows the markers
        (see `x-pagination`).

        Sources: the vendor page as stored gives the URI, `app_id` (optional),
        `package_type` (mandatory; `softwarePackage` or `firmwarePackage`),
        `product_id` and `version` with their rules, and breaks off at `limit`.
        `limit`, `marker`, `offset`, the response fields and `modulePackage` (an
        extra `package_type` value we accept, permissive request side) come from
        the official SDK's models (`ListOtaPackageInfoRequest`,
        `ListOtaPackageInfoResponse`, `OtaPackageInfo`, `PageInfo`); the status
        codes are the ones the OTA module pages list; the example is ours.

        ``GET /v5/iot/{project_id}/ota-upgrades/packages`` (operationId ``ListOtaPackageInfo``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            package_type: Kind of package to list: `softwarePackage`, `firmwarePackage` or
                `modulePackage` (an OTA module's package). Mandatory in the SDK's request model.
            app_id: Only list the packages of this resource space. Up to 36 characters: letters,
                digits, underscores and hyphens. (optional)
            product_id: Only list the packages of this product. Up to 36 characters: letters,
                digits, underscores and hyphens. (optional)
            version: Only list the packages of this version. Up to 256 characters: letters,
                digits, underscores, hyphens and periods. (optional)
            limit: Number of records per page, 1 to 50 (default 10). (optional)
            marker: Where the page starts: the `page.marker` of the previous page (the ID of its
                last record). Records come in descending ID order, newest first; only records
                with a smaller ID than the marker are returned. Omit it to start at the newest
                record. A 24-character hexadecimal string (default ffffffffffffffffffffffff).
                (optional)
            offset: Number of records to skip after the marker, 0 to 500 (default 0). With 50
                records a page, pages 1 to 11 can be reached by offset alone; beyond that,
                continue from the marker of page 11. (optional)
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
            A pager: iterating it yields every models.OtaPackage across pages;
            ``pages()`` yields each models.ListOtaPackagesResponse; ``first_page()`` returns the first.

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
        options = call_options(extra_headers, extra_query, extra_body, timeout)
        return SyncPager(
            lambda arguments: self._request(
                _ops.LIST_OTA_PACKAGE_INFO, arguments, raw=True, options=options
            ),
            _ops.LIST_OTA_PACKAGE_INFO_PAGES,
            {
                "project_id": project_id,
                "package_type": package_type,
                "app_id": app_id,
                "product_id": product_id,
                "version": version,
                "limit": limit,
                "marker": marker,
                "offset": offset,
                "instance_id": instance_id,
            },
        )

    @overload
    def create_ota_package(
        self,
        *,
        app_id: str,
        package_type: models.OtaPackageType
        | Literal["softwarePackage", "firmwarePackage", "modulePackage"],
        product_id: str,
        version: str,
        file_location: models.FileLocation | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        support_source_versions: list[str] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        custom_info: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaPackage: ...

    @overload
    def create_ota_package(
        self,
        *,
        body: models.CreateOtaPackageRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaPackage: ...

    def create_ota_package(
        self,
        *,
        app_id: str | NotGiven = NOT_GIVEN,
        package_type: models.OtaPackageType
        | Literal["softwarePackage", "firmwarePackage", "modulePackage"]
        | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        file_location: models.FileLocation | dict[str, Any] | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        support_source_versions: list[str] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        custom_info: str | NotGiven = NOT_GIVEN,
        body: models.CreateOtaPackageRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaPackage:
        """Create an OTA upgrade package

        Registers an upgrade package that points to an object in OBS. Before using
        this API, grant IoTDA access to OBS and KMS: on the IAM console, under
        Agencies, give the `iotda_admin_trust` agency the KMS Administrator and OBS
        OperateAccess permissions.

        Sources: the vendor page (URI, headers, `app_id`, `package_type`,
        `product_id`, the start of `module_name`). The stored copies break off in
        the request table; `module_name`, `version`, `support_source_versions`,
        `description`, `custom_info`, `file_location` (`obs_location`:
        `region_name`, `bucket_name`, `object_key`, `sign_method`, `sign`) and the
        response fields come from the official SDK's models (`CreateOtaPackage`,
        `FileLocation`, `ObsLocation`, `CreateOtaPackageResponse`), with the
        constraints their descriptions state. The SDK's model also accepts
        `package_type` `modulePackage` (with `module_name`), which the English page
        does not list; we accept it. The status codes are the ones the OTA module
        pages list plus 201; the examples are ours.

        The page lists an optional `X-Auth-Token` request header. It is modelled
        only by the `xAuthToken` security scheme.

        ``POST /v5/iot/{project_id}/ota-upgrades/packages`` (operationId ``CreateOtaPackage``).

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
            app_id: Resource space the package belongs to. Up to 36 characters: letters, digits,
                underscores and hyphens.
            package_type: Kind of upgrade package:
                * `softwarePackage`: software package
                * `firmwarePackage`: firmware package
                * `modulePackage`: package of an OTA module (listed by the SDK's models only)
            product_id: Product the package is for. Up to 36 characters: letters, digits,
                underscores and hyphens.
            version: Version of the package. Up to 256 characters: letters, digits, underscores,
                hyphens and periods. (Mandatory in the SDK's model.)
            file_location: Where an upgrade package file is stored.
            module_name: OTA module the package is for; used when `package_type` is
                `modulePackage`. Up to 64 characters: letters, digits, underscores, hyphens and
                periods. (optional)
            support_source_versions: Versions a device may run to be upgraded with this package;
                at most 20. Each: letters, digits, underscores, hyphens and periods. (optional)
            description: What the package does. At most 1,024 characters. (optional)
            custom_info: Free information pushed to the device with the upgrade notification of
                an upgrade task that uses this package. At most 4,096 characters. (optional)
            body: The package to register. Pass either this or the individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.OtaPackage

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
            "models.OtaPackage",
            self._request(
                _ops.CREATE_OTA_PACKAGE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "package_type": package_type,
                            "product_id": product_id,
                            "version": version,
                            "file_location": file_location,
                            "module_name": module_name,
                            "support_source_versions": support_source_versions,
                            "description": description,
                            "custom_info": custom_info,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def show_ota_package(
        self,
        *,
        package_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaPackage:
        """Show an OTA upgrade package

        Returns the details of one upgrade package, including where its file is in
        OBS.

        Sources: the vendor page as stored gives the URI, the path parameter (as
        on the delete-package page), the `X-Auth-Token` and `Instance-Id`
        headers and breaks off at the start of the response table; the response
        fields come from the official SDK's model (`ShowOtaPackageResponse`), the
        status codes are the ones the OTA module pages list, and the example is
        ours. The page's optional `X-Auth-Token` header is modelled only by the
        `xAuthToken` security scheme.

        ``GET /v5/iot/{project_id}/ota-upgrades/packages/{package_id}`` (operationId ``ShowOtaPackage``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            package_id: ID of the upgrade package, allocated by the IoT platform. Up to 36
                characters: letters, digits and hyphens only.
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
            models.OtaPackage

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
            "models.OtaPackage",
            self._request(
                _ops.SHOW_OTA_PACKAGE,
                {"project_id": project_id, "package_id": package_id, "instance_id": instance_id},
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
            package_id: ID of the upgrade package, allocated by the IoT platform. Up to 36
                characters: letters, digits and hyphens only.
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

    def list_provisioning_templates(
        self,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        template_name: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[models.ProvisioningTemplateSummary, models.ListProvisioningTemplatesResponse]:
        """List the pre-provisioning templates

        Lists the pre-provisioning templates page by page, optionally filtered by
        name. Paging as for the other IoTDA lists (`limit`, `marker`, `offset`,
        answered with `page.count` and `page.marker`); the generated client
        follows the markers (see `x-pagination`).

        Sources: the vendor page as stored gives the URI and the query parameters
        (`template_name`, `limit`, `marker`, `offset` with their rules, which the
        SDK's models repeat) and breaks off there; the response fields come from
        the official SDK's models
        (`ListProvisioningTemplatesRequest`, `ListProvisioningTemplatesResponse`,
        `ProvisioningTemplateSimple`, `Page`); the list items carry no
        `template_body`. Status codes as the update-template page lists; the
        example is ours.

        ``GET /v5/iot/{project_id}/provisioning-templates`` (operationId ``ListProvisioningTemplates``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            template_name: Only list the template with this name. At most 128 characters:
                letters, digits, underscores and hyphens. (optional)
            limit: Number of records per page, 1 to 50 (default 10). (optional)
            marker: Where the page starts: the `page.marker` of the previous page (the ID of its
                last record). Records come in descending ID order, newest first; only records
                with a smaller ID than the marker are returned. Omit it to start at the newest
                record. A 24-character hexadecimal string (default ffffffffffffffffffffffff).
                (optional)
            offset: Number of records to skip after the marker, 0 to 500 (default 0). With 50
                records a page, pages 1 to 11 can be reached by offset alone; beyond that,
                continue from the marker of page 11. (optional)
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
            A pager: iterating it yields every models.ProvisioningTemplateSummary across pages;
            ``pages()`` yields each models.ListProvisioningTemplatesResponse; ``first_page()`` returns the first.

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
        options = call_options(extra_headers, extra_query, extra_body, timeout)
        return SyncPager(
            lambda arguments: self._request(
                _ops.LIST_PROVISIONING_TEMPLATES, arguments, raw=True, options=options
            ),
            _ops.LIST_PROVISIONING_TEMPLATES_PAGES,
            {
                "project_id": project_id,
                "template_name": template_name,
                "limit": limit,
                "marker": marker,
                "offset": offset,
                "instance_id": instance_id,
            },
        )

    @overload
    def create_provisioning_template(
        self,
        *,
        template_name: str,
        template_body: models.ProvisioningTemplateBody | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate: ...

    @overload
    def create_provisioning_template(
        self,
        *,
        body: models.CreateProvisioningTemplateRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate: ...

    def create_provisioning_template(
        self,
        *,
        template_name: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.CreateProvisioningTemplateRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate:
        """Create a pre-provisioning template

        Creates a pre-provisioning template, which registers devices
        automatically from the user fields of their X.509 certificates.

        Sources: the vendor page was available only as its opening in the stored
        copies; the request fields follow the update-template page (the body
        structure `template_body` is the same) plus `template_name`, and the
        field names and constraints were checked against the official SDK's
        models (`CreateProvisioningTemplate`, `CreateProvisioningTemplateResponse`).
        The SDK's descriptions also allow Chinese characters in `template_name`
        and `description`; the English pages do not, so requests keep the English
        character rules. Status codes: 201 plus the ones the update-template page
        lists; the examples are the update-template page's, with a name added.

        ``POST /v5/iot/{project_id}/provisioning-templates`` (operationId ``CreateProvisioningTemplate``).

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
            template_name: Name of the template. At most 128 characters: letters, digits,
                underscores and hyphens.
            template_body: Content of a pre-provisioning template to send: the certificate
                parameters it declares and the device resources built from them.
            description: Description of the template. At most 2,048 characters; only letters,
                digits and the special characters _?'#().,&%@!- are allowed. (optional)
            body: The template to create. Pass either this or the individual body fields.
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
            "models.ProvisioningTemplate",
            self._request(
                _ops.CREATE_PROVISIONING_TEMPLATE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "template_name": template_name,
                            "template_body": template_body,
                            "description": description,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def show_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate:
        """Show a pre-provisioning template

        Returns one pre-provisioning template with its body.

        Sources: the vendor page as stored gives the URI, `template_id`, the
        `X-Auth-Token` and `Instance-Id` headers and the start of the response
        table (`template_id`, `template_name`, `description` with their rules);
        the rest of the response is the template structure of the
        update-template page, checked against the official SDK's model
        (`ShowProvisioningTemplateResponse`); status codes as the update-template
        page lists plus 401; the example is ours, in the shape of the
        update-template page's response example. The page's optional
        `X-Auth-Token` header is modelled only by the `xAuthToken` security
        scheme.

        ``GET /v5/iot/{project_id}/provisioning-templates/{template_id}`` (operationId ``ShowProvisioningTemplate``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            template_id: ID of the pre-provisioning template.
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
            models.ProvisioningTemplate

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
            "models.ProvisioningTemplate",
            self._request(
                _ops.SHOW_PROVISIONING_TEMPLATE,
                {"project_id": project_id, "template_id": template_id, "instance_id": instance_id},
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
            template_id: ID of the pre-provisioning template.
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

    def delete_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a pre-provisioning template

        Deletes a pre-provisioning template.

        Sources: the vendor page was available only as its opening; the path
        parameter and the empty answer follow the official SDK's models
        (`DeleteProvisioningTemplateRequest`, `DeleteProvisioningTemplateResponse`)
        and the IoTDA delete pages (204 No Content); status codes as the
        delete-module page lists.

        ``DELETE /v5/iot/{project_id}/provisioning-templates/{template_id}`` (operationId ``DeleteProvisioningTemplate``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            template_id: ID of the pre-provisioning template.
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
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
                _ops.DELETE_PROVISIONING_TEMPLATE,
                {"project_id": project_id, "template_id": template_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class ClientWithRawResponse:
    """Operations of :class:`Client` that return the whole response."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_ota_modules(
        self,
        *,
        app_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListOtaModulesResponse]:
        """Like :meth:`Client.list_ota_modules`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListOtaModulesResponse]",
            self._client._request(
                _ops.LIST_OTA_MODULES,
                {
                    "project_id": project_id,
                    "app_id": app_id,
                    "product_id": product_id,
                    "limit": limit,
                    "marker": marker,
                    "offset": offset,
                    "instance_id": instance_id,
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

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

    def show_ota_module(
        self,
        *,
        module_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaModule]:
        """Like :meth:`Client.show_ota_module`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaModule]",
            self._client._request(
                _ops.SHOW_OTA_MODULE,
                {"project_id": project_id, "module_id": module_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def update_ota_module(
        self,
        *,
        module_id: str,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.UpdateOtaModuleRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaModule]:
        """Like :meth:`Client.update_ota_module`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaModule]",
            self._client._request(
                _ops.UPDATE_OTA_MODULE,
                {
                    "project_id": project_id,
                    "module_id": module_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body, {"alias_name": alias_name, "description": description}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def delete_ota_module(
        self,
        *,
        module_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_ota_module`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[None]",
            self._client._request(
                _ops.DELETE_OTA_MODULE,
                {"project_id": project_id, "module_id": module_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def list_ota_package_info(
        self,
        *,
        package_type: Literal["softwarePackage", "firmwarePackage", "modulePackage"],
        project_id: str | NotGiven = NOT_GIVEN,
        app_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListOtaPackagesResponse]:
        """Like :meth:`Client.list_ota_package_info`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListOtaPackagesResponse]",
            self._client._request(
                _ops.LIST_OTA_PACKAGE_INFO,
                {
                    "project_id": project_id,
                    "package_type": package_type,
                    "app_id": app_id,
                    "product_id": product_id,
                    "version": version,
                    "limit": limit,
                    "marker": marker,
                    "offset": offset,
                    "instance_id": instance_id,
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def create_ota_package(
        self,
        *,
        app_id: str | NotGiven = NOT_GIVEN,
        package_type: models.OtaPackageType
        | Literal["softwarePackage", "firmwarePackage", "modulePackage"]
        | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        file_location: models.FileLocation | dict[str, Any] | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        support_source_versions: list[str] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        custom_info: str | NotGiven = NOT_GIVEN,
        body: models.CreateOtaPackageRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaPackage]:
        """Like :meth:`Client.create_ota_package`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaPackage]",
            self._client._request(
                _ops.CREATE_OTA_PACKAGE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "package_type": package_type,
                            "product_id": product_id,
                            "version": version,
                            "file_location": file_location,
                            "module_name": module_name,
                            "support_source_versions": support_source_versions,
                            "description": description,
                            "custom_info": custom_info,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def show_ota_package(
        self,
        *,
        package_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaPackage]:
        """Like :meth:`Client.show_ota_package`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaPackage]",
            self._client._request(
                _ops.SHOW_OTA_PACKAGE,
                {"project_id": project_id, "package_id": package_id, "instance_id": instance_id},
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

    def list_provisioning_templates(
        self,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        template_name: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListProvisioningTemplatesResponse]:
        """Like :meth:`Client.list_provisioning_templates`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListProvisioningTemplatesResponse]",
            self._client._request(
                _ops.LIST_PROVISIONING_TEMPLATES,
                {
                    "project_id": project_id,
                    "template_name": template_name,
                    "limit": limit,
                    "marker": marker,
                    "offset": offset,
                    "instance_id": instance_id,
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def create_provisioning_template(
        self,
        *,
        template_name: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.CreateProvisioningTemplateRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ProvisioningTemplate]:
        """Like :meth:`Client.create_provisioning_template`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ProvisioningTemplate]",
            self._client._request(
                _ops.CREATE_PROVISIONING_TEMPLATE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "template_name": template_name,
                            "template_body": template_body,
                            "description": description,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def show_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ProvisioningTemplate]:
        """Like :meth:`Client.show_provisioning_template`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ProvisioningTemplate]",
            self._client._request(
                _ops.SHOW_PROVISIONING_TEMPLATE,
                {"project_id": project_id, "template_id": template_id, "instance_id": instance_id},
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

    def delete_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_provisioning_template`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[None]",
            self._client._request(
                _ops.DELETE_PROVISIONING_TEMPLATE,
                {"project_id": project_id, "template_id": template_id, "instance_id": instance_id},
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

    def list_ota_modules(
        self,
        *,
        app_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[models.OtaModule, models.ListOtaModulesResponse]:
        """List the OTA modules

        Lists the OTA modules of a resource space, optionally of one product, page
        by page. IAM users need the `iotda:otamodules:queryList` action (access
        level List, resource type `app`, condition key `g:EnterpriseProjectId`).

        Paging: records come newest first (descending record ID). Pass the
        `page.marker` of the previous answer as `marker` to get the next page;
        `offset` skips records after the marker (at most 500). The generated client
        follows the markers for you (see `x-pagination`).

        Sources: the vendor page as stored gives the URI, the path parameter and the
        `app_id`, `product_id` and `limit` query parameters. The rest of the page
        (`marker`, `offset`, the `Instance-Id` header, the response fields, the
        example and the status codes) was not available in full; `marker`,
        `offset`, `Instance-Id`, `modules` (items as on the show-module page) and
        `page` (`count`, `marker`) come from the official SDK's models
        (`ListOtaModulesRequest`, `ListOtaModulesResponse`, `OtaModuleInfo`,
        `PageInfo`), and the status codes are the ones the sibling OTA module pages
        list. The response example is ours, built from the show-module page's
        example.

        The IAM token header `X-Auth-Token` is not listed as a parameter: it is
        modelled only by the `xAuthToken` security scheme.

        ``GET /v5/iot/{project_id}/ota-upgrades/modules`` (operationId ``ListOtaModules``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            app_id: Resource space whose modules are listed; useful when the account has several
                resource spaces. Up to 36 characters: letters, digits, underscores and hyphens.
                (The page marks it mandatory; the SDK's description only recommends it.)
            product_id: Only list the modules of this product (the ID the platform allocated
                when the product was created). Up to 36 characters: letters, digits, underscores
                and hyphens. (optional)
            limit: Number of records per page, 1 to 50 (default 10). (optional)
            marker: Where the page starts: the `page.marker` of the previous page (the ID of its
                last record). Records come in descending ID order, newest first; only records
                with a smaller ID than the marker are returned. Omit it to start at the newest
                record. A 24-character hexadecimal string (default ffffffffffffffffffffffff).
                (optional)
            offset: Number of records to skip after the marker, 0 to 500 (default 0). With 50
                records a page, pages 1 to 11 can be reached by offset alone; beyond that,
                continue from the marker of page 11. (optional)
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
            A pager: iterating it yields every models.OtaModule across pages;
            ``pages()`` yields each models.ListOtaModulesResponse; ``first_page()`` returns the first.

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
        options = call_options(extra_headers, extra_query, extra_body, timeout)
        return AsyncPager(
            lambda arguments: self._request(
                _ops.LIST_OTA_MODULES, arguments, raw=True, options=options
            ),
            _ops.LIST_OTA_MODULES_PAGES,
            {
                "project_id": project_id,
                "app_id": app_id,
                "product_id": product_id,
                "limit": limit,
                "marker": marker,
                "offset": offset,
                "instance_id": instance_id,
            },
        )

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

    async def show_ota_module(
        self,
        *,
        module_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule:
        """Show an OTA module

        Returns the details of one OTA module. IAM users need the
        `iotda:otamodules:query` action (access level Read, resource type `app`,
        condition key `g:EnterpriseProjectId`).

        Sources: the vendor page (URI, path parameters, `Instance-Id`, response
        fields, the start of the response example). The stored copies break off
        inside the example; the remaining example fields repeat the create-module
        page's example, and the status codes are the ones the delete-module page
        lists (which the copies did not reach). The page's example request URL says
        `/ota-upgrades/module/{module_id}` (singular); the URI table and the SDK say
        `modules`, which we use.

        The IAM token header `X-Auth-Token` is not listed as a parameter: it is
        modelled only by the `xAuthToken` security scheme.

        ``GET /v5/iot/{project_id}/ota-upgrades/modules/{module_id}`` (operationId ``ShowOtaModule``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            module_id: ID of the OTA module, generated by the platform when the module was
                created. Up to 36 characters: letters, digits and hyphens.
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
            models.OtaModule

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
            "models.OtaModule",
            await self._request(
                _ops.SHOW_OTA_MODULE,
                {"project_id": project_id, "module_id": module_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    @overload
    async def update_ota_module(
        self,
        *,
        module_id: str,
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
    async def update_ota_module(
        self,
        *,
        module_id: str,
        body: models.UpdateOtaModuleRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule: ...

    async def update_ota_module(
        self,
        *,
        module_id: str,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.UpdateOtaModuleRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaModule:
        """Update an OTA module

        Changes the alias and the description of an OTA module (its name cannot be
        changed). IAM users need the `iotda:otamodules:update` action (access level
        Write, resource type `app`, condition key `g:EnterpriseProjectId`).

        Sources: the vendor page (URI, parameters, request and response tables).
        The stored copies end before the examples and the status-code table; the
        request example is ours, the response example repeats the show-module
        page's example with the new values, and the status codes are the ones the
        delete-module page lists.

        The IAM token header `X-Auth-Token` is not listed as a parameter: it is
        modelled only by the `xAuthToken` security scheme.

        ``PUT /v5/iot/{project_id}/ota-upgrades/modules/{module_id}`` (operationId ``UpdateOtaModule``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            module_id: ID of the OTA module, generated by the platform when the module was
                created. Up to 36 characters: letters, digits and hyphens.
            instance_id: Instance ID, which identifies an instance in the physical multi-tenant
                scenario. Mandatory for the professional edition and recommended otherwise;
                shown on the Overview page of the IoTDA console. Usually given once to the
                client (`Client(instance_id=...)`); a value passed to a call overrides it.
                Defaults to the client's ``instance_id``. (optional)
            alias_name: New alias of the module. Up to 64 characters: letters, digits,
                underscores, hyphens, periods, spaces and Chinese characters, the same rule as
                when the module is created (the vendor's create example uses spaces, and the
                SDK's description allows Chinese characters). (optional)
            description: New description of what the module does. At most 1,024 characters.
                (optional)
            body: The fields of the module to change. Pass either this or the individual body
                fields.
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
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The platform failed to process
                the request.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.OtaModule",
            await self._request(
                _ops.UPDATE_OTA_MODULE,
                {
                    "project_id": project_id,
                    "module_id": module_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body, {"alias_name": alias_name, "description": description}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def delete_ota_module(
        self,
        *,
        module_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an OTA module

        Deletes an OTA module. IAM users need the `iotda:otamodules:delete` action
        (access level Write, resource type `app`, condition key
        `g:EnterpriseProjectId`).

        Source: the vendor page (URI, parameters, 204 without body, status codes).

        The IAM token header `X-Auth-Token` is not listed as a parameter: it is
        modelled only by the `xAuthToken` security scheme.

        ``DELETE /v5/iot/{project_id}/ota-upgrades/modules/{module_id}`` (operationId ``DeleteOtaModule``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            module_id: ID of the OTA module, generated by the platform when the module was
                created. Up to 36 characters: letters, digits and hyphens.
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
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
                _ops.DELETE_OTA_MODULE,
                {"project_id": project_id, "module_id": module_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def list_ota_package_info(
        self,
        *,
        package_type: Literal["softwarePackage", "firmwarePackage", "modulePackage"],
        project_id: str | NotGiven = NOT_GIVEN,
        app_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[models.OtaPackage, models.ListOtaPackagesResponse]:
        """List the OTA upgrade packages

        Lists the upgrade packages, page by page, filtered by resource space,
        package type, product or version.

        Paging: as for the module list (`limit`, `marker`, `offset`, answered with
        `page.count` and `page.marker`); the generated client follows the markers
        (see `x-pagination`).

        Sources: the vendor page as stored gives the URI, `app_id` (optional),
        `package_type` (mandatory; `softwarePackage` or `firmwarePackage`),
        `product_id` and `version` with their rules, and breaks off at `limit`.
        `limit`, `marker`, `offset`, the response fields and `modulePackage` (an
        extra `package_type` value we accept, permissive request side) come from
        the official SDK's models (`ListOtaPackageInfoRequest`,
        `ListOtaPackageInfoResponse`, `OtaPackageInfo`, `PageInfo`); the status
        codes are the ones the OTA module pages list; the example is ours.

        ``GET /v5/iot/{project_id}/ota-upgrades/packages`` (operationId ``ListOtaPackageInfo``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            package_type: Kind of package to list: `softwarePackage`, `firmwarePackage` or
                `modulePackage` (an OTA module's package). Mandatory in the SDK's request model.
            app_id: Only list the packages of this resource space. Up to 36 characters: letters,
                digits, underscores and hyphens. (optional)
            product_id: Only list the packages of this product. Up to 36 characters: letters,
                digits, underscores and hyphens. (optional)
            version: Only list the packages of this version. Up to 256 characters: letters,
                digits, underscores, hyphens and periods. (optional)
            limit: Number of records per page, 1 to 50 (default 10). (optional)
            marker: Where the page starts: the `page.marker` of the previous page (the ID of its
                last record). Records come in descending ID order, newest first; only records
                with a smaller ID than the marker are returned. Omit it to start at the newest
                record. A 24-character hexadecimal string (default ffffffffffffffffffffffff).
                (optional)
            offset: Number of records to skip after the marker, 0 to 500 (default 0). With 50
                records a page, pages 1 to 11 can be reached by offset alone; beyond that,
                continue from the marker of page 11. (optional)
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
            A pager: iterating it yields every models.OtaPackage across pages;
            ``pages()`` yields each models.ListOtaPackagesResponse; ``first_page()`` returns the first.

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
        options = call_options(extra_headers, extra_query, extra_body, timeout)
        return AsyncPager(
            lambda arguments: self._request(
                _ops.LIST_OTA_PACKAGE_INFO, arguments, raw=True, options=options
            ),
            _ops.LIST_OTA_PACKAGE_INFO_PAGES,
            {
                "project_id": project_id,
                "package_type": package_type,
                "app_id": app_id,
                "product_id": product_id,
                "version": version,
                "limit": limit,
                "marker": marker,
                "offset": offset,
                "instance_id": instance_id,
            },
        )

    @overload
    async def create_ota_package(
        self,
        *,
        app_id: str,
        package_type: models.OtaPackageType
        | Literal["softwarePackage", "firmwarePackage", "modulePackage"],
        product_id: str,
        version: str,
        file_location: models.FileLocation | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        support_source_versions: list[str] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        custom_info: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaPackage: ...

    @overload
    async def create_ota_package(
        self,
        *,
        body: models.CreateOtaPackageRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaPackage: ...

    async def create_ota_package(
        self,
        *,
        app_id: str | NotGiven = NOT_GIVEN,
        package_type: models.OtaPackageType
        | Literal["softwarePackage", "firmwarePackage", "modulePackage"]
        | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        file_location: models.FileLocation | dict[str, Any] | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        support_source_versions: list[str] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        custom_info: str | NotGiven = NOT_GIVEN,
        body: models.CreateOtaPackageRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaPackage:
        """Create an OTA upgrade package

        Registers an upgrade package that points to an object in OBS. Before using
        this API, grant IoTDA access to OBS and KMS: on the IAM console, under
        Agencies, give the `iotda_admin_trust` agency the KMS Administrator and OBS
        OperateAccess permissions.

        Sources: the vendor page (URI, headers, `app_id`, `package_type`,
        `product_id`, the start of `module_name`). The stored copies break off in
        the request table; `module_name`, `version`, `support_source_versions`,
        `description`, `custom_info`, `file_location` (`obs_location`:
        `region_name`, `bucket_name`, `object_key`, `sign_method`, `sign`) and the
        response fields come from the official SDK's models (`CreateOtaPackage`,
        `FileLocation`, `ObsLocation`, `CreateOtaPackageResponse`), with the
        constraints their descriptions state. The SDK's model also accepts
        `package_type` `modulePackage` (with `module_name`), which the English page
        does not list; we accept it. The status codes are the ones the OTA module
        pages list plus 201; the examples are ours.

        The page lists an optional `X-Auth-Token` request header. It is modelled
        only by the `xAuthToken` security scheme.

        ``POST /v5/iot/{project_id}/ota-upgrades/packages`` (operationId ``CreateOtaPackage``).

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
            app_id: Resource space the package belongs to. Up to 36 characters: letters, digits,
                underscores and hyphens.
            package_type: Kind of upgrade package:
                * `softwarePackage`: software package
                * `firmwarePackage`: firmware package
                * `modulePackage`: package of an OTA module (listed by the SDK's models only)
            product_id: Product the package is for. Up to 36 characters: letters, digits,
                underscores and hyphens.
            version: Version of the package. Up to 256 characters: letters, digits, underscores,
                hyphens and periods. (Mandatory in the SDK's model.)
            file_location: Where an upgrade package file is stored.
            module_name: OTA module the package is for; used when `package_type` is
                `modulePackage`. Up to 64 characters: letters, digits, underscores, hyphens and
                periods. (optional)
            support_source_versions: Versions a device may run to be upgraded with this package;
                at most 20. Each: letters, digits, underscores, hyphens and periods. (optional)
            description: What the package does. At most 1,024 characters. (optional)
            custom_info: Free information pushed to the device with the upgrade notification of
                an upgrade task that uses this package. At most 4,096 characters. (optional)
            body: The package to register. Pass either this or the individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.OtaPackage

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
            "models.OtaPackage",
            await self._request(
                _ops.CREATE_OTA_PACKAGE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "package_type": package_type,
                            "product_id": product_id,
                            "version": version,
                            "file_location": file_location,
                            "module_name": module_name,
                            "support_source_versions": support_source_versions,
                            "description": description,
                            "custom_info": custom_info,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def show_ota_package(
        self,
        *,
        package_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.OtaPackage:
        """Show an OTA upgrade package

        Returns the details of one upgrade package, including where its file is in
        OBS.

        Sources: the vendor page as stored gives the URI, the path parameter (as
        on the delete-package page), the `X-Auth-Token` and `Instance-Id`
        headers and breaks off at the start of the response table; the response
        fields come from the official SDK's model (`ShowOtaPackageResponse`), the
        status codes are the ones the OTA module pages list, and the example is
        ours. The page's optional `X-Auth-Token` header is modelled only by the
        `xAuthToken` security scheme.

        ``GET /v5/iot/{project_id}/ota-upgrades/packages/{package_id}`` (operationId ``ShowOtaPackage``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            package_id: ID of the upgrade package, allocated by the IoT platform. Up to 36
                characters: letters, digits and hyphens only.
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
            models.OtaPackage

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
            "models.OtaPackage",
            await self._request(
                _ops.SHOW_OTA_PACKAGE,
                {"project_id": project_id, "package_id": package_id, "instance_id": instance_id},
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
            package_id: ID of the upgrade package, allocated by the IoT platform. Up to 36
                characters: letters, digits and hyphens only.
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

    def list_provisioning_templates(
        self,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        template_name: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[models.ProvisioningTemplateSummary, models.ListProvisioningTemplatesResponse]:
        """List the pre-provisioning templates

        Lists the pre-provisioning templates page by page, optionally filtered by
        name. Paging as for the other IoTDA lists (`limit`, `marker`, `offset`,
        answered with `page.count` and `page.marker`); the generated client
        follows the markers (see `x-pagination`).

        Sources: the vendor page as stored gives the URI and the query parameters
        (`template_name`, `limit`, `marker`, `offset` with their rules, which the
        SDK's models repeat) and breaks off there; the response fields come from
        the official SDK's models
        (`ListProvisioningTemplatesRequest`, `ListProvisioningTemplatesResponse`,
        `ProvisioningTemplateSimple`, `Page`); the list items carry no
        `template_body`. Status codes as the update-template page lists; the
        example is ours.

        ``GET /v5/iot/{project_id}/provisioning-templates`` (operationId ``ListProvisioningTemplates``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            template_name: Only list the template with this name. At most 128 characters:
                letters, digits, underscores and hyphens. (optional)
            limit: Number of records per page, 1 to 50 (default 10). (optional)
            marker: Where the page starts: the `page.marker` of the previous page (the ID of its
                last record). Records come in descending ID order, newest first; only records
                with a smaller ID than the marker are returned. Omit it to start at the newest
                record. A 24-character hexadecimal string (default ffffffffffffffffffffffff).
                (optional)
            offset: Number of records to skip after the marker, 0 to 500 (default 0). With 50
                records a page, pages 1 to 11 can be reached by offset alone; beyond that,
                continue from the marker of page 11. (optional)
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
            A pager: iterating it yields every models.ProvisioningTemplateSummary across pages;
            ``pages()`` yields each models.ListProvisioningTemplatesResponse; ``first_page()`` returns the first.

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
        options = call_options(extra_headers, extra_query, extra_body, timeout)
        return AsyncPager(
            lambda arguments: self._request(
                _ops.LIST_PROVISIONING_TEMPLATES, arguments, raw=True, options=options
            ),
            _ops.LIST_PROVISIONING_TEMPLATES_PAGES,
            {
                "project_id": project_id,
                "template_name": template_name,
                "limit": limit,
                "marker": marker,
                "offset": offset,
                "instance_id": instance_id,
            },
        )

    @overload
    async def create_provisioning_template(
        self,
        *,
        template_name: str,
        template_body: models.ProvisioningTemplateBody | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate: ...

    @overload
    async def create_provisioning_template(
        self,
        *,
        body: models.CreateProvisioningTemplateRequest | dict[str, Any],
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate: ...

    async def create_provisioning_template(
        self,
        *,
        template_name: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.CreateProvisioningTemplateRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate:
        """Create a pre-provisioning template

        Creates a pre-provisioning template, which registers devices
        automatically from the user fields of their X.509 certificates.

        Sources: the vendor page was available only as its opening in the stored
        copies; the request fields follow the update-template page (the body
        structure `template_body` is the same) plus `template_name`, and the
        field names and constraints were checked against the official SDK's
        models (`CreateProvisioningTemplate`, `CreateProvisioningTemplateResponse`).
        The SDK's descriptions also allow Chinese characters in `template_name`
        and `description`; the English pages do not, so requests keep the English
        character rules. Status codes: 201 plus the ones the update-template page
        lists; the examples are the update-template page's, with a name added.

        ``POST /v5/iot/{project_id}/provisioning-templates`` (operationId ``CreateProvisioningTemplate``).

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
            template_name: Name of the template. At most 128 characters: letters, digits,
                underscores and hyphens.
            template_body: Content of a pre-provisioning template to send: the certificate
                parameters it declares and the device resources built from them.
            description: Description of the template. At most 2,048 characters; only letters,
                digits and the special characters _?'#().,&%@!- are allowed. (optional)
            body: The template to create. Pass either this or the individual body fields.
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
            "models.ProvisioningTemplate",
            await self._request(
                _ops.CREATE_PROVISIONING_TEMPLATE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "template_name": template_name,
                            "template_body": template_body,
                            "description": description,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def show_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ProvisioningTemplate:
        """Show a pre-provisioning template

        Returns one pre-provisioning template with its body.

        Sources: the vendor page as stored gives the URI, `template_id`, the
        `X-Auth-Token` and `Instance-Id` headers and the start of the response
        table (`template_id`, `template_name`, `description` with their rules);
        the rest of the response is the template structure of the
        update-template page, checked against the official SDK's model
        (`ShowProvisioningTemplateResponse`); status codes as the update-template
        page lists plus 401; the example is ours, in the shape of the
        update-template page's response example. The page's optional
        `X-Auth-Token` header is modelled only by the `xAuthToken` security
        scheme.

        ``GET /v5/iot/{project_id}/provisioning-templates/{template_id}`` (operationId ``ShowProvisioningTemplate``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            template_id: ID of the pre-provisioning template.
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
            models.ProvisioningTemplate

        Raises:
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
            "models.ProvisioningTemplate",
            await self._request(
                _ops.SHOW_PROVISIONING_TEMPLATE,
                {"project_id": project_id, "template_id": template_id, "instance_id": instance_id},
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
            template_id: ID of the pre-provisioning template.
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

    async def delete_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a pre-provisioning template

        Deletes a pre-provisioning template.

        Sources: the vendor page was available only as its opening; the path
        parameter and the empty answer follow the official SDK's models
        (`DeleteProvisioningTemplateRequest`, `DeleteProvisioningTemplateResponse`)
        and the IoTDA delete pages (204 No Content); status codes as the
        delete-module page lists.

        ``DELETE /v5/iot/{project_id}/provisioning-templates/{template_id}`` (operationId ``DeleteProvisioningTemplate``).

        Args:
            project_id: Project ID of the caller's region (see "Obtaining a Project ID" in the
                vendor documentation). Usually given once to the client
                (`Client(project_id=...)`); a value passed to a call overrides it. Defaults to
                the client's ``project_id``. (optional)
            template_id: ID of the pre-provisioning template.
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
            BadRequestError: HTTP 400: Bad Request. The request is malformed or a parameter is
                invalid.
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
                _ops.DELETE_PROVISIONING_TEMPLATE,
                {"project_id": project_id, "template_id": template_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncClientWithRawResponse:
    """Operations of :class:`AsyncClient` that return the whole response."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_ota_modules(
        self,
        *,
        app_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListOtaModulesResponse]:
        """Like :meth:`AsyncClient.list_ota_modules`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListOtaModulesResponse]",
            await self._client._request(
                _ops.LIST_OTA_MODULES,
                {
                    "project_id": project_id,
                    "app_id": app_id,
                    "product_id": product_id,
                    "limit": limit,
                    "marker": marker,
                    "offset": offset,
                    "instance_id": instance_id,
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

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

    async def show_ota_module(
        self,
        *,
        module_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaModule]:
        """Like :meth:`AsyncClient.show_ota_module`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaModule]",
            await self._client._request(
                _ops.SHOW_OTA_MODULE,
                {"project_id": project_id, "module_id": module_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def update_ota_module(
        self,
        *,
        module_id: str,
        alias_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.UpdateOtaModuleRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaModule]:
        """Like :meth:`AsyncClient.update_ota_module`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaModule]",
            await self._client._request(
                _ops.UPDATE_OTA_MODULE,
                {
                    "project_id": project_id,
                    "module_id": module_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body, {"alias_name": alias_name, "description": description}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def delete_ota_module(
        self,
        *,
        module_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_ota_module`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[None]",
            await self._client._request(
                _ops.DELETE_OTA_MODULE,
                {"project_id": project_id, "module_id": module_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def list_ota_package_info(
        self,
        *,
        package_type: Literal["softwarePackage", "firmwarePackage", "modulePackage"],
        project_id: str | NotGiven = NOT_GIVEN,
        app_id: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListOtaPackagesResponse]:
        """Like :meth:`AsyncClient.list_ota_package_info`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListOtaPackagesResponse]",
            await self._client._request(
                _ops.LIST_OTA_PACKAGE_INFO,
                {
                    "project_id": project_id,
                    "package_type": package_type,
                    "app_id": app_id,
                    "product_id": product_id,
                    "version": version,
                    "limit": limit,
                    "marker": marker,
                    "offset": offset,
                    "instance_id": instance_id,
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def create_ota_package(
        self,
        *,
        app_id: str | NotGiven = NOT_GIVEN,
        package_type: models.OtaPackageType
        | Literal["softwarePackage", "firmwarePackage", "modulePackage"]
        | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        file_location: models.FileLocation | dict[str, Any] | NotGiven = NOT_GIVEN,
        module_name: str | NotGiven = NOT_GIVEN,
        support_source_versions: list[str] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        custom_info: str | NotGiven = NOT_GIVEN,
        body: models.CreateOtaPackageRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaPackage]:
        """Like :meth:`AsyncClient.create_ota_package`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaPackage]",
            await self._client._request(
                _ops.CREATE_OTA_PACKAGE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "package_type": package_type,
                            "product_id": product_id,
                            "version": version,
                            "file_location": file_location,
                            "module_name": module_name,
                            "support_source_versions": support_source_versions,
                            "description": description,
                            "custom_info": custom_info,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def show_ota_package(
        self,
        *,
        package_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OtaPackage]:
        """Like :meth:`AsyncClient.show_ota_package`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.OtaPackage]",
            await self._client._request(
                _ops.SHOW_OTA_PACKAGE,
                {"project_id": project_id, "package_id": package_id, "instance_id": instance_id},
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

    async def list_provisioning_templates(
        self,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        template_name: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marker: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListProvisioningTemplatesResponse]:
        """Like :meth:`AsyncClient.list_provisioning_templates`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListProvisioningTemplatesResponse]",
            await self._client._request(
                _ops.LIST_PROVISIONING_TEMPLATES,
                {
                    "project_id": project_id,
                    "template_name": template_name,
                    "limit": limit,
                    "marker": marker,
                    "offset": offset,
                    "instance_id": instance_id,
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def create_provisioning_template(
        self,
        *,
        template_name: str | NotGiven = NOT_GIVEN,
        template_body: models.ProvisioningTemplateBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: models.CreateProvisioningTemplateRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ProvisioningTemplate]:
        """Like :meth:`AsyncClient.create_provisioning_template`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ProvisioningTemplate]",
            await self._client._request(
                _ops.CREATE_PROVISIONING_TEMPLATE,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "template_name": template_name,
                            "template_body": template_body,
                            "description": description,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def show_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ProvisioningTemplate]:
        """Like :meth:`AsyncClient.show_provisioning_template`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ProvisioningTemplate]",
            await self._client._request(
                _ops.SHOW_PROVISIONING_TEMPLATE,
                {"project_id": project_id, "template_id": template_id, "instance_id": instance_id},
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

    async def delete_provisioning_template(
        self,
        *,
        template_id: str,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_provisioning_template`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[None]",
            await self._client._request(
                _ops.DELETE_PROVISIONING_TEMPLATE,
                {"project_id": project_id, "template_id": template_id, "instance_id": instance_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )
