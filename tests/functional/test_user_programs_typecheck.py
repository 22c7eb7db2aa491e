"""mypy --strict over small user programs written against the committed packages.

The programs in ``user_programs/`` read optional response fields, compare open enums,
build models by attribute name and handle envelope and HTTP errors as a downstream team
would; they must type-check cleanly. ``wrong_uses.py`` holds uses the types must refuse
(an open enum read without narrowing, an optional field used as a plain value, a field
given the wrong type): each marked line must be reported, and nothing else.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GENERATED

PROGRAMS = Path(__file__).resolve().parent / "user_programs"
PACKAGES = ("iotda-client", "enos-connect-client", "roma-link-client")


def _mypy(*files: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(GENERATED / p) for p in PACKAGES)}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            os.devnull,
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "--python-version",
            "3.10",
            *(str(f) for f in files),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=PROGRAMS,
        env=env,
    )


def test_user_programs_type_check_strictly() -> None:
    programs = sorted(p for p in PROGRAMS.glob("*.py") if p.name != "wrong_uses.py")
    assert len(programs) >= 3
    result = _mypy(*programs)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_types_refuse_what_they_do_not_promise() -> None:
    program = PROGRAMS / "wrong_uses.py"
    expected = {
        number
        for number, line in enumerate(program.read_text().splitlines(), start=1)
        if "# error:" in line
    }
    result = _mypy(program)
    reported = {
        int(match.group(1)) for match in re.finditer(r"wrong_uses\.py:(\d+): error", result.stdout)
    }
    assert expected and reported == expected, result.stdout


@pytest.mark.parametrize("program", ["roma_read_product.py", "enos_create_device.py"])
def test_user_programs_run(program: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(GENERATED / p) for p in PACKAGES)}
    result = subprocess.run(
        [sys.executable, str(PROGRAMS / program)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip()
