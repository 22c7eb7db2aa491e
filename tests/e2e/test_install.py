"""Build each generated package into a wheel, install it into a fresh virtual environment
with only its declared dependencies, and run every README example there (the fast,
in-tree variant is tests/functional/test_readme_examples.py)."""

from __future__ import annotations

import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import GENERATED

PACKAGES = sorted(p for p in GENERATED.iterdir() if p.is_dir())
pytestmark = pytest.mark.e2e


def _run(*cmd: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd], capture_output=True, text=True, check=False, cwd=cwd
    )


@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_wheel_installs_and_readme_examples_run(package: Path, tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--disable-pip-version-check",
        "-q",
        "-w",
        wheels,
        package,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(wheels.glob("*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    installed = _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel)
    assert installed.returncode == 0, installed.stderr
    frozen = _run(python, "-m", "pip", "freeze").stdout.lower()
    names = {line.split("==")[0] for line in frozen.splitlines() if "==" in line}
    assert {"httpx", "pydantic"} <= names
    assert not names & {"datamodel-code-generator", "jinja2", "ruff", "schemathesis"}
    readme = (package / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert examples, "the README has no example"
    # Every example runs as written in a clean environment (calls go to MockTransport).
    for code in examples:
        result = _run(python, "-c", code, cwd=tmp_path)
        assert result.returncode == 0, f"{code}\n{result.stderr}"
        assert result.stdout.strip(), "the example printed nothing"
