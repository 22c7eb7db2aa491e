# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document. Each description is made on first use (module
``__getattr__``, PEP 562), so importing the package loads no model an operation names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Annotated, Any, Literal

from pydantic import Field

from . import models
from ._base_client import Body, Operation, Param, ResponseSpec
from ._pagination import PageSpec

LIST_OTA_MODULES: Operation
CREATE_OTA_MODULE: Operation
SHOW_OTA_MODULE: Operation
UPDATE_OTA_MODULE: Operation
DELETE_OTA_MODULE: Operation
LIST_OTA_PACKAGE_INFO: Operation
CREATE_OTA_PACKAGE: Operation
SHOW_OTA_PACKAGE: Operation
DELETE_OTA_PACKAGE: Operation
LIST_PROVISIONING_TEMPLATES: Operation
CREATE_PROVISIONING_TEMPLATE: Operation
SHOW_PROVISIONING_TEMPLATE: Operation
UPDATE_PROVISIONING_TEMPLATE: Operation
DELETE_PROVISIONING_TEMPLATE: Operation
OPERATIONS: dict[str, Operation]


def _make_list_ota_modules() -> Operation:
    return Operation(
        operation_id="ListOtaModules",
        method="GET",
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
                location="query",
                name="app_id",
                kwarg="app_id",
                annotation=Annotated[str, Field(max_length=36, pattern="^[A-Za-z0-9_-]+$")],
                required=True,
            ),
            Param(
                location="query",
                name="product_id",
                kwarg="product_id",
                annotation=Annotated[str, Field(max_length=36, pattern="^[A-Za-z0-9_-]+$")],
                required=False,
            ),
            Param(
                location="query",
                name="limit",
                kwarg="limit",
                annotation=Annotated[int, Field(ge=1, le=50)],
                required=False,
            ),
            Param(
                location="query",
                name="marker",
                kwarg="marker",
                annotation=Annotated[str, Field(pattern="^[0-9A-Fa-f]{24}$")],
                required=False,
            ),
            Param(
                location="query",
                name="offset",
                kwarg="offset",
                annotation=Annotated[int, Field(ge=0, le=500)],
                required=False,
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
            "200": ResponseSpec(models.ListOtaModulesResponse),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


LIST_OTA_MODULES_PAGES = PageSpec(
    style="cursor",
    items=("modules",),
    default_page_size=10,
    page_size=("limit",),
    cursor=("marker",),
    next_cursor=("page", "marker"),
    offset=(),
    page=(),
    first_page=1,
    total=("page", "count"),
    first_page_only=(("offset",),),
    data_field=None,
)


def _make_create_ota_module() -> Operation:
    return Operation(
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


def _make_show_ota_module() -> Operation:
    return Operation(
        operation_id="ShowOtaModule",
        method="GET",
        path="/v5/iot/{project_id}/ota-upgrades/modules/{module_id}",
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
                name="module_id",
                kwarg="module_id",
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
            "200": ResponseSpec(models.OtaModule),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_update_ota_module() -> Operation:
    return Operation(
        operation_id="UpdateOtaModule",
        method="PUT",
        path="/v5/iot/{project_id}/ota-upgrades/modules/{module_id}",
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
                name="module_id",
                kwarg="module_id",
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
        body=Body(
            kwarg="body",
            media_type="application/json",
            annotation=models.UpdateOtaModuleRequest,
            required=True,
            fields={
                "alias_name": "alias_name",
                "description": "description",
            },
        ),
        responses={
            "200": ResponseSpec(models.OtaModule),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_delete_ota_module() -> Operation:
    return Operation(
        operation_id="DeleteOtaModule",
        method="DELETE",
        path="/v5/iot/{project_id}/ota-upgrades/modules/{module_id}",
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
                name="module_id",
                kwarg="module_id",
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
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_list_ota_package_info() -> Operation:
    return Operation(
        operation_id="ListOtaPackageInfo",
        method="GET",
        path="/v5/iot/{project_id}/ota-upgrades/packages",
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
                location="query",
                name="package_type",
                kwarg="package_type",
                annotation=Literal["softwarePackage", "firmwarePackage", "modulePackage"],
                required=True,
            ),
            Param(
                location="query",
                name="app_id",
                kwarg="app_id",
                annotation=Annotated[str, Field(max_length=36, pattern="^[A-Za-z0-9_-]+$")],
                required=False,
            ),
            Param(
                location="query",
                name="product_id",
                kwarg="product_id",
                annotation=Annotated[str, Field(max_length=36, pattern="^[A-Za-z0-9_-]+$")],
                required=False,
            ),
            Param(
                location="query",
                name="version",
                kwarg="version",
                annotation=Annotated[str, Field(max_length=256, pattern="^[A-Za-z0-9_.-]+$")],
                required=False,
            ),
            Param(
                location="query",
                name="limit",
                kwarg="limit",
                annotation=Annotated[int, Field(ge=1, le=50)],
                required=False,
            ),
            Param(
                location="query",
                name="marker",
                kwarg="marker",
                annotation=Annotated[str, Field(pattern="^[0-9A-Fa-f]{24}$")],
                required=False,
            ),
            Param(
                location="query",
                name="offset",
                kwarg="offset",
                annotation=Annotated[int, Field(ge=0, le=500)],
                required=False,
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
            "200": ResponseSpec(models.ListOtaPackagesResponse),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


LIST_OTA_PACKAGE_INFO_PAGES = PageSpec(
    style="cursor",
    items=("packages",),
    default_page_size=10,
    page_size=("limit",),
    cursor=("marker",),
    next_cursor=("page", "marker"),
    offset=(),
    page=(),
    first_page=1,
    total=("page", "count"),
    first_page_only=(("offset",),),
    data_field=None,
)


def _make_create_ota_package() -> Operation:
    return Operation(
        operation_id="CreateOtaPackage",
        method="POST",
        path="/v5/iot/{project_id}/ota-upgrades/packages",
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
            annotation=models.CreateOtaPackageRequest,
            required=True,
            fields={
                "app_id": "app_id",
                "package_type": "package_type",
                "product_id": "product_id",
                "version": "version",
                "file_location": "file_location",
                "module_name": "module_name",
                "support_source_versions": "support_source_versions",
                "description": "description",
                "custom_info": "custom_info",
            },
        ),
        responses={
            "201": ResponseSpec(models.OtaPackage),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_show_ota_package() -> Operation:
    return Operation(
        operation_id="ShowOtaPackage",
        method="GET",
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
            "200": ResponseSpec(models.OtaPackage),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_delete_ota_package() -> Operation:
    return Operation(
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


def _make_list_provisioning_templates() -> Operation:
    return Operation(
        operation_id="ListProvisioningTemplates",
        method="GET",
        path="/v5/iot/{project_id}/provisioning-templates",
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
                location="query",
                name="template_name",
                kwarg="template_name",
                annotation=Annotated[str, Field(max_length=128, pattern="^[A-Za-z0-9_-]+$")],
                required=False,
            ),
            Param(
                location="query",
                name="limit",
                kwarg="limit",
                annotation=Annotated[int, Field(ge=1, le=50)],
                required=False,
            ),
            Param(
                location="query",
                name="marker",
                kwarg="marker",
                annotation=Annotated[str, Field(pattern="^[0-9A-Fa-f]{24}$")],
                required=False,
            ),
            Param(
                location="query",
                name="offset",
                kwarg="offset",
                annotation=Annotated[int, Field(ge=0, le=500)],
                required=False,
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
            "200": ResponseSpec(models.ListProvisioningTemplatesResponse),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


LIST_PROVISIONING_TEMPLATES_PAGES = PageSpec(
    style="cursor",
    items=("templates",),
    default_page_size=10,
    page_size=("limit",),
    cursor=("marker",),
    next_cursor=("page", "marker"),
    offset=(),
    page=(),
    first_page=1,
    total=("page", "count"),
    first_page_only=(("offset",),),
    data_field=None,
)


def _make_create_provisioning_template() -> Operation:
    return Operation(
        operation_id="CreateProvisioningTemplate",
        method="POST",
        path="/v5/iot/{project_id}/provisioning-templates",
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
            annotation=models.CreateProvisioningTemplateRequest,
            required=True,
            fields={
                "template_name": "template_name",
                "template_body": "template_body",
                "description": "description",
            },
        ),
        responses={
            "201": ResponseSpec(models.ProvisioningTemplate),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_show_provisioning_template() -> Operation:
    return Operation(
        operation_id="ShowProvisioningTemplate",
        method="GET",
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
        body=None,
        responses={
            "200": ResponseSpec(models.ProvisioningTemplate),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


def _make_update_provisioning_template() -> Operation:
    return Operation(
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


def _make_delete_provisioning_template() -> Operation:
    return Operation(
        operation_id="DeleteProvisioningTemplate",
        method="DELETE",
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
        body=None,
        responses={
            "204": ResponseSpec(None),
            "400": ResponseSpec(models.ErrorResponse),
            "401": ResponseSpec(models.ErrorResponse),
            "403": ResponseSpec(models.ErrorResponse),
            "404": ResponseSpec(models.ErrorResponse),
            "500": ResponseSpec(models.ErrorResponse),
        },
    )


_BUILDERS: dict[str, Callable[[], Operation]] = {
    "LIST_OTA_MODULES": _make_list_ota_modules,
    "CREATE_OTA_MODULE": _make_create_ota_module,
    "SHOW_OTA_MODULE": _make_show_ota_module,
    "UPDATE_OTA_MODULE": _make_update_ota_module,
    "DELETE_OTA_MODULE": _make_delete_ota_module,
    "LIST_OTA_PACKAGE_INFO": _make_list_ota_package_info,
    "CREATE_OTA_PACKAGE": _make_create_ota_package,
    "SHOW_OTA_PACKAGE": _make_show_ota_package,
    "DELETE_OTA_PACKAGE": _make_delete_ota_package,
    "LIST_PROVISIONING_TEMPLATES": _make_list_provisioning_templates,
    "CREATE_PROVISIONING_TEMPLATE": _make_create_provisioning_template,
    "SHOW_PROVISIONING_TEMPLATE": _make_show_provisioning_template,
    "UPDATE_PROVISIONING_TEMPLATE": _make_update_provisioning_template,
    "DELETE_PROVISIONING_TEMPLATE": _make_delete_provisioning_template,
}
#: Method name -> the name of its operation.
_METHODS: dict[str, str] = {
    "list_ota_modules": "LIST_OTA_MODULES",
    "create_ota_module": "CREATE_OTA_MODULE",
    "show_ota_module": "SHOW_OTA_MODULE",
    "update_ota_module": "UPDATE_OTA_MODULE",
    "delete_ota_module": "DELETE_OTA_MODULE",
    "list_ota_package_info": "LIST_OTA_PACKAGE_INFO",
    "create_ota_package": "CREATE_OTA_PACKAGE",
    "show_ota_package": "SHOW_OTA_PACKAGE",
    "delete_ota_package": "DELETE_OTA_PACKAGE",
    "list_provisioning_templates": "LIST_PROVISIONING_TEMPLATES",
    "create_provisioning_template": "CREATE_PROVISIONING_TEMPLATE",
    "show_provisioning_template": "SHOW_PROVISIONING_TEMPLATE",
    "update_provisioning_template": "UPDATE_PROVISIONING_TEMPLATE",
    "delete_provisioning_template": "DELETE_PROVISIONING_TEMPLATE",
}
_LOCK = threading.RLock()


def _operation(name: str) -> Operation:
    """The operation called ``name``, made once."""
    with _LOCK:
        made: Operation | None = globals().get(name)
        if made is None:
            made = _BUILDERS[name]()
            globals()[name] = made
        return made


def __getattr__(name: str) -> Any:
    if name in _BUILDERS:
        return _operation(name)
    if name == "OPERATIONS":
        with _LOCK:
            table = {method: _operation(const) for method, const in _METHODS.items()}
            globals()["OPERATIONS"] = table
        return table
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
