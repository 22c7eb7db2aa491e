# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._template_parameter_info import TemplateParameterInfo
from ._template_resource_info import TemplateResourceInfo


class ProvisioningTemplateBodyInfo(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    parameters: Annotated[
        dict[str, TemplateParameterInfo] | None,
        Field(
            description="Parameters the template declares, keyed by parameter name (for example `iotda::certificate::country`).",
            exclude_if=is_none,
        ),
    ] = None
    resources: Annotated[
        TemplateResourceInfo | None,
        Field(description="Device resources the template creates.", exclude_if=is_none),
    ] = None
