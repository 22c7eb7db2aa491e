# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class ParameterRefInfo(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    ref: Annotated[
        str | None,
        Field(
            description="Name of the referenced parameter, for example `iotda::certificate::common_name`.",
            exclude_if=is_none,
        ),
    ] = None
