# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._string_i18_n import StringI18N


class CreateDeviceRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    product_key: Annotated[
        str,
        Field(
            alias="productKey",
            description="Key of the existing product the device is created under.",
        ),
    ]
    device_name: Annotated[
        StringI18N,
        Field(alias="deviceName", description="Name of the device, with optional translations."),
    ]
    timezone: Annotated[
        str,
        Field(
            description="Time zone of the device's location, for example `+08:00` (see the vendor's \"Timezone representation\" page for the accepted forms)."
        ),
    ]
    require_secret: Annotated[
        bool,
        Field(
            alias="requireSecret",
            description="`true`: return the device secret and session key, encrypted (the service account must have an RSA key pair). `false` (the default): do not return them.",
        ),
    ] = False
    device_attributes: Annotated[
        dict[str, Any] | None,
        Field(
            alias="deviceAttributes",
            description="Attribute values of the device, keyed by attribute identifier; values may be of any JSON type.",
            exclude_if=is_none,
        ),
    ] = None
    device_key: Annotated[
        str | None,
        Field(
            alias="deviceKey",
            description="Key of the device; when omitted the platform allocates one.",
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
    device_tags: Annotated[
        dict[str, str] | None,
        Field(
            alias="deviceTags",
            description="Tags of the device; both keys and values are strings.",
            exclude_if=is_none,
        ),
    ] = None
