# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._string_i18_n import StringI18N


class UpdateDeviceRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    timezone: Annotated[
        str | None,
        Field(
            description="Time zone of the device's location, for example `+08:00`. (The page marks it mandatory, but its own example omits it; optional here.)",
            exclude_if=is_none,
        ),
    ] = None
    device_name: Annotated[
        StringI18N | None,
        Field(
            alias="deviceName",
            description="New name of the device, with optional translations.",
            exclude_if=is_none,
        ),
    ] = None
    device_attributes: Annotated[
        dict[str, Any] | None,
        Field(
            alias="deviceAttributes",
            description="Attribute values to set, keyed by attribute identifier; values may be of any JSON type.",
            exclude_if=is_none,
        ),
    ] = None
    device_tags: Annotated[
        dict[str, str] | None,
        Field(
            alias="deviceTags",
            description="Tags of the device; both keys and values are strings.",
            exclude_if=is_none,
        ),
    ] = None
    device_desc: Annotated[
        str | None,
        Field(
            alias="deviceDesc",
            description="Free-text description of the device.",
            exclude_if=is_none,
        ),
    ] = None
