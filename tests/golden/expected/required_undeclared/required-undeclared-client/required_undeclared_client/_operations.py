# Generated from tests/golden/specs/required_undeclared.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from . import models
from ._base_client import Body, Operation, ResponseSpec

CREATE_LABEL = Operation(
    operation_id="createLabel",
    method="POST",
    path="/labels",
    params=(),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.Label,
        required=True,
        fields={
            "name": "name",
            "color": "color",
        },
    ),
    responses={
        "201": ResponseSpec(None),
    },
)

OPERATIONS: dict[str, Operation] = {
    "create_label": CREATE_LABEL,
}
