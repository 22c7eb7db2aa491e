# Generated from tests/golden/specs/formats.yaml by generator 0.1.0; do not edit.
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

PUT_EVENT: Operation
OPERATIONS: dict[str, Operation]


def _make_put_event() -> Operation:
    return Operation(
        operation_id="putEvent",
        method="PUT",
        path="/events/{event_id}",
        params=(
            Param(
                location="path",
                name="event_id",
                kwarg="event_id",
                annotation=Annotated[str, Field(json_schema_extra={"format": "uuid"})],
                required=True,
            ),
            Param(
                location="query",
                name="since",
                kwarg="since",
                annotation=Annotated[str, Field(json_schema_extra={"format": "date-time"})],
                required=False,
            ),
            Param(
                location="query",
                name="until",
                kwarg="until",
                annotation=Annotated[str, Field(json_schema_extra={"format": "date"})],
                required=False,
            ),
        ),
        body=Body(
            kwarg="body",
            media_type="application/json",
            annotation=models.Event,
            required=True,
            fields={
                "contact": "contact",
                "at": "at",
                "day": "day",
                "source": "source",
                "source6": "source6",
                "link": "link",
                "ref": "ref",
            },
        ),
        responses={
            "200": ResponseSpec(models.Event),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "PUT_EVENT": _make_put_event,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "put_event": "PUT_EVENT",
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
