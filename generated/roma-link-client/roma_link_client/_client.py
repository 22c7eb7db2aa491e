# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
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

    def list_products(
        self,
        *,
        project_id: str,
        instance_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        app_id: str | NotGiven = NOT_GIVEN,
        id_: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        product_type: int | NotGiven = NOT_GIVEN,
        protocol_type: int | NotGiven = NOT_GIVEN,
        created_user_name: str | NotGiven = NOT_GIVEN,
        created_date_start: int | NotGiven = NOT_GIVEN,
        created_date_end: int | NotGiven = NOT_GIVEN,
        app_name: str | NotGiven = NOT_GIVEN,
        product_serial: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[models.Product, models.ListProductsResponse]:
        """List products

        Lists the products of a ROMA Connect instance page by page (`offset` +
        `limit`), filtered by any of the query parameters. The generated client
        walks the pages for you (see `x-pagination`).

        Sources: the vendor page (URI, query parameters with their
        minimum/maximum/default values; response `total`, `size`, `items` as on
        the product-template pages) and the official SDK's models
        (`ListProductsRequest`, `ListProductsResponse`) for the remaining query
        parameters (`app_name`, `product_serial`). The page's editions disagree on
        the `protocol_type` values (one lists 0, 2, 4; another 0, 1, 2, 4, 5); the
        query takes any integer from 0 to 10, as its maximum says. The page's
        `limit` maximum is 999999 while the text says at most 999 items are
        returned; we accept up to 999999. Examples and status codes were not in
        the stored copies: the example is ours, the status codes are the
        modify-product page's.

        ``GET /v2/{project_id}/link/instances/{instance_id}/products`` (operationId ``ListProducts``).

        Args:
            project_id: Project ID (see "Appendix" > "Obtaining a Project ID" in the vendor
                documentation), at most 32 characters. The value `default` is accepted for
                compatibility with ROMA Connect 20.0.
            instance_id: ID of the ROMA Connect instance, at most 36 characters. The value
                `default` is accepted for compatibility with ROMA Connect 20.0.
            limit: Number of products per page; the service returns at most 999 (default 10).
                (optional)
            offset: Position of the first product to return, 0 or more (default 0). (optional)
            app_id: Only products of this application (up to 36 characters). (optional)
            id_: Only the product with this ID (a string of up to 64 characters here).
                (optional)
            name: Only products with this name (up to 64 characters). (optional)
            manufacturer_id: Only products of this manufacturer ID (up to 64 characters).
                (optional)
            manufacturer_name: Only products of this manufacturer name (up to 64 characters).
                (optional)
            model: Only products of this model (up to 64 characters). (optional)
            device_type: Only products of this device type (up to 64 characters). (optional)
            product_type: Only products of this kind: 0 common product, 1 gateway product.
                (optional)
            protocol_type: Only products of this protocol: 0 MQTT, 1 CoAP, 2 Modbus, 4 OPC UA, 5
                extended protocol. (optional)
            created_user_name: Only products created by this user (up to 64 characters).
                (optional)
            created_date_start: Only products created at or after this time, in milliseconds
                since the Unix epoch (UTC). (optional)
            created_date_end: Only products created at or before this time, in milliseconds
                since the Unix epoch (UTC). (optional)
            app_name: Only products of the application with this name (from the SDK's model).
                (optional)
            product_serial: Only the product with this serial number (from the SDK's model).
                (optional)
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            A pager: iterating it yields every models.Product across pages;
            ``pages()`` yields each models.ListProductsResponse; ``first_page()`` returns the first.

        Raises:
            BadRequestError: HTTP 400: Bad Request. A parameter is invalid.
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The page's example is a
                missing instance, which the service reports with status 500.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        options = call_options(extra_headers, extra_query, extra_body, timeout)
        return SyncPager(
            lambda arguments: self._request(
                _ops.LIST_PRODUCTS, arguments, raw=True, options=options
            ),
            _ops.LIST_PRODUCTS_PAGES,
            {
                "project_id": project_id,
                "instance_id": instance_id,
                "limit": limit,
                "offset": offset,
                "app_id": app_id,
                "id_": id_,
                "name": name,
                "manufacturer_id": manufacturer_id,
                "manufacturer_name": manufacturer_name,
                "model": model,
                "device_type": device_type,
                "product_type": product_type,
                "protocol_type": protocol_type,
                "created_user_name": created_user_name,
                "created_date_start": created_date_start,
                "created_date_end": created_date_end,
                "app_name": app_name,
                "product_serial": product_serial,
            },
        )

    @overload
    def create_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        app_id: str,
        name: str,
        manufacturer_id: str,
        manufacturer_name: str,
        model: str,
        product_type: Literal[0, 1],
        protocol_type: Literal[0, 1, 2, 4, 5],
        description: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        template_id: int | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        data_format: Literal[0, 1] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    @overload
    def create_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        body: models.CreateProductRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    def create_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        app_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        product_type: Literal[0, 1] | NotGiven = NOT_GIVEN,
        protocol_type: Literal[0, 1, 2, 4, 5] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        template_id: int | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        data_format: Literal[0, 1] | NotGiven = NOT_GIVEN,
        body: models.CreateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product:
        """Create a product

        Creates a LINK product in an application of a ROMA Connect instance.

        Sources: the vendor page (URI, path parameters, the mandatory
        `X-Auth-Token` header, the request table with its minimum/maximum values)
        and the official SDK's models (`CreateProductRequestBody`,
        `CreateProductResponse`) for the response fields. Where the page and its
        editions disagree we take the permissive reading: `protocol_type` lists
        the values 0, 1, 2, 4 and 5 but states a maximum of 4; we accept all five
        listed values. The page's examples were not available in the stored
        copies; the request example is ours, the response example is the
        modify-product page's. Status codes: 201 (as the page states) and the
        error statuses of the modify-product page.

        The page lists a mandatory `X-Auth-Token` request header. It is not listed
        as a parameter here: it is modelled only by the `xAuthToken` security
        scheme; AK/SK signing (`huaweiAkSk`) is the alternative.

        ``POST /v2/{project_id}/link/instances/{instance_id}/products`` (operationId ``CreateProduct``).

        Args:
            project_id: Project ID (see "Appendix" > "Obtaining a Project ID" in the vendor
                documentation), at most 32 characters. The value `default` is accepted for
                compatibility with ROMA Connect 20.0.
            instance_id: ID of the ROMA Connect instance, at most 36 characters. The value
                `default` is accepted for compatibility with ROMA Connect 20.0.
            app_id: ID of the application the product belongs to, 1 to 36 characters.
            name: Product name, unique within the tenant. 1 to 64 characters: letters, digits,
                underscores and hyphens.
            manufacturer_id: ID of the product's manufacturer, 2 to 50 characters.
            manufacturer_name: Name of the manufacturer, 2 to 64 characters.
            model: Product model, 2 to 50 characters.
            product_type: Kind of product:
                * 0: common product (sub-devices are not supported)
                * 1: gateway product
            protocol_type: Protocol the product's devices use:
                * 0: MQTT
                * 1: CoAP
                * 2: Modbus
                * 4: OPC UA
                * 5: extended protocol

                (The page also states a maximum of 4, which would exclude the
                extended protocol it lists; we accept every listed value.)
            description: Product description, at most 200 characters. (optional)
            device_type: Device type of the product, 1 to 32 characters (default `Default`).
                (optional)
            template_id: ID of the product template to create the product from; omit it
                otherwise. 1 to 99999999999999999; the service rounds it down. (optional)
            version: Version of the product model. (optional)
            data_format: Format of the product's data:
                * 0: JSON
                * 1: user-defined (optional)
            body: The product to create. Pass either this or the individual body fields.
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
                _ops.CREATE_PRODUCT,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "name": name,
                            "manufacturer_id": manufacturer_id,
                            "manufacturer_name": manufacturer_name,
                            "model": model,
                            "product_type": product_type,
                            "protocol_type": protocol_type,
                            "description": description,
                            "device_type": device_type,
                            "template_id": template_id,
                            "version": version,
                            "data_format": data_format,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def show_product(
        self,
        *,
        product_id: int,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product:
        """Show a product

        Returns one product.

        Sources: the vendor page "Querying Product Details" was not available in
        the stored copies beyond the product structure it shares with the
        modify-product page; the response is that structure, checked against the
        official SDK's model (`ShowProductResponse`); the status codes and the
        example are the modify-product page's.

        ``GET /v2/{project_id}/link/instances/{instance_id}/products/{product_id}`` (operationId ``ShowProduct``).

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
            product_id: ID of the product: an integer, which can exceed 32 bits (values up to
                99999999999999999 occur).
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
                _ops.SHOW_PRODUCT,
                {"project_id": project_id, "instance_id": instance_id, "product_id": product_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

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
            product_id: ID of the product: an integer, which can exceed 32 bits (values up to
                99999999999999999 occur).
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

    def delete_product(
        self,
        *,
        product_id: int,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a product

        Deletes a product.

        Source: the vendor page (URI, path parameters, the mandatory
        `X-Auth-Token` header, 204 No Content, 400/404/500 with the Huawei error
        body). The page's 400 example spells the request ID `requestId` while its
        tables say `request_id`; we keep `request_id` (the tables, and the other
        ROMA pages' examples). The page's request example omits the `/v2` prefix
        of its URI table; we follow the table.

        ``DELETE /v2/{project_id}/link/instances/{instance_id}/products/{product_id}`` (operationId ``DeleteProduct``).

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
            product_id: ID of the product: an integer, which can exceed 32 bits (values up to
                99999999999999999 occur).
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            None

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
            "None",
            self._request(
                _ops.DELETE_PRODUCT,
                {"project_id": project_id, "instance_id": instance_id, "product_id": product_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class ClientWithRawResponse:
    """Operations of :class:`Client` that return the whole response."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_products(
        self,
        *,
        project_id: str,
        instance_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        app_id: str | NotGiven = NOT_GIVEN,
        id_: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        product_type: int | NotGiven = NOT_GIVEN,
        protocol_type: int | NotGiven = NOT_GIVEN,
        created_user_name: str | NotGiven = NOT_GIVEN,
        created_date_start: int | NotGiven = NOT_GIVEN,
        created_date_end: int | NotGiven = NOT_GIVEN,
        app_name: str | NotGiven = NOT_GIVEN,
        product_serial: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListProductsResponse]:
        """Like :meth:`Client.list_products`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListProductsResponse]",
            self._client._request(
                _ops.LIST_PRODUCTS,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "limit": limit,
                    "offset": offset,
                    "app_id": app_id,
                    "id_": id_,
                    "name": name,
                    "manufacturer_id": manufacturer_id,
                    "manufacturer_name": manufacturer_name,
                    "model": model,
                    "device_type": device_type,
                    "product_type": product_type,
                    "protocol_type": protocol_type,
                    "created_user_name": created_user_name,
                    "created_date_start": created_date_start,
                    "created_date_end": created_date_end,
                    "app_name": app_name,
                    "product_serial": product_serial,
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def create_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        app_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        product_type: Literal[0, 1] | NotGiven = NOT_GIVEN,
        protocol_type: Literal[0, 1, 2, 4, 5] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        template_id: int | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        data_format: Literal[0, 1] | NotGiven = NOT_GIVEN,
        body: models.CreateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Product]:
        """Like :meth:`Client.create_product`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.Product]",
            self._client._request(
                _ops.CREATE_PRODUCT,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "name": name,
                            "manufacturer_id": manufacturer_id,
                            "manufacturer_name": manufacturer_name,
                            "model": model,
                            "product_type": product_type,
                            "protocol_type": protocol_type,
                            "description": description,
                            "device_type": device_type,
                            "template_id": template_id,
                            "version": version,
                            "data_format": data_format,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def show_product(
        self,
        *,
        product_id: int,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Product]:
        """Like :meth:`Client.show_product`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.Product]",
            self._client._request(
                _ops.SHOW_PRODUCT,
                {"project_id": project_id, "instance_id": instance_id, "product_id": product_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

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

    def delete_product(
        self,
        *,
        product_id: int,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_product`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[None]",
            self._client._request(
                _ops.DELETE_PRODUCT,
                {"project_id": project_id, "instance_id": instance_id, "product_id": product_id},
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

    def list_products(
        self,
        *,
        project_id: str,
        instance_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        app_id: str | NotGiven = NOT_GIVEN,
        id_: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        product_type: int | NotGiven = NOT_GIVEN,
        protocol_type: int | NotGiven = NOT_GIVEN,
        created_user_name: str | NotGiven = NOT_GIVEN,
        created_date_start: int | NotGiven = NOT_GIVEN,
        created_date_end: int | NotGiven = NOT_GIVEN,
        app_name: str | NotGiven = NOT_GIVEN,
        product_serial: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[models.Product, models.ListProductsResponse]:
        """List products

        Lists the products of a ROMA Connect instance page by page (`offset` +
        `limit`), filtered by any of the query parameters. The generated client
        walks the pages for you (see `x-pagination`).

        Sources: the vendor page (URI, query parameters with their
        minimum/maximum/default values; response `total`, `size`, `items` as on
        the product-template pages) and the official SDK's models
        (`ListProductsRequest`, `ListProductsResponse`) for the remaining query
        parameters (`app_name`, `product_serial`). The page's editions disagree on
        the `protocol_type` values (one lists 0, 2, 4; another 0, 1, 2, 4, 5); the
        query takes any integer from 0 to 10, as its maximum says. The page's
        `limit` maximum is 999999 while the text says at most 999 items are
        returned; we accept up to 999999. Examples and status codes were not in
        the stored copies: the example is ours, the status codes are the
        modify-product page's.

        ``GET /v2/{project_id}/link/instances/{instance_id}/products`` (operationId ``ListProducts``).

        Args:
            project_id: Project ID (see "Appendix" > "Obtaining a Project ID" in the vendor
                documentation), at most 32 characters. The value `default` is accepted for
                compatibility with ROMA Connect 20.0.
            instance_id: ID of the ROMA Connect instance, at most 36 characters. The value
                `default` is accepted for compatibility with ROMA Connect 20.0.
            limit: Number of products per page; the service returns at most 999 (default 10).
                (optional)
            offset: Position of the first product to return, 0 or more (default 0). (optional)
            app_id: Only products of this application (up to 36 characters). (optional)
            id_: Only the product with this ID (a string of up to 64 characters here).
                (optional)
            name: Only products with this name (up to 64 characters). (optional)
            manufacturer_id: Only products of this manufacturer ID (up to 64 characters).
                (optional)
            manufacturer_name: Only products of this manufacturer name (up to 64 characters).
                (optional)
            model: Only products of this model (up to 64 characters). (optional)
            device_type: Only products of this device type (up to 64 characters). (optional)
            product_type: Only products of this kind: 0 common product, 1 gateway product.
                (optional)
            protocol_type: Only products of this protocol: 0 MQTT, 1 CoAP, 2 Modbus, 4 OPC UA, 5
                extended protocol. (optional)
            created_user_name: Only products created by this user (up to 64 characters).
                (optional)
            created_date_start: Only products created at or after this time, in milliseconds
                since the Unix epoch (UTC). (optional)
            created_date_end: Only products created at or before this time, in milliseconds
                since the Unix epoch (UTC). (optional)
            app_name: Only products of the application with this name (from the SDK's model).
                (optional)
            product_serial: Only the product with this serial number (from the SDK's model).
                (optional)
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            A pager: iterating it yields every models.Product across pages;
            ``pages()`` yields each models.ListProductsResponse; ``first_page()`` returns the first.

        Raises:
            BadRequestError: HTTP 400: Bad Request. A parameter is invalid.
            NotFoundError: HTTP 404: Not Found. The addressed resource does not exist.
            InternalServerError: HTTP 500: Internal Server Error. The page's example is a
                missing instance, which the service reports with status 500.
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        options = call_options(extra_headers, extra_query, extra_body, timeout)
        return AsyncPager(
            lambda arguments: self._request(
                _ops.LIST_PRODUCTS, arguments, raw=True, options=options
            ),
            _ops.LIST_PRODUCTS_PAGES,
            {
                "project_id": project_id,
                "instance_id": instance_id,
                "limit": limit,
                "offset": offset,
                "app_id": app_id,
                "id_": id_,
                "name": name,
                "manufacturer_id": manufacturer_id,
                "manufacturer_name": manufacturer_name,
                "model": model,
                "device_type": device_type,
                "product_type": product_type,
                "protocol_type": protocol_type,
                "created_user_name": created_user_name,
                "created_date_start": created_date_start,
                "created_date_end": created_date_end,
                "app_name": app_name,
                "product_serial": product_serial,
            },
        )

    @overload
    async def create_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        app_id: str,
        name: str,
        manufacturer_id: str,
        manufacturer_name: str,
        model: str,
        product_type: Literal[0, 1],
        protocol_type: Literal[0, 1, 2, 4, 5],
        description: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        template_id: int | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        data_format: Literal[0, 1] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    @overload
    async def create_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        body: models.CreateProductRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    async def create_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        app_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        product_type: Literal[0, 1] | NotGiven = NOT_GIVEN,
        protocol_type: Literal[0, 1, 2, 4, 5] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        template_id: int | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        data_format: Literal[0, 1] | NotGiven = NOT_GIVEN,
        body: models.CreateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product:
        """Create a product

        Creates a LINK product in an application of a ROMA Connect instance.

        Sources: the vendor page (URI, path parameters, the mandatory
        `X-Auth-Token` header, the request table with its minimum/maximum values)
        and the official SDK's models (`CreateProductRequestBody`,
        `CreateProductResponse`) for the response fields. Where the page and its
        editions disagree we take the permissive reading: `protocol_type` lists
        the values 0, 1, 2, 4 and 5 but states a maximum of 4; we accept all five
        listed values. The page's examples were not available in the stored
        copies; the request example is ours, the response example is the
        modify-product page's. Status codes: 201 (as the page states) and the
        error statuses of the modify-product page.

        The page lists a mandatory `X-Auth-Token` request header. It is not listed
        as a parameter here: it is modelled only by the `xAuthToken` security
        scheme; AK/SK signing (`huaweiAkSk`) is the alternative.

        ``POST /v2/{project_id}/link/instances/{instance_id}/products`` (operationId ``CreateProduct``).

        Args:
            project_id: Project ID (see "Appendix" > "Obtaining a Project ID" in the vendor
                documentation), at most 32 characters. The value `default` is accepted for
                compatibility with ROMA Connect 20.0.
            instance_id: ID of the ROMA Connect instance, at most 36 characters. The value
                `default` is accepted for compatibility with ROMA Connect 20.0.
            app_id: ID of the application the product belongs to, 1 to 36 characters.
            name: Product name, unique within the tenant. 1 to 64 characters: letters, digits,
                underscores and hyphens.
            manufacturer_id: ID of the product's manufacturer, 2 to 50 characters.
            manufacturer_name: Name of the manufacturer, 2 to 64 characters.
            model: Product model, 2 to 50 characters.
            product_type: Kind of product:
                * 0: common product (sub-devices are not supported)
                * 1: gateway product
            protocol_type: Protocol the product's devices use:
                * 0: MQTT
                * 1: CoAP
                * 2: Modbus
                * 4: OPC UA
                * 5: extended protocol

                (The page also states a maximum of 4, which would exclude the
                extended protocol it lists; we accept every listed value.)
            description: Product description, at most 200 characters. (optional)
            device_type: Device type of the product, 1 to 32 characters (default `Default`).
                (optional)
            template_id: ID of the product template to create the product from; omit it
                otherwise. 1 to 99999999999999999; the service rounds it down. (optional)
            version: Version of the product model. (optional)
            data_format: Format of the product's data:
                * 0: JSON
                * 1: user-defined (optional)
            body: The product to create. Pass either this or the individual body fields.
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
                _ops.CREATE_PRODUCT,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "name": name,
                            "manufacturer_id": manufacturer_id,
                            "manufacturer_name": manufacturer_name,
                            "model": model,
                            "product_type": product_type,
                            "protocol_type": protocol_type,
                            "description": description,
                            "device_type": device_type,
                            "template_id": template_id,
                            "version": version,
                            "data_format": data_format,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def show_product(
        self,
        *,
        product_id: int,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Product:
        """Show a product

        Returns one product.

        Sources: the vendor page "Querying Product Details" was not available in
        the stored copies beyond the product structure it shares with the
        modify-product page; the response is that structure, checked against the
        official SDK's model (`ShowProductResponse`); the status codes and the
        example are the modify-product page's.

        ``GET /v2/{project_id}/link/instances/{instance_id}/products/{product_id}`` (operationId ``ShowProduct``).

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
            product_id: ID of the product: an integer, which can exceed 32 bits (values up to
                99999999999999999 occur).
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
                _ops.SHOW_PRODUCT,
                {"project_id": project_id, "instance_id": instance_id, "product_id": product_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

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
            product_id: ID of the product: an integer, which can exceed 32 bits (values up to
                99999999999999999 occur).
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

    async def delete_product(
        self,
        *,
        product_id: int,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a product

        Deletes a product.

        Source: the vendor page (URI, path parameters, the mandatory
        `X-Auth-Token` header, 204 No Content, 400/404/500 with the Huawei error
        body). The page's 400 example spells the request ID `requestId` while its
        tables say `request_id`; we keep `request_id` (the tables, and the other
        ROMA pages' examples). The page's request example omits the `/v2` prefix
        of its URI table; we follow the table.

        ``DELETE /v2/{project_id}/link/instances/{instance_id}/products/{product_id}`` (operationId ``DeleteProduct``).

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
            product_id: ID of the product: an integer, which can exceed 32 bits (values up to
                99999999999999999 occur).
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            None

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
            "None",
            await self._request(
                _ops.DELETE_PRODUCT,
                {"project_id": project_id, "instance_id": instance_id, "product_id": product_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncClientWithRawResponse:
    """Operations of :class:`AsyncClient` that return the whole response."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_products(
        self,
        *,
        project_id: str,
        instance_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        app_id: str | NotGiven = NOT_GIVEN,
        id_: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        product_type: int | NotGiven = NOT_GIVEN,
        protocol_type: int | NotGiven = NOT_GIVEN,
        created_user_name: str | NotGiven = NOT_GIVEN,
        created_date_start: int | NotGiven = NOT_GIVEN,
        created_date_end: int | NotGiven = NOT_GIVEN,
        app_name: str | NotGiven = NOT_GIVEN,
        product_serial: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListProductsResponse]:
        """Like :meth:`AsyncClient.list_products`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListProductsResponse]",
            await self._client._request(
                _ops.LIST_PRODUCTS,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "limit": limit,
                    "offset": offset,
                    "app_id": app_id,
                    "id_": id_,
                    "name": name,
                    "manufacturer_id": manufacturer_id,
                    "manufacturer_name": manufacturer_name,
                    "model": model,
                    "device_type": device_type,
                    "product_type": product_type,
                    "protocol_type": protocol_type,
                    "created_user_name": created_user_name,
                    "created_date_start": created_date_start,
                    "created_date_end": created_date_end,
                    "app_name": app_name,
                    "product_serial": product_serial,
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def create_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        app_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        product_type: Literal[0, 1] | NotGiven = NOT_GIVEN,
        protocol_type: Literal[0, 1, 2, 4, 5] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        template_id: int | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        data_format: Literal[0, 1] | NotGiven = NOT_GIVEN,
        body: models.CreateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Product]:
        """Like :meth:`AsyncClient.create_product`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.Product]",
            await self._client._request(
                _ops.CREATE_PRODUCT,
                {
                    "project_id": project_id,
                    "instance_id": instance_id,
                    "body": merge_body(
                        body,
                        {
                            "app_id": app_id,
                            "name": name,
                            "manufacturer_id": manufacturer_id,
                            "manufacturer_name": manufacturer_name,
                            "model": model,
                            "product_type": product_type,
                            "protocol_type": protocol_type,
                            "description": description,
                            "device_type": device_type,
                            "template_id": template_id,
                            "version": version,
                            "data_format": data_format,
                        },
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def show_product(
        self,
        *,
        product_id: int,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Product]:
        """Like :meth:`AsyncClient.show_product`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.Product]",
            await self._client._request(
                _ops.SHOW_PRODUCT,
                {"project_id": project_id, "instance_id": instance_id, "product_id": product_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

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

    async def delete_product(
        self,
        *,
        product_id: int,
        project_id: str | NotGiven = NOT_GIVEN,
        instance_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_product`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[None]",
            await self._client._request(
                _ops.DELETE_PRODUCT,
                {"project_id": project_id, "instance_id": instance_id, "product_id": product_id},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )
