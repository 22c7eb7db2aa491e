"""Every public document of the corpus generates a package whose every module imports.

Run with `make test-corpus` (kept out of `make test`); the corpus folder comes from
OPENAPI_CORPUS, default ../shared/corpus. With CORPUS_PACKAGES set, each package is kept in
``$CORPUS_PACKAGES/<document stem>/`` for the conformance run (tests/corpus/conformance.py)
that follows; otherwise it goes to a temporary directory.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_generator

CORPUS = Path(os.environ.get("OPENAPI_CORPUS", ROOT.parent / "shared" / "corpus"))
DOCUMENTS = (
    sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".yml", ".json"))
    if CORPUS.is_dir()
    else []
)
pytestmark = pytest.mark.corpus


def test_corpus_is_present() -> None:
    if not DOCUMENTS:
        pytest.skip(f"no corpus at {CORPUS} (set OPENAPI_CORPUS)")
    assert len(DOCUMENTS) >= 1


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.name for d in DOCUMENTS])
def test_document_generates_and_imports(document: Path, tmp_path: Path) -> None:
    keep = os.environ.get("CORPUS_PACKAGES")
    if keep:
        tmp_path = Path(keep).resolve() / document.stem
        shutil.rmtree(tmp_path, ignore_errors=True)
        tmp_path.mkdir(parents=True)
    result = run_generator("generate", str(document), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    (package,) = [p for p in tmp_path.iterdir() if p.is_dir() and not p.name.startswith(".")]
    import_dir = next(d for d in package.iterdir() if (d / "__init__.py").exists())
    modules = sorted(m.stem for m in import_dir.glob("*.py") if m.stem != "__init__")
    code = (
        f"import importlib, {import_dir.name} as p\n"
        + "".join(f"importlib.import_module('{import_dir.name}.{m}')\n" for m in modules)
        # models defer building their validators; build them all now so that a schema
        # pydantic cannot handle fails here, not at a user's first call
        + "from pydantic import BaseModel\n"
        # (every name of the lazily loaded models package, through its __getattr__)
        + "for name in p.models.__all__:\n"
        + "    v = getattr(p.models, name)\n"
        + "    if isinstance(v, type) and issubclass(v, BaseModel) and v.__module__.startswith(p.models.__name__ + '.'):\n"
        + "        v.model_rebuild(force=True)\n"
        + "print(len(p._operations.OPERATIONS))"
    )
    imported = subprocess.run(
        [sys.executable, "-c", code], cwd=package, capture_output=True, text=True, check=False
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    # no operation silently dropped: every documented method has a client method
    import yaml

    text = document.read_text(encoding="utf-8")
    data = (
        json.loads(text) if document.suffix == ".json" else yaml.load(text, Loader=yaml.CSafeLoader)
    )
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    expected = sum(
        1
        for item in (data.get("paths") or {}).values()
        if isinstance(item, dict)
        for m in item
        if m in methods
    )
    assert int(imported.stdout.strip()) == expected
