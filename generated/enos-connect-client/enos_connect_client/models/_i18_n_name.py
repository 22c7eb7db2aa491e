# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none


class I18NName(BaseModel):
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
            description="Name used when no name for the caller's locale exists.",
            exclude_if=is_none,
        ),
    ] = None
    i18n_value: Annotated[
        dict[str, str] | None,
        Field(alias="i18nValue", description="Names keyed by locale.", exclude_if=is_none),
    ] = None
