# Generated from tests/golden/specs/formats.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class Event(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        json_schema_extra={
            "formats": {
                "contact": "email",
                "at": "date-time",
                "day": "date",
                "source": "ipv4",
                "source6": "ipv6",
                "link": "uri",
                "ref": "uuid",
            }
        },
        extra="allow",
    )
    contact: str
    at: Annotated[str | None, Field(exclude_if=is_none)] = None
    day: Annotated[str | None, Field(exclude_if=is_none)] = None
    source: Annotated[str | None, Field(exclude_if=is_none)] = None
    source6: Annotated[str | None, Field(exclude_if=is_none)] = None
    link: Annotated[str | None, Field(exclude_if=is_none)] = None
    ref: Annotated[str | None, Field(exclude_if=is_none)] = None
