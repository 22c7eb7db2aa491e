# Generated from tests/golden/specs/naming.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from enum import Enum


class Order(str, Enum):
    ASC = "ASC"
    ASC_2 = "asc"
