# Generated from tests/golden/specs/discriminator_default.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from pydantic import ConfigDict, RootModel

from ._circle import Circle
from ._square import Square


class Shape(RootModel[Circle | Square]):
    model_config = ConfigDict(defer_build=True)
    root: Circle | Square
