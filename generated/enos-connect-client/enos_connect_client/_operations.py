# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document. Each description is made on first use (module
``__getattr__``, PEP 562), so importing the package loads no model an operation names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Literal

from . import errors, models
from ._base_client import Body, Envelope, Operation, Param, ResponseSpec
from ._pagination import PageSpec

GET_DEVICE: Operation
CREATE_DEVICE: Operation
UPDATE_DEVICE: Operation
SEARCH_DEVICE: Operation
DELETE_DEVICE: Operation
OPERATIONS: dict[str, Operation]


def _make_get_device() -> Operation:
    return Operation(
        operation_id="GetDevice",
        method="GET",
        path="/connect-service/v2.4/devices",
        params=(
            Param(
                location="query",
                name="action",
                kwarg="action",
                annotation=Literal["get"],
                required=True,
            ),
            Param(
                location="query",
                name="orgId",
                kwarg="org_id",
                annotation=str,
                required=True,
            ),
            Param(
                location="query",
                name="assetId",
                kwarg="asset_id",
                annotation=str,
                required=False,
            ),
            Param(
                location="query",
                name="productKey",
                kwarg="product_key",
                annotation=str,
                required=False,
            ),
            Param(
                location="query",
                name="deviceKey",
                kwarg="device_key",
                annotation=str,
                required=False,
            ),
        ),
        body=None,
        responses={
            "200": ResponseSpec(models.Device | None),
        },
        envelope=Envelope(
            code_field="code",
            message_field="msg",
            request_id_field="requestId",
            data_field="data",
            success_codes=frozenset([0]),
            errors={},
            model=models.GetDeviceResponse,
        ),
    )


def _make_create_device() -> Operation:
    return Operation(
        operation_id="CreateDevice",
        method="POST",
        path="/connect-service/v2.4/devices",
        params=(
            Param(
                location="query",
                name="action",
                kwarg="action",
                annotation=Literal["create"],
                required=True,
            ),
            Param(
                location="query",
                name="orgId",
                kwarg="org_id",
                annotation=str,
                required=True,
                client_default="org_id",
            ),
        ),
        body=Body(
            kwarg="body",
            media_type="application/json",
            annotation=models.CreateDeviceRequest,
            required=True,
            fields={
                "productKey": "product_key",
                "deviceName": "device_name",
                "timezone": "timezone",
                "requireSecret": "require_secret",
                "deviceAttributes": "device_attributes",
                "deviceKey": "device_key",
                "deviceDesc": "device_desc",
                "deviceTags": "device_tags",
            },
        ),
        responses={
            "200": ResponseSpec(models.DeviceCreateResult | None),
        },
        envelope=Envelope(
            code_field="code",
            message_field="msg",
            request_id_field="requestId",
            data_field="data",
            success_codes=frozenset([0]),
            errors={
                11702: errors.DeviceKeyExistsError,
                11714: errors.GenerateDeviceKeyFailedError,
                11739: errors.ExceedMaxDeviceSizeError,
                11858: errors.PublicKeyNotFoundError,
                99400: errors.InvalidArgumentsError,
            },
            model=models.CreateDeviceResponse,
        ),
    )


def _make_update_device() -> Operation:
    return Operation(
        operation_id="UpdateDevice",
        method="POST",
        path="/connect-service/v2.4/devices",
        params=(
            Param(
                location="query",
                name="action",
                kwarg="action",
                annotation=Literal["update"],
                required=True,
            ),
            Param(
                location="query",
                name="orgId",
                kwarg="org_id",
                annotation=str,
                required=True,
            ),
            Param(
                location="query",
                name="assetId",
                kwarg="asset_id",
                annotation=str,
                required=False,
            ),
            Param(
                location="query",
                name="productKey",
                kwarg="product_key",
                annotation=str,
                required=False,
            ),
            Param(
                location="query",
                name="deviceKey",
                kwarg="device_key",
                annotation=str,
                required=False,
            ),
        ),
        body=Body(
            kwarg="body",
            media_type="application/json",
            annotation=models.UpdateDeviceRequest,
            required=True,
            fields={
                "timezone": "timezone",
                "deviceName": "device_name",
                "deviceAttributes": "device_attributes",
                "deviceTags": "device_tags",
                "deviceDesc": "device_desc",
            },
        ),
        responses={
            "200": ResponseSpec(Any),
        },
        envelope=Envelope(
            code_field="code",
            message_field="msg",
            request_id_field="requestId",
            data_field="data",
            success_codes=frozenset([0]),
            errors={},
            model=models.EmptyDataResponse,
        ),
    )


def _make_search_device() -> Operation:
    return Operation(
        operation_id="SearchDevice",
        method="POST",
        path="/connect-service/v2.4/devices",
        params=(
            Param(
                location="query",
                name="action",
                kwarg="action",
                annotation=Literal["search"],
                required=True,
            ),
            Param(
                location="query",
                name="orgId",
                kwarg="org_id",
                annotation=str,
                required=True,
            ),
        ),
        body=Body(
            kwarg="body",
            media_type="application/json",
            annotation=models.SearchDeviceRequest,
            required=True,
            fields={
                "expression": "expression",
                "pagination": "pagination",
                "projection": "projection",
            },
        ),
        responses={
            "200": ResponseSpec(list[models.Device] | None),
        },
        envelope=Envelope(
            code_field="code",
            message_field="msg",
            request_id_field="requestId",
            data_field="data",
            success_codes=frozenset([0]),
            errors={},
            model=models.SearchDeviceResponse,
        ),
    )


SEARCH_DEVICE_PAGES = PageSpec(
    style="page",
    items=("data",),
    default_page_size=10,
    page_size=("body", "pagination", "pageSize"),
    cursor=(),
    next_cursor=(),
    offset=(),
    page=("body", "pagination", "pageNo"),
    first_page=1,
    total=("pagination", "totalSize"),
    first_page_only=(),
    data_field="data",
)


def _make_delete_device() -> Operation:
    return Operation(
        operation_id="DeleteDevice",
        method="POST",
        path="/connect-service/v2.4/devices",
        params=(
            Param(
                location="query",
                name="action",
                kwarg="action",
                annotation=Literal["delete"],
                required=True,
            ),
            Param(
                location="query",
                name="orgId",
                kwarg="org_id",
                annotation=str,
                required=True,
            ),
            Param(
                location="query",
                name="assetId",
                kwarg="asset_id",
                annotation=str,
                required=False,
            ),
            Param(
                location="query",
                name="productKey",
                kwarg="product_key",
                annotation=str,
                required=False,
            ),
            Param(
                location="query",
                name="deviceKey",
                kwarg="device_key",
                annotation=str,
                required=False,
            ),
        ),
        body=None,
        responses={
            "200": ResponseSpec(Any),
        },
        envelope=Envelope(
            code_field="code",
            message_field="msg",
            request_id_field="requestId",
            data_field="data",
            success_codes=frozenset([0]),
            errors={},
            model=models.EmptyDataResponse,
        ),
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "GET_DEVICE": _make_get_device,
    "CREATE_DEVICE": _make_create_device,
    "UPDATE_DEVICE": _make_update_device,
    "SEARCH_DEVICE": _make_search_device,
    "DELETE_DEVICE": _make_delete_device,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "get_device": "GET_DEVICE",
    "create_device": "CREATE_DEVICE",
    "update_device": "UPDATE_DEVICE",
    "search_device": "SEARCH_DEVICE",
    "delete_device": "DELETE_DEVICE",
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
