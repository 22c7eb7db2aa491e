# Generated from tests/golden/specs/path_fragment.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Any, Literal

from ._base_client import Operation, Param, ResponseSpec

RENAME_DEVICE = Operation(
    operation_id="renameDevice",
    method="POST",
    path="/devices/{id}",
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
            name="action",
            kwarg="action",
            annotation=Literal["rename"],
            required=True,
        ),
        Param(
            location="query",
            name="name",
            kwarg="name",
            annotation=str,
            required=True,
        ),
    ),
    body=None,
    responses={
        "204": ResponseSpec(None),
    },
)
GET_FILE = Operation(
    operation_id="getFile",
    method="GET",
    path="/files/{name}.json",
    params=(
        Param(
            location="path",
            name="name",
            kwarg="name",
            annotation=str,
            required=True,
        ),
        Param(
            location="query",
            name="v",
            kwarg="v",
            annotation=int,
            required=False,
        ),
    ),
    body=None,
    responses={
        "200": ResponseSpec(Any),
    },
)

OPERATIONS: dict[str, Operation] = {
    "rename_device": RENAME_DEVICE,
    "get_file": GET_FILE,
}
