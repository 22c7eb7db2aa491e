# Generated from tests/golden/specs/formats.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Annotated

from pydantic import Field

from . import models
from ._base_client import Body, Operation, Param, ResponseSpec

PUT_EVENT = Operation(
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

OPERATIONS: dict[str, Operation] = {
    "put_event": PUT_EVENT,
}
