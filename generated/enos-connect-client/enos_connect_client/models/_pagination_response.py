# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class PaginationResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    sorted_by: Annotated[
        Any | None,
        Field(alias="sortedBy", description="Sort keys the service applied (`null` when none)."),
    ] = None
    page_no: Annotated[
        int | None,
        Field(
            alias="pageNo",
            description="Number of this page.",
            ge=-2147483648,
            le=2147483647,
            exclude_if=is_none,
        ),
    ] = None
    page_size: Annotated[
        int | None,
        Field(
            alias="pageSize",
            description="Number of records a page.",
            ge=-2147483648,
            le=2147483647,
            exclude_if=is_none,
        ),
    ] = None
    total_size: Annotated[
        int | None,
        Field(
            alias="totalSize",
            description="Number of records that match the search, over all pages.",
            ge=-9223372036854775808,
            le=9223372036854775807,
            exclude_if=is_none,
        ),
    ] = None
