"""Verification of Huawei Cloud AK/SK signatures for ``testing.Fake``, as the gateway does.

The canonical request is rebuilt from what arrived (method, path, query, the headers
named in ``SignedHeaders``, the payload hash) and the signature recomputed with the
secret key of the access key named in ``Authorization`` (``SDK-HMAC-SHA256``) or with
the key derived from it for the credential's date, region and service
(``V11-HMAC-SHA256``). A request is refused when the access key is unknown, the
signature differs, ``X-Sdk-Date`` is missing or more than 15 minutes away from now, or
``host`` / ``x-sdk-date`` are not among the signed headers.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from datetime import datetime, timezone

import httpx

from ._auth_huawei import (
    ALGORITHM,
    DATE_FORMAT,
    DERIVED_ALGORITHM,
    DERIVED_AUTH_SERVICE,
    canonical_query,
    canonical_uri,
    derived_key,
)

__all__ = ["MAX_CLOCK_SKEW", "REQUIRED_SIGNED_HEADERS", "verify_signature"]

#: Seconds ``X-Sdk-Date`` may differ from the fake's clock (the gateway allows 15 minutes).
MAX_CLOCK_SKEW = 15 * 60
#: Headers that must be signed.
REQUIRED_SIGNED_HEADERS = ("host", "x-sdk-date")
_FIELDS = re.compile(r"(\w+)=([^,\s]*)")


def verify_signature(
    request: httpx.Request, credentials: Mapping[str, str], *, now: datetime | None = None
) -> str | None:
    """``None`` when the request's signature is valid, else why it is refused."""
    authorization = request.headers.get("Authorization", "")
    algorithm, _, rest = authorization.strip().partition(" ")
    if algorithm not in (ALGORITHM, DERIVED_ALGORITHM):
        return f"unsupported signing algorithm {algorithm!r}"
    fields = dict(_FIELDS.findall(rest))
    signed_headers = fields.get("SignedHeaders", "")
    signature = fields.get("Signature", "")
    info = ""
    if algorithm == ALGORITHM:
        access_key = fields.get("Access", "")
    else:
        access_key, _, info = fields.get("Credential", "").partition("/")
    secret_key = credentials.get(access_key)
    if secret_key is None:
        return "unknown access key"
    sdk_date = request.headers.get("X-Sdk-Date")
    if sdk_date is None:
        return "X-Sdk-Date header missing"
    try:
        signed_at = datetime.strptime(sdk_date, DATE_FORMAT).replace(tzinfo=timezone.utc)
    except ValueError:
        return "X-Sdk-Date is not in the form YYYYMMDDTHHMMSSZ"
    current = now or datetime.now(timezone.utc)
    if abs((current - signed_at).total_seconds()) > MAX_CLOCK_SKEW:
        return "X-Sdk-Date is more than 15 minutes away from the server time"
    names = signed_headers.split(";") if signed_headers else []
    for required in REQUIRED_SIGNED_HEADERS:
        if required not in names:
            return f"header {required} is not signed"
    canonical_headers = ""
    for name in names:
        values = request.headers.get_list(name)
        if not values:
            return f"signed header {name} missing"
        canonical_headers += f"{name}:{values[-1].strip()}\n"
    content = request.read()
    if "x-sdk-content-sha256" in request.headers:
        payload_hash = request.headers["x-sdk-content-sha256"]
    else:
        payload_hash = hashlib.sha256(content).hexdigest()
    raw_path, _, raw_query = request.url.raw_path.partition(b"?")
    canonical_request = "\n".join(
        [
            request.method.upper(),
            canonical_uri(raw_path.decode("ascii")),
            canonical_query(raw_query.decode("ascii")),
            canonical_headers,
            signed_headers,
            payload_hash,
        ]
    )
    request_hash = hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()
    if algorithm == ALGORITHM:
        key = secret_key.encode("utf-8")
        string_to_sign = f"{ALGORITHM}\n{sdk_date}\n{request_hash}"
    else:
        day, _, scope = info.partition("/")
        region, _, service = scope.partition("/")
        if day != sdk_date[:8] or not region or not service:
            return "derived credential scope does not match X-Sdk-Date/region/service"
        if DERIVED_AUTH_SERVICE is not None and service != DERIVED_AUTH_SERVICE:
            return f"derived credential names service {service!r}"
        key = derived_key(access_key, secret_key, info)
        string_to_sign = f"{DERIVED_ALGORITHM}\n{sdk_date}\n{info}\n{request_hash}"
    expected = hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        return "verify aksk signature fail"
    return None
