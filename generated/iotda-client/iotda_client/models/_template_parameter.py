# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenStrEnum
from ._type import Type


class TemplateParameter(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    type_: Annotated[
        OpenStrEnum[Type],
        Field(alias="type", description="Type of the parameter. Only `String` is supported."),
    ]
