"""Read a YAML or JSON file into plain JSON-compatible Python data.

Reading is bounded (see :mod:`generator.loader.limits`): only regular files, at most
``MAX_FILE_BYTES`` each; YAML tags without a JSON value (``!!binary``, ``!!set``,
``!!omap``, ``!!pairs``) are rejected; aliases that contain themselves, more than
``MAX_VALUES`` values after alias expansion, nesting deeper than ``MAX_DEPTH``, integers
longer than ``MAX_INT_DIGITS`` digits and non-finite numbers are located errors.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Collector, Location, pointer
from generator.loader.limits import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_INT_DIGITS,
    MAX_TOTAL_BYTES,
    MAX_VALUES,
    Budget,
    LimitExceeded,
)
from generator.loader.positions import JsonPositions, Positions, load_yaml

try:  # libyaml is much faster on multi-megabyte documents; fall back when it is absent
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader


class _YamlLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe loader without the YAML types JSON has no value for."""


def _reject_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    raise yaml.constructor.ConstructorError(
        None, None, f"the YAML tag {tag} has no JSON equivalent", node.start_mark
    )


for _tag in ("binary", "set", "omap", "pairs"):
    _YamlLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _reject_tag)


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_BIG_INT_BITS = int(MAX_INT_DIGITS * math.log2(10))


def _replace_surrogates(node: Any) -> Any:
    if isinstance(node, str):
        return _SURROGATE.sub("\ufffd", node)
    if isinstance(node, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_replace_surrogates(v) for v in node]
    return node


class _Normaliser:
    """Copy parsed data into plain JSON values, enforcing the limits on the way.

    Recursion is safe: it stops at ``MAX_DEPTH`` levels, far below Python's limit.
    """

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.active: set[int] = set()  # containers on the current path (alias cycles)

    def run(self, node: Any, path: list[str | int]) -> Any:
        self.budget.values += 1
        if self.budget.values > MAX_VALUES:
            raise LimitExceeded(
                path, f"more than {MAX_VALUES} values (after expanding YAML aliases)"
            )
        if isinstance(node, dict | list):
            if len(path) >= MAX_DEPTH:
                raise LimitExceeded(path, f"nested deeper than {MAX_DEPTH} levels")
            if id(node) in self.active:
                raise LimitExceeded(path, "a YAML alias contains itself")
            self.active.add(id(node))
            try:
                if isinstance(node, dict):
                    out: dict[str, Any] = {}
                    for key, value in node.items():
                        name = _key(key, path)
                        out[name] = self.run(value, [*path, name])
                    return out
                return [self.run(value, [*path, index]) for index, value in enumerate(node)]
            finally:
                self.active.discard(id(node))
        if isinstance(node, bool) or node is None or isinstance(node, str):
            return node
        if isinstance(node, int):
            if abs(node).bit_length() > _BIG_INT_BITS and len(str(abs(node))) > MAX_INT_DIGITS:
                raise LimitExceeded(path, f"an integer with more than {MAX_INT_DIGITS} digits")
            return node
        if isinstance(node, float):
            if not math.isfinite(node):
                raise LimitExceeded(path, f"{node!r} is not a JSON number")
            return node
        if isinstance(node, datetime.date):  # YAML timestamps: ISO strings
            return node.isoformat()
        raise LimitExceeded(path, f"a {type(node).__name__} value has no JSON equivalent")


def _key(key: Any, path: list[str | int]) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    if isinstance(key, int | float | datetime.date):
        return str(key)
    raise LimitExceeded(path, f"a {type(key).__name__} mapping key has no JSON equivalent")


def read_bytes(path: Path, where: Location, collector: Collector, budget: Budget) -> bytes | None:
    """The bytes of a regular file within the size limits; None (with an error) otherwise."""
    if budget.files >= MAX_FILES:
        collector.error(where, "limit", f"more than {MAX_FILES} files referenced")
        return None
    try:  # O_NONBLOCK: opening a FIFO must not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        collector.error(where, "unreadable", "file not found")
        return None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        collector.error(where, "unreadable", f"cannot read file: {message}")
        return None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        kind = "a directory" if stat.S_ISDIR(info.st_mode) else "a device, pipe or socket"
        collector.error(where, "unreadable", f"not a regular file ({kind})")
        return None
    with os.fdopen(fd, "rb") as stream:
        allowed = min(MAX_FILE_BYTES, MAX_TOTAL_BYTES - budget.bytes_read)
        try:
            raw = stream.read(allowed + 1)
        except OSError as exc:
            collector.error(where, "unreadable", f"cannot read file: {exc.strerror or exc}")
            return None
    budget.files += 1
    budget.bytes_read += len(raw)
    if len(raw) > allowed:
        limit = (
            f"a file may have at most {MAX_FILE_BYTES} bytes"
            if allowed == MAX_FILE_BYTES
            else f"a document and its file references may have at most {MAX_TOTAL_BYTES} bytes"
        )
        collector.error(where, "limit", f"too large: {limit}")
        return None
    return raw


def read_data(
    path: Path,
    display: str,
    collector: Collector,
    budget: Budget | None = None,
    positions: list[Positions] | None = None,
) -> Any:
    """Parse ``path``; on failure record a located error and return None. With a
    ``positions`` list, the source positions of the document's nodes are appended to it."""
    where = Location(display)
    budget = budget if budget is not None else Budget()
    raw = read_bytes(path, where, collector, budget)
    if raw is None:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        collector.error(where, "unreadable", f"cannot read file: not UTF-8 (byte {exc.start})")
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
        except RecursionError:
            collector.error(where, "limit", f"nested deeper than {MAX_DEPTH} levels")
            return None
        except ValueError as exc:  # an integer longer than Python converts
            collector.error(where, "limit", f"invalid JSON: {_value_error(exc)}")
            return None
        data = _normalised(data, where, collector, budget)
        if data is not None and _SURROGATE_ESCAPE.search(text):
            cleaned = _replace_surrogates(data)  # pairs (emoji) are fine; lone ones are not
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
        if not _yaml_depth_ok(text):
            collector.error(where, "limit", f"nested deeper than {MAX_DEPTH} levels")
            return None
        data = load_yaml(text, _YamlLoader, positions)
    except yaml.reader.ReaderError as exc:
        collector.error(
            where,
            "unreadable",
            f"invalid YAML at character {exc.position + 1}: "
            f"unacceptable character #x{exc.character:04x}",
        )
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        place = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        collector.error(where, "unreadable", f"invalid YAML{place}: {' '.join(problem.split())}")
        return None
    except RecursionError:
        collector.error(where, "limit", f"nested deeper than {MAX_DEPTH} levels")
        return None
    except ValueError as exc:  # an integer longer than Python converts
        collector.error(where, "limit", f"invalid YAML: {_value_error(exc)}")
        return None
    return _normalised(data, where, collector, budget)


_OPEN = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSE = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def _yaml_depth_ok(text: str) -> bool:
    """Whether the YAML nests at most MAX_DEPTH levels, read as a stream of parser events.

    libyaml's composer recurses in C once per level: a document nested a million levels
    deep would crash the process, not raise. The event stream costs no stack (and about
    a sixth of the time of loading).
    """
    depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, _OPEN):
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif isinstance(event, _CLOSE):
            depth -= 1
    return True


def _value_error(exc: ValueError) -> str:
    if "digits" in str(exc):
        return f"an integer with more than {MAX_INT_DIGITS} digits"
    return " ".join(str(exc).split())[:200]


def _normalised(data: Any, where: Location, collector: Collector, budget: Budget) -> Any:
    """Make parsed data JSON-compatible (string keys, ISO strings for YAML timestamps)."""
    try:
        return _Normaliser(budget).run(data, [])
    except LimitExceeded as exc:
        tokens, message = exc.args
        collector.error(Location(where.file, pointer(*tokens)), "limit", message)
        return None
