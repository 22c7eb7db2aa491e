# Generated from tests/golden/specs/naming.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenStrEnum, is_none
from ._order import Order


class Item(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    id_: Annotated[int, Field(alias="id")]
    class_: Annotated[str | None, Field(alias="class", exclude_if=is_none)] = None
    order: Annotated[OpenStrEnum[Order] | None, Field(alias="Order", exclude_if=is_none)] = None
