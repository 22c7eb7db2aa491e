"""Real-world response bodies: valid documents mutated off-schema, within JSON types.

Servers send what the documentation does not list. Starting from a schema-valid body
(``respgen``), :func:`sites` finds every place where a real server could deviate without
changing a JSON type, and :func:`mutated` draws a non-empty set of them:

breaking (off-schema; ``strict_responses=True`` must refuse them)
    ``enum``: a value the enum does not list (an int for int enums, a str for str enums);
    ``maxLength`` / ``minLength`` / ``pattern``: a string breaking the constraint
    (``***``, text with spaces, one character too many ...);
    ``maximum`` / ``minimum``: a number just outside the bound;
    ``propertyNames``: a map key breaking the key pattern or outside the key enum.
benign (the client accepts them in both modes)
    ``extra``: an undocumented member on an object;
    ``absent``: an optional member removed;
    ``null``: ``null`` for an optional member (optional fields read as ``None`` anyway);
    ``format``: a string off its documented ``format`` (formats are documentation only).

Parts under ``oneOf``/``anyOf`` are not mutated: which member a value stands for is
ambiguous there, so a mutation could move the value to another member.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from . import oracle
from .respgen import inline, response_view
from .specs import OpBinding

Path = tuple[str | int, ...]

#: Strings a server sends that documentation often forbids: a masked secret, free text
#: with spaces, a timestamp in another form, non-ASCII text.
OFF_PATTERN_STRINGS = ("***", "has spaces !", "2024-01-02 03:04:05", "Micro Controller Unit", "é")
EXTRA_KEY = "undocumented_member_x"
EXTRA_VALUE: Any = {"nested": [1, "two", None], "flag": True}


@dataclass(frozen=True)
class Site:
    path: Path
    kind: str
    breaking: bool
    apply: Callable[[Any], Any] = field(compare=False, repr=False)
    """``apply(parent_or_value)``: see :func:`_apply`."""

    @property
    def label(self) -> str:
        where = "/".join(map(str, self.path)) or "<root>"
        return f"{self.kind}@{where}"


@dataclass
class Mutated:
    body: Any
    applied: list[Site]

    @property
    def breaking(self) -> list[Site]:
        return [s for s in self.applied if s.breaking]


def response_schema_view(op: OpBinding, schema: Any) -> Any:
    """The schema as served: references inlined (recursive ones resolved lazily)."""
    try:
        return response_view(inline(op, copy.deepcopy(schema)))
    except RecursionError:
        return response_view(copy.deepcopy(schema))


def _merged(op: OpBinding, schema: Any, depth: int = 0) -> dict[str, Any] | None:
    """``schema`` with ``allOf`` members merged; ``None`` under ``oneOf``/``anyOf``/``not``."""
    schema = op.spec.resolve(schema)
    if not isinstance(schema, dict) or depth > 20:
        return None
    if any(k in schema for k in ("oneOf", "anyOf", "not", "if", "$dynamicRef")):
        return None
    merged = {k: v for k, v in schema.items() if k != "allOf"}
    for member in schema.get("allOf") or []:
        part = _merged(op, member, depth + 1)
        if part is None:
            return None
        for key, value in part.items():
            if key == "properties":
                merged["properties"] = {**value, **merged.get("properties", {})}
            elif key == "required":
                merged["required"] = sorted(set(merged.get("required", [])) | set(value))
            else:
                merged.setdefault(key, value)
    return merged


def _string_breakers(schema: dict[str, Any], value: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    max_length = schema.get("maxLength")
    if isinstance(max_length, int) and max_length < 10_000:
        out.append(("maxLength", (value + "x" * (max_length + 1))[: max_length + 1]))
    min_length = schema.get("minLength")
    if isinstance(min_length, int) and min_length > 0:
        out.append(("minLength", value[: min_length - 1]))
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        try:
            compiled = re.compile(oracle.ecma_to_python(pattern))
        except re.error:
            compiled = None
        if compiled is not None:
            for candidate in OFF_PATTERN_STRINGS:
                if not compiled.search(candidate):
                    out.append(("pattern", candidate))
                    break
    return out


def sites(op: OpBinding, schema: Any, value: Any, path: Path = ()) -> list[Site]:
    """Every mutation of ``value`` (valid for ``schema``) this module knows, deepest first."""
    merged = _merged(op, schema)
    if merged is None:
        return []
    found: list[Site] = []
    enum = merged.get("enum")
    if isinstance(enum, list) and value in enum:
        if isinstance(value, int) and not isinstance(value, bool):
            ints = [v for v in enum if isinstance(v, int) and not isinstance(v, bool)]
            unknown = max(ints) + 1000 if max(ints) < 2**31 - 2000 else min(ints) - 1000
            found.append(Site(path, "enum", True, _setter(unknown)))
        elif isinstance(value, str):
            found.append(Site(path, "enum", True, _setter("UNDOCUMENTED_VALUE")))
        return found
    if "const" in merged:
        return found
    if isinstance(value, str):
        for kind, text in _string_breakers(merged, value):
            found.append(Site(path, kind, True, _setter(text)))
        documented_format = merged.get("format")
        if (
            isinstance(documented_format, str)
            and documented_format not in ("binary", "byte")
            and not any(k in merged for k in ("pattern", "maxLength", "minLength"))
        ):
            found.append(Site(path, "format", False, _setter("not in the documented format")))
        return found
    if isinstance(value, int | float) and not isinstance(value, bool):
        integer = isinstance(value, int)
        maximum = merged.get("maximum")
        if isinstance(maximum, int | float) and not isinstance(maximum, bool):
            beyond = maximum + 1 if integer else maximum + 0.5
            if abs(beyond) < 2**62:
                found.append(Site(path, "maximum", True, _setter(beyond)))
        minimum = merged.get("minimum")
        if isinstance(minimum, int | float) and not isinstance(minimum, bool):
            below = minimum - 1 if integer else minimum - 0.5
            if abs(below) < 2**62:
                found.append(Site(path, "minimum", True, _setter(below)))
        return found
    if isinstance(value, list):
        items = merged.get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value):
                found += sites(op, items, item, (*path, index))
        return found
    if not isinstance(value, dict):
        return found
    props = merged.get("properties")
    props = props if isinstance(props, dict) else {}
    required = set(merged.get("required") or ())
    for key, item in value.items():
        if key in props:
            found += sites(op, props[key], item, (*path, key))
        elif isinstance(merged.get("additionalProperties"), dict):
            found += sites(op, merged["additionalProperties"], item, (*path, key))
    for key in value:
        if key in props and key not in required:
            found.append(Site((*path, key), "absent", False, _remover()))
            if value[key] is not None:
                found.append(Site((*path, key), "null", False, _setter(None)))
    names = _merged(op, merged["propertyNames"]) if "propertyNames" in merged else None
    pattern = names.get("pattern") if isinstance(names, dict) else None
    allowed = names.get("enum") if isinstance(names, dict) else None
    if (isinstance(pattern, str) or isinstance(allowed, list)) and value:
        bad = next(
            (
                c
                for c in ("undocumented::key", *OFF_PATTERN_STRINGS)
                if (not isinstance(allowed, list) or c not in allowed)
                and (
                    not isinstance(pattern, str) or not re.search(oracle.ecma_to_python(pattern), c)
                )
            ),
            None,
        )
        if bad is not None and bad not in value:
            sample = next(iter(value.values()))
            found.append(Site((*path, bad), "propertyNames", True, _setter(copy.deepcopy(sample))))
    if props and EXTRA_KEY not in value:
        found.append(Site((*path, EXTRA_KEY), "extra", False, _setter(EXTRA_VALUE)))
    return found


def _setter(new: Any) -> Callable[[Any], Any]:
    return lambda _old: copy.deepcopy(new)


_REMOVE = object()


def _remover() -> Callable[[Any], Any]:
    return lambda _old: _REMOVE


def _apply(body: Any, site: Site) -> Any:
    """``body`` with ``site`` applied (in place where possible); unchanged if the path is gone."""
    if not site.path:
        return site.apply(body)
    parent = body
    for step in site.path[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return body
    last = site.path[-1]
    if isinstance(parent, dict):
        new = site.apply(parent.get(last))
        if new is _REMOVE:
            parent.pop(last, None)
        else:
            parent[last] = new
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        parent[last] = site.apply(parent[last])
    return body


@st.composite
def mutated(draw: st.DrawFn, op: OpBinding, schema: Any, body: Any) -> Mutated:
    """A non-empty set of the mutations :func:`sites` finds, applied to a copy of ``body``.

    With no site (a body without any place to deviate), the body is returned as is.
    """
    view = response_schema_view(op, schema)
    candidates = sites(op, view, body)
    if not candidates:
        return Mutated(copy.deepcopy(body), [])
    breaking = [i for i, site in enumerate(candidates) if site.breaking]
    benign = [i for i, site in enumerate(candidates) if not site.breaking]
    chosen: list[int] = []
    if breaking:
        chosen += draw(
            st.lists(st.sampled_from(breaking), max_size=2, unique=True), label="breaking"
        )
    if benign:
        chosen += draw(
            st.lists(st.sampled_from(benign), min_size=0 if chosen else 1, max_size=3, unique=True),
            label="benign",
        )
    if not chosen:
        chosen = [draw(st.sampled_from(breaking), label="breaking")]
    picked: list[Site] = []
    for index in chosen:  # one mutation per place: a second one would overwrite the first
        if all(candidates[index].path != s.path for s in picked):
            picked.append(candidates[index])
    # A mutation inside a member that another picked mutation replaces or removes is moot.
    kept = [
        s
        for s in picked
        if not any(
            o is not s and len(o.path) < len(s.path) and s.path[: len(o.path)] == o.path
            for o in picked
        )
    ]
    result = copy.deepcopy(body)
    # Deepest first, so that a removal never hides a deeper mutation (moot ones are gone).
    for site in sorted(kept, key=lambda s: len(s.path), reverse=True):
        result = _apply(result, site)
    return Mutated(result, kept)
