# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._ota_package_file_location import OtaPackageFileLocation


class OtaPackage(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    package_id: Annotated[
        str | None,
        Field(description="ID of the package, allocated by the platform.", exclude_if=is_none),
    ] = None
    app_id: Annotated[
        str | None, Field(description="Resource space the package belongs to.", exclude_if=is_none)
    ] = None
    package_type: Annotated[
        str | None,
        Field(
            description="Kind of package: `softwarePackage`, `firmwarePackage` or `modulePackage` (other values may appear).",
            exclude_if=is_none,
        ),
    ] = None
    product_id: Annotated[
        str | None, Field(description="Product the package is for.", exclude_if=is_none)
    ] = None
    product_name: Annotated[
        str | None, Field(description="Name of the product the package is for.", exclude_if=is_none)
    ] = None
    module_name: Annotated[
        str | None,
        Field(description="OTA module the package is for (module packages).", exclude_if=is_none),
    ] = None
    version: Annotated[
        str | None, Field(description="Version of the package.", exclude_if=is_none)
    ] = None
    support_source_versions: Annotated[
        list[str] | None,
        Field(
            description="Versions a device may run to be upgraded with this package.",
            exclude_if=is_none,
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="What the package does.", exclude_if=is_none)
    ] = None
    custom_info: Annotated[
        str | None,
        Field(
            description="Free information pushed to the device with the upgrade notification.",
            exclude_if=is_none,
        ),
    ] = None
    create_time: Annotated[
        str | None,
        Field(
            description="When the package was registered (yyyyMMdd'T'HHmmss'Z', UTC).",
            exclude_if=is_none,
        ),
    ] = None
    file_location: Annotated[
        OtaPackageFileLocation | None,
        Field(
            description="Where the package file is stored (detail and create answers only).",
            exclude_if=is_none,
        ),
    ] = None
