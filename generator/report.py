"""Output formats shared by ``lint`` and ``diff``: text, json, sarif (2.1.0) and github.

Both commands hand over a list of :class:`Entry` values (a place with line and column, a
rule id, a SARIF level and a message) plus the rules they know; each format is a pure
function of that, so what CI sees and what a terminal shows always agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

FORMATS = ("text", "json", "sarif", "github")
SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
#: SARIF result levels and the GitHub workflow command each one becomes.
GITHUB_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


@dataclass(frozen=True, order=True)
class Entry:
    """One finding as every format sees it."""

    file: str
    line: int
    column: int
    pointer: str
    rule: str
    level: str  # SARIF level: error | warning | note
    message: str
    label: str = ""  # the level as the command names it (lint: error; diff: breaking ...)
    properties: tuple[tuple[str, str], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class RuleInfo:
    id: str
    summary: str
    level: str  # default SARIF level


def _text_line(entry: Entry) -> str:
    label = f"{entry.label}: " if entry.label else ""
    message = " ".join(entry.message.split())
    return (
        f"{entry.file}:{entry.line}:{entry.column}: {entry.pointer or '/'}: "
        f"{entry.rule}: {label}{message}"
    )


def to_json(entries: Sequence[Entry], tool: str, summary: dict[str, Any]) -> str:
    results = [
        {
            "file": e.file,
            "line": e.line,
            "column": e.column,
            "pointer": e.pointer or "/",
            "rule": e.rule,
            "level": e.label or e.level,
            "message": e.message,
            **dict(e.properties),
        }
        for e in entries
    ]
    return json.dumps({"tool": tool, "results": results, "summary": summary}, indent=2) + "\n"


def to_sarif(entries: Sequence[Entry], tool: str, rules: Iterable[RuleInfo]) -> str:
    known = {r.id: r for r in rules}
    for e in entries:  # rules the command did not declare (loader diagnostics) still get one
        known.setdefault(e.rule, RuleInfo(e.rule, e.rule, e.level))
    ordered = sorted(known.values(), key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(ordered)}
    results = []
    for e in entries:
        result: dict[str, Any] = {
            "ruleId": e.rule,
            "ruleIndex": index[e.rule],
            "level": e.level,
            "message": {"text": " ".join(e.message.split()) or e.rule},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": e.file.replace("\\", "/")},
                        "region": {"startLine": e.line, "startColumn": e.column},
                    },
                    "logicalLocations": [
                        {"fullyQualifiedName": e.pointer or "/", "kind": "member"}
                    ],
                }
            ],
        }
        props = dict(e.properties)
        if e.label:
            props["level"] = e.label
        if props:
            result["properties"] = props
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": tool,
                        "rules": [
                            {
                                "id": r.id,
                                "shortDescription": {"text": r.summary},
                                "defaultConfiguration": {"level": r.level},
                            }
                            for r in ordered
                        ],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(entries: Sequence[Entry]) -> str:
    """GitHub Actions workflow commands: one ``::error|warning|notice ...::`` line each."""
    lines = []
    for e in entries:
        command = GITHUB_COMMANDS.get(e.level, "notice")
        title = f"{e.rule} ({e.label})" if e.label else e.rule
        props = (
            f"file={_escape_property(e.file)},line={e.line},col={e.column},"
            f"title={_escape_property(title)}"
        )
        message = f"{e.pointer or '/'}: {' '.join(e.message.split())}"
        lines.append(f"::{command} {props}::{_escape_data(message)}")
    return "".join(line + "\n" for line in lines)


def write(
    out: TextIO,
    fmt: str,
    entries: Sequence[Entry],
    *,
    tool: str,
    rules: Iterable[RuleInfo] = (),
    summary: dict[str, Any] | None = None,
    text_line: Callable[[Entry], str] = _text_line,
) -> None:
    """Write ``entries`` in format ``fmt`` (one of :data:`FORMATS`)."""
    entries = sorted(entries)
    if fmt == "json":
        out.write(to_json(entries, tool, summary or {}))
    elif fmt == "sarif":
        out.write(to_sarif(entries, tool, rules))
    elif fmt == "github":
        out.write(to_github(entries))
    elif fmt == "text":
        out.write("".join(text_line(e) + "\n" for e in entries))
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
