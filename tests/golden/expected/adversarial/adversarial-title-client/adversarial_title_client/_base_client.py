# Generated from tests/golden/specs/adversarial.yaml by generator 0.1.0; do not edit.
"""Operation descriptions and the synchronous / asynchronous client base classes.

Generated ``Client``/``AsyncClient`` classes subclass :class:`SyncAPIClient` /
:class:`AsyncAPIClient` and call :meth:`SyncAPIClient._request` with an :class:`Operation`
from the generated operation table and the keyword arguments the caller gave (values may
be ``NOT_GIVEN``).

What ``_request`` does, in order:

1. validates every argument (pydantic, strict for parameters) and serialises the request
   (path, query, headers, cookies, body); nothing is sent when an argument is invalid;
2. sends it, retrying transient failures with capped exponential backoff and jitter,
   honouring ``Retry-After``; each attempt is a fresh request, so auth flows (signing,
   tokens) run again;
3. hands the response to ``_response.read_response``: documented bodies parsed (leniently
   unless ``strict_responses=True``), typed errors for non-2xx statuses and for failure
   codes of documented JSON envelopes.
"""

from __future__ import annotations

import copy
import email.utils
import json
import logging
import math
import os
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from types import TracebackType
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote, urlencode

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    RequestValidationError,
)
from ._response import Envelope, RawResponse, ResponseSpec, read_response
from ._types import NOT_GIVEN, NotGiven, redact_headers, redact_url

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "AsyncAPIClient",
    "Body",
    "Envelope",
    "Operation",
    "Param",
    "RawResponse",
    "ResponseSpec",
    "SyncAPIClient",
]

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

#: 60 s overall per phase, 10 s to connect; a finite default so calls can never hang forever.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
#: Retries after the first attempt (so 3 attempts in all).
DEFAULT_MAX_RETRIES = 2
#: Backoff before retry n (0-based) is ``min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY)``
#: times a jitter factor in (0.75, 1].
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: A ``Retry-After`` longer than this (seconds) is not waited for: the error is raised.
MAX_RETRY_AFTER = 60.0

# Patch points for tests: the sleeps between attempts and the jitter source.
_sleep = time.sleep
_random = random.random


async def _async_sleep(delay: float) -> None:
    # asyncio is imported here, not at module level: synchronous users never need it.
    import asyncio

    await asyncio.sleep(delay)


_SyncClientT = TypeVar("_SyncClientT", bound="SyncAPIClient")
_AsyncClientT = TypeVar("_AsyncClientT", bound="AsyncAPIClient")
_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)

TimeoutTypes = float | httpx.Timeout | None


# --------------------------------------------------------------------------------------
# Operation descriptions (instances live in the generated ``_operations.py``)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """One path, query, header or cookie parameter of an operation."""

    location: Literal["path", "query", "header", "cookie"]
    name: str
    """Wire name."""
    kwarg: str
    """Python keyword argument name."""
    annotation: Any
    """Type used for (strict) validation, e.g. ``Annotated[str, Field(max_length=36)]``."""
    required: bool
    style: str | None = None
    """OpenAPI style; default ``simple`` for path/header, ``form`` for query/cookie."""
    explode: bool | None = None
    """OpenAPI explode; default ``True`` for ``form``, else ``False``."""


@dataclass(frozen=True)
class Body:
    """The request body of an operation."""

    kwarg: str
    media_type: str
    annotation: Any
    """Model class or type expression; ``typing.Any`` = unvalidated JSON; ``bytes`` = raw."""
    required: bool


@dataclass(frozen=True)
class Operation:
    """Everything the runtime needs to call one operation."""

    operation_id: str
    method: str
    """Upper-case HTTP method."""
    path: str
    """Path template with ``{wire_name}`` placeholders, appended to the client's base URL."""
    params: tuple[Param, ...]
    body: Body | None
    responses: Mapping[str, ResponseSpec]
    """Keys: an exact status (``"200"``), a range (``"2XX"``) or ``"default"``."""
    envelope: Envelope | None = None


# --------------------------------------------------------------------------------------
# Cached type adapters
# --------------------------------------------------------------------------------------

_ADAPTERS: dict[int, tuple[Any, TypeAdapter[Any]]] = {}
_ADAPTERS_LOCK = threading.Lock()


def _adapter(annotation: Any) -> TypeAdapter[Any]:
    """A ``TypeAdapter`` for ``annotation``, cached by identity (the annotation is kept alive)."""
    entry = _ADAPTERS.get(id(annotation))
    if entry is not None and entry[0] is annotation:
        return entry[1]
    adapter: TypeAdapter[Any] = TypeAdapter(annotation)
    with _ADAPTERS_LOCK:
        _ADAPTERS[id(annotation)] = (annotation, adapter)
    return adapter


@dataclass(frozen=True)
class _CompiledOperation:
    operation: Operation
    param_adapters: tuple[TypeAdapter[Any], ...]
    responses: Mapping[str, ResponseSpec]
    allowed_kwargs: frozenset[str]
    path_parts: tuple[str, ...] = ()
    """``operation.path`` split at its placeholders: literal, name, literal, name, ... literal."""


_COMPILED: dict[int, _CompiledOperation] = {}
# ``{wire_name}`` placeholders of path templates (compiled by ``re`` on first use).
_PLACEHOLDER = r"\{([^{}]+)\}"


def _compile(operation: Operation) -> _CompiledOperation:
    """Per-operation data built on the first call (adapters, path parts) and cached."""
    compiled = _COMPILED.get(id(operation))
    if compiled is not None and compiled.operation is operation:
        return compiled
    kwargs = {param.kwarg for param in operation.params}
    if operation.body is not None:
        kwargs.add(operation.body.kwarg)
    compiled = _CompiledOperation(
        operation=operation,
        param_adapters=tuple(_adapter(param.annotation) for param in operation.params),
        responses={key.upper(): spec for key, spec in operation.responses.items()},
        allowed_kwargs=frozenset(kwargs),
        path_parts=tuple(re.split(_PLACEHOLDER, operation.path)),
    )
    with _ADAPTERS_LOCK:
        _COMPILED[id(operation)] = compiled
    return compiled


# --------------------------------------------------------------------------------------
# Request serialisation
# --------------------------------------------------------------------------------------

# RFC 6265 cookie-octet minus "%" (so that our own escapes stay unambiguous).
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


class _PreparedRequest:
    __slots__ = ("content", "headers", "method", "url")

    def __init__(
        self, method: str, url: httpx.URL, headers: httpx.Headers, content: bytes | None
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.content = content


# ``json.dumps(..., separators=(",", ":"), ensure_ascii=False)`` without building an
# encoder per call; ``_STRICT_JSON`` also refuses NaN and infinity.
_COMPACT_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
_STRICT_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _validation_message(error: ValidationError) -> str:
    parts = []
    for detail in error.errors(include_input=False, include_url=False):
        loc = ".".join(str(item) for item in detail["loc"])
        parts.append(f"{loc}: {detail['msg']}" if loc else detail["msg"])
    return "; ".join(parts)


def _validation_error(
    field_name: str, error: ValidationError, *, nested: bool
) -> RequestValidationError:
    details = error.errors(include_input=False, include_url=False)
    if nested and details and details[0]["loc"]:
        field_name = ".".join([field_name, *(str(item) for item in details[0]["loc"])])
    # One error: its location is already in ``field_name``; several: list them all.
    message = details[0]["msg"] if len(details) == 1 else _validation_message(error)
    return RequestValidationError(field_name, message, details)


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


def _is_model_class(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


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
            raise _validation_error(body.kwarg, exc, nested=True) from None
        return instance.model_dump(mode=mode, by_alias=True, exclude_unset=True)
    adapter = _adapter(annotation)
    try:
        if mode == "json":
            validated = _strict_json(adapter.validate_json, _json_document(value))
        else:
            validated = adapter.validate_python(value)
    except ValidationError as exc:
        raise _validation_error(body.kwarg, exc, nested=True) from None
    return adapter.dump_python(validated, mode=mode, by_alias=True, exclude_unset=True)


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


def _encode_body(body: Body, value: Any) -> tuple[bytes, str]:
    kind = _media_kind(body.media_type)
    if kind == "json":
        if body.annotation is bytes or isinstance(value, (bytes, bytearray)):
            return _raw_bytes(body.kwarg, value), body.media_type
        data = _body_to_python(body, value, mode="json")
        try:
            text = _STRICT_JSON.encode(data)
        except (TypeError, ValueError) as exc:
            raise RequestValidationError(body.kwarg, f"not serialisable as JSON ({exc})") from None
        return text.encode("utf-8"), body.media_type
    if kind == "form":
        if isinstance(value, (bytes, bytearray, str)):
            return _raw_bytes(body.kwarg, value), body.media_type
        data = _body_to_python(body, value, mode="json")
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
            and (body.annotation is Any or _has_file_objects(value))
        ):
            fields: Any = value
        else:
            fields = _body_to_python(body, value, mode="python")
        if not isinstance(fields, Mapping):
            raise RequestValidationError(body.kwarg, "a multipart body must be an object")
        return _encode_multipart(fields)
    return _raw_bytes(body.kwarg, value), body.media_type


# --------------------------------------------------------------------------------------
# Retry policy
# --------------------------------------------------------------------------------------

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures where the request provably never reached the server: safe for any method.
_NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Failures that may happen after the server got the request: only idempotent requests.
_TRANSIENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


def _is_idempotent(request: httpx.Request) -> bool:
    """GET/HEAD/OPTIONS/PUT/DELETE/TRACE, or any request carrying an ``Idempotency-Key``."""
    return request.method.upper() in _IDEMPOTENT_METHODS or "idempotency-key" in request.headers


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds asked for by ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date)."""
    milliseconds = response.headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            value = float(milliseconds) / 1000.0
        except ValueError:
            value = math.nan
        if math.isfinite(value):
            return max(value, 0.0)
    header = response.headers.get("retry-after")
    if header is None:
        return None
    header = header.strip()
    try:
        value = float(header)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return max((when - datetime.now(timezone.utc)).total_seconds(), 0.0)
    return max(value, 0.0) if math.isfinite(value) else None


def _response_is_retryable(response: httpx.Response, idempotent: bool) -> bool:
    status = response.status_code
    # 408 and 429 mean the server refused the request without processing it, and a 503
    # carrying Retry-After is an explicit invitation to come back (typically sent by a
    # gateway or while the service is down), so these are retried for every method,
    # POST/PATCH included. Other 5xx may come after the server acted on the request
    # (a 502/504 gateway may already have forwarded it), so they are retried only for
    # idempotent requests.
    if status in (408, 429):
        return True
    if status == 503 and (
        "retry-after" in response.headers or "retry-after-ms" in response.headers
    ):
        return True
    return status >= 500 and idempotent


def _backoff(retry_index: int) -> float:
    delay = min(INITIAL_RETRY_DELAY * 2.0**retry_index, MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * _random())


def _delay_after_response(
    response: httpx.Response, retries_done: int, max_retries: int
) -> float | None:
    """Seconds to wait before retrying, or ``None`` to give up and dispatch ``response``."""
    status = response.status_code
    if retries_done >= max_retries or (status < 500 and status not in (408, 429)):
        return None  # never retryable: skip the idempotency check
    if not _response_is_retryable(response, _is_idempotent(response.request)):
        return None
    asked = _retry_after(response)
    if asked is not None:
        return asked if asked <= MAX_RETRY_AFTER else None
    return _backoff(retries_done)


def _delay_after_error(
    error: httpx.RequestError, request: httpx.Request, retries_done: int, max_retries: int
) -> float | None:
    if retries_done >= max_retries:
        return None
    if isinstance(error, _NOT_SENT_ERRORS) or (
        isinstance(error, _TRANSIENT_ERRORS) and _is_idempotent(request)
    ):
        return _backoff(retries_done)
    return None


def _wrap_transport_error(error: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    where = f"{request.method} {redact_url(request.url)}"
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"request timed out ({type(error).__name__}) for {where}", request=request
        )
    return APIConnectionError(
        f"connection error ({type(error).__name__}: {error}) for {where}", request=request
    )


# --------------------------------------------------------------------------------------
# Clients
# --------------------------------------------------------------------------------------


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


class _LazyHttpClient(Generic[_HttpxClientT]):
    """The httpx client of a client object and of its ``with_options`` copies.

    An injected client is used as is; otherwise the client is made on first use (making
    one loads TLS certificates, which is too slow to do in every constructor).
    """

    __slots__ = ("_close_new", "_factory", "_lock", "client", "closed")

    def __init__(
        self,
        factory: Callable[[], _HttpxClientT] | None,
        client: _HttpxClientT | None = None,
        *,
        close_new: Callable[[_HttpxClientT], None] | None = None,
    ) -> None:
        self._factory: Callable[[], _HttpxClientT] | None = factory
        self._close_new: Callable[[_HttpxClientT], None] | None = close_new
        self._lock = threading.Lock()
        self.client: _HttpxClientT | None = client
        #: ``close()`` was called by the owner (possibly before the client was made).
        self.closed = False

    def get(self) -> _HttpxClientT:
        client = self.client
        if client is not None:
            return client
        with self._lock:
            client = self.client
            if client is None:
                assert self._factory is not None
                client = self._factory()
                self.client = client
                if self.closed and self._close_new is not None:
                    # Closed before first use: behave like a closed client from now on.
                    self._close_new(client)
            return client

    def mark_closed(self) -> _HttpxClientT | None:
        """Record that the owner closed it; the client to close, if one was made."""
        with self._lock:
            self.closed = True
            return self.client


class _BaseAPIClient(Generic[_HttpxClientT]):
    """Shared state and logic of the sync and async clients (no I/O here)."""

    _http: _LazyHttpClient[_HttpxClientT]
    _owns_client: bool
    _base_url: httpx.URL
    _url_prefix: str
    _auth: httpx.Auth | None
    _timeout: httpx.Timeout
    _max_retries: int
    _headers: dict[str, str]
    _strict_responses: bool

    def _init_options(
        self,
        *,
        base_url: str | httpx.URL,
        auth: httpx.Auth | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        headers: Mapping[str, str] | None,
        client_timeout: httpx.Timeout | None,
        strict_responses: bool = False,
    ) -> None:
        url = httpx.URL(base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError("base_url must be an absolute http(s) URL")
        self._base_url = url.copy_with(query=None, fragment=None)
        # Request URLs are this prefix + the operation path: text, parsed once per call.
        origin = str(self._base_url.copy_with(raw_path=b"/"))[:-1]
        self._url_prefix = origin + self._base_url.raw_path.decode("ascii").rstrip("/")
        self._auth = auth
        if isinstance(timeout, NotGiven):
            self._timeout = client_timeout if client_timeout is not None else DEFAULT_TIMEOUT
        else:
            self._timeout = httpx.Timeout(timeout)
        self._max_retries = _check_max_retries(max_retries)
        self._headers = dict(headers or {})
        _encode_header_pairs(self._headers.items())
        self._strict_responses = bool(strict_responses)

    @property
    def _client(self) -> _HttpxClientT:
        """The httpx client (made here on first use unless one was injected)."""
        client = self._http.client
        return client if client is not None else self._http.get()

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def auth(self) -> httpx.Auth | None:
        return self._auth

    @property
    def strict_responses(self) -> bool:
        """``True``: a response deviating from its documented type raises
        ``APIResponseValidationError``; ``False`` (default): it is read leniently."""
        return self._strict_responses

    def _apply_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        headers: Mapping[str, str] | NotGiven,
        auth: httpx.Auth | NotGiven | None,
        strict_responses: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        # Called on a shallow copy: the copy shares the HTTP client but never closes it.
        self._owns_client = False
        if not isinstance(timeout, NotGiven):
            self._timeout = httpx.Timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            self._max_retries = _check_max_retries(max_retries)
        if not isinstance(headers, NotGiven):
            merged = {**self._headers, **headers}
            _encode_header_pairs(merged.items())
            self._headers = merged
        else:
            self._headers = dict(self._headers)
        if not isinstance(auth, NotGiven):
            self._auth = auth
        if not isinstance(strict_responses, NotGiven):
            self._strict_responses = bool(strict_responses)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={redact_url(self._base_url)!r}, auth={self._auth!r}, "
            f"timeout={self._timeout!r}, max_retries={self._max_retries}, "
            f"headers={redact_headers(self._headers)!r})"
        )

    # -- request preparation ------------------------------------------------------------

    def _prepare(self, operation: Operation, arguments: Mapping[str, Any]) -> _PreparedRequest:
        compiled = _compile(operation)
        if not compiled.allowed_kwargs.issuperset(arguments):
            unknown = set(arguments) - compiled.allowed_kwargs
            raise TypeError(
                f"{operation.operation_id}() got unexpected keyword arguments: {sorted(unknown)}"
            )

        path_values: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        header_pairs: list[tuple[str, str]] = list(self._headers.items())
        cookies: list[str] = []
        for param, adapter in zip(operation.params, compiled.param_adapters, strict=True):
            value = arguments.get(param.kwarg, NOT_GIVEN)
            if value is None or isinstance(value, NotGiven):
                if param.required:
                    raise RequestValidationError(
                        param.kwarg, f"missing required {param.location} parameter {param.name!r}"
                    )
                continue
            annotation = param.annotation
            if type(value) is annotation and annotation in _PLAIN_SCALARS:
                # Strict validation and JSON dumping both return such a value unchanged.
                dumped: Any = value
            else:
                try:
                    validated = adapter.validate_python(value, strict=True)
                except ValidationError as exc:
                    raise _validation_error(param.kwarg, exc, nested=False) from None
                dumped = adapter.dump_python(validated, mode="json")
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

        content: bytes | None = None
        body = operation.body
        if body is not None:
            value = arguments.get(body.kwarg, NOT_GIVEN)
            if value is None or isinstance(value, NotGiven):
                if body.required:
                    raise RequestValidationError(body.kwarg, "missing required request body")
            else:
                content, content_type = _encode_body(body, value)
                if header_pairs:
                    header_pairs = [(k, v) for k, v in header_pairs if k.lower() != "content-type"]
                header_pairs.append(("Content-Type", content_type))
        if cookies:
            header_pairs.append(("Cookie", "; ".join(cookies)))

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
        url = self._url_prefix + path
        if query:
            url += "?" + "&".join(f"{name}={value}" for name, value in query)
        return _PreparedRequest(
            method=operation.method.upper(),
            url=httpx.URL(url),
            headers=_encode_header_pairs(header_pairs),
            content=content,
        )

    def _build_request(self, prepared: _PreparedRequest) -> httpx.Request:
        return self._client.build_request(
            prepared.method,
            prepared.url,
            headers=prepared.headers,
            content=prepared.content,
            timeout=self._timeout,
        )

    def _send_auth(self) -> httpx.Auth | httpx._client.UseClientDefault:
        return self._auth if self._auth is not None else httpx.USE_CLIENT_DEFAULT

    def _log_attempt(self, request: httpx.Request, retries_done: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "HTTP request %s %s (attempt %d of %d) headers=%s",
                request.method,
                redact_url(request.url),
                retries_done + 1,
                self._max_retries + 1,
                redact_headers(request.headers),
            )

    def _log_response(
        self, request: httpx.Request, response: httpx.Response, retries_done: int
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "HTTP response %s %s -> %d (attempt %d of %d)",
                request.method,
                redact_url(request.url),
                response.status_code,
                retries_done + 1,
                self._max_retries + 1,
            )

    def _log_retry(self, request: httpx.Request, reason: str, delay: float) -> None:
        logger.info(
            "Retrying %s %s after %s in %.2f s",
            request.method,
            redact_url(request.url),
            reason,
            delay,
        )

    def _finish(self, operation: Operation, response: httpx.Response, raw: bool) -> Any:
        return read_response(
            operation.operation_id,
            _compile(operation).responses,
            operation.envelope,
            response,
            raw=raw,
            strict=self._strict_responses,
        )


# Parameter types whose exact instances pass strict validation and JSON dumping unchanged.
_PLAIN_SCALARS: tuple[type, ...] = (str, int, bool)


def _check_max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("max_retries must be a non-negative integer")
    return value


class SyncAPIClient(_BaseAPIClient[httpx.Client]):
    """Base class of generated synchronous clients.

    ``timeout`` not given -> the timeout of ``http_client`` when one is passed, else
    :data:`DEFAULT_TIMEOUT`; ``None`` disables timeouts. ``auth`` runs for every attempt.
    An ``http_client`` passed in is never closed by this object. ``strict_responses=True``
    makes every response that deviates from its documented type raise
    ``APIResponseValidationError``; by default such responses are read leniently (see
    ``_response``).
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth: httpx.Auth | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict_responses: bool = False,
    ) -> None:
        self._init_options(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            client_timeout=http_client.timeout if http_client is not None else None,
            strict_responses=strict_responses,
        )
        if http_client is None:
            timeout = self._timeout
            self._http = _LazyHttpClient(
                lambda: httpx.Client(timeout=timeout), close_new=httpx.Client.close
            )
            self._owns_client = True
        else:
            self._http = _LazyHttpClient(None, http_client)
            self._owns_client = False

    def with_options(
        self: _SyncClientT,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | NotGiven | None = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
    ) -> _SyncClientT:
        """A copy with some options changed, sharing this client's HTTP connection pool.

        ``headers`` are merged over the current default headers.
        """
        clone = copy.copy(self)
        clone._apply_options(
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            auth=auth,
            strict_responses=strict_responses,
        )
        return clone

    def close(self) -> None:
        """Close the HTTP client if this object created it (one never made stays unmade)."""
        if self._owns_client:
            client = self._http.mark_closed()
            if client is not None:
                client.close()

    def __enter__(self: _SyncClientT) -> _SyncClientT:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _request(
        self, operation: Operation, arguments: Mapping[str, Any], *, raw: bool = False
    ) -> Any:
        prepared = self._prepare(operation, arguments)
        client = self._client
        retries_done = 0
        while True:
            request = self._build_request(prepared)
            self._log_attempt(request, retries_done)
            try:
                response = client.send(request, auth=self._send_auth())
            except httpx.RequestError as exc:
                delay = _delay_after_error(exc, request, retries_done, self._max_retries)
                if delay is None:
                    raise _wrap_transport_error(exc, request) from exc
                self._log_retry(request, type(exc).__name__, delay)
                _sleep(delay)
                retries_done += 1
                continue
            self._log_response(request, response, retries_done)
            delay = _delay_after_response(response, retries_done, self._max_retries)
            if delay is None:
                return self._finish(operation, response, raw)
            response.close()
            self._log_retry(request, f"HTTP {response.status_code}", delay)
            _sleep(delay)
            retries_done += 1


class AsyncAPIClient(_BaseAPIClient[httpx.AsyncClient]):
    """Base class of generated asynchronous clients; same options as :class:`SyncAPIClient`."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth: httpx.Auth | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_responses: bool = False,
    ) -> None:
        self._init_options(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            client_timeout=http_client.timeout if http_client is not None else None,
            strict_responses=strict_responses,
        )
        if http_client is None:
            timeout = self._timeout
            self._http = _LazyHttpClient(lambda: httpx.AsyncClient(timeout=timeout))
            self._owns_client = True
        else:
            self._http = _LazyHttpClient(None, http_client)
            self._owns_client = False

    def with_options(
        self: _AsyncClientT,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | NotGiven | None = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
    ) -> _AsyncClientT:
        """A copy with some options changed, sharing this client's HTTP connection pool."""
        clone = copy.copy(self)
        clone._apply_options(
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            auth=auth,
            strict_responses=strict_responses,
        )
        return clone

    async def aclose(self) -> None:
        """Close the HTTP client if this object created it (one never made stays unmade)."""
        if self._owns_client:
            client = self._http.mark_closed()
            if client is not None:
                await client.aclose()

    async def __aenter__(self: _AsyncClientT) -> _AsyncClientT:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _request(
        self, operation: Operation, arguments: Mapping[str, Any], *, raw: bool = False
    ) -> Any:
        prepared = self._prepare(operation, arguments)
        client = self._client
        if self._http.closed and not client.is_closed:
            await client.aclose()  # closed before first use: fail as a closed client does
        retries_done = 0
        while True:
            request = self._build_request(prepared)
            self._log_attempt(request, retries_done)
            try:
                response = await client.send(request, auth=self._send_auth())
            except httpx.RequestError as exc:
                delay = _delay_after_error(exc, request, retries_done, self._max_retries)
                if delay is None:
                    raise _wrap_transport_error(exc, request) from exc
                self._log_retry(request, type(exc).__name__, delay)
                await _async_sleep(delay)
                retries_done += 1
                continue
            self._log_response(request, response, retries_done)
            delay = _delay_after_response(response, retries_done, self._max_retries)
            if delay is None:
                return self._finish(operation, response, raw)
            await response.aclose()
            self._log_retry(request, f"HTTP {response.status_code}", delay)
            await _async_sleep(delay)
            retries_done += 1
