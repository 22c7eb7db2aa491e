"""Golden tests: each small spec in specs/ generates exactly the tree in expected/.

Refresh after an intended change with `make golden-refresh` (GOLDEN_REFRESH=1).
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_generator

HERE = Path(__file__).resolve().parent
SPECS = sorted((HERE / "specs").glob("*.yaml"))
EXPECTED = HERE / "expected"


def _tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_golden(spec: Path, tmp_path: Path) -> None:
    result = run_generator("generate", "-q", str(spec.relative_to(ROOT)), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    actual = _tree(tmp_path)
    expected_dir = EXPECTED / spec.stem
    if os.environ.get("GOLDEN_REFRESH"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(tmp_path, expected_dir, ignore=shutil.ignore_patterns("__pycache__"))
        return
    expected = _tree(expected_dir)
    if actual != expected:
        lines: list[str] = []
        for name in sorted(set(actual) | set(expected)):
            if actual.get(name) != expected.get(name):
                lines.extend(
                    difflib.unified_diff(
                        expected.get(name, "").splitlines(),
                        actual.get(name, "").splitlines(),
                        f"expected/{name}",
                        f"actual/{name}",
                        lineterm="",
                    )
                )
        pytest.fail(
            "golden tree differs (run `make golden-refresh` if intended):\n"
            + "\n".join(lines[:200])
        )
