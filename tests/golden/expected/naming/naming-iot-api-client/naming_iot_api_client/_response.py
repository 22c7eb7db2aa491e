# Generated from tests/golden/specs/naming.yaml by generator 0.1.0; do not edit.
"""Reading a response: classify it, parse documented bodies, raise typed errors.

No I/O here: :func:`read_response` gets a complete ``httpx.Response`` and returns the
value of the call (or a :class:`RawResponse`), or raises.

* 2xx: the documented body. JSON bodies are validated strictly (JSON types must match);
  when that fails the value is built leniently (see ``_models``): undocumented enum values,
  strings breaking a length or pattern, unknown keys and absent fields are kept as
  received, and a value of the wrong JSON type is kept too, with one warning on the
  package logger naming the operation and the fields. With ``strict_responses=True``
  every such deviation raises :class:`APIResponseValidationError` instead.
* A documented JSON envelope (EnOS ``{"code", "msg", "requestId", "data"}``): a failure
  code raises :class:`APIEnvelopeError` (an :class:`APIStatusError`; the documented code's
  own subclass when there is one); a success returns the ``data`` member.
* Any other status: the :class:`APIStatusError` subclass of the status.

``e.body`` of every status error follows one rule: the documented model of that response
when the body validates against it, else the raw JSON (or text).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from ._adapters import _adapter
from ._exceptions import (
    APIEnvelopeError,
    APIResponseValidationError,
    APIStatusError,
    make_status_error,
)
from ._models import LENIENT, build_lenient

__all__ = ["Envelope", "RawResponse", "ResponseSpec", "read_response"]

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

_T = TypeVar("_T")


@dataclass(frozen=True)
class ResponseSpec:
    """A documented response.

    ``annotation``: ``None`` -> no body (returns ``None``); ``typing.Any`` -> raw JSON;
    ``bytes`` -> raw bytes; ``str`` -> text; anything else -> ``TypeAdapter(annotation)``.
    For an operation with an :class:`Envelope` that has a ``data_field``, the annotation
    describes that member of the envelope.
    """

    annotation: Any


@dataclass(frozen=True)
class Envelope:
    """A JSON envelope returned with HTTP 2xx whose ``code`` tells success or failure.

    ``errors`` maps documented failure codes to ``APIEnvelopeError`` subclasses; any other
    code outside ``success_codes`` raises ``APIEnvelopeError`` itself. A body that is not a
    JSON object, or has no ``code_field``, is not treated as an envelope failure.
    On success the call returns the ``data_field`` member (``None`` when absent) or, when
    there is no ``data_field``, the whole body. ``model`` is the documented model of the
    whole envelope (the ``body`` of envelope errors when the body validates against it).
    """

    code_field: str
    message_field: str
    request_id_field: str | None
    data_field: str | None
    success_codes: frozenset[int]
    errors: Mapping[int, type[APIEnvelopeError]] = field(default_factory=dict)
    model: Any = None


@dataclass(frozen=True)
class RawResponse(Generic[_T]):
    """Returned by ``with_raw_response`` calls: the parsed value plus HTTP details.

    ``request_id`` is the envelope's request id when the operation has an envelope
    carrying one, else the ``X-Request-Id`` response header (``None`` when neither).
    """

    status_code: int
    headers: httpx.Headers = field(repr=False)
    parsed: _T = field(repr=False)
    http_response: httpx.Response = field(repr=False)
    request_id: str | None = field(default=None, repr=False)


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------


def _validate_json(annotation: Any, data: str | bytes, *, lenient: bool) -> Any:
    """Strict JSON validation; a model class validates by itself (its validator is built
    with the class, whereas a ``TypeAdapter`` of it would generate the schema again)."""
    context = LENIENT if lenient else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.model_validate_json(data, strict=True, context=context)
    return _adapter(annotation).validate_json(data, strict=True, context=context)


def _json_or_text(response: httpx.Response) -> object:
    """The body as JSON when it parses, else its text; ``None`` when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


def _text_body(response: httpx.Response) -> str:
    """A body documented as a string: a JSON string (``"abc"``) is decoded when the server
    says the body is JSON; any other body is its text, as received."""
    media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        try:
            value = json.loads(response.content)
        except ValueError:
            return response.text
        if isinstance(value, str):
            return value
    return response.text


def _text_or_none(value: object) -> str | None:
    return None if value is None or isinstance(value, (dict, list)) else str(value)


def _select_spec(
    responses: Mapping[str, ResponseSpec], status: int
) -> tuple[ResponseSpec | None, bool]:
    """The response spec for ``status`` and whether it was matched only through ``default``.

    ``responses`` has upper-case keys. An undocumented 2xx status is read with the first
    documented 2xx response, not with ``default``: the method's declared return type is the
    union of the 2xx responses, so a success must parse into one of them.
    """
    spec = responses.get(str(status)) or responses.get(f"{status // 100}XX")
    if spec is not None:
        return spec, False
    if 200 <= status < 300:
        success = next((responses[key] for key in sorted(responses) if key.startswith("2")), None)
        if success is not None:
            return success, False
    return responses.get("DEFAULT"), True


def _as_int(value: object) -> int | None:
    """An envelope code as an integer: ints, whole floats (``0.0``) and digit strings."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _whole_floats_for_ints(error: ValidationError, data: Any) -> bool:
    """Turn the whole floats an error points at (``5.0`` where an integer is documented)
    into ints, in place; ``True`` when there was one (then validation is run again)."""
    changed = False
    for detail in error.errors(include_url=False):
        value = detail.get("input")
        if detail["type"] != "int_type" or type(value) is not float or not value.is_integer():
            continue
        parent: Any = None
        key: Any = None
        node: Any = data
        for step in detail["loc"]:
            found = (isinstance(node, dict) and isinstance(step, str) and step in node) or (
                isinstance(node, list) and type(step) is int and 0 <= step < len(node)
            )
            if found:  # steps naming a union member are not in the data: skipped
                parent, key, node = node, step, node[step]
        if parent is not None and type(node) is float and node == value:
            parent[key] = int(value)
            changed = True
    return changed


def _fitting_model(annotation: Any, response: httpx.Response, raw: object) -> object:
    """The documented model of an error body when the body validates, else ``raw``."""
    if annotation in (None, Any, str):
        return raw
    if annotation is bytes:
        return response.content
    try:
        return _validate_json(annotation, response.content, lenient=True)
    except ValidationError as exc:
        error = exc
    except ValueError:
        return raw
    try:
        data = json.loads(response.content)
    except ValueError:
        return raw
    if not _whole_floats_for_ints(error, data):  # JSON Schema: 5.0 is the integer 5
        return raw
    content = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    try:
        return _validate_json(annotation, content, lenient=True)
    except (ValidationError, ValueError):
        return raw


# --------------------------------------------------------------------------------------
# Success bodies
# --------------------------------------------------------------------------------------


def _parse_json(
    operation_id: str,
    annotation: Any,
    content: bytes,
    response: httpx.Response,
    *,
    strict: bool,
    via_default: bool,
    prefix: tuple[str, ...] = (),
) -> Any:
    """``content`` as ``annotation``. ``prefix`` locates ``content`` in the whole body (the
    envelope's data member): it leads every error location."""
    try:
        return _validate_json(annotation, content, lenient=not strict)
    except ValidationError as exc:
        error = exc
    try:
        data = json.loads(content) if content else None
        if _whole_floats_for_ints(error, data):  # JSON Schema: 5.0 is the integer 5
            content = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
            try:
                return _validate_json(annotation, content, lenient=not strict)
            except ValidationError as exc:
                error = exc
    except ValueError:
        data = response.text if content else None
        if via_default:
            return data
        raise APIResponseValidationError(
            f"response body of {operation_id} (HTTP {response.status_code}) is not JSON",
            response=response,
            body=data,
        ) from None
    if via_default:
        return data
    if strict:
        details: list[dict[str, Any]] = []
        messages: list[str] = []
        for detail in error.errors(include_input=False, include_url=False):
            loc = (*prefix, *detail["loc"])
            details.append({**detail, "loc": loc})
            text = ".".join(str(step) for step in loc)
            messages.append(f"{text}: {detail['msg']}" if text else detail["msg"])
        where = "; ".join(messages)
        raise APIResponseValidationError(
            f"response body of {operation_id} (HTTP {response.status_code}) does not "
            f"match its documented type: {where}",
            response=response,
            body=_json_or_text(response),  # the whole body, as received
            errors=details,
        ) from None
    problems: list[str] = []
    value = build_lenient(annotation, data, problems, prefix)
    if problems:
        logger.warning(
            "%s (HTTP %d): response fields of an undocumented type, kept as received: %s",
            operation_id,
            response.status_code,
            ", ".join(problems),
        )
    return value


def _parse_body(
    operation_id: str,
    spec: ResponseSpec | None,
    response: httpx.Response,
    *,
    strict: bool,
    via_default: bool,
) -> Any:
    if spec is None:
        return _json_or_text(response)
    annotation = spec.annotation
    if annotation is None:
        return None
    if annotation is Any:
        return _json_or_text(response)
    if annotation is bytes:
        return response.content
    if annotation is str:
        return _text_body(response)
    return _parse_json(
        operation_id,
        annotation,
        response.content,
        response,
        strict=strict,
        via_default=via_default,
    )


def _envelope_document(envelope: Envelope, response: httpx.Response) -> dict[str, Any] | None:
    """The body as a JSON object holding ``code_field``, else ``None`` (not an envelope)."""
    try:
        document = json.loads(response.content) if response.content else None
    except ValueError:
        return None
    if not isinstance(document, dict) or envelope.code_field not in document:
        return None
    return document


def _envelope_request_id(
    envelope: Envelope | None, document: object, response: httpx.Response
) -> str | None:
    if envelope is not None and envelope.request_id_field and isinstance(document, dict):
        value = _text_or_none(document.get(envelope.request_id_field))
        if value is not None:
            return value
    return _text_or_none(response.headers.get("x-request-id"))


def _check_envelope(envelope: Envelope, document: dict[str, Any], response: httpx.Response) -> None:
    code = _as_int(document[envelope.code_field])
    if code is not None and code in envelope.success_codes:
        return
    message = document.get(envelope.message_field)
    data = document.get(envelope.data_field) if envelope.data_field else None
    error_class = (
        envelope.errors.get(code, APIEnvelopeError) if code is not None else APIEnvelopeError
    )
    body: object = document
    if envelope.model is not None:
        body = _fitting_model(envelope.model, response, document)
    raise error_class(
        code=code,
        msg=_text_or_none(message),
        request_id=_envelope_request_id(envelope, document, response),
        data=data,
        response=response,
        body=body,
    )


def _parse_success(
    operation_id: str,
    responses: Mapping[str, ResponseSpec],
    envelope: Envelope | None,
    response: httpx.Response,
    *,
    strict: bool,
) -> Any:
    spec, via_default = _select_spec(responses, response.status_code)
    if envelope is not None:
        document = _envelope_document(envelope, response)
        if document is not None:
            _check_envelope(envelope, document, response)
            if envelope.data_field is not None:
                if spec is None or spec.annotation in (None, Any):
                    return document.get(envelope.data_field)
                data = document.get(envelope.data_field)
                content = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
                return _parse_json(
                    operation_id,
                    spec.annotation,
                    content.encode("utf-8"),
                    response,
                    strict=strict,
                    via_default=via_default,
                    prefix=(envelope.data_field,),
                )
    return _parse_body(operation_id, spec, response, strict=strict, via_default=via_default)


def _status_error(
    responses: Mapping[str, ResponseSpec], envelope: Envelope | None, response: httpx.Response
) -> APIStatusError:
    raw = _json_or_text(response)
    spec, _ = _select_spec(responses, response.status_code)
    body = raw if spec is None else _fitting_model(spec.annotation, response, raw)
    error = make_status_error(response, body, raw)
    if error.request_id is None or error.request_id == response.headers.get("x-request-id"):
        request_id = _envelope_request_id(envelope, raw, response)
        if request_id is not None:
            error.request_id = request_id
    return error


def read_response(
    operation_id: str,
    responses: Mapping[str, ResponseSpec],
    envelope: Envelope | None,
    response: httpx.Response,
    *,
    raw: bool,
    strict: bool,
) -> Any:
    """The value of a call for ``response`` (a :class:`RawResponse` when ``raw``), or raise.

    ``responses`` maps upper-case status keys (``"200"``, ``"2XX"``, ``"DEFAULT"``) to specs.
    """
    if not 200 <= response.status_code < 300:
        raise _status_error(responses, envelope, response)
    parsed = _parse_success(operation_id, responses, envelope, response, strict=strict)
    if not raw:
        return parsed
    document: object = None
    if envelope is not None and envelope.request_id_field:
        document = _envelope_document(envelope, response)
    return RawResponse(
        status_code=response.status_code,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
        request_id=_envelope_request_id(envelope, document, response),
    )
