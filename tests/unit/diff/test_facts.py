"""The fast IR of ``diff`` (class names without datamodel-code-generator) agrees with the
full pipeline's IR on everything the Python layer compares."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.python import _method, build_facts
from generator.loader import load
from generator.pipeline import build

ROOT = Path(__file__).resolve().parents[3]
DOCS = sorted(p for p in (ROOT / "spec").glob("*.yaml") if not p.name.startswith("."))
DOCS += [Path(__file__).parent / "fixtures" / "base.yaml"]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_fast_facts_match_the_full_ir(path: Path) -> None:
    doc = load(path, validate=False)
    fast_api, facts = build_facts(doc)
    full_api, _ = build(path)
    assert [op.method_name for op in fast_api.operations] == [
        op.method_name for op in full_api.operations
    ]
    full_methods = {op.method_name: _method(op, doc) for op in full_api.operations}
    assert facts.methods == full_methods
    assert set(facts.models) <= set(full_api.model_names)
    assert {e.class_name for e in fast_api.envelope_errors} == set(facts.errors)
    assert fast_api.auth_kinds == full_api.auth_kinds
