# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenStrEnum, is_none
from ._file_location import FileLocation
from ._ota_package_type import OtaPackageType


class CreateOtaPackageRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    app_id: Annotated[
        str,
        Field(
            description="Resource space the package belongs to. Up to 36 characters: letters, digits, underscores and hyphens.",
            max_length=36,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    package_type: Annotated[OpenStrEnum[OtaPackageType], Field(description="Kind of package.")]
    product_id: Annotated[
        str,
        Field(
            description="Product the package is for. Up to 36 characters: letters, digits, underscores and hyphens.",
            max_length=36,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    module_name: Annotated[
        str | None,
        Field(
            description="OTA module the package is for; used when `package_type` is `modulePackage`. Up to 64 characters: letters, digits, underscores, hyphens and periods.",
            max_length=64,
            pattern="^[A-Za-z0-9_.-]+$",
            exclude_if=is_none,
        ),
    ] = None
    version: Annotated[
        str,
        Field(
            description="Version of the package. Up to 256 characters: letters, digits, underscores, hyphens and periods. (Mandatory in the SDK's model.)",
            max_length=256,
            pattern="^[A-Za-z0-9_.-]+$",
        ),
    ]
    support_source_versions: Annotated[
        list[Annotated[str, Field(description="One source version.", pattern="^[A-Za-z0-9_.-]+$")]]
        | None,
        Field(
            description="Versions a device may run to be upgraded with this package; at most 20. Each: letters, digits, underscores, hyphens and periods.",
            max_length=20,
            exclude_if=is_none,
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="What the package does. At most 1,024 characters.",
            max_length=1024,
            exclude_if=is_none,
        ),
    ] = None
    custom_info: Annotated[
        str | None,
        Field(
            description="Free information pushed to the device with the upgrade notification of an upgrade task that uses this package. At most 4,096 characters.",
            max_length=4096,
            exclude_if=is_none,
        ),
    ] = None
    file_location: Annotated[FileLocation, Field(description="Where the package file is stored.")]
