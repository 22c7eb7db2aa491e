# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenIntEnum, is_none
from ._data_format import DataFormat
from ._product_type import ProductType
from ._protocol_type import ProtocolType


class CreateProductRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    app_id: Annotated[
        str,
        Field(
            description="ID of the application the product belongs to, 1 to 36 characters.",
            max_length=36,
            min_length=1,
        ),
    ]
    name: Annotated[
        str,
        Field(
            description="Product name, unique within the tenant. 1 to 64 characters: letters, digits, underscores and hyphens.",
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    manufacturer_id: Annotated[
        str,
        Field(
            description="ID of the product's manufacturer, 2 to 50 characters.",
            max_length=50,
            min_length=2,
        ),
    ]
    manufacturer_name: Annotated[
        str,
        Field(
            description="Name of the manufacturer, 2 to 64 characters.", max_length=64, min_length=2
        ),
    ]
    model: Annotated[
        str, Field(description="Product model, 2 to 50 characters.", max_length=50, min_length=2)
    ]
    product_type: Annotated[
        OpenIntEnum[ProductType],
        Field(
            description="Kind of product:\n* 0: common product (sub-devices are not supported)\n* 1: gateway product\n"
        ),
    ]
    description: Annotated[
        str | None,
        Field(
            description="Product description, at most 200 characters.",
            max_length=200,
            exclude_if=is_none,
        ),
    ] = None
    protocol_type: Annotated[
        OpenIntEnum[ProtocolType],
        Field(
            description="Protocol the product's devices use:\n* 0: MQTT\n* 1: CoAP\n* 2: Modbus\n* 4: OPC UA\n* 5: extended protocol\n\n(The page also states a maximum of 4, which would exclude the\nextended protocol it lists; we accept every listed value.)\n"
        ),
    ]
    device_type: Annotated[
        str,
        Field(
            description="Device type of the product, 1 to 32 characters (default `Default`).",
            max_length=32,
            min_length=1,
        ),
    ] = "Default"
    template_id: Annotated[
        int | None,
        Field(
            description="ID of the product template to create the product from; omit it otherwise. 1 to 99999999999999999; the service rounds it down.",
            ge=1,
            le=99999999999999999,
            exclude_if=is_none,
        ),
    ] = None
    version: Annotated[
        str | None, Field(description="Version of the product model.", exclude_if=is_none)
    ] = None
    data_format: Annotated[
        OpenIntEnum[DataFormat] | None,
        Field(
            description="Format of the product's data:\n* 0: JSON\n* 1: user-defined\n",
            exclude_if=is_none,
        ),
    ] = None
