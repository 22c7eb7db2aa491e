# Generated from tests/golden/specs/no_invented_defaults.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Literal

from . import models
from ._base_client import Body, Operation, Param, ResponseSpec

CREATE_ALARM = Operation(
    operation_id="createAlarm",
    method="POST",
    path="/alarms",
    params=(
        Param(
            location="query",
            name="output",
            kwarg="output",
            annotation=Literal["json"],
            required=False,
        ),
        Param(
            location="query",
            name="page_size",
            kwarg="page_size",
            annotation=int,
            required=False,
        ),
    ),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.Alarm,
        required=True,
        fields={
            "name": "name",
            "severity": "severity",
            "muted": "muted",
            "tags": "tags",
        },
    ),
    responses={
        "200": ResponseSpec(models.Alarm),
    },
)

OPERATIONS: dict[str, Operation] = {
    "create_alarm": CREATE_ALARM,
}
