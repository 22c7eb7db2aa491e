# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
"""Huawei Cloud AK/SK request signing (``SDK-HMAC-SHA256`` and derived ``V11-HMAC-SHA256``).

Implements the published algorithm used by Huawei Cloud API Gateway and the official
SDKs: a canonical request (method, canonical URI, canonical query, signed headers,
SHA-256 payload hash) is hashed into a string to sign together with ``X-Sdk-Date`` and
signed with HMAC-SHA256 keyed by the secret key::

    Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<hex>

With ``derived_region`` set the same canonical request is signed with a key derived per
day, region and service (what the official SDKs call derived AK/SK authentication, needed
for example on the instance endpoints of IoTDA standard and enterprise editions)::

    info = <yyyymmdd of X-Sdk-Date>/<region>/<service>
    key  = lower-case hex of HKDF-SHA256(salt=AK, input key=SK, info, 32 bytes), as UTF-8
    string to sign = V11-HMAC-SHA256 \n <X-Sdk-Date> \n <info> \n <hex sha256(canonical request)>
    Authorization: V11-HMAC-SHA256 Credential=<AK>/<info>, SignedHeaders=<h1;h2>, Signature=<hex>

The service name comes from the API document (``x-derived-auth-service`` on the security
scheme); the generator writes it into ``DERIVED_AUTH_SERVICE`` below.

Every request attempt is signed afresh (so retries carry a new date) unless the request
already has an ``X-Sdk-Date`` header, which is then used as is. The query string that is
sent is rewritten to the canonical one, so the server sees exactly what was signed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Generator, Mapping
from datetime import datetime
from typing import ClassVar, Final
from urllib.parse import quote, unquote, unquote_plus

import httpx

from ._auth import env_values
from ._types import REDACTED

__all__ = [
    "DERIVED_AUTH_SERVICE",
    "ENV_ACCESS_KEY",
    "ENV_PROJECT_ID",
    "ENV_SECRET_KEY",
    "ENV_SECURITY_TOKEN",
    "HuaweiAKSKAuth",
]

#: Service name for derived signing declared by the API document; set by the generator.
DERIVED_AUTH_SERVICE: str | None = "iotdm"

#: Environment variables read by :meth:`HuaweiAKSKAuth.from_env` (the official SDK's names).
ENV_ACCESS_KEY: Final = "HUAWEICLOUD_SDK_AK"
ENV_SECRET_KEY: Final = "HUAWEICLOUD_SDK_SK"
ENV_PROJECT_ID: Final = "HUAWEICLOUD_SDK_PROJECT_ID"
ENV_SECURITY_TOKEN: Final = "HUAWEICLOUD_SDK_SECURITY_TOKEN"

ALGORITHM: Final = "SDK-HMAC-SHA256"
DERIVED_ALGORITHM: Final = "V11-HMAC-SHA256"
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


# RFC 3986 unreserved characters: never percent-encoded.
_UNRESERVED: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"
_UNRESERVED_OR_SLASH: Final = _UNRESERVED + "/"


def _encode(text: str) -> str:
    """Percent-encode all but the RFC 3986 unreserved characters (upper-case hex)."""
    if not text.rstrip(_UNRESERVED):  # nothing to encode (the common case)
        return text
    return quote(text, safe="-_.~")


def _decode_header(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def canonical_uri(raw_path: str) -> str:
    """Decode once, encode each segment, ensure a trailing slash."""
    if raw_path.rstrip(_UNRESERVED_OR_SLASH):
        segments = unquote(raw_path).split("/")
        uri = "/".join(_encode(segment) for segment in segments)
    else:  # only unreserved characters and slashes: decoding and encoding change nothing
        uri = raw_path
    return uri if uri.endswith("/") else uri + "/"


def canonical_query(raw_query: str) -> str:
    """Pairs sorted by raw name then raw value, each part encoded; ``k=`` for empty values."""
    if not raw_query:
        return ""
    pairs: list[tuple[str, str]] = []
    for piece in raw_query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        pairs.append((unquote_plus(name), unquote_plus(value)))
    pairs.sort()
    return "&".join(f"{_encode(name)}={_encode(value)}" for name, value in pairs)


# ``X-Sdk-Date`` of the current second, reused while the second lasts.
_date_cache: tuple[int, str] = (-1, "")


def derived_key(access_key: str, secret_key: str, info: str) -> bytes:
    """The V11 signing key: lower-case hex of HKDF-SHA256 (RFC 5869, 32 bytes), UTF-8."""
    prk = hmac.digest(access_key.encode("utf-8"), secret_key.encode("utf-8"), "sha256")
    okm = hmac.digest(prk, info.encode("utf-8") + b"\x01", "sha256")  # one block = 32 bytes
    return okm.hex().encode("ascii")


def _sdk_date_now() -> str:
    global _date_cache
    second = int(time.time())
    cached = _date_cache
    if cached[0] == second:
        return cached[1]
    text = time.strftime(DATE_FORMAT, time.gmtime(second))
    _date_cache = (second, text)
    return text


class HuaweiAKSKAuth(httpx.Auth):
    """``httpx.Auth`` signing requests with a Huawei Cloud access key / secret key pair.

    ``project_id`` is sent as ``X-Project-Id`` and ``security_token`` (temporary AK/SK)
    as ``X-Security-Token``; both are signed. ``derived_region`` (e.g. ``"cn-north-4"``)
    switches to derived signing (``V11-HMAC-SHA256``) with the service name declared by
    the API document (``derived_service`` overrides it). A request that already carries
    an ``Authorization`` header is sent unsigned, as the official SDKs do. Every attempt
    (each retry too) is signed afresh with the current date.
    """

    requires_request_body = True
    #: Service name used for derived signing unless ``derived_service`` is given.
    derived_auth_service: ClassVar[str | None] = DERIVED_AUTH_SERVICE

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        *,
        project_id: str | None = None,
        security_token: str | None = None,
        derived_region: str | None = None,
        derived_service: str | None = None,
    ) -> None:
        if not access_key or not secret_key:
            raise ValueError("access_key and secret_key are required")
        for name, value in (
            ("project_id", project_id),
            ("security_token", security_token),
            ("derived_region", derived_region),
            ("derived_service", derived_service),
        ):
            if value is not None and any(char in value for char in "\r\n\0"):
                raise ValueError(f"{name} must not contain CR, LF or NUL characters")
        service = derived_service or self.derived_auth_service
        if derived_region is not None:
            if (
                not derived_region
                or "/" in derived_region
                or derived_region.strip() != derived_region
            ):
                raise ValueError(
                    f"derived_region must be a region id such as 'cn-north-4', got {derived_region!r}"
                )
            if not service:
                raise ValueError(
                    "derived_region needs a service name: this API document declares no "
                    "x-derived-auth-service, so pass derived_service="
                )
            if "/" in service:
                raise ValueError(f"derived_service must not contain '/', got {service!r}")
        self._access_key = access_key
        self._secret_key = secret_key
        self._secret_bytes = secret_key.encode("utf-8")
        self.project_id = project_id
        self._security_token = security_token
        self.derived_region = derived_region
        self.derived_service = service if derived_region is not None else None
        self._derived_cache: tuple[str, bytes] = ("", b"")

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        derived_region: str | None = None,
        derived_service: str | None = None,
    ) -> HuaweiAKSKAuth:
        """Credentials from the official SDK's environment variables.

        ``HUAWEICLOUD_SDK_AK`` and ``HUAWEICLOUD_SDK_SK`` are required (a missing one
        raises ``ValueError`` naming it); ``HUAWEICLOUD_SDK_PROJECT_ID`` and
        ``HUAWEICLOUD_SDK_SECURITY_TOKEN`` (temporary AK/SK) are used when set.
        ``environ`` defaults to ``os.environ``.
        """
        access_key, secret_key = env_values(
            "HuaweiAKSKAuth.from_env", environ, (ENV_ACCESS_KEY, ENV_SECRET_KEY)
        )
        env = os.environ if environ is None else environ
        return cls(
            access_key,
            secret_key,
            project_id=env.get(ENV_PROJECT_ID) or None,
            security_token=env.get(ENV_SECURITY_TOKEN) or None,
            derived_region=derived_region,
            derived_service=derived_service,
        )

    def __repr__(self) -> str:
        token = REDACTED if self._security_token else None
        derived = (
            f", derived_region={self.derived_region!r}, derived_service={self.derived_service!r}"
            if self.derived_region
            else ""
        )
        return (
            f"HuaweiAKSKAuth(access_key={REDACTED!r}, secret_key={REDACTED!r}, "
            f"project_id={self.project_id!r}, security_token={token!r}{derived})"
        )

    def _derived_key(self, info: str) -> bytes:
        cached = self._derived_cache
        if cached[0] == info:
            return cached[1]
        key = derived_key(self._access_key, self._secret_key, info)
        self._derived_cache = (info, key)
        return key

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

        # One pass over the headers: lower-case names (repeats kept, as they are signed
        # repeatedly) and the last value of each name, as the SDKs use it.
        names: list[str] = []
        values: dict[str, str] = {}
        for raw_name, raw_value in headers.raw:
            name = raw_name.decode("latin-1").lower()
            names.append(name)
            values[name] = _decode_header(raw_value).strip()
        if "authorization" in values:
            return

        if "content-type" in values and "x-sdk-content-sha256" not in values:
            content_type = headers["content-type"]
            if not content_type.lower().startswith(_HASHED_CONTENT_TYPES):
                headers["X-Sdk-Content-Sha256"] = UNSIGNED_PAYLOAD
                names.append("x-sdk-content-sha256")
                values["x-sdk-content-sha256"] = UNSIGNED_PAYLOAD

        if "x-sdk-date" in values:
            given_date = headers["x-sdk-date"]
            try:
                sdk_date = datetime.strptime(given_date.strip(), DATE_FORMAT).strftime(DATE_FORMAT)
            except ValueError:
                raise ValueError(
                    f"X-Sdk-Date must have the form YYYYMMDDTHHMMSSZ, got {given_date!r}"
                ) from None
        else:
            sdk_date = now.strftime(DATE_FORMAT) if now is not None else _sdk_date_now()
            headers["X-Sdk-Date"] = sdk_date
            names.append("x-sdk-date")
            values["x-sdk-date"] = sdk_date
        url = request.url
        if "host" not in values:
            host = url.netloc.decode("ascii")
            headers["Host"] = host
            names.append("host")
            values["host"] = host.strip()

        # Signed headers: every header but transport-owned ones and names with "_".
        signed = sorted(name for name in names if "_" not in name and name not in _UNSIGNED_HEADERS)
        signed_headers = ";".join(signed)
        canonical_headers = "".join(f"{name}:{values[name]}\n" for name in signed)

        body = request.content
        if not body:
            payload_hash = _EMPTY_SHA256
        elif "x-sdk-content-sha256" in values:
            payload_hash = headers["x-sdk-content-sha256"]
        else:
            payload_hash = hashlib.sha256(body).hexdigest()

        raw_path, has_query, raw_query = url.raw_path.partition(b"?")
        query = canonical_query(raw_query.decode("ascii"))
        if query != raw_query.decode("ascii") or (has_query and not query):
            # Send exactly the query that is signed (the URL is parsed again only then).
            request.url = url.copy_with(query=query.encode("ascii") if query else None)

        canonical_request = "\n".join(
            [
                request.method.upper(),
                canonical_uri(raw_path.decode("ascii")),
                query,
                canonical_headers,
                signed_headers,
                payload_hash,
            ]
        )
        request_hash = hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()
        if self.derived_region is None:
            string_to_sign = f"{ALGORITHM}\n{sdk_date}\n{request_hash}"
            signature = hmac.digest(self._secret_bytes, string_to_sign.encode("utf-8"), "sha256")
            headers["Authorization"] = (
                f"{ALGORITHM} Access={self._access_key}, SignedHeaders={signed_headers}, "
                f"Signature={signature.hex()}"
            )
            return
        info = f"{sdk_date[:8]}/{self.derived_region}/{self.derived_service}"
        string_to_sign = f"{DERIVED_ALGORITHM}\n{sdk_date}\n{info}\n{request_hash}"
        signature = hmac.digest(self._derived_key(info), string_to_sign.encode("utf-8"), "sha256")
        headers["Authorization"] = (
            f"{DERIVED_ALGORITHM} Credential={self._access_key}/{info}, "
            f"SignedHeaders={signed_headers}, Signature={signature.hex()}"
        )
