# Generated from tests/golden/specs/adversarial.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from . import models
from ._base_client import Operation, Param, ResponseSpec

IMPORT = Operation(
    operation_id="import",
    method="GET",
    path="/a/{id}",
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
            name="__class__",
            kwarg="class_",
            annotation=str,
            required=False,
        ),
    ),
    body=None,
    responses={
        "200": ResponseSpec(models.ImportResponse),
    },
)

OPERATIONS: dict[str, Operation] = {
    "import_": IMPORT,
}
