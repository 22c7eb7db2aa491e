"""Independent request oracle: the raw document + jsonschema (Draft 2020-12) + strict wire parsing.

It never looks at the generated models or the client's operation table. Two entry points:

* :func:`input_errors` judges the *input* (decoded parameter texts and a JSON body);
* :func:`request_errors` judges a captured ``httpx.Request`` (exact spellings on the wire,
  no unknown or repeated query parameters, declared Content-Type, strict JSON).

Patterns follow JSON Schema's ECMA-262 intent rather than Python's ``re``: ``$`` matches only
at the very end, ``\\d``/``\\w``/``\\s`` are ASCII (pitfall P12).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, unquote_plus

import httpx
import jsonschema
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .specs import OpBinding

SPEC_URI = "urn:spec"
INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
INTEGER_TEXT = re.compile(r"-?(0|[1-9][0-9]*)")
NUMBER_TEXT = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
# What a correctly percent-encoded path segment may contain (RFC 3986 unreserved + pct-encoded).
SEGMENT_TEXT = re.compile(r"(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+")
QUERY_TEXT = re.compile(r"(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*")
# HTML form encoding (``+`` for space) as produced by ``urlencode``.
FORM_TEXT = re.compile(r"(?:[A-Za-z0-9._~*+-]|%[0-9A-Fa-f]{2})*")


class Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


# --------------------------------------------------------------------------------------
# ECMA-ish patterns for jsonschema
# --------------------------------------------------------------------------------------


def ecma_to_python(pattern: str) -> str:
    """Translate the ECMA-262 features whose Python meaning differs."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            ascii_classes = {"d": "0-9", "w": "A-Za-z0-9_", "s": " \\t\\n\\r\\f\\v"}
            if nxt in ascii_classes:
                body = ascii_classes[nxt]
                out.append(body if in_class else f"[{body}]")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "$" and not in_class:
            out.append(r"\Z")
            i += 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(ecma_to_python(pattern))


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    if isinstance(instance, str) and not _compiled(pattern).search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


StrictValidator = jsonschema.validators.extend(Draft202012Validator, {"pattern": _pattern})


#: Keys whose value is a mapping of names to nodes (never a schema itself): a property
#: named ``format`` or ``nullable`` is a property, not a keyword.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "paths",
        "responses",
        "parameters",
        "headers",
        "content",
        "requestBodies",
        "callbacks",
        "links",
        "encoding",
        "securitySchemes",
        "webhooks",
        "pathItems",
        "mapping",
    }
)
#: Keys whose value is data (instances), not schemas.
_DATA_KEYS = frozenset({"example", "examples", "enum", "const", "default", "x-examples"})


def _local_ref(ref: str) -> str | None:
    """``ref`` rebased onto the spec resource with each token percent-encoded once, or
    ``None`` when it is not a local reference that resolves in the document."""
    from urllib.parse import quote

    from .specs import pointer_parts

    parts = pointer_parts(ref)
    if parts is None:
        return None
    tokens = [quote(p.replace("~", "~0").replace("/", "~1"), safe="") for p in parts]
    return SPEC_URI + "#/" + "/".join(tokens)


def _rewrite(node: Any, oas30: bool = True, document: Any = None) -> Any:
    """Rebase ``#/...`` refs onto the spec resource and turn int32/int64 into bounds (P8).

    Refs that are not local or do not resolve in ``document`` stand for any value (the
    generator degrades them to ``Any``); ``$id``/``$schema`` are dropped so that every ref
    resolves against the document. Also translate the OpenAPI 3.0 dialect into JSON Schema
    2020-12, in 3.1 documents too (real ones carry it, and the generator and schemathesis
    read it so): ``nullable: true`` adds ``null`` (to the type, the enum, or around a
    ``$ref``/``allOf``), boolean ``exclusiveMinimum``/``exclusiveMaximum`` become bounds.
    """
    if isinstance(node, list):
        return [_rewrite(item, oas30, document) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("$id", "$schema", "id") and isinstance(value, str):
            continue
        if key in _DATA_KEYS:
            result[key] = value
        elif key in _NAME_MAPS and isinstance(value, dict):
            result[key] = {k: _rewrite(v, oas30, document) for k, v in value.items()}
        else:
            result[key] = _rewrite(value, oas30, document)
    ref = result.get("$ref")
    if isinstance(ref, str):
        from .specs import resolve_pointer

        rebased = _local_ref(ref)
        if rebased is None or (document is not None and resolve_pointer(document, ref) is None):
            del result["$ref"]
        else:
            result["$ref"] = rebased
    fmt = result.get("format")
    if isinstance(fmt, str) and fmt in INT_BOUNDS:
        low, high = INT_BOUNDS[fmt]
        result.setdefault("minimum", low)
        result.setdefault("maximum", high)
    if oas30:
        result = _rewrite_oas30(result)
    return result


def _rewrite_oas30(schema: dict[str, Any]) -> dict[str, Any]:
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        flag = schema.get(exclusive)
        if isinstance(flag, bool):
            del schema[exclusive]
            if flag and bound in schema:
                schema[exclusive] = schema.pop(bound)
    if schema.pop("nullable", False) is not True:
        return schema
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        schema["type"] = [*types, "null"] if "null" not in types else types
        if "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
        return schema
    return {"anyOf": [{"type": "null"}, schema]}


_REGISTRIES: dict[str, Registry] = {}
_VALIDATORS: dict[tuple[str, int], tuple[Any, Any]] = {}


def schema_validator(op: OpBinding, schema: dict[str, Any]) -> Any:
    name = op.spec.target.name
    cached = _VALIDATORS.get((name, id(schema)))
    if cached is not None and cached[0] is schema:
        return cached[1]
    if name not in _REGISTRIES:
        contents = _rewrite(op.spec.raw, True, op.spec.raw)
        _REGISTRIES[name] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(contents, DRAFT202012)
        )
    validator = StrictValidator(
        _rewrite(schema, True, op.spec.raw),
        registry=_REGISTRIES[name],
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    _VALIDATORS[(name, id(schema))] = (schema, validator)
    return validator


def schema_errors(op: OpBinding, schema: dict[str, Any], instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in schema_validator(op, schema).iter_errors(instance)
    ]


# --------------------------------------------------------------------------------------
# Parameter texts -> typed values (strict spellings)
# --------------------------------------------------------------------------------------


def param_schema(op: OpBinding, param: dict[str, Any]) -> dict[str, Any]:
    return op.spec.resolve(param.get("schema", {}))  # type: ignore[no-any-return]


def parse_text(schema: dict[str, Any], text: str) -> tuple[bool, Any]:
    """A parameter text as the typed value a strict server would see; ``(False, text)`` if bad."""
    types = schema.get("type", "string")
    types = types if isinstance(types, list) else [types]
    for kind in types:
        if kind == "string":
            return True, text
        if kind == "integer" and INTEGER_TEXT.fullmatch(text):
            return True, int(text)
        if kind == "number" and NUMBER_TEXT.fullmatch(text):
            value = float(text)
            return True, int(value) if value.is_integer() and "." not in text else value
        if kind == "boolean" and text in ("true", "false"):
            return True, text == "true"
        if kind == "null" and text == "":
            return True, None
    return False, text


def is_array(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return types == "array" or (isinstance(types, list) and "array" in types)


def array_style(op: OpBinding, param: dict[str, Any]) -> tuple[str, bool]:
    """(style, explode) of a parameter, with the OpenAPI defaults."""
    default = "form" if param["in"] in ("query", "cookie") else "simple"
    style = param.get("style", default)
    return style, bool(param.get("explode", style == "form"))


def parse_param(op: OpBinding, param: dict[str, Any], text: str | list[str]) -> tuple[bool, Any]:
    """A parameter's text (a list of texts for arrays) as the typed value; ``(False, ...)``."""
    schema = param_schema(op, param)
    if not is_array(schema):
        if isinstance(text, list):
            return False, text
        return parse_text(schema, text)
    items = text if isinstance(text, list) else [text]
    item_schema = op.spec.resolve(schema.get("items", {}))
    values = []
    for item in items:
        ok, value = parse_text(item_schema, item)
        if not ok:
            return False, text
        values.append(value)
    return True, values


MEDIA_KINDS = ("json", "form", "multipart", "text", "binary")


def media_kind(media_type: str | None) -> str:
    base = (media_type or "").split(";", 1)[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/"):
        return "text"
    return "binary"


@dataclass
class Parts:
    """A request in decoded form: parameter *texts* by (location, wire name) and the body.

    Array parameters hold a list of item texts. The body is JSON (``json``/``form``: a
    typed document), ``str`` (``text/*``) or ``bytes`` (any other media type).
    """

    method: str
    params: dict[tuple[str, str], str | list[str]] = field(default_factory=dict)
    body: Any = MISSING
    content_type: str | None = None


def _allows_null(op: OpBinding, schema: Any, depth: int = 0) -> bool:
    schema = op.spec.resolve(schema)
    if not isinstance(schema, dict) or depth > 20 or schema == {}:
        return True
    if schema.get("nullable") is True:
        return True
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    if "const" in schema:
        return schema["const"] is None
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return any(_allows_null(op, o, depth + 1) for o in schema.get(key) or [])
    if schema.get("allOf"):
        return kinds is None and all(_allows_null(op, o, depth + 1) for o in schema["allOf"])
    return kinds is None and not any(k in schema for k in ("properties", "items", "enum"))


def drop_absent_nulls(op: OpBinding, schema: Any, value: Any, depth: int = 0) -> Any:
    """``value`` without the ``null`` members its schema does not allow on optional
    properties: the client reads ``None`` there as "absent" and does not send it.

    Only plain objects (``properties``, possibly through one ``allOf`` chain) are walked;
    under ``oneOf``/``anyOf`` the value is returned as is.
    """
    schema = op.spec.resolve(schema)
    if depth > 20 or not isinstance(schema, dict) or not isinstance(value, dict):
        if isinstance(value, list) and isinstance(schema, dict) and "items" in schema:
            return [drop_absent_nulls(op, schema["items"], v, depth + 1) for v in value]
        return value
    if any(k in schema for k in ("oneOf", "anyOf")):
        return value
    props: dict[str, Any] = {}
    required: set[str] = set()
    extra: Any = None  # the schema of map values (``additionalProperties``)
    for part in [schema, *[op.spec.resolve(m) for m in schema.get("allOf") or []]]:
        if not isinstance(part, dict) or any(k in part for k in ("oneOf", "anyOf")):
            return value
        props.update(part.get("properties") or {})
        required |= set(part.get("required") or ())
        if isinstance(part.get("additionalProperties"), dict):
            extra = part["additionalProperties"]
    out = {}
    for key, item in value.items():
        if key in props:
            if item is None and key not in required and not _allows_null(op, props[key]):
                continue
            out[key] = drop_absent_nulls(op, props[key], item, depth + 1)
        elif extra is not None:
            out[key] = drop_absent_nulls(op, extra, item, depth + 1)
        else:
            out[key] = item
    return out


def input_errors(op: OpBinding, parts: Parts) -> list[str]:
    errors: list[str] = []
    if parts.method.upper() != op.http_method:
        errors.append(f"method {parts.method} is not {op.http_method}")
    declared = op.params
    for key in parts.params:
        if key not in declared:
            errors.append(f"undeclared {key[0]} parameter {key[1]!r}")
    for key, param in declared.items():
        location, name = key
        if key not in parts.params:
            if param.get("required") or location == "path":
                errors.append(f"missing required {location} parameter {name!r}")
            continue
        text = parts.params[key]
        if location == "path" and text == "":
            errors.append(f"path parameter {name!r} is empty")
            continue
        schema = param_schema(op, param)
        ok, value = parse_param(op, param, text)
        if not ok:
            errors.append(f"{location} parameter {name!r}: {text!r} is not a {schema.get('type')}")
            continue
        errors.extend(f"{location} {name}: {e}" for e in schema_errors(op, schema, value))
    request_body = op.spec.resolve(op.raw.get("requestBody"))
    if request_body is None:
        if parts.body is not MISSING:
            errors.append("a body was sent but none is documented")
        return errors
    if parts.body is MISSING:
        if request_body.get("required"):
            errors.append("missing required request body")
        return errors
    content = request_body["content"]
    media_type = parts.content_type or next(iter(content))
    if media_type not in content:
        errors.append(f"undocumented content type {media_type!r}")
        return errors
    schema = content[media_type].get("schema", {})
    body = parts.body
    if media_kind(media_type) == "binary" and isinstance(body, (bytes, bytearray)):
        # Any octet sequence is a ``type: string, format: binary`` document.
        return errors
    errors.extend(f"body {e}" for e in schema_errors(op, schema, body))
    return errors


# --------------------------------------------------------------------------------------
# Wire -> Parts (strict)
# --------------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-JSON constant {name}")


def strict_json(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"), parse_constant=_reject_constant)


def decode_request(
    op: OpBinding, request: httpx.Request, base_path: str = ""
) -> tuple[Parts, list[str]]:
    """Decode a captured request the way a strict server would; also return wire-level errors."""
    errors: list[str] = []
    parts = Parts(method=request.method)
    raw_path = request.url.raw_path.decode("ascii")
    path, _, query = raw_path.partition("?")
    if base_path and path.startswith(base_path):
        path = path[len(base_path) :]
    # A path key's fragment ("/devices#update") is never part of the request path.
    template = op.path.split("#", 1)[0].strip("/").split("/")
    segments = path.strip("/").split("/")
    if not path.startswith("/"):
        errors.append(f"path {path!r} is not absolute")
    if len(template) != len(segments):
        errors.append(f"path {path!r} does not match {op.path!r} (segment count)")
    else:
        for tpl, seg in zip(template, segments, strict=True):
            names = re.findall(r"\{([^{}]+)\}", tpl)
            if not names:
                if tpl != seg:
                    errors.append(f"path segment {seg!r} is not {tpl!r}")
                continue
            # A segment may mix literals and placeholders ("{id}.json", "v{major}.{minor}").
            literals = re.split(r"\{[^{}]+\}", tpl)
            regex = "(.*?)".join(re.escape(unquote(lit)) for lit in literals)
            match = re.fullmatch(regex, unquote(seg), re.DOTALL)
            if match is None:
                errors.append(f"path segment {seg!r} does not match {tpl!r}")
                continue
            if not SEGMENT_TEXT.fullmatch(seg):
                errors.append(f"path segment {seg!r} is not percent-encoded")
            if unquote(seg) in (".", ".."):
                errors.append(f"path segment {seg!r} is a dot segment")
            if len(names) == 1 and literals == ["", ""]:
                parts.params[("path", names[0])] = unquote(seg, errors="strict")
            else:
                for name, value in zip(names, match.groups(), strict=True):
                    parts.params[("path", name)] = value
    if query:
        for pair in query.split("&"):
            name_text, eq, value_text = pair.partition("=")
            if not eq:
                errors.append(f"query pair {pair!r} has no '='")
            key = ("query", unquote(name_text))
            param = op.params.get(key)
            style = array_style(op, param) if param is not None else ("form", True)
            array = param is not None and is_array(param_schema(op, param))
            # Delimited arrays keep their delimiter literal (OpenAPI: allowReserved aside).
            delimiter = {"form": ",", "pipeDelimited": "|"}.get(style[0], "")
            extra = f"|{re.escape(delimiter)}" if array and delimiter else ""
            text_ok = re.fullmatch(rf"(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{{2}}{extra})*", value_text)
            if not QUERY_TEXT.fullmatch(name_text) or not text_ok:
                errors.append(f"query pair {pair!r} is not percent-encoded")
            value = unquote(value_text, errors="strict")
            if not array:
                if key in parts.params:
                    errors.append(f"query parameter {key[1]!r} repeated")
                parts.params[key] = value
            elif style == ("form", True):
                previous = parts.params.setdefault(key, [])
                assert isinstance(previous, list)
                previous.append(value)
            else:
                if key in parts.params:
                    errors.append(f"query parameter {key[1]!r} repeated")
                raw_items = value_text.split(delimiter) if delimiter else [value_text]
                parts.params[key] = [unquote(item, errors="strict") for item in raw_items]
    declared_headers = {name.lower(): name for (loc, name) in op.params if loc == "header"}
    for raw_name, raw_value in request.headers.raw:
        lower = raw_name.decode("ascii").lower()
        if lower in declared_headers:
            key = ("header", declared_headers[lower])
            if key in parts.params:
                errors.append(f"header {key[1]!r} repeated")
            parts.params[key] = raw_value.decode("utf-8")
        elif lower not in ALLOWED_EXTRA_HEADERS:
            errors.append(f"undeclared header {lower!r} sent")
    content_type = request.headers.get("content-type")
    kind = media_kind(content_type)
    if request.content or (content_type is not None and kind != "json"):
        # An empty form/text/binary body is still a body (``Content-Length: 0``): the
        # empty form, the empty text, no octets. Only JSON has no empty document.
        parts.content_type = content_type
        if content_type is None:
            errors.append("a body without Content-Type")
        elif kind == "json":
            try:
                parts.body = strict_json(request.content)
            except ValueError as exc:
                errors.append(f"body is not strict JSON: {exc}")
        elif kind == "form":
            try:
                parts.body = decode_form(op, content_type, request.content)
            except ValueError as exc:
                errors.append(f"body is not a strict form: {exc}")
        elif kind == "text":
            try:
                parts.body = request.content.decode("utf-8")
            except UnicodeDecodeError as exc:
                errors.append(f"text body is not UTF-8: {exc}")
        else:
            parts.body = request.content
    elif content_type is not None:
        errors.append("Content-Type without a body")
    return parts, errors


def form_texts(value: Any) -> list[str]:
    """The texts a JSON value of one form field stands for (arrays: one per item)."""
    items = value if isinstance(value, list) else [value]
    texts = []
    for item in items:
        if item is None:
            continue
        if isinstance(item, bool):
            texts.append("true" if item else "false")
        elif isinstance(item, (dict, list)):
            texts.append(json.dumps(item, separators=(",", ":"), ensure_ascii=False))
        else:
            texts.append(str(item))
    return [_canonical_number(text) for text in texts]


def _canonical_number(text: str) -> str:
    """Number spellings compared by value (``0.0`` == ``0``, ``1e2`` == ``100``)."""
    if not NUMBER_TEXT.fullmatch(text):
        return text
    value = float(text)
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def decode_form(op: OpBinding, content_type: str, data: bytes) -> dict[str, Any]:
    """A strict ``application/x-www-form-urlencoded`` body, typed by the property schemas."""
    media = media_type_object(op, content_type)
    schema = op.spec.resolve((media or {}).get("schema", {}))
    properties = schema.get("properties", {})
    texts: dict[str, list[str]] = {}
    text = data.decode("ascii")
    for pair in text.split("&") if text else []:
        name, eq, value = pair.partition("=")
        if not eq:
            raise ValueError(f"pair {pair!r} has no '='")
        if not FORM_TEXT.fullmatch(name) or not FORM_TEXT.fullmatch(value):
            raise ValueError(f"pair {pair!r} is not percent-encoded")
        texts.setdefault(unquote_plus(name), []).append(unquote_plus(value, errors="strict"))
    document: dict[str, Any] = {}
    for name, values in texts.items():
        if name not in properties:
            # Undeclared field (additionalProperties): texts, repeated for arrays (explode).
            document[name] = values if len(values) > 1 else values[0]
            continue
        sub = op.spec.resolve(properties[name])
        if is_array(sub):
            item_schema = op.spec.resolve(sub.get("items", {}))
            document[name] = [parse_text(item_schema, v)[1] for v in values]
            continue
        if len(values) > 1:
            raise ValueError(f"field {name!r} repeated")
        document[name] = parse_text(sub, values[0])[1]
    return document


def media_type_object(op: OpBinding, content_type: str | None) -> dict[str, Any] | None:
    request_body = op.spec.resolve(op.raw.get("requestBody")) or {}
    base = (content_type or "").split(";", 1)[0].strip().lower()
    for media_type, media in (request_body.get("content") or {}).items():
        if media_type.lower() == base:
            return media  # type: ignore[no-any-return]
    return None


ALLOWED_EXTRA_HEADERS = frozenset(
    {
        "host",
        "accept",
        "accept-encoding",
        "connection",
        "user-agent",
        "content-length",
        "content-type",
    }
)


def request_errors(op: OpBinding, request: httpx.Request, base_path: str = "") -> list[str]:
    parts, errors = decode_request(op, request, base_path)
    return errors + input_errors(op, parts)
