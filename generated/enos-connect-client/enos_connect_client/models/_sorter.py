# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenStrEnum, is_none
from ._order import Order


class Sorter(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    field: Annotated[str, Field(description="Name of the field to sort by.")]
    order: Annotated[
        OpenStrEnum[Order] | None,
        Field(description="`ASC` for ascending, `DESC` for descending.", exclude_if=is_none),
    ] = None
