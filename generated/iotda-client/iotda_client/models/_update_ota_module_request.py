# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class UpdateOtaModuleRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    alias_name: Annotated[
        str | None,
        Field(
            description="New alias of the module. Up to 64 characters: letters, digits, underscores, hyphens, periods, spaces and Chinese characters, the same rule as when the module is created (the vendor's create example uses spaces, and the SDK's description allows Chinese characters).",
            max_length=64,
            pattern="^[A-Za-z0-9_. 一-龥-]+$",
            exclude_if=is_none,
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="New description of what the module does. At most 1,024 characters.",
            max_length=1024,
            exclude_if=is_none,
        ),
    ] = None
