# Generated from tests/golden/specs/composition.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from pydantic import ConfigDict

from ._base import Base
from ._node import Node


class CreateNodeRequest(Base):
    model_config = ConfigDict(
        extra="allow",
    )
    children: list[Node] | None = None
