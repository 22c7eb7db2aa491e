"""A structural walk of a loaded document: where its operations, parameters, headers,
media types and schemas are, each with its JSON pointer.

The walk never follows ``$ref``: a referenced object is visited where it is defined (in
``components`` or inline elsewhere), so every object is visited once. Nodes of the wrong
shape (a list where a mapping belongs, ...) are skipped: openapi-spec-validator reports
them, and the rules must not crash on them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import escape_pointer_token, unescape_pointer_token
from generator.loader import COMPONENT_KINDS, HTTP_METHODS, Document, resolve_pointer

# Where an operation was found. Operations of ``paths`` (and of ``components/pathItems``,
# which ``paths`` refer to) become client methods; webhooks and callbacks are requests the
# API sends, so only the document-wide operationId uniqueness applies to them.
CLIENT_ORIGINS = frozenset({"paths", "pathItems"})

# Keywords whose value is one subschema, a map of subschemas, or a list of subschemas.
_SCHEMA_ONE = (
    "items",
    "additionalItems",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_SCHEMA_MAP = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")
_SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems", "items")


def join(ptr: str, *tokens: str | int) -> str:
    """``ptr`` extended by raw (unescaped) tokens."""
    return ptr + "".join("/" + escape_pointer_token(token) for token in tokens)


def split(ptr: str) -> list[str]:
    """The unescaped tokens of a JSON pointer."""
    if ptr in ("", "/"):
        return []
    return [unescape_pointer_token(token) for token in ptr[1:].split("/")]


def ref_target(ref: str) -> str | None:
    """The JSON pointer a local ``$ref`` names, or None for a non-local one."""
    if not ref.startswith("#"):
        return None
    return unquote(ref[1:])


def follow(doc: Document, node: Any) -> tuple[Any, str | None]:
    """Follow a chain of local ``$ref`` objects: ``(target, last ref)``.

    The target is None when a reference does not resolve or the chain is a cycle; the
    second item is None when ``node`` is not a reference.
    """
    seen: set[str] = set()
    last: str | None = None
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        target = ref_target(ref)
        if target is None or ref in seen:
            return None, ref
        seen.add(ref)
        last = ref
        try:
            node = resolve_pointer(doc.data, target)
        except KeyError:
            return None, ref
    return node, last


def items(node: Any, *, extensions: bool = True) -> Iterator[tuple[str, Any]]:
    """The entries of a mapping (none for anything else); ``x-`` keys skipped unless
    ``extensions`` is True (maps of names, such as ``properties``, keep them)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if extensions or not str(key).startswith("x-"):
                yield str(key), value


@dataclass(frozen=True)
class Site:
    """An object of the document: its pointer, the object, the key naming it, and the
    direction its data travels (``request``, ``response`` or ``""`` when unknown)."""

    pointer: str
    node: dict[str, Any]
    name: str = ""
    direction: str = ""


@dataclass(frozen=True)
class Operation:
    pointer: str
    node: dict[str, Any]
    path: str
    method: str
    origin: str  # "paths", "pathItems", "webhooks" or "callbacks"

    @property
    def is_client(self) -> bool:
        return self.origin in CLIENT_ORIGINS


@dataclass
class Outline:
    operations: list[Operation] = field(default_factory=list)
    parameters: list[Site] = field(default_factory=list)
    headers: list[Site] = field(default_factory=list)
    media_types: list[Site] = field(default_factory=list)
    schemas: list[Site] = field(default_factory=list)

    @property
    def client_operations(self) -> list[Operation]:
        return [op for op in self.operations if op.is_client]


def outline(doc: Document) -> Outline:
    """Walk ``doc`` once and list its objects."""
    walker = _Walker(doc.version == "3.1")
    walker.document(doc.data)
    return walker.out


class _Walker:
    def __init__(self, v31: bool) -> None:
        self.v31 = v31
        self.out = Outline()

    def document(self, data: dict[str, Any]) -> None:
        for key, item in items(data.get("paths"), extensions=False):
            self.path_item(join("/paths", key), item, key, "paths")
        for key, item in items(data.get("webhooks"), extensions=False):
            self.path_item(join("/webhooks", key), item, key, "webhooks")
        components = data.get("components")
        if not isinstance(components, dict):
            return
        base = "/components"
        for name, node in items(components.get("schemas")):
            self.schema(join(base, "schemas", name), node)
        for name, node in items(components.get("responses")):
            self.response(join(base, "responses", name), node)
        for name, node in items(components.get("parameters")):
            self.parameter(join(base, "parameters", name), node)
        for name, node in items(components.get("requestBodies")):
            self.request_body(join(base, "requestBodies", name), node)
        for name, node in items(components.get("headers")):
            self.header(join(base, "headers", name), node, name, "response")
        for name, node in items(components.get("callbacks")):
            self.callback(join(base, "callbacks", name), node)
        for name, node in items(components.get("pathItems")):
            self.path_item(join(base, "pathItems", name), node, name, "pathItems")

    def path_item(self, ptr: str, node: Any, path: str, origin: str) -> None:
        if not isinstance(node, dict):
            return
        for index, param in enumerate(_list(node.get("parameters"))):
            self.parameter(join(ptr, "parameters", index), param)
        for method, op in node.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                self.operation(join(ptr, method), op, path, method, origin)

    def operation(
        self, ptr: str, node: dict[str, Any], path: str, method: str, origin: str
    ) -> None:
        self.out.operations.append(Operation(ptr, node, path, method, origin))
        for index, param in enumerate(_list(node.get("parameters"))):
            self.parameter(join(ptr, "parameters", index), param)
        if "requestBody" in node:
            self.request_body(join(ptr, "requestBody"), node["requestBody"])
        for code, response in items(node.get("responses"), extensions=False):
            self.response(join(ptr, "responses", code), response)
        for name, callback in items(node.get("callbacks"), extensions=False):
            self.callback(join(ptr, "callbacks", name), callback)

    def callback(self, ptr: str, node: Any) -> None:
        if not _is_ref(node):
            for expression, item in items(node, extensions=False):
                self.path_item(join(ptr, expression), item, expression, "callbacks")

    def request_body(self, ptr: str, node: Any) -> None:
        if isinstance(node, dict) and not _is_ref(node):
            self.content(join(ptr, "content"), node.get("content"), "request")

    def response(self, ptr: str, node: Any) -> None:
        if not isinstance(node, dict) or _is_ref(node):
            return
        for name, header in items(node.get("headers")):
            self.header(join(ptr, "headers", name), header, name, "response")
        self.content(join(ptr, "content"), node.get("content"), "response")

    def content(self, ptr: str, node: Any, direction: str) -> None:
        for media_type, media in items(node):
            if not isinstance(media, dict):
                continue
            here = join(ptr, media_type)
            self.out.media_types.append(Site(here, media, media_type, direction))
            if "schema" in media:
                self.schema(join(here, "schema"), media["schema"])
            for prop, encoding in items(media.get("encoding")):
                if isinstance(encoding, dict):
                    for name, header in items(encoding.get("headers")):
                        self.header(
                            join(here, "encoding", prop, "headers", name), header, name, direction
                        )

    def parameter(self, ptr: str, node: Any) -> None:
        if not isinstance(node, dict) or _is_ref(node):
            return
        name = node.get("name")
        self.out.parameters.append(
            Site(ptr, node, name if isinstance(name, str) else "", "request")
        )
        self._schema_and_content(ptr, node, "request")

    def header(self, ptr: str, node: Any, name: str, direction: str) -> None:
        if not isinstance(node, dict) or _is_ref(node):
            return
        self.out.headers.append(Site(ptr, node, name, direction))
        self._schema_and_content(ptr, node, direction)

    def _schema_and_content(self, ptr: str, node: dict[str, Any], direction: str) -> None:
        if "schema" in node:
            self.schema(join(ptr, "schema"), node["schema"])
        self.content(join(ptr, "content"), node.get("content"), direction)

    def schema(self, ptr: str, node: Any) -> None:
        """Record the schema at ``ptr`` and every subschema below it."""
        stack: list[tuple[str, Any]] = [(ptr, node)]
        while stack:
            here, current = stack.pop()
            if not isinstance(current, dict):
                continue  # boolean schemas (3.1) and malformed nodes
            if _is_ref(current) and not self.v31:
                continue  # OpenAPI 3.0 ignores the siblings of $ref
            self.out.schemas.append(Site(here, current))
            below: list[tuple[str, Any]] = []
            for key in _SCHEMA_ONE:
                if isinstance(current.get(key), dict):
                    below.append((join(here, key), current[key]))
            for key in _SCHEMA_MAP:
                for name, sub in items(current.get(key)):
                    below.append((join(here, key, name), sub))
            for key in _SCHEMA_LIST:
                for index, sub in enumerate(_list(current.get(key))):
                    below.append((join(here, key, index), sub))
            stack.extend(reversed(below))


# A generic walk over every object of the document that is not instance data. ``mode``
# says what the keys of a mapping are: ``object`` (an OpenAPI object or a schema, whose
# keys are keywords), ``names`` (a map of names such as ``properties`` or ``responses``),
# ``example-names`` (an ``examples`` map) or ``example`` (an Example Object).
_NAME_MAPS = frozenset(
    {
        "paths",
        "webhooks",
        "content",
        "encoding",
        "variables",
        "properties",
        "patternProperties",
        "dependentSchemas",
        "$defs",
        "definitions",
        *COMPONENT_KINDS,
    }
)
_LITERAL_KEYS = frozenset({"example", "default", "enum", "const"})


def child_mode(mode: str, key: str, value: Any) -> str | None:
    """The mode of ``value`` found under ``key`` of a mapping in ``mode``; None when the
    value is instance data (an example, a default, an enum), where ``$ref`` means nothing."""
    if mode == "names":
        return "object"
    if mode == "example-names":
        return "example"
    if mode == "example":
        return None if key == "value" else "object"
    if key in _LITERAL_KEYS:
        return None
    if key == "examples":
        return "example-names" if isinstance(value, dict) else None
    return "names" if key in _NAME_MAPS else "object"


def iter_objects(
    node: Any, ptr: str = "", mode: str = "object"
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(pointer, mapping)`` for every OpenAPI object and schema below ``node``
    (including ``node``, which is in ``mode``), in document order; maps of names and
    instance data are not yielded (their members are)."""
    stack: list[tuple[str, Any, str]] = [(ptr, node, mode)]
    while stack:
        here, current, mode = stack.pop()
        below: list[tuple[str, Any, str]] = []
        if isinstance(current, dict):
            if mode in ("object", "example"):
                yield here, current
            for key, value in current.items():
                sub = child_mode(mode, str(key), value)
                if sub is not None and isinstance(value, (dict, list)):
                    below.append((join(here, key), value, sub))
        elif isinstance(current, list):
            below = [(join(here, i), value, "object") for i, value in enumerate(current)]
        stack.extend(reversed(below))


def iter_refs(node: Any, ptr: str = "") -> Iterator[tuple[str, str]]:
    """``(pointer of the reference object, $ref value)`` for every reference below ``node``.

    Unlike a keyword-blind walk this one knows that ``default`` under ``responses`` or a
    property named ``example`` are not instance data.
    """
    for here, obj in iter_objects(node, ptr):
        ref = obj.get("$ref")
        if isinstance(ref, str):
            yield here, ref


def _is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []
