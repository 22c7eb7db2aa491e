# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._device_create_result import DeviceCreateResult


class CreateDeviceResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    code: Annotated[
        int,
        Field(
            description="Result code. 0: success. Errors documented for this operation: 11702 DeviceKey existed, 11714 Generate deviceKey failed, 11739 Exceed max device size, 11858 Unable to find public key, 99400 Invalid arguments.",
            ge=-2147483648,
            le=2147483647,
        ),
    ]
    msg: Annotated[
        str, Field(description="Result message, `OK` on success, otherwise the error message.")
    ]
    request_id: Annotated[
        str | None,
        Field(
            alias="requestId",
            description="ID of the request, to quote when asking the vendor for support.",
            exclude_if=is_none,
        ),
    ] = None
    data: Annotated[
        DeviceCreateResult | None,
        Field(
            description="Result of the device creation on success; `null` or absent when `code` reports an error."
        ),
    ] = None
