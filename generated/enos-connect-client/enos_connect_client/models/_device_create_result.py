# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class DeviceCreateResult(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    asset_id: Annotated[
        str | None,
        Field(
            alias="assetId",
            description="Asset ID the platform assigned to the new device.",
            exclude_if=is_none,
        ),
    ] = None
    product_key: Annotated[
        str | None,
        Field(
            alias="productKey",
            description="Key of the product the device belongs to.",
            exclude_if=is_none,
        ),
    ] = None
    device_key: Annotated[
        str | None,
        Field(
            alias="deviceKey",
            description="Key of the device (the given one, or the one the platform allocated).",
            exclude_if=is_none,
        ),
    ] = None
    device_secret: Annotated[
        str | None,
        Field(
            alias="deviceSecret",
            description="Secret of the device, encrypted; returned only when requireSecret was true.",
            exclude_if=is_none,
        ),
    ] = None
    session_key: Annotated[
        str | None,
        Field(
            alias="sessionKey",
            description="Session key of the device, encrypted; returned only when requireSecret was true.",
            exclude_if=is_none,
        ),
    ] = None
