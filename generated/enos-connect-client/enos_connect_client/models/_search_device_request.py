# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._pagination_request import PaginationRequest


class SearchDeviceRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    expression: Annotated[
        str | None,
        Field(
            description="Query expression over `productKey`, `deviceKey`, `assetId` (operators\n`=` and `in`), `productType` (`=`, values `Device` and `Gateway`),\n`deviceName` (fuzzy `like`, also `deviceName.default`,\n`deviceName.zh_CN`, `deviceName.en_US`) and `status` (`=`, values\n`inactive`, `online`, `offline`, `disable`). Example:\n`productKey = 'abc' and status = 'online'`.\n",
            exclude_if=is_none,
        ),
    ] = None
    pagination: Annotated[
        PaginationRequest | None,
        Field(description="Page to return; 10 devices a page when omitted.", exclude_if=is_none),
    ] = None
    projection: Annotated[
        list[str] | None,
        Field(
            description="Fields of each device to return (the vendor's projection); all fields when omitted.",
            exclude_if=is_none,
        ),
    ] = None
