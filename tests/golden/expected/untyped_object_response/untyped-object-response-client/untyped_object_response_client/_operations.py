# Generated from tests/golden/specs/untyped_object_response.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from . import models
from ._base_client import Operation, ResponseSpec

GET_STATUS = Operation(
    operation_id="getStatus",
    method="GET",
    path="/status",
    params=(),
    body=None,
    responses={
        "200": ResponseSpec(models.Status | None),
    },
)
GET_HEALTH = Operation(
    operation_id="getHealth",
    method="GET",
    path="/health",
    params=(),
    body=None,
    responses={
        "200": ResponseSpec(models.GetHealthResponse | None),
    },
)

OPERATIONS: dict[str, Operation] = {
    "get_status": GET_STATUS,
    "get_health": GET_HEALTH,
}
