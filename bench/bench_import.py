"""Import and first-call cost of generated packages, against the ``import httpx, pydantic`` floor.

Everything is measured in ONE run, interleaved, and printed as ratios; nothing here passes
or fails on speed (targets: import at most 1.2x the floor for our packages, 1.3x for the
largest corpus document; a first call adds about the cost of the models it touches).

Targets: the three packages of generated/ and corpus documents (default ``openai.yaml``
and ``stripe-2023.yaml`` from ``$OPENAPI_CORPUS``, default ../shared/corpus) generated
into a temporary directory. Each package is copied and byte-compiled first, as
``pip install`` leaves it. In fresh processes (median of ``--runs``):

- import: ``import <package>`` timed inside the process (interpreter start-up excluded),
  next to ``import httpx, pydantic`` timed the same way;
- first call: import, ``Client(...)`` over ``httpx.MockTransport`` and one call (a
  pager's first page) of the first operation, GET ones first, that answers a model
  (arguments, body and a minimal valid answer chosen beforehand in a separate process),
  with the model submodules the call loaded; ``models alone`` is the time to import just those submodules and build
  the response type's validator (after httpx, pydantic and the package are imported).

Options: ``--runs N`` (default 7), ``--corpus NAME...`` (documents of the corpus),
``--no-corpus``, ``--package DIST_DIR...`` (measure these generated package directories,
e.g. an older generation, instead of generated/).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OURS = ("iotda-client", "roma-link-client", "enos-connect-client")
DEFAULT_CORPUS = ("openai.yaml", "stripe-2023.yaml")

_IMPORT = "import time\nt = time.perf_counter()\n{stmt}\nprint(time.perf_counter() - t)\n"

# Chooses the operation of the first-call measurement (not timed); prints a JSON plan.
_PLAN = r"""
import importlib, json, sys
from pydantic import BaseModel, TypeAdapter
name = sys.argv[1]
ops = importlib.import_module(name + "._operations")
fake = importlib.import_module(name + "._fake")
CANDIDATES = ["abc", "1", 1, True]

def value_for(annotation):
    adapter = TypeAdapter(annotation)
    for candidate in CANDIDATES:
        try:
            adapter.validate_python(candidate, strict=True)
        except Exception:
            continue
        return candidate
    raise LookupError

plan = None
table = sorted(ops.OPERATIONS.items(), key=lambda item: item[1].method != "GET")
for method, op in table:
    statuses = sorted(s for s in op.responses if s[:1] == "2" and s[1:].isdigit())
    if not statuses:
        continue
    annotation = op.responses[statuses[0]].annotation
    if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
        continue
    try:
        kwargs = {p.kwarg: value_for(p.annotation) for p in op.params if p.required}
    except LookupError:
        continue
    if op.body is not None and op.body.required:
        given = op.body.annotation
        if not (isinstance(given, type) and issubclass(given, BaseModel)):
            continue
        kwargs[op.body.kwarg] = fake.minimal_body(given)
    body = fake.minimal_body(annotation)
    if op.envelope is not None and isinstance(body, dict):
        body[op.envelope.code_field] = sorted(op.envelope.success_codes)[0]
    plan = {"method": method, "kwargs": kwargs, "status": int(statuses[0]), "body": body,
            "annotation": annotation.__module__ + ":" + annotation.__qualname__}
    break
print(json.dumps(plan))
"""

_FIRST_CALL = r"""
import json, sys, time
plan = json.loads(sys.argv[1])
t = time.perf_counter()
import httpx
import {pkg} as pkg

def handler(request):
    return httpx.Response(plan["status"], json=plan["body"])

client = pkg.Client(
    base_url="https://api.invalid",
    http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    max_retries=0,
)
result = getattr(client, plan["method"])(**plan["kwargs"])
if hasattr(result, "first_page"):  # a pager sends nothing until asked
    result = result.first_page()
elapsed = time.perf_counter() - t
assert result is not None
loaded = sorted(m for m in sys.modules if m.startswith("{pkg}.models"))
print(json.dumps({{"seconds": elapsed, "modules": loaded}}))
"""

_MODELS_ALONE = r"""
import importlib, json, sys, time
import httpx, pydantic
import {pkg}
modules, annotation = json.loads(sys.argv[1]), sys.argv[2]
t = time.perf_counter()
for name in modules:
    importlib.import_module(name)
module, _, qualname = annotation.partition(":")
pydantic.TypeAdapter(getattr(importlib.import_module(module), qualname))
print(time.perf_counter() - t)
"""


def _run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: float = 600.0) -> str:
    done = subprocess.run(
        cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, check=False
    )
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        raise RuntimeError(lines[-1] if lines else f"exit status {done.returncode}")
    return done.stdout.strip().splitlines()[-1]


def _import_name(dist: Path) -> str:
    return next(d.name for d in sorted(dist.iterdir()) if (d / "__init__.py").is_file())


def _install(dist: Path, into: Path) -> tuple[str, Path]:
    """A byte-compiled copy of the package of ``dist`` below ``into``: (import name, root)."""
    name = _import_name(dist)
    root = into / dist.name
    shutil.copytree(dist / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    if not compileall.compile_dir(root / name, quiet=1):
        raise RuntimeError(f"could not compile {name}")
    return name, root


def _generate(document: Path, into: Path) -> Path:
    """Generate ``document`` below ``into``; the package's distribution directory."""
    out = into / document.stem
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "-q", str(document), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"generation of {document.name} failed: {result.stderr[-500:]}")
    return next(p for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _ms(value: float) -> str:
    return f"{value * 1e3:,.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--corpus", nargs="*", default=list(DEFAULT_CORPUS))
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--package", nargs="*", type=Path, default=None)
    args = parser.parse_args()
    corpus = Path(os.environ.get("OPENAPI_CORPUS", ROOT.parent / "shared" / "corpus"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # the copies are compiled; write nothing else
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        work = Path(tmp)
        dists: list[tuple[str, Path]] = []
        if args.package is not None:
            for number, path in enumerate(args.package, 1):
                dists.append((f"{number}:{path.name}", path.resolve()))
        else:
            dists += [(d, ROOT / "generated" / d) for d in OURS]
        if not args.no_corpus:
            for name in args.corpus:
                document = corpus / name
                if not document.is_file():
                    print(f"{name}: not in the corpus ({corpus}); skipped")
                    continue
                started = time.perf_counter()
                dists.append((name, _generate(document, work / "gen")))
                print(f"generated {name} in {time.perf_counter() - started:.0f} s", flush=True)
        targets: list[tuple[str, str, Path]] = []
        for number, (label, dist) in enumerate(dists):
            name, root = _install(dist, work / "site" / str(number))
            targets.append((label, name, root))
        plans: dict[str, Any] = {}
        for label, name, root in targets:
            plan = json.loads(_run([sys.executable, "-c", _PLAN, name], env, root))
            plans[label] = plan
        floor: list[float] = []
        # pydantic's __init__ is lazy: the floor does not load BaseModel; this row does
        floor_models: list[float] = []
        imports: dict[str, list[float]] = {label: [] for label, _, _ in targets}
        calls: dict[str, list[float]] = {label: [] for label, _, _ in targets}
        alone: dict[str, list[float]] = {label: [] for label, _, _ in targets}
        loaded: dict[str, list[str]] = {}
        for _ in range(args.runs):
            stmt = "import httpx, pydantic"
            floor.append(float(_run([sys.executable, "-c", _IMPORT.format(stmt=stmt)], env, work)))
            stmt = "import httpx\nfrom pydantic import BaseModel, TypeAdapter"
            code = _IMPORT.format(stmt=stmt)
            floor_models.append(float(_run([sys.executable, "-c", code], env, work)))
            for label, name, root in targets:
                code = _IMPORT.format(stmt=f"import {name}")
                imports[label].append(float(_run([sys.executable, "-c", code], env, root)))
                plan = plans[label]
                if plan is None:
                    continue
                code = _FIRST_CALL.format(pkg=name)
                out = json.loads(_run([sys.executable, "-c", code, json.dumps(plan)], env, root))
                calls[label].append(out["seconds"])
                loaded[label] = out["modules"]
                code = _MODELS_ALONE.format(pkg=name)
                modules = json.dumps([m for m in out["modules"] if m != f"{name}.models"])
                alone[label].append(
                    float(
                        _run([sys.executable, "-c", code, modules, plan["annotation"]], env, root)
                    )
                )
        base = _median(floor)
        print(f"\nImport and first call, median of {args.runs} fresh processes (same run)")
        print(f"floor: import httpx, pydantic  {_ms(base)}")
        with_models = _median(floor_models)
        print(
            f"import httpx; from pydantic import BaseModel, TypeAdapter  {_ms(with_models)}"
            f"  ({with_models / base:.2f}x the floor)"
        )
        print(
            f"{'package':<22}{'import':>11}{'/floor':>8}{'first call':>13}{'/floor':>8}"
            f"{'call extra':>12}{'models alone':>14}  {'models loaded':<14} operation"
        )
        for label, name, root in targets:
            imp = _median(imports[label])
            models_dir = root / name / "models"
            total = len(list(models_dir.glob("*.py"))) - 1 if models_dir.is_dir() else 0
            plan = plans[label]
            if plan is None or not calls[label]:
                print(f"{label[-22:]:<22}{_ms(imp):>11}{imp / base:>8.2f}  (no operation to call)")
                continue
            call = _median(calls[label])
            count = len([m for m in loaded[label] if m != f"{name}.models"])
            print(
                f"{label[-22:]:<22}{_ms(imp):>11}{imp / base:>8.2f}{_ms(call):>13}{call / base:>8.2f}"
                f"{_ms(call - imp):>12}{_ms(_median(alone[label])):>14}  "
                f"{f'{count} of {total}':<14} {plan['method']}"
            )
        print(
            "\n/floor: ratio to the floor; call extra: first call minus import; models alone:"
            " importing the model submodules the call loaded and building its response"
            " validator. Benchmarks on a shared machine are noisy: compare ratios of one run."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
