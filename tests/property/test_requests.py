"""Request side: every schemathesis case of every operation, through the typed client.

* coverage phase (deterministic, one rule at a time, positive and negative),
* explicit examples of the documents,
* fuzzing, positive and negative (hypothesis, via ``operation.as_strategy``).

For each case the oracle decides validity. Valid: the captured request must equal the case
(method, percent-encoded path, query, declared headers, JSON body) and pass the strict
oracle. Invalid: ``RequestValidationError`` (or ``TypeError``) and nothing sent.
"""

from __future__ import annotations

from collections import Counter

import pytest
from harness import client_check
from harness.cases import awkward_path_cases, coverage_cases
from harness.config import PROPERTY_SETTINGS
from harness.specs import OpBinding, all_ops
from hypothesis import given
from hypothesis import strategies as st
from schemathesis import GenerationMode

OPS = all_ops()
OP_IDS = [op.id for op in OPS]


def _run(op: OpBinding, cases: list[object] | tuple[object, ...]) -> Counter[str]:
    verdicts: Counter[str] = Counter()
    failures = []
    for case in cases:
        verdict = client_check.check_case(op, case)
        verdicts[verdict.kind] += 1
        if verdict.problems:
            failures.append(
                f"{client_check.describe(case)}\n    " + "\n    ".join(verdict.problems)
            )
    assert not failures, f"{len(failures)} failing case(s):\n" + "\n".join(failures[:10])
    return verdicts


@pytest.mark.parametrize("op", OPS, ids=OP_IDS)
def test_coverage_cases(op: OpBinding) -> None:
    cases = [*coverage_cases(op), *awkward_path_cases(op)]
    verdicts = _run(op, cases)
    client_check.STATS[f"coverage cases {op.id}"] += len(cases)
    # Every operation has both valid cases that go through and invalid ones that are refused.
    assert verdicts["accepted"] > 0, verdicts
    assert verdicts["rejected"] > 0, verdicts


@pytest.mark.parametrize("op", OPS, ids=OP_IDS)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_examples(op: OpBinding, data: st.DataObject) -> None:
    strategies = op.spec.schema.get_strategies_from_examples(op.st_operation)
    if not strategies:
        pytest.skip("no explicit examples")
    case = data.draw(st.one_of(*strategies))
    client_check.STATS[f"example cases {op.id}"] += 1
    _run(op, [case])


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize("op", OPS, ids=OP_IDS)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_fuzzing(op: OpBinding, mode: GenerationMode, data: st.DataObject) -> None:
    case = data.draw(op.st_operation.as_strategy(generation_mode=mode))
    client_check.STATS[f"fuzzing {mode.value} cases {op.id}"] += 1
    _run(op, [case])
