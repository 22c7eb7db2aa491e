# Generated from tests/golden/specs/adversarial.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class ImportResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    weird_key: Annotated[
        str | None, Field(alias="weird key\"'", description='"""', exclude_if=is_none)
    ] = None
    self_: Annotated[str | None, Field(alias="self", exclude_if=is_none)] = None
