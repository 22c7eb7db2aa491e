# Generated from tests/golden/specs/array_bodies.yaml by generator 0.1.0; do not edit.
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
from ._base_client import Body, Operation, ResponseSpec

ADD_POINTS: Operation
OPERATIONS: dict[str, Operation]


def _make_add_points() -> Operation:
    return Operation(
        operation_id="addPoints",
        method="POST",
        path="/points",
        params=(),
        body=Body(
            kwarg="body",
            media_type="application/json",
            annotation=Annotated[list[models.AddPointsRequestItem], Field(min_length=1)],
            required=True,
        ),
        responses={
            "204": ResponseSpec(None),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "ADD_POINTS": _make_add_points,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "add_points": "ADD_POINTS",
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
