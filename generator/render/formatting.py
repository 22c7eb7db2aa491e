"""Format generated Python with ruff, using configuration the generator owns."""

from __future__ import annotations

import ast
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


def check_syntax(package_dir: Path, source: str) -> None:
    """Raise a located GenerationError when a generated module is not valid Python.

    Spec text reaches code only through the naming module and Python literals, so this
    should never fire; if it does, the document is named instead of ruff's traceback-like
    parse error on a temporary path.
    """
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir).as_posix()
        try:
            ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        except SyntaxError as exc:
            problem = f"{exc.msg} at line {exc.lineno}"
        except (RecursionError, MemoryError, ValueError) as exc:
            problem = type(exc).__name__
        else:
            continue
        raise GenerationError(
            [
                Diagnostic(
                    Location(source),
                    Level.ERROR,
                    "generated-code",
                    f"the generated {package_dir.name}/{rel} is not valid Python ({problem}); "
                    "a name or value of the document could not be made into code",
                )
            ]
        )


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
                        + (result.stderr or result.stdout).replace(str(root), "").strip()[:2000],
                    )
                ]
            )
