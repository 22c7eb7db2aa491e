# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Cached pydantic ``TypeAdapter``s and the text of validation errors (both sides)."""

from __future__ import annotations

import threading
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

_ADAPTERS: dict[int, tuple[Any, TypeAdapter[Any]]] = {}
_ADAPTERS_LOCK = threading.Lock()
_MAX_ADAPTERS = 4096


def _adapter(annotation: Any) -> TypeAdapter[Any]:
    """A ``TypeAdapter`` for ``annotation``, cached by identity (the annotation is kept alive)."""
    entry = _ADAPTERS.get(id(annotation))
    if entry is not None and entry[0] is annotation:
        return entry[1]
    adapter: TypeAdapter[Any] = TypeAdapter(annotation)
    with _ADAPTERS_LOCK:
        if len(_ADAPTERS) < _MAX_ADAPTERS:  # annotations are static; the cap is a backstop
            _ADAPTERS[id(annotation)] = (annotation, adapter)
    return adapter


def _is_model_class(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _validation_message(error: ValidationError) -> str:
    parts = []
    for detail in error.errors(include_input=False, include_url=False):
        loc = ".".join(str(item) for item in detail["loc"])
        parts.append(f"{loc}: {detail['msg']}" if loc else detail["msg"])
    return "; ".join(parts)
