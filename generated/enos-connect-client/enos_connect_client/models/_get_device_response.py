# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._device import Device


class GetDeviceResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    code: Annotated[
        int, Field(description="Result code; 0 means success.", ge=-2147483648, le=2147483647)
    ]
    msg: Annotated[str, Field(description="Result message, `OK` on success.")]
    request_id: Annotated[
        str | None,
        Field(
            alias="requestId",
            description="ID of the request, to quote when asking the vendor for support.",
            exclude_if=is_none,
        ),
    ] = None
    data: Annotated[
        Device | None, Field(description="The device on success; `null` (or absent) on an error.")
    ] = None
