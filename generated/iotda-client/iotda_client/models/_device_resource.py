# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._parameter_ref import ParameterRef
from ._tag_ref import TagRef


class DeviceResource(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    device_name: Annotated[
        ParameterRef | None,
        Field(description="Device name, taken from a template parameter.", exclude_if=is_none),
    ] = None
    node_id: Annotated[
        ParameterRef, Field(description="Node ID of the device, taken from a template parameter.")
    ]
    product_id: Annotated[
        Annotated[
            str, Field(description="Static product ID.", max_length=36, pattern="^[A-Za-z0-9_-]+$")
        ]
        | ParameterRef,
        Field(
            description='Product the device belongs to: either a static product ID (up to 36 characters: letters, digits, underscores and hyphens; e.g. 642bf260f2f9030e44210d8d) or a reference to a template parameter (e.g. {"ref": "iotda::certificate::country"}).'
        ),
    ]
    tags: Annotated[
        list[TagRef] | None, Field(description="Tags bound to the device.", exclude_if=is_none)
    ] = None
