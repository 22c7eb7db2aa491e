# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Annotated

from pydantic import Field

from . import models
from ._base_client import Body, Operation, Param, ResponseSpec

CREATE_OTA_MODULE = Operation(
    operation_id="CreateOtaModule",
    method="POST",
    path="/v5/iot/{project_id}/ota-upgrades/modules",
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
            location="header",
            name="Instance-Id",
            kwarg="instance_id",
            annotation=str,
            required=False,
            client_default="instance_id",
        ),
    ),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.CreateOtaModuleRequest,
        required=True,
        fields={
            "app_id": "app_id",
            "product_id": "product_id",
            "module_name": "module_name",
            "alias_name": "alias_name",
            "description": "description",
        },
    ),
    responses={
        "201": ResponseSpec(models.OtaModule),
        "400": ResponseSpec(models.ErrorResponse),
        "401": ResponseSpec(models.ErrorResponse),
        "403": ResponseSpec(models.ErrorResponse),
        "500": ResponseSpec(models.ErrorResponse),
    },
)
DELETE_OTA_PACKAGE = Operation(
    operation_id="DeleteOtaPackage",
    method="DELETE",
    path="/v5/iot/{project_id}/ota-upgrades/packages/{package_id}",
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
            name="package_id",
            kwarg="package_id",
            annotation=Annotated[str, Field(max_length=36, pattern="^[A-Za-z0-9-]+$")],
            required=True,
        ),
        Param(
            location="header",
            name="Instance-Id",
            kwarg="instance_id",
            annotation=str,
            required=False,
            client_default="instance_id",
        ),
    ),
    body=None,
    responses={
        "204": ResponseSpec(None),
        "401": ResponseSpec(models.ErrorResponse),
        "403": ResponseSpec(models.ErrorResponse),
        "404": ResponseSpec(models.ErrorResponse),
        "500": ResponseSpec(models.ErrorResponse),
    },
)
UPDATE_PROVISIONING_TEMPLATE = Operation(
    operation_id="UpdateProvisioningTemplate",
    method="PUT",
    path="/v5/iot/{project_id}/provisioning-templates/{template_id}",
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
            name="template_id",
            kwarg="template_id",
            annotation=str,
            required=True,
        ),
        Param(
            location="header",
            name="Instance-Id",
            kwarg="instance_id",
            annotation=str,
            required=False,
            client_default="instance_id",
        ),
    ),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.UpdateProvisioningTemplateRequest,
        required=True,
        fields={
            "description": "description",
            "template_body": "template_body",
        },
    ),
    responses={
        "200": ResponseSpec(models.ProvisioningTemplate),
        "400": ResponseSpec(models.ErrorResponse),
        "403": ResponseSpec(models.ErrorResponse),
        "404": ResponseSpec(models.ErrorResponse),
        "500": ResponseSpec(models.ErrorResponse),
    },
)

OPERATIONS: dict[str, Operation] = {
    "create_ota_module": CREATE_OTA_MODULE,
    "delete_ota_package": DELETE_OTA_PACKAGE,
    "update_provisioning_template": UPDATE_PROVISIONING_TEMPLATE,
}
