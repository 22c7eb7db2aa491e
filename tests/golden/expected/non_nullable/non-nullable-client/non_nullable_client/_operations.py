# Generated from tests/golden/specs/non_nullable.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from . import models
from ._base_client import Body, Operation, Param, ResponseSpec

CREATE_NOTE = Operation(
    operation_id="createNote",
    method="POST",
    path="/notes",
    params=(
        Param(
            location="query",
            name="limit",
            kwarg="limit",
            annotation=int,
            required=False,
        ),
    ),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.Note,
        required=True,
        fields={
            "text": "text",
            "owner": "owner",
            "title": "title",
            "items": "items",
            "note": "note",
        },
    ),
    responses={
        "200": ResponseSpec(models.Note),
    },
)

OPERATIONS: dict[str, Operation] = {
    "create_note": CREATE_NOTE,
}
