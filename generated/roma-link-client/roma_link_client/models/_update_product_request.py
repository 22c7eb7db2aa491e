# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class UpdateProductRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    name: Annotated[
        str,
        Field(
            description="Product name, unique within the tenant. At most 64 characters: letters, digits, underscores and hyphens.",
            max_length=64,
            pattern="^[A-Za-z0-9_-]+$",
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
    manufacturer_id: Annotated[
        str,
        Field(
            description="ID of the product's manufacturer. 2 to 50 characters: letters, digits, underscores and hyphens.",
            max_length=50,
            min_length=2,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    manufacturer_name: Annotated[
        str,
        Field(
            description="Name of the manufacturer, 2 to 64 characters.", max_length=64, min_length=2
        ),
    ]
    model: Annotated[
        str,
        Field(
            description="Product model. 2 to 50 characters: letters, digits, underscores, hyphens and spaces; the service ignores leading and trailing spaces.",
            max_length=50,
            min_length=2,
            pattern="^[A-Za-z0-9_ -]+$",
        ),
    ]
    device_type: Annotated[
        str,
        Field(
            description="Device type of the product; the default is `Default`. Any string is accepted (the vendor publishes no list of values, and its own example answers `default` to a request sending `Default`)."
        ),
    ]
    version: Annotated[
        str | None, Field(description="Version of the product model.", exclude_if=is_none)
    ] = None
