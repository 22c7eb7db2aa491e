# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import OpenStrEnum
from ._certificate_parameter_name import CertificateParameterName
from ._template_parameter import TemplateParameter
from ._template_resource import TemplateResource


class ProvisioningTemplateBody(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    parameters: Annotated[
        dict[OpenStrEnum[CertificateParameterName], TemplateParameter],
        Field(
            description='Parameters the template declares, keyed by parameter name, in the form\n`{"<parameter>": {"type": "String"}}`. Values are taken from the user\nfields of the device\'s pre-provisioning certificate, which must contain\nevery parameter the template references. The platform defines the names\nthat may be declared:\n\n* `iotda::certificate::country`: country/region (C)\n* `iotda::certificate::organization`: organization (O)\n* `iotda::certificate::organizational_unit`: organizational unit (OU)\n* `iotda::certificate::distinguished_name_qualifier`: distinguished name qualifier (dnQualifier)\n* `iotda::certificate::state_name`: state or province (ST)\n* `iotda::certificate::common_name`: common name (CN)\n* `iotda::certificate::serial_number`: serial number (serialNumber)\n'
        ),
    ]
    resources: Annotated[
        TemplateResource, Field(description="Device resources the template creates.")
    ]
