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
from ._types import NOT_GIVEN, NotGiven

DEFAULT_BASE_URL = "https://roma.cn-north-4.myhuaweicloud.com"


class Client(SyncAPIClient):
    """Synchronous client for Huawei Cloud ROMA Connect LINK (device integration) API v2.

    Args:
        base_url: the API root; defaults to ``https://roma.cn-north-4.myhuaweicloud.com``.
        auth: an ``httpx.Auth``: HuaweiAKSKAuth or APIKeyAuth.
        timeout: seconds or an ``httpx.Timeout``; by default the injected http_client's
            timeout, else 60 s in total and 10 s to connect.
        max_retries: retries of failed attempts (connection errors, 408, 429, 5xx).
        headers: extra headers sent with every request.
        http_client: an httpx client to use instead of one made here (not closed by us).
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
        strict_responses: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
            strict_responses=strict_responses,
        )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning a ``RawResponse`` (status, headers, parsed body)."""
        return ClientWithRawResponse(self)

    @overload
    def update_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        product_id: int,
        name: str,
        manufacturer_id: str,
        manufacturer_name: str,
        model: str,
        device_type: str,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    @overload
    def update_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        product_id: int,
        body: models.UpdateProductRequest | dict[str, Any],
    ) -> models.Product: ...

    def update_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        product_id: int,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        body: models.UpdateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> models.Product:
        """Modify product information

        Changes the name, description, manufacturer, model, device type and
        version of a product.

        The page lists a mandatory `X-Auth-Token` request header. It is not listed
        as a parameter here: it is modelled only by the `xAuthToken` security
        scheme. AK/SK signing (`huaweiAkSk`) is offered as the alternative, as the
        official SDK authenticates that way.

        ``PUT /v2/{project_id}/link/instances/{instance_id}/products/{product_id}`` (operationId ``UpdateProduct``).

        Args:
            project_id: Project ID (see "Appendix" > "Obtaining a Project ID" in the vendor
                documentation). The value `default` is accepted for compatibility with ROMA
                Connect 20.0.
            instance_id: ID of the ROMA Connect instance. The value `default` is accepted for
                compatibility with ROMA Connect 20.0.
            product_id: ID of the product to modify. The page types it as Integer; other
                versions of the vendor page give a maximum of 99999999999999999, so we use a
                64-bit integer.
            name: Product name, unique within the tenant. At most 64 characters: letters,
                digits, underscores and hyphens.
            manufacturer_id: ID of the product's manufacturer. 2 to 50 characters: letters,
                digits, underscores and hyphens.
            manufacturer_name: Name of the manufacturer, 2 to 64 characters.
            model: Product model. 2 to 50 characters: letters, digits, underscores, hyphens and
                spaces; the service ignores leading and trailing spaces.
            device_type: Device type of the product (the response table says the default is
                `Default`). The page's list of allowed values is empty, so no enum is given; its
                request example sends `Default` and its response example returns `default`.
            description: Product description, at most 200 characters. (optional)
            version: Version of the product model. (optional)
            body: The new product information. Pass either this or the individual body fields.

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
            ),
        )


class ClientWithRawResponse:
    """Operations of :class:`Client` that return the whole response."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def update_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        product_id: int,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        body: models.UpdateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
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
                raw=True,
            ),
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Huawei Cloud ROMA Connect LINK (device integration) API v2.

    Args:
        base_url: the API root; defaults to ``https://roma.cn-north-4.myhuaweicloud.com``.
        auth: an ``httpx.Auth``: HuaweiAKSKAuth or APIKeyAuth.
        timeout: seconds or an ``httpx.Timeout``; by default the injected http_client's
            timeout, else 60 s in total and 10 s to connect.
        max_retries: retries of failed attempts (connection errors, 408, 429, 5xx).
        headers: extra headers sent with every request.
        http_client: an httpx client to use instead of one made here (not closed by us).
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
        strict_responses: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
            strict_responses=strict_responses,
        )

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning a ``RawResponse`` (status, headers, parsed body)."""
        return AsyncClientWithRawResponse(self)

    @overload
    async def update_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        product_id: int,
        name: str,
        manufacturer_id: str,
        manufacturer_name: str,
        model: str,
        device_type: str,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
    ) -> models.Product: ...

    @overload
    async def update_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        product_id: int,
        body: models.UpdateProductRequest | dict[str, Any],
    ) -> models.Product: ...

    async def update_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        product_id: int,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        body: models.UpdateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> models.Product:
        """Modify product information

        Changes the name, description, manufacturer, model, device type and
        version of a product.

        The page lists a mandatory `X-Auth-Token` request header. It is not listed
        as a parameter here: it is modelled only by the `xAuthToken` security
        scheme. AK/SK signing (`huaweiAkSk`) is offered as the alternative, as the
        official SDK authenticates that way.

        ``PUT /v2/{project_id}/link/instances/{instance_id}/products/{product_id}`` (operationId ``UpdateProduct``).

        Args:
            project_id: Project ID (see "Appendix" > "Obtaining a Project ID" in the vendor
                documentation). The value `default` is accepted for compatibility with ROMA
                Connect 20.0.
            instance_id: ID of the ROMA Connect instance. The value `default` is accepted for
                compatibility with ROMA Connect 20.0.
            product_id: ID of the product to modify. The page types it as Integer; other
                versions of the vendor page give a maximum of 99999999999999999, so we use a
                64-bit integer.
            name: Product name, unique within the tenant. At most 64 characters: letters,
                digits, underscores and hyphens.
            manufacturer_id: ID of the product's manufacturer. 2 to 50 characters: letters,
                digits, underscores and hyphens.
            manufacturer_name: Name of the manufacturer, 2 to 64 characters.
            model: Product model. 2 to 50 characters: letters, digits, underscores, hyphens and
                spaces; the service ignores leading and trailing spaces.
            device_type: Device type of the product (the response table says the default is
                `Default`). The page's list of allowed values is empty, so no enum is given; its
                request example sends `Default` and its response example returns `default`.
            description: Product description, at most 200 characters. (optional)
            version: Version of the product model. (optional)
            body: The new product information. Pass either this or the individual body fields.

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
            ),
        )


class AsyncClientWithRawResponse:
    """Operations of :class:`AsyncClient` that return the whole response."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def update_product(
        self,
        *,
        project_id: str,
        instance_id: str,
        product_id: int,
        name: str | NotGiven = NOT_GIVEN,
        manufacturer_id: str | NotGiven = NOT_GIVEN,
        manufacturer_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        device_type: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        body: models.UpdateProductRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
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
                raw=True,
            ),
        )
