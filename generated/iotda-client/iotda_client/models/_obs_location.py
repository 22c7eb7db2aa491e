# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenStrEnum, is_none
from ._sign_method import SignMethod


class ObsLocation(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    region_name: Annotated[
        str,
        Field(
            description="Region of the OBS bucket (see the OBS endpoints). Up to 256 characters: letters, digits and hyphens.",
            max_length=256,
            pattern="^[A-Za-z0-9-]+$",
        ),
    ]
    bucket_name: Annotated[
        str,
        Field(
            description="Name of the OBS bucket, 3 to 63 characters: lower-case letters, digits, hyphens and periods.",
            max_length=63,
            min_length=3,
            pattern="^[a-z0-9.-]+$",
        ),
    ]
    object_key: Annotated[
        str,
        Field(
            description="Name of the object, including its folder path. At most 1,024 characters.",
            max_length=1024,
        ),
    ]
    sign_method: Annotated[
        OpenStrEnum[SignMethod] | None,
        Field(
            description="Signature algorithm of `sign`; only `SHA256` (the default when omitted).",
            exclude_if=is_none,
        ),
    ] = None
    sign: Annotated[
        str | None,
        Field(
            description="SHA-256 signature of the package, sent to the device with the upgrade notification. 64 hexadecimal characters.",
            pattern="^[A-Fa-f0-9]{64}$",
            exclude_if=is_none,
        ),
    ] = None
