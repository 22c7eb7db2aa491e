"""Huawei Cloud IAM user tokens (``X-Auth-Token``) obtained with a password.

The token comes from IAM's "obtain a user token through password authentication" API::

    POST https://iam.<region>.myhuaweicloud.com/v3/auth/tokens?nocatalog=true
    {"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "name": <username>, "password": <password>, "domain": {"name": <domain_name>}}}},
      "scope": {"project": {"name": <project_name>} | {"id": <project_id>}}}}
    -> 201, header X-Subject-Token: <token>, body {"token": {"expires_at": "...Z", ...}}

and is sent on every API call as ``X-Auth-Token``. The token requests go through the same
HTTP client as the API calls (they are yielded from the auth flow). Caching, renewal before
``expires_at``, one more attempt with a new token when the service answers 401, and the
sharing of one fetch between concurrent calls (threads and asyncio tasks) are those of
``_token_cache.CachedTokenAuth``.

Without ``iam_endpoint`` the IAM host is derived from the API host: the region label and
the domain after it are kept (``iotda.cn-north-4.myhuaweicloud.com`` and
``<id>.st1.iotda-app.cn-north-4.myhuaweicloud.com`` both give
``https://iam.cn-north-4.myhuaweicloud.com``). Without ``project_name`` and ``project_id``
the token is scoped to the region's default project, whose name is the region id.

IAM failures raise ``AuthenticationError`` carrying IAM's own error code and message. The
password never appears in logs, ``repr()`` or exceptions (the request attached to an
error is a copy without the body).
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Final

import httpx

from ._auth import env_values
from ._exceptions import AuthenticationError
from ._token_cache import CachedTokenAuth, SingleRequestFetch, Token
from ._types import REDACTED, redact_url

__all__ = [
    "ENV_DOMAIN_NAME",
    "ENV_IAM_ENDPOINT",
    "ENV_PASSWORD",
    "ENV_PROJECT_ID",
    "ENV_PROJECT_NAME",
    "ENV_USERNAME",
    "IAM_TOKEN_PATH",
    "HuaweiIAMTokenAuth",
    "iam_endpoint_for_host",
    "region_of_host",
]

IAM_TOKEN_PATH: Final = "/v3/auth/tokens"
TOKEN_HEADER: Final = "X-Auth-Token"
SUBJECT_TOKEN_HEADER: Final = "X-Subject-Token"
#: Environment variables read by :meth:`HuaweiIAMTokenAuth.from_env`. The IAM endpoint and
#: project id variables are the official SDK's; the others are this package's own.
ENV_USERNAME: Final = "HUAWEICLOUD_IAM_USERNAME"
ENV_PASSWORD: Final = "HUAWEICLOUD_IAM_PASSWORD"
ENV_DOMAIN_NAME: Final = "HUAWEICLOUD_IAM_DOMAIN_NAME"
ENV_PROJECT_NAME: Final = "HUAWEICLOUD_IAM_PROJECT_NAME"
ENV_PROJECT_ID: Final = "HUAWEICLOUD_SDK_PROJECT_ID"
ENV_IAM_ENDPOINT: Final = "HUAWEICLOUD_SDK_IAM_ENDPOINT"
#: Lifetime assumed when IAM's answer has no usable ``token.expires_at`` (tokens last 24 h).
_FALLBACK_LIFETIME: Final = 3600.0
#: Shortest lifetime believed, so that a skewed local clock cannot cause a fetch per call.
_MIN_LIFETIME: Final = 60.0
# A region label: "cn-north-4", "ap-southeast-1", "eu-west-101", "my-kualalumpur-1".
_REGION: Final = re.compile(r"[a-z]{2,}(?:-[a-z]+)+-[0-9]+")

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

# Patch point for tests.
_wall_clock = time.time


def region_of_host(host: str) -> tuple[str, str] | None:
    """``(region, domain)`` of a Huawei Cloud host name, or ``None`` when it has no region.

    The right-most label that looks like a region id is taken, with everything after it
    as the domain: ``iotda.cn-north-4.myhuaweicloud.com`` and
    ``a1b2.st1.iotda-app.cn-north-4.myhuaweicloud.com`` -> ``("cn-north-4",
    "myhuaweicloud.com")``.
    """
    labels = host.lower().rstrip(".").split(".")
    for index in range(len(labels) - 2, -1, -1):
        if _REGION.fullmatch(labels[index]):
            return labels[index], ".".join(labels[index + 1 :])
    return None


def iam_endpoint_for_host(host: str) -> str | None:
    """The regional IAM endpoint for an API host, or ``None`` when it cannot be derived."""
    found = region_of_host(host)
    if found is None:
        return None
    region, domain = found
    return f"https://iam.{region}.{domain}"


def _parse_expires_at(text: object) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


def _iam_error(document: object) -> tuple[str | None, str | None]:
    """IAM's error code and message from either of its error body shapes."""
    if not isinstance(document, dict):
        return None, None
    error = document.get("error")
    if isinstance(error, dict):  # Keystone style: {"error": {"code", "message", "title"}}
        code, message = error.get("code"), error.get("message")
    else:  # Huawei style: {"error_code", "error_msg"}
        code, message = document.get("error_code"), document.get("error_msg")
    return (
        None if code is None or isinstance(code, (dict, list)) else str(code),
        None if message is None or isinstance(message, (dict, list)) else str(message),
    )


class HuaweiIAMTokenAuth(CachedTokenAuth):
    """``httpx.Auth`` sending an IAM user token, obtained (and renewed) with a password.

    ``domain_name`` is the account name the IAM user belongs to. The token is scoped to
    ``project_id`` if given, else to the project named ``project_name``, else to the
    region's default project (named like the region of the API host). ``iam_endpoint``
    (e.g. ``"https://iam.cn-north-4.myhuaweicloud.com"``) defaults to the region's IAM
    host derived from the API host. ``refresh_margin``: renew this many seconds before
    the token expires. The password and the token never appear in ``repr()``.
    """

    def __init__(
        self,
        username: str,
        password: str,
        domain_name: str,
        *,
        project_name: str | None = None,
        project_id: str | None = None,
        iam_endpoint: str | None = None,
        refresh_margin: float = 300.0,
    ) -> None:
        if not username or not password or not domain_name:
            raise ValueError("username, password and domain_name are required")
        super().__init__(refresh_margin=refresh_margin)
        if iam_endpoint is not None:
            iam_endpoint = iam_endpoint.strip().rstrip("/")
            if "://" not in iam_endpoint:
                iam_endpoint = "https://" + iam_endpoint
            try:
                parsed = httpx.URL(iam_endpoint)
            except httpx.InvalidURL:
                raise ValueError(f"iam_endpoint is not a URL: {iam_endpoint!r}") from None
            if parsed.scheme not in ("http", "https") or not parsed.host:
                raise ValueError(f"iam_endpoint must be an http(s) URL, got {iam_endpoint!r}")
        self.username = username
        self._password = password
        self.domain_name = domain_name
        self.project_name = project_name or None
        self.project_id = project_id or None
        self.iam_endpoint = iam_endpoint

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        refresh_margin: float = 300.0,
    ) -> HuaweiIAMTokenAuth:
        """Read the credentials from the environment.

        Required: ``HUAWEICLOUD_IAM_USERNAME``, ``HUAWEICLOUD_IAM_PASSWORD``,
        ``HUAWEICLOUD_IAM_DOMAIN_NAME`` (a missing one raises ``ValueError`` naming it).
        Optional: ``HUAWEICLOUD_IAM_PROJECT_NAME``, ``HUAWEICLOUD_SDK_PROJECT_ID``,
        ``HUAWEICLOUD_SDK_IAM_ENDPOINT``. ``environ`` defaults to ``os.environ``.
        """
        username, password, domain_name = env_values(
            "HuaweiIAMTokenAuth.from_env", environ, (ENV_USERNAME, ENV_PASSWORD, ENV_DOMAIN_NAME)
        )
        env = os.environ if environ is None else environ
        return cls(
            username,
            password,
            domain_name,
            project_name=env.get(ENV_PROJECT_NAME) or None,
            project_id=env.get(ENV_PROJECT_ID) or None,
            iam_endpoint=env.get(ENV_IAM_ENDPOINT) or None,
            refresh_margin=refresh_margin,
        )

    def __repr__(self) -> str:
        return (
            f"HuaweiIAMTokenAuth(username={self.username!r}, password={REDACTED!r}, "
            f"domain_name={self.domain_name!r}, project_name={self.project_name!r}, "
            f"project_id={self.project_id!r}, iam_endpoint={self.iam_endpoint!r})"
        )

    # -- IAM ------------------------------------------------------------------------------

    def _endpoint_and_scope(self, api_host: str) -> tuple[str, dict[str, str]]:
        endpoint = self.iam_endpoint or iam_endpoint_for_host(api_host)
        if endpoint is None:
            raise ValueError(
                f"HuaweiIAMTokenAuth: cannot derive the IAM endpoint from the API host "
                f"{api_host!r}; pass iam_endpoint="
            )
        if self.project_id:
            return endpoint, {"id": self.project_id}
        if self.project_name:
            return endpoint, {"name": self.project_name}
        found = region_of_host(api_host) or region_of_host(httpx.URL(endpoint).host)
        if found is None:
            raise ValueError(
                f"HuaweiIAMTokenAuth: cannot derive the region (default project) from the "
                f"API host {api_host!r}; pass project_name= or project_id="
            )
        return endpoint, {"name": found[0]}

    def _token_request(self, original: httpx.Request) -> httpx.Request:
        endpoint, project = self._endpoint_and_scope(original.url.host)
        payload = {
            "auth": {
                "identity": {
                    "methods": ["password"],
                    "password": {
                        "user": {
                            "name": self.username,
                            "password": self._password,
                            "domain": {"name": self.domain_name},
                        }
                    },
                },
                "scope": {"project": project},
            }
        }
        url = httpx.URL(endpoint + IAM_TOKEN_PATH, params={"nocatalog": "true"})
        logger.debug(
            "Requesting an IAM token for user %r of domain %r: POST %s",
            self.username,
            self.domain_name,
            redact_url(url),
        )
        extensions = {key: value for key, value in original.extensions.items() if key == "timeout"}
        return httpx.Request(
            "POST",
            url,
            headers={"Content-Type": "application/json;charset=utf8", "Accept": "application/json"},
            content=json.dumps(payload, separators=(",", ":")).encode("utf-8"),
            extensions=extensions,
        )

    def _failure(
        self, response: httpx.Response, document: object, reason: str | None = None
    ) -> AuthenticationError:
        code, message = _iam_error(document)
        request = response.request
        # A copy of the request without its body (which holds the password).
        bare = httpx.Request(request.method, request.url)
        headers = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() != SUBJECT_TOKEN_HEADER.lower()
        ]
        copy = httpx.Response(
            response.status_code, headers=headers, content=response.content, request=bare
        )
        text = (
            f"IAM token request failed: HTTP {response.status_code} {response.reason_phrase} "
            f"for POST {redact_url(request.url)}"
        )
        if code or message:
            text += f": {code or ''}{': ' if code and message else ''}{message or ''}"
        if reason:
            text += f" ({reason})"
        request_id = response.headers.get("x-request-id")
        if request_id:
            text += f" (request id {request_id})"
        return AuthenticationError(
            text,
            response=copy,
            body=document,
            error_code=code,
            error_msg=message,
            request_id=request_id,
        )

    def _parse_token_response(self, response: httpx.Response) -> Token:
        try:
            document = json.loads(response.content) if response.content else None
        except ValueError:
            document = response.text
        if not response.is_success:
            raise self._failure(response, document)
        token = response.headers.get(SUBJECT_TOKEN_HEADER, "").strip()
        if not token:
            raise self._failure(response, None, "no X-Subject-Token header in the answer")
        body = document.get("token") if isinstance(document, dict) else None
        expires = _parse_expires_at(body.get("expires_at") if isinstance(body, dict) else None)
        if expires is None:
            logger.debug("IAM token without a usable expires_at; assuming one hour")
            lifetime = _FALLBACK_LIFETIME
        else:
            lifetime = max(expires.timestamp() - _wall_clock(), _MIN_LIFETIME)
        return Token.expiring_in(token, lifetime, self.refresh_margin)

    # -- CachedTokenAuth ------------------------------------------------------------------

    def _new_fetch(self, request: httpx.Request, renew: Token | None) -> SingleRequestFetch:
        return SingleRequestFetch(self._token_request(request), self._parse_token_response)

    def _authorize(self, request: httpx.Request, token: Token) -> httpx.Request:
        request.headers[TOKEN_HEADER] = token.value
        return request
