# Generated from tests/golden/specs/array_bodies.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Annotated

from pydantic import Field

from . import models
from ._base_client import Body, Operation, ResponseSpec

ADD_POINTS = Operation(
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

OPERATIONS: dict[str, Operation] = {
    "add_points": ADD_POINTS,
}
