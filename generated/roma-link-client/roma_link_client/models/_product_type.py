# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from enum import IntEnum


class ProductType(IntEnum):
    COMMON = 0
    GATEWAY = 1
