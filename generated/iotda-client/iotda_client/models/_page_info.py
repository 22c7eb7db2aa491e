# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class PageInfo(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    count: Annotated[
        int | None,
        Field(
            description="Number of records that match the query, over all pages.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
    marker: Annotated[
        str | None,
        Field(
            description="ID of the last record of this page; pass it as `marker` to get the next page.",
            exclude_if=is_none,
        ),
    ] = None
