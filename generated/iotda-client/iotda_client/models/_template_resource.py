# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._device_resource import DeviceResource
from ._policy_resource import PolicyResource


class TemplateResource(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    device: Annotated[DeviceResource, Field(description="The device the template registers.")]
    policy: Annotated[
        PolicyResource | None,
        Field(description="Policies bound to the registered device.", exclude_if=is_none),
    ] = None
