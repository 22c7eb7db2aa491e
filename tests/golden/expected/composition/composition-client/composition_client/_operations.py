# Generated from tests/golden/specs/composition.yaml by generator 0.1.0; do not edit.
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
from ._base_client import Body, Operation, ResponseSpec

CREATE_NODE: Operation
OPERATIONS: dict[str, Operation]


def _make_create_node() -> Operation:
    return Operation(
        operation_id="createNode",
        method="POST",
        path="/nodes",
        params=(),
        body=Body(
            kwarg="body",
            media_type="application/json",
            annotation=models.CreateNodeRequest,
            required=True,
        ),
        responses={
            "201": ResponseSpec(models.Node),
            "4XX": ResponseSpec(models.Problem),
            "default": ResponseSpec(models.Problem),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "CREATE_NODE": _make_create_node,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "create_node": "CREATE_NODE",
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
