# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._page_info import PageInfo
from ._provisioning_template_summary import ProvisioningTemplateSummary


class ListProvisioningTemplatesResponse(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    templates: Annotated[
        list[ProvisioningTemplateSummary] | None,
        Field(description="The templates of this page.", exclude_if=is_none),
    ] = None
    page: Annotated[
        PageInfo | None, Field(description="Paging information.", exclude_if=is_none)
    ] = None
