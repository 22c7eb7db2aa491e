"""Huawei AK/SK signing as an httpx.Auth (the oracle comparison is in tests/property)."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from types import SimpleNamespace

import httpx
import pytest

from .runtime_helpers import Harness, Recorder

HOST = "iotda.cn-north-4.myhuaweicloud.com"
BODY = b'{"module_name":"MCU","description":"\xe6\xb8\xa9"}'
AUTH_RE = re.compile(
    r"^SDK-HMAC-SHA256 Access=(?P<ak>[^,]+), SignedHeaders=(?P<headers>[a-z0-9;-]+), "
    r"Signature=(?P<sig>[0-9a-f]{64})$"
)


def test_known_vector(rt: SimpleNamespace) -> None:
    # Expected value produced by the official signer (huaweicloudsdkcore 3.1.219).
    request = httpx.Request(
        "POST",
        f"https://{HOST}/v5/iot/p1/ota-upgrades/modules?limit=10&marker=a%20b&limit=2",
        headers={
            "Content-Type": "application/json",
            "X-Sdk-Date": "20240102T030405Z",
            "Instance-Id": "inst-1",
        },
        content=BODY,
    )
    rt.huawei.HuaweiAKSKAuth("AKEXAMPLE", "SKEXAMPLE", project_id="p1").sign(request)
    assert request.headers["Authorization"] == (
        "SDK-HMAC-SHA256 Access=AKEXAMPLE, "
        "SignedHeaders=content-type;host;instance-id;x-project-id;x-sdk-date, "
        "Signature=62aa1e06eae84b07848ba1fb1c01fe3a8b0cdd0628b4a42c46bd7fef4ebe88e9"
    )
    assert request.url.raw_path == b"/v5/iot/p1/ota-upgrades/modules?limit=10&limit=2&marker=a%20b"


def test_canonical_helpers(rt: SimpleNamespace) -> None:
    h = rt.huawei
    assert h.canonical_uri("/v5/a%2Fb/c d") == "/v5/a/b/c%20d/"
    assert h.canonical_uri("/") == "/"
    assert h.canonical_query("b=2&a=x+y&a=%2B&c") == "a=%2B&a=x%20y&b=2&c="
    assert h.canonical_query("") == ""


def test_signing_through_the_client(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder([httpx.Response(201, json={"device_id": "d"})])
    auth = rt.huawei.HuaweiAKSKAuth("AK", "SK", project_id="proj", security_token="TMP")
    harness.make(recorder, auth=auth, base_url=f"https://{HOST}")
    harness.call("create_device", project_id="p1", body={"app_id": "a"})
    request = recorder.last
    match = AUTH_RE.match(request.headers["Authorization"])
    assert match is not None
    signed = match["headers"].split(";")
    assert signed == sorted(signed)
    for name in ["content-type", "host", "x-project-id", "x-sdk-date", "x-security-token"]:
        assert name in signed
    for name in ["content-length", "accept-encoding", "connection", "authorization"]:
        assert name not in signed
    assert request.headers["X-Project-Id"] == "proj"
    assert request.headers["X-Security-Token"] == "TMP"
    assert re.fullmatch(r"\d{8}T\d{6}Z", request.headers["X-Sdk-Date"])


def test_pinned_date_is_kept_and_signature_is_deterministic(
    harness: Harness, rt: SimpleNamespace
) -> None:
    recorder = Recorder([httpx.Response(200, json={"device_id": "d"})])
    harness.make(
        recorder,
        auth=rt.huawei.HuaweiAKSKAuth("AK", "SK"),
        headers={"X-Sdk-Date": "20240102T030405Z"},
        base_url=f"https://{HOST}",
    )
    harness.call("get_device", project_id="p", device_id="d", tags=["b", "a"])
    harness.call("get_device", project_id="p", device_id="d", tags=["b", "a"])
    first, second = recorder.requests
    assert first.headers["X-Sdk-Date"] == "20240102T030405Z"
    assert first.headers["Authorization"] == second.headers["Authorization"]
    assert first.url.query == b"tags=a&tags=b"  # the wire query is the canonical one
    harness.call("get_device", project_id="p", device_id="e", tags=["b", "a"])
    assert recorder.last.headers["Authorization"] != first.headers["Authorization"]


def test_unsigned_payload_for_non_json_bodies(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder(
        [httpx.Response(200, json={}), httpx.Response(201, json={"device_id": "d1"})]
    )
    harness.make(recorder, auth=rt.huawei.HuaweiAKSKAuth("AK", "SK"))
    harness.call("upload", body={"file": ("a.bin", b"123")})
    assert recorder.last.headers["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD"
    assert "x-sdk-content-sha256" in recorder.last.headers["Authorization"]
    harness.call("create_device", project_id="p1", body={"app_id": "a"})
    assert "X-Sdk-Content-Sha256" not in recorder.last.headers


def test_existing_authorization_is_left_alone(rt: SimpleNamespace) -> None:
    request = httpx.Request("GET", f"https://{HOST}/x", headers={"Authorization": "Bearer abc"})
    rt.huawei.HuaweiAKSKAuth("AK", "SK").sign(request)
    assert request.headers["Authorization"] == "Bearer abc"


def test_date_from_now_and_bad_date(rt: SimpleNamespace) -> None:
    request = httpx.Request("GET", f"https://{HOST}/x")
    now = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    rt.huawei.HuaweiAKSKAuth("AK", "SK").sign(request, now=now)
    assert request.headers["X-Sdk-Date"] == "20250102T030405Z"
    bad = httpx.Request("GET", f"https://{HOST}/x", headers={"X-Sdk-Date": "2024-01-02"})
    with pytest.raises(ValueError, match="X-Sdk-Date"):
        rt.huawei.HuaweiAKSKAuth("AK", "SK").sign(bad)


def test_repr_hides_keys(rt: SimpleNamespace) -> None:
    auth = rt.huawei.HuaweiAKSKAuth("AKID-123", "SECRET-456", security_token="TOKEN-789")
    text = repr(auth)
    assert "AKID-123" not in text and "SECRET-456" not in text and "TOKEN-789" not in text
    assert auth.requires_request_body is True


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        ("https://h.example/p?a=1&b=x%20y", "https://h.example/p?a=1&b=x%20y"),
        ("https://h.example/p", "https://h.example/p"),
        ("https://h.example/p?b=2&a=1", "https://h.example/p?a=1&b=2"),
        ("https://h.example/p?x=a+b&y", "https://h.example/p?x=a%20b&y="),
        ("https://h.example/p?", "https://h.example/p"),
    ],
)
def test_url_is_rewritten_only_when_the_query_is_not_canonical(
    rt: SimpleNamespace, url: str, sent: str
) -> None:
    request = httpx.Request("GET", url)
    before = request.url
    rt.huawei.HuaweiAKSKAuth("AK", "SK").sign(request)
    assert str(request.url) == sent
    if url == sent:
        assert request.url is before, "an unchanged URL is not parsed again"


def test_canonical_uri_fast_and_slow_paths_agree(rt: SimpleNamespace) -> None:
    h = rt.huawei
    assert h.canonical_uri("") == "/"
    assert h.canonical_uri("/v5/iot/p-1_a.b~c/x") == "/v5/iot/p-1_a.b~c/x/"
    assert h.canonical_uri("/v5/iot/p1/") == "/v5/iot/p1/"
    assert h.canonical_uri("/a%7Eb/%41") == "/a~b/A/"
    assert h.canonical_uri("/a;b=c,d") == "/a%3Bb%3Dc%2Cd/"
    assert h.canonical_query("a=1&b=2") == "a=1&b=2"
    assert h.canonical_query("&&a=~") == "a=~"


def test_sdk_date_is_cached_per_second(
    rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time as real_time

    clock = [1704164645.25]
    formatted: list[float] = []

    def strftime(fmt: str, parts: real_time.struct_time) -> str:
        formatted.append(clock[0])
        return real_time.strftime(fmt, parts)

    fake = SimpleNamespace(time=lambda: clock[0], gmtime=real_time.gmtime, strftime=strftime)
    monkeypatch.setattr(rt.huawei, "time", fake)
    monkeypatch.setattr(rt.huawei, "_date_cache", (-1, ""))
    auth = rt.huawei.HuaweiAKSKAuth("AK", "SK")
    dates = []
    for now in (1704164645.25, 1704164645.99, 1704164646.0):
        clock[0] = now
        request = httpx.Request("GET", f"https://{HOST}/")
        auth.sign(request)
        dates.append(request.headers["X-Sdk-Date"])
    assert dates == ["20240102T030405Z", "20240102T030405Z", "20240102T030406Z"]
    assert len(formatted) == 2, "formatted once per second"
    expected = datetime.fromtimestamp(1704164646.0, timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    assert dates[-1] == expected


def test_repeated_and_spaced_headers_are_signed_as_before(rt: SimpleNamespace) -> None:
    # Repeated names are listed repeatedly with the last value; values are stripped;
    # a Content-Type with leading space is not JSON, so the payload is unsigned.
    request = httpx.Request(
        "POST",
        f"https://{HOST}/p",
        headers=[
            (b"X-Custom", b"a"),
            (b"x-custom", b" b "),
            (b"Content-Type", b" application/json"),
            (b"X-Sdk-Date", b"20240102T030405Z"),
        ],
        content=b"{}",
    )
    rt.huawei.HuaweiAKSKAuth("AK", "SK").sign(request)
    match = AUTH_RE.match(request.headers["Authorization"])
    assert match is not None
    assert match["headers"] == "content-type;host;x-custom;x-custom;x-sdk-content-sha256;x-sdk-date"
    assert request.headers["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD"
