# Generated from tests/golden/specs/binary_json.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from . import models
from ._base_client import Body, Operation, ResponseSpec

PUT_BLOB = Operation(
    operation_id="putBlob",
    method="POST",
    path="/blobs",
    params=(),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.Blob,
        required=True,
        fields={
            "name": "name",
            "data": "data",
        },
    ),
    responses={
        "200": ResponseSpec(models.Blob),
    },
)

OPERATIONS: dict[str, Operation] = {
    "put_blob": PUT_BLOB,
}
