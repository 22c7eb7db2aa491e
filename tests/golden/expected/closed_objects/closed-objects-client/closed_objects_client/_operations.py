# Generated from tests/golden/specs/closed_objects.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from . import models
from ._base_client import Body, Operation, ResponseSpec

PATCH_SETTINGS = Operation(
    operation_id="patchSettings",
    method="PATCH",
    path="/settings",
    params=(),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.SettingsPatch,
        required=True,
        fields={
            "name": "name",
            "level": "level",
            "mode": "mode",
        },
    ),
    responses={
        "200": ResponseSpec(models.SettingsPatch),
    },
)

OPERATIONS: dict[str, Operation] = {
    "patch_settings": PATCH_SETTINGS,
}
