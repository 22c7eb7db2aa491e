"""Retries, backoff, Retry-After, timeouts and the POST safety rules."""

from __future__ import annotations

import email.utils
import time
from types import SimpleNamespace

import httpx
import pytest

from .runtime_helpers import Harness, Recorder, Sleeps

OK = httpx.Response(200, json={"device_id": "d"})
CREATED = httpx.Response(201, json={"device_id": "d"})
GET_ARGS = {"project_id": "p", "device_id": "d"}
POST_ARGS = {"project_id": "p", "body": {"app_id": "a"}}


def test_get_503_is_retried_with_bounded_attempts_and_backoff(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps
) -> None:
    recorder = Recorder([httpx.Response(503)])
    harness.make(recorder)
    with pytest.raises(rt.exc.InternalServerError):
        harness.call("get_device", **GET_ARGS)
    assert len(recorder.requests) == 3  # 1 + DEFAULT_MAX_RETRIES
    assert sleeps.delays == [0.5, 1.0]


def test_backoff_is_capped_and_jittered(
    rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rt.retry, "_random", lambda: 1.0)
    assert rt.retry._backoff(0) == pytest.approx(0.375)
    assert rt.retry._backoff(10) == pytest.approx(rt.base.MAX_RETRY_DELAY * 0.75)
    monkeypatch.setattr(rt.retry, "_random", lambda: 0.0)
    assert rt.retry._backoff(10) == rt.base.MAX_RETRY_DELAY


def test_success_after_transient_failures(harness: Harness, sleeps: Sleeps) -> None:
    recorder = Recorder([httpx.Response(502), httpx.Response(408), OK])
    harness.make(recorder)
    assert harness.call("get_device", **GET_ARGS).device_id == "d"
    assert len(recorder.requests) == 3


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422])
def test_client_errors_are_not_retried(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps, status: int
) -> None:
    recorder = Recorder([httpx.Response(status)])
    harness.make(recorder)
    with pytest.raises(rt.exc.APIStatusError):
        harness.call("get_device", **GET_ARGS)
    assert len(recorder.requests) == 1


def test_max_retries_per_client_and_per_call(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps
) -> None:
    recorder = Recorder([httpx.Response(500)])
    client = harness.make(recorder, max_retries=4)
    with pytest.raises(rt.exc.InternalServerError):
        harness.call("get_device", **GET_ARGS)
    assert len(recorder.requests) == 5
    recorder.requests.clear()
    with pytest.raises(rt.exc.InternalServerError):
        harness.call("get_device", client=client.with_options(max_retries=0), **GET_ARGS)
    assert len(recorder.requests) == 1


def test_retry_after_seconds(harness: Harness, sleeps: Sleeps) -> None:
    recorder = Recorder([httpx.Response(429, headers={"Retry-After": "3"}), OK])
    harness.make(recorder)
    harness.call("get_device", **GET_ARGS)
    assert sleeps.delays == [3.0]


def test_retry_after_ms(harness: Harness, sleeps: Sleeps) -> None:
    recorder = Recorder([httpx.Response(503, headers={"retry-after-ms": "250"}), OK])
    harness.make(recorder)
    harness.call("get_device", **GET_ARGS)
    assert sleeps.delays == [0.25]


def test_retry_after_http_date(harness: Harness, sleeps: Sleeps) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    recorder = Recorder([httpx.Response(503, headers={"Retry-After": when}), OK])
    harness.make(recorder)
    harness.call("get_device", **GET_ARGS)
    assert len(sleeps.delays) == 1
    assert 17.0 <= sleeps.delays[0] <= 20.0


def test_retry_after_over_the_cap_is_not_waited_for(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps
) -> None:
    recorder = Recorder([httpx.Response(429, headers={"Retry-After": "3600"}), OK])
    harness.make(recorder)
    with pytest.raises(rt.exc.RateLimitError):
        harness.call("get_device", **GET_ARGS)
    assert len(recorder.requests) == 1
    assert sleeps.delays == []


def test_unparseable_retry_after_falls_back_to_backoff(harness: Harness, sleeps: Sleeps) -> None:
    recorder = Recorder([httpx.Response(503, headers={"Retry-After": "soon"}), OK])
    harness.make(recorder)
    harness.call("get_device", **GET_ARGS)
    assert sleeps.delays == [0.5]


def test_post_is_not_retried_after_a_read_timeout(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps
) -> None:
    recorder = Recorder([httpx.ReadTimeout("slow"), CREATED])
    harness.make(recorder)
    with pytest.raises(rt.exc.APITimeoutError) as info:
        harness.call("create_device", **POST_ARGS)
    assert isinstance(info.value, rt.exc.APIConnectionError)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "error", [httpx.ReadError("reset"), httpx.RemoteProtocolError("closed"), httpx.WriteError("x")]
)
def test_post_is_not_retried_when_the_server_may_have_seen_it(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps, error: Exception
) -> None:
    recorder = Recorder([error, CREATED])
    harness.make(recorder)
    with pytest.raises(rt.exc.APIConnectionError):
        harness.call("create_device", **POST_ARGS)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("t"), httpx.PoolTimeout("p")]
)
def test_post_is_retried_when_it_never_left(
    harness: Harness, sleeps: Sleeps, error: Exception
) -> None:
    recorder = Recorder([error, CREATED])
    harness.make(recorder)
    assert harness.call("create_device", **POST_ARGS).device_id == "d"
    assert len(recorder.requests) == 2


def test_post_5xx_is_not_retried_but_429_and_503_with_retry_after_are(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps
) -> None:
    recorder = Recorder([httpx.Response(500), CREATED])
    harness.make(recorder)
    with pytest.raises(rt.exc.InternalServerError):
        harness.call("create_device", **POST_ARGS)
    assert len(recorder.requests) == 1

    recorder = Recorder([httpx.Response(503), CREATED])
    harness.make(recorder)
    with pytest.raises(rt.exc.InternalServerError):
        harness.call("create_device", **POST_ARGS)
    assert len(recorder.requests) == 1

    recorder = Recorder(
        [httpx.Response(429), httpx.Response(503, headers={"Retry-After": "1"}), CREATED]
    )
    harness.make(recorder)
    assert harness.call("create_device", **POST_ARGS).device_id == "d"
    assert len(recorder.requests) == 3


def test_post_with_idempotency_key_is_retried_like_get(harness: Harness, sleeps: Sleeps) -> None:
    recorder = Recorder([httpx.ReadTimeout("slow"), httpx.Response(500), CREATED])
    harness.make(recorder, headers={"Idempotency-Key": "k-1"})
    assert harness.call("create_device", **POST_ARGS).device_id == "d"
    assert len(recorder.requests) == 3


def test_get_timeouts_are_retried_then_mapped(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps
) -> None:
    recorder = Recorder([httpx.ReadTimeout("slow")])
    harness.make(recorder)
    with pytest.raises(rt.exc.APITimeoutError):
        harness.call("get_device", **GET_ARGS)
    assert len(recorder.requests) == 3


def test_connection_errors_map_to_api_connection_error(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps
) -> None:
    recorder = Recorder([httpx.ConnectError("refused")])
    harness.make(recorder, max_retries=1)
    with pytest.raises(rt.exc.APIConnectionError) as info:
        harness.call("get_device", **GET_ARGS)
    assert not isinstance(info.value, rt.exc.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(recorder.requests) == 2


class CountingAuth(httpx.Auth):
    def __init__(self) -> None:
        self.calls = 0

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        self.calls += 1
        request.headers["X-Attempt"] = str(self.calls)
        yield request


def test_auth_runs_again_on_every_attempt(harness: Harness, sleeps: Sleeps) -> None:
    auth = CountingAuth()
    recorder = Recorder([httpx.Response(503), httpx.Response(503), OK])
    harness.make(recorder, auth=auth)
    harness.call("get_device", **GET_ARGS)
    assert [r.headers["X-Attempt"] for r in recorder.requests] == ["1", "2", "3"]
    assert len({id(r) for r in recorder.requests}) == 3


def test_huawei_signature_is_fresh_on_every_attempt(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps
) -> None:
    auth = rt.huawei.HuaweiAKSKAuth("AK", "SK")
    recorder = Recorder([httpx.Response(503), OK])
    harness.make(recorder, auth=auth)
    harness.call("get_device", **GET_ARGS)
    assert all("Signature=" in r.headers["Authorization"] for r in recorder.requests)
    assert all("x-sdk-date" in r.headers for r in recorder.requests)


# -- timeouts ----------------------------------------------------------------------------


def test_default_timeout_is_finite_and_passed_through(
    harness: Harness, rt: SimpleNamespace, api: SimpleNamespace
) -> None:
    recorder = Recorder([OK])
    client = harness.make(recorder, timeout=rt.base.DEFAULT_TIMEOUT)
    harness.call("get_device", **GET_ARGS)
    assert recorder.last.extensions["timeout"] == {
        "connect": 10.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }
    harness.call("get_device", client=client.with_options(timeout=2.5), **GET_ARGS)
    assert recorder.last.extensions["timeout"] == {
        "connect": 2.5,
        "read": 2.5,
        "write": 2.5,
        "pool": 2.5,
    }
    harness.call("get_device", client=client.with_options(timeout=None), **GET_ARGS)
    assert set(recorder.last.extensions["timeout"].values()) == {None}
    timeout = httpx.Timeout(1.0, read=7.0)
    harness.call("get_device", client=client.with_options(timeout=timeout), **GET_ARGS)
    assert recorder.last.extensions["timeout"]["read"] == 7.0
    assert client.timeout == rt.base.DEFAULT_TIMEOUT


def test_own_http_client_created_with_default_timeout(
    rt: SimpleNamespace, api: SimpleNamespace
) -> None:
    client = api.Client(base_url="https://h.example")
    assert client.timeout == rt.base.DEFAULT_TIMEOUT
    assert client._client.timeout == rt.base.DEFAULT_TIMEOUT
    client.close()
    assert rt.base.DEFAULT_MAX_RETRIES == 2
