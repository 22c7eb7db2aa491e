"""The pipeline in one place: load -> build the IR -> render. Used by the CLI and tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from generator.diagnostics import Collector, Diagnostic, GenerationError, Level, Location
from generator.ir import Api, build_api
from generator.loader import load


def build(
    path: Path | str, root: Path | str | None = None, *, strict: bool = False
) -> tuple[Api, list[Diagnostic]]:
    """Load and build one document; raise GenerationError on errors, return warnings.

    File refs resolve only below ``root`` (default: the working directory). With
    ``strict`` nothing is degraded: a ref that cannot be followed is an error, and so is
    every warning (a part typed as Any, a validator finding, ...)."""
    doc = load(path, background=True, root=root, strict=strict)
    collector = Collector()
    collector.diagnostics.extend(doc.diagnostics)
    try:
        api = build_api(doc, collector)
        doc.finish_validation(collector)
    finally:
        doc.cancel_validation()
    if strict:
        collector.diagnostics = [
            replace(d, level=Level.ERROR) if d.level is Level.WARNING else d
            for d in collector.diagnostics
        ]
    collector.raise_if_errors()
    return api, collector.diagnostics


def build_all(
    paths: Sequence[Path | str], root: Path | str | None = None, *, strict: bool = False
) -> tuple[list[Api], list[Diagnostic]]:
    """Build every document first, so that one broken document means nothing is written."""
    apis: list[Api] = []
    warnings: list[Diagnostic] = []
    errors: list[Diagnostic] = []
    for path in paths:
        try:
            api, found = build(path, root, strict=strict)
        except GenerationError as exc:
            errors.extend(exc.diagnostics)
            continue
        apis.append(api)
        warnings.extend(found)
    names: dict[str, Api] = {}
    for api in apis:
        if api.dist_name in names:
            collector = Collector()
            collector.error(
                Location(api.source),
                "package-name",
                f"package {api.dist_name} is also produced by {names[api.dist_name].source}",
            )
            errors.extend(collector.errors)
        names[api.dist_name] = api
    if errors:
        raise GenerationError(errors)
    return apis, warnings
