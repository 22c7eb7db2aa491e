# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._parameter_ref_info import ParameterRefInfo


class TagRefInfo(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    tag_key: Annotated[
        str | ParameterRefInfo | None,
        Field(
            description="Tag key, a static string or a reference to a template parameter.",
            exclude_if=is_none,
        ),
    ] = None
    tag_value: Annotated[
        str | ParameterRefInfo | None,
        Field(
            description="Tag value, a static string or a reference to a template parameter.",
            exclude_if=is_none,
        ),
    ] = None
