# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._parameter_ref import ParameterRef


class TagRef(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    tag_key: Annotated[
        Annotated[
            str, Field(description="Static tag key.", max_length=64, pattern="^[A-Za-z0-9_.-]+$")
        ]
        | ParameterRef
        | None,
        Field(
            description="Tag key: either a static string (up to 64 characters: letters, digits, underscores, periods and hyphens; e.g. myTagKey) or a reference to a template parameter.",
            exclude_if=is_none,
        ),
    ] = None
    tag_value: Annotated[
        Annotated[
            str, Field(description="Static tag value.", max_length=128, pattern="^[A-Za-z0-9_.-]+$")
        ]
        | ParameterRef
        | None,
        Field(
            description="Tag value: either a static string (up to 128 characters: letters, digits, underscores, periods and hyphens; e.g. myTagValue) or a reference to a template parameter.",
            exclude_if=is_none,
        ),
    ] = None
