"""Load one OpenAPI document: parse, bundle relative-file refs, validate, check refs."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Collector, Diagnostic, Location, pointer
from generator.loader.parse import read_data
from generator.loader.refs import bundle, check_local_refs, resolve_pointer

_SUPPORTED = ("3.0", "3.1")
_MAX_VALIDATION_FINDINGS = 25


@dataclass
class Document:
    """A loaded OpenAPI document whose ``$ref`` values are all local (``#/...``)."""

    path: Path
    display: str
    data: dict[str, Any]
    version: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def location(self, *tokens: str | int) -> Location:
        return Location(self.display, pointer(*tokens))

    def deref(self, node: Any) -> Any:
        """Follow a chain of local ``$ref`` objects to the node they name."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                return {}
            seen.add(ref)
            node = resolve_pointer(self.data, unquote(ref[1:]))
        return node


def display_name(path: Path) -> str:
    """The path as messages show it: relative to the working directory when possible."""
    try:
        return os.path.relpath(path)
    except ValueError:  # pragma: no cover - different drive on Windows
        return str(path)


def load(path: Path | str, *, validate: bool = True, strict: bool = False) -> Document:
    """Load and check ``path``; raise :class:`GenerationError` when it cannot be used.

    openapi-spec-validator findings are errors when ``strict`` (``lint``) and warnings
    otherwise: real-world documents often carry small schema slips (an example of the
    wrong type) that do not stop a client from being generated. Unreadable input, an
    unsupported ``openapi`` version and dangling ``$ref`` values are always errors.
    """
    path = Path(path)
    display = display_name(path)
    collector = Collector()
    data = read_data(path, display, collector)
    collector.raise_if_errors()
    where = Location(display)
    if not isinstance(data, dict):
        collector.error(where, "not-openapi", "the document is not a mapping")
        collector.raise_if_errors()
    version_text = str(data.get("openapi", ""))
    version = version_text[:3]
    if "swagger" in data and "openapi" not in data:
        collector.error(where.child("swagger"), "version", "Swagger 2.0 is not supported")
    elif version not in _SUPPORTED or version_text[3:4] not in ("", "."):
        collector.error(
            where.child("openapi"),
            "version",
            f"unsupported OpenAPI version {version_text!r}; expected 3.0.x or 3.1.x",
        )
    collector.raise_if_errors()
    bundle(data, path, display, collector)
    check_local_refs(data, display, collector)
    collector.raise_if_errors()
    if validate:
        _validate(data, version, where, collector, strict=strict)
    collector.raise_if_errors()
    return Document(path, display, data, version, collector.diagnostics)


def _validate(
    data: dict[str, Any], version: str, where: Location, collector: Collector, *, strict: bool
) -> None:
    from openapi_spec_validator.validation import (
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    validator_class = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    report = collector.error if strict else collector.warn
    try:
        errors: Iterable[Any] = validator_class(data).iter_errors()
        for count, error in enumerate(errors):
            if count >= _MAX_VALIDATION_FINDINGS:
                report(where, "openapi-schema", "further validation findings not shown")
                break
            tokens = list(getattr(error, "absolute_path", None) or ())
            message = getattr(error, "message", None) or str(error)
            report(where.child(*tokens), "openapi-schema", _shorten(message))
    except Exception as exc:  # the validator itself failed on unusual input
        report(where, "openapi-schema", f"validator could not check the document: {exc}")


def _shorten(message: str, limit: int = 300) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."
