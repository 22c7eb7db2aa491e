# Generated from tests/golden/specs/single_enum.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Literal

from . import models
from ._base_client import Body, Operation, Param, ResponseSpec

CREATE_JOB = Operation(
    operation_id="createJob",
    method="POST",
    path="/jobs",
    params=(
        Param(
            location="query",
            name="mode",
            kwarg="mode",
            annotation=Literal["fast"],
            required=False,
        ),
        Param(
            location="query",
            name="dry",
            kwarg="dry",
            annotation=Literal["yes"],
            required=False,
        ),
    ),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.Job,
        required=True,
        fields={
            "name": "name",
            "version": "version",
            "priority": "priority",
        },
    ),
    responses={
        "200": ResponseSpec(models.Job),
    },
)

OPERATIONS: dict[str, Operation] = {
    "create_job": CREATE_JOB,
}
