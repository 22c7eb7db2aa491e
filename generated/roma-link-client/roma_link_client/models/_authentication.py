# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class Authentication(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    user_name: Annotated[
        str | None,
        Field(
            description="User name of the one-type-one-secret or one-device-one-secret credentials.",
            exclude_if=is_none,
        ),
    ] = None
    password: Annotated[
        str | None,
        Field(
            description="Password of the one-type-one-secret or one-device-one-secret credentials, as the service returns it (it may be masked, for example `***`). Passwords are set as 8 to 32 characters with at least one digit, one upper-case letter, one lower-case letter and one special character from ~!@#$%^&*()-_=+|[{}];:<>/?.",
            exclude_if=is_none,
        ),
    ] = None
