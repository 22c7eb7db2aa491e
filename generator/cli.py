"""Command line: ``python -m generator generate|check|lint|diff``.

Exit status: 0 success, 1 findings (lint), stale output (check) or breaking changes without
a major version bump (diff), 2 unusable input.
File ``$ref`` values resolve only to regular files below ``--root`` (default: the working
directory); nothing is ever fetched from a URL.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.diagnostics import GenerationError
from generator.report import FORMATS

if TYPE_CHECKING:
    from generator.cache import Cache

DEFAULT_SPEC_DIR = Path("spec")
DEFAULT_OUT = Path("generated")


def _spec_files(spec_dir: Path) -> list[Path]:
    return sorted(p for p in spec_dir.glob("*.yaml") if not p.name.startswith("."))


def _report(diagnostics: Sequence[object], quiet: bool = False) -> None:
    if quiet:
        return
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)


def _cache(args: argparse.Namespace) -> Cache | None:
    from generator.cache import Cache, default_dir

    if args.no_cache:
        return None
    return Cache(Path(args.cache_dir) if args.cache_dir else default_dir())


def cmd_generate(args: argparse.Namespace) -> int:
    from generator.pipeline import prepare, realize
    from generator.render.writer import install

    specs = [Path(p) for p in args.specs] or _spec_files(DEFAULT_SPEC_DIR)
    try:
        run = prepare(specs, args.root, _cache(args), strict=args.strict)
        _report(run.warnings, args.quiet)
        written = install(run.prepared, Path(args.output), lambda staging: realize(run, staging))
    except GenerationError as exc:
        _report(exc.diagnostics)
        print(
            f"generation failed: {len(exc.diagnostics)} error(s); nothing written", file=sys.stderr
        )
        return 2
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from generator.pipeline import packages
    from generator.render import snapshot

    specs = [Path(p) for p in args.specs] or _spec_files(DEFAULT_SPEC_DIR)
    out = Path(args.output)
    try:
        apis, _ = packages(specs, args.root, _cache(args))
    except GenerationError as exc:
        _report(exc.diagnostics)
        return 2
    fresh = {f"{api.dist_name}/{rel}": data for api in apis for rel, data in api.files.items()}
    current: dict[str, bytes] = {}
    for api in apis:
        package = out / api.dist_name
        current.update(
            {f"{api.dist_name}/{k}": v for k, v in snapshot(package).items()}
            if package.exists()
            else {}
        )
    stale = sorted(
        name for name in set(fresh) | set(current) if fresh.get(name) != current.get(name)
    )
    if not stale:
        print(f"{out}/ is up to date ({len(fresh)} files)")
        return 0
    print(
        f"{out}/ is stale: {len(stale)} file(s) differ from a fresh generation; run `make generate`"
    )
    for name in stale[:20]:
        if name not in current:
            print(f"  missing  {name}")
        elif name not in fresh:
            print(f"  extra    {name}")
        else:
            diff = difflib.unified_diff(
                current[name].decode("utf-8", "replace").splitlines(),
                fresh[name].decode("utf-8", "replace").splitlines(),
                f"{out}/{name}",
                "fresh",
                lineterm="",
                n=1,
            )
            print(f"  changed  {name}")
            for line in list(diff)[:12]:
                print(f"    {line}")
    return 1


def cmd_lint(args: argparse.Namespace) -> int:
    from generator.lint import lint_paths

    specs = [Path(p) for p in args.specs] or _spec_files(DEFAULT_SPEC_DIR)
    return lint_paths(specs, sys.stdout, args.format, root=args.root)


def cmd_diff(args: argparse.Namespace) -> int:
    from generator.diff import Revision, base_pairs, run

    if args.base is not None:
        if args.old is not None and args.new is not None:
            print("diff: give OLD NEW or --base REV, not both", file=sys.stderr)
            return 2
        spec_dir = Path(args.old) if args.old is not None else DEFAULT_SPEC_DIR
        with tempfile.TemporaryDirectory(prefix="generator-diff-") as tmp:
            try:
                pairs = base_pairs(args.base, spec_dir, Path(tmp))
            except (ValueError, OSError, subprocess.CalledProcessError) as exc:
                print(f"{spec_dir}: cannot read revision {args.base}: {exc}", file=sys.stderr)
                return 2
            return run(pairs, sys.stdout, args.format)
    if args.old is None or args.new is None:
        print("diff: give OLD NEW, or --base REV [SPEC_DIR]", file=sys.stderr)
        return 2
    pair = (Revision(Path(args.old), args.old), Revision(Path(args.new), args.new))
    return run([pair], sys.stdout, args.format)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate one package per document")
    gen.add_argument("specs", nargs="*", help="OpenAPI documents (default: spec/*.yaml)")
    gen.add_argument("-o", "--output", default=str(DEFAULT_OUT), help="output directory")
    gen.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
    gen.add_argument(
        "--strict",
        action="store_true",
        help="refuse a document instead of degrading a part of it (every warning is an error)",
    )
    gen.set_defaults(func=cmd_generate)
    check = sub.add_parser("check", help="fail when the output directory is stale")
    check.add_argument("specs", nargs="*")
    check.add_argument("-o", "--output", default=str(DEFAULT_OUT))
    check.set_defaults(func=cmd_check)
    lint = sub.add_parser("lint", help="lint OpenAPI documents with the project's rules")
    lint.add_argument("specs", nargs="*")
    lint.add_argument("--format", choices=FORMATS, default="text", help="output format")
    lint.set_defaults(func=cmd_lint)
    diff = sub.add_parser("diff", help="breaking changes between two revisions of documents")
    diff.add_argument("old", nargs="?", help="old document (with --base: the spec directory)")
    diff.add_argument("new", nargs="?", help="new document")
    diff.add_argument("--base", metavar="REV", help="compare spec/ with its version at git REV")
    diff.add_argument("--format", choices=FORMATS, default="text", help="output format")
    diff.set_defaults(func=cmd_diff)
    for command in (gen, check):
        command.add_argument(
            "--no-cache",
            action="store_true",
            help="neither read nor write the generation cache",
        )
        command.add_argument(
            "--cache-dir",
            default=None,
            help="cache directory (default: $GENERATOR_CACHE_DIR, else "
            "$XDG_CACHE_HOME/iot-openapi-generator or ~/.cache/iot-openapi-generator)",
        )
    for command in (gen, check, lint):
        command.add_argument(
            "--root",
            default=None,
            help="directory file $refs must stay below (default: the working directory)",
        )
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # any text a document holds can be printed
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return int(args.func(args))
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    except MemoryError:
        print("error: out of memory; the document is too large to process", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug must still end in a message, not a traceback
        message = " ".join(f"{type(exc).__name__}: {exc}".split())[:500]
        print(
            f"internal error (a bug in the generator; please report it): {message}",
            file=sys.stderr,
        )
        return 2
