# Generated from tests/golden/specs/enum_refs.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
