# Generated from tests/golden/specs/content.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class SubmitFormResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    accepted: Annotated[bool | None, Field(exclude_if=is_none)] = None
