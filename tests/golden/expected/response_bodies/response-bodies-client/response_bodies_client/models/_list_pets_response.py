# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class ListPetsResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    names: Annotated[list[str] | None, Field(exclude_if=is_none)] = None
    total: Annotated[int | None, Field(exclude_if=is_none)] = None
