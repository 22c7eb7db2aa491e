"""Read a YAML or JSON file into plain JSON-compatible Python data."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Collector, Location
from generator.loader.positions import JsonPositions, Positions, load_yaml

try:  # libyaml is much faster on multi-megabyte documents; fall back when it is absent
    _YamlLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _YamlLoader = yaml.SafeLoader


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _replace_surrogates(node: Any) -> Any:
    if isinstance(node, str):
        return _SURROGATE.sub("\ufffd", node)
    if isinstance(node, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_replace_surrogates(v) for v in node]
    return node


def _normalise(node: Any) -> Any:
    """Make YAML data JSON-compatible: string keys, ISO strings for YAML timestamps."""
    if isinstance(node, dict):
        return {_key(k): _normalise(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_normalise(v) for v in node]
    if isinstance(node, datetime.date):
        return node.isoformat()
    return node


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


def read_data(
    path: Path, display: str, collector: Collector, positions: list[Positions] | None = None
) -> Any:
    """Parse ``path``; on failure record a located error and return None. With a
    ``positions`` list, the source positions of the document's nodes are appended to it."""
    where = Location(display)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        collector.error(where, "unreadable", "file not found")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        collector.error(where, "unreadable", f"cannot read file: {exc}")
        return None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            collector.error(
                where,
                "unreadable",
                f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            )
            return None
        if _SURROGATE_ESCAPE.search(text):  # escapes of pairs (emoji) are fine; lone ones are not
            cleaned = _replace_surrogates(data)
            if cleaned != data:
                collector.warn(
                    where,
                    "lone-surrogate",
                    "strings with lone UTF-16 surrogates (not encodable as UTF-8) had them "
                    "replaced by U+FFFD",
                )
                data = cleaned
        if positions is not None:
            positions.append(JsonPositions(text))
        return data
    try:
        data = load_yaml(text, _YamlLoader, positions)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        collector.error(where, "unreadable", f"invalid YAML{place}: {problem}")
        return None
    return _normalise(data)
