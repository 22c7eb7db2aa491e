"""Format generated Python with ruff, using configuration the generator owns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.diagnostics import Diagnostic, GenerationError, Level, Location

RUFF_CONFIG = Path(__file__).resolve().parent / "ruff.toml"


def _ruff() -> list[str]:
    """The ruff binary of the installed ruff package (no Python start-up in between)."""
    try:
        from ruff.__main__ import find_ruff_bin

        return [str(find_ruff_bin())]
    except (ImportError, FileNotFoundError):  # pragma: no cover - unusual installs
        return [sys.executable, "-m", "ruff"]


def format_tree(root: Path) -> None:
    """Fix imports and format every Python file below ``root`` in place."""
    base = [*_ruff()]
    common = ["--config", str(RUFF_CONFIG), "--no-cache"]
    for args in (
        ["check", "--fix-only", "--exit-zero", *common, str(root)],
        ["format", *common, str(root)],
    ):
        result = subprocess.run([*base, *args], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GenerationError(
                [
                    Diagnostic(
                        Location(str(root)),
                        Level.ERROR,
                        "format",
                        "ruff failed on generated code: "
                        + (result.stderr or result.stdout).strip()[:2000],
                    )
                ]
            )
