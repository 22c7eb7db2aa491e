"""Shared fixtures: paths of the repository and a helper to generate into a temp dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
GENERATED = ROOT / "generated"

# The generation cache of a test session is its own (never the user's, never a previous run's).
if "GENERATOR_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["GENERATOR_CACHE_DIR"] = tempfile.mkdtemp(prefix="generator-test-cache-")

# Deterministic, bounded property tests in CI; `make test-deep` raises the counts.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "60")),
)
settings.register_profile(
    "deep",
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "1000")),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def run_generator(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="session")
def spec_files() -> list[Path]:
    return sorted(p for p in SPEC_DIR.glob("*.yaml") if not p.name.startswith("."))


def models_source(import_dir: Path) -> str:
    """The source of a generated package's models: every module of ``models/`` (the
    package splits them into submodules loaded on first access), in name order."""
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((import_dir / "models").glob("*.py"))
    )
