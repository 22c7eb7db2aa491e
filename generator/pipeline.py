"""The pipeline in one place: load -> build the IR -> render. Used by the CLI and tests."""

from __future__ import annotations

import base64
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import cache as cache_mod
from generator.diagnostics import Collector, Diagnostic, GenerationError, Level, Location

if TYPE_CHECKING:  # the stages are imported when a document is built: not for cache hits
    from generator.ir import Api


def build(
    path: Path | str, root: Path | str | None = None, *, strict: bool = False
) -> tuple[Api, list[Diagnostic]]:
    """Load and build one document; raise GenerationError on errors, return warnings.

    File refs resolve only below ``root`` (default: the working directory). With
    ``strict`` nothing is degraded: a ref that cannot be followed is an error, and so is
    every warning (a part typed as Any, a validator finding, ...)."""
    from generator.ir import build_api
    from generator.loader import load

    doc = load(path, background=True, root=root, strict=strict)
    collector = Collector()
    collector.diagnostics.extend(doc.diagnostics)
    try:
        api = build_api(doc, collector)
        doc.finish_validation(collector)
    finally:
        doc.cancel_validation()
    if strict:
        collector.diagnostics = [
            replace(d, level=Level.ERROR) if d.level is Level.WARNING else d
            for d in collector.diagnostics
        ]
    collector.raise_if_errors()
    return api, collector.diagnostics


def _build_each(
    paths: Sequence[Path | str], root: Path | str | None, strict: bool = False
) -> tuple[list[tuple[Api, list[Diagnostic]]], list[Diagnostic]]:
    """Build every document (sharing one validation worker); the errors of all of them."""
    from generator.loader.validation import close_worker

    built: list[tuple[Api, list[Diagnostic]]] = []
    errors: list[Diagnostic] = []
    try:
        for path in paths:
            try:
                built.append(build(path, root, strict=strict))
            except GenerationError as exc:
                errors.extend(exc.diagnostics)
    finally:
        close_worker()
    return built, errors


def build_all(
    paths: Sequence[Path | str], root: Path | str | None = None, *, strict: bool = False
) -> tuple[list[Api], list[Diagnostic]]:
    """Build every document first, so that one broken document means nothing is written."""
    built, errors = _build_each(paths, root, strict)
    errors.extend(_name_clashes([(api.dist_name, api.source) for api, _ in built]))
    if errors:
        raise GenerationError(errors)
    return [api for api, _ in built], [w for _, found in built for w in found]


def _name_clashes(packages: Sequence[tuple[str, str]]) -> list[Diagnostic]:
    collector = Collector()
    names: dict[str, str] = {}
    for dist_name, source in packages:
        if dist_name in names:
            collector.error(
                Location(source),
                "package-name",
                f"package {dist_name} is also produced by {names[dist_name]}",
            )
        names[dist_name] = source
    return collector.errors


@dataclass(frozen=True)
class Package:
    """One generated package: its directory name and its formatted files."""

    dist_name: str
    source: str
    files: dict[str, bytes]  # path relative to the package directory -> content


@dataclass
class Prepared:
    """A document ready to be written: from the cache (``files``) or built (``api``)."""

    dist_name: str
    source: str
    warnings: list[Diagnostic]
    files: dict[str, bytes] | None = None
    api: Api | None = None
    path: Path | None = None
    key: str | None = None  # its package entry, to store once rendered


@dataclass
class Run:
    """The documents of one ``generate``/``check`` run and the cache they share."""

    prepared: list[Prepared]
    cache: cache_mod.Cache | None
    opened: list[str]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [w for item in self.prepared for w in item.warnings]


def prepare(
    paths: Sequence[Path | str],
    root: Path | str | None = None,
    cache: cache_mod.Cache | None = None,
    *,
    strict: bool = False,
) -> Run:
    """Take each document from the cache or build it; raise GenerationError (nothing
    written) when any document fails or two produce the same package. ``strict`` builds
    every document afresh (a cached package may carry warnings that strict refuses)."""
    if strict:
        cache = None
    prepared: list[Prepared | None] = []
    misses: list[tuple[int, Path, str | None]] = []
    opened: list[str] = []
    with cache_mod.activated(cache):
        for index, path in enumerate(paths):
            key = _package_key(cache, Path(path), root) if cache is not None else None
            hit = _lookup(cache, key) if cache is not None and key is not None else None
            prepared.append(hit)
            if hit is None:
                misses.append((index, Path(path), key))
        if misses:
            with _recording_reads(opened):
                built, errors = _build_each([p for _, p, _ in misses], root, strict)
            if errors:
                raise GenerationError(errors)
            for (index, path, key), (api, found) in zip(misses, built, strict=True):
                prepared[index] = Prepared(api.dist_name, api.source, found, None, api, path, key)
    done = [item for item in prepared if item is not None]
    errors = _name_clashes([(item.dist_name, item.source) for item in done])
    if errors:
        raise GenerationError(errors)
    return Run(done, cache, opened)


def realize(run: Run, workdir: Path) -> list[Path]:
    """Write every prepared package below ``workdir`` (rendered and formatted, or from the
    cache); store the rendered ones in the cache. Returns the package directories."""
    from generator.render import render_tree, snapshot

    with cache_mod.activated(run.cache):
        for item in run.prepared:
            if item.files is not None:
                for rel, data in sorted(item.files.items()):
                    target = workdir / item.dist_name / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
        built = [item for item in run.prepared if item.api is not None]
        if built:
            render_tree([item.api for item in built if item.api is not None], workdir)
            if run.cache is not None:
                for item in built:
                    if item.key is not None and item.path is not None:
                        package = Package(
                            item.dist_name, item.source, snapshot(workdir / item.dist_name)
                        )
                        _store(run.cache, item.key, item.path, package, item.warnings, run.opened)
    return [workdir / item.dist_name for item in run.prepared]


def packages(
    paths: Sequence[Path | str],
    root: Path | str | None = None,
    cache: cache_mod.Cache | None = None,
) -> tuple[list[Package], list[Diagnostic]]:
    """Every document's package files, as ``generate`` would write them, and the warnings."""
    from generator.render import snapshot

    run = prepare(paths, root, cache)
    with tempfile.TemporaryDirectory(prefix="generator-render-") as tmp:
        dirs = realize(run, Path(tmp))
        out = [
            Package(item.dist_name, item.source, snapshot(d))
            for item, d in zip(run.prepared, dirs, strict=True)
        ]
    return out, run.warnings


# -- the whole-document cache entry ------------------------------------------------------


def _package_key(cache: cache_mod.Cache, path: Path, root: Path | str | None) -> str | None:
    """Key of a document's package: its bytes, where it is, ``--root``, its fake rules."""
    data = cache_mod.read_regular(path)
    if data is None:
        return None  # not a regular file (the loader reports it), or too large
    try:
        display = os.path.relpath(path)  # as the loader shows it (``Api.source``)
    except ValueError:  # pragma: no cover - another drive on Windows
        display = str(path)
    rules = Path(display).with_name(Path(display).name.rsplit(".", 1)[0] + ".fake.py")
    rules_hash = cache_mod.file_hash(rules) or "absent"
    where = os.path.abspath(root) if root is not None else os.getcwd()
    return cache.key("package", data, display, os.path.abspath(path), where, rules_hash)


def _lookup(cache: cache_mod.Cache, key: str) -> Prepared | None:
    entry = cache.get_json(key)
    if not isinstance(entry, dict):
        return None
    try:
        for name, expected in entry["inputs"].items():
            if cache_mod.file_hash(Path(name)) != expected:
                return None  # a file $ref target changed
        files = {rel: base64.b64decode(text) for rel, text in entry["files"].items()}
        warnings = [
            Diagnostic(
                Location(w["file"], w["pointer"], w["line"], w["column"]),
                Level(w["level"]),
                w["rule"],
                w["message"],
            )
            for w in entry["warnings"]
        ]
        prepared = Prepared(str(entry["dist_name"]), str(entry["source"]), warnings, files)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # an entry of the right format but the wrong shape: not trusted
    return prepared


def _store(
    cache: cache_mod.Cache,
    key: str,
    path: Path,
    package: Package,
    found: list[Diagnostic],
    opened: list[str],
) -> None:
    inputs: dict[str, str] = {}
    own = os.path.abspath(path)
    store = os.path.abspath(cache.directory) + os.sep
    for name in sorted(set(opened)):
        absolute = os.path.abspath(name)
        if absolute == own or _is_tool_file(absolute) or absolute.startswith(store):
            continue
        digest = cache_mod.file_hash(Path(absolute))
        if digest is None:
            return  # a file read but gone: do not cache what cannot be checked
        inputs[absolute] = digest
    cache.put_json(
        key,
        {
            "dist_name": package.dist_name,
            "source": package.source,
            "inputs": inputs,
            "files": {rel: base64.b64encode(data).decode() for rel, data in package.files.items()},
            "warnings": [
                {
                    "file": w.location.file,
                    "pointer": w.location.pointer,
                    "line": w.location.line,
                    "column": w.location.column,
                    "level": w.level.value,
                    "rule": w.rule,
                    "message": w.message,
                }
                for w in found
            ],
        },
    )


_TOOL_ROOTS = tuple(
    {os.path.abspath(p) + os.sep for p in (sys.prefix, sys.base_prefix, str(cache_mod.PACKAGE_DIR))}
)


def _is_tool_file(path: str) -> bool:
    """Files of Python, the installed tools or the generator (their hash is in every key),
    and temporary files of this run."""
    return path.startswith(_TOOL_ROOTS) or path.startswith(
        os.path.abspath(tempfile.gettempdir()) + os.sep + "generator-"
    )


class _Reads:
    log: list[str] | None = None
    hooked = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    log = _Reads.log
    if log is None or event != "open" or len(args) < 3:
        return
    path, mode, flags = args[0], args[1], args[2]
    if not isinstance(path, (str, bytes, os.PathLike)):
        return
    if isinstance(mode, str):  # open()
        reading = "r" in mode and not any(flag in mode for flag in "wax+")
    else:  # os.open()
        writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT
        reading = isinstance(flags, int) and not flags & writing
    if reading:
        log.append(os.fsdecode(path))


@contextlib.contextmanager
def _recording_reads(log: list[str]) -> Iterator[None]:
    """Record the files opened for reading meanwhile (while documents are loaded: their
    file ``$ref`` targets), so that a cached package is used only while they are unchanged."""
    if not _Reads.hooked:
        sys.addaudithook(_audit)
        _Reads.hooked = True
    previous, _Reads.log = _Reads.log, log
    try:
        yield
    finally:
        _Reads.log = previous
