"""The generation cache: cold, unchanged and after a one-field edit, as ratios of cold.

For the project documents (together) and the large corpus documents named in
BENCH_CACHE_DOCS (default ``openai.yaml``), in one fresh cache directory per document:

- cold: first run, empty cache (includes writing the cache);
- unchanged: the same command again;
- edit op: one operation's ``summary`` changed (the models' input is unchanged);
- edit schema: one property's ``description`` changed in a component schema (the
  datamodel-code-generator stage misses; validation, formatting of other modules hit).

YAML documents are edited as text, JSON documents through their data; every timing is
one run. Output is checked byte for byte against ``--no-cache`` after each edit.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("OPENAPI_CORPUS", ROOT.parent / "shared" / "corpus"))
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


def _run(ws: Path, docs: list[str], cache: Path | None, out: str = "out") -> float:
    args = ["--no-cache"] if cache is None else ["--cache-dir", str(cache)]
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "-q", *docs, "-o", out, *args],
        cwd=ws,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _edit_op(data: dict[str, Any]) -> bool:
    for item in (data.get("paths") or {}).values():
        for method in METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                op["summary"] = str(op.get("summary", "")) + " (edited)"
                return True
    return False


def _edit_schema(data: dict[str, Any]) -> bool:
    for schema in ((data.get("components") or {}).get("schemas") or {}).values():
        props = schema.get("properties") if isinstance(schema, dict) else None
        if isinstance(props, dict):
            for prop in props.values():
                if isinstance(prop, dict) and "$ref" not in prop:
                    prop["description"] = str(prop.get("description", "")) + " (edited)"
                    return True
    return False


def _spec_edit(ws: Path, docs: list[str], kind: str) -> None:
    """One-field edits of a YAML project document, as text: the first one-line ``summary``
    (``op``) or the first one-line ``description`` below ``components:`` (``schema``)."""
    path = ws / docs[0]
    text = path.read_text(encoding="utf-8")
    start = text.index("\ncomponents:") if kind == "schema" else 0
    key = "summary" if kind == "op" else "description"
    found = re.compile(rf"^ +{key}: [^|>'\"\n][^\n]*$", re.MULTILINE).search(text, start)
    assert found is not None, f"no one-line {key} in {path.name}"
    end = found.end()
    path.write_text(text[:end] + " (edited)" + text[end:], encoding="utf-8")


def _row(label: str, ws: Path, docs: list[str], edit: Any) -> None:
    cache = ws / ".cache-bench"
    cold = _run(ws, docs, cache)
    unchanged = _run(ws, docs, cache)
    times = {}
    for kind in ("op", "schema"):
        edit(kind)
        times[kind] = _run(ws, docs, cache)
        _run(ws, docs, None, "plain")
        same = _tree(ws / "out") == _tree(ws / "plain")
        if not same:
            print(f"{label}: output with the cache differs from --no-cache after edit {kind}!")
    print(
        f"{label:<30} {cold:>8.2f} {unchanged:>9.2f} {unchanged / cold:>6.3f} "
        f"{times['op']:>8.2f} {times['op'] / cold:>6.3f} "
        f"{times['schema']:>8.2f} {times['schema'] / cold:>6.3f}",
        flush=True,
    )


def main() -> int:
    print(
        f"{'document':<30} {'cold (s)':>8} {'same (s)':>9} {'ratio':>6} "
        f"{'op (s)':>8} {'ratio':>6} {'schema(s)':>8} {'ratio':>6}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp)
        names = []
        for spec in sorted((ROOT / "spec").iterdir()):
            if spec.suffix in (".yaml", ".py") and not spec.name.startswith("."):
                shutil.copy(spec, ws / spec.name)
                if spec.suffix == ".yaml":
                    names.append(spec.name)
        _row("project documents (together)", ws, names, lambda kind: _spec_edit(ws, names, kind))
    wanted = os.environ.get("BENCH_CACHE_DOCS", "openai.yaml").split(",")
    for name in [n for n in wanted if n]:
        source = CORPUS / name
        if not source.is_file():
            print(f"{name}: not in {CORPUS}")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            ws = Path(tmp)
            doc = ws / source.name
            shutil.copy(source, doc)
            if source.suffix == ".json":
                data = json.loads(doc.read_text(encoding="utf-8"))

                def edit(kind: str, doc: Path = doc, data: dict[str, Any] = data) -> None:
                    changed = _edit_op(data) if kind == "op" else _edit_schema(data)
                    assert changed, f"no place for a {kind} edit"
                    doc.write_text(json.dumps(data), encoding="utf-8")

                doc.write_text(json.dumps(data), encoding="utf-8")
                _row(name, ws, [doc.name], edit)
            else:
                _row(
                    name,
                    ws,
                    [doc.name],
                    lambda kind, ws=ws, name=name: _spec_edit(ws, [name], kind),
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
