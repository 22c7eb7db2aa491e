# Generated from tests/golden/specs/enum_refs.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document. Each description is made on first use (module
``__getattr__``, PEP 562), so importing the package loads no model an operation names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Literal

from . import models
from ._base_client import Operation, Param, ResponseSpec

LIST_ITEMS: Operation
OPERATIONS: dict[str, Operation]


def _make_list_items() -> Operation:
    return Operation(
        operation_id="listItems",
        method="GET",
        path="/items",
        params=(
            Param(
                location="query",
                name="level",
                kwarg="level",
                annotation=Literal[1, 2, 3],
                required=True,
            ),
            Param(
                location="query",
                name="order",
                kwarg="order",
                annotation=Literal["asc", "desc"],
                required=False,
            ),
            Param(
                location="query",
                name="orders",
                kwarg="orders",
                annotation=list[Literal["asc", "desc"]],
                required=False,
            ),
        ),
        body=None,
        responses={
            "200": ResponseSpec(models.ListItemsResponse),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "LIST_ITEMS": _make_list_items,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "list_items": "LIST_ITEMS",
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
