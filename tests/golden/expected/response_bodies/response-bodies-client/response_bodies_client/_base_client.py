# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Operation descriptions and the synchronous / asynchronous client base classes.

Generated ``Client``/``AsyncClient`` classes subclass :class:`SyncAPIClient` /
:class:`AsyncAPIClient` and call :meth:`SyncAPIClient._request` with an :class:`Operation`
from the generated operation table and the keyword arguments the caller gave (values may
be ``NOT_GIVEN``).

The work is split so that the sync and async clients share everything but I/O:

1. ``_request.build_request`` validates every argument and encodes the request (no I/O);
2. the two loops below send it, and after each attempt ask ``_retry`` whether and when
   to try again (capped exponential backoff with jitter, ``Retry-After``); each attempt
   is a fresh request, so auth flows (signing, tokens) run again;
3. ``_finish`` hands the response to ``_response.read_response``: documented bodies
   parsed (leniently unless ``strict_responses=True``), typed errors for non-2xx statuses
   and for failure codes of documented JSON envelopes.
"""

from __future__ import annotations

import copy
import logging
import re
import sys
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, Literal, TypeVar

import httpx
from pydantic import TypeAdapter

from ._adapters import _ADAPTERS_LOCK, _adapter
from ._request import (
    NO_OPTIONS,
    CallOptions,
    PreparedRequest,
    _encode_header_pairs,
    build_request,
)
from ._response import Envelope, RawResponse, ResponseSpec, read_response
from ._retry import (
    DEFAULT_MAX_RETRIES,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    _delay_after_error,
    _delay_after_response,
    _wrap_transport_error,
)
from ._types import NOT_GIVEN, NotGiven, redact_headers, redact_url

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "AsyncAPIClient",
    "Body",
    "CallOptions",
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

# Patch point for tests: the sleep between attempts.
_sleep = time.sleep


async def _async_sleep(delay: float) -> None:
    # asyncio is imported here, not at module level: synchronous users never need it.
    import asyncio

    await asyncio.sleep(delay)


_T = TypeVar("_T")
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
    client_default: str | None = None
    """Name of the client-level option used when the call does not give this parameter."""


@dataclass(frozen=True)
class Body:
    """The request body of an operation."""

    kwarg: str
    media_type: str
    annotation: Any
    """Model class or type expression; ``typing.Any`` = unvalidated JSON; ``bytes`` = raw."""
    required: bool
    fields: Mapping[str, str] = field(default_factory=dict)
    """JSON property name -> keyword argument, for bodies whose fields are keyword arguments."""


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
# Clients
# --------------------------------------------------------------------------------------


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


#: Client-level defaults an auth object may carry too (``HuaweiAKSKAuth(project_id=...)``).
#: The client's value falls back to the auth object's; two different values are an error.
AUTH_SHARED_DEFAULTS = ("project_id",)


def _user_agent(client_name: str | None) -> str:
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    parts = [client_name] if client_name else []
    return " ".join([*parts, f"python/{python}", f"httpx/{httpx.__version__}"])


def _resolve_defaults(given: Mapping[str, object], auth: httpx.Auth | None) -> dict[str, object]:
    """The client-level defaults in force: those given, completed from the auth object."""
    defaults = {name: value for name, value in given.items() if value is not None}
    for name in AUTH_SHARED_DEFAULTS:
        if name not in given:
            continue  # no operation of this API takes it
        from_auth = getattr(auth, name, None)
        if not isinstance(from_auth, str) or not from_auth:
            continue
        mine = defaults.get(name)
        if mine is None:
            defaults[name] = from_auth
        elif mine != from_auth:
            raise ValueError(
                f"{name} given twice with different values: {mine!r} to the client and "
                f"{from_auth!r} to {type(auth).__name__}; give it once (the client falls "
                f"back to the auth object's {name})"
            )
    return defaults


class _AttemptLog(httpx.Auth):
    """Runs the real auth flow, then logs each request it produces just before sending.

    Used only while DEBUG logging is on, so that the log shows the request as signed
    (``Authorization`` redacted to its scheme and ``SignedHeaders``).
    """

    def __init__(self, inner: httpx.Auth | None, attempt: int, attempts: int) -> None:
        self._inner = inner
        self._attempt = attempt
        self._attempts = attempts

    def _log(self, request: httpx.Request) -> None:
        logger.debug(
            "HTTP request %s %s (attempt %d of %d) headers=%s",
            request.method,
            redact_url(request.url),
            self._attempt,
            self._attempts,
            redact_headers(request.headers),
        )

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if self._inner is None:
            self._log(request)
            yield request
            return
        flow = self._inner.sync_auth_flow(request)
        outgoing = next(flow)
        while True:
            self._log(outgoing)
            response = yield outgoing
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._inner is None:
            self._log(request)
            yield request
            return
        flow = self._inner.async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            self._log(outgoing)
            response = yield outgoing
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return


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
    _validate_requests: bool
    _strict_responses: bool
    _given_defaults: dict[str, object]
    _defaults: dict[str, object]

    def _init_options(
        self,
        *,
        base_url: str | httpx.URL,
        auth: httpx.Auth | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        headers: Mapping[str, str] | None,
        client_timeout: httpx.Timeout | None,
        validate_requests: bool = True,
        strict_responses: bool = False,
        defaults: Mapping[str, object] | None = None,
        user_agent: str | None = None,
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
        self._headers = {"User-Agent": _user_agent(user_agent)}
        for name, value in (headers or {}).items():
            if name.lower() == "user-agent":
                del self._headers["User-Agent"]
            self._headers[name] = value
        _encode_header_pairs(self._headers.items())
        self._validate_requests = bool(validate_requests)
        self._strict_responses = bool(strict_responses)
        self._given_defaults = dict(defaults or {})
        self._defaults = _resolve_defaults(self._given_defaults, auth)

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
    def validate_requests(self) -> bool:
        return self._validate_requests

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
        validate_requests: bool | NotGiven = NOT_GIVEN,
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
            self._defaults = _resolve_defaults(self._given_defaults, auth)
        if not isinstance(validate_requests, NotGiven):
            self._validate_requests = bool(validate_requests)
        if not isinstance(strict_responses, NotGiven):
            self._strict_responses = bool(strict_responses)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={redact_url(self._base_url)!r}, auth={self._auth!r}, "
            f"timeout={self._timeout!r}, max_retries={self._max_retries}, "
            f"headers={redact_headers(self._headers)!r})"
        )

    # -- the sans-IO steps of a call ------------------------------------------------------

    def _start(
        self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions
    ) -> _Call:
        return _Call(self, self._prepare(operation, arguments, options))

    def _prepare(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        options: CallOptions = NO_OPTIONS,
    ) -> PreparedRequest:
        return build_request(
            _compile(operation),
            arguments,
            url_prefix=self._url_prefix,
            headers=self._headers,
            defaults=self._defaults,
            validate=self._validate_requests,
            timeout=self._timeout,
            options=options,
        )

    def _build_request(self, prepared: PreparedRequest) -> httpx.Request:
        return self._client.build_request(
            prepared.method,
            prepared.url,
            headers=prepared.headers,
            content=prepared.content,
            timeout=prepared.timeout,
        )

    def _send_auth(self, retries_done: int) -> httpx.Auth | httpx._client.UseClientDefault:
        if logger.isEnabledFor(logging.DEBUG):
            # Without an auth of our own, the injected httpx client's auth (if any) runs.
            inner = self._auth if self._auth is not None else self._client.auth
            return _AttemptLog(inner, retries_done + 1, self._max_retries + 1)
        return self._auth if self._auth is not None else httpx.USE_CLIENT_DEFAULT

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


class _Call:
    """One call across its attempts, without I/O: the loops only send and sleep.

    ``request()`` builds the next attempt's request, ``auth()`` the auth to send it
    with; after an attempt, ``delay_after_error``/``delay_after_response`` say how long
    to wait before the next one (``None``: the response is final; a transport error
    that is not retried is raised as ``APIConnectionError``/``APITimeoutError``).
    """

    __slots__ = ("client", "prepared", "retries_done")

    def __init__(self, client: _BaseAPIClient[Any], prepared: PreparedRequest) -> None:
        self.client = client
        self.prepared = prepared
        self.retries_done = 0

    def request(self) -> httpx.Request:
        return self.client._build_request(self.prepared)

    def auth(self) -> httpx.Auth | httpx._client.UseClientDefault:
        return self.client._send_auth(self.retries_done)

    def delay_after_error(self, error: httpx.RequestError, request: httpx.Request) -> float:
        client = self.client
        delay = _delay_after_error(error, request, self.retries_done, client._max_retries)
        if delay is None:
            raise _wrap_transport_error(error, request) from error
        client._log_retry(request, type(error).__name__, delay)
        self.retries_done += 1
        return delay

    def delay_after_response(
        self, request: httpx.Request, response: httpx.Response
    ) -> float | None:
        client = self.client
        client._log_response(request, response, self.retries_done)
        delay = _delay_after_response(response, self.retries_done, client._max_retries)
        if delay is not None:
            client._log_retry(request, f"HTTP {response.status_code}", delay)
            self.retries_done += 1
        return delay


def _check_max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("max_retries must be a non-negative integer")
    return value


class SyncAPIClient(_BaseAPIClient[httpx.Client]):
    """Base class of generated synchronous clients.

    ``timeout`` not given -> the timeout of ``http_client`` when one is passed, else
    :data:`DEFAULT_TIMEOUT`; ``None`` disables timeouts. ``auth`` runs for every attempt.
    An ``http_client`` passed in is never closed by this object. ``validate_requests``
    false sends arguments without checking them against the document;
    ``strict_responses`` true makes every response that deviates from its documented type
    raise ``APIResponseValidationError`` (by default such responses are read leniently,
    see ``_response``); ``defaults``
    holds the client-level values of shared parameters (``project_id`` ...).
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
        validate_requests: bool = True,
        strict_responses: bool = False,
        defaults: Mapping[str, object] | None = None,
        user_agent: str | None = None,
    ) -> None:
        self._init_options(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            client_timeout=http_client.timeout if http_client is not None else None,
            validate_requests=validate_requests,
            strict_responses=strict_responses,
            defaults=defaults,
            user_agent=user_agent,
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
        validate_requests: bool | NotGiven = NOT_GIVEN,
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
            validate_requests=validate_requests,
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
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        *,
        raw: bool = False,
        options: CallOptions = NO_OPTIONS,
    ) -> Any:
        call = self._start(operation, arguments, options)
        client = self._client
        while True:
            request = call.request()
            try:
                response = client.send(request, auth=call.auth())
            except httpx.RequestError as exc:
                _sleep(call.delay_after_error(exc, request))
                continue
            delay = call.delay_after_response(request, response)
            if delay is None:
                return self._finish(operation, response, raw)
            response.close()
            _sleep(delay)


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
        validate_requests: bool = True,
        strict_responses: bool = False,
        defaults: Mapping[str, object] | None = None,
        user_agent: str | None = None,
    ) -> None:
        self._init_options(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            client_timeout=http_client.timeout if http_client is not None else None,
            validate_requests=validate_requests,
            strict_responses=strict_responses,
            defaults=defaults,
            user_agent=user_agent,
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
        validate_requests: bool | NotGiven = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
    ) -> _AsyncClientT:
        """A copy with some options changed, sharing this client's HTTP connection pool."""
        clone = copy.copy(self)
        clone._apply_options(
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            auth=auth,
            validate_requests=validate_requests,
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
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        *,
        raw: bool = False,
        options: CallOptions = NO_OPTIONS,
    ) -> Any:
        call = self._start(operation, arguments, options)
        client = self._client
        if self._http.closed and not client.is_closed:
            await client.aclose()  # closed before first use: fail as a closed client does
        while True:
            request = call.request()
            try:
                response = await client.send(request, auth=call.auth())
            except httpx.RequestError as exc:
                await _async_sleep(call.delay_after_error(exc, request))
                continue
            delay = call.delay_after_response(request, response)
            if delay is None:
                return self._finish(operation, response, raw)
            await response.aclose()
            await _async_sleep(delay)
