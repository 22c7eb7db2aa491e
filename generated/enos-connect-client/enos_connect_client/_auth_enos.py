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

Caching, renewal, the one retry and the sharing of one fetch between concurrent calls
(threads and asyncio tasks) are those of ``_token_cache.CachedTokenAuth``.
``EnOSTokenAuth.from_env()`` reads ``ENOS_APP_KEY`` and ``ENOS_APP_SECRET``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Mapping
from typing import ClassVar, Final

import httpx

from ._auth import env_values
from ._exceptions import APIEnvelopeError, APIError, make_status_error
from ._token_cache import CachedTokenAuth, Token
from ._types import REDACTED

__all__ = [
    "DEFAULT_TOKEN_REFRESH_PATH",
    "DEFAULT_TOKEN_URL_PATH",
    "ENV_APP_KEY",
    "ENV_APP_SECRET",
    "EnOSTokenAuth",
]

DEFAULT_TOKEN_URL_PATH: Final = "/apim-token-service/v2.0/token/get"
DEFAULT_TOKEN_REFRESH_PATH: Final = "/apim-token-service/v2.0/token/refresh"
TOKEN_HEADER: Final = "apim-accesstoken"
#: Environment variables read by :meth:`EnOSTokenAuth.from_env`.
ENV_APP_KEY: Final = "ENOS_APP_KEY"
ENV_APP_SECRET: Final = "ENOS_APP_SECRET"
_DEFAULT_EXPIRE: Final = 7200.0

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)


def _now_ms() -> int:
    return int(time.time() * 1000)


class _TokenFetch:
    """One token acquisition: a refresh request (optional), falling back to a get request."""

    def __init__(self, auth: EnOSTokenAuth, original: httpx.Request, refresh: Token | None) -> None:
        self._auth = auth
        self._original = original
        self._refresh = refresh
        self.token: Token | None = None

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

    def result(self) -> Token:
        if self.token is None:  # pragma: no cover - defensive
            raise APIError("EnOS token acquisition did not complete")
        return self.token


class EnOSTokenAuth(CachedTokenAuth):
    """``httpx.Auth`` sending an EnOS APIM access token obtained with an app key/secret.

    ``refresh_margin``: renew the token this many seconds before it expires (at most half
    of its lifetime). ``token_refresh_path=None`` always uses ``token_url_path``.
    The secret and tokens never appear in ``repr()`` or error messages.
    """

    requires_response_body = True  # "expired" may be reported in a 200 JSON body

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
        super().__init__(refresh_margin=refresh_margin)
        self.app_key = app_key
        self._app_secret = app_secret
        self.token_url_path = "/" + token_url_path.lstrip("/")
        self.token_refresh_path = (
            "/" + token_refresh_path.lstrip("/") if token_refresh_path else None
        )

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        token_url_path: str = DEFAULT_TOKEN_URL_PATH,
        token_refresh_path: str | None = DEFAULT_TOKEN_REFRESH_PATH,
        refresh_margin: float = 300.0,
    ) -> EnOSTokenAuth:
        """Read the app key and secret from ``ENOS_APP_KEY`` and ``ENOS_APP_SECRET``.

        ``environ`` defaults to ``os.environ``. A missing or empty variable raises
        ``ValueError`` naming it; the other arguments are the constructor's.
        """
        app_key, app_secret = env_values(
            "EnOSTokenAuth.from_env", environ, (ENV_APP_KEY, ENV_APP_SECRET)
        )
        return cls(
            app_key,
            app_secret,
            token_url_path=token_url_path,
            token_refresh_path=token_refresh_path,
            refresh_margin=refresh_margin,
        )

    def __repr__(self) -> str:
        return (
            f"EnOSTokenAuth(app_key={self.app_key!r}, app_secret={REDACTED!r}, "
            f"token_url_path={self.token_url_path!r})"
        )

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

    def _parse_token_response(self, response: httpx.Response) -> Token:
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
        return Token.expiring_in(token, lifetime, self.refresh_margin)

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

    def _new_fetch(self, request: httpx.Request, renew: Token | None) -> _TokenFetch:
        return _TokenFetch(self, request, renew)

    def _authorize(self, request: httpx.Request, token: Token) -> httpx.Request:
        request.headers[TOKEN_HEADER] = token.value
        return request
