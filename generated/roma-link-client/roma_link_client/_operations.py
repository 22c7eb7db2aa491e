# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document. Each description is made on first use (module
``__getattr__``, PEP 562), so importing the package loads no model an operation names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import Field

from . import models
from ._base_client import Body, Operation, Param, ResponseSpec
from ._pagination import PageSpec

LIST_PRODUCTS: Operation
CREATE_PRODUCT: Operation
SHOW_PRODUCT: Operation
UPDATE_PRODUCT: Operation
DELETE_PRODUCT: Operation
OPERATIONS: dict[str, Operation]


def _make_list_products() -> Operation:
    return Operation(
        operation_id="ListProducts",
        method="GET",
        path="/v2/{project_id}/link/instances/{instance_id}/products",
        params=(
            Param(
                location="path",
                name="project_id",
                kwarg="project_id",
                annotation=Annotated[str, Field(max_length=32)],
                required=True,
            ),
            Param(
                location="path",
                name="instance_id",
                kwarg="instance_id",
                annotation=Annotated[str, Field(max_length=36)],
                required=True,
            ),
            Param(
                location="query",
                name="limit",
                kwarg="limit",
                annotation=Annotated[int, Field(ge=0, le=999999)],
                required=False,
            ),
            Param(
                location="query",
                name="offset",
                kwarg="offset",
                annotation=Annotated[int, Field(ge=0, le=999999)],
                required=False,
            ),
            Param(
                location="query",
                name="app_id",
                kwarg="app_id",
                annotation=Annotated[str, Field(max_length=36)],
                required=False,
            ),
            Param(
                location="query",
                name="id",
                kwarg="id_",
                annotation=Annotated[str, Field(max_length=64)],
                required=False,
            ),
            Param(
                location="query",
                name="name",
                kwarg="name",
                annotation=Annotated[str, Field(max_length=64)],
                required=False,
            ),
            Param(
                location="query",
                name="manufacturer_id",
                kwarg="manufacturer_id",
                annotation=Annotated[str, Field(max_length=64)],
                required=False,
            ),
            Param(
                location="query",
                name="manufacturer_name",
                kwarg="manufacturer_name",
                annotation=Annotated[str, Field(max_length=64)],
                required=False,
            ),
            Param(
                location="query",
                name="model",
                kwarg="model",
                annotation=Annotated[str, Field(max_length=64)],
                required=False,
            ),
            Param(
                location="query",
                name="device_type",
                kwarg="device_type",
                annotation=Annotated[str, Field(max_length=64)],
                required=False,
            ),
            Param(
                location="query",
                name="product_type",
                kwarg="product_type",
                annotation=Annotated[int, Field(ge=0, le=10)],
                required=False,
            ),
            Param(
                location="query",
                name="protocol_type",
                kwarg="protocol_type",
                annotation=Annotated[int, Field(ge=0, le=10)],
                required=False,
            ),
            Param(
                location="query",
                name="created_user_name",
                kwarg="created_user_name",
                annotation=Annotated[str, Field(max_length=64)],
                required=False,
            ),
            Param(
                location="query",
                name="created_date_start",
                kwarg="created_date_start",
                annotation=Annotated[int, Field(ge=1, le=99999999999999999)],
                required=False,
            ),
            Param(
                location="query",
                name="created_date_end",
                kwarg="created_date_end",
                annotation=Annotated[int, Field(ge=1, le=99999999999999999)],
                required=False,
            ),
            Param(
                location="query",
                name="app_name",
                kwarg="app_name",
                annotation=str,
                required=False,
            ),
            Param(
                location="query",
                name="product_serial",
                kwarg="product_serial",
                annotation=str,
                required=False,
            ),
        ),
        body=None,
        responses={
            "200": ResponseSpec(models.ListProductsResponse),
            "400": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


LIST_PRODUCTS_PAGES = PageSpec(
    style="offset",
    items=("items",),
    default_page_size=10,
    page_size=("limit",),
    cursor=(),
    next_cursor=(),
    offset=("offset",),
    page=(),
    first_page=1,
    total=("total",),
    first_page_only=(),
    data_field=None,
)


def _make_create_product() -> Operation:
    return Operation(
        operation_id="CreateProduct",
        method="POST",
        path="/v2/{project_id}/link/instances/{instance_id}/products",
        params=(
            Param(
                location="path",
                name="project_id",
                kwarg="project_id",
                annotation=Annotated[str, Field(max_length=32)],
                required=True,
            ),
            Param(
                location="path",
                name="instance_id",
                kwarg="instance_id",
                annotation=Annotated[str, Field(max_length=36)],
                required=True,
            ),
        ),
        body=Body(
            kwarg="body",
            media_type="application/json",
            annotation=models.CreateProductRequest,
            required=True,
            fields={
                "app_id": "app_id",
                "name": "name",
                "manufacturer_id": "manufacturer_id",
                "manufacturer_name": "manufacturer_name",
                "model": "model",
                "product_type": "product_type",
                "protocol_type": "protocol_type",
                "description": "description",
                "device_type": "device_type",
                "template_id": "template_id",
                "version": "version",
                "data_format": "data_format",
            },
        ),
        responses={
            "201": ResponseSpec(models.Product),
            "400": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_show_product() -> Operation:
    return Operation(
        operation_id="ShowProduct",
        method="GET",
        path="/v2/{project_id}/link/instances/{instance_id}/products/{product_id}",
        params=(
            Param(
                location="path",
                name="project_id",
                kwarg="project_id",
                annotation=str,
                required=True,
                client_default="project_id",
            ),
            Param(
                location="path",
                name="instance_id",
                kwarg="instance_id",
                annotation=str,
                required=True,
                client_default="instance_id",
            ),
            Param(
                location="path",
                name="product_id",
                kwarg="product_id",
                annotation=Annotated[int, Field(ge=-9223372036854775808, le=9223372036854775807)],
                required=True,
            ),
        ),
        body=None,
        responses={
            "200": ResponseSpec(models.Product),
            "400": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_update_product() -> Operation:
    return Operation(
        operation_id="UpdateProduct",
        method="PUT",
        path="/v2/{project_id}/link/instances/{instance_id}/products/{product_id}",
        params=(
            Param(
                location="path",
                name="project_id",
                kwarg="project_id",
                annotation=str,
                required=True,
                client_default="project_id",
            ),
            Param(
                location="path",
                name="instance_id",
                kwarg="instance_id",
                annotation=str,
                required=True,
                client_default="instance_id",
            ),
            Param(
                location="path",
                name="product_id",
                kwarg="product_id",
                annotation=Annotated[int, Field(ge=-9223372036854775808, le=9223372036854775807)],
                required=True,
            ),
        ),
        body=Body(
            kwarg="body",
            media_type="application/json",
            annotation=models.UpdateProductRequest,
            required=True,
            fields={
                "name": "name",
                "manufacturer_id": "manufacturer_id",
                "manufacturer_name": "manufacturer_name",
                "model": "model",
                "device_type": "device_type",
                "description": "description",
                "version": "version",
            },
        ),
        responses={
            "200": ResponseSpec(models.Product),
            "400": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_delete_product() -> Operation:
    return Operation(
        operation_id="DeleteProduct",
        method="DELETE",
        path="/v2/{project_id}/link/instances/{instance_id}/products/{product_id}",
        params=(
            Param(
                location="path",
                name="project_id",
                kwarg="project_id",
                annotation=str,
                required=True,
                client_default="project_id",
            ),
            Param(
                location="path",
                name="instance_id",
                kwarg="instance_id",
                annotation=str,
                required=True,
                client_default="instance_id",
            ),
            Param(
                location="path",
                name="product_id",
                kwarg="product_id",
                annotation=Annotated[int, Field(ge=-9223372036854775808, le=9223372036854775807)],
                required=True,
            ),
        ),
        body=None,
        responses={
            "204": ResponseSpec(None),
            "400": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "LIST_PRODUCTS": _make_list_products,
    "CREATE_PRODUCT": _make_create_product,
    "SHOW_PRODUCT": _make_show_product,
    "UPDATE_PRODUCT": _make_update_product,
    "DELETE_PRODUCT": _make_delete_product,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "list_products": "LIST_PRODUCTS",
    "create_product": "CREATE_PRODUCT",
    "show_product": "SHOW_PRODUCT",
    "update_product": "UPDATE_PRODUCT",
    "delete_product": "DELETE_PRODUCT",
}
_LOCK = threading.RLock()


def _operation(name: str) -> Operation:
    """The operation called ``name``, made once."""
    with _LOCK:
        made: Operation | None = globals().get(name)
        if made is None:
            made = _BUILDERS[name]()
            globals()[name] = made
        return made


def __getattr__(name: str) -> Any:
    if name in _BUILDERS:
        return _operation(name)
    if name == "OPERATIONS":
        with _LOCK:
            table = {method: _operation(const) for method, const in _METHODS.items()}
            globals()["OPERATIONS"] = table
        return table
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
