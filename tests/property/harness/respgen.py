"""Response documents drawn by schemathesis' own generator (research note, section 3.3).

Each JSON response schema becomes the ``requestBody`` of a synthetic POST operation, loaded
with ``schemathesis.openapi.from_dict``; the body strategy of that operation then draws
response documents (OAS 3.1 semantics, formats, ECMA patterns). References are inlined
first, ``readOnly`` markers are dropped (schemathesis keeps readOnly properties out of
request bodies) and ``writeOnly`` properties are removed (a server never sends them).
"""

from __future__ import annotations

import copy
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import GenerationMode

from . import oracle
from .specs import OpBinding

_STRATEGIES: dict[tuple[str, str], st.SearchStrategy[Any] | None] = {}


def inline(op: OpBinding, node: Any, depth: int = 0) -> Any:
    """``node`` with every local ``$ref`` replaced by its target (siblings kept)."""
    if depth > 64:
        raise RecursionError("recursive schema; not supported by this harness")
    if isinstance(node, dict):
        if "$ref" in node:
            target = inline(op, op.spec.resolve({"$ref": node["$ref"]}), depth + 1)
            siblings = {k: inline(op, v, depth + 1) for k, v in node.items() if k != "$ref"}
            if not siblings:
                return target
            return {"allOf": [target], **siblings}
        return {
            key: inline(op, value, depth + 1)
            for key, value in node.items()
            if not (key in ("$id", "$schema") and isinstance(value, str))
        }
    if isinstance(node, list):
        return [inline(op, item, depth + 1) for item in node]
    return node


def minimal(strategy: st.SearchStrategy[Any]) -> Any:
    """One value of ``strategy`` (deterministic, no shrinking: shrinking a large response
    schema costs minutes), or ``oracle.MISSING`` when it draws none."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis.errors import HypothesisException

    found: list[Any] = []

    @settings(
        database=None,
        derandomize=True,
        deadline=None,
        max_examples=1,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def first(value: Any) -> None:
        found.append(value)

    try:
        first()
    except (HypothesisException, RecursionError):
        return oracle.MISSING
    return found[0] if found else oracle.MISSING


def response_view(schema: Any) -> Any:
    """Drop ``writeOnly`` properties and ``readOnly`` markers, recursively."""
    if isinstance(schema, dict):
        result = {k: response_view(v) for k, v in schema.items() if k != "readOnly"}
        props = result.get("properties")
        if isinstance(props, dict):
            hidden = [
                name
                for name, sub in schema["properties"].items()
                if isinstance(sub, dict) and sub.get("writeOnly")
            ]
            result["properties"] = {k: v for k, v in props.items() if k not in hidden}
            if hidden and "required" in result:
                result["required"] = [r for r in result["required"] if r not in hidden]
        return result
    if isinstance(schema, list):
        return [response_view(item) for item in schema]
    return schema


def response_media(op: OpBinding, status: str) -> tuple[str | None, dict[str, Any] | None]:
    """The first documented media type of ``status`` and its schema; ``(None, None)``."""
    response = op.spec.resolve(op.raw["responses"][status])
    content = response.get("content") or {}
    for media_type, media in content.items():
        if oracle.media_kind(media_type) == "json" or len(content) == 1:
            return media_type, op.spec.resolve((op.spec.resolve(media) or {}).get("schema", {}))
    for media_type, media in content.items():
        return media_type, op.spec.resolve((op.spec.resolve(media) or {}).get("schema", {}))
    return None, None


def response_schema(op: OpBinding, status: str) -> dict[str, Any] | None:
    response = op.spec.resolve(op.raw["responses"][status])
    content = response.get("content") or {}
    for media_type, media in content.items():
        if oracle.media_kind(media_type) == "json":
            return (op.spec.resolve(media) or {}).get("schema", {})  # type: ignore[no-any-return]
    return None


#: Bodies served for binary media types (``format: binary``: any octets).
BINARY_BODIES = st.binary(max_size=64)


def _synthetic_document(op: OpBinding, schema: Any) -> dict[str, Any]:
    """A one-operation document whose request body is ``schema`` (response view).

    Non-recursive schemas are inlined (3.1 semantics, as before). Recursive ones keep their
    references and travel with the document's components, in the document's own OpenAPI
    version (so 3.0 ``nullable`` keeps its meaning).
    """
    try:
        prepared = response_view(inline(op, copy.deepcopy(schema)))
        version, components = "3.1.0", None
    except RecursionError:
        prepared = response_view(copy.deepcopy(schema))
        version = str(op.spec.raw.get("openapi", "3.1.0"))
        components = response_view(copy.deepcopy(op.spec.raw.get("components", {})))
    if op.spec.is_oas30 and components is None and _mentions_nullable(prepared):
        version = str(op.spec.raw["openapi"])
    document: dict[str, Any] = {
        "openapi": version,
        "info": {"title": f"responses of {op.id}", "version": "1"},
        "paths": {
            "/response": {
                "post": {
                    "operationId": "serve",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": prepared}},
                    },
                    "responses": {"200": {"description": "unused"}},
                }
            }
        },
    }
    if components is not None:
        document["components"] = components
    return document


def _mentions_nullable(node: Any) -> bool:
    if isinstance(node, dict):
        return "nullable" in node or any(_mentions_nullable(v) for v in node.values())
    if isinstance(node, list):
        return any(_mentions_nullable(v) for v in node)
    return False


def body_strategy(op: OpBinding, status: str) -> st.SearchStrategy[Any] | None:
    """Valid response bodies for ``status``; ``None`` when it documents no body.

    JSON media: JSON documents. ``text/*``: strings valid for the schema. Anything else
    (``application/pdf``, ``application/octet-stream`` ...): bytes.
    """
    key = (op.id, status)
    if key not in _STRATEGIES:
        media_type, media_schema = response_media(op, status)
        schema = response_schema(op, status)
        if schema is None and media_type is not None:
            if oracle.media_kind(media_type) == "text":
                schema = media_schema
            else:
                _STRATEGIES[key] = BINARY_BODIES
                return BINARY_BODIES
        if schema is None:
            _STRATEGIES[key] = None
        else:
            synthetic = schemathesis.openapi.from_dict(_synthetic_document(op, schema))
            result = next(iter(synthetic.get_all_operations()))
            if not hasattr(result, "ok"):
                raise result.err()  # schemathesis cannot read the schema
            operation = result.ok()
            _STRATEGIES[key] = operation.as_strategy(generation_mode=GenerationMode.POSITIVE).map(
                lambda case: case.body
            )
    return _STRATEGIES[key]
