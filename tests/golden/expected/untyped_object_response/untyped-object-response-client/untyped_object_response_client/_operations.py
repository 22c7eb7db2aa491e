# Generated from tests/golden/specs/untyped_object_response.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document. Each description is made on first use (module
``__getattr__``, PEP 562), so importing the package loads no model an operation names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from . import models
from ._base_client import Operation, ResponseSpec

GET_STATUS: Operation
GET_HEALTH: Operation
OPERATIONS: dict[str, Operation]


def _make_get_status() -> Operation:
    return Operation(
        operation_id="getStatus",
        method="GET",
        path="/status",
        params=(),
        body=None,
        responses={
            "200": ResponseSpec(models.Status | None),
        },
    )


def _make_get_health() -> Operation:
    return Operation(
        operation_id="getHealth",
        method="GET",
        path="/health",
        params=(),
        body=None,
        responses={
            "200": ResponseSpec(models.GetHealthResponse | None),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "GET_STATUS": _make_get_status,
    "GET_HEALTH": _make_get_health,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "get_status": "GET_STATUS",
    "get_health": "GET_HEALTH",
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
