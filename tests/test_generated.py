"""The committed output is fresh, deterministic, type-checks and lints clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.render import snapshot
from tests.conftest import GENERATED, ROOT, run_generator


def test_generated_equals_fresh_generation() -> None:
    result = run_generator("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_output_is_byte_identical_across_runs_and_hash_seeds(
    tmp_path: Path, spec_files: list[Path]
) -> None:
    specs = [str(p.relative_to(ROOT)) for p in spec_files] + ["tests/golden/specs/naming.yaml"]
    trees = []
    for seed in ("0", "12345"):
        out = tmp_path / seed
        result = run_generator(
            "generate", "--no-cache", "-q", *specs, "-o", str(out), env={"PYTHONHASHSEED": seed}
        )
        assert result.returncode == 0, result.stderr
        trees.append(snapshot(out))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 30


def _package_roots() -> list[Path]:
    golden = sorted((ROOT / "tests/golden/expected").glob("[!.]*/[!.]*"))
    ours = sorted(p for p in GENERATED.iterdir() if p.is_dir() and not p.name.startswith("."))
    return ours + [p for p in golden if p.is_dir()]


def test_mypy_strict_on_generated_packages() -> None:
    roots = _package_roots()
    assert len(roots) == 21  # 3 generated packages + 18 golden trees: none may go unchecked
    for root in roots:
        (package,) = [d for d in root.iterdir() if (d / "__init__.py").exists()]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--config-file",
                "/dev/null",
                "--no-incremental",
                "--cache-dir",
                "/dev/null",
                "--python-version",
                "3.10",
                package.name,
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=root,
        )
        assert result.returncode == 0, (
            f"{root.name}: {result.stdout[-4000:]}{result.stderr[-2000:]}"
        )


def test_ruff_check_on_generated_packages() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--isolated",
            "--select",
            "E,F,W,I,UP,B",
            "--ignore",
            "E501",
            "--target-version",
            "py310",
            str(GENERATED),
            str(ROOT / "tests/golden/expected"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]


@pytest.mark.parametrize("package", _package_roots(), ids=lambda p: p.name)
def test_every_generated_module_imports_without_running_spec_text(package: Path) -> None:
    """Import every module; the adversarial spec's text (``raise SystemExit(...)``,
    ``__import__("os")``, Jinja delimiters) must stay inert."""
    import_dir = next(d for d in package.iterdir() if d.is_dir() and (d / "__init__.py").exists())
    modules = sorted(m.stem for m in import_dir.glob("*.py") if m.stem != "__init__")
    code = (
        f"import importlib, {import_dir.name}\n"
        + "".join(f"importlib.import_module('{import_dir.name}.{m}')\n" for m in modules)
        + "print('imported')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=package, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported"
