"""Faults from a real HTTP server on 127.0.0.1: 503/429 with Retry-After, connection
resets and stalls. Checks bounded attempts, no duplicated POST and honoured timeouts.

The server runs in a thread of the test process, answers per scenario (chosen by the
``project_id`` path segment), and shuts itself down after a few seconds at the latest.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any

import pytest

from .runtime_helpers import Sleeps

STALL_SECONDS = 1.0
CLIENT_TIMEOUT = 0.2
DEVICE = json.dumps({"device_id": "d"}).encode()


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FaultHandler)
        self.hits: Counter[tuple[str, str]] = Counter()
        self.lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # resets and stalls make handlers fail on purpose

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _reset(self) -> None:
        # Abortive close: the client sees a connection reset and no response.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        scenario = self.path.split("/")[3]
        with self.server.lock:
            self.server.hits[(self.command, scenario)] += 1
            hit = self.server.hits[(self.command, scenario)]
        ok = 201 if self.command == "POST" else 200
        if scenario == "busy":
            if hit <= 2:
                self._reply(503, b'{"error_code":"SYS.503"}', {"Retry-After": "0"})
            else:
                self._reply(ok, DEVICE)
        elif scenario == "toolong":
            self._reply(503, b"{}", {"Retry-After": "3600"})
        elif scenario == "ratelimit":
            if hit == 1:
                self._reply(429, b"{}", {"Retry-After": "0"})
            else:
                self._reply(ok, DEVICE)
        elif scenario == "reset":
            self._reset()
        elif scenario == "stall":
            time.sleep(STALL_SECONDS)
            self._reply(ok, DEVICE)
        else:
            self._reply(ok, DEVICE)

    do_GET = _handle
    do_POST = _handle


@pytest.fixture
def server() -> Iterator[FaultServer]:
    httpd = FaultServer()
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    watchdog = threading.Timer(10.0, httpd.shutdown)  # stops by itself at the latest
    watchdog.daemon = True
    watchdog.start()
    try:
        yield httpd
    finally:
        watchdog.cancel()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=2)


def run(kind: str, api: SimpleNamespace, url: str, name: str, **kwargs: Any) -> Any:
    options = {"base_url": url, "timeout": CLIENT_TIMEOUT, "max_retries": 2}
    if kind == "async":

        async def scenario() -> Any:
            async with api.AsyncClient(**options) as client:
                return await client.call(name, **kwargs)

        return asyncio.run(scenario())
    with api.Client(**options) as client:
        return client.call(name, **kwargs)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_503_with_retry_after_then_success(
    kind: str, api: SimpleNamespace, server: FaultServer, sleeps: Sleeps
) -> None:
    device = run(kind, api, server.url, "get_device", project_id="busy", device_id="d")
    assert device.device_id == "d"
    assert server.hits[("GET", "busy")] == 3
    assert sleeps.delays == [0.0, 0.0]


def test_retry_after_over_cap_is_not_retried(
    kind: str, rt: SimpleNamespace, api: SimpleNamespace, server: FaultServer, sleeps: Sleeps
) -> None:
    with pytest.raises(rt.exc.InternalServerError):
        run(kind, api, server.url, "get_device", project_id="toolong", device_id="d")
    assert server.hits[("GET", "toolong")] == 1


def test_post_429_is_retried_once_and_succeeds(
    kind: str, api: SimpleNamespace, server: FaultServer, sleeps: Sleeps
) -> None:
    run(kind, api, server.url, "create_device", project_id="ratelimit", body={"app_id": "a"})
    assert server.hits[("POST", "ratelimit")] == 2


def test_connection_reset_post_is_not_duplicated(
    kind: str, rt: SimpleNamespace, api: SimpleNamespace, server: FaultServer, sleeps: Sleeps
) -> None:
    with pytest.raises(rt.exc.APIConnectionError):
        run(kind, api, server.url, "create_device", project_id="reset", body={"app_id": "a"})
    assert server.hits[("POST", "reset")] == 1


def test_connection_reset_get_is_retried_and_bounded(
    kind: str, rt: SimpleNamespace, api: SimpleNamespace, server: FaultServer, sleeps: Sleeps
) -> None:
    with pytest.raises(rt.exc.APIConnectionError):
        run(kind, api, server.url, "get_device", project_id="reset", device_id="d")
    assert server.hits[("GET", "reset")] == 3


def test_stalled_get_times_out_on_every_attempt(
    kind: str, rt: SimpleNamespace, api: SimpleNamespace, server: FaultServer, sleeps: Sleeps
) -> None:
    started = time.monotonic()
    with pytest.raises(rt.exc.APITimeoutError):
        run(kind, api, server.url, "get_device", project_id="stall", device_id="d")
    elapsed = time.monotonic() - started
    assert server.hits[("GET", "stall")] == 3
    assert elapsed < 3 * CLIENT_TIMEOUT + 0.9  # every attempt was cut at the client timeout


def test_stalled_post_times_out_once(
    kind: str, rt: SimpleNamespace, api: SimpleNamespace, server: FaultServer, sleeps: Sleeps
) -> None:
    started = time.monotonic()
    with pytest.raises(rt.exc.APITimeoutError):
        run(kind, api, server.url, "create_device", project_id="stall", body={"app_id": "a"})
    assert time.monotonic() - started < STALL_SECONDS
    time.sleep(0.05)
    assert server.hits[("POST", "stall")] == 1
