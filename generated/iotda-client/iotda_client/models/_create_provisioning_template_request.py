# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._provisioning_template_body import ProvisioningTemplateBody


class CreateProvisioningTemplateRequest(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    template_name: Annotated[
        str,
        Field(
            description="Name of the template. At most 128 characters: letters, digits, underscores and hyphens.",
            max_length=128,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    description: Annotated[
        str | None,
        Field(
            description="Description of the template. At most 2,048 characters; only letters, digits and the special characters _?'#().,&%@!- are allowed.",
            max_length=2048,
            pattern="^[A-Za-z0-9_?'#().,&%@!-]*$",
            exclude_if=is_none,
        ),
    ] = None
    template_body: Annotated[
        ProvisioningTemplateBody, Field(description="Content of the template.")
    ]
