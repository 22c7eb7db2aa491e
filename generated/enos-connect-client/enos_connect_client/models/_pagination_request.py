# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._sorter import Sorter


class PaginationRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    page_no: Annotated[
        int,
        Field(
            alias="pageNo",
            description="Number of the page to return, starting from 1.",
            ge=1,
            le=2147483647,
        ),
    ]
    page_size: Annotated[
        int,
        Field(
            alias="pageSize",
            description="Number of records a page, greater than 0.",
            ge=1,
            le=2147483647,
        ),
    ]
    sorters: Annotated[
        list[Sorter] | None, Field(description="How to sort the records.", exclude_if=is_none)
    ] = None
