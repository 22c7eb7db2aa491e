# Generated from tests/golden/specs/composition.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from . import models
from ._base_client import Body, Operation, ResponseSpec

CREATE_NODE = Operation(
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

OPERATIONS: dict[str, Operation] = {
    "create_node": CREATE_NODE,
}
