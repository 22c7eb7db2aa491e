# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .._models import is_none


class StringI18N(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    default_value: Annotated[
        str | None,
        Field(
            alias="defaultValue",
            description="Name used when no translation for the caller's locale exists.",
            exclude_if=is_none,
        ),
    ] = None
    i18n_value: Annotated[
        dict[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}_[A-Z]{2}$")], str] | None,
        Field(
            alias="i18nValue",
            description="Translations keyed by locale in language_COUNTRY form; the platform supports `zh_CN` (Simplified Chinese) and `en_US` (US English).",
            exclude_if=is_none,
        ),
    ] = None
