# Generated from tests/golden/specs/closed_objects.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class SettingsPatch(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        json_schema_extra={"additionalProperties": False, "minProperties": 1, "maxProperties": 2},
        extra="allow",
    )
    name: Annotated[str | None, Field(exclude_if=is_none)] = None
    level: Annotated[int | None, Field(exclude_if=is_none)] = None
    mode: Annotated[str | None, Field(exclude_if=is_none)] = None
