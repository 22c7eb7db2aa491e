# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from enum import Enum


class Order(str, Enum):
    ASCENDING = "ASC"
    DESCENDING = "DESC"
