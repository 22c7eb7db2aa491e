"""Every ```python block of the top-level README and of every package README runs as
written, offline: real transports are disabled, so a block that would reach the network
fails (calls must go through the block's own httpx.MockTransport)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GENERATED, ROOT

# The shipped packages. (The golden trees' READMEs are fixtures of generic documents whose
# examples carry no example values, so they are compared byte for byte, not run.)
PACKAGE_ROOTS = sorted(p for p in GENERATED.iterdir() if p.is_dir())

# Runs in a fresh interpreter: argv[1] = README path, argv[2:] = sys.path entries.
RUNNER = r"""
import contextlib, io, json, re, sys, traceback
import httpx

def _offline(*args, **kwargs):
    raise RuntimeError("README example tried to use the network")

httpx.HTTPTransport.handle_request = _offline
httpx.AsyncHTTPTransport.handle_async_request = _offline
sys.path[:0] = sys.argv[2:]
text = open(sys.argv[1], encoding="utf-8").read()
results = []
for code in re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL):
    out = io.StringIO()
    error = None
    try:
        with contextlib.redirect_stdout(out):
            import logging
            for handler in logging.root.handlers[:]:
                logging.root.removeHandler(handler)
            exec(compile(code, "<readme>", "exec"), {"__name__": "__main__"})
    except BaseException:
        error = traceback.format_exc()
    results.append({"code": code, "stdout": out.getvalue(), "error": error})
print(json.dumps(results))
"""


def _run_readme(readme: Path, *paths: Path) -> list[dict[str, str | None]]:
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(readme), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    results: list[dict[str, str | None]] = json.loads(result.stdout.splitlines()[-1])
    return results


def _assert_all_ran(results: list[dict[str, str | None]]) -> None:
    assert results, "no python example"
    for number, item in enumerate(results, 1):
        assert item["error"] is None, f"example {number}:\n{item['code']}\n{item['error']}"
        assert str(item["stdout"]).strip(), f"example {number} printed nothing:\n{item['code']}"


@pytest.mark.parametrize("root", PACKAGE_ROOTS, ids=lambda p: p.name)
def test_every_package_readme_example_runs(root: Path) -> None:
    _assert_all_ran(_run_readme(root / "README.md", root))


def test_every_top_level_readme_example_runs() -> None:
    _assert_all_ran(_run_readme(ROOT / "README.md", *sorted(GENERATED.iterdir())))


def test_vendor_readmes_cover_the_required_topics() -> None:
    topics = [
        "## Install",
        "## Authentication",
        "## Client-level defaults",
        "## Per-call options",
        "## Errors",
        "## Retries and timeouts",
        "## Raw responses",
        "## Logging",
        "## Absent fields",
    ]
    for root in sorted(GENERATED.iterdir()):
        text = (root / "README.md").read_text(encoding="utf-8")
        missing = [topic for topic in topics if topic not in text]
        assert not missing, f"{root.name}: {missing}"
        # every auth class the package exports has an example
        init = (root / root.name.replace("-", "_") / "__init__.py").read_text(encoding="utf-8")
        for auth in re.findall(r"\b(\w+Auth)\b", init):
            assert f".{auth}(" in text, f"{root.name}: no example of {auth}"
    enos = (GENERATED / "enos-connect-client" / "README.md").read_text(encoding="utf-8")
    assert "except enos_connect_client.DeviceKeyExistsError" in enos
