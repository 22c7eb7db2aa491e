"""What kind of OpenAPI object sits at a JSON pointer (schema, parameter, response, ...).

The kind of the place a ``$ref`` object stands decides what it may point at and how it
degrades when it cannot be followed (a schema becomes ``{}``, a parameter is left out).
The walk knows only the standard places; anything else (extensions, a top-level
``definitions``) has no kind, and is never judged.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

#: The operation keys of a Path Item Object.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

SCHEMA = "schema"
PARAMETER = "parameter"
HEADER = "header"
RESPONSE = "response"
REQUEST_BODY = "requestBody"
EXAMPLE = "example"
LINK = "link"
CALLBACK = "callback"
PATH_ITEM = "pathItem"
SECURITY_SCHEME = "securityScheme"
MEDIA_TYPE = "mediaType"
ENCODING = "encoding"
OPERATION = "operation"
DOCUMENT = "document"

#: ``components`` member maps and the kind of their members.
_COMPONENTS = {
    "schemas": SCHEMA,
    "responses": RESPONSE,
    "parameters": PARAMETER,
    "examples": EXAMPLE,
    "requestBodies": REQUEST_BODY,
    "headers": HEADER,
    "securitySchemes": SECURITY_SCHEME,
    "links": LINK,
    "callbacks": CALLBACK,
    "pathItems": PATH_ITEM,
}

#: Top-level parts of a document that hold none of the kinds above.
_DOCUMENT_PARTS = frozenset(
    {"openapi", "info", "servers", "tags", "externalDocs", "security", "jsonSchemaDialect"}
)

# child key -> ("one", kind) | ("map", kind) | ("list", kind), per object kind
_ONE, _MAP, _LIST = "one", "map", "list"
_SCHEMA_CHILDREN = {
    **{
        key: (_MAP, SCHEMA)
        for key in ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
    },
    **{
        key: (_ONE, SCHEMA)
        for key in (
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
            "contentSchema",
        )
    },
    **{key: (_LIST, SCHEMA) for key in ("allOf", "anyOf", "oneOf", "prefixItems")},
}
_CHILDREN: dict[str, dict[str, tuple[str, str]]] = {
    DOCUMENT: {"paths": (_MAP, PATH_ITEM), "webhooks": (_MAP, PATH_ITEM)},
    PATH_ITEM: {
        "parameters": (_LIST, PARAMETER),
        **{method: (_ONE, OPERATION) for method in HTTP_METHODS},
    },
    OPERATION: {
        "parameters": (_LIST, PARAMETER),
        "requestBody": (_ONE, REQUEST_BODY),
        "responses": (_MAP, RESPONSE),
        "callbacks": (_MAP, CALLBACK),
    },
    PARAMETER: {
        "schema": (_ONE, SCHEMA),
        "content": (_MAP, MEDIA_TYPE),
        "examples": (_MAP, EXAMPLE),
    },
    REQUEST_BODY: {"content": (_MAP, MEDIA_TYPE)},
    RESPONSE: {
        "headers": (_MAP, HEADER),
        "content": (_MAP, MEDIA_TYPE),
        "links": (_MAP, LINK),
    },
    MEDIA_TYPE: {
        "schema": (_ONE, SCHEMA),
        "examples": (_MAP, EXAMPLE),
        "encoding": (_MAP, ENCODING),
    },
    ENCODING: {"headers": (_MAP, HEADER)},
    SCHEMA: _SCHEMA_CHILDREN,
}
_CHILDREN[HEADER] = _CHILDREN[PARAMETER]


def kind_at(tokens: Sequence[str]) -> str | None:
    """The kind of object at the (unescaped) pointer ``tokens``, or None when unknown."""
    if tokens and tokens[0] in _DOCUMENT_PARTS:
        return f"{tokens[0]} object" if len(tokens) == 1 else None
    kind: str | None = DOCUMENT
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if kind == DOCUMENT and token == "components":
            if index + 1 >= len(tokens):
                return None
            member = _COMPONENTS.get(tokens[index + 1])
            if member is None or index + 2 >= len(tokens):
                return None
            kind, index = member, index + 3
            continue
        if kind == CALLBACK:  # a callback is a map of expressions to path items
            kind, index = PATH_ITEM, index + 1
            continue
        if kind == SCHEMA and token == "items":
            # `items` holds a schema, or (draft 4 tuples) a list of schemas
            if index + 1 < len(tokens) and tokens[index + 1].isdigit():
                index += 1
            kind, index = SCHEMA, index + 1
            continue
        step = _CHILDREN.get(kind or "", {}).get(token)
        if step is None:
            return None
        shape, child = step
        if shape == _ONE:
            index += 1
        else:
            if index + 1 >= len(tokens):
                return None  # the map or list itself
            index += 2
        kind = child
    return kind


def compatible(expected: str, found: str) -> bool:
    """Whether a ``$ref`` standing where ``expected`` belongs may name a ``found``."""
    if expected == found:
        return True
    # the same shape: a header is a parameter without name and in; a request body and a
    # response both hold a description and content (real documents mix them up)
    return {expected, found} in ({PARAMETER, HEADER}, {RESPONSE, REQUEST_BODY})


def walk(data: Any) -> Iterator[tuple[tuple[str | int, ...], Any, str]]:
    """``(tokens, node, kind)`` for every node of ``data`` at a place of known kind,
    parents before children; a node at a schema place may be of any JSON type."""
    stack: list[tuple[tuple[str | int, ...], Any, str]] = [((), data, DOCUMENT)]
    while stack:
        tokens, node, kind = stack.pop()
        yield tokens, node, kind
        if not isinstance(node, dict):
            continue
        found: list[tuple[tuple[str | int, ...], Any, str]] = []
        if kind == DOCUMENT and isinstance(node.get("components"), dict):
            for member, member_kind in _COMPONENTS.items():
                mapping = node["components"].get(member)
                if isinstance(mapping, dict):
                    found.extend(
                        (("components", member, name), value, member_kind)
                        for name, value in mapping.items()
                    )
        if kind == CALLBACK:
            found.extend(((*tokens, k), v, PATH_ITEM) for k, v in node.items())
        if kind == SCHEMA and "items" in node:
            items = node["items"]
            if isinstance(items, list):
                found.extend(((*tokens, "items", i), v, SCHEMA) for i, v in enumerate(items))
            else:
                found.append(((*tokens, "items"), items, SCHEMA))
        for key, (shape, child) in _CHILDREN.get(kind, {}).items():
            if key not in node:
                continue
            value = node[key]
            if shape == _ONE:
                found.append(((*tokens, key), value, child))
            elif shape == _MAP and isinstance(value, dict):
                found.extend(((*tokens, key, k), v, child) for k, v in value.items())
            elif shape == _LIST and isinstance(value, list):
                found.extend(((*tokens, key, i), v, child) for i, v in enumerate(value))
        stack.extend(reversed(found))
