"""An IoTDA user reads plain ``str`` timestamps and a map keyed by enum values."""

from __future__ import annotations

from iotda_client import models


def summary(template: models.ProvisioningTemplate) -> list[str]:
    created: str | None = template.create_time  # a plain str, no RootModel wrapper
    lines = [created or "unknown"]
    body = template.template_body
    if body is not None:
        for name, parameter in (body.parameters or {}).items():
            if name == models.CertificateParameterName.COUNTRY:
                lines.append("country")
            elif isinstance(name, str):
                lines.append(name)
            lines.append(parameter.type_ or "untyped")
    return lines


def build() -> models.TagRef:
    return models.TagRef(
        tag_key="k", tag_value=models.ParameterRef(ref="iotda::certificate::country")
    )
