"""EnOS token auth: fetch, cache, refresh, expired retry, concurrency (threads and tasks)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
import time
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

APP_KEY = "5acb82e7-a11e-4300-9164-c8b20b638e8b"
APP_SECRET = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
GET_PATH = "/apim-token-service/v2.0/token/get"
REFRESH_PATH = "/apim-token-service/v2.0/token/refresh"
ARGS = {"action": "create", "org_id": "o1", "body": {"productKey": "pk"}}


class FakeEnOS:
    """Token service plus API, as one MockTransport handler (sync and async)."""

    def __init__(self, *, expire: int = 7200, delay: float = 0.0) -> None:
        self.expire = expire
        self.delay = delay
        self.issued = 0
        self.token_requests: list[tuple[str, dict[str, Any]]] = []
        self.api_tokens: list[str | None] = []
        self.expired: set[str] = set()
        self.refresh_status = 0
        self.get_status = 0
        self.expired_reply: httpx.Response | None = None
        self.lock = threading.Lock()

    def _token_reply(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        path = request.url.path
        with self.lock:
            self.token_requests.append((path, body))
            status = self.refresh_status if path == REFRESH_PATH else self.get_status
            if status:
                return httpx.Response(200, json={"status": status, "msg": "failed"})
            self.issued += 1
            token = f"TOKEN-{self.issued}"
        data = {"accessToken": token, "expire": self.expire}
        return httpx.Response(200, json={"status": 0, "msg": "SUCCESS", "data": data})

    def _api_reply(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("apim-accesstoken")
        with self.lock:
            self.api_tokens.append(token)
        if token in self.expired:
            if self.expired_reply is not None:
                reply = self.expired_reply
                return httpx.Response(
                    reply.status_code, headers=reply.headers, content=reply.read()
                )
            return httpx.Response(200, json={"status": 1203, "msg": "access token expired"})
        return httpx.Response(200, json={"code": 0, "msg": "OK", "data": {"token": token}})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if request.url.path.startswith("/apim-token-service/"):
            if self.delay:
                time.sleep(self.delay)
            return self._token_reply(request)
        return self._api_reply(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        if request.url.path.startswith("/apim-token-service/"):
            if self.delay:
                await asyncio.sleep(self.delay)
            return self._token_reply(request)
        return self._api_reply(request)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(rt.token_cache, "_monotonic", fake)
    return fake


def make_client(api: SimpleNamespace, server: FakeEnOS, auth: Any, kind: str = "sync") -> Any:
    if kind == "async":
        transport = httpx.MockTransport(server.handle_async)
        return api.AsyncClient(
            base_url="https://apigw.example.com",
            auth=auth,
            http_client=httpx.AsyncClient(transport=transport),
        )
    return api.Client(
        base_url="https://apigw.example.com",
        auth=auth,
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )


def call(client: Any, kind: str) -> Any:
    if kind == "async":
        return asyncio.run(client.call("enos_create", **ARGS))
    return client.call("enos_create", **ARGS)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_token_request_shape_and_encryption(
    rt: SimpleNamespace,
    api: SimpleNamespace,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    monkeypatch.setattr(rt.enos, "_now_ms", lambda: 1572574909697)
    server = FakeEnOS()
    client = make_client(api, server, rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET), kind)
    result = call(client, kind)
    assert result == {"token": "TOKEN-1"}  # the envelope's data
    assert server.token_requests == [
        (
            GET_PATH,
            {
                "appKey": APP_KEY,
                # vector E2 of the EnOS research notes
                "encryption": "d23085d5da6d2086f439cdab0a3d4547f57a1ac82f372637aed6d43649f74255",
                "timestamp": 1572574909697,
            },
        )
    ]
    expected = hashlib.sha256(f"{APP_KEY}1572574909697{APP_SECRET}".encode()).hexdigest()
    assert server.token_requests[0][1]["encryption"] == expected
    assert server.api_tokens == ["TOKEN-1"]


def test_token_is_cached(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeEnOS()
    client = make_client(api, server, rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET), kind)
    for _ in range(3):
        call(client, kind)
        clock.now += 600
    assert len(server.token_requests) == 1
    assert server.api_tokens == ["TOKEN-1"] * 3


def test_token_is_refreshed_before_it_expires(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeEnOS(expire=100)
    auth = rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET, refresh_margin=30)
    client = make_client(api, server, auth, kind)
    call(client, kind)
    clock.now += 69
    call(client, kind)
    assert [path for path, _ in server.token_requests] == [GET_PATH]
    clock.now += 2  # inside the margin: renewed through the refresh endpoint
    call(client, kind)
    assert [path for path, _ in server.token_requests] == [GET_PATH, REFRESH_PATH]
    assert server.token_requests[1][1]["accessToken"] == "TOKEN-1"
    assert server.api_tokens == ["TOKEN-1", "TOKEN-1", "TOKEN-2"]


def test_failed_refresh_falls_back_to_get(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeEnOS(expire=100)
    client = make_client(api, server, rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET), kind)
    call(client, kind)
    server.refresh_status = 1204
    clock.now += 60  # margin is capped at half of the lifetime (50 s)
    call(client, kind)
    assert [path for path, _ in server.token_requests] == [GET_PATH, REFRESH_PATH, GET_PATH]
    assert server.api_tokens[-1] == "TOKEN-2"


def test_expired_token_is_replaced_with_a_new_one(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeEnOS(expire=100)
    client = make_client(api, server, rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET), kind)
    call(client, kind)
    clock.now += 150
    call(client, kind)
    assert [path for path, _ in server.token_requests] == [GET_PATH, GET_PATH]
    assert server.api_tokens == ["TOKEN-1", "TOKEN-2"]


@pytest.mark.parametrize(
    "reply",
    [
        None,
        httpx.Response(401, json={"msg": "unauthorized"}),
        httpx.Response(200, json={"apim_status": 4011}),
    ],
)
def test_call_reported_expired_is_retried_once_with_a_new_token(
    rt: SimpleNamespace,
    api: SimpleNamespace,
    clock: Clock,
    kind: str,
    reply: httpx.Response | None,
) -> None:
    server = FakeEnOS()
    server.expired_reply = reply
    client = make_client(api, server, rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET), kind)
    call(client, kind)
    server.expired.add("TOKEN-1")
    result = call(client, kind)
    assert result == {"token": "TOKEN-2"}  # the envelope's data
    assert server.api_tokens == ["TOKEN-1", "TOKEN-1", "TOKEN-2"]
    assert len(server.token_requests) == 2


def test_still_expired_after_one_retry_gives_up(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeEnOS()
    server.expired_reply = httpx.Response(401, json={"msg": "unauthorized"})
    server.expired.update({"TOKEN-1", "TOKEN-2", "TOKEN-3"})
    client = make_client(api, server, rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET), kind)
    with pytest.raises(rt.exc.AuthenticationError):
        call(client, kind)
    assert server.api_tokens == ["TOKEN-1", "TOKEN-2"]


def test_token_service_failure_raises_without_secrets(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeEnOS()
    server.get_status = 1002
    client = make_client(api, server, rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET), kind)
    with pytest.raises(rt.exc.APIEnvelopeError) as info:
        call(client, kind)
    assert info.value.code == 1002
    assert APP_SECRET not in str(info.value)
    assert server.api_tokens == []


def test_token_request_inherits_the_call_timeout(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    seen: list[dict[str, Any]] = []
    server = FakeEnOS()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions.get("timeout", {})))
        return server(request)

    client = api.Client(
        base_url="https://apigw.example.com",
        auth=rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET),
        timeout=3.0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client.call("enos_create", **ARGS)
    assert seen[0] == seen[1] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


def test_concurrent_threads_share_one_fetch(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    server = FakeEnOS(delay=0.2)
    client = make_client(api, server, rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET))
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            client.call("enos_create", **ARGS)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert not errors
    assert len(server.token_requests) == 1
    assert server.api_tokens == ["TOKEN-1"] * 8


def test_concurrent_tasks_share_one_fetch(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    server = FakeEnOS(delay=0.1)
    auth = rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET)
    client = make_client(api, server, auth, "async")

    async def scenario() -> None:
        await asyncio.gather(*(client.call("enos_create", **ARGS) for _ in range(8)))

    asyncio.run(scenario())
    assert len(server.token_requests) == 1
    assert server.api_tokens == ["TOKEN-1"] * 8

    # A later event loop gets its own lock and still shares the cached token.
    auth.invalidate()
    asyncio.run(scenario())
    assert len(server.token_requests) == 2


def test_repr_and_arguments(rt: SimpleNamespace) -> None:
    auth = rt.enos.EnOSTokenAuth(APP_KEY, APP_SECRET)
    assert APP_SECRET not in repr(auth)
    with pytest.raises(ValueError):
        rt.enos.EnOSTokenAuth(APP_KEY, "")


def test_from_env(
    rt: SimpleNamespace,
    api: SimpleNamespace,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ENOS_APP_KEY", APP_KEY)
    monkeypatch.setenv("ENOS_APP_SECRET", APP_SECRET)
    monkeypatch.setattr(rt.enos, "_now_ms", lambda: 1572574909697)
    auth = rt.enos.EnOSTokenAuth.from_env(refresh_margin=10, token_refresh_path=None)
    assert auth.app_key == APP_KEY and auth.refresh_margin == 10.0
    assert auth.token_refresh_path is None
    server = FakeEnOS()
    call(make_client(api, server, auth), "sync")
    # the secret read from the environment is the one used (vector E2)
    assert server.token_requests[0][1]["encryption"] == (
        "d23085d5da6d2086f439cdab0a3d4547f57a1ac82f372637aed6d43649f74255"
    )
    assert APP_SECRET not in repr(auth)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "environment variables ENOS_APP_KEY, ENOS_APP_SECRET are not set"),
        ({"ENOS_APP_KEY": APP_KEY}, "environment variable ENOS_APP_SECRET is not set"),
        (
            {"ENOS_APP_KEY": "", "ENOS_APP_SECRET": "s"},
            "environment variable ENOS_APP_KEY is not set",
        ),
    ],
)
def test_from_env_names_the_missing_variable(
    rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], message: str
) -> None:
    monkeypatch.delenv("ENOS_APP_KEY", raising=False)
    monkeypatch.delenv("ENOS_APP_SECRET", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValueError) as info:
        rt.enos.EnOSTokenAuth.from_env()
    assert str(info.value) == f"EnOSTokenAuth.from_env: {message}"
    with pytest.raises(ValueError, match="ENOS_APP_SECRET"):
        rt.enos.EnOSTokenAuth.from_env({"ENOS_APP_KEY": APP_KEY})
