"""Client options, lifecycle, redaction in repr/logs/exceptions, NOT_GIVEN, API key auth."""

from __future__ import annotations

import asyncio
import copy
import logging
import pickle
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from .runtime_helpers import Harness, Recorder, Sleeps

OK = httpx.Response(200, json={"device_id": "d"})
GET_ARGS = {"project_id": "p", "device_id": "d"}
SECRET = "s3cr3t-VALUE-42"


def test_not_given_sentinel(rt: SimpleNamespace) -> None:
    NOT_GIVEN, NotGiven = rt.types.NOT_GIVEN, rt.types.NotGiven
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


def test_not_given_arguments_are_omitted(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder([OK])
    harness.make(recorder)
    nothing = rt.types.NOT_GIVEN
    harness.call(
        "get_device", project_id="p", device_id="d", tags=nothing, verbose=nothing, dry_run=nothing
    )
    assert recorder.last.url.query == b""
    assert "x-dry-run" not in recorder.last.headers


def test_with_options_returns_same_type_and_shares_http_client(
    harness: Harness, api: SimpleNamespace
) -> None:
    recorder = Recorder([OK])
    client = harness.make(recorder, headers={"X-A": "1"}, max_retries=3)
    other = client.with_options(headers={"X-B": "2"}, max_retries=1)
    assert type(other) is type(client)
    assert other._client is client._client
    assert other.max_retries == 1 and client.max_retries == 3
    harness.call("get_device", client=other, **GET_ARGS)
    assert recorder.last.headers["X-A"] == "1" and recorder.last.headers["X-B"] == "2"
    harness.call("get_device", client=client, **GET_ARGS)
    assert "X-B" not in recorder.last.headers


def test_with_options_auth(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder([OK])
    client = harness.make(recorder)
    keyed = client.with_options(auth=rt.auth.APIKeyAuth("X-Auth-Token", SECRET))
    harness.call("get_device", client=keyed, **GET_ARGS)
    assert recorder.last.headers["X-Auth-Token"] == SECRET
    harness.call("get_device", client=keyed.with_options(auth=None), **GET_ARGS)
    assert "X-Auth-Token" not in recorder.last.headers


def test_close_only_closes_owned_http_clients(api: SimpleNamespace) -> None:
    shared = httpx.Client(transport=httpx.MockTransport(lambda r: OK))
    with api.Client(base_url="https://h.example", http_client=shared) as client:
        assert isinstance(client, api.Client)
    assert not shared.is_closed

    owned = api.Client(base_url="https://h.example")
    copy_of_owned = owned.with_options(max_retries=0)
    copy_of_owned.close()
    assert not owned._client.is_closed
    owned.close()
    assert owned._client.is_closed


def test_async_close_only_closes_owned_http_clients(api: SimpleNamespace) -> None:
    async def scenario() -> None:
        shared = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: OK))
        async with api.AsyncClient(base_url="https://h.example", http_client=shared) as client:
            assert isinstance(client, api.AsyncClient)
        assert not shared.is_closed
        await shared.aclose()
        async with api.AsyncClient(base_url="https://h.example") as owned:
            inner = owned._client
        assert inner.is_closed

    asyncio.run(scenario())


def test_own_http_client_is_made_on_first_use_and_shared_with_copies(
    rt: SimpleNamespace, api: SimpleNamespace
) -> None:
    client = api.Client(base_url="https://h.example")
    assert client._http.client is None, "no httpx client (TLS set-up) in the constructor"
    other = client.with_options(max_retries=0)
    inner = other._client  # first use through a copy
    assert isinstance(inner, httpx.Client)
    assert client._client is inner
    assert inner.timeout == rt.base.DEFAULT_TIMEOUT
    other.close()
    assert not inner.is_closed
    client.close()
    assert inner.is_closed


def test_close_before_first_use_makes_no_http_client(api: SimpleNamespace) -> None:
    client = api.Client(base_url="https://h.example")
    client.close()
    assert client._http.client is None
    # Used after close(): fails like a closed httpx client, without sending anything.
    with pytest.raises(RuntimeError, match="closed"):
        client.get_device(**GET_ARGS)
    assert client._client.is_closed


def test_async_close_before_first_use_makes_no_http_client(api: SimpleNamespace) -> None:
    async def scenario() -> None:
        client = api.AsyncClient(base_url="https://h.example")
        await client.aclose()
        assert client._http.client is None
        with pytest.raises(RuntimeError, match="closed"):
            await client.get_device(**GET_ARGS)
        assert client._client.is_closed

    asyncio.run(scenario())


def test_lazy_http_client_is_made_once_under_concurrency(api: SimpleNamespace) -> None:
    client = api.Client(base_url="https://h.example")
    barrier = threading.Barrier(8)
    seen: list[httpx.Client] = []

    def first_use() -> None:
        barrier.wait()
        seen.append(client._client)

    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(inner is seen[0] for inner in seen)
    client.close()
    assert seen[0].is_closed


def test_injected_http_client_is_used_as_is(api: SimpleNamespace) -> None:
    shared = httpx.Client(transport=httpx.MockTransport(lambda r: OK))
    client = api.Client(base_url="https://h.example", http_client=shared)
    assert client._client is shared and client.with_options(max_retries=0)._client is shared
    client.close()
    assert not shared.is_closed
    shared.close()


def test_importing_the_runtime_does_not_import_asyncio(rt: SimpleNamespace) -> None:
    root = Path(rt.base.__file__).resolve().parents[1]
    code = (
        "import sys\n"
        "import httpx, pydantic\n"
        "before = 'asyncio' in sys.modules\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        f"import {rt.package}._base_client, {rt.package}._auth_huawei, {rt.package}._auth_enos\n"
        "print(before, 'asyncio' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    before, after = result.stdout.split()
    if before == "True":
        pytest.skip("httpx or pydantic imports asyncio themselves")
    assert after == "False", "asyncio is imported only when the async client needs it"


def test_invalid_options_are_refused(api: SimpleNamespace) -> None:
    with pytest.raises(ValueError):
        api.Client(base_url="not a url")
    with pytest.raises(ValueError):
        api.Client(base_url="https://h.example", max_retries=-1)


def test_api_key_auth_header_and_query(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder([OK])
    harness.make(recorder, auth=rt.auth.APIKeyAuth("X-Auth-Token", SECRET))
    harness.call("get_device", **GET_ARGS)
    assert recorder.last.headers["X-Auth-Token"] == SECRET

    harness.make(recorder, auth=rt.auth.APIKeyAuth("api_key", "a b&c", location="query"))
    harness.call("get_device", tags=["x", "y"], **GET_ARGS)
    assert recorder.last.url.query == b"tags=x&tags=y&api_key=a%20b%26c"


# -- redaction ----------------------------------------------------------------------------


def test_repr_of_clients_and_auth_objects_is_redacted(
    rt: SimpleNamespace, api: SimpleNamespace
) -> None:
    auths = [
        rt.auth.APIKeyAuth("X-Auth-Token", SECRET),
        rt.huawei.HuaweiAKSKAuth(SECRET + "AK", SECRET, security_token=SECRET + "T"),
        rt.enos.EnOSTokenAuth("app-key", SECRET),
    ]
    for auth in auths:
        assert SECRET not in repr(auth)
        client = api.Client(
            base_url=f"https://user:{SECRET}@h.example",
            auth=auth,
            headers={"X-Auth-Token": SECRET, "X-Api-Key": SECRET, "Accept": "text/plain"},
        )
        text = repr(client)
        assert SECRET not in text
        assert "text/plain" in text and "X-Auth-Token" in text
        client.close()


def test_logs_are_redacted_and_informative(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder([httpx.Response(503), OK])
    harness.make(
        recorder,
        auth=rt.auth.APIKeyAuth("access_token", SECRET, location="query"),
        headers={"Authorization": "Bearer " + SECRET, "apim-accesstoken": SECRET},
    )
    with caplog.at_level(logging.DEBUG, logger=rt.package):
        harness.call("get_device", instance_id="i-1", **GET_ARGS)
    records = [r for r in caplog.records if r.name == rt.package]
    assert records, "the runtime logs through the package logger"
    text = "\n".join(r.getMessage() for r in records)
    assert SECRET not in text
    assert "GET https://iot.example.com/v5/iot/p/devices/d" in text
    assert "-> 503 (attempt 1 of 3)" in text
    assert "-> 200 (attempt 2 of 3)" in text
    assert "Instance-Id" in text


def test_exception_messages_are_redacted(
    harness: Harness, rt: SimpleNamespace, sleeps: Sleeps
) -> None:
    recorder = Recorder([httpx.Response(404, json={"error_msg": "nope"})])
    harness.make(recorder, auth=rt.auth.APIKeyAuth("api_key", SECRET, location="query"))
    with pytest.raises(rt.exc.NotFoundError) as info:
        harness.call("get_device", **GET_ARGS)
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    assert "api_key=" in str(info.value)

    recorder = Recorder([httpx.ConnectError("refused")])
    harness.make(recorder, auth=rt.auth.APIKeyAuth("api_key", SECRET, location="query"))
    with pytest.raises(rt.exc.APIConnectionError) as conn:
        harness.call("get_device", **GET_ARGS)
    assert SECRET not in str(conn.value)


def test_sensitive_name_rule(rt: SimpleNamespace) -> None:
    sensitive = rt.types.is_sensitive_name
    for name in [
        "Authorization",
        "X-Auth-Token",
        "apim-accesstoken",
        "client_secret",
        "API-Key",
        "password",
    ]:
        assert sensitive(name), name
    for name in ["Instance-Id", "Content-Type", "X-Sdk-Date", "limit"]:
        assert not sensitive(name), name


def test_logger_is_the_package_logger(rt: SimpleNamespace) -> None:
    assert rt.base.logger.name == rt.package
