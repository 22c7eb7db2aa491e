# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Request building without I/O: validate the caller's arguments and encode the request.

:func:`build_request` turns an operation, the caller's keyword arguments and the
client's options into a :class:`PreparedRequest` (method, URL, headers, body bytes).
Nothing here sends anything; a fresh ``httpx.Request`` is built from the prepared one
for every attempt.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin
from urllib.parse import quote, urlencode

import httpx
from pydantic import BaseModel, RootModel, ValidationError

from ._adapters import _adapter, _is_model_class, _validation_message
from ._exceptions import RequestValidationError
from ._fields import BodyFields
from ._models import format_problem, is_none
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._base_client import Body, Param, _CompiledOperation

__all__ = ["NO_OPTIONS", "CallOptions", "PreparedRequest", "build_request", "call_options"]

TimeoutTypes = float | httpx.Timeout | None


class CallOptions:
    """The per-call options every operation method takes (openai-python's names).

    ``extra_headers`` are sent over every other header (the caller's value wins);
    ``extra_query`` pairs replace query parameters of the same name; ``extra_body``
    fields are merged over the JSON (or form) body, or make the body when there is
    none; ``timeout`` replaces the client's timeout for this call. None of them is
    validated against the document.
    """

    __slots__ = ("extra_body", "extra_headers", "extra_query", "timeout")

    def __init__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.extra_body = extra_body
        self.timeout = timeout


NO_OPTIONS = CallOptions()


def call_options(
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    timeout: TimeoutTypes | NotGiven,
) -> CallOptions:
    """The options of one call (the shared :data:`NO_OPTIONS` when none was given)."""
    if (
        extra_headers is None
        and extra_query is None
        and extra_body is None
        and isinstance(timeout, NotGiven)
    ):
        return NO_OPTIONS
    return CallOptions(
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


# RFC 6265 cookie-octet minus "%" (so that our own escapes stay unambiguous).
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


class PreparedRequest:
    """Everything needed to build the ``httpx.Request`` of each attempt."""

    __slots__ = ("content", "headers", "method", "timeout", "url")

    def __init__(
        self,
        method: str,
        url: httpx.URL,
        headers: httpx.Headers,
        content: bytes | None,
        timeout: httpx.Timeout,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.content = content
        self.timeout = timeout


# ``json.dumps(..., separators=(",", ":"), ensure_ascii=False)`` without building an
# encoder per call; ``_STRICT_JSON`` also refuses NaN and infinity.
_COMPACT_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
_STRICT_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _param_error(param: Param, error: ValidationError) -> RequestValidationError:
    details = error.errors(include_input=False, include_url=False)
    message = details[0]["msg"] if len(details) == 1 else _validation_message(error)
    return RequestValidationError(param.kwarg, message, details)


def _body_error(body: Body, value: Any, error: ValidationError) -> RequestValidationError:
    """The error of an invalid body, naming each field as the caller wrote it.

    Fields given as keyword arguments (a :class:`BodyFields` value) are named by their
    keyword (``module_name``, ``device_name.defaultValue``); fields inside a ``body=``
    value by ``body.`` and their path (``body.app_id``).
    """
    return _named_error(body, value, error.errors(include_input=False, include_url=False), error)


def _named_error(
    body: Body, value: Any, details: Any, error: ValidationError | None = None
) -> RequestValidationError:
    by_kwarg = isinstance(value, BodyFields)
    names: list[str] = []
    parts: list[str] = []
    for detail in details:
        loc = [str(item) for item in detail["loc"]]
        if by_kwarg and loc and loc[0] in body.fields:
            name = ".".join([body.fields[loc[0]], *loc[1:]])
        else:
            name = ".".join([body.kwarg, *loc])
        names.append(name)
        parts.append(f"{name}: {detail['msg']}")
    if not names:
        message = _validation_message(error) if error is not None else "invalid"
        return RequestValidationError(body.kwarg, message, details)
    message = details[0]["msg"] if len(details) == 1 else "; ".join(parts)
    return RequestValidationError(names[0], message, details, fields=names)


def _combined_error(errors: list[RequestValidationError]) -> RequestValidationError:
    """One error naming every offending argument (the first error itself when alone)."""
    if len(errors) == 1:
        return errors[0]
    names = [name for error in errors for name in error.fields]
    reasons = [
        error.reason if len(error.fields) > 1 else f"{error.field}: {error.reason}"
        for error in errors
    ]
    details = [detail for error in errors for detail in error.errors]
    return RequestValidationError(names[0], "; ".join(reasons), details, fields=names)


def _scalar_text(value: object) -> str:
    """Text of a JSON-compatible scalar as it goes into a URL or header."""
    if type(value) is str:
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return _COMPACT_JSON.encode(value)
    return str(value)


# Characters that ``quote(text, safe="")`` never encodes.
_ALWAYS_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"


def _quote(text: str) -> str:
    if not text.rstrip(_ALWAYS_SAFE):
        return text  # nothing to encode (the common case)
    return quote(text, safe="")


def _quote_segment(text: str) -> str:
    """Percent-encode a path parameter so that it cannot form ``/``, ``.`` or ``..`` segments."""
    quoted = text if not text.rstrip(_ALWAYS_SAFE) else quote(text, safe="")
    if quoted and quoted.strip(".") == "":
        quoted = "%2E" * len(quoted)
    return quoted


def _items(value: Mapping[Any, Any]) -> list[tuple[str, str]]:
    return [(str(key), _scalar_text(item)) for key, item in value.items() if item is not None]


def _path_text(param: Param, value: object) -> str:
    style = param.style or "simple"
    explode = bool(param.explode) if param.explode is not None else False
    if style == "label":
        prefix, sep = ".", ("." if explode else ",")
    elif style == "matrix":
        prefix, sep = f";{_quote(param.name)}=", ","
    else:
        prefix, sep = "", ","
    if isinstance(value, list):
        items = [_quote_segment(_scalar_text(item)) for item in value if item is not None]
        if style == "matrix" and explode:
            return "".join(f";{_quote(param.name)}={item}" for item in items)
        return prefix + sep.join(items)
    if isinstance(value, dict):
        pairs = [(_quote_segment(key), _quote_segment(item)) for key, item in _items(value)]
        if explode:
            if style == "matrix":
                return "".join(f";{key}={item}" for key, item in pairs)
            return prefix + sep.join(f"{key}={item}" for key, item in pairs)
        return prefix + ",".join(f"{key},{item}" for key, item in pairs)
    return prefix + _quote_segment(_scalar_text(value))


def _query_pairs(param: Param, value: object) -> list[tuple[str, str]]:
    """Encoded ``(name, value)`` pairs; delimiters stay literal as OpenAPI specifies."""
    style = param.style or "form"
    explode = param.explode if param.explode is not None else style == "form"
    name = _quote(param.name)
    if isinstance(value, list):
        items = [_quote(_scalar_text(item)) for item in value if item is not None]
        if not items:
            return []
        if style == "form" and explode:
            return [(name, item) for item in items]
        sep = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(style, ",")
        return [(name, sep.join(items))]
    if isinstance(value, dict):
        pairs = [(_quote(key), _quote(item)) for key, item in _items(value)]
        if style == "deepObject":
            return [(f"{name}[{key}]", item) for key, item in pairs]
        if explode:
            return pairs
        return [(name, ",".join(f"{key},{item}" for key, item in pairs))] if pairs else []
    return [(name, _quote(_scalar_text(value)))]


def _header_text(param: Param, value: object) -> str:
    if isinstance(value, list):
        text = ",".join(_scalar_text(item) for item in value if item is not None)
    elif isinstance(value, dict):
        joiner = "=" if param.explode else ","
        text = ",".join(f"{key}{joiner}{item}" for key, item in _items(value))
    else:
        text = _scalar_text(value)
    _check_header_value(param.kwarg, text)
    return text


def _check_header_value(field_name: str, text: str) -> None:
    if "\r" in text or "\n" in text or "\0" in text:
        raise RequestValidationError(
            field_name, "header values must not contain CR, LF or NUL characters"
        )


def _cookie_pairs(param: Param, value: object) -> list[str]:
    explode = param.explode if param.explode is not None else True

    def enc(text: str) -> str:
        return quote(text, safe=_COOKIE_SAFE)

    if isinstance(value, list):
        items = [enc(_scalar_text(item)) for item in value if item is not None]
        if explode:
            return [f"{param.name}={item}" for item in items]
        return [f"{param.name}={','.join(items)}"] if items else []
    if isinstance(value, dict):
        pairs = [(enc(key), enc(item)) for key, item in _items(value)]
        if explode:
            return [f"{key}={item}" for key, item in pairs]
        return [f"{param.name}={','.join(f'{key},{item}' for key, item in pairs)}"] if pairs else []
    return [f"{param.name}={enc(_scalar_text(value))}"]


_MEDIA_KINDS: dict[str, str] = {}


def _media_kind(media_type: str) -> str:
    kind = _MEDIA_KINDS.get(media_type)
    if kind is None:
        kind = _MEDIA_KINDS[media_type] = _classify_media_type(media_type)
    return kind


def _classify_media_type(media_type: str) -> str:
    base = media_type.split(";", 1)[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/"):
        return "text"
    return "raw"


def _body_to_python(body: Body, value: Any, *, mode: Literal["json", "python"]) -> Any:
    """Validate ``value`` against the body annotation and dump it (aliases, set fields only).

    A model instance is taken as is (it was validated when it was built). Other values
    (dicts, lists ...) of JSON and form bodies are validated as the JSON document they
    stand for, in strict mode: JSON types must match the schema exactly (``"yes"`` or
    ``0`` is not a boolean, ``"5"`` is not an integer), while strings are accepted where
    JSON has no native type (enums, dates, UUIDs). Multipart bodies, which may hold
    bytes and files, are validated in pydantic's default (lax) Python mode.
    """
    if isinstance(value, BaseModel) and (
        not _is_model_class(body.annotation) or isinstance(value, body.annotation)
    ):
        _check_document(body, value, value, nulls=False)
        return value.model_dump(mode=mode, by_alias=True, exclude_unset=True)
    if mode == "json" and _has_non_finite(value):
        # pydantic would silently turn NaN/infinity into null.
        raise RequestValidationError(body.kwarg, "NaN and infinity cannot be sent as JSON")

    annotation = body.annotation
    if annotation is Any:
        return _adapter(Any).dump_python(value, mode=mode, by_alias=True, exclude_unset=True)
    if _is_model_class(annotation):
        model: type[BaseModel] = annotation
        try:
            if mode == "json":
                instance = _strict_json(model.model_validate_json, _json_document(value))
            else:
                instance = model.model_validate(value)
        except ValidationError as exc:
            raise _body_error(body, value, exc) from None
        _check_document(body, value, instance)
        return instance.model_dump(mode=mode, by_alias=True, exclude_unset=True)
    adapter = _adapter(annotation)
    try:
        if mode == "json":
            validated = _strict_json(adapter.validate_json, _json_document(value))
        else:
            validated = adapter.validate_python(value)
    except ValidationError as exc:
        raise _body_error(body, value, exc) from None
    _check_document(body, value, validated)
    return adapter.dump_python(validated, mode=mode, by_alias=True, exclude_unset=True)


def _check_document(body: Body, value: Any, validated: Any, *, nulls: bool = True) -> None:
    """What the models accept but the document does not, in a body given as data.

    The models stay lenient for responses (the server is the authority), so the request
    side checks here: ``null`` given for an optional member that may not be ``null``
    (a model built by the caller uses ``None`` for "absent" and is not checked), and the
    object rules a model keeps in ``json_schema_extra`` (``additionalProperties: false``,
    ``minProperties``, ``maxProperties``).
    """
    problems: list[dict[str, Any]] = []
    _document_problems(validated, (), problems, nulls)
    if problems:
        raise _named_error(body, value, problems)


def _format_problems(
    value: BaseModel,
    fields: Mapping[str, Any],
    formats: Mapping[str, Any],
    path: tuple[Any, ...],
    problems: list[dict[str, Any]],
) -> None:
    """The members of ``value`` breaking their string ``format`` (keyed by wire name)."""
    for name in value.model_fields_set:
        info = fields.get(name)
        wire = info.alias or name if info is not None else name
        fmt = formats.get(wire)
        if fmt is None:
            continue
        item = getattr(value, name, None)
        if isinstance(fmt, list) and fmt and isinstance(item, list):
            pairs = [((*path, wire, i), element) for i, element in enumerate(item)]
            fmt = fmt[0]
        else:
            pairs = [((*path, wire), item)]
        for loc, element in pairs:
            message = format_problem(str(fmt), element)
            if message is not None:
                problems.append({"type": "format", "loc": loc, "msg": message})


# id(annotation) -> (annotation, whether a string format is inside it); tables are static.
_CARRIES_FORMAT: dict[int, tuple[Any, bool]] = {}


def _carries_format(annotation: Any) -> bool:
    """Whether ``annotation`` holds a ``json_schema_extra`` format anywhere (cached)."""
    entry = _CARRIES_FORMAT.get(id(annotation))
    if entry is not None and entry[0] is annotation:
        return entry[1]
    found = _has_format(annotation)
    if len(_CARRIES_FORMAT) < 4096:
        _CARRIES_FORMAT[id(annotation)] = (annotation, found)
    return found


def _has_format(annotation: Any) -> bool:
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *metadata = get_args(annotation)
        for item in metadata:
            extra = getattr(item, "json_schema_extra", None)
            if isinstance(extra, dict) and "format" in extra:
                return True
        return _has_format(inner)
    if origin is list or origin in (Union, UnionType):
        return any(_has_format(arg) for arg in get_args(annotation))
    return False


def _annotation_formats(annotation: Any, value: Any, loc: tuple[Any, ...], out: list[Any]) -> None:
    """The format problems of ``value`` against the ``json_schema_extra`` formats that an
    annotation (``Annotated[str, Field(...)]``, lists and unions of them) carries."""
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *metadata = get_args(annotation)
        for item in metadata:
            extra = getattr(item, "json_schema_extra", None)
            if isinstance(extra, dict) and isinstance(extra.get("format"), str):
                message = format_problem(extra["format"], value)
                if message is not None:
                    out.append({"type": "format", "loc": loc, "msg": message})
        _annotation_formats(inner, value, loc, out)
    elif origin is list and isinstance(value, list):
        (item_type,) = get_args(annotation) or (Any,)
        for index, item in enumerate(value):
            _annotation_formats(item_type, item, (*loc, index), out)
    elif origin in (Union, UnionType):
        for member in get_args(annotation):
            _annotation_formats(member, value, loc, out)


def _document_problems(
    value: Any, path: tuple[Any, ...], problems: list[dict[str, Any]], nulls: bool = True
) -> None:
    if isinstance(value, BaseModel):
        cls = type(value)
        fields = cls.model_fields
        if isinstance(value, RootModel):
            _document_problems(value.root, path, problems, nulls)
            return
        rules = cls.model_config.get("json_schema_extra")
        if isinstance(rules, dict):
            extra = value.model_extra or {}
            if rules.get("additionalProperties") is False:
                for key in extra:
                    problems.append(
                        {
                            "type": "extra_forbidden",
                            "loc": (*path, key),
                            "msg": "Extra inputs are not permitted",
                        }
                    )
            formats = rules.get("formats")
            if isinstance(formats, dict):
                _format_problems(value, fields, formats, path, problems)
            count = len(value.model_fields_set)
            low, high = rules.get("minProperties"), rules.get("maxProperties")
            if isinstance(low, int) and count < low:
                problems.append(
                    {
                        "type": "too_short",
                        "loc": path,
                        "msg": f"Object should have at least {low} "
                        f"field{'s' if low != 1 else ''} (got {count})",
                    }
                )
            if isinstance(high, int) and count > high:
                problems.append(
                    {
                        "type": "too_long",
                        "loc": path,
                        "msg": f"Object should have at most {high} "
                        f"field{'s' if high != 1 else ''} (got {count})",
                    }
                )
        for name in value.model_fields_set:
            info = fields.get(name)
            if info is None:
                continue
            item = getattr(value, name, None)
            wire = info.alias or name
            if item is None:
                if nulls and info.exclude_if is is_none:
                    problems.append(
                        {
                            "type": "not_nullable",
                            "loc": (*path, wire),
                            "msg": "Input should not be null (leave the field out instead)",
                        }
                    )
                continue
            _document_problems(item, (*path, wire), problems, nulls)
    elif isinstance(value, dict):
        for key, item in value.items():
            _document_problems(item, (*path, key), problems, nulls)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _document_problems(item, (*path, index), problems, nulls)


def _strict_json(validate: Any, document: str | bytes) -> Any:
    """Strict validation of a JSON document, where a whole float counts as an integer.

    JSON Schema says ``5.0`` is an integer, strict pydantic does not. When the only
    complaints are whole floats given for integers, those values become integers and the
    document is validated once more; anything else raises the original error.
    """
    try:
        return validate(document, strict=True)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        fixable = [
            e
            for e in errors
            if e["type"] == "int_type" and type(e.get("input")) is float and e["input"].is_integer()
        ]
        if not fixable:
            raise
        data = json.loads(document)
        for error in fixable:
            data = _set_at(data, error["loc"], int(error["input"]))
        try:
            return validate(_COMPACT_JSON.encode(data), strict=True)
        except ValidationError:
            raise exc from None


def _set_at(data: Any, loc: tuple[Any, ...], value: Any) -> Any:
    """Put ``value`` where a validation error points (steps that are union tags skipped)."""
    parent: Any = None
    key: Any = None
    node: Any = data
    for step in loc:
        if isinstance(node, dict):
            found = isinstance(step, str) and step in node
        elif isinstance(node, list):
            found = type(step) is int and 0 <= step < len(node)
        else:
            found = False
        if found:
            parent, key, node = node, step, node[step]
    if node != value:  # the location does not hold the whole float: leave the data alone
        return data
    if parent is None:
        return value
    parent[key] = value
    return data


def _undecodable_path(value: Any, path: tuple[str | int, ...] = ()) -> tuple[str | int, ...] | None:
    """Where ``value`` holds bytes that are not UTF-8 (model attributes by wire name)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return path
        return None
    if isinstance(value, BaseModel):
        fields = type(value).model_fields
        items: list[tuple[str | int, Any]] = [
            (fields[name].alias or name if name in fields else name, getattr(value, name, None))
            for name in value.model_fields_set
        ]
        items += list((value.model_extra or {}).items())
    elif isinstance(value, Mapping):
        items = [(str(key), item) for key, item in value.items()]
    elif isinstance(value, (list, tuple)):
        items = list(enumerate(value))
    else:
        return None
    for key, item in items:
        found = _undecodable_path(item, (*path, key))
        if found is not None:
            return found
    return None


def _json_document(value: Any) -> str | bytes:
    """``value`` as the JSON document it stands for (aliases, set fields only)."""
    any_adapter = _adapter(Any)
    try:
        return any_adapter.dump_json(value, by_alias=True, exclude_unset=True)
    except ValueError:
        # E.g. lone surrogates: the two-step route below makes validation report them.
        plain = any_adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)
        return _COMPACT_JSON.encode(plain)


def _has_non_finite(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, Mapping):
        items: Iterable[Any] = value.values()
    elif isinstance(value, (list, tuple)):
        items = value
    else:
        return False
    for item in items:
        if type(item) is str or type(item) is int or item is None or type(item) is bool:
            continue  # the common leaves, without the isinstance checks
        if _has_non_finite(item):
            return True
    return False


def _raw_bytes(field_name: str, value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    read = getattr(value, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, str):
            return data.encode("utf-8")
        if isinstance(data, (bytes, bytearray)):
            return bytes(data)
    raise RequestValidationError(field_name, "expected bytes, str or a binary file object")


def _multipart_parts(name: str, value: Any) -> list[tuple[str, str | None, bytes, str | None]]:
    """``(name, filename, content, content_type)`` parts for one multipart field."""
    parts: list[tuple[str, str | None, bytes, str | None]] = []
    for item in value if isinstance(value, list) else [value]:
        if item is None:
            continue
        if isinstance(item, (bytes, bytearray, memoryview)):
            parts.append((name, name, bytes(item), "application/octet-stream"))
        elif isinstance(item, tuple) and len(item) in (2, 3):
            content_type = str(item[2]) if len(item) == 3 else "application/octet-stream"
            parts.append(
                (
                    name,
                    None if item[0] is None else str(item[0]),
                    _raw_bytes(name, item[1]),
                    content_type,
                )
            )
        elif callable(getattr(item, "read", None)):
            filename = getattr(item, "name", None)
            filename = filename.rsplit("/", 1)[-1] if isinstance(filename, str) else name
            parts.append((name, filename, _raw_bytes(name, item), "application/octet-stream"))
        elif isinstance(item, BaseModel):
            text = item.model_dump_json(by_alias=True, exclude_unset=True)
            parts.append((name, None, text.encode("utf-8"), "application/json"))
        else:
            dumped = _adapter(Any).dump_python(item, mode="json", by_alias=True)
            json_type = "application/json" if isinstance(dumped, (dict, list)) else None
            parts.append((name, None, _scalar_text(dumped).encode("utf-8"), json_type))
    return parts


def _multipart_quote(text: str) -> str:
    # HTML form encoding of names and file names inside Content-Disposition.
    return text.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")


def _encode_multipart(fields: Mapping[str, Any]) -> tuple[bytes, str]:
    boundary = os.urandom(16).hex()
    chunks: list[bytes] = []
    for key, value in fields.items():
        for name, filename, content, content_type in _multipart_parts(str(key), value):
            disposition = f'form-data; name="{_multipart_quote(name)}"'
            if filename is not None:
                disposition += f'; filename="{_multipart_quote(filename)}"'
            head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
            if content_type is not None:
                head += f"Content-Type: {content_type}\r\n"
            chunks.append(head.encode("utf-8") + b"\r\n" + content + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def _has_file_objects(value: Mapping[Any, Any]) -> bool:
    """File tuples and file objects cannot go through pydantic validation as is."""
    for item in value.values():
        for element in item if isinstance(item, list) else [item]:
            if isinstance(element, tuple) or callable(getattr(element, "read", None)):
                return True
    return False


def _unchecked(value: Any, *, mode: Literal["json", "python"]) -> Any:
    """``value`` dumped as given, without validation (aliases, set fields only)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode=mode, by_alias=True, exclude_unset=True)
    return _adapter(Any).dump_python(value, mode=mode, by_alias=True, exclude_unset=True)


def _body_data(
    body: Body,
    value: Any,
    extra: Mapping[str, Any] | None,
    *,
    mode: Literal["json", "python"],
    validate: bool,
) -> Any:
    """The body as Python data, validated unless ``validate`` is false, ``extra`` merged in."""
    try:
        data = _body_to_python(body, value, mode=mode) if validate else _unchecked(value, mode=mode)
    except UnicodeDecodeError:
        # JSON has no bytes: a ``format: binary`` value is sent as its UTF-8 text.
        path = _undecodable_path(value) or ()
        by_kwarg = isinstance(value, BodyFields) and path and path[0] in body.fields
        name = (
            ".".join([body.fields[str(path[0])], *map(str, path[1:])])
            if by_kwarg
            else ".".join([body.kwarg, *map(str, path)])
        )
        raise RequestValidationError(
            name,
            "bytes that are not UTF-8 text cannot be sent in a JSON body; "
            "pass a str (base64-encode binary data yourself if the API expects that)",
        ) from None
    if extra:
        if not isinstance(data, dict):
            raise RequestValidationError("extra_body", "the request body is not a JSON object")
        data = {**data, **_unchecked(dict(extra), mode=mode)}
    return data


def _encode_body(
    body: Body, value: Any, *, validate: bool = True, extra: Mapping[str, Any] | None = None
) -> tuple[bytes, str]:
    """Body bytes and Content-Type; ``extra`` (``extra_body``) is merged into JSON and forms."""
    kind = _media_kind(body.media_type)
    if extra and kind not in ("json", "form"):
        raise RequestValidationError(
            "extra_body", f"only JSON and form bodies take extra fields, not {body.media_type}"
        )
    if kind == "json":
        if body.annotation is bytes or isinstance(value, (bytes, bytearray)):
            if extra:
                raise RequestValidationError("extra_body", "the request body is raw bytes")
            return _raw_bytes(body.kwarg, value), body.media_type
        data = _body_data(body, value, extra, mode="json", validate=validate)
        return _json_bytes(body.kwarg, data), body.media_type
    if kind == "form":
        if isinstance(value, (bytes, bytearray, str)):
            if extra:
                raise RequestValidationError("extra_body", "the request body is raw bytes")
            return _raw_bytes(body.kwarg, value), body.media_type
        data = _body_data(body, value, extra, mode="json", validate=validate)
        if not isinstance(data, dict):
            raise RequestValidationError(body.kwarg, "a form body must be an object")
        pairs: list[tuple[str, str]] = []
        for key, item in data.items():
            for element in item if isinstance(item, list) else [item]:
                if element is not None:
                    pairs.append((str(key), _scalar_text(element)))
        return urlencode(pairs).encode("ascii"), body.media_type
    if kind == "multipart":
        if isinstance(value, (bytes, bytearray)):
            return bytes(value), body.media_type
        if (
            isinstance(value, Mapping)
            and not isinstance(value, BaseModel)
            and (body.annotation is Any or _has_file_objects(value) or not validate)
        ):
            fields: Any = value
        else:
            fields = _body_to_python(body, value, mode="python")
        if not isinstance(fields, Mapping):
            raise RequestValidationError(body.kwarg, "a multipart body must be an object")
        return _encode_multipart(fields)
    return _raw_bytes(body.kwarg, value), body.media_type


def _json_bytes(field_name: str, data: Any) -> bytes:
    try:
        text = _STRICT_JSON.encode(data)
    except (TypeError, ValueError) as exc:
        raise RequestValidationError(field_name, f"not serialisable as JSON ({exc})") from None
    return text.encode("utf-8")


_HEADER_NAME = r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$"
# Header names already found valid (bounded: names come from code and options).
_VALID_HEADER_NAMES: set[str] = set()


def _check_header_name(name: str) -> None:
    if name in _VALID_HEADER_NAMES:
        return
    if not re.match(_HEADER_NAME, name):
        raise RequestValidationError(name, "not a valid HTTP header name")
    if len(_VALID_HEADER_NAMES) < 1024:
        _VALID_HEADER_NAMES.add(name)


def _encode_header_pairs(headers: Iterable[tuple[str, str]]) -> httpx.Headers:
    pairs: list[tuple[bytes, bytes]] = []
    for name, value in headers:
        _check_header_name(name)
        _check_header_value(name, value)
        pairs.append((name.encode("ascii"), value.encode("utf-8")))
    return httpx.Headers(pairs)


# Parameter types whose exact instances pass strict validation and JSON dumping unchanged.
_PLAIN_SCALARS: tuple[type, ...] = (str, int, bool)


def _missing(param: Param) -> RequestValidationError:
    message = f"missing required {param.location} parameter {param.name!r}"
    if param.client_default:
        message += f"; pass {param.kwarg}= to this call or {param.client_default}= to the client"
    return RequestValidationError(param.kwarg, message)


def _accepts_none(adapter: Any) -> bool:
    """Whether a parameter's type admits ``None`` (a nullable schema)."""
    try:
        adapter.validate_python(None, strict=True)
    except ValidationError:
        return False
    return True


def _param_value(param: Param, adapter: Any, value: Any, validate: bool) -> Any:
    """The JSON-compatible value of one parameter (validated strictly unless told not to)."""
    annotation = param.annotation
    if type(value) is annotation and annotation in _PLAIN_SCALARS:
        return value  # strict validation and JSON dumping both return it unchanged
    if not validate:
        return _unchecked(value, mode="json")
    try:
        validated = adapter.validate_python(value, strict=True)
    except ValidationError as exc:
        raise _param_error(param, exc) from None
    if _carries_format(annotation):
        problems: list[Any] = []
        _annotation_formats(annotation, validated, (), problems)
        if problems:
            message = "; ".join(
                ".".join(map(str, p["loc"])) + ": " + p["msg"] if p["loc"] else p["msg"]
                for p in problems
            )
            raise RequestValidationError(param.kwarg, message, problems)
    return adapter.dump_python(validated, mode="json")


def _extra_query_pairs(extra: Mapping[str, object]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, value in _unchecked(dict(extra), mode="json").items():
        for item in value if isinstance(value, list) else [value]:
            if item is not None:
                pairs.append((_quote(str(key)), _quote(_scalar_text(item))))
    return pairs


def build_request(
    compiled: _CompiledOperation,
    arguments: Mapping[str, Any],
    *,
    url_prefix: str,
    headers: Mapping[str, str],
    defaults: Mapping[str, object],
    validate: bool,
    timeout: httpx.Timeout,
    options: CallOptions = NO_OPTIONS,
) -> PreparedRequest:
    """Validate the arguments and encode the request of one call.

    ``arguments`` are the method's keyword arguments (``NOT_GIVEN`` when not passed);
    a parameter not given falls back to ``defaults[param.client_default]`` (the
    client-level value). With ``validate`` false nothing is checked against the
    document except what the request cannot be built without (path parameters).
    Every invalid argument is reported in one :class:`RequestValidationError`.
    """
    operation = compiled.operation
    if not compiled.allowed_kwargs.issuperset(arguments):
        unknown = set(arguments) - compiled.allowed_kwargs
        raise TypeError(
            f"{operation.operation_id}() got unexpected keyword arguments: {sorted(unknown)}"
        )
    errors: list[RequestValidationError] = []
    path_values: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    header_pairs: list[tuple[str, str]] = list(headers.items())
    cookies: list[str] = []
    for param, adapter in zip(operation.params, compiled.param_adapters, strict=True):
        value = arguments.get(param.kwarg, NOT_GIVEN)
        if isinstance(value, NotGiven) and param.client_default:
            value = defaults.get(param.client_default, NOT_GIVEN)
        if value is None or isinstance(value, NotGiven):
            if (
                value is None
                and validate
                and not param.required
                and param.kwarg in arguments
                and not _accepts_none(adapter)
            ):
                errors.append(
                    RequestValidationError(
                        param.kwarg, "None is not allowed (not nullable); leave the argument out"
                    )
                )
                continue
            if param.required and (validate or param.location == "path"):
                errors.append(_missing(param))
            continue
        try:
            dumped = _param_value(param, adapter, value, validate)
            if dumped is None:
                continue
            location = param.location
            if location == "path":
                text = _path_text(param, dumped)
                if not text:
                    raise RequestValidationError(param.kwarg, "path parameters must not be empty")
                path_values[param.name] = text
            elif location == "query":
                query.extend(_query_pairs(param, dumped))
            elif location == "header":
                lowered = param.name.lower()
                header_pairs = [(k, v) for k, v in header_pairs if k.lower() != lowered]
                header_pairs.append((param.name, _header_text(param, dumped)))
            else:
                cookies.extend(_cookie_pairs(param, dumped))
        except RequestValidationError as exc:
            errors.append(exc)

    content: bytes | None = None
    content_type: str | None = None
    body = operation.body
    extra_body = options.extra_body
    try:
        value = arguments.get(body.kwarg, NOT_GIVEN) if body is not None else NOT_GIVEN
        if body is not None and not (value is None or isinstance(value, NotGiven)):
            content, content_type = _encode_body(body, value, validate=validate, extra=extra_body)
        elif body is not None and body.required and validate:
            errors.append(RequestValidationError(body.kwarg, "missing required request body"))
        elif extra_body:
            content = _json_bytes("extra_body", _unchecked(dict(extra_body), mode="json"))
            content_type = "application/json"
    except RequestValidationError as exc:
        errors.append(exc)
    if errors:
        raise _combined_error(errors)

    if content_type is not None:
        header_pairs = [(k, v) for k, v in header_pairs if k.lower() != "content-type"]
        header_pairs.append(("Content-Type", content_type))
    if cookies:
        header_pairs.append(("Cookie", "; ".join(cookies)))
    if options.extra_headers:
        given = {name.lower() for name in options.extra_headers}
        header_pairs = [(k, v) for k, v in header_pairs if k.lower() not in given]
        header_pairs.extend(options.extra_headers.items())
    if options.extra_query:
        extra_pairs = _extra_query_pairs(options.extra_query)
        names = {name for name, _ in extra_pairs}
        query = [(k, v) for k, v in query if k not in names] + extra_pairs

    parts = compiled.path_parts or (operation.path,)
    if len(parts) == 1:
        path = parts[0]
    else:
        pieces = [parts[0]]
        for index in range(1, len(parts), 2):
            name = parts[index]
            if name not in path_values:
                raise ValueError(
                    f"{operation.operation_id}: no value for path placeholder {{{name}}}"
                )
            pieces.append(path_values[name])
            pieces.append(parts[index + 1])
        path = "".join(pieces)
    if not path.startswith("/"):
        path = "/" + path
    url = url_prefix + path
    if query:
        url += "?" + "&".join(f"{name}={value}" for name, value in query)
    return PreparedRequest(
        method=operation.method.upper(),
        url=httpx.URL(url),
        headers=_encode_header_pairs(header_pairs),
        content=content,
        timeout=timeout
        if isinstance(options.timeout, NotGiven)
        else httpx.Timeout(options.timeout),
    )
