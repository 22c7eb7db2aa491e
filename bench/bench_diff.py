"""`diff` on two revisions of the largest corpus document, against one `lint` of it.

The new revision is the old one with edits a real pull request makes (an operation
removed, an operationId renamed, a required query parameter added, a schema property
retyped, a maxLength lowered), written as YAML next to a temporary copy. Prints the best
wall time of BENCH_REPEAT runs (default 3) of each command and the ratio diff / lint
(target: under 2.0). Set OPENAPI_CORPUS to use another corpus directory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("OPENAPI_CORPUS", ROOT.parent / "shared" / "corpus"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
METHODS = ("get", "put", "post", "delete", "patch")


def _edit(data: dict[str, Any]) -> list[str]:
    """Apply a handful of breaking edits in place; return what was done."""
    done: list[str] = []
    ops = [
        (path, method, item[method])
        for path, item in data.get("paths", {}).items()
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict)
    ]
    path, method, _ = ops[len(ops) // 3]
    del data["paths"][path][method]
    done.append(f"removed {method.upper()} {path}")
    _, _, op = ops[len(ops) // 2]
    if isinstance(op.get("operationId"), str):
        op["operationId"] += "Renamed"
        done.append(f"renamed operationId {op['operationId']}")
    path, method, op = ops[2 * len(ops) // 3]
    op.setdefault("parameters", []).append(
        {"name": "bench_required", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    done.append(f"required query parameter on {method.upper()} {path}")
    schemas = data.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        props = schema.get("properties") if isinstance(schema, dict) else None
        if isinstance(props, dict):
            for prop_name, prop in props.items():
                if isinstance(prop, dict) and prop.get("type") == "string" and "maxLength" in prop:
                    prop["maxLength"] = max(1, int(prop["maxLength"]) // 2)
                    done.append(f"halved maxLength of {name}.{prop_name}")
                    break
                if isinstance(prop, dict) and prop.get("type") == "string":
                    prop["type"] = "integer"
                    done.append(f"retyped {name}.{prop_name} as integer")
                    break
        if len(done) >= 6:
            break
    return done


def _best(cmd: list[str]) -> tuple[float, int]:
    best, code = float("inf"), 0
    for _ in range(REPEAT):
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
        code = done.returncode
    return best, code


def main() -> int:
    docs = sorted(
        (p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".json")),
        key=lambda p: p.stat().st_size,
    )
    if not docs:
        print(f"no corpus documents under {CORPUS}; set OPENAPI_CORPUS", file=sys.stderr)
        return 0
    largest = docs[-1]
    text = largest.read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    data = yaml.load(text, Loader=loader)
    edits = _edit(data)
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-diff-") as tmp:
        old = Path(tmp) / f"old-{largest.stem}.yaml"
        new = Path(tmp) / f"new-{largest.stem}.yaml"
        old.write_text(text, encoding="utf-8")
        new.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True))
        lint_s, _ = _best([python, "-m", "generator", "lint", str(old)])
        diff_s, code = _best([python, "-m", "generator", "diff", str(old), str(new)])
        found = subprocess.run(
            [python, "-m", "generator", "diff", str(old), str(new)],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        ).stdout.splitlines()
    size = largest.stat().st_size / 1e6
    print(f"document: {largest.name} ({size:.1f} MB); edits: {'; '.join(edits)}")
    print(f"{'command':<8} {'best of ' + str(REPEAT) + ' (s)':>16}")
    print(f"{'lint':<8} {lint_s:>16.2f}")
    print(f"{'diff':<8} {diff_s:>16.2f}   exit {code}, {len(found)} change line(s)")
    print(f"ratio diff / lint: {diff_s / lint_s:.2f} (target < 2.00)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
