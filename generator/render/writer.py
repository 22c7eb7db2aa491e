"""Write packages without ever leaving a half-written tree behind.

Everything is rendered and formatted in a temporary directory next to the output; only
then is each package directory swapped in (old one renamed aside, new one renamed into
place, old one removed).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from generator.ir import Api
from generator.render.formatting import format_tree
from generator.render.package import render_api, write_files


def render_tree(apis: Iterable[Api], root: Path) -> list[Path]:
    """Render and format every package under ``root``; return the package directories."""
    out = []
    for api in apis:
        package_dir = root / api.dist_name
        write_files(package_dir, render_api(api))
        out.append(package_dir)
    format_tree(root)
    return out


def generate_into(apis: list[Api], outdir: Path) -> list[Path]:
    """Render ``apis`` and swap each package into ``outdir`` atomically per package."""
    outdir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".generating-", dir=outdir))
    try:
        built = render_tree(apis, staging)
        final = []
        for package_dir in built:
            target = outdir / package_dir.name
            backup = outdir / f".{package_dir.name}.old"
            if backup.exists():
                shutil.rmtree(backup)
            if target.exists():
                target.rename(backup)
            package_dir.rename(target)
            if backup.exists():
                shutil.rmtree(backup)
            final.append(target)
        return final
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (relative POSIX path -> bytes), caches excluded."""
    files = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and ".ruff_cache" not in path.parts:
            files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files
