# Generated from tests/golden/specs/required_undeclared.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Label(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    name: str
    color: Any
