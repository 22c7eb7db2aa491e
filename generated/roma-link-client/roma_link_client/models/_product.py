# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenIntEnum, is_none
from ._authentication import Authentication
from ._created_user import CreatedUser
from ._data_format import DataFormat
from ._last_updated_user import LastUpdatedUser
from ._product_type import ProductType
from ._protocol_type import ProtocolType


class Product(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    permissions: Annotated[
        list[str] | None,
        Field(
            description="Permissions the caller has on the product (the example shows read, access, delete and modify).",
            exclude_if=is_none,
        ),
    ] = None
    id_: Annotated[
        int | None,
        Field(
            alias="id",
            description="Product ID.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    product_serial: Annotated[
        str | None,
        Field(
            description="Sequence number of the product, unique in the system; it identifies the product in MQS topics.",
            exclude_if=is_none,
        ),
    ] = None
    app_id: Annotated[
        str | None,
        Field(description="ID of the application the product belongs to.", exclude_if=is_none),
    ] = None
    name: Annotated[
        str | None, Field(description="Product name, unique within the tenant.", exclude_if=is_none)
    ] = None
    manufacturer_id: Annotated[
        str | None, Field(description="ID of the product's manufacturer.", exclude_if=is_none)
    ] = None
    manufacturer_name: Annotated[
        str | None, Field(description="Name of the manufacturer.", exclude_if=is_none)
    ] = None
    model: Annotated[str | None, Field(description="Product model.", exclude_if=is_none)] = None
    product_type: Annotated[
        OpenIntEnum[ProductType] | None,
        Field(
            description="Kind of product:\n* 0: common product (sub-devices are not supported)\n* 1: gateway product\n",
            exclude_if=is_none,
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="Product description.", exclude_if=is_none)
    ] = None
    protocol_type: Annotated[
        OpenIntEnum[ProtocolType] | None,
        Field(
            description="Protocol the product's devices use:\n* 0: MQTT\n* 1: CoAP\n* 2: Modbus\n* 4: OPC UA\n* 5: extended protocol\n",
            exclude_if=is_none,
        ),
    ] = None
    device_type: Annotated[
        str | None,
        Field(
            description="Device type of the product; the default is `Default`.", exclude_if=is_none
        ),
    ] = None
    version: Annotated[
        str | None, Field(description="Version of the product.", exclude_if=is_none)
    ] = None
    created_user: Annotated[
        CreatedUser | None, Field(description="User who created the product.", exclude_if=is_none)
    ] = None
    last_updated_user: Annotated[
        LastUpdatedUser | None,
        Field(description="User who last updated the product.", exclude_if=is_none),
    ] = None
    authentication: Annotated[
        Authentication | None,
        Field(description="Credentials of the product's devices.", exclude_if=is_none),
    ] = None
    created_datetime: Annotated[
        int | None,
        Field(
            description="Creation time, as milliseconds since the Unix epoch (UTC).",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    last_updated_datetime: Annotated[
        int | None,
        Field(
            description="Time of the last update, as milliseconds since the Unix epoch (UTC).",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    app_name: Annotated[
        str | None,
        Field(description="Name of the application the product belongs to.", exclude_if=is_none),
    ] = None
    data_format: Annotated[
        OpenIntEnum[DataFormat] | None,
        Field(
            description="Format of the product's data:\n* 0: JSON\n* 1: user-defined\n",
            exclude_if=is_none,
        ),
    ] = None
    template_id: Annotated[
        int | None,
        Field(
            description="ID of the product template the product is associated with.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    template_name: Annotated[
        str | None,
        Field(
            description="Name of the product template the product is associated with.",
            exclude_if=is_none,
        ),
    ] = None
    sync_template_date: Annotated[
        int | None,
        Field(
            description="Time of the last synchronization from the template, as milliseconds since the Unix epoch (UTC).",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
