# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
"""EnOS API gateway authentication with an access token from the APIM token service.

The token is obtained with the application's access key (``appKey``) and secret key
(``appSecret``)::

    POST https://{apigw-address}/apim-token-service/v2.0/token/get
    {"appKey": ..., "encryption": sha256_hex(appKey + timestamp + appSecret), "timestamp": <ms>}
    -> {"status": 0, "msg": "SUCCESS", "data": {"accessToken": ..., "expire": 7200}}

and sent on every API call as the ``apim-accesstoken`` header. The token requests go
through the same HTTP client as the API calls (they are yielded from the auth flow).
Tokens are cached and renewed ``refresh_margin`` seconds before they expire (through
``.../token/refresh``, falling back to ``.../token/get``); when a call is answered with
"token expired" (HTTP 401, ``status``/``code`` 1203, or ``apim_status`` 4011/4012) a new
token is fetched and the call is sent once more.

Concurrent calls share one token fetch: a ``threading.Lock`` guards it in the sync flow
and an ``asyncio.Lock`` (created lazily, one per event loop) in the async flow.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Final

import httpx

from ._exceptions import APIEnvelopeError, APIError, make_status_error
from ._types import REDACTED

if TYPE_CHECKING:  # asyncio is imported when the async flow first runs
    import asyncio

__all__ = ["DEFAULT_TOKEN_REFRESH_PATH", "DEFAULT_TOKEN_URL_PATH", "EnOSTokenAuth"]

DEFAULT_TOKEN_URL_PATH: Final = "/apim-token-service/v2.0/token/get"
DEFAULT_TOKEN_REFRESH_PATH: Final = "/apim-token-service/v2.0/token/refresh"
TOKEN_HEADER: Final = "apim-accesstoken"
_DEFAULT_EXPIRE: Final = 7200.0

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

# Patch points for tests.
_monotonic = time.monotonic


def _now_ms() -> int:
    return int(time.time() * 1000)


@dataclass(frozen=True)
class _Token:
    value: str
    refresh_at: float
    expires_at: float


class _TokenFetch:
    """One token acquisition: a refresh request (optional), falling back to a get request."""

    def __init__(
        self, auth: EnOSTokenAuth, original: httpx.Request, refresh: _Token | None
    ) -> None:
        self._auth = auth
        self._original = original
        self._refresh = refresh
        self.token: _Token | None = None

    def first_request(self) -> httpx.Request:
        if self._refresh is not None and self._auth.token_refresh_path:
            return self._auth._token_request(
                self._original, self._auth.token_refresh_path, self._refresh.value
            )
        self._refresh = None
        return self._auth._token_request(self._original, self._auth.token_url_path, None)

    def handle(self, response: httpx.Response) -> httpx.Request | None:
        """Consume a token response; returns the next request to send, if any."""
        try:
            self.token = self._auth._parse_token_response(response)
        except APIError:
            if self._refresh is None:
                raise
            # The refresh failed: get a brand new token instead.
            self._refresh = None
            return self._auth._token_request(self._original, self._auth.token_url_path, None)
        return None

    def result(self) -> _Token:
        if self.token is None:  # pragma: no cover - defensive
            raise APIError("EnOS token acquisition did not complete")
        return self.token


class EnOSTokenAuth(httpx.Auth):
    """``httpx.Auth`` sending an EnOS APIM access token obtained with an app key/secret.

    ``refresh_margin``: renew the token this many seconds before it expires (at most half
    of its lifetime). ``token_refresh_path=None`` always uses ``token_url_path``.
    The secret and tokens never appear in ``repr()`` or error messages.
    """

    requires_request_body = True
    requires_response_body = True

    #: Body codes meaning "access token expired" (``status``/``code`` of the token
    #: service family, ``apim_status`` of the gateway).
    expired_codes: ClassVar[frozenset[int]] = frozenset({1203})
    expired_gateway_codes: ClassVar[frozenset[int]] = frozenset({4011, 4012})

    def __init__(
        self,
        app_key: str,
        app_secret: str,
        *,
        token_url_path: str = DEFAULT_TOKEN_URL_PATH,
        token_refresh_path: str | None = DEFAULT_TOKEN_REFRESH_PATH,
        refresh_margin: float = 300.0,
    ) -> None:
        if not app_key or not app_secret:
            raise ValueError("app_key and app_secret are required")
        if refresh_margin < 0:
            raise ValueError("refresh_margin must not be negative")
        self.app_key = app_key
        self._app_secret = app_secret
        self.token_url_path = "/" + token_url_path.lstrip("/")
        self.token_refresh_path = (
            "/" + token_refresh_path.lstrip("/") if token_refresh_path else None
        )
        self.refresh_margin = float(refresh_margin)
        self._token: _Token | None = None
        self._lock = threading.Lock()
        self._async_lock_guard = threading.Lock()  # never held across I/O
        self._async_lock: asyncio.Lock | None = None
        self._async_lock_loop: weakref.ReferenceType[asyncio.AbstractEventLoop] | None = None

    def __repr__(self) -> str:
        return (
            f"EnOSTokenAuth(app_key={self.app_key!r}, app_secret={REDACTED!r}, "
            f"token_url_path={self.token_url_path!r})"
        )

    def invalidate(self) -> None:
        """Forget the cached token; the next call fetches a new one."""
        self._token = None

    # -- token service ------------------------------------------------------------------

    def _encryption(self, timestamp: int) -> str:
        return hashlib.sha256(f"{self.app_key}{timestamp}{self._app_secret}".encode()).hexdigest()

    def _token_request(
        self, original: httpx.Request, path: str, access_token: str | None
    ) -> httpx.Request:
        timestamp = _now_ms()
        payload: dict[str, object] = {
            "appKey": self.app_key,
            "encryption": self._encryption(timestamp),
            "timestamp": timestamp,
        }
        if access_token is not None:
            payload["accessToken"] = access_token
        logger.debug("Requesting an EnOS access token: POST %s", path)
        extensions = {key: value for key, value in original.extensions.items() if key == "timeout"}
        return httpx.Request(
            "POST",
            original.url.copy_with(raw_path=path.encode("ascii")),
            headers={
                "Content-Type": "application/json;charset=utf-8",
                "Accept": "application/json",
            },
            content=json.dumps(payload, separators=(",", ":")).encode("utf-8"),
            extensions=extensions,
        )

    def _parse_token_response(self, response: httpx.Response) -> _Token:
        try:
            document = json.loads(response.content) if response.content else None
        except ValueError:
            document = None
        if not response.is_success:
            raise make_status_error(response, document, document)
        if not isinstance(document, dict):
            raise APIError("EnOS token service returned a response that is not a JSON object")
        status = document.get("status", document.get("stauts"))
        if status != 0:
            message = document.get("msg")
            code = status if isinstance(status, int) and not isinstance(status, bool) else None
            raise APIEnvelopeError(
                f"EnOS token request failed with status {status}: {message}",
                code=code,
                msg=None if message is None else str(message),
                response=response,
            )
        data = document.get("data")
        token = data.get("accessToken") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise APIError("EnOS token service response has no data.accessToken")
        expire = data.get("expire", _DEFAULT_EXPIRE) if isinstance(data, dict) else _DEFAULT_EXPIRE
        lifetime = (
            float(expire) if isinstance(expire, (int, float)) and expire > 0 else _DEFAULT_EXPIRE
        )
        now = _monotonic()
        margin = min(self.refresh_margin, lifetime / 2)
        stored = _Token(value=token, refresh_at=now + lifetime - margin, expires_at=now + lifetime)
        self._token = stored
        return stored

    def _reports_expired(self, response: httpx.Response) -> bool:
        if response.status_code == 401:
            return True
        if "json" not in response.headers.get("content-type", "") or not response.content:
            return False
        try:
            document = json.loads(response.content)
        except ValueError:
            return False
        if not isinstance(document, dict):
            return False
        for key in ("status", "code"):
            value = document.get(key)
            if (
                isinstance(value, int)
                and not isinstance(value, bool)
                and value in self.expired_codes
            ):
                return True
        gateway = document.get("apim_status")
        return isinstance(gateway, int) and gateway in self.expired_gateway_codes

    def _state(self) -> tuple[_Token | None, bool]:
        """The cached token if still usable, and whether it should be renewed now."""
        token = self._token
        if token is None:
            return None, True
        now = _monotonic()
        if now >= token.expires_at:
            return None, True
        return token, now >= token.refresh_at

    @staticmethod
    def _authorize(request: httpx.Request, token: _Token) -> httpx.Request:
        request.headers[TOKEN_HEADER] = token.value
        return request

    # -- sync ---------------------------------------------------------------------------

    def _sync_fetch(
        self, request: httpx.Request, refresh: _Token | None
    ) -> Generator[httpx.Request, httpx.Response, _Token]:
        fetch = _TokenFetch(self, request, refresh)
        next_request: httpx.Request | None = fetch.first_request()
        while next_request is not None:
            response = yield next_request
            response.read()
            next_request = fetch.handle(response)
        return fetch.result()

    def _sync_token(
        self, request: httpx.Request, stale: _Token | None
    ) -> Generator[httpx.Request, httpx.Response, _Token]:
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
        response.read()
        if self._reports_expired(response):
            token = yield from self._sync_token(request, token)
            yield self._authorize(request, token)

    # -- async --------------------------------------------------------------------------

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
        stale: _Token | None = None
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
                            fetch = _TokenFetch(
                                self, request, current if current is not stale else None
                            )
                            next_request: httpx.Request | None = fetch.first_request()
                            while next_request is not None:
                                response = yield next_request
                                await response.aread()
                                next_request = fetch.handle(response)
                            current = fetch.result()
                        token = current
            if token is None:  # pragma: no cover - defensive
                raise APIError("EnOS access token unavailable")
            response = yield self._authorize(request, token)
            if attempt == 1:
                return
            await response.aread()
            if not self._reports_expired(response):
                return
            stale = token
