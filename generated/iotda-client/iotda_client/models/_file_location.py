# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .._models import is_none
from ._obs_location import ObsLocation


class FileLocation(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
    )
    obs_location: Annotated[
        ObsLocation | None,
        Field(description="The OBS object holding the file.", exclude_if=is_none),
    ] = None
