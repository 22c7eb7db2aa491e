# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._product import Product


class ListProductsResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    total: Annotated[
        int | None,
        Field(
            description="Number of products that match the query, over all pages.",
            ge=-2147483648,
            le=2147483647,
            exclude_if=is_none,
        ),
    ] = None
    size: Annotated[
        int | None,
        Field(
            description="Number of products on this page.",
            ge=-2147483648,
            le=2147483647,
            exclude_if=is_none,
        ),
    ] = None
    items: Annotated[
        list[Product] | None, Field(description="The products of this page.", exclude_if=is_none)
    ] = None
