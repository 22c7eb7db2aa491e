"""Format generated Python with ruff, using configuration the generator owns."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from generator.diagnostics import Diagnostic, GenerationError, Level, Location

RUFF_CONFIG = Path(__file__).resolve().parent / "ruff.toml"
#: The files ruff finds in a directory and formats (Python, and the code blocks of Markdown).
FORMATTED = frozenset({".py", ".pyi", ".md"})


def _ruff() -> list[str]:
    """The ruff binary of the installed ruff package (no Python start-up in between)."""
    try:
        from ruff.__main__ import find_ruff_bin

        return [str(find_ruff_bin())]
    except (ImportError, FileNotFoundError):  # pragma: no cover - unusual installs
        return [sys.executable, "-m", "ruff"]


def check_syntax(package_dir: Path, source: str, skip: frozenset[Path] = frozenset()) -> None:
    """Raise a located GenerationError when a generated module is not valid Python.

    Spec text reaches code only through the naming module and Python literals, so this
    should never fire; if it does, the document is named instead of ruff's traceback-like
    parse error on a temporary path.
    """
    for path in sorted(package_dir.rglob("*.py")):
        if path in skip:  # formatted from the cache: checked when it was stored
            continue
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


#: Module path -> (cache key, the formatted module when cached); see :func:`plan`.
Plan = dict[Path, tuple[str, bytes | None]]


def plan(root: Path) -> Plan:
    """What the active cache already knows of formatting the modules below ``root``."""
    from generator import cache as cache_mod

    store = cache_mod.active()
    if store is None:
        return {}
    config = RUFF_CONFIG.read_bytes()
    out: Plan = {}
    for path in sorted(p for p in root.rglob("*") if p.suffix in FORMATTED and p.is_file()):
        rel = path.relative_to(root).as_posix()
        key = store.key("ruff", config, os.getcwd(), rel, path.read_bytes())
        out[path] = (key, store.get(key))
    return out


def cached(formatting: Plan) -> frozenset[Path]:
    return frozenset(path for path, (_, text) in formatting.items() if text is not None)


def format_tree(
    root: Path, formatting: Plan | None = None, sources: dict[str, str] | None = None
) -> None:
    """Fix imports and format every Python file below ``root`` in place.

    With a ``formatting`` plan, modules the cache knows are written from it and ruff
    runs only on the others, whose results are then stored. A failure names the document
    of the package it is in (``sources``: package directory name -> document)."""
    targets = [str(root)]
    if formatting:
        for path, (_, text) in formatting.items():
            if text is not None:
                path.write_bytes(text)
        targets = [str(path) for path, (_, text) in formatting.items() if text is None]
        if not targets:
            return
    base = [*_ruff()]
    common = ["--config", str(RUFF_CONFIG), "--no-cache"]
    for args in (
        ["check", "--fix-only", "--exit-zero", *common, *targets],
        ["format", *common, *targets],
    ):
        result = subprocess.run([*base, *args], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            shown = (result.stderr or result.stdout).replace(str(root), "")
            where = next(
                (src for name, src in (sources or {}).items() if f"/{name}/" in shown), str(root)
            )
            raise GenerationError(
                [
                    Diagnostic(
                        Location(where),
                        Level.ERROR,
                        "format",
                        "ruff failed on generated code: " + shown.strip()[:2000],
                    )
                ]
            )
    if formatting:
        from generator import cache as cache_mod

        store = cache_mod.active()
        if store is not None:
            for path, (key, text) in formatting.items():
                if text is None:
                    store.put(key, path.read_bytes())
