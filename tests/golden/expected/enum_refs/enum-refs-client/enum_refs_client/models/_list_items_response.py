# Generated from tests/golden/specs/enum_refs.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenStrEnum, is_none
from ._order import Order


class ListItemsResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    order: Annotated[OpenStrEnum[Order] | None, Field(exclude_if=is_none)] = None
    items: Annotated[list[str] | None, Field(exclude_if=is_none)] = None
