# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._i18_n_name import I18NName


class Device(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    org_id: Annotated[
        str | None,
        Field(
            alias="orgId",
            description="Organization (OU) the device asset belongs to.",
            exclude_if=is_none,
        ),
    ] = None
    asset_id: Annotated[
        str | None,
        Field(alias="assetId", description="Asset ID of the device.", exclude_if=is_none),
    ] = None
    model_id: Annotated[
        str | None,
        Field(
            alias="modelId", description="ID of the model the asset belongs to.", exclude_if=is_none
        ),
    ] = None
    model_id_path: Annotated[
        str | None,
        Field(
            alias="modelIdPath",
            description="Path of model IDs from the root model to the device's model.",
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
    product_name: Annotated[
        I18NName | None,
        Field(alias="productName", description="Name of the product.", exclude_if=is_none),
    ] = None
    product_type: Annotated[
        str | None,
        Field(
            alias="productType",
            description="Kind of product, for example `Device` or `Gateway`.",
            exclude_if=is_none,
        ),
    ] = None
    data_format: Annotated[
        str | None,
        Field(
            alias="dataFormat",
            description="Data format: `Custom` (any user-defined format) or `Json` (the EnOS device protocol formats only).",
            exclude_if=is_none,
        ),
    ] = None
    device_key: Annotated[
        str | None, Field(alias="deviceKey", description="Key of the device.", exclude_if=is_none)
    ] = None
    device_name: Annotated[
        I18NName | None,
        Field(alias="deviceName", description="Name of the device.", exclude_if=is_none),
    ] = None
    device_secret: Annotated[
        str | None,
        Field(
            alias="deviceSecret", description="Connection secret of the device.", exclude_if=is_none
        ),
    ] = None
    device_desc: Annotated[
        str | None,
        Field(
            alias="deviceDesc",
            description="Description of the device (`null` when there is none, as the search sample shows).",
        ),
    ] = None
    timezone: Annotated[
        str | None,
        Field(
            description="Time zone of the device's location, for example `+08:00`.",
            exclude_if=is_none,
        ),
    ] = None
    device_attributes: Annotated[
        dict[str, Any] | None,
        Field(
            alias="deviceAttributes",
            description="Attribute values keyed by attribute ID; the value types follow the thing model.",
            exclude_if=is_none,
        ),
    ] = None
    device_tags: Annotated[
        dict[str, str] | None,
        Field(
            alias="deviceTags",
            description="Tags of the device; keys and values are strings.",
            exclude_if=is_none,
        ),
    ] = None
    create_time: Annotated[
        int | None,
        Field(
            alias="createTime",
            description="When the device was created, in milliseconds since the Unix epoch.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    status: Annotated[
        str | None,
        Field(
            description="Device status, for example `online`, `offline`, `inactive` or `disable`.",
            exclude_if=is_none,
        ),
    ] = None
    active_time: Annotated[
        int | None,
        Field(
            alias="activeTime",
            description="When the device was activated, in milliseconds since the Unix epoch (0 if never).",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    last_online_time: Annotated[
        int | None,
        Field(
            alias="lastOnlineTime",
            description="When the device last came online, in milliseconds since the Unix epoch.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    last_offline_time: Annotated[
        int | None,
        Field(
            alias="lastOfflineTime",
            description="When the device last went offline, in milliseconds since the Unix epoch.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    measurepoint_last_update: Annotated[
        int | None,
        Field(
            alias="measurepointLastUpdate",
            description="When a measurement point was last updated, in milliseconds since the Unix epoch.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    event_last_update: Annotated[
        int | None,
        Field(
            alias="eventLastUpdate",
            description="When an event was last updated, in milliseconds since the Unix epoch.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    attribute_last_update: Annotated[
        int | None,
        Field(
            alias="attributeLastUpdate",
            description="When an attribute was last updated, in milliseconds since the Unix epoch.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    feature_last_update: Annotated[
        int | None,
        Field(
            alias="featureLastUpdate",
            description="When a measurement point, an event or an attribute was last updated, in milliseconds since the Unix epoch.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
