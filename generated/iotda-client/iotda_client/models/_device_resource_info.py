# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._parameter_ref_info import ParameterRefInfo
from ._tag_ref_info import TagRefInfo


class DeviceResourceInfo(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    device_name: Annotated[
        ParameterRefInfo | None,
        Field(description="Device name, taken from a template parameter.", exclude_if=is_none),
    ] = None
    node_id: Annotated[
        ParameterRefInfo | None,
        Field(
            description="Node ID of the device, taken from a template parameter.",
            exclude_if=is_none,
        ),
    ] = None
    product_id: Annotated[
        str | ParameterRefInfo | None,
        Field(
            description="Product the device belongs to: a static product ID or a reference to a template parameter.",
            exclude_if=is_none,
        ),
    ] = None
    tags: Annotated[
        list[TagRefInfo] | None, Field(description="Tags bound to the device.", exclude_if=is_none)
    ] = None
