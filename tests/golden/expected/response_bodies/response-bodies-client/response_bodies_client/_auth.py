# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Generic authentication helpers (always shipped)."""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping
from typing import Literal
from urllib.parse import quote

import httpx

from ._types import REDACTED

__all__ = ["APIKeyAuth", "env_values"]


def env_values(
    who: str, environ: Mapping[str, str] | None, names: tuple[str, ...]
) -> tuple[str, ...]:
    """The values of the required environment variables ``names``, in order.

    ``environ`` defaults to ``os.environ``. A missing or empty variable raises
    ``ValueError`` naming every such variable (never any value).
    """
    env = os.environ if environ is None else environ
    missing = [name for name in names if not env.get(name)]
    if missing:
        plural = len(missing) > 1
        raise ValueError(
            f"{who}: environment variable{'s' if plural else ''} {', '.join(missing)} "
            f"{'are' if plural else 'is'} not set"
        )
    return tuple(env[name] for name in names)


class APIKeyAuth(httpx.Auth):
    """Send a static API key in a header (default) or a query parameter.

    ``APIKeyAuth("X-Auth-Token", token)`` sets the header on every request attempt;
    ``location="query"`` appends the query parameter ``name`` instead.
    The key never appears in ``repr()``.
    """

    def __init__(
        self, name: str, value: str, *, location: Literal["header", "query"] = "header"
    ) -> None:
        if location not in ("header", "query"):
            raise ValueError("location must be 'header' or 'query'")
        if not name:
            raise ValueError("name must not be empty")
        if any(char in name + value for char in "\r\n\0"):
            raise ValueError("API key name and value must not contain CR, LF or NUL characters")
        self.name = name
        self.location: Literal["header", "query"] = location
        self._value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.location == "header":
            request.headers[self.name] = self._value
        else:
            # Appended to the raw query so that the encoding of the other parameters is kept.
            pair = f"{quote(self.name, safe='')}={quote(self._value, safe='')}".encode("ascii")
            query = request.url.query
            request.url = request.url.copy_with(query=query + b"&" + pair if query else pair)
        yield request

    def __repr__(self) -> str:
        return f"APIKeyAuth(name={self.name!r}, value={REDACTED!r}, location={self.location!r})"
