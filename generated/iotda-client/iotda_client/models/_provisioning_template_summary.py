# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class ProvisioningTemplateSummary(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    template_id: Annotated[
        str | None, Field(description="ID of the template.", exclude_if=is_none)
    ] = None
    template_name: Annotated[
        str | None, Field(description="Name of the template.", exclude_if=is_none)
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the template.", exclude_if=is_none)
    ] = None
    create_time: Annotated[
        str | None,
        Field(
            description="When the template was created (yyyyMMdd'T'HHmmss'Z', UTC).",
            exclude_if=is_none,
        ),
    ] = None
    update_time: Annotated[
        str | None,
        Field(
            description="When the template was last updated (yyyyMMdd'T'HHmmss'Z', UTC).",
            exclude_if=is_none,
        ),
    ] = None
