"""Map JSON Schema fragments to Python type expressions (as source text).

Two flavours: ``annotation`` is what a signature shows (``str``, ``models.Pet``,
``list[int] | None``); ``validator`` also keeps the constraints the runtime checks
before sending (``Annotated[str, Field(max_length=36, pattern='^[a-z]+$')]``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Annotated, Any

from generator.loader import Document

#: String formats the runtime checks on requests (``_models.format_problem``).
CHECKED_FORMATS = frozenset({"uuid", "date-time", "date", "email", "ipv4", "ipv6", "uri"})
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
_LOOKAROUND = re.compile(r"\(\?<?[=!]|\\[1-9]|\(\?P=")


def translate_pattern(pattern: str) -> str | None:
    """Turn an ECMA-262 ``pattern`` into one pydantic's regex engine accepts, or None.

    ``\\d`` means ASCII digits in JSON Schema but any Unicode digit in pydantic's engine,
    so it becomes ``[0-9]``. Lookaround and backreferences are not supported by the
    engine at all; such patterns are dropped (the caller reports a warning).
    """
    if _LOOKAROUND.search(pattern):
        return None
    translated = re.sub(r"(?<!\\)((?:\\\\)*)\\d", r"\1[0-9]", pattern)
    return translated if _engine_accepts(translated) else None


@functools.lru_cache(maxsize=4096)
def _engine_accepts(pattern: str) -> bool:
    from pydantic import Field, TypeAdapter
    from pydantic_core import SchemaError

    try:
        TypeAdapter(Annotated[str, Field(pattern=pattern)])
    except (SchemaError, ValueError, TypeError):
        return False
    return True


def python_pattern(pattern: str) -> str | None:
    """The pattern for Python's ``re`` (pydantic's ``python-re`` engine), or None.

    Used only for what the default engine cannot run (lookaround, backreferences). ECMA
    semantics are kept where the dialects differ: ``\\d`` is ASCII digits and a final
    ``$`` is the end of the text (``\\Z``), not "before a trailing newline".
    """
    translated = re.sub(r"(?<!\\)((?:\\\\)*)\\d", r"\1[0-9]", pattern)
    translated = re.sub(r"(?<!\\)((?:\\\\)*)\$$", r"\1\\Z", translated)
    try:
        re.compile(translated)
    except re.error:
        return None
    return translated


@functools.lru_cache(maxsize=4096)
def _linear_matcher(pattern: str) -> Callable[[str], bool] | None:
    """A search with pydantic's regex engine (linear time in the text), or None."""
    translated = translate_pattern(pattern)
    if translated is None:
        return None
    from pydantic_core import SchemaValidator, core_schema

    matcher: Callable[[str], bool] = SchemaValidator(
        core_schema.str_schema(pattern=translated)
    ).isinstance_python
    return matcher


#: A quantified group holding a quantifier (``(a+)+``): Python's backtracking ``re`` may
#: take exponential time on it.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{?]")


def pattern_search(pattern: str, text: str) -> bool | None:
    """Whether the ECMA-262 ``pattern`` matches somewhere in ``text``; None when that cannot
    be decided in bounded time.

    A document's patterns are untrusted: ``re.search`` can backtrack for hours
    (``^(a|aa)+$`` on a long text). Patterns pydantic's engine runs are searched in linear
    time; the others (lookaround, backreferences) with ``re`` unless they nest quantifiers.
    """
    matcher = _linear_matcher(pattern)
    if matcher is not None:
        return matcher(text)
    if _NESTED_QUANTIFIER.search(pattern):
        return None
    translated = python_pattern(pattern)
    return None if translated is None else re.search(translated, text) is not None


def _union(parts: list[str]) -> str:
    unique: list[str] = []
    for part in parts:
        for piece in part.split(" | "):
            if piece not in unique:
                unique.append(piece)
    if "Any" in unique:
        return "Any"
    if "None" in unique:  # keep None last for readability
        unique.remove("None")
        unique.append("None")
    return " | ".join(unique)


def _literal(values: list[Any]) -> str | None:
    if not values or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
        return None
    unique = list(dict.fromkeys(values))
    return "Literal[" + ", ".join(repr(v) for v in unique) + "]"


class TypeMapper:
    """Maps schemas of one document; ``schema_names`` maps component refs to classes."""

    def __init__(
        self, doc: Document, schema_names: dict[str, str], models_prefix: str = "models."
    ) -> None:
        self.doc = doc
        self.schema_names = schema_names
        self.prefix = models_prefix
        self.dropped_patterns: list[str] = []

    def nullable(self, schema: Any) -> bool:
        if not isinstance(schema, dict):
            return False
        if schema.get("nullable") is True:
            return True
        types = schema.get("type")
        return isinstance(types, list) and "null" in types

    def annotation(self, schema: Any, *, constraints: bool = False, depth: int = 0) -> str:
        if depth > 12 or schema is None or schema is True or schema == {}:
            return "Any"
        if not isinstance(schema, dict):
            return "Any"
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = self.schema_names.get(ref)
            if name is not None:
                base = self.prefix + name
                values = self._enum_values(schema)
                if values is not None:
                    # A member or its plain value: ``models.Order | Literal["asc", "desc"]``
                    # in signatures; the runtime validates against the ``Literal`` alone
                    # (strict validation takes both members and plain values through it).
                    base = values if constraints else _union([base, values])
                return _union([base, "None"]) if self.nullable(schema) else base
            try:
                target = self.doc.deref(schema)
            except KeyError:
                return "Any"
            return self.annotation(target, constraints=constraints, depth=depth + 1)
        base = self._base(schema, constraints=constraints, depth=depth)
        return _union([base, "None"]) if self.nullable(schema) else base

    def _enum_values(self, schema: dict[str, Any]) -> str | None:
        """The ``Literal`` of the values of the enum component ``schema`` refers to, if any."""
        try:
            target = self.doc.deref(schema)
        except (KeyError, IndexError, ValueError, TypeError):
            return None
        if not isinstance(target, dict) or not isinstance(target.get("enum"), list):
            return None
        return _literal([v for v in target["enum"] if v is not None])

    def _base(self, schema: dict[str, Any], *, constraints: bool, depth: int) -> str:
        if "const" in schema:
            literal = _literal([schema["const"]])
            if literal:
                return literal
        if isinstance(schema.get("enum"), list):
            literal = _literal([v for v in schema["enum"] if v is not None])
            if literal:
                return literal
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                return _union(
                    [self.annotation(o, constraints=constraints, depth=depth + 1) for o in options]
                )
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            return self.annotation(all_of[0], constraints=constraints, depth=depth + 1)
        if all_of:
            return "Any"
        types = schema.get("type")
        if isinstance(types, list):
            concrete = [t for t in types if t != "null"]
            if len(concrete) != 1:
                return _union(
                    [self._simple(t, schema, constraints, depth) for t in concrete] or ["Any"]
                )
            types = concrete[0]
        if types is None:
            if "properties" in schema or "additionalProperties" in schema:
                types = "object"
            elif "items" in schema:
                types = "array"
            else:
                return "Any"
        return self._simple(types, schema, constraints, depth)

    def _simple(self, kind: Any, schema: dict[str, Any], constraints: bool, depth: int) -> str:
        if kind == "string":
            if schema.get("format") == "binary":
                return "bytes"
            return self._constrained("str", self._string_constraints(schema), constraints)
        if kind == "integer":
            return self._constrained(
                "int", self._number_constraints(schema, integer=True), constraints
            )
        if kind == "number":
            return self._constrained(
                "float", self._number_constraints(schema, integer=False), constraints
            )
        if kind == "boolean":
            return "bool"
        if kind == "null":
            return "None"
        if kind == "array":
            item = self.annotation(schema.get("items"), constraints=constraints, depth=depth + 1)
            bounds = {}
            if constraints:
                if isinstance(schema.get("minItems"), int):
                    bounds["min_length"] = schema["minItems"]
                if isinstance(schema.get("maxItems"), int):
                    bounds["max_length"] = schema["maxItems"]
            return self._constrained(f"list[{item}]", bounds, constraints)
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and not schema.get("properties"):
                value = self.annotation(extra, constraints=constraints, depth=depth + 1)
                return f"dict[str, {value}]"
            return "dict[str, Any]"
        return "Any"

    def _string_constraints(self, schema: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if isinstance(schema.get("minLength"), int):
            out["min_length"] = schema["minLength"]
        if isinstance(schema.get("maxLength"), int):
            out["max_length"] = schema["maxLength"]
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt in CHECKED_FORMATS:
            # Checked by the runtime on requests; the value is sent as given.
            out["json_schema_extra"] = {"format": fmt}
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            translated = translate_pattern(pattern)
            if translated is None:
                self.dropped_patterns.append(pattern)
            else:
                out["pattern"] = translated
        return out

    def _number_constraints(self, schema: dict[str, Any], *, integer: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        number = (int, float)
        if isinstance(schema.get("minimum"), number) and not isinstance(
            schema.get("minimum"), bool
        ):
            key = "gt" if schema.get("exclusiveMinimum") is True else "ge"
            out[key] = schema["minimum"]
        if isinstance(schema.get("maximum"), number) and not isinstance(
            schema.get("maximum"), bool
        ):
            key = "lt" if schema.get("exclusiveMaximum") is True else "le"
            out[key] = schema["maximum"]
        for key, target in (("exclusiveMinimum", "gt"), ("exclusiveMaximum", "lt")):
            value = schema.get(key)
            if isinstance(value, number) and not isinstance(value, bool):
                out[target] = value
        if isinstance(schema.get("multipleOf"), number) and not isinstance(
            schema.get("multipleOf"), bool
        ):
            out["multiple_of"] = schema["multipleOf"]
        if integer:
            bounds = {"int32": INT32, "int64": INT64}.get(str(schema.get("format")))
            if bounds:
                out.setdefault("ge", bounds[0]) if "gt" not in out else None
                out.setdefault("le", bounds[1]) if "lt" not in out else None
        return out

    def constrained(self, base: str, bounds: dict[str, Any]) -> str:
        """``Annotated[base, Field(**bounds)]`` (``base`` itself without bounds)."""
        return self._constrained(base, bounds, True)

    @staticmethod
    def _constrained(base: str, bounds: dict[str, Any], constraints: bool) -> str:
        if not constraints or not bounds:
            return base
        args = ", ".join(f"{k}={v!r}" for k, v in sorted(bounds.items()))
        return f"Annotated[{base}, Field({args})]"
