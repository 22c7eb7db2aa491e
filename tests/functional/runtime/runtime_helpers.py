"""Helpers shared by the runtime tests: a recording MockTransport handler and a harness
that runs one scenario against the sync or the async client."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import httpx

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """A MockTransport handler answering from a list (last answer repeats) and recording."""

    answers: list[Any] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        index = min(len(self.requests), len(self.answers)) - 1
        answer = self.answers[index] if self.answers else httpx.Response(200, json={})
        if callable(answer) and not isinstance(answer, httpx.Response):
            answer = answer(request)
        if isinstance(answer, BaseException):
            raise answer
        assert isinstance(answer, httpx.Response)
        # A fresh copy each time: one Response object cannot be sent twice.
        return httpx.Response(
            answer.status_code, headers=answer.headers, content=answer.read(), request=request
        )

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


class Harness:
    """Runs the same scenario against the sync or the async client."""

    def __init__(self, kind: str, api: SimpleNamespace) -> None:
        self.kind = kind
        self.api = api
        self.client: Any = None

    @property
    def is_async(self) -> bool:
        return self.kind == "async"

    def make(self, handler: Handler, **options: Any) -> Any:
        options.setdefault("base_url", "https://iot.example.com")
        transport = httpx.MockTransport(handler)
        if self.is_async:
            http_client: Any = httpx.AsyncClient(transport=transport)
            self.client = self.api.AsyncClient(http_client=http_client, **options)
        else:
            self.client = self.api.Client(http_client=httpx.Client(transport=transport), **options)
        return self.client

    def run(self, awaitable_or_value: Any) -> Any:
        if self.is_async:
            return asyncio.run(awaitable_or_value)
        return awaitable_or_value

    def call(self, name: str, *, client: Any = None, raw: bool = False, **kwargs: Any) -> Any:
        target = client if client is not None else self.client
        return self.run(target.call(name, raw=raw, **kwargs))


@dataclass
class Sleeps:
    delays: list[float] = field(default_factory=list)
