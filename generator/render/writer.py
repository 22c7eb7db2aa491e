"""Write packages without ever leaving a half-written tree behind.

Everything is rendered and formatted in a temporary directory next to the output; only
then is each package directory swapped in (old one renamed aside, new one renamed into
place, old one removed).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

from generator.diagnostics import Diagnostic, GenerationError, Level, Location
from generator.ir import Api
from generator.render.formatting import cached, check_syntax, format_tree, plan
from generator.render.package import render_api, write_files


class _Named(Protocol):
    @property
    def dist_name(self) -> str: ...


def render_tree(apis: Iterable[Api], root: Path) -> list[Path]:
    """Render and format every package under ``root``; return the package directories."""
    out = []
    sources = []
    for api in apis:
        package_dir = root / api.dist_name
        write_files(package_dir, render_api(api))
        out.append(package_dir)
        sources.append(api.source)
    formatting = plan(root)  # with an active cache (generator.cache): what it knows
    known = cached(formatting)
    for package_dir, source in zip(out, sources, strict=True):
        check_syntax(package_dir, source, known)
    format_tree(root, formatting, {d.name: src for d, src in zip(out, sources, strict=True)})
    return out


def _output_error(where: Path, message: str) -> GenerationError:
    return GenerationError([Diagnostic(Location(str(where)), Level.ERROR, "output", message)])


def check_output(apis: Iterable[_Named], outdir: Path) -> None:
    """Raise GenerationError when ``outdir`` cannot receive the packages; touch nothing."""
    try:
        _check_output(apis, outdir)
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte, a loop of links
        raise _output_error(outdir, f"unusable output directory {outdir}: {exc}") from exc


def _check_output(apis: Iterable[_Named], outdir: Path) -> None:
    """Raise GenerationError when ``outdir`` cannot receive the packages; touch nothing.

    The directory must be a writable directory, or not exist below a writable directory;
    each package's target must be a directory or absent (never a file or a link).
    """
    if outdir.exists() or outdir.is_symlink():
        if not outdir.is_dir():
            raise _output_error(outdir, f"output directory {outdir} exists and is not a directory")
        if not os.access(outdir, os.W_OK | os.X_OK):
            raise _output_error(outdir, f"output directory {outdir} is not writable")
    else:
        ancestor = outdir.absolute().parent
        while not ancestor.exists() and not ancestor.is_symlink() and ancestor != ancestor.parent:
            ancestor = ancestor.parent
        if not ancestor.is_dir():
            raise _output_error(
                outdir, f"cannot create output directory {outdir}: {ancestor} is not a directory"
            )
        if not os.access(ancestor, os.W_OK | os.X_OK):
            raise _output_error(
                outdir, f"cannot create output directory {outdir}: {ancestor} is not writable"
            )
        return
    for api in apis:
        for target in (outdir / api.dist_name, outdir / f".{api.dist_name}.old"):
            if target.is_symlink() or (target.exists() and not target.is_dir()):
                raise _output_error(
                    target,
                    f"{target} exists and is not a directory; remove it to generate "
                    f"{api.dist_name} there",
                )


def _make_dirs(outdir: Path) -> list[Path]:
    """Create ``outdir`` and missing parents; return the ones created, deepest first."""
    missing = []
    current = outdir.absolute()
    while not current.exists():
        missing.append(current)
        current = current.parent
    for directory in reversed(missing):
        directory.mkdir()
    return missing


def generate_into(apis: list[Api], outdir: Path) -> list[Path]:
    """Render ``apis`` and swap each package into ``outdir`` atomically per package.

    On any failure nothing is left behind: no staging directory, no output directory
    that was not there before, and every package that was there is unchanged.
    """
    return install(apis, outdir, lambda staging: render_tree(apis, staging))


def install(apis: Sequence[_Named], outdir: Path, fill: Callable[[Path], list[Path]]) -> list[Path]:
    """Swap the packages ``fill(staging)`` writes into a staging directory inside ``outdir``
    into place, with the guarantees of :func:`generate_into`."""
    check_output(apis, outdir)
    created: list[Path] = []
    try:
        created = _make_dirs(outdir)
        staging = Path(tempfile.mkdtemp(prefix=".generating-", dir=outdir))
    except (OSError, ValueError) as exc:
        _remove_empty(created)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise _output_error(outdir, f"cannot write to {outdir}: {reason}") from exc
    try:
        built = fill(staging)
        final = []
        for package_dir in built:
            final.append(_swap(package_dir, outdir / package_dir.name))
        return final
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        _remove_empty(created)
        if isinstance(exc, OSError):
            raise _output_error(outdir, f"cannot write to {outdir}: {exc.strerror or exc}") from exc
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(package_dir: Path, target: Path) -> Path:
    """Move ``package_dir`` to ``target``; the old ``target`` stays if anything fails."""
    backup = target.with_name(f".{target.name}.old")
    if backup.exists():
        shutil.rmtree(backup)
    moved = False
    if target.exists():
        target.rename(backup)
        moved = True
    try:
        package_dir.rename(target)
    except OSError:
        if moved:
            backup.rename(target)
        raise
    if moved:
        shutil.rmtree(backup, ignore_errors=True)
    return target


def _remove_empty(created: list[Path]) -> None:
    for directory in created:  # deepest first
        try:
            directory.rmdir()
        except OSError:
            break


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (relative POSIX path -> bytes), caches excluded."""
    files = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and ".ruff_cache" not in path.parts:
            files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files
