# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._provisioning_template_body import ProvisioningTemplateBody


class UpdateProvisioningTemplateRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    description: Annotated[
        str | None,
        Field(
            description="New description of the template. At most 2,048 characters: letters, digits and the special characters _?'#().,&%@!-. Spaces are not among them, so a description with spaces is refused before sending (pass `validate_requests=False` to the client to send one anyway).",
            max_length=2048,
            pattern="^[A-Za-z0-9_?'#().,&%@!-]*$",
            exclude_if=is_none,
        ),
    ] = None
    template_body: Annotated[
        ProvisioningTemplateBody | None,
        Field(description="New content of the template.", exclude_if=is_none),
    ] = None
