"""The generated IoTDA client against a local fake IAM + IoTDA server on 127.0.0.1.

One stdlib ``http.server`` (in a thread, port 0) plays both IAM (``POST /v3/auth/tokens``:
checks the password-method body, answers ``X-Subject-Token`` and ``token.expires_at``, or
IAM's error body) and the IoTDA API (accepts only tokens it issued and not revoked; checks
derived V11 signatures with the official signer as an oracle). The generated package is
used as a downstream team would, over real sockets, sync and async.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from tests.conftest import GENERATED

USER, PASSWORD, DOMAIN = "iam-user", "Pa55-w0rd!secret", "my-account"
OTA_MODULE = {
    "module_id": "m1",
    "app_id": "a1",
    "product_id": "p1",
    "module_name": "MCU",
    "create_time": "20230211T121212Z",
}
ARGS = {"project_id": "proj1", "app_id": "a1", "product_id": "p1", "module_name": "MCU"}


class FakeCloud:
    """State of the fake server, shared with the request handler threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self.token_bodies: list[dict[str, Any]] = []
        self.token_queries: list[dict[str, str]] = []
        self.api_calls: list[dict[str, str]] = []
        self.token_delay = 0.0

    def issue(self, body: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        identity = body["auth"]["identity"]
        user = identity["password"]["user"]
        if (
            identity["methods"] != ["password"]
            or user["name"] != USER
            or user["password"] != PASSWORD
            or user["domain"]["name"] != DOMAIN
        ):
            error = {
                "code": 401,
                "message": "The username or password is wrong.",
                "title": "Unauthorized",
            }
            return 401, {"X-Request-Id": "iam-req-7"}, {"error": error}
        if self.token_delay:
            time.sleep(self.token_delay)
        with self.lock:
            token = f"MIIT-token-{len(self.issued) + 1}"
            self.issued.append(token)
        expires = datetime.now(timezone.utc) + timedelta(hours=24)
        payload = {
            "token": {
                "expires_at": expires.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "methods": ["password"],
                "project": {"name": body["auth"]["scope"]["project"].get("name")},
            }
        }
        return 201, {"X-Subject-Token": token}, payload

    def api(self, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.api_calls.append(headers)
            token = headers.get("x-auth-token")
            accepted = token in self.issued and token not in self.revoked
            # AK/SK-signed calls are accepted here and verified by the test afterwards
            accepted = accepted or headers.get("authorization", "").startswith("V11-HMAC-SHA256 ")
        if not accepted:
            return 401, {"error_code": "IOTDA.000002", "error_msg": "Authentication failed."}
        return 201, OTA_MODULE


def _handler(cloud: FakeCloud) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _reply(self, status: int, headers: dict[str, str], body: object) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            split = urlsplit(self.path)
            if split.path == "/v3/auth/tokens":
                body = json.loads(raw)
                with cloud.lock:
                    cloud.token_bodies.append(body)
                    cloud.token_queries.append(dict(parse_qsl(split.query)))
                status, headers, payload = cloud.issue(body)
                self._reply(status, headers, payload)
                return
            if split.path == "/v5/iot/proj1/ota-upgrades/modules":
                status, payload = cloud.api({k.lower(): v for k, v in self.headers.items()})
                self._reply(status, {}, payload)
                return
            self._reply(404, {}, {"error_code": "NOT_FOUND", "error_msg": self.path})

    return Handler


@pytest.fixture
def cloud() -> Iterator[tuple[FakeCloud, str]]:
    state = FakeCloud()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def iotda() -> Iterator[ModuleType]:
    path = str(GENERATED / "iotda-client")
    sys.path.insert(0, path)
    import iotda_client

    yield iotda_client
    sys.path.remove(path)


def _auth(iotda: ModuleType, url: str, password: str = PASSWORD) -> Any:
    return iotda.HuaweiIAMTokenAuth(
        USER, password, DOMAIN, project_name="cn-north-4", iam_endpoint=url
    )


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_token_fetched_once_used_and_renewed_after_revocation(
    iotda: ModuleType, cloud: tuple[FakeCloud, str], flavour: str
) -> None:
    state, url = cloud
    auth = _auth(iotda, url)

    if flavour == "sync":
        with iotda.Client(
            base_url=url, auth=auth, http_client=httpx.Client(trust_env=False)
        ) as client:
            first = client.create_ota_module(**ARGS)
            client.create_ota_module(**ARGS)
            state.revoked.add("MIIT-token-1")
            third = client.create_ota_module(**ARGS)
    else:

        async def scenario() -> tuple[Any, Any]:
            async with iotda.AsyncClient(
                base_url=url, auth=auth, http_client=httpx.AsyncClient(trust_env=False)
            ) as client:
                one = await client.create_ota_module(**ARGS)
                await client.create_ota_module(**ARGS)
                state.revoked.add("MIIT-token-1")
                return one, await client.create_ota_module(**ARGS)

        first, third = asyncio.run(scenario())

    assert isinstance(first, iotda.models.OtaModule) and third.module_id == "m1"
    assert state.issued == ["MIIT-token-1", "MIIT-token-2"]
    assert [call.get("x-auth-token") for call in state.api_calls] == [
        "MIIT-token-1",
        "MIIT-token-1",
        "MIIT-token-1",  # answered 401: revoked
        "MIIT-token-2",  # the same call, sent once more with a new token
    ]
    assert state.token_queries == [{"nocatalog": "true"}] * 2
    assert state.token_bodies[0]["auth"]["scope"] == {"project": {"name": "cn-north-4"}}
    assert all("authorization" not in call for call in state.api_calls)


def test_concurrent_threads_share_one_token_request(
    iotda: ModuleType, cloud: tuple[FakeCloud, str]
) -> None:
    state, url = cloud
    state.token_delay = 0.3
    client = iotda.Client(
        base_url=url, auth=_auth(iotda, url), http_client=httpx.Client(trust_env=False)
    )
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            client.create_ota_module(**ARGS)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    client.close()
    assert not errors
    assert state.issued == ["MIIT-token-1"]
    assert len(state.api_calls) == 6


def test_wrong_password_is_a_typed_error_without_the_password(
    iotda: ModuleType, cloud: tuple[FakeCloud, str]
) -> None:
    state, url = cloud
    wrong = "Wr0ng-Passw0rd-value"
    with (
        iotda.Client(
            base_url=url, auth=_auth(iotda, url, wrong), http_client=httpx.Client(trust_env=False)
        ) as client,
        pytest.raises(iotda.AuthenticationError) as info,
    ):
        client.create_ota_module(**ARGS)
    error = info.value
    assert error.status_code == 401
    assert error.error_code == "401"
    assert error.error_msg == "The username or password is wrong."
    assert error.request_id == "iam-req-7"
    assert "The username or password is wrong." in str(error)
    for text in (str(error), repr(error), repr(client)):
        assert wrong not in text
    assert wrong.encode() not in error.response.request.content
    assert state.api_calls == []


def test_derived_aksk_signature_accepted_by_the_official_signer(
    iotda: ModuleType, cloud: tuple[FakeCloud, str]
) -> None:
    """V11 over real sockets: the generated package's default service name is iotdm, and
    the official DerivationAKSKSigner recomputes the same Authorization from what arrived."""
    pytest.importorskip("huaweicloudsdkcore")
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest
    from huaweicloudsdkcore.signer.signer import DerivationAKSKSigner

    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> None:
        seen.append(request)

    _, url = cloud
    auth = iotda.HuaweiAKSKAuth(
        "AK-E2E", "SK-E2E-secret", project_id="proj1", derived_region="cn-north-4"
    )
    assert auth.derived_service == "iotdm"  # from x-derived-auth-service in the spec
    http_client = httpx.Client(trust_env=False, event_hooks={"request": [record]})
    with iotda.Client(base_url=url, auth=auth, http_client=http_client) as client:
        result = client.create_ota_module(**ARGS)
    assert result.module_id == "m1"
    (sent,) = seen
    authorization = sent.headers["Authorization"]
    assert authorization.startswith("V11-HMAC-SHA256 Credential=AK-E2E/")
    names = authorization.split("SignedHeaders=")[1].split(",")[0].split(";")
    sdk_request = SdkRequest(
        method="POST",
        schema="http",
        host=sent.url.netloc.decode(),
        resource_path=sent.url.path,
        query_params=[],
        header_params={k: v for k, v in sent.headers.items() if k.lower() in names},
        body=sent.content,
    )
    DerivationAKSKSigner(BasicCredentials("AK-E2E", "SK-E2E-secret")).sign(
        sdk_request, "iotdm", "cn-north-4"
    )
    assert sdk_request.header_params["Authorization"] == authorization


def test_static_token_through_api_key_auth(iotda: ModuleType, cloud: tuple[FakeCloud, str]) -> None:
    """A token obtained elsewhere keeps working as a plain X-Auth-Token (never renewed)."""
    state, url = cloud
    with httpx.Client(trust_env=False) as raw:
        body = {
            "auth": {
                "identity": {
                    "methods": ["password"],
                    "password": {
                        "user": {"name": USER, "password": PASSWORD, "domain": {"name": DOMAIN}}
                    },
                },
                "scope": {"project": {"name": "cn-north-4"}},
            }
        }
        token = raw.post(f"{url}/v3/auth/tokens", json=body).headers["X-Subject-Token"]
    auth = iotda.APIKeyAuth("X-Auth-Token", token)
    with iotda.Client(base_url=url, auth=auth, http_client=httpx.Client(trust_env=False)) as client:
        assert client.create_ota_module(**ARGS).module_id == "m1"
        state.revoked.add(token)
        with pytest.raises(iotda.AuthenticationError):
            client.create_ota_module(**ARGS)
    assert [call["x-auth-token"] for call in state.api_calls] == [token, token]
    assert state.issued == [token]
