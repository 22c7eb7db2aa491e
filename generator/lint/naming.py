"""Python names as the lint predicts them: the generator's own ``snake_case`` (one naming
module for both, so the lint checks exactly the names the generator will produce) and
identifier checks."""

from __future__ import annotations

import keyword

from generator.ir.naming import snake_case

__all__ = ["identifier_problem", "snake_case"]


def identifier_problem(name: str) -> str | None:
    """Why ``name`` cannot be a Python function name, or None when it can."""
    if not name:
        return "is empty"
    if not name.isidentifier():
        return "is not a valid Python identifier"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    return None
