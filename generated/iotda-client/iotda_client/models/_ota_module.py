# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class OtaModule(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    module_id: Annotated[
        str | None, Field(description="ID of the OTA module.", exclude_if=is_none)
    ] = None
    app_id: Annotated[
        str | None,
        Field(description="ID of the resource space the module belongs to.", exclude_if=is_none),
    ] = None
    product_id: Annotated[
        str | None,
        Field(description="ID of the product the module belongs to.", exclude_if=is_none),
    ] = None
    product_name: Annotated[
        str | None,
        Field(description="Name of the product the module belongs to.", exclude_if=is_none),
    ] = None
    module_name: Annotated[
        str | None, Field(description="Name of the OTA module.", exclude_if=is_none)
    ] = None
    alias_name: Annotated[
        str | None, Field(description="Alias of the OTA module.", exclude_if=is_none)
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the module.", exclude_if=is_none)
    ] = None
    create_time: Annotated[
        str | None,
        Field(
            description="When the module was created (yyyyMMdd'T'HHmmss'Z', UTC).",
            exclude_if=is_none,
        ),
    ] = None
