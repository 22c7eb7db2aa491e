# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Retry decisions, without I/O: is an attempt's outcome retryable, and after how long.

The sync and async loops of ``_base_client`` ask :func:`delay_after_response` and
:func:`delay_after_error` after every attempt and only sleep and resend.
"""

from __future__ import annotations

import email.utils
import math
import random
from datetime import datetime, timezone

import httpx

from ._exceptions import APIConnectionError, APITimeoutError
from ._types import redact_url

#: Retries after the first attempt (so 3 attempts in all).
DEFAULT_MAX_RETRIES = 2
#: Backoff before retry n (0-based) is ``min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY)``
#: times a jitter factor in (0.75, 1].
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: A ``Retry-After`` longer than this (seconds) is not waited for: the error is raised.
MAX_RETRY_AFTER = 60.0

# Patch point for tests: the jitter source.
_random = random.random


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
