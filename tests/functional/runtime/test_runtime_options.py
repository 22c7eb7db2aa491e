"""Runtime: per-call options, validate_requests, client defaults, Authorization redaction
and the DEBUG line written after auth (also for multi-request auth flows)."""

from __future__ import annotations

import json
import logging
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .runtime_helpers import Harness, Recorder

DEVICE = {"device_id": "d1"}


def _call(harness: Harness, name: str, kwargs: dict[str, Any], **options: Any) -> Any:
    rt_options = harness.api._rt.request.CallOptions(**options)
    operation = getattr(harness.api.ops, name)
    return harness.run(harness.client._request(operation, kwargs, options=rt_options))


@pytest.fixture(autouse=True)
def _expose_runtime(api: SimpleNamespace, rt: SimpleNamespace) -> None:
    api._rt = rt


def test_call_options_replace_headers_and_query_and_merge_json_body(harness: Harness) -> None:
    recorder = Recorder([httpx.Response(201, json=DEVICE)])
    harness.make(recorder, headers={"X-Team": "a"})
    _call(
        harness,
        "create_device",
        {"project_id": "p", "body": {"app_id": "a1"}},
        extra_headers={"x-team": "b", "Content-Type": "application/vnd.custom+json"},
        extra_query={"z": None, "a": ["1", 2]},
        extra_body={"app_id": "not-checked-at-all!", "x": 1.5},
        timeout=httpx.Timeout(1.0, connect=0.5),
    )
    request = recorder.last
    assert request.headers.get_list("X-Team") == ["b"]
    assert request.headers["Content-Type"] == "application/vnd.custom+json"
    assert request.url.query == b"a=1&a=2"
    assert json.loads(request.content) == {"app_id": "not-checked-at-all!", "x": 1.5}
    assert request.extensions["timeout"] == httpx.Timeout(1.0, connect=0.5).as_dict()


def test_extra_query_replaces_a_parameter_of_the_same_name(harness: Harness) -> None:
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    harness.make(recorder)
    _call(
        harness,
        "get_device",
        {"project_id": "p", "device_id": "d", "limit": 5, "verbose": True},
        extra_query={"limit": 500},
    )
    assert recorder.last.url.query == b"verbose=true&limit=500"


@pytest.mark.parametrize("name", ["upload", "blob"])
def test_extra_body_is_refused_for_bodies_it_cannot_merge_into(
    harness: Harness, rt: SimpleNamespace, name: str
) -> None:
    recorder = Recorder()
    harness.make(recorder)
    body: Any = {"f": b"x"} if name == "upload" else b"raw"
    with pytest.raises(rt.exc.RequestValidationError) as caught:
        _call(harness, name, {"body": body}, extra_body={"k": 1})
    assert caught.value.field == "extra_body"
    assert recorder.requests == []


def test_extra_body_merges_into_form_bodies(harness: Harness) -> None:
    recorder = Recorder([httpx.Response(200, json={})])
    harness.make(recorder)
    _call(harness, "form", {"body": {"a": "1"}}, extra_body={"b": 2})
    assert recorder.last.content == b"a=1&b=2"


def test_every_invalid_argument_is_named_at_once(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder()
    harness.make(recorder)
    with pytest.raises(rt.exc.RequestValidationError) as caught:
        harness.call(
            "get_device", project_id="bad id", device_id="d", limit=0, verbose="yes", order="up"
        )
    assert caught.value.fields == ("project_id", "verbose", "limit", "order")
    assert len(caught.value.errors) == 4
    assert recorder.requests == []


def test_validate_requests_false_skips_checks_but_not_path_parameters(
    harness: Harness, rt: SimpleNamespace
) -> None:
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    client = harness.make(recorder, validate_requests=False)
    harness.call("get_device", project_id="bad id!", device_id="d", limit=0, verbose="yes")
    assert recorder.last.url.raw_path.startswith(b"/v5/iot/bad%20id%21/devices/d?")
    assert recorder.last.url.query == b"verbose=yes&limit=0"
    # Required query parameters and bodies may be left out; the path cannot be built without
    # its parameters.
    harness.call("enos_create", body=None)
    assert recorder.last.url.query == b""
    with pytest.raises(rt.exc.RequestValidationError):
        harness.call("get_device", device_id="d")
    assert client.with_options(validate_requests=True).validate_requests


def test_client_defaults_fill_only_marked_parameters(harness: Harness, rt: SimpleNamespace) -> None:
    b = rt.base
    operation = b.Operation(
        "Op",
        "GET",
        "/{project_id}/things",
        (
            b.Param("path", "project_id", "project_id", str, True, client_default="project_id"),
            b.Param("query", "orgId", "org_id", str, True, client_default="org_id"),
            b.Param("query", "other", "other", str, False),
        ),
        None,
        {"200": b.ResponseSpec(Any)},
    )
    recorder = Recorder([httpx.Response(200, json={})])
    client = harness.make(recorder, defaults={"project_id": "p1", "org_id": "o1", "other": "x"})
    harness.run(client._request(operation, {}))
    assert str(recorder.last.url).endswith("/p1/things?orgId=o1")  # "other" is not marked
    harness.run(client._request(operation, {"project_id": "p2", "org_id": "o2"}))
    assert str(recorder.last.url).endswith("/p2/things?orgId=o2")
    bare = harness.make(recorder, defaults={"project_id": None, "org_id": None})
    with pytest.raises(rt.exc.RequestValidationError) as caught:
        harness.run(bare._request(operation, {}))
    assert caught.value.fields == ("project_id", "org_id")
    assert "org_id= to the client" in str(caught.value)


def test_auth_project_id_is_the_fallback_and_a_conflict_is_an_error(
    harness: Harness, rt: SimpleNamespace
) -> None:
    auth = rt.huawei.HuaweiAKSKAuth("AK", "SK", project_id="pa")
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    client = harness.make(recorder, auth=auth, defaults={"project_id": None})
    assert client._defaults == {"project_id": "pa"}
    with pytest.raises(ValueError, match="project_id given twice"):
        harness.make(recorder, auth=auth, defaults={"project_id": "pb"})
    # A client whose API has no project_id parameter ignores the auth object's.
    assert harness.make(recorder, auth=auth)._defaults == {}


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (
            "SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=abc123",
            "SDK-HMAC-SHA256 Access=<redacted>, SignedHeaders=host;x-sdk-date, "
            "Signature=<redacted>",
        ),
        ("Bearer eyJhbGciOi.payload.sig", "Bearer <redacted>"),
        ("Basic dXNlcjpwYXNzd29yZA==", "Basic <redacted>"),
        ("Token key=secret==", "Token <redacted>"),
        ("opaque-token", "<redacted>"),
    ],
)
def test_authorization_keeps_scheme_and_signed_headers_only(
    rt: SimpleNamespace, value: str, shown: str
) -> None:
    assert rt.types.redact_headers({"Authorization": value}) == {"Authorization": shown}
    assert rt.types.redact_authorization(value) == shown


def test_debug_line_follows_each_request_of_a_token_auth_flow(
    harness: Harness, rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token/get"):
            return httpx.Response(
                200, json={"status": 0, "data": {"accessToken": "tok-SECRET", "expire": 7200}}
            )
        return httpx.Response(200, json={"code": 0, "data": {}})

    recorder = Recorder([answer])
    harness.make(recorder, auth=rt.enos.EnOSTokenAuth("key", "app-SECRET"))
    with caplog.at_level(logging.DEBUG, logger=rt.package):
        harness.call("enos_create", action="create", org_id="o", body={})
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("HTTP request")]
    assert [line.split()[3] for line in lines] == [
        "https://iot.example.com/apim-token-service/v2.0/token/get",
        "https://iot.example.com/connect-service/v2.4/devices?action=create&orgId=o",
    ]
    assert "'apim-accesstoken': '<redacted>'" in lines[1]
    assert all("SECRET" not in line for line in lines)
    assert [r.url.path for r in recorder.requests] == [
        "/apim-token-service/v2.0/token/get",
        "/connect-service/v2.4/devices",
    ]


def test_debug_logging_keeps_the_auth_of_an_injected_http_client(
    harness: Harness, rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    transport = httpx.MockTransport(recorder)
    auth = rt.auth.APIKeyAuth("X-Auth-Token", "tok-SECRET")
    if harness.is_async:
        http_client: Any = httpx.AsyncClient(transport=transport, auth=auth)
        harness.client = harness.api.AsyncClient(
            base_url="https://iot.example.com", http_client=http_client
        )
    else:
        http_client = httpx.Client(transport=transport, auth=auth)
        harness.client = harness.api.Client(
            base_url="https://iot.example.com", http_client=http_client
        )
    with caplog.at_level(logging.DEBUG, logger=rt.package):
        harness.call("get_device", project_id="p", device_id="d")
    assert recorder.last.headers["X-Auth-Token"] == "tok-SECRET"
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("HTTP request")]
    assert "'X-Auth-Token': '<redacted>'" in line


def test_user_agent_names_the_client_and_a_caller_header_wins(
    harness: Harness, rt: SimpleNamespace
) -> None:
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    harness.make(recorder, user_agent="demo-client/1.2.3")
    harness.call("get_device", project_id="p", device_id="d")
    agent = recorder.last.headers["User-Agent"]
    assert agent.startswith("demo-client/1.2.3 python/") and f"httpx/{httpx.__version__}" in agent
    harness.make(recorder, user_agent="demo-client/1.2.3", headers={"USER-AGENT": "mine"})
    harness.call("get_device", project_id="p", device_id="d")
    assert recorder.last.headers.get_list("User-Agent") == ["mine"]
