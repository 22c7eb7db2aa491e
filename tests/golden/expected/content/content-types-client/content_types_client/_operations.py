# Generated from tests/golden/specs/content.yaml by generator 0.1.0; do not edit.
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

DOWNLOAD_FILE: Operation
UPLOAD_FILE: Operation
SUBMIT_FORM: Operation
OPERATIONS: dict[str, Operation]


def _make_download_file() -> Operation:
    return Operation(
        operation_id="downloadFile",
        method="GET",
        path="/files/{id}",
        params=(
            Param(
                location="path",
                name="id",
                kwarg="id_",
                annotation=str,
                required=True,
            ),
            Param(
                location="query",
                name="tags",
                kwarg="tags",
                annotation=list[str],
                required=False,
            ),
        ),
        body=None,
        responses={
            "200": ResponseSpec(bytes),
            "404": ResponseSpec(None),
        },
    )


def _make_upload_file() -> Operation:
    return Operation(
        operation_id="uploadFile",
        method="PUT",
        path="/files/{id}",
        params=(
            Param(
                location="path",
                name="id",
                kwarg="id_",
                annotation=Annotated[str, Field(pattern="^[0-9]+$")],
                required=True,
            ),
        ),
        body=Body(
            kwarg="body",
            media_type="application/octet-stream",
            annotation=bytes,
            required=False,
        ),
        responses={
            "200": ResponseSpec(str),
        },
    )


def _make_submit_form() -> Operation:
    return Operation(
        operation_id="submitForm",
        method="POST",
        path="/forms",
        params=(),
        body=Body(
            kwarg="body",
            media_type="application/x-www-form-urlencoded",
            annotation=models.SubmitFormRequest,
            required=True,
            fields={
                "name": "name",
                "count": "count",
            },
        ),
        responses={
            "200": ResponseSpec(models.SubmitFormResponse),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "DOWNLOAD_FILE": _make_download_file,
    "UPLOAD_FILE": _make_upload_file,
    "SUBMIT_FORM": _make_submit_form,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "download_file": "DOWNLOAD_FILE",
    "upload_file": "UPLOAD_FILE",
    "submit_form": "SUBMIT_FORM",
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
