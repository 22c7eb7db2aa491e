# Generated from tests/golden/specs/single_enum.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenStrEnum, is_none
from ._version import Version


class Job(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    name: str
    version: Annotated[OpenStrEnum[Version] | None, Field(exclude_if=is_none)] = None
    priority: Annotated[Literal[5] | None, Field(exclude_if=is_none)] = None
