# Generated from tests/golden/specs/discriminator_default.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .._models import OpenStrEnum
from ._kind import Kind


class Circle(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    kind: OpenStrEnum[Kind] = "circle"
    radius: float
