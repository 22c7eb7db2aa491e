# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class Error(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    code: Annotated[int, Field(ge=-2147483648, le=2147483647)]
    message: str
