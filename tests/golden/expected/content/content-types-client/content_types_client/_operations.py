# Generated from tests/golden/specs/content.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Annotated

from pydantic import Field

from . import models
from ._base_client import Body, Operation, Param, ResponseSpec

DOWNLOAD_FILE = Operation(
    operation_id="downloadFile",
    method="GET",
    path="/files/{id}",
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
            name="tags",
            kwarg="tags",
            annotation=list[str],
            required=False,
        ),
    ),
    body=None,
    responses={
        "200": ResponseSpec(bytes),
        "404": ResponseSpec(None),
    },
)
UPLOAD_FILE = Operation(
    operation_id="uploadFile",
    method="PUT",
    path="/files/{id}",
    params=(
        Param(
            location="path",
            name="id",
            kwarg="id_",
            annotation=Annotated[str, Field(pattern="^[0-9]+$")],
            required=True,
        ),
    ),
    body=Body(
        kwarg="body",
        media_type="application/octet-stream",
        annotation=bytes,
        required=False,
    ),
    responses={
        "200": ResponseSpec(str),
    },
)
SUBMIT_FORM = Operation(
    operation_id="submitForm",
    method="POST",
    path="/forms",
    params=(),
    body=Body(
        kwarg="body",
        media_type="application/x-www-form-urlencoded",
        annotation=models.SubmitFormRequest,
        required=True,
        fields={
            "name": "name",
            "count": "count",
        },
    ),
    responses={
        "200": ResponseSpec(models.SubmitFormResponse),
    },
)

OPERATIONS: dict[str, Operation] = {
    "download_file": DOWNLOAD_FILE,
    "upload_file": UPLOAD_FILE,
    "submit_form": SUBMIT_FORM,
}
