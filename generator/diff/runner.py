"""``python -m generator diff``: compare revisions, place each change, gate on the version.

Exit status: 0 nothing breaking, or breaking with the major bump it needs; 1 breaking
changes without a major bump of ``info.x-python-package.version``; 2 unusable input.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
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
        return load(revision.path, validate=False, positions=positions)
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


def _facts_of(path: str) -> ApiFacts | None:
    """Worker: the facts of one revision (None when it cannot be loaded; main reports it)."""
    try:
        doc = load(path, validate=False)
        return build_facts(doc)[1]
    except GenerationError:
        return None


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
    pending: Future[ApiFacts | None] | None = None
    pool: ProcessPoolExecutor | None = None
    if old.path.is_file() and old.path.stat().st_size >= PARALLEL_BYTES:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        pending = pool.submit(_facts_of, str(old.path))
    try:
        old_doc = _load(old, positions=False)
        new_doc = _load(new, positions=True)
        changes = Changes()
        HttpDiff(old_doc, new_doc, changes).run()
        new_facts = build_facts(new_doc)[1]
        old_facts = pending.result() if pending is not None else None
        if old_facts is None:
            old_facts = build_facts(old_doc)[1]
        compare(old_facts, new_facts, changes)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
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
    entries_ptrs = [c.pointer for c in changes] + [VERSION_POINTER]
    positions = new.positions
    located = positions.locate_many(entries_ptrs) if positions is not None else {}
    for c in changes:
        line, column = located.get(c.pointer, (1, 1))
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
    for old, new in pairs:
        try:
            outcomes.append(diff_pair(old, new))
        except GenerationError as exc:
            failed.extend(exc.diagnostics)
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
