# Generated from tests/golden/specs/composition.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._base import Base


class Node(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    name: Annotated[str | None, Field(exclude_if=is_none)] = None
    parent: Annotated[Node | None, Field(exclude_if=is_none)] = None
    payload: Annotated[str | Base | None, Field(exclude_if=is_none)] = None
