# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
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

LIST_PETS: Operation
LIST_FIELDS: Operation
GET_MOTD: Operation
OPERATIONS: dict[str, Operation]


def _make_list_pets() -> Operation:
    return Operation(
        operation_id="listPets",
        method="GET",
        path="/pets",
        params=(),
        body=None,
        responses={
            "200": ResponseSpec(models.ListPetsResponse),
            "default": ResponseSpec(models.Error),
        },
    )


def _make_list_fields() -> Operation:
    return Operation(
        operation_id="listFields",
        method="GET",
        path="/fields",
        params=(),
        body=None,
        responses={
            "200": ResponseSpec(str),
        },
    )


def _make_get_motd() -> Operation:
    return Operation(
        operation_id="getMotd",
        method="GET",
        path="/motd",
        params=(),
        body=None,
        responses={
            "200": ResponseSpec(str),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "LIST_PETS": _make_list_pets,
    "LIST_FIELDS": _make_list_fields,
    "GET_MOTD": _make_get_motd,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "list_pets": "LIST_PETS",
    "list_fields": "LIST_FIELDS",
    "get_motd": "GET_MOTD",
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
