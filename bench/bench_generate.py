"""Generation speed, side by side with openapi-python-client 0.29.1 in the same run.

Prints: document, operations, ours (s), reference (s), ratio (ours / reference), and
seconds per operation for ours. The reference tool is installed into its own virtual
environment under .bench/ on first use (its dependencies would clash with ours).
Set BENCH_CORPUS=0 to time only the five-operation project documents, BENCH_ONLY=a.yaml,b.json
to time only those corpus documents. Each timing is the best of BENCH_REPEAT runs (default 3)
for documents under 1 MB, one run for larger ones. Ours runs with ``--no-cache`` here (cold);
``bench/bench_cache.py`` times the cache. "n/a" in the ratio column means the reference tool
failed on that document.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("OPENAPI_CORPUS", ROOT.parent / "shared" / "corpus"))
REF_VENV = ROOT / ".bench" / "opc-venv"
REF_VERSION = "openapi-python-client==0.29.1"


def _reference() -> Path | None:
    exe = REF_VENV / "bin" / "openapi-python-client"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(REF_VENV)], check=True)
        done = subprocess.run(
            [
                str(REF_VENV / "bin" / "pip"),
                "install",
                "-q",
                "--disable-pip-version-check",
                REF_VERSION,
            ],
            check=False,
        )
        if done.returncode != 0:
            return None
    return exe


def _operations(path: Path) -> int:
    import yaml

    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=yaml.CSafeLoader)
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(
        1
        for item in (data.get("paths") or {}).values()
        if isinstance(item, dict)
        for m in item
        if m in methods
    )


REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))


def _time(cmd: list[str], repeat: int) -> tuple[float, bool]:
    """Best wall time of ``repeat`` runs (the least disturbed one), and whether all passed."""
    best, ok = float("inf"), True
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        best = min(best, time.perf_counter() - start)
        ok = ok and result.returncode == 0
    return best, ok


def main() -> int:
    ref = _reference()
    specs = sorted(p for p in (ROOT / "spec").glob("*.yaml") if not p.name.startswith("."))
    rows: list[tuple[str, list[Path]]] = [("project documents (together)", specs)]
    if os.environ.get("BENCH_CORPUS", "1") != "0" and CORPUS.is_dir():
        docs = sorted(p for p in CORPUS.iterdir() if p.suffix in (".yaml", ".json"))
        only = {name for name in os.environ.get("BENCH_ONLY", "").split(",") if name}
        docs = [p for p in docs if not only or p.name in only]
        rows += [(p.name, [p]) for p in docs]
    print(
        f"{'document':<34} {'ops':>5} {'ours (s)':>9} {'ref (s)':>9} {'ratio':>6} {'ours s/op':>10}"
    )
    for label, paths in rows:
        ops = sum(_operations(p) for p in paths)
        # big documents take seconds per run: once is enough there
        repeat = REPEAT if sum(p.stat().st_size for p in paths) < 1_000_000 else 1
        with tempfile.TemporaryDirectory() as tmp:
            ours, ok = _time(
                [
                    sys.executable,
                    "-m",
                    "generator",
                    "generate",
                    "--no-cache",
                    "-q",
                    *map(str, paths),
                    "-o",
                    tmp,
                ],
                repeat,
            )
        ref_total, ref_ok = 0.0, ref is not None
        if ref is not None:
            for path in paths:
                with tempfile.TemporaryDirectory() as tmp:
                    seconds, good = _time(
                        [
                            str(ref),
                            "generate",
                            "--path",
                            str(path),
                            "--output-path",
                            str(Path(tmp) / "o"),
                            "--overwrite",
                        ],
                        repeat,
                    )
                ref_total += seconds
                ref_ok = ref_ok and good
        ratio = f"{ours / ref_total:.2f}" if ref is not None and ref_total and ref_ok else "n/a"
        per_op = f"{ours / ops:.4f}" if ops else "n/a"
        flag = "" if ok else "  (ours failed)"
        flag += "" if ref_ok else "  (reference failed)"
        print(
            f"{label:<34} {ops:>5} {ours:>9.2f} {ref_total:>9.2f} {ratio:>6} {per_op:>10}{flag}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
