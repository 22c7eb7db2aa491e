# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class CreatedUser(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    user_id: Annotated[str | None, Field(description="User ID (reserved).", exclude_if=is_none)] = (
        None
    )
    user_name: Annotated[str | None, Field(description="User name.", exclude_if=is_none)] = None
