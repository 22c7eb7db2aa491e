# Generated from tests/golden/specs/discriminator_default.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from enum import Enum


class Kind1(str, Enum):
    SQUARE = "square"
