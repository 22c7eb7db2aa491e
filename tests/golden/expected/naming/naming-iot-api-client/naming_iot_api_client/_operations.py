# Generated from tests/golden/specs/naming.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document. Each description is made on first use (module
``__getattr__``, PEP 562), so importing the package loads no model an operation names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Annotated, Any, Literal

from pydantic import Field

from . import models
from ._base_client import Operation, Param, ResponseSpec

LIST_IOTDA_ITEMS: Operation
POST_CLOSE: Operation
OPERATIONS: dict[str, Operation]


def _make_list_iotda_items() -> Operation:
    return Operation(
        operation_id="listIoTDAItems",
        method="GET",
        path="/items/{class}",
        params=(
            Param(
                location="path",
                name="class",
                kwarg="class_",
                annotation=str,
                required=True,
            ),
            Param(
                location="query",
                name="sortOrder",
                kwarg="sort_order",
                annotation=Literal["ASC", "asc", "DESC"],
                required=False,
            ),
            Param(
                location="query",
                name="from",
                kwarg="from_",
                annotation=Annotated[int, Field(ge=-2147483648, le=2147483647)],
                required=False,
            ),
            Param(
                location="query",
                name="__init__",
                kwarg="init",
                annotation=bool,
                required=False,
            ),
            Param(
                location="header",
                name="sort_order",
                kwarg="sort_order_header",
                annotation=str,
                required=False,
            ),
        ),
        body=None,
        responses={
            "200": ResponseSpec(list[models.Item]),
        },
    )


def _make_post_close() -> Operation:
    return Operation(
        operation_id="post /close",
        method="POST",
        path="/close",
        params=(),
        body=None,
        responses={
            "204": ResponseSpec(None),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "LIST_IOTDA_ITEMS": _make_list_iotda_items,
    "POST_CLOSE": _make_post_close,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "list_iotda_items": "LIST_IOTDA_ITEMS",
    "post_close": "POST_CLOSE",
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
