# Generated from tests/golden/specs/single_enum.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from enum import Enum


class Version(str, Enum):
    V1 = "v1"
