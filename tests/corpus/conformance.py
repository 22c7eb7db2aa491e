"""Property harness over every corpus document: per-document conformance table.

    python tests/corpus/conformance.py [--budget ci|full] [--jobs N] [--only STEM ...]

For each document of ``$OPENAPI_CORPUS`` (default ``../shared/corpus``) the package is
generated into ``--packages`` (or reused from there when ``tests/corpus`` already generated
it), then one child process per document imports it, binds every operation to its client
method through the package's ``_operations.py`` table and runs, per operation:

* request direction: coverage-phase cases, the document's examples, positive and negative
  fuzzing; the oracle decides validity (valid: exactly the request the case describes is
  sent and passes the strict oracle; invalid: refused before sending);
* response direction: a body drawn for every documented status is parsed (2xx: the model
  round-trips; errors: the status' exception class) and a real-world mutation of each JSON
  2xx body (off-schema within JSON types) parses without an error.

An operation *passes* when something was judged and nothing failed, *fails* on the first
problem (its reason is kept), and is *skipped* when no check could be expressed (reason
kept). A child that dies, or a document over its time cap, keeps what it finished; the
operations not reached are skipped with reason ``time cap``.

Exit status 1 when a document fails: its harness crashed, it has operations but none was
tested, or its pass rate (passed / tested) is below its floor in
``tests/corpus/conformance_floors.json`` (default: the goal, 95%). The table is printed and
written to ``<out>/conformance.md`` and ``<out>/conformance.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PROPERTY_DIR = ROOT / "tests" / "property"
FLOORS = Path(__file__).with_name("conformance_floors.json")
GOAL = 0.95

#: Budgets: examples drawn per strategy, coverage cases per operation, operations per
#: document (a fixed sample: the first in the order of a hash of their ids, so that a
#: budget run judges the same operations on every machine), time cap per
#: document (seconds for its operations, after loading), and the allowance for loading
#: (the hard limit of a child is time cap + setup). The CI budget keeps the whole corpus
#: near 10 minutes on 2 cores with --jobs 2 (27 documents).
BUDGETS: dict[str, dict[str, int]] = {
    "ci": {"examples": 3, "coverage": 40, "max_ops": 8, "time_cap": 90, "setup": 300},
    "full": {
        "examples": 25,
        "coverage": 100_000,
        "max_ops": 100_000,
        "time_cap": 3600,
        "setup": 600,
    },
}


def corpus_dir() -> Path:
    return Path(os.environ.get("OPENAPI_CORPUS", ROOT.parent / "shared" / "corpus"))


def documents(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.glob("*") if p.suffix in (".yaml", ".yml", ".json"))


# --------------------------------------------------------------------------------------
# Child: one document
# --------------------------------------------------------------------------------------


def _normalise(message: str) -> str:
    """A problem message as a reason to group by: quoted values, numbers and long
    literals replaced, first line only, bounded length."""
    text = message.splitlines()[0] if message else ""
    oracle_error = re.search(r"invalid input \[[\"'](.*?)[\"'][,\]]", text)
    if oracle_error:  # the first oracle error names the rule the client did not enforce
        text = "invalid input not rejected: " + oracle_error.group(1)
    text = re.sub(
        r"^(invalid input not rejected: )?(path|query|header|cookie) [^:]+: ", r"\1\2: ", text
    )
    text = re.sub(r"^(invalid input not rejected: |\w+: )?body [^:]*: ", r"\1body: ", text)
    text = text.replace("<root>: ", "")
    text = re.sub(r"'(?:[^'\\]|\\.){25,}'", "'…'", text)
    text = re.sub(r'"(?:[^"\\]|\\.){25,}"', '"…"', text)
    text = re.sub(r"\b\d+(\.\d+)?\b", "N", text)
    for _ in range(10):  # nested literals, innermost first
        collapsed = re.sub(r"\{[^{}]*\}", "…", re.sub(r"\[[^\[\]]*\]", "…", text))
        if collapsed == text:
            break
        text = collapsed
    # jsonschema messages start with the instance: "<value> is not of type 'object'"
    text = re.sub(
        r"^(.*: )?(.+?) (is not|is too|does not|is a required|is less|"
        r"is greater|should be|is valid|has non-unique|is expected)",
        r"\1… \3",
        text,
    )
    return text[:110]


#: Reasons that match a client/generator defect already known and being fixed elsewhere
#: (issue 13's list): the table tags them, so that new defects stand out.
KNOWN_DEFECTS: tuple[tuple[str, str], ...] = (
    (r"is not a '(uuid|date-time|email|date|uri)'", "format not checked"),
    (r"Additional properties are not allowed", "additionalProperties: false"),
    (r"does not have enough properties|should be non-empty", "minProperties"),
    (r"invalid input not rejected: .*None is not of type", "None accepted for non-nullable"),
    (r"UnicodeDecodeError", "format: binary in JSON"),
    (
        r"Input should be an object|returned <class '(NoneType|bool|int|float|str|list)'> not",
        "properties without type",
    ),
    (r"round trip: served '.*', client dumps '\"", "NEW: JSON string response returned undecoded"),
    (r"is not a <class.*whole-number floats", "NEW: error body with a whole float for an integer"),
)


def known_defect(reason: str) -> str | None:
    for pattern, label in KNOWN_DEFECTS:
        if re.search(pattern, reason):
            return label
    return None


class _Op:
    """What happened to one operation."""

    def __init__(self, op_id: str) -> None:
        self.op_id = op_id
        self.judged = 0
        self.skips: Counter[str] = Counter()
        self.problem: tuple[str, str, str] | None = None  # (check, message, case)
        self.started = time.monotonic()

    def fail(self, check: str, message: str, case: str = "") -> None:
        if self.problem is None:
            self.problem = (check, message, case)

    def record(self) -> dict[str, Any]:
        if self.problem is not None:
            check, message, case = self.problem
            verdict, reason = "failed", f"{check}: {_normalise(message)}"
            label = known_defect(message)
            if label is not None:
                reason = f"[{label}] {reason}"
            detail = f"{message[:600]} | case: {case[:400]}"
        elif self.judged:
            verdict, reason, detail = "passed", "", ""
        else:
            verdict = "skipped"
            reason = self.skips.most_common(1)[0][0] if self.skips else "nothing to judge"
            detail = ""
        return {
            "operation": self.op_id,
            "verdict": verdict,
            "reason": reason,
            "detail": detail,
            "judged": self.judged,
            "skips": dict(self.skips),
            "seconds": round(time.monotonic() - self.started, 2),
        }


def _draw(strategy: Any, count: int) -> list[Any]:
    """Up to ``count`` values of ``strategy`` (deterministic, no shrinking, no database)."""
    from hypothesis import HealthCheck, Phase, given, settings

    found: list[Any] = []

    @settings(
        database=None,
        derandomize=True,
        deadline=None,
        max_examples=count,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: Any) -> None:
        found.append(value)

    collect()
    return found


def _generation_error(exc: BaseException) -> bool:
    """Errors meaning "schemathesis / hypothesis cannot generate this" (not a harness bug)."""
    from hypothesis.errors import HypothesisException

    module = type(exc).__module__ or ""
    return isinstance(exc, (HypothesisException, RecursionError)) or module.startswith(
        ("schemathesis", "hypothesis_jsonschema", "jsonschema_rs", "re")
    )


def _request_side(op: Any, result: _Op, examples: int) -> None:
    from harness import cases as harness_cases
    from harness import client_check
    from schemathesis import GenerationMode

    def judge(label: str, drawn: Any) -> None:
        for case in drawn:
            verdict = client_check.check_case(op, case)
            if verdict.kind == "skipped":
                result.skips[f"request: {verdict.reason}"] += 1
                continue
            result.judged += 1
            if verdict.problems:
                result.fail(f"request/{label}", verdict.problems[0], client_check.describe(case))

    sources: list[tuple[str, Any]] = [
        ("coverage", lambda: harness_cases.coverage_cases(op)),
        ("examples", lambda: _examples(op, examples)),
        (
            "positive",
            lambda: _draw(
                op.st_operation.as_strategy(generation_mode=GenerationMode.POSITIVE), examples
            ),
        ),
        (
            "negative",
            lambda: _draw(
                op.st_operation.as_strategy(generation_mode=GenerationMode.NEGATIVE), examples
            ),
        ),
    ]
    for label, source in sources:
        try:
            drawn = source()
        except Exception as exc:
            if not _generation_error(exc):
                result.fail(f"harness/{label}", f"{type(exc).__name__}: {exc}")
                continue
            result.skips[f"request/{label}: cannot generate ({type(exc).__name__})"] += 1
            continue
        try:
            judge(label, drawn)
        except Exception as exc:
            if _generation_error(exc):  # e.g. no success body can be drawn to answer with
                result.skips[f"request/{label}: cannot generate ({type(exc).__name__})"] += 1
                continue
            result.fail(
                f"harness/{label}", f"{type(exc).__name__}: {exc}", traceback.format_exc(limit=3)
            )


def _examples(op: Any, count: int) -> list[Any]:
    from hypothesis import strategies as st

    strategies = op.spec.schema.get_strategies_from_examples(op.st_operation)
    if not strategies:
        return []
    return _draw(st.one_of(*strategies), count)


def _response_side(op: Any, result: _Op, examples: int) -> None:
    from harness import client_check, mutate, respgen
    from harness.specs import concrete_statuses, documented_statuses

    try:
        client_check.baseline_kwargs(op)
    except Exception as exc:
        result.skips[f"response: no valid call to serve responses to ({type(exc).__name__})"] += 1
        return
    for status in documented_statuses(op):
        codes = concrete_statuses(op, status)[:1] if not status.isdigit() else [int(status)]
        if not codes:
            result.skips["response: no concrete status for the key"] += 1
            continue
        code = codes[0]
        try:
            strategy = respgen.body_strategy(op, status)
            bodies = [client_check.MISSING] if strategy is None else _draw(strategy, examples)
        except Exception as exc:
            if not _generation_error(exc):
                result.fail("harness/response", f"{type(exc).__name__}: {exc}")
            else:
                result.skips[f"response: cannot generate a body ({type(exc).__name__})"] += 1
            continue
        schema = respgen.response_schema(op, status)
        for body in bodies:
            try:
                problems = client_check.check_response(op, status, body, code=code)
            except Exception as exc:
                result.fail(
                    "harness/response",
                    f"{type(exc).__name__}: {exc}",
                    traceback.format_exc(limit=3),
                )
                break
            result.judged += 1
            if problems:
                result.fail(f"response/{status}", problems[0], repr(body)[:300])
                break
            if schema is None or not (200 <= code < 300) or client_check.envelope_spec(op):
                continue
            try:
                _real_world(op, status, code, schema, body, result, mutate, client_check)
            except Exception as exc:
                if _generation_error(exc):
                    result.skips["response/real-world: cannot mutate"] += 1
                else:
                    result.fail("harness/real-world", f"{type(exc).__name__}: {exc}")


def _real_world(
    op: Any,
    status: str,
    code: int,
    schema: Any,
    body: Any,
    result: _Op,
    mutate: Any,
    client_check: Any,
) -> None:
    """An off-schema (within JSON types) variant of a valid 2xx body parses all the same."""
    import copy

    from hypothesis.errors import HypothesisException

    try:
        (mutation,) = _draw(mutate.mutated(op, schema, copy.deepcopy(body)), 1)
    except (HypothesisException, ValueError):
        result.skips["response/real-world: nothing to mutate"] += 1
        return
    served = client_check.Served(code, mutation.body)
    call = client_check.call_client(op, client_check.baseline_kwargs(op), served)
    result.judged += 1
    labels = [site.label for site in mutation.applied]
    if call.error is not None:
        result.fail(f"real-world/{status}", f"off-schema body raised {call.error!r}", str(labels))
        return
    problems = client_check.success_problems(op, status, mutation.body, call.result, "json", schema)
    if problems:
        result.fail(f"real-world/{status}", problems[0], str(labels))


def run_child(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(PROPERTY_DIR))
    from harness import cases as harness_cases
    from harness import specs

    out = Path(args.results)
    start = time.monotonic()

    def emit(record: dict[str, Any]) -> None:
        with out.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")

    package_root = Path(args.package_dir)
    (import_dir,) = [p.parent for p in package_root.glob("*/_operations.py")]
    stem = Path(args.document).stem
    target = specs.register(
        specs.SpecTarget(f"corpus-{stem}", Path(args.document), package_root, import_dir.name)
    )
    harness_cases.COVERAGE_LIMIT = args.coverage
    info = specs.load(target.name)
    ops = sorted(info.ops.values(), key=lambda op: hashlib.sha1(op.id.encode()).hexdigest())
    emit(
        {
            "kind": "document",
            "operations": len(info.ops) + len(info.unbound),
            "setup_seconds": round(time.monotonic() - start, 1),
        }
    )
    for label, reason in info.unbound.items():
        emit({"operation": label, "verdict": "skipped", "reason": f"binding: {reason}"})
    deadline = time.monotonic() + args.time_cap  # the cap is for operations, after setup
    for index, op in enumerate(ops):
        if index >= args.max_ops:
            emit(
                {
                    "operation": op.id,
                    "verdict": "skipped",
                    "reason": f"not sampled (budget: {args.max_ops} operations per document)",
                }
            )
            continue
        if time.monotonic() > deadline:
            emit({"operation": op.id, "verdict": "skipped", "reason": "time cap"})
            continue
        result = _Op(op.id)
        _request_side(op, result, args.examples)
        _response_side(op, result, args.examples)
        emit(result.record())
    emit({"kind": "done", "seconds": round(time.monotonic() - start, 1)})
    return 0


# --------------------------------------------------------------------------------------
# Parent: every document, the table
# --------------------------------------------------------------------------------------


@dataclass
class DocResult:
    name: str
    operations: int = 0
    tested: int = 0
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    crashed: str = ""
    seconds: float = 0.0
    floor: float = GOAL
    fail_reasons: Counter[str] | None = None
    skip_reasons: Counter[str] | None = None
    failures: list[dict[str, Any]] | None = None

    @property
    def rate(self) -> float:
        return self.passed / self.tested if self.tested else 0.0

    @property
    def ok(self) -> bool:
        if self.crashed:
            return False
        if self.operations and not self.tested:
            return False
        return not self.tested or self.rate + 1e-9 >= self.floor


def _package_dir(document: Path, packages: Path) -> tuple[Path | None, str]:
    """The generated package of ``document`` (reused when present), or an error text."""
    target = packages / document.stem
    if list(target.glob("*/*/_operations.py")):
        (dist,) = [p.parent.parent for p in target.glob("*/*/_operations.py")]
        return dist, ""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(document), "-o", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return None, f"generation failed: {done.stderr.strip().splitlines()[-1:]}"
    found = [p.parent.parent for p in target.glob("*/*/_operations.py")]
    if len(found) != 1:
        return None, f"generation produced {len(found)} packages"
    return found[0], ""


def run_document(document: Path, args: argparse.Namespace, floors: dict[str, float]) -> DocResult:
    budget = BUDGETS[args.budget]
    result = DocResult(document.name, floor=floors.get(document.name, GOAL))
    start = time.monotonic()
    dist, error = _package_dir(document, Path(args.packages))
    if dist is None:
        result.crashed = error
        return result
    results = Path(args.out) / "results" / f"{document.stem}.jsonl"
    results.parent.mkdir(parents=True, exist_ok=True)
    results.unlink(missing_ok=True)
    time_cap = args.time_cap if args.time_cap is not None else budget["time_cap"]
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(document),
        "--package-dir",
        str(dist),
        "--results",
        str(results),
        "--examples",
        str(args.examples or budget["examples"]),
        "--coverage",
        str(budget["coverage"]),
        "--max-ops",
        str(budget["max_ops"]),
        "--time-cap",
        str(time_cap),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    child = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _, stderr = child.communicate(timeout=time_cap + budget["setup"])
    except subprocess.TimeoutExpired:
        child.kill()
        _, stderr = child.communicate()
        result.crashed = f"child over its hard limit ({time_cap + budget['setup']} s)"
    records = (
        [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
        if results.exists()
        else []
    )
    if not result.crashed and child.returncode != 0:
        last = (stderr or "").strip().splitlines()[-1:] or ["no output"]
        result.crashed = f"harness crashed (exit {child.returncode}): {last[0][:200]}"
    elif not result.crashed and not any(r.get("kind") == "done" for r in records):
        result.crashed = "harness stopped before the end"
    result.seconds = round(time.monotonic() - start, 1)
    _tally(result, records)
    return result


def _tally(result: DocResult, records: list[dict[str, Any]]) -> None:
    result.fail_reasons, result.skip_reasons, result.failures = Counter(), Counter(), []
    seen = 0
    for record in records:
        if record.get("kind") == "document":
            result.operations = record["operations"]
            continue
        if "verdict" not in record:
            continue
        seen += 1
        verdict = record["verdict"]
        if verdict == "skipped":
            result.skipped += 1
            result.skip_reasons[record["reason"]] += 1
            continue
        result.tested += 1
        if verdict == "passed":
            result.passed += 1
        else:
            result.failed += 1
            result.fail_reasons[record["reason"]] += 1
            result.failures.append(record)
    if result.operations > seen:  # the child died: the rest was never reached
        missing = result.operations - seen
        result.skipped += missing
        result.skip_reasons["not reached (harness stopped)"] += missing


def _reasons(counter: Counter[str] | None, top: int) -> str:
    if not counter:
        return ""
    return "; ".join(f"{n} x {reason}" for reason, n in counter.most_common(top))


def render(results: list[DocResult], args: argparse.Namespace, wall: float) -> str:
    lines = [
        f"# Corpus conformance ({args.budget} budget, wall {wall:.0f} s)",
        "",
        "| document | ops | tested | passed | failed | skipped | pass rate | floor | status | s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        status = "ok" if r.ok else ("CRASH" if r.crashed else "FAIL")
        lines.append(
            f"| {r.name} | {r.operations} | {r.tested} | {r.passed} | {r.failed} | {r.skipped} "
            f"| {r.rate:.0%} | {r.floor:.0%} | {status} | {r.seconds:.0f} |"
        )
    total_tested = sum(r.tested for r in results)
    total_passed = sum(r.passed for r in results)
    lines += [
        "",
        f"Total: {total_passed}/{total_tested} tested operations passed; "
        f"{sum(1 for r in results if r.ok)}/{len(results)} documents ok; "
        f"{sum(1 for r in results if r.tested and r.rate >= GOAL)} at the {GOAL:.0%} goal.",
        "",
        "## Reasons per document",
        "",
    ]
    for r in results:
        if r.crashed:
            lines.append(f"- **{r.name}** crashed: {r.crashed}")
        if r.fail_reasons:
            lines.append(f"- **{r.name}** failed: {_reasons(r.fail_reasons, 6)}")
        if r.skip_reasons:
            lines.append(f"- **{r.name}** skipped: {_reasons(r.skip_reasons, 4)}")
    return "\n".join(lines) + "\n"


def run_parent(args: argparse.Namespace) -> int:
    corpus = corpus_dir()
    docs = documents(corpus) if corpus.is_dir() else []
    if args.only:
        docs = [d for d in docs if d.stem in args.only or d.name in args.only]
    if not docs:
        print(f"conformance: no corpus documents at {corpus} (set OPENAPI_CORPUS)", file=sys.stderr)
        return 2
    floors = (
        json.loads(FLOORS.read_text(encoding="utf-8")).get("floors", {}) if FLOORS.exists() else {}
    )
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    Path(args.packages).mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda d: run_document(d, args, floors), docs))
    wall = time.monotonic() - start
    text = render(results, args, wall)
    print(text)
    (out / "conformance.md").write_text(text, encoding="utf-8")
    report = {
        "budget": args.budget,
        "wall_seconds": round(wall, 1),
        "documents": [
            {
                "document": r.name,
                "operations": r.operations,
                "tested": r.tested,
                "passed": r.passed,
                "failed": r.failed,
                "skipped": r.skipped,
                "pass_rate": round(r.rate, 4),
                "floor": r.floor,
                "ok": r.ok,
                "crashed": r.crashed,
                "seconds": r.seconds,
                "fail_reasons": dict(r.fail_reasons or {}),
                "skip_reasons": dict(r.skip_reasons or {}),
                "failures": r.failures,
            }
            for r in results
        ],
    }
    (out / "conformance.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    if args.record_floors:
        record_floors(results)
    print(f"report: {out / 'conformance.md'}, {out / 'conformance.json'}")
    return 0 if all(r.ok for r in results) else 1


def record_floors(results: list[DocResult]) -> None:
    """Write the measured pass rates as floors, one operation of tolerance each (a ratchet:
    a document may not fall further below the goal than it is today; raise them as
    defects get fixed, never lower them without a reason)."""
    floors: dict[str, float] = {}
    for r in results:
        if r.tested and r.rate < GOAL:
            floors[r.name] = round(max(r.passed - 1, 0) / r.tested, 3)
    data = {
        "comment": (
            "Pass-rate floors per corpus document for `make test-corpus` (CI budget), "
            "measured by `tests/corpus/conformance.py --record-floors` with one operation "
            "of tolerance; documents not listed must reach the goal (0.95)."
        ),
        "floors": dict(sorted(floors.items())),
    }
    FLOORS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"floors written to {FLOORS}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget", choices=sorted(BUDGETS), default="ci")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--out", default=str(ROOT / "build" / "corpus"))
    parser.add_argument("--packages", default=str(ROOT / "build" / "corpus" / "packages"))
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--time-cap", type=float, default=None)
    parser.add_argument("--record-floors", action="store_true", help="write the measured floors")
    # child mode (one document)
    parser.add_argument("--child")
    parser.add_argument("--package-dir")
    parser.add_argument("--results")
    parser.add_argument("--coverage", type=int, default=40)
    parser.add_argument("--max-ops", type=int, default=100_000)
    args = parser.parse_args(argv)
    if args.child:
        args.document = args.child
        return run_child(args)
    return run_parent(args)


if __name__ == "__main__":
    sys.exit(main())
