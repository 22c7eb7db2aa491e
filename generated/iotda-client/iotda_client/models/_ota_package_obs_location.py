# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class OtaPackageObsLocation(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    region_name: Annotated[
        str | None, Field(description="Region of the OBS bucket.", exclude_if=is_none)
    ] = None
    bucket_name: Annotated[
        str | None, Field(description="Name of the OBS bucket.", exclude_if=is_none)
    ] = None
    object_key: Annotated[
        str | None,
        Field(description="Name of the object, including its folder path.", exclude_if=is_none),
    ] = None
    sign_method: Annotated[
        str | None, Field(description="Signature algorithm of `sign` (SHA256).", exclude_if=is_none)
    ] = None
    sign: Annotated[
        str | None, Field(description="SHA-256 signature of the package.", exclude_if=is_none)
    ] = None
