"""Load one OpenAPI document: parse, bundle relative-file refs, validate, check refs."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Collector, Diagnostic, Location, pointer
from generator.loader.limits import Budget
from generator.loader.parse import read_data
from generator.loader.positions import Positions
from generator.loader.refs import bundle, repair_refs, resolve_ids, resolve_pointer
from generator.loader.schemas import repair_schemas
from generator.loader.shape import check_shape
from generator.loader.validation import BackgroundValidation, findings, report

_SUPPORTED = ("3.0", "3.1")


@dataclass
class Document:
    """A loaded OpenAPI document whose ``$ref`` values are all local (``#/...``)."""

    path: Path
    display: str
    data: dict[str, Any]
    version: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    pending: BackgroundValidation | None = None
    positions: Positions | None = None  # source line/column of nodes, when asked for

    def location(self, *tokens: str | int) -> Location:
        return Location(self.display, pointer(*tokens))

    def finish_validation(self, collector: Collector) -> None:
        """Wait for a background validation and record its findings as warnings."""
        if self.pending is not None:
            pending, self.pending = self.pending, None
            report(pending.result(), Location(self.display), collector, strict=False)

    def cancel_validation(self) -> None:
        if self.pending is not None:
            self.pending.cancel()
            self.pending = None

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


def load(
    path: Path | str,
    *,
    validate: bool = True,
    strict: bool = False,
    background: bool = False,
    positions: bool = False,
    root: Path | str | None = None,
) -> Document:
    """Load and check ``path``; raise :class:`GenerationError` when it cannot be used.

    openapi-spec-validator findings are errors when ``strict`` (``lint``) and warnings
    otherwise: real-world documents often carry small schema slips (an example of the
    wrong type) that do not stop a client from being generated. So do refs that cannot
    be followed (dangling, remote, outside the root, naming the wrong kind of object,
    cycles): errors when ``strict``, otherwise warnings naming the ref's pointer, and the
    part that uses the ref degrades (see :func:`refs.repair_refs`). Unreadable input, an
    unsupported ``openapi`` version and exceeded limits are always errors.
    With ``background`` the validator runs in a worker process; call
    :meth:`Document.finish_validation` to collect its findings (as warnings).
    With ``positions`` the document keeps the line/column of its nodes (``.positions``).
    File ``$ref`` values resolve only to regular files below ``root`` (default: the
    working directory); what a document may cost is bounded (:mod:`limits`).
    """
    path = Path(path)
    display = display_name(path)
    collector = Collector()
    sink: list[Positions] | None = [] if positions else None
    budget = Budget()
    data = read_data(path, display, collector, budget, sink)
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
    resolve_ids(data)
    broken = bundle(
        data,
        path,
        display,
        collector,
        root_dir=Path(root) if root is not None else None,
        budget=budget,
        strict=strict,
    )
    repair_refs(data, display, collector, broken, strict=strict)
    check_shape(data, display, collector)
    collector.raise_if_errors()
    repair_schemas(data, display, collector)
    pending = None
    if validate and background:
        pending = BackgroundValidation(data, version)
    elif validate:
        report(findings(data, version), where, collector, strict=strict)
    collector.raise_if_errors()
    return Document(
        path, display, data, version, collector.diagnostics, pending, sink[0] if sink else None
    )
