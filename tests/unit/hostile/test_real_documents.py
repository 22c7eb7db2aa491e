"""Real documents with a dangling ``$ref``: a corpus document with one component deleted
(at test time; no copy of it is kept here) still generates, with one warning per use of
the deleted component, every operation kept, and a package that imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.loader.kinds import HTTP_METHODS
from generator.loader.refs import iter_refs
from tests.conftest import ROOT
from tests.unit.hostile.conftest import Workspace

CORPUS = Path(os.environ.get("OPENAPI_CORPUS", ROOT.parent / "shared" / "corpus"))

#: document -> (components kind, member deleted)
CUTS = {
    "swagger-petstore-3.0.yaml": ("schemas", "Category"),
    "oai-petstore-expanded.yaml": ("schemas", "NewPet"),
    "resend.yaml": ("parameters", "PaginationLimit"),
}


def _read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def _operations(data: dict[str, Any]) -> int:
    return sum(
        1
        for item in (data.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in item
        if method in HTTP_METHODS
    )


@pytest.mark.parametrize("name", sorted(CUTS))
def test_a_corpus_document_missing_one_component_still_generates(name: str, ws: Workspace) -> None:
    source = CORPUS / name
    if not source.is_file():
        pytest.skip(f"no {name} in {CORPUS} (set OPENAPI_CORPUS)")
    data = _read(source)
    kind, member = CUTS[name]
    del data["components"][kind][member]
    gone = f"#/components/{kind}/{member}"
    uses = sorted(here for here, ref in iter_refs(data) if ref == gone)
    assert uses, f"nothing in {name} uses {gone}"
    ws.write("cut.json", json.dumps(data))
    result = ws.run("generate", "cut.json", "-o", "out")
    assert result.code == 0, result.err[-3000:]
    lines = result.err.splitlines()
    for here in uses:
        assert any(
            line.startswith(
                f"cut.json:{here}/$ref: warning: unresolved-ref: {gone} does not resolve; "
            )
            for line in lines
        ), (here, result.err[-3000:])
    assert "models-failed" not in result.err
    strict = ws.run("generate", "--strict", "cut.json", "-o", "strict")
    assert strict.code == 2
    assert f"cut.json:{uses[0]}/$ref: error: unresolved-ref: {gone} does not resolve" in (
        strict.err.splitlines()
    )
    (package,) = (ws.root / "out").iterdir()
    import_dir = next(d for d in package.iterdir() if (d / "__init__.py").exists())
    code = (
        f"import {import_dir.name} as p, pydantic\n"
        "for v in vars(p.models).values():\n"
        "    if isinstance(v, type) and issubclass(v, pydantic.BaseModel) "
        "and v.__module__ == p.models.__name__:\n"
        "        v.model_rebuild(force=True)\n"
        "print(len(p._operations.OPERATIONS))"
    )
    imported = subprocess.run(
        [sys.executable, "-c", code], cwd=package, capture_output=True, text=True, check=False
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    assert int(imported.stdout) == _operations(data)
