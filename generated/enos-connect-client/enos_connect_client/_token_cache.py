# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
"""Cached access tokens for ``httpx.Auth`` flows (shared by every token authenticator).

A :class:`CachedTokenAuth` subclass says how to obtain a token (:meth:`_new_fetch`: one
or more requests yielded from the auth flow, so they go through the same HTTP client as
the API calls), how to put it on a request (:meth:`_authorize`) and how the service says
that a token is no longer accepted (:meth:`_reports_expired`, HTTP 401 by default). This
module does the rest:

* the token is cached and renewed ``refresh_margin`` seconds before it expires (at most
  half of its lifetime); a still-valid token keeps being used while one caller renews it;
* a call answered "expired" gets a new token and is sent once more (never twice);
* concurrent calls share one fetch: a ``threading.Lock`` guards it in the sync flow and an
  ``asyncio.Lock`` (created lazily, one per event loop) in the async flow.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import httpx

from ._exceptions import APIError

if TYPE_CHECKING:  # asyncio is imported when the async flow first runs
    import asyncio

__all__ = ["CachedTokenAuth", "SingleRequestFetch", "Token", "TokenFetch"]

# Patch point for tests.
_monotonic = time.monotonic


@dataclass(frozen=True)
class Token:
    """A token and the monotonic times at which to renew it and after which it is dead."""

    value: str
    refresh_at: float
    expires_at: float

    @classmethod
    def expiring_in(cls, value: str, lifetime: float, refresh_margin: float) -> Token:
        now = _monotonic()
        margin = min(refresh_margin, lifetime / 2)
        return cls(value=value, refresh_at=now + lifetime - margin, expires_at=now + lifetime)


class TokenFetch(Protocol):
    """One token acquisition, as a small state machine driven by the auth flow."""

    def first_request(self) -> httpx.Request: ...

    def handle(self, response: httpx.Response) -> httpx.Request | None:
        """Consume a (read) response; return the next request to send, or ``None`` when done."""
        ...

    def result(self) -> Token: ...


class SingleRequestFetch:
    """A fetch made of one request whose response ``parse`` turns into a token (or raises)."""

    def __init__(self, request: httpx.Request, parse: Callable[[httpx.Response], Token]) -> None:
        self._request = request
        self._parse = parse
        self._token: Token | None = None

    def first_request(self) -> httpx.Request:
        return self._request

    def handle(self, response: httpx.Response) -> httpx.Request | None:
        self._token = self._parse(response)
        return None

    def result(self) -> Token:
        if self._token is None:  # pragma: no cover - defensive
            raise APIError("token acquisition did not complete")
        return self._token


class CachedTokenAuth(httpx.Auth):
    """Base class of the token authenticators; see the module docstring."""

    requires_request_body = True  # the call may be sent a second time with a new token

    def __init__(self, *, refresh_margin: float) -> None:
        if refresh_margin < 0:
            raise ValueError("refresh_margin must not be negative")
        self.refresh_margin = float(refresh_margin)
        self._token: Token | None = None
        self._lock = threading.Lock()
        self._async_lock_guard = threading.Lock()  # never held across I/O
        self._async_lock: asyncio.Lock | None = None
        self._async_lock_loop: weakref.ReferenceType[asyncio.AbstractEventLoop] | None = None

    # -- what a subclass provides ---------------------------------------------------------

    def _new_fetch(self, request: httpx.Request, renew: Token | None) -> TokenFetch:
        """A fetch for a token to send ``request`` with; ``renew`` is the token being renewed."""
        raise NotImplementedError

    def _authorize(self, request: httpx.Request, token: Token) -> httpx.Request:
        raise NotImplementedError

    def _reports_expired(self, response: httpx.Response) -> bool:
        """Whether ``response`` says the token was not accepted (then: new token, one retry)."""
        return response.status_code == 401

    # -- cache ----------------------------------------------------------------------------

    def invalidate(self) -> None:
        """Forget the cached token; the next call fetches a new one."""
        self._token = None

    def _state(self) -> tuple[Token | None, bool]:
        """The cached token if still usable, and whether it should be renewed now."""
        token = self._token
        if token is None:
            return None, True
        now = _monotonic()
        if now >= token.expires_at:
            return None, True
        return token, now >= token.refresh_at

    # -- sync -----------------------------------------------------------------------------

    def _sync_fetch(
        self, request: httpx.Request, renew: Token | None
    ) -> Generator[httpx.Request, httpx.Response, Token]:
        fetch = self._new_fetch(request, renew)
        next_request: httpx.Request | None = fetch.first_request()
        while next_request is not None:
            response = yield next_request
            response.read()
            next_request = fetch.handle(response)
        token = fetch.result()
        self._token = token
        return token

    def _sync_token(
        self, request: httpx.Request, stale: Token | None
    ) -> Generator[httpx.Request, httpx.Response, Token]:
        token, renew = self._state()
        if stale is not None and token is stale:
            token, renew = None, True
        if token is not None and not renew:
            return token
        if token is not None:
            # Still valid: renew only if nobody else is renewing, never wait.
            if not self._lock.acquire(blocking=False):
                return token
            try:
                current, current_renew = self._state()
                if current is not token or not current_renew:
                    if current is not None:
                        return current  # renewed by another thread meanwhile
                    return (yield from self._sync_fetch(request, None))
                return (yield from self._sync_fetch(request, token))
            finally:
                self._lock.release()
        with self._lock:
            token, _ = self._state()
            if token is None or token is stale:
                token = yield from self._sync_fetch(request, None)
            return token

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        token = yield from self._sync_token(request, None)
        response = yield self._authorize(request, token)
        if self._reports_expired(response):
            token = yield from self._sync_token(request, token)
            yield self._authorize(request, token)

    # -- async ----------------------------------------------------------------------------

    def _get_async_lock(self) -> asyncio.Lock:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._async_lock_guard:
            if (
                self._async_lock is None
                or self._async_lock_loop is None
                or self._async_lock_loop() is not loop
            ):
                self._async_lock = asyncio.Lock()
                self._async_lock_loop = weakref.ref(loop)
            return self._async_lock

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        stale: Token | None = None
        for attempt in range(2):
            token, renew = self._state()
            if stale is not None and token is stale:
                token, renew = None, True
            if token is None or renew:
                lock = self._get_async_lock()
                if token is None or not lock.locked():
                    async with lock:
                        current, current_renew = self._state()
                        if (
                            current is None
                            or current is stale
                            or (current is token and current_renew)
                        ):
                            fetch = self._new_fetch(
                                request, current if current is not stale else None
                            )
                            next_request: httpx.Request | None = fetch.first_request()
                            while next_request is not None:
                                response = yield next_request
                                await response.aread()
                                next_request = fetch.handle(response)
                            current = fetch.result()
                            self._token = current
                        token = current
            if token is None:  # pragma: no cover - defensive
                raise APIError("access token unavailable")
            response = yield self._authorize(request, token)
            if attempt == 1 or not self._reports_expired(response):
                return
            stale = token
