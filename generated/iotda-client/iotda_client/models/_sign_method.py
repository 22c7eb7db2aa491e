# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from enum import Enum


class SignMethod(str, Enum):
    SHA256 = "SHA256"
