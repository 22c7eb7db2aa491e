"""``python -m generator diff``: compare revisions, place each change, gate on the version.

Exit status: 0 nothing breaking, or breaking with the major bump it needs; 1 breaking
changes without a major bump of ``info.x-python-package.version``; 2 unusable input.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TextIO

from generator.diagnostics import Diagnostic, GenerationError
from generator.diff.changes import Change, Changes
from generator.diff.http import HttpDiff
from generator.diff.python import ApiFacts, build_facts, compare
from generator.diff.rules import BREAKING, BUMP_ORDER, MAJOR, PATCH, RULES, SARIF_LEVELS
from generator.loader import Document, load
from generator.report import Entry, RuleInfo, write

EXIT_OK, EXIT_BREAKING, EXIT_UNUSABLE = 0, 1, 2
#: Documents at least this large have their old revision built in a second process.
PARALLEL_BYTES = 256 * 1024
VERSION_POINTER = "/info/x-python-package/version"


@dataclass(frozen=True)
class Revision:
    path: Path | None  # None: the document does not exist in this revision
    name: str  # how messages name it (``spec/x.yaml`` or ``REV:spec/x.yaml``)


@dataclass
class Outcome:
    file: str
    changes: list[Change]
    entries: list[Entry] = field(default_factory=list)
    breaking: bool = False
    needed: str = PATCH
    verdict: str = ""
    ok: bool = True


def _load(revision: Revision, positions: bool) -> Document:
    assert revision.path is not None
    try:
        return load(revision.path, validate=False, strict=True, positions=positions)
    except GenerationError as exc:
        raise GenerationError(_rename(exc.diagnostics, revision)) from None


def _rename(diagnostics: Sequence[Diagnostic], revision: Revision) -> list[Diagnostic]:
    from dataclasses import replace

    from generator.loader.document import display_name

    assert revision.path is not None
    shown = display_name(revision.path)
    return [
        replace(d, location=replace(d.location, file=revision.name))
        if d.location.file == shown
        else d
        for d in diagnostics
    ]


def _old_worker(path: str, conn: Connection) -> None:
    """Worker: load the old revision, send it, then send the facts of its Python API."""
    try:
        try:
            doc = load(path, validate=False, strict=True)
        except GenerationError as exc:
            conn.send(("error", list(exc.diagnostics)))
            return
        conn.send(("doc", doc))
        conn.send(("facts", build_facts(doc)[1]))
    except Exception as exc:  # the main process builds the facts itself then
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class _OldRevision:
    """The old revision loaded (and its facts built) in a forked worker, when possible."""

    def __init__(self, revision: Revision) -> None:
        self.revision = revision
        self.process: multiprocessing.process.BaseProcess | None = None
        path = revision.path
        assert path is not None
        forkable = "fork" in multiprocessing.get_all_start_methods()
        if forkable and path.is_file() and path.stat().st_size >= PARALLEL_BYTES:
            context = multiprocessing.get_context("fork")
            self.conn, child = context.Pipe(duplex=False)
            self.process = context.Process(target=_old_worker, args=(str(path), child))
            self.process.start()
            child.close()

    def _receive(self) -> tuple[str, Any]:
        try:
            return self.conn.recv()  # type: ignore[no-any-return]
        except EOFError:
            return ("failed", "worker ended")

    def document(self) -> Document:
        if self.process is None:
            return _load(self.revision, positions=False)
        kind, value = self._receive()
        if kind == "error":
            raise GenerationError(_rename(value, self.revision))
        if kind != "doc":
            self.process = None
            return _load(self.revision, positions=False)
        doc: Document = value
        return doc

    def facts(self, doc: Document) -> ApiFacts:
        if self.process is not None:
            kind, value = self._receive()
            if kind == "facts":
                return value  # type: ignore[no-any-return]
        return build_facts(doc)[1]

    def close(self) -> None:
        if self.process is not None:
            self.process.join(timeout=5)
            if self.process.is_alive():  # pragma: no cover - only when the main side failed
                self.process.kill()
                self.process.join()
            self.conn.close()


def _version(doc: Document) -> str | None:
    info = doc.data.get("info")
    ext = info.get("x-python-package") if isinstance(info, dict) else None
    value = ext.get("version") if isinstance(ext, dict) else None
    return (
        str(value).strip() if isinstance(value, str | int | float) and str(value).strip() else None
    )


def parse_version(text: str | None) -> tuple[int, int, int]:
    """``MAJOR.MINOR.PATCH`` of a version string (a leading ``v`` and suffixes ignored)."""
    if not text:
        return (0, 0, 0)
    match = re.match(r"v?(\d+)(?:\.(\d+))?(?:\.(\d+))?", text.strip())
    if not match:
        return (0, 0, 0)
    return (int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0))


def _needed(changes: Sequence[Change]) -> str:
    needed = PATCH
    for change in changes:
        if BUMP_ORDER[change.spec.bump] > BUMP_ORDER[needed]:
            needed = change.spec.bump
    return needed


def diff_documents(old: Document, new: Document, old_facts: ApiFacts | None = None) -> list[Change]:
    """Every change from ``old`` to ``new``, both layers, sorted by pointer."""
    changes = Changes()
    HttpDiff(old, new, changes).run()
    if old_facts is None:
        old_facts = build_facts(old)[1]
    compare(old_facts, build_facts(new)[1], changes)
    return changes.sorted()


def diff_pair(old: Revision, new: Revision) -> Outcome:
    """Compare two revisions of one document; raise GenerationError when one is unusable."""
    if new.path is None:
        assert old.path is not None
        doc = _load(old, positions=True)
        change = Change("", "document-removed", f"{old.name} was removed (its package goes away)")
        return _judge(old.name, [change], doc, doc)
    if old.path is None:
        doc = _load(new, positions=True)
        change = Change("", "document-added", f"new document {new.name}")
        return _judge(new.name, [change], None, doc)
    worker = _OldRevision(old)
    try:
        new_doc = _load(new, positions=True)
        old_doc = worker.document()
        changes = Changes()
        HttpDiff(old_doc, new_doc, changes).run()
        new_facts = build_facts(new_doc)[1]
        compare(worker.facts(old_doc), new_facts, changes)
    finally:
        worker.close()
    return _judge(new.name, changes.sorted(), old_doc, new_doc)


def _judge(file: str, changes: list[Change], old: Document | None, new: Document) -> Outcome:
    outcome = Outcome(file, changes)
    outcome.breaking = any(c.level == BREAKING for c in changes)
    outcome.needed = _needed(changes)
    old_text = _version(old) if old is not None else None
    new_text = _version(new)
    old_v, new_v = parse_version(old_text), parse_version(new_text)
    shown_old = old_text or "not set (taken as 0.0.0)"
    shown_new = new_text or "not set (taken as 0.0.0)"
    # a removed node's pointer may name another node of the new revision (the next list
    # item): it is placed at its parent, which is where the removal shows
    places = {
        c: c.pointer.rsplit("/", 1)[0] if c.rule.endswith("-removed") else c.pointer
        for c in changes
    }
    positions = new.positions
    wanted = [*places.values(), VERSION_POINTER]
    located = positions.locate_many(wanted) if positions is not None else {}
    for c in changes:
        line, column = located.get(places[c], (1, 1))
        outcome.entries.append(
            Entry(
                file,
                line,
                column,
                c.pointer,
                c.rule,
                SARIF_LEVELS[c.level],
                c.message,
                c.level,
                (("layer", c.spec.layer), ("bump", c.spec.bump)),
            )
        )
    if outcome.breaking and old is new:  # the document was removed: nothing left to bump
        outcome.ok = False
        outcome.verdict = "the document was removed: breaking for every user of its package"
    elif outcome.breaking and old is not None:
        if new_v[0] > old_v[0]:
            outcome.verdict = (
                f"breaking changes; x-python-package.version {shown_old} -> {shown_new} "
                "carries the major bump they need"
            )
        else:
            target = f"{old_v[0] + 1}.0.0"
            outcome.ok = False
            outcome.verdict = (
                f"breaking changes need a major version bump: x-python-package.version "
                f"{shown_old} -> {shown_new}; set it to {target} or higher"
            )
            line, column = located.get(VERSION_POINTER, (1, 1))
            outcome.entries.append(
                Entry(
                    file,
                    line,
                    column,
                    VERSION_POINTER,
                    "version-bump",
                    "error",
                    outcome.verdict,
                    BREAKING,
                    (("layer", "document"), ("bump", MAJOR)),
                )
            )
    elif changes and old is not None:
        outcome.verdict = (
            f"no breaking change; suggested bump: {outcome.needed} "
            f"(x-python-package.version {shown_old} -> {shown_new})"
        )
    return outcome


# -- revisions from git ----------------------------------------------------------------------
def _git(args: list[str], cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ValueError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout


def base_pairs(rev: str, spec_dir: Path, scratch: Path) -> list[tuple[Revision, Revision]]:
    """Pairs (old from ``rev``, new from the work tree) for every document in ``spec_dir``.

    The whole directory of ``rev`` is written under ``scratch`` so that relative ``$ref``s
    between files of the old revision still resolve.
    """
    spec_dir = spec_dir.resolve()
    top = Path(_git(["rev-parse", "--show-toplevel"], spec_dir).strip())
    rel = spec_dir.relative_to(top).as_posix()
    _git(["rev-parse", "--verify", "--quiet", rev + "^{commit}"], top)
    listed = _git(["ls-tree", "-r", "--name-only", rev, "--", rel], top).splitlines()
    for name in listed:
        data = subprocess.run(
            ["git", "show", f"{rev}:{name}"], cwd=top, capture_output=True, check=True
        ).stdout
        target = scratch / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    old_docs = {
        Path(n).name for n in listed if Path(n).parent.as_posix() == rel and _is_doc(Path(n).name)
    }
    new_docs = {p.name for p in spec_dir.iterdir() if p.is_file() and _is_doc(p.name)}
    shown = os.path.relpath(spec_dir)
    pairs = []
    for name in sorted(old_docs | new_docs):
        old = Revision(scratch / rel / name if name in old_docs else None, f"{rev}:{rel}/{name}")
        new = Revision(spec_dir / name if name in new_docs else None, os.path.join(shown, name))
        pairs.append((old, new))
    return pairs


def _is_doc(name: str) -> bool:
    return name.endswith((".yaml", ".yml", ".json")) and not name.startswith(".")


# -- the command -----------------------------------------------------------------------------
def run(
    pairs: Sequence[tuple[Revision, Revision]],
    out: TextIO,
    fmt: str = "text",
    err: TextIO | None = None,
) -> int:
    err = err if err is not None else sys.stderr
    outcomes: list[Outcome] = []
    failed: list[Diagnostic] = []
    # The documents are large trees of acyclic dicts and lists that reference counting
    # frees; the cyclic collector would rescan them on every allocation burst (60% of the
    # run time on a 4 MB document), so it is paused while the documents are compared.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for old, new in pairs:
            try:
                outcomes.append(diff_pair(old, new))
            except GenerationError as exc:
                failed.extend(exc.diagnostics)
    finally:
        if collecting:
            gc.enable()
    if failed:
        for diagnostic in failed:
            print(diagnostic, file=err)
        print(f"diff failed: {len(failed)} error(s) in the input", file=err)
        return EXIT_UNUSABLE
    entries = [e for o in outcomes for e in o.entries]
    rules = [RuleInfo(r.id, r.summary, SARIF_LEVELS[r.level]) for r in RULES.values()]
    summary: dict[str, Any] = {
        "documents": [
            {
                "file": o.file,
                "changes": len(o.changes),
                "breaking": o.breaking,
                "needed_bump": o.needed if o.changes else None,
                "version_ok": o.ok,
                "verdict": o.verdict,
            }
            for o in outcomes
        ],
        "exit": EXIT_OK if all(o.ok for o in outcomes) else EXIT_BREAKING,
    }
    write(out, fmt, entries, tool="generator-diff", rules=rules, summary=summary)
    for o in outcomes:
        if o.verdict:
            print(f"{o.file}: {o.verdict}", file=err)
    return EXIT_OK if all(o.ok for o in outcomes) else EXIT_BREAKING
