"""Huawei Cloud AK/SK request signing (``SDK-HMAC-SHA256``).

Implements the published algorithm used by Huawei Cloud API Gateway and the official
SDKs: a canonical request (method, canonical URI, canonical query, signed headers,
SHA-256 payload hash) is hashed into a string to sign together with ``X-Sdk-Date`` and
signed with HMAC-SHA256 keyed by the secret key::

    Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<hex>

Every request attempt is signed afresh (so retries carry a new date) unless the request
already has an ``X-Sdk-Date`` header, which is then used as is. The query string that is
sent is rewritten to the canonical one, so the server sees exactly what was signed.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator
from datetime import datetime, timezone
from typing import Final
from urllib.parse import quote, unquote, unquote_plus

import httpx

from ._types import REDACTED

__all__ = ["HuaweiAKSKAuth"]

ALGORITHM: Final = "SDK-HMAC-SHA256"
DATE_FORMAT: Final = "%Y%m%dT%H%M%SZ"
UNSIGNED_PAYLOAD: Final = "UNSIGNED-PAYLOAD"
_EMPTY_SHA256: Final = hashlib.sha256(b"").hexdigest()
# Content types whose payload is hashed; for any other declared type the payload is
# marked UNSIGNED-PAYLOAD (as Huawei's SDKs do for multipart, octet-stream, forms ...).
_HASHED_CONTENT_TYPES: Final = ("application/json", "application/bson")
# Headers that the transport or intermediaries own; never signed.
_UNSIGNED_HEADERS: Final = frozenset(
    {
        "authorization",
        "connection",
        "keep-alive",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "content-length",
        "accept-encoding",
    }
)


def _encode(text: str) -> str:
    """Percent-encode all but the RFC 3986 unreserved characters (upper-case hex)."""
    return quote(text, safe="-_.~")


def _decode_header(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def canonical_uri(raw_path: str) -> str:
    """Decode once, encode each segment, ensure a trailing slash."""
    segments = unquote(raw_path).split("/")
    uri = "/".join(_encode(segment) for segment in segments)
    return uri if uri.endswith("/") else uri + "/"


def canonical_query(raw_query: str) -> str:
    """Pairs sorted by raw name then raw value, each part encoded; ``k=`` for empty values."""
    pairs: list[tuple[str, str]] = []
    for piece in raw_query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        pairs.append((unquote_plus(name), unquote_plus(value)))
    pairs.sort()
    return "&".join(f"{_encode(name)}={_encode(value)}" for name, value in pairs)


class HuaweiAKSKAuth(httpx.Auth):
    """``httpx.Auth`` signing requests with a Huawei Cloud access key / secret key pair.

    ``project_id`` is sent as ``X-Project-Id`` and ``security_token`` (temporary
    credentials) as ``X-Security-Token``; both are signed. A request that already carries
    an ``Authorization`` header is sent unsigned, as the official SDKs do.
    """

    requires_request_body = True

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        *,
        project_id: str | None = None,
        security_token: str | None = None,
    ) -> None:
        if not access_key or not secret_key:
            raise ValueError("access_key and secret_key are required")
        self._access_key = access_key
        self._secret_key = secret_key
        self.project_id = project_id
        self._security_token = security_token

    def __repr__(self) -> str:
        token = REDACTED if self._security_token else None
        return (
            f"HuaweiAKSKAuth(access_key={REDACTED!r}, secret_key={REDACTED!r}, "
            f"project_id={self.project_id!r}, security_token={token!r})"
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request, *, now: datetime | None = None) -> None:
        """Sign ``request`` in place (adds headers, rewrites the query to canonical form)."""
        headers = request.headers
        if self.project_id:
            headers["X-Project-Id"] = self.project_id
        if self._security_token:
            headers["X-Security-Token"] = self._security_token
        if "authorization" in headers:
            return

        content_type = headers.get("content-type")
        if (
            content_type is not None
            and not content_type.lower().startswith(_HASHED_CONTENT_TYPES)
            and "x-sdk-content-sha256" not in headers
        ):
            headers["X-Sdk-Content-Sha256"] = UNSIGNED_PAYLOAD

        given_date = headers.get("x-sdk-date")
        if given_date is not None:
            try:
                sdk_date = datetime.strptime(given_date.strip(), DATE_FORMAT).strftime(DATE_FORMAT)
            except ValueError:
                raise ValueError(
                    f"X-Sdk-Date must have the form YYYYMMDDTHHMMSSZ, got {given_date!r}"
                ) from None
        else:
            sdk_date = (now or datetime.now(timezone.utc)).strftime(DATE_FORMAT)
            headers["X-Sdk-Date"] = sdk_date
        if "host" not in headers:
            headers["Host"] = request.url.netloc.decode("ascii")

        # Signed headers: every header but transport-owned ones and names with "_";
        # for names repeated (in any case) the last value is used, as the SDKs do.
        values: dict[str, str] = {}
        names: list[str] = []
        for raw_name, raw_value in headers.raw:
            name = raw_name.decode("latin-1").lower()
            values[name] = _decode_header(raw_value).strip()
            if "_" not in name and name not in _UNSIGNED_HEADERS:
                names.append(name)
        names.sort()
        signed_headers = ";".join(names)
        canonical_headers = "".join(f"{name}:{values[name]}\n" for name in names)

        body = request.content
        if not body:
            payload_hash = _EMPTY_SHA256
        elif "x-sdk-content-sha256" in headers:
            payload_hash = headers["x-sdk-content-sha256"]
        else:
            payload_hash = hashlib.sha256(body).hexdigest()

        query = canonical_query(request.url.query.decode("ascii"))
        request.url = request.url.copy_with(query=query.encode("ascii") if query else None)

        canonical_request = "\n".join(
            [
                request.method.upper(),
                canonical_uri(request.url.raw_path.split(b"?", 1)[0].decode("ascii")),
                query,
                canonical_headers,
                signed_headers,
                payload_hash,
            ]
        )
        string_to_sign = "\n".join(
            [ALGORITHM, sdk_date, hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()]
        )
        signature = hmac.new(
            self._secret_key.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256
        )
        headers["Authorization"] = (
            f"{ALGORITHM} Access={self._access_key}, SignedHeaders={signed_headers}, "
            f"Signature={signature.hexdigest()}"
        )
