# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Exceptions raised by the client.

Hierarchy::

    APIError
    ├── APIConnectionError            the request may not have reached the server
    │   └── APITimeoutError
    ├── RequestValidationError        (also a ValueError) rejected before sending
    ├── APIResponseValidationError    a 2xx body is not JSON where JSON is documented, or
    │                                 (strict_responses=True) deviates from its documented type
    └── APIStatusError                the server refused: non-2xx HTTP status, or ...
        ├── BadRequestError           400
        ├── AuthenticationError       401
        ├── PermissionDeniedError     403
        ├── NotFoundError             404
        ├── ConflictError             409
        ├── UnprocessableEntityError  422
        ├── RateLimitError            429
        ├── InternalServerError       >= 500
        └── APIEnvelopeError          ... HTTP 2xx whose envelope ``code`` reports a failure
                                      (one subclass per documented code, e.g.
                                      ``DeviceKeyExistsError``)

Every ``APIStatusError`` carries ``status_code``, ``error_code``, ``error_msg``,
``request_id`` and ``body``: the documented error model when the body validates against
it, else the raw JSON (or text).

No message or ``repr`` contains a credential: URLs are shown with sensitive query values
redacted and validation errors never include the rejected input.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ._types import redact_url

__all__ = [
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "make_status_error",
]


class APIError(Exception):
    """Base class of every error raised by the client."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(APIError):
    """The request failed in transport (connect, read, write, protocol error).

    Raised only after all retries are used up. ``request`` is the last request tried.
    """

    request: httpx.Request | None

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or connection-pool timeout)."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class RequestValidationError(APIError, ValueError):
    """An argument failed client-side validation; nothing was sent.

    ``fields`` names every offending argument as the caller wrote it: the keyword
    argument (``module_name``, also for body fields given as keyword arguments), or
    ``body.`` and the dotted path of a field inside a ``body=`` value (``body.app_id``);
    ``field`` is the first of them and ``reason`` the text after the names. ``errors`` is a list of pydantic-style error dicts
    (``type``, ``loc``, ``msg`` and possibly ``ctx``) *without* the rejected input, so
    that secrets never leak.
    """

    field: str
    fields: tuple[str, ...]
    reason: str
    errors: list[dict[str, Any]]

    def __init__(
        self,
        field: str,
        message: str,
        errors: Sequence[Mapping[str, Any]] = (),
        *,
        fields: Sequence[str] = (),
    ) -> None:
        names = tuple(dict.fromkeys([field, *fields]))
        shown = ", ".join(repr(name) for name in names)
        super().__init__(f"invalid value{'s' if len(names) > 1 else ''} for {shown}: {message}")
        self.field = field
        self.fields = names
        self.reason = message
        self.errors = [dict(error) for error in errors]


class APIResponseValidationError(APIError):
    """A successful response body could not be read as its documented type.

    By default only a body that is not JSON at all raises it (other deviations are read
    leniently); with ``strict_responses=True`` every deviation does.

    ``body`` holds the raw JSON (or text) and ``errors`` the validation errors.
    """

    response: httpx.Response
    status_code: int
    body: object
    errors: list[dict[str, Any]]

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        errors: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.errors = [dict(error) for error in errors]


class APIStatusError(APIError):
    """The server answered with a non-success HTTP status.

    ``body`` is the documented error model when one was parsed, else the raw JSON value
    or, when the body is not JSON, its text. ``error_code``, ``error_msg`` and
    ``request_id`` come from the body keys of the same names when the body is a JSON
    object; ``request_id`` falls back to the ``X-Request-Id`` response header.
    """

    response: httpx.Response
    status_code: int
    body: object
    error_code: str | None
    error_msg: str | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        error_code: str | None = None,
        error_msg: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.error_code = error_code
        self.error_msg = error_msg
        self.request_id = request_id


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 500 and above."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _text_or_none(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _request_description(response: httpx.Response) -> str:
    try:
        request = response.request
    except RuntimeError:
        return ""
    return f" for {request.method} {redact_url(request.url)}"


def make_status_error(response: httpx.Response, body: object, raw: object) -> APIStatusError:
    """Build the ``APIStatusError`` subclass matching ``response.status_code``.

    ``body`` is what ends up in ``.body`` (a parsed model or the raw value) and ``raw`` is
    the raw JSON value (or text) used to find ``error_code``/``error_msg``/``request_id``.
    """
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    error_code = error_msg = request_id = None
    if isinstance(raw, dict):
        error_code = _text_or_none(raw.get("error_code"))
        error_msg = _text_or_none(raw.get("error_msg"))
        request_id = _text_or_none(raw.get("request_id"))
    if request_id is None:
        request_id = response.headers.get("x-request-id")
    message = f"HTTP {status} {response.reason_phrase}{_request_description(response)}".rstrip()
    if error_code is not None or error_msg is not None:
        message += (
            f": {error_code or ''}{': ' if error_code and error_msg else ''}{error_msg or ''}"
        )
    if request_id is not None:
        message += f" (request id {request_id})"
    return cls(
        message,
        response=response,
        body=body,
        error_code=error_code,
        error_msg=error_msg,
        request_id=request_id,
    )


class APIEnvelopeError(APIStatusError):
    """HTTP 2xx whose JSON envelope carries a failure ``code`` (e.g. EnOS ``{"code": 11702, ...}``).

    An :class:`APIStatusError` (``status_code`` is the HTTP status, normally 200), so one
    ``except APIStatusError`` catches every refusal. ``error_code`` is the code as text,
    ``error_msg`` the envelope message, ``request_id`` the envelope's request id (else the
    ``X-Request-Id`` header), ``body`` the parsed envelope model when the body fits it,
    else the raw JSON; ``code``/``msg``/``data`` are the envelope members themselves.

    Generated code declares one subclass per documented code::

        class DeviceKeyExistsError(APIEnvelopeError):
            code = 11702

    ``code`` is declared as an attribute with a class-level default (``None`` here), so a
    subclass may set the documented code at class level (``DeviceKeyExistsError.code ==
    11702``, accepted by ``mypy --strict`` since ``int`` narrows ``int | None``), while
    every instance carries the code actually received in the same attribute (it is set in
    ``__init__``; when not passed it defaults to the class-level value).
    ``type(error).code`` always reads the class-level value.
    """

    code: int | None = None
    msg: str | None
    data: object

    def __init__(
        self,
        message: str | None = None,
        *,
        code: int | None = None,
        msg: str | None = None,
        request_id: str | None = None,
        data: object = None,
        response: httpx.Response | None = None,
        body: object = None,
    ) -> None:
        if code is None:
            code = type(self).code
        if message is None:
            message = f"API returned error code {code}"
            if msg:
                message += f": {msg}"
            if response is not None:
                message += _request_description(response)
            if request_id:
                message += f" (request id {request_id})"
        if response is None:  # raised by hand (tests, wrappers): a stand-in 200 response
            response = httpx.Response(200)
        super().__init__(
            message,
            response=response,
            body=body,
            error_code=None if code is None else str(code),
            error_msg=msg,
            request_id=request_id,
        )
        self.code = code
        self.msg = msg
        self.data = data
