"""Run-time cost of the generated IoTDA client, next to raw httpx and the official SDK.

Everything is measured in ONE run and printed as ratios with their targets; nothing here
passes or fails on speed. All traffic goes to a local HTTP/1.1 keep-alive server on
127.0.0.1 (bench/_client_bench_server.py), run in its own process so that its CPU time is
not counted; it stops by itself.

1. CPU time per call (``time.process_time()`` of a fresh worker process, after a warm-up)
   of ``Client.create_ota_module`` against ``httpx.Client.post`` of the same JSON to the
   same URL (plus ``response.json()``), and against the official SDK
   (``huaweicloudsdkiotda``), each with and without AK/SK signing where that applies.
2. Start-up in fresh processes (median of several runs): import time of ``iotda_client``,
   of ``httpx`` + ``pydantic`` (the floor) and of ``huaweicloudsdkiotda.v5``; time to the
   first response (import, client construction, one call).

The SDK is a benchmark-only dependency: it is installed into .bench/sdk-venv on first use
and run there in subprocesses; when that is impossible its rows show "n/a" and the reason.

Options: ``--calls N`` timed calls per worker (default 2000; ``--sdk-calls``, default
1000, for the slower SDK), ``--rounds N`` workers per variant (default 5), ``--runs N``
start-up repetitions (default 7), ``--no-sdk``, ``--profile`` (instead of the benchmark:
cProfile of N calls of ours; top functions by cumulative and by own time, own time by
package).

This file imports only the standard library at module level: the same file is the worker
that runs inside the SDK's virtual environment.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve()
SERVER = HERE.parent / "_client_bench_server.py"
GENERATED = ROOT / "generated" / "iotda-client"
SDK_VENV = ROOT / ".bench" / "sdk-venv"
SDK_REQUIREMENT = "huaweicloudsdkiotda==3.1.219"

ACCESS_KEY = "BENCHMARKACCESSKEY00"
SECRET_KEY = "benchmark-secret-key-0123456789abcdefghij"
PROJECT_ID = "0123456789abcdef0123456789abcdef"
BODY = {
    "app_id": "61f7e74d036aca5be29e1ed4",
    "product_id": "5ba24f5ebbe8f56f5a14f605",
    "module_name": "MCU",
    "alias_name": "Micro-Controller-Unit",
    "description": "Microcontroller unit firmware module.",
}
PATH = f"/v5/iot/{PROJECT_ID}/ota-upgrades/modules"
WARMUP = 200

# ---------------------------------------------------------------------------------------
# Workers: each runs in a fresh process and prints one JSON line.
# ---------------------------------------------------------------------------------------


def _ours_call(port: int, *, signed: bool) -> Any:
    import iotda_client

    auth = iotda_client.HuaweiAKSKAuth(ACCESS_KEY, SECRET_KEY) if signed else None
    client = iotda_client.Client(base_url=f"http://127.0.0.1:{port}", auth=auth, max_retries=0)

    def call() -> Any:
        result = client.create_ota_module(project_id=PROJECT_ID, **BODY)
        assert result.module_id == "28f61af50fc9452aa0ed5ea25c3cc3d3"
        return result

    return call


def _httpx_call(port: int, *, signed: bool) -> Any:
    import httpx

    auth = None
    if signed:
        import iotda_client

        auth = iotda_client.HuaweiAKSKAuth(ACCESS_KEY, SECRET_KEY)
    client = httpx.Client(auth=auth)
    url = f"http://127.0.0.1:{port}{PATH}"

    def call() -> Any:
        response = client.post(url, json=BODY)
        response.raise_for_status()
        data = response.json()
        assert response.status_code == 201
        return data

    return call


def _sdk_client(port: int) -> Any:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkiotda.v5 import IoTDAClient

    return (
        IoTDAClient.new_builder()
        .with_credentials(BasicCredentials(ACCESS_KEY, SECRET_KEY, PROJECT_ID))
        .with_endpoint(f"http://127.0.0.1:{port}")
        .build()
    )


def _sdk_call(port: int) -> Any:
    from huaweicloudsdkiotda.v5 import CreateOtaModule, CreateOtaModuleRequest

    client = _sdk_client(port)

    def call() -> Any:
        request = CreateOtaModuleRequest(body=CreateOtaModule(**BODY))
        result = client.create_ota_module(request)
        assert result.module_id == "28f61af50fc9452aa0ed5ea25c3cc3d3"
        return result

    return call


def _make_call(kind: str, port: int) -> Any:
    if kind == "ours":
        return _ours_call(port, signed=True)
    if kind == "ours-noauth":
        return _ours_call(port, signed=False)
    if kind == "httpx":
        return _httpx_call(port, signed=False)
    if kind == "httpx-signed":
        return _httpx_call(port, signed=True)
    if kind == "sdk":
        return _sdk_call(port)
    raise ValueError(kind)


def _worker(kind: str, port: int, calls: int) -> None:
    call = _make_call(kind, port)
    for _ in range(WARMUP):
        call()
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(calls):
        call()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(json.dumps({"cpu_us": cpu / calls * 1e6, "wall_us": wall / calls * 1e6}))


def _profile(port: int, calls: int) -> None:
    import cProfile
    import pstats

    call = _make_call("ours", port)
    for _ in range(WARMUP):
        call()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call()
    profiler.disable()
    stats = pstats.Stats(profiler)
    entries = stats.stats  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    print(
        f"cProfile of {calls} calls of ours (AK/SK-signed): {total / calls * 1e6:.0f} µs per call"
    )
    print("(profiled time; cProfile itself inflates it, compare the shares, not the totals)")

    def show(title: str, items: list[tuple[Any, Any]]) -> None:
        print(f"\n{title}, µs per client call:")
        print(f"{'cum':>7} {'own':>7} {'calls/call':>10}  function")
        for (filename, line, name), (_cc, ncalls, tottime, cumtime, _callers) in items:
            print(
                f"{cumtime / calls * 1e6:>7.1f} {tottime / calls * 1e6:>7.1f} "
                f"{ncalls / calls:>10.1f}  {name} ({_short_path(filename)}:{line})"
            )

    by_cum = sorted(entries.items(), key=lambda item: item[1][3], reverse=True)
    show("Top 10 by cumulative time", by_cum[:10])
    show(
        "Top 10 by own time (tottime)",
        sorted(entries.items(), key=lambda item: item[1][2], reverse=True)[:10],
    )
    show(
        "Top 10 functions of iotda_client by cumulative time",
        [item for item in by_cum if "iotda_client" in item[0][0]][:10],
    )
    shares: dict[str, float] = {}
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in entries.items():
        shares[_package(filename)] = shares.get(_package(filename), 0.0) + tottime
    print("\nOwn time by package, µs per client call (share):")
    for package, seconds in sorted(shares.items(), key=lambda item: item[1], reverse=True):
        print(f"{seconds / calls * 1e6:>7.1f}  {seconds / total:>5.1%}  {package}")


def _package(filename: str) -> str:
    if filename == "~" or filename.startswith("<"):
        return "C built-ins (socket, hashing, json, str ...)"
    if "iotda_client" in filename:
        return "iotda_client"
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0]
    if "/bench/" in filename:
        return "benchmark loop"
    return "standard library (Python code)"


def _short_path(filename: str) -> str:
    for marker in ("site-packages/", "iotda-client/", "lib/python3."):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


# Fresh-process start-up snippets; each prints seconds on its last line.
_IMPORT_SNIPPET = "import time\nt = time.perf_counter()\n{stmt}\nprint(time.perf_counter() - t)\n"
_FIRST_OURS = f"""\
import time
t = time.perf_counter()
import iotda_client
client = iotda_client.Client(
    base_url="http://127.0.0.1:__PORT__",
    auth=iotda_client.HuaweiAKSKAuth({ACCESS_KEY!r}, {SECRET_KEY!r}),
    max_retries=0,
)
result = client.create_ota_module(project_id={PROJECT_ID!r}, **{BODY!r})
elapsed = time.perf_counter() - t
assert result.module_id
print(elapsed)
"""
_FIRST_SDK = f"""\
import time
t = time.perf_counter()
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkiotda.v5 import CreateOtaModule, CreateOtaModuleRequest, IoTDAClient
client = (
    IoTDAClient.new_builder()
    .with_credentials(BasicCredentials({ACCESS_KEY!r}, {SECRET_KEY!r}, {PROJECT_ID!r}))
    .with_endpoint("http://127.0.0.1:__PORT__")
    .build()
)
result = client.create_ota_module(CreateOtaModuleRequest(body=CreateOtaModule(**{BODY!r})))
elapsed = time.perf_counter() - t
assert result.module_id
print(elapsed)
"""

# ---------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------


class Unavailable(Exception):
    """A measurement that cannot be made; the message is the reason shown."""


def _env(package_root: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    if package_root is not None:
        env["PYTHONPATH"] = str(package_root)
    return env


def _installed_copy(target: Path) -> Path:
    """A copy of the generated package with its bytecode compiled, as ``pip install`` leaves it.

    Importing straight from generated/ would compile every module from source whenever
    bytecode is not written (``PYTHONDONTWRITEBYTECODE``) or the tree was just regenerated,
    while httpx, pydantic and the SDK come from site-packages with their bytecode ready.
    """
    shutil.copytree(GENERATED / "iotda_client", target / "iotda_client")
    if not compileall.compile_dir(target / "iotda_client", quiet=1):
        raise RuntimeError("could not compile the generated package")
    return target


def _run(cmd: list[str], env: dict[str, str], timeout: float = 60.0) -> str:
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, env=env, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise Unavailable(f"timed out after {timeout:.0f} s") from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        raise Unavailable(lines[-1].strip() if lines else f"exit status {done.returncode}")
    return done.stdout.strip().splitlines()[-1]


def _sdk_python() -> Path:
    """The SDK venv's interpreter, installing the SDK on first use (raises Unavailable)."""
    python = SDK_VENV / "bin" / "python"
    marker = SDK_VENV / ".bench-installed"
    if python.exists() and marker.exists():
        return python
    print(f"(installing {SDK_REQUIREMENT} into {SDK_VENV} ...)", flush=True)
    try:
        if not python.exists():
            subprocess.run(
                [sys.executable, "-m", "venv", str(SDK_VENV)],
                check=True,
                capture_output=True,
                timeout=120,
            )
        done = subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "-q",
                "--disable-pip-version-check",
                SDK_REQUIREMENT,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise Unavailable(f"cannot create {SDK_VENV}: {exc}") from None
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if "ERROR" in line]
        raise Unavailable(f"pip install {SDK_REQUIREMENT} failed: {(errors or ['?'])[-1]}")
    marker.touch()
    return python


class _Server:
    """The local server subprocess; stops when we close its stdin (or after its lifetime)."""

    def __init__(self, lifetime: float = 180.0) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), str(lifetime)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _sample(
    jobs: dict[str, tuple[list[str], dict[str, str]] | None], rounds: int, parse: Any
) -> dict[str, float | str | None]:
    """Run every job ``rounds`` times, interleaved; the median value of each, or the reason
    it failed (``None`` for jobs that are None)."""
    samples: dict[str, list[float]] = {key: [] for key in jobs}
    failed: dict[str, str] = {}
    for _ in range(rounds):
        for key, job in jobs.items():
            if job is None or key in failed:
                continue
            try:
                samples[key].append(parse(_run(*job, timeout=120)))
            except (Unavailable, ValueError, KeyError) as exc:
                failed[key] = f"n/a ({exc})"
    return {
        key: None if job is None else failed.get(key) or statistics.median(samples[key])
        for key, job in jobs.items()
    }


def _fmt_us(value: float | str) -> str:
    return value if isinstance(value, str) else f"{value:,.0f} µs"


def _fmt_ms(value: float | str) -> str:
    return value if isinstance(value, str) else f"{value * 1e3:,.1f} ms"


def _ratio(a: float | str, b: float | str) -> str:
    if isinstance(a, str) or isinstance(b, str) or not b:
        return "n/a"
    return f"{a / b:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--sdk-calls", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-sdk", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        _worker(args.worker, args.port, args.calls)
        return 0

    started = time.perf_counter()
    scratch = tempfile.TemporaryDirectory(prefix="bench-client-")
    ours_env, sdk_env = _env(_installed_copy(Path(scratch.name))), _env(None)
    source_env = {**_env(GENERATED), "PYTHONDONTWRITEBYTECODE": "1"}
    server = _Server()
    try:
        if args.profile:
            sys.dont_write_bytecode = True  # leave generated/ as it is
            sys.path.insert(0, str(GENERATED))
            _profile(server.port, args.calls)
            return 0

        sdk_python: Path | None = None
        sdk_version = "?"
        sdk_reason = "skipped (--no-sdk)"
        if not args.no_sdk:
            try:
                sdk_python = _sdk_python()
                sdk_version = _run(
                    [str(sdk_python), "-c", "import platform; print(platform.python_version())"],
                    sdk_env,
                )
            except Unavailable as exc:
                sdk_reason = str(exc)

        port = str(server.port)
        ours_python = sys.executable

        def worker_cmd(python: Path | str, kind: str, calls: int) -> list[str]:
            return [str(python), str(HERE), "--worker", kind, "--port", port, "--calls", str(calls)]

        def import_cmd(python: Path | str, stmt: str) -> list[str]:
            return [str(python), "-c", _IMPORT_SNIPPET.format(stmt=stmt)]

        # key -> (command, environment); None when the SDK is unavailable.
        Job = tuple[list[str], dict[str, str]] | None
        cpu_jobs: dict[str, Job] = {
            kind: (worker_cmd(ours_python, kind, args.calls), ours_env)
            for kind in ("httpx", "httpx-signed", "ours-noauth", "ours")
        }
        startup_jobs: dict[str, Job] = {
            "floor": (import_cmd(ours_python, "import httpx, pydantic"), ours_env),
            "floor-models": (
                import_cmd(
                    ours_python, "import httpx\nfrom pydantic import BaseModel, TypeAdapter"
                ),
                ours_env,
            ),
            "ours": (import_cmd(ours_python, "import iotda_client"), ours_env),
            "ours-source": (import_cmd(ours_python, "import iotda_client"), source_env),
            "first-ours": (
                [ours_python, "-c", _FIRST_OURS.replace("__PORT__", port)],
                ours_env,
            ),
        }
        if sdk_python is not None:
            cpu_jobs["sdk"] = (
                worker_cmd(sdk_python, "sdk", args.sdk_calls),
                sdk_env,
            )
            startup_jobs["sdk"] = (import_cmd(sdk_python, "import huaweicloudsdkiotda.v5"), sdk_env)
            startup_jobs["first-sdk"] = (
                [str(sdk_python), "-c", _FIRST_SDK.replace("__PORT__", port)],
                sdk_env,
            )
        else:
            cpu_jobs["sdk"] = startup_jobs["sdk"] = startup_jobs["first-sdk"] = None

        # Rounds interleave the variants so that a burst of load elsewhere on the machine
        # hits them alike; each value is the median over its rounds.
        cpu = _sample(cpu_jobs, args.rounds, lambda out: float(json.loads(out)["cpu_us"]))
        startup = _sample(startup_jobs, args.runs, float)
        for results in (cpu, startup):
            for key, value in results.items():
                if value is None:
                    results[key] = f"n/a ({sdk_reason})"
    finally:
        server.close()
        scratch.cleanup()

    # Report ------------------------------------------------------------------------------
    print(f"Python {platform.python_version()} ({platform.python_implementation()}), ", end="")
    print(f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs")
    if sdk_python is not None:
        print(f"SDK: {SDK_REQUIREMENT} (Python {sdk_version}, requests) in {SDK_VENV}")
    else:
        print(f"SDK: n/a ({sdk_reason})")
    print(
        f"CPU per call: median of {args.rounds} fresh worker processes, each {WARMUP} warm-up "
        f"calls then {args.calls} timed calls ({args.sdk_calls} for the SDK); client CPU only"
    )
    print(f"Start-up: median of {args.runs} fresh processes per row\n")
    rows: list[tuple[str, str, str, str]] = [
        ("CPU per call: httpx.Client.post + .json(), unsigned", _fmt_us(cpu["httpx"]), "", ""),
        ("CPU per call: httpx.Client.post + .json(), AK/SK", _fmt_us(cpu["httpx-signed"]), "", ""),
        ("CPU per call: ours, auth disabled", _fmt_us(cpu["ours-noauth"]), "", ""),
        ("CPU per call: ours, AK/SK (HuaweiAKSKAuth)", _fmt_us(cpu["ours"]), "", ""),
        ("CPU per call: official SDK, AK/SK", _fmt_us(cpu["sdk"]), "", ""),
        (
            "  ours / httpx, both AK/SK-signed",
            "",
            _ratio(cpu["ours"], cpu["httpx-signed"]),
            "<= 1.2",
        ),
        ("  ours / httpx, auth disabled", "", _ratio(cpu["ours-noauth"], cpu["httpx"]), "<= 1.2"),
        ("  ours AK/SK / httpx unsigned", "", _ratio(cpu["ours"], cpu["httpx"]), "(info)"),
        ("  ours / SDK, both AK/SK-signed", "", _ratio(cpu["ours"], cpu["sdk"]), "<= 0.6"),
    ]
    if not isinstance(cpu["ours"], str) and not isinstance(cpu["ours-noauth"], str):
        rows.append(
            (
                "  signing cost in ours (AK/SK - disabled)",
                _fmt_us(cpu["ours"] - cpu["ours-noauth"]),
                "",
                "(info)",
            )
        )
    rows += [
        ("Import: httpx + pydantic (floor)", _fmt_ms(startup["floor"]), "", ""),
        (
            "Import: httpx + pydantic BaseModel/TypeAdapter",
            _fmt_ms(startup["floor-models"]),
            "",
            "",
        ),
        (
            "Import: iotda_client (bytecode compiled, as installed)",
            _fmt_ms(startup["ours"]),
            "",
            "",
        ),
        (
            "Import: iotda_client from source (no .pyc)",
            _fmt_ms(startup["ours-source"]),
            "",
            "",
        ),
        ("Import: huaweicloudsdkiotda.v5", _fmt_ms(startup["sdk"]), "", ""),
        (
            "  ours / floor (httpx + pydantic)",
            "",
            _ratio(startup["ours"], startup["floor"]),
            "<= 1.2",
        ),
        (
            "  ours / httpx + BaseModel/TypeAdapter",
            "",
            _ratio(startup["ours"], startup["floor-models"]),
            "(info)",
        ),
        ("  ours / SDK", "", _ratio(startup["ours"], startup["sdk"]), "(info)"),
        ("First response (import+client+1 call): ours", _fmt_ms(startup["first-ours"]), "", ""),
        ("First response (import+client+1 call): SDK", _fmt_ms(startup["first-sdk"]), "", ""),
        ("  ours / SDK", "", _ratio(startup["first-ours"], startup["first-sdk"]), "<= 0.7"),
    ]
    width = max(len(row[0]) for row in rows)
    value_width = max(12, *(len(row[1]) for row in rows if not row[1].startswith("n/a")))
    print(f"{'measurement':<{width}}  {'value':>{value_width}}  {'ratio':>6}  {'target':>7}")
    print("-" * (width + value_width + 19))
    for name, value, ratio, target in rows:
        if value.startswith("n/a"):
            print(f"{name:<{width}}  {value}")
        else:
            print(f"{name:<{width}}  {value:>{value_width}}  {ratio:>6}  {target:>7}")
    print(f"\n(total benchmark time {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
