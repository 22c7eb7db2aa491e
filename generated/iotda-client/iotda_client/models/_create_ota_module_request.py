# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class CreateOtaModuleRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    app_id: Annotated[
        str,
        Field(
            description="Resource space the new module belongs to; useful when the account has several resource spaces. Up to 36 characters: letters, digits, underscores and hyphens.",
            max_length=36,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    product_id: Annotated[
        str,
        Field(
            description="ID of the product the module belongs to, as allocated by the platform when the product was created. Up to 36 characters: letters, digits, underscores and hyphens.",
            max_length=36,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    module_name: Annotated[
        str,
        Field(
            description="Name of the OTA module; unique within the product and immutable once created. Up to 64 characters: letters, digits, underscores, hyphens and periods.",
            max_length=64,
            pattern="^[A-Za-z0-9_.-]+$",
        ),
    ]
    alias_name: Annotated[
        str | None,
        Field(
            description='Alias (display name) of the OTA module. Up to 64 characters: letters, digits, underscores, hyphens, periods and spaces. The vendor\'s example is "Micro Controller Unit", so spaces are accepted; Chinese characters are accepted too.',
            max_length=64,
            pattern="^[A-Za-z0-9_. 一-龥-]+$",
            exclude_if=is_none,
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="What the module does. At most 1,024 characters.",
            max_length=1024,
            exclude_if=is_none,
        ),
    ] = None
