"""Schema slips real documents carry, repaired with a warning naming the pointer.

openapi-spec-validator reports these too, but as warnings for ``generate``; left in
place, one of them (``properties`` written as a list, a property schema written as the
string ``"string"``, ``required: true`` on a property in the Swagger 2 habit) makes
datamodel-code-generator refuse the whole document, and every schema of it would stay
untyped. Here each is repaired where it stands, so only that part degrades:

- a schema that is not a mapping (or a boolean) becomes ``{}`` (Any);
- a keyword whose value has the wrong JSON type is dropped (``maxLength: "10"``,
  ``enum: "a"``, ``properties: [...]``); list items of the wrong type are dropped;
- ``required: true`` on a property names that property in its parent's ``required``;
- enum values of another JSON type than the schema's single ``type`` are dropped;
  ``null`` among them makes the schema nullable (in the enum of a nullable 3.0 schema it
  is implied by ``nullable``: dropped without a warning);
- a discriminator mapping entry naming a schema that does not exist is dropped;
- a component schema that inherits from itself through ``allOf`` loses the member that
  closes the cycle (it becomes ``{}``).

Every repair is a warning (``schema-repaired``); ``generate --strict`` refuses instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Collector, Location, pointer
from generator.loader import kinds
from generator.loader.refs import resolve_pointer

_NUMBER = "a number"
_INTEGER = "a non-negative integer"
_STRING = "a string"
_BOOLEAN = "a boolean"
_MAPPING = "a mapping"
_LIST = "a list"
_SCHEMA = "a schema"

#: keyword -> what its value must be
_KEYWORDS: dict[str, str] = {
    **dict.fromkeys(("minimum", "maximum", "multipleOf"), _NUMBER),
    **dict.fromkeys(
        ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"),
        _INTEGER,
    ),
    **dict.fromkeys(("pattern", "format", "title", "description", "$id", "$anchor"), _STRING),
    **dict.fromkeys(("nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems"), _BOOLEAN),
    **dict.fromkeys(
        ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"), _MAPPING
    ),
    "discriminator": _MAPPING,
    **dict.fromkeys(("allOf", "anyOf", "oneOf", "prefixItems", "enum"), _LIST),
    "required": _LIST,
    **dict.fromkeys(
        (
            "additionalProperties",
            "not",
            "contains",
            "propertyNames",
            "if",
            "then",
            "else",
            "unevaluatedItems",
            "unevaluatedProperties",
            "additionalItems",
        ),
        _SCHEMA,
    ),
}


_ENUM_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
}
_TYPE_NAMES = {
    "string": "strings",
    "integer": "integers",
    "number": "numbers",
    "boolean": "booleans",
}


def _is(value: Any, expected: str) -> bool:
    if expected == _NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if expected == _INTEGER:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if expected == _STRING:
        return isinstance(value, str)
    if expected == _BOOLEAN:
        return isinstance(value, bool)
    if expected == _MAPPING:
        return isinstance(value, dict)
    if expected == _LIST:
        return isinstance(value, list)
    return isinstance(value, dict | bool)  # a schema


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "a mapping"


class _Repair:
    def __init__(self, data: dict[str, Any], display: str, collector: Collector) -> None:
        self.version = str(data.get("openapi", ""))[:3]
        self.data = data
        self.display = display
        self.collector = collector

    def warn(self, tokens: tuple[str | int, ...], message: str) -> None:
        self.collector.warn(Location(self.display, pointer(*tokens)), "schema-repaired", message)

    def run(self) -> None:
        for tokens, node, kind in kinds.walk(self.data):
            if kind != kinds.SCHEMA:
                continue
            if not isinstance(node, dict | bool):
                self.replace(tokens, f"a schema must be a mapping, not {_describe(node)}")
            elif isinstance(node, dict):
                self.schema(node, tokens)
        self.allof_cycles()

    def replace(self, tokens: tuple[str | int, ...], why: str) -> None:
        parent = resolve_pointer(self.data, pointer(*tokens[:-1]))
        key = tokens[-1]
        if isinstance(parent, list) and isinstance(key, int):
            parent[key] = {}
        elif isinstance(parent, dict):
            parent[str(key)] = {}
        self.warn(tokens, f"{why}; typed as Any")

    def schema(self, node: dict[str, Any], tokens: tuple[str | int, ...]) -> None:
        for key, expected in _KEYWORDS.items():
            if key not in node:
                continue
            value = node[key]
            if key == "required" and isinstance(value, bool):
                self.required_flag(node, value, tokens)
                continue
            if not _is(value, expected):
                del node[key]
                self.warn(
                    (*tokens, key), f"{key} must be {expected}, not {_describe(value)}; ignored"
                )
        for key in ("exclusiveMinimum", "exclusiveMaximum"):  # a number, or 3.0's boolean
            if key in node and not isinstance(node[key], int | float):
                self.warn(
                    (*tokens, key), f"{key} must be a number, not {_describe(node[key])}; ignored"
                )
                del node[key]
        if "type" in node and not (
            isinstance(node["type"], str)
            or (isinstance(node["type"], list) and all(isinstance(t, str) for t in node["type"]))
        ):
            self.warn(
                (*tokens, "type"),
                f"type must be a string or a list of strings, not {_describe(node['type'])}; ignored",
            )
            del node["type"]
        required = node.get("required")
        if isinstance(required, list) and not all(isinstance(n, str) for n in required):
            node["required"] = [n for n in required if isinstance(n, str)]
            self.warn(
                (*tokens, "required"),
                "required lists property names; items that are not strings are ignored",
            )
        if isinstance(node.get("enum"), list):
            self.enum(node, tokens)
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict):
            self.discriminator(discriminator, (*tokens, "discriminator"))

    def enum(self, node: dict[str, Any], tokens: tuple[str | int, ...]) -> None:
        """Enum values the schema's own ``type`` can never accept are dropped; a ``null``
        of a nullable schema (3.0's ``nullable: true``) is implied by it and dropped."""
        values: list[Any] = node["enum"]
        kind = node.get("type")
        if None in values and node.get("nullable") is True:
            node["enum"] = values = [v for v in values if v is not None]
        if not isinstance(kind, str) or kind not in _ENUM_TYPES:
            return
        if None in values:  # null listed but not allowed by the type: read as nullable
            node["enum"] = values = [v for v in values if v is not None]
            if self.version == "3.0":
                node["nullable"] = True
            else:
                node["type"] = [kind, "null"]
            self.warn((*tokens, "enum"), f"null in the enum of a {kind} schema; read as nullable")
        check = _ENUM_TYPES[kind]
        wrong = [v for v in values if not check(v)]
        if not wrong:
            return
        node["enum"] = [v for v in values if check(v)]
        shown = ", ".join(json.dumps(v) for v in wrong[:5]) + (", ..." if len(wrong) > 5 else "")
        self.warn(
            (*tokens, "enum"), f"enum values that are not {_TYPE_NAMES[kind]} are ignored: {shown}"
        )
        if not node["enum"]:
            del node["enum"]

    def required_flag(
        self, node: dict[str, Any], value: bool, tokens: tuple[str | int, ...]
    ) -> None:
        """``required: true`` on a property (Swagger 2 habit): named in the parent instead."""
        del node["required"]
        if len(tokens) >= 3 and tokens[-2] == "properties" and value:
            parent = resolve_pointer(self.data, pointer(*tokens[:-2]))
            if isinstance(parent, dict):
                names = parent.get("required")
                names = names if isinstance(names, list) else []
                if tokens[-1] not in names:
                    names.append(str(tokens[-1]))
                parent["required"] = names
                self.warn(
                    (*tokens, "required"),
                    f"required must be a list of property names, not a boolean; read as "
                    f"{tokens[-1]!s} being required by the parent schema",
                )
                return
        self.warn(
            (*tokens, "required"),
            "required must be a list of property names, not a boolean; ignored",
        )

    def discriminator(self, node: dict[str, Any], tokens: tuple[str | int, ...]) -> None:
        if not isinstance(node.get("propertyName"), str):
            self.warn(tokens, "a discriminator needs a propertyName string; ignored")
            parent = resolve_pointer(self.data, pointer(*tokens[:-1]))
            del parent["discriminator"]
            return
        mapping = node.get("mapping")
        if mapping is None:
            return
        if not isinstance(mapping, dict):
            self.warn(
                (*tokens, "mapping"),
                f"mapping must be a mapping, not {_describe(mapping)}; ignored",
            )
            del node["mapping"]
            return
        schemas = (self.data.get("components") or {}).get("schemas") or {}
        for value, target in list(mapping.items()):
            at = (*tokens, "mapping", value)
            if not isinstance(target, str):
                self.warn(
                    at, f"a discriminator mapping names a schema, not {_describe(target)}; ignored"
                )
                del mapping[value]
                continue
            if target.startswith("#"):
                try:
                    resolve_pointer(self.data, unquote(target[1:]))
                    continue
                except KeyError:
                    pass
            elif "#" not in target and "/" not in target and target in schemas:
                continue
            elif "#" in target or "/" in target:
                continue  # a file ref: bundling has made the refs it could local
            self.warn(at, f"{target} does not resolve; the mapping entry is ignored")
            del mapping[value]

    def allof_cycles(self) -> None:
        """Break inheritance cycles between component schemas (``A: allOf: [$ref: A]``)."""
        schemas = (self.data.get("components") or {}).get("schemas")
        if not isinstance(schemas, dict):
            return
        prefix = "#/components/schemas/"

        def parents(name: str) -> list[tuple[int, str]]:
            node = schemas.get(name)
            members = node.get("allOf") if isinstance(node, dict) else None
            found = []
            for index, member in enumerate(members if isinstance(members, list) else ()):
                ref = member.get("$ref") if isinstance(member, dict) else None
                if isinstance(ref, str) and ref.startswith(prefix):
                    target = unquote(ref[len(prefix) :]).replace("~1", "/").replace("~0", "~")
                    if target in schemas:
                        found.append((index, target))
            return found

        state: dict[str, int] = {}  # 1: on the current path, 2: done
        for start in schemas:
            if start in state:
                continue
            path: list[str] = [start]
            iters = [iter(parents(start))]
            state[start] = 1
            while iters:
                step = next(iters[-1], None)
                if step is None:
                    state[path.pop()] = 2
                    iters.pop()
                    continue
                index, target = step
                if state.get(target) == 1:
                    cycle = " -> ".join([*path[path.index(target) :], target])
                    owner = path[-1]
                    schemas[owner]["allOf"][index] = {}
                    self.warn(
                        ("components", "schemas", owner, "allOf", index),
                        f"a schema cannot inherit from itself (allOf cycle {cycle}); "
                        "this member is typed as Any",
                    )
                elif target not in state:
                    state[target] = 1
                    path.append(target)
                    iters.append(iter(parents(target)))


def repair_schemas(data: dict[str, Any], display: str, collector: Collector) -> None:
    """Repair the schema slips listed in the module doc, each with a warning."""
    _Repair(data, display, collector).run()
