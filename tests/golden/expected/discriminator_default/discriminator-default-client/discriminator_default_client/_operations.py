# Generated from tests/golden/specs/discriminator_default.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from . import models
from ._base_client import Body, Operation, ResponseSpec

ADD_SHAPE = Operation(
    operation_id="addShape",
    method="POST",
    path="/shapes",
    params=(),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.Shape,
        required=True,
    ),
    responses={
        "200": ResponseSpec(models.Shape),
    },
)

OPERATIONS: dict[str, Operation] = {
    "add_shape": ADD_SHAPE,
}
