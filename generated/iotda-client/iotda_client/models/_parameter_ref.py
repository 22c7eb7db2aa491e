# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenStrEnum
from ._certificate_parameter_name import CertificateParameterName


class ParameterRef(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    ref: Annotated[
        OpenStrEnum[CertificateParameterName],
        Field(
            description="Name of the referenced parameter: one of the certificate parameter names the platform defines (only those can be declared)."
        ),
    ]
