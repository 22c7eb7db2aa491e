# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class ErrorResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    error_code: Annotated[
        str | None,
        Field(
            description="Service error code, more specific than the HTTP status.",
            exclude_if=is_none,
        ),
    ] = None
    error_msg: Annotated[
        str | None,
        Field(description="Human-readable explanation of the error.", exclude_if=is_none),
    ] = None
    request_id: Annotated[
        str | None,
        Field(
            description="ID of the request, to quote when asking the vendor for support.",
            exclude_if=is_none,
        ),
    ] = None
