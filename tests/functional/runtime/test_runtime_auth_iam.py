"""Huawei IAM token auth: request shape, endpoint and scope defaults, cache, renewal,
401 retry, concurrency (threads and tasks), typed IAM failures, redaction, environment."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

PASSWORD = "s3cret-Passw0rd!"
API = "https://iotda.cn-north-4.myhuaweicloud.com"
IAM = "https://iam.cn-north-4.myhuaweicloud.com"
WALL_OFFSET = 1_700_000_000.0
ARGS = {"project_id": "p1", "device_id": "d1"}


class Clock:
    """One fake clock for the token cache (monotonic) and for expires_at (wall clock)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return self.now + WALL_OFFSET


def iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class FakeIAM:
    """IAM token API plus the service API, as one MockTransport handler (sync and async)."""

    def __init__(self, clock: Clock, *, lifetime: float = 86400, delay: float = 0.0) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.delay = delay
        self.issued = 0
        self.token_requests: list[httpx.Request] = []
        self.api_tokens: list[str | None] = []
        self.rejected: set[str] = set()
        self.failure: tuple[int, Any] | None = None
        self.omit_subject_token = False
        self.lock = threading.Lock()

    def _token_reply(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.token_requests.append(request)
            if self.failure is not None:
                status, body = self.failure
                return httpx.Response(status, json=body, headers={"X-Request-Id": "req-iam-1"})
            self.issued += 1
            token = f"TOKEN-{self.issued}"
        body = {
            "token": {"expires_at": iso(self.clock.wall() + self.lifetime), "methods": ["password"]}
        }
        headers = {} if self.omit_subject_token else {"X-Subject-Token": token}
        return httpx.Response(201, json=body, headers=headers)

    def _api_reply(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("X-Auth-Token")
        with self.lock:
            self.api_tokens.append(token)
        if token is None or token in self.rejected:
            return httpx.Response(
                401, json={"error_code": "IOTDA.000002", "error_msg": "token invalid"}
            )
        return httpx.Response(200, json={"device_id": "d1", "name": token})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if request.url.path == "/v3/auth/tokens":
            if self.delay:
                time.sleep(self.delay)
            return self._token_reply(request)
        return self._api_reply(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        if request.url.path == "/v3/auth/tokens":
            if self.delay:
                await asyncio.sleep(self.delay)
            return self._token_reply(request)
        return self._api_reply(request)


@pytest.fixture
def clock(rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(rt.token_cache, "_monotonic", fake.monotonic)
    monkeypatch.setattr(rt.iam, "_wall_clock", fake.wall)
    return fake


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(
    api: SimpleNamespace, server: FakeIAM, auth: Any, kind: str = "sync", base_url: str = API
) -> Any:
    if kind == "async":
        transport = httpx.MockTransport(server.handle_async)
        return api.AsyncClient(
            base_url=base_url, auth=auth, http_client=httpx.AsyncClient(transport=transport)
        )
    return api.Client(
        base_url=base_url,
        auth=auth,
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )


def call(client: Any, kind: str) -> Any:
    if kind == "async":
        return asyncio.run(client.call("get_device", **ARGS))
    return client.call("get_device", **ARGS)


def new_auth(rt: SimpleNamespace, **options: Any) -> Any:
    return rt.iam.HuaweiIAMTokenAuth("iam-user", PASSWORD, "my-account", **options)


def test_token_request_shape(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeIAM(clock)
    client = make_client(api, server, new_auth(rt), kind)
    result = call(client, kind)
    assert result.name == "TOKEN-1"
    (request,) = server.token_requests
    assert request.method == "POST"
    assert str(request.url) == f"{IAM}/v3/auth/tokens?nocatalog=true"
    assert request.headers["Content-Type"] == "application/json;charset=utf8"
    assert json.loads(request.content) == {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": "iam-user",
                        "password": PASSWORD,
                        "domain": {"name": "my-account"},
                    }
                },
            },
            # no project given: the region's default project, named like the region
            "scope": {"project": {"name": "cn-north-4"}},
        }
    }
    assert "X-Auth-Token" not in request.headers
    assert server.api_tokens == ["TOKEN-1"]


@pytest.mark.parametrize(
    ("host", "region", "iam"),
    [
        ("iotda.cn-north-4.myhuaweicloud.com", "cn-north-4", IAM),
        ("a1b2c3d4e5.st1.iotda-app.cn-north-4.myhuaweicloud.com", "cn-north-4", IAM),
        (
            "a1b2c3d4e5.st1.iotda-app.cn-east-3.myhuaweicloud.com",
            "cn-east-3",
            "https://iam.cn-east-3.myhuaweicloud.com",
        ),
        (
            "roma.ap-southeast-1.myhuaweicloud.com",
            "ap-southeast-1",
            "https://iam.ap-southeast-1.myhuaweicloud.com",
        ),
        (
            "iotda.eu-west-101.myhuaweicloud.eu",
            "eu-west-101",
            "https://iam.eu-west-101.myhuaweicloud.eu",
        ),
        ("IOTDA.CN-NORTH-4.MYHUAWEICLOUD.COM.", "cn-north-4", IAM),
        ("127.0.0.1", None, None),
        ("api.example.com", None, None),
        ("cn-north-4", None, None),
    ],
)
def test_iam_endpoint_derived_from_the_api_host(
    rt: SimpleNamespace, host: str, region: str | None, iam: str | None
) -> None:
    found = rt.iam.region_of_host(host)
    assert (found[0] if found else None) == region
    assert rt.iam.iam_endpoint_for_host(host) == iam


def test_instance_endpoint_and_explicit_scopes(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    server = FakeIAM(clock)
    instance = "https://a1b2c3d4e5.st1.iotda-app.cn-north-4.myhuaweicloud.com:443"
    call(make_client(api, server, new_auth(rt), base_url=instance), "sync")
    assert server.token_requests[-1].url.host == "iam.cn-north-4.myhuaweicloud.com"

    call(make_client(api, server, new_auth(rt, project_id="0a1b2c"), base_url=instance), "sync")
    assert json.loads(server.token_requests[-1].content)["auth"]["scope"] == {
        "project": {"id": "0a1b2c"}
    }
    auth = new_auth(rt, project_name="cn-north-4_sub", iam_endpoint="iam.example.test:8443/")
    assert auth.iam_endpoint == "https://iam.example.test:8443"
    call(make_client(api, server, auth, base_url=instance), "sync")
    sent = server.token_requests[-1]
    assert str(sent.url) == "https://iam.example.test:8443/v3/auth/tokens?nocatalog=true"
    assert json.loads(sent.content)["auth"]["scope"] == {"project": {"name": "cn-north-4_sub"}}


def test_host_without_region_needs_an_iam_endpoint(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    server = FakeIAM(clock)
    client = make_client(api, server, new_auth(rt), base_url="http://127.0.0.1:8080")
    with pytest.raises(ValueError, match="iam_endpoint="):
        call(client, "sync")
    auth = new_auth(rt, iam_endpoint="http://127.0.0.1:9000")
    client = make_client(api, server, auth, base_url="http://127.0.0.1:8080")
    with pytest.raises(ValueError, match="project_name= or project_id="):
        call(client, "sync")
    assert server.token_requests == []
    auth = new_auth(rt, iam_endpoint="http://127.0.0.1:9000", project_name="cn-north-4")
    call(make_client(api, server, auth, base_url="http://127.0.0.1:8080"), "sync")
    assert (
        str(server.token_requests[0].url) == "http://127.0.0.1:9000/v3/auth/tokens?nocatalog=true"
    )


def test_token_is_cached(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeIAM(clock)
    client = make_client(api, server, new_auth(rt), kind)
    for _ in range(3):
        call(client, kind)
        clock.now += 3600
    assert len(server.token_requests) == 1
    assert server.api_tokens == ["TOKEN-1"] * 3


def test_token_is_renewed_before_expires_at(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeIAM(clock, lifetime=1000)
    client = make_client(api, server, new_auth(rt, refresh_margin=300), kind)
    call(client, kind)
    clock.now += 699
    call(client, kind)
    assert len(server.token_requests) == 1
    clock.now += 2  # inside the margin
    call(client, kind)
    assert len(server.token_requests) == 2
    assert server.api_tokens == ["TOKEN-1", "TOKEN-1", "TOKEN-2"]
    clock.now += 2000  # past expiry
    call(client, kind)
    assert server.api_tokens[-1] == "TOKEN-3"


def test_expires_at_missing_or_in_the_past(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    server = FakeIAM(clock, lifetime=-50)  # a local clock ahead of IAM's
    client = make_client(api, server, new_auth(rt, refresh_margin=0))
    call(client, "sync")
    clock.now += 59  # a lifetime of at least 60 s is believed
    call(client, "sync")
    assert len(server.token_requests) == 1
    clock.now += 2
    call(client, "sync")
    assert len(server.token_requests) == 2


def test_service_401_renews_the_token_and_retries_once(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeIAM(clock)
    client = make_client(api, server, new_auth(rt), kind)
    call(client, kind)
    server.rejected.add("TOKEN-1")  # e.g. revoked after a password change
    result = call(client, kind)
    assert result.name == "TOKEN-2"
    assert server.api_tokens == ["TOKEN-1", "TOKEN-1", "TOKEN-2"]
    assert len(server.token_requests) == 2


def test_still_401_after_one_retry_raises(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock, kind: str
) -> None:
    server = FakeIAM(clock)
    server.rejected.update({"TOKEN-1", "TOKEN-2", "TOKEN-3"})
    client = make_client(api, server, new_auth(rt), kind)
    with pytest.raises(rt.exc.AuthenticationError) as info:
        call(client, kind)
    assert info.value.error_code == "IOTDA.000002"
    assert server.api_tokens == ["TOKEN-1", "TOKEN-2"]


@pytest.mark.parametrize(
    ("status", "body", "code", "message"),
    [
        (
            401,
            {
                "error": {
                    "code": 401,
                    "message": "The username or password is wrong.",
                    "title": "Unauthorized",
                }
            },
            "401",
            "The username or password is wrong.",
        ),
        (
            400,
            {"error_code": "IAM.0011", "error_msg": "Request body is invalid."},
            "IAM.0011",
            "Request body is invalid.",
        ),
        (
            403,
            {"error": {"code": "IAM.0007", "message": "The account is locked."}},
            "IAM.0007",
            "The account is locked.",
        ),
        (500, "oops", None, None),
    ],
)
def test_iam_failure_is_a_typed_error_without_the_password(
    rt: SimpleNamespace,
    api: SimpleNamespace,
    clock: Clock,
    kind: str,
    caplog: pytest.LogCaptureFixture,
    status: int,
    body: Any,
    code: str | None,
    message: str | None,
) -> None:
    server = FakeIAM(clock)
    server.failure = (status, body)
    auth = new_auth(rt)
    client = make_client(api, server, auth, kind)
    with caplog.at_level(logging.DEBUG), pytest.raises(rt.exc.AuthenticationError) as info:
        call(client, kind)
    error = info.value
    assert error.status_code == status
    assert error.error_code == code
    assert error.error_msg == message
    assert error.request_id == "req-iam-1"
    assert str(error).startswith(f"IAM token request failed: HTTP {status}")
    if message:
        assert message in str(error)
    assert server.api_tokens == []  # the service was never called
    for text in (str(error), repr(error), repr(auth), caplog.text, repr(error.body)):
        assert PASSWORD not in text
    assert PASSWORD.encode() not in error.response.request.content
    assert error.response.request.url.host == "iam.cn-north-4.myhuaweicloud.com"
    assert "iam-user" in caplog.text  # the token request is logged, without the password


def test_answer_without_subject_token_is_an_error(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    server = FakeIAM(clock)
    server.omit_subject_token = True
    with pytest.raises(rt.exc.AuthenticationError, match="X-Subject-Token"):
        call(make_client(api, server, new_auth(rt)), "sync")


def test_token_request_inherits_the_call_timeout(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    seen: list[dict[str, Any]] = []
    server = FakeIAM(clock)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions.get("timeout", {})))
        return server(request)

    client = api.Client(
        base_url=API,
        auth=new_auth(rt),
        timeout=3.0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client.call("get_device", **ARGS)
    assert seen[0] == seen[1] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


def test_concurrent_threads_share_one_fetch(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    server = FakeIAM(clock, delay=0.2)
    client = make_client(api, server, new_auth(rt))
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            client.call("get_device", **ARGS)
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


def test_concurrent_threads_share_one_fetch_after_a_401(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    server = FakeIAM(clock, delay=0.1)
    client = make_client(api, server, new_auth(rt))
    client.call("get_device", **ARGS)
    server.rejected.add("TOKEN-1")
    threads = [
        threading.Thread(target=client.call, args=("get_device",), kwargs=ARGS) for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert len(server.token_requests) == 2
    assert server.api_tokens.count("TOKEN-2") == 6


def test_concurrent_tasks_share_one_fetch(
    rt: SimpleNamespace, api: SimpleNamespace, clock: Clock
) -> None:
    server = FakeIAM(clock, delay=0.1)
    auth = new_auth(rt)
    client = make_client(api, server, auth, "async")

    async def scenario() -> list[Any]:
        return await asyncio.gather(*(client.call("get_device", **ARGS) for _ in range(8)))

    results = asyncio.run(scenario())
    assert [r.name for r in results] == ["TOKEN-1"] * 8
    assert len(server.token_requests) == 1
    server.rejected.add("TOKEN-1")
    results = asyncio.run(scenario())  # a new event loop: its own lock, one shared renewal
    assert [r.name for r in results] == ["TOKEN-2"] * 8
    assert len(server.token_requests) == 2


def test_repr_and_arguments(rt: SimpleNamespace) -> None:
    auth = new_auth(rt, project_id="p1")
    text = repr(auth)
    assert PASSWORD not in text and "iam-user" in text and "p1" in text
    assert auth.project_id == "p1" and new_auth(rt).project_id is None
    for args in (("", PASSWORD, "d"), ("u", "", "d"), ("u", PASSWORD, "")):
        with pytest.raises(ValueError, match="required"):
            rt.iam.HuaweiIAMTokenAuth(*args)
    with pytest.raises(ValueError, match="iam_endpoint"):
        new_auth(rt, iam_endpoint="ftp://iam.example.com")
    with pytest.raises(ValueError, match="refresh_margin"):
        new_auth(rt, refresh_margin=-1)


def test_from_env(rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_IAM_USERNAME", "env-user")
    monkeypatch.setenv("HUAWEICLOUD_IAM_PASSWORD", PASSWORD)
    monkeypatch.setenv("HUAWEICLOUD_IAM_DOMAIN_NAME", "env-account")
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "env-project")
    monkeypatch.setenv("HUAWEICLOUD_SDK_IAM_ENDPOINT", "https://iam.cn-east-3.myhuaweicloud.com")
    monkeypatch.delenv("HUAWEICLOUD_IAM_PROJECT_NAME", raising=False)
    auth = rt.iam.HuaweiIAMTokenAuth.from_env()
    assert (auth.username, auth.domain_name, auth.project_id, auth.project_name) == (
        "env-user",
        "env-account",
        "env-project",
        None,
    )
    assert auth.iam_endpoint == "https://iam.cn-east-3.myhuaweicloud.com"
    monkeypatch.delenv("HUAWEICLOUD_IAM_PASSWORD")
    with pytest.raises(ValueError) as info:
        rt.iam.HuaweiIAMTokenAuth.from_env()
    assert str(info.value) == (
        "HuaweiIAMTokenAuth.from_env: environment variable HUAWEICLOUD_IAM_PASSWORD is not set"
    )
    with pytest.raises(ValueError, match="HUAWEICLOUD_IAM_USERNAME, HUAWEICLOUD_IAM_PASSWORD"):
        rt.iam.HuaweiIAMTokenAuth.from_env({})
