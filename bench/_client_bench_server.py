"""A tiny local HTTP/1.1 server for bench_client.py (standard library only).

Run as ``python _client_bench_server.py [LIFETIME_SECONDS]``: it listens on 127.0.0.1 on a
free port, prints that port on stdout and answers every
``POST /v5/iot/<project_id>/ota-upgrades/modules`` with ``201`` and a fixed ``OtaModule``
JSON body (keep-alive; anything else gets ``404``). It stops by itself after
``LIFETIME_SECONDS`` (default 180) or as soon as its standard input is closed, so it
cannot outlive the benchmark that started it.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OTA_MODULE = {
    "module_id": "28f61af50fc9452aa0ed5ea25c3cc3d3",
    "app_id": "61f7e74d036aca5be29e1ed4",
    "product_id": "5ba24f5ebbe8f56f5a14f605",
    "product_name": "Thermometer",
    "module_name": "MCU",
    "alias_name": "Micro-Controller-Unit",
    "description": "Microcontroller unit firmware module.",
    "create_time": "20230211T121212Z",
}
_PATH = re.compile(r"^/v5/iot/[^/?]+/ota-upgrades/modules/?(\?.*)?$")


def _response(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Content-Type: application/json;charset=UTF-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "X-Request-Id: 0123456789abcdef0123456789abcdef\r\n"
        "Connection: keep-alive\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


_CREATED = _response("201 Created", json.dumps(OTA_MODULE).encode("utf-8"))
_NOT_FOUND = _response(
    "404 Not Found",
    json.dumps({"error_code": "IOTDA.000000", "error_msg": "not found", "request_id": "x"}).encode(
        "utf-8"
    ),
)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        # One write per answer: status line, headers and body in a single segment.
        self.wfile.write(_CREATED if _PATH.match(self.path) else _NOT_FOUND)

    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    lifetime = float(sys.argv[1]) if len(sys.argv) > 1 else 180.0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    stop = threading.Event()

    def watch_stdin() -> None:
        sys.stdin.read()  # returns when the parent closes the pipe (or exits)
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    ).start()
    print(server.server_address[1], flush=True)
    stop.wait(lifetime)
    server.shutdown()
    server.server_close()


if __name__ == "__main__":
    main()
