# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Annotated

from pydantic import Field

from . import models
from ._base_client import Body, Operation, Param, ResponseSpec

UPDATE_PRODUCT = Operation(
    operation_id="UpdateProduct",
    method="PUT",
    path="/v2/{project_id}/link/instances/{instance_id}/products/{product_id}",
    params=(
        Param(
            location="path",
            name="project_id",
            kwarg="project_id",
            annotation=str,
            required=True,
            client_default="project_id",
        ),
        Param(
            location="path",
            name="instance_id",
            kwarg="instance_id",
            annotation=str,
            required=True,
            client_default="instance_id",
        ),
        Param(
            location="path",
            name="product_id",
            kwarg="product_id",
            annotation=Annotated[int, Field(ge=-9223372036854775808, le=9223372036854775807)],
            required=True,
        ),
    ),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.UpdateProductRequest,
        required=True,
        fields={
            "name": "name",
            "manufacturer_id": "manufacturer_id",
            "manufacturer_name": "manufacturer_name",
            "model": "model",
            "device_type": "device_type",
            "description": "description",
            "version": "version",
        },
    ),
    responses={
        "200": ResponseSpec(models.Product),
        "400": ResponseSpec(models.ErrorResponse),
        "404": ResponseSpec(models.ErrorResponse),
        "500": ResponseSpec(models.ErrorResponse),
    },
)

OPERATIONS: dict[str, Operation] = {
    "update_product": UPDATE_PRODUCT,
}
