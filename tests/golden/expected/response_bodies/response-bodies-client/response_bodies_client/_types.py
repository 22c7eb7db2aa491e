# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Small shared types and helpers of the runtime: the NOT_GIVEN sentinel and redaction.

This module has no dependencies on the other runtime modules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar, Final, Literal, TypeAlias, TypeVar
from urllib.parse import unquote_plus

import httpx

__all__ = [
    "NOT_GIVEN",
    "REDACTED",
    "NotGiven",
    "NotGivenOr",
    "is_sensitive_name",
    "redact_authorization",
    "redact_headers",
    "redact_url",
]

_T = TypeVar("_T")


class NotGiven:
    """Sentinel for "argument not passed", distinct from an explicit ``None``.

    It is falsy, prints as ``NOT_GIVEN`` and there is only ever one instance.
    """

    _instance: ClassVar[NotGiven | None] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: object) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

NotGivenOr: TypeAlias = _T | NotGiven
"""``NotGivenOr[int]`` is ``int | NotGiven``."""

REDACTED: Final = "<redacted>"

# Header names whose values are credentials even though they do not contain one of the
# marker words below.
_SENSITIVE_NAMES: Final = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-auth-token",
        "apim-accesstoken",
        "apim-signature",
        "cookie",
        "set-cookie",
    }
)
_SENSITIVE_WORDS: Final = (
    "secret",
    "token",
    "key",
    "password",
    "passwd",
    "signature",
    "credential",
)


def is_sensitive_name(name: str) -> bool:
    """True when a header or parameter called ``name`` may carry a credential."""
    lowered = name.lower()
    if lowered in _SENSITIVE_NAMES:
        return True
    return any(word in lowered for word in _SENSITIVE_WORDS)


_AUTHORIZATION_HEADERS: Final = frozenset({"authorization", "proxy-authorization"})
# Parameters of signature schemes (SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...)
# that may be shown by name; only ``SignedHeaders`` keeps its value.
_SIGNATURE_PARAMS: Final = frozenset({"access", "credential", "signedheaders", "signature"})


def redact_authorization(value: str) -> str:
    """An ``Authorization`` value with its secret parts redacted, for logs and messages.

    The scheme stays visible (``Bearer <redacted>``); for signature schemes whose
    parameters are ``Access``/``Credential``, ``SignedHeaders`` and ``Signature``, so do
    the parameter names and the list of signed headers, so that a signature mismatch can
    be diagnosed: ``SDK-HMAC-SHA256 Access=<redacted>, SignedHeaders=host;x-sdk-date,
    Signature=<redacted>``. Anything else is redacted whole.
    """
    scheme, sep, rest = value.strip().partition(" ")
    if not sep or not scheme:
        return REDACTED
    shown = []
    for item in rest.split(","):
        key, eq, text = item.strip().partition("=")
        if not eq or key.lower() not in _SIGNATURE_PARAMS:
            return f"{scheme} {REDACTED}"
        shown.append(f"{key}={text if key.lower() == 'signedheaders' else REDACTED}")
    return f"{scheme} " + ", ".join(shown)


def redact_headers(
    headers: httpx.Headers | Mapping[str, str] | Iterable[tuple[str, str]],
) -> dict[str, str]:
    """A copy of ``headers`` with the values of sensitive headers replaced by ``<redacted>``."""
    items: Iterable[tuple[str, str]]
    if isinstance(headers, httpx.Headers):
        items = [
            (name.decode("latin-1"), value.decode("utf-8", "replace"))
            for name, value in headers.raw
        ]
    elif isinstance(headers, Mapping):
        items = headers.items()
    else:
        items = headers
    result: dict[str, str] = {}
    for name, value in items:
        if name.lower() in _AUTHORIZATION_HEADERS:
            shown = redact_authorization(value)
        else:
            shown = REDACTED if is_sensitive_name(name) else value
        result[name] = f"{result[name]}, {shown}" if name in result else shown
    return result


def redact_url(url: httpx.URL | str) -> str:
    """``url`` as text without user info and with sensitive query values redacted.

    The result is meant for messages and logs, not for sending.
    """
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    query = parsed.query.decode("ascii", "replace")
    if not query:
        return str(parsed)
    pieces = []
    for piece in query.split("&"):
        name, sep, _ = piece.partition("=")
        pieces.append(
            f"{name}={REDACTED}" if sep and is_sensitive_name(unquote_plus(name)) else piece
        )
    return str(parsed.copy_with(query=None)) + "?" + "&".join(pieces)
