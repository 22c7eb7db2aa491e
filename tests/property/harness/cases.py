"""schemathesis Cases outside the pytest plugin: coverage phase and explicit examples."""

from __future__ import annotations

import itertools
from typing import Any

from schemathesis import GenerationMode

from .specs import OpBinding

_CACHE: dict[str, tuple[Any, ...]] = {}

#: At most this many coverage cases per operation (``None``: all); the corpus runner sets
#: it to keep its budget.
COVERAGE_LIMIT: int | None = None


def coverage_cases(op: OpBinding) -> tuple[Any, ...]:
    """Deterministic one-rule-at-a-time cases (positive and negative) of the coverage phase."""
    if op.id not in _CACHE:
        _CACHE[op.id] = _generate(op)
    return _CACHE[op.id]


def _generate(op: OpBinding) -> tuple[Any, ...]:
    schema = op.spec.schema
    operation = op.st_operation
    config = schema.config.generation_for(operation=operation, phase="coverage")
    cases = schema.iter_coverage_cases(
        operation, generation_modes=list(GenerationMode), generation_config=config
    )
    return tuple(itertools.islice(cases, COVERAGE_LIMIT))


def description(case: Any) -> str:
    return str(case.meta.phase.data.description)


#: A text that must be percent-encoded in a path segment (slash, space, percent, non-ASCII).
AWKWARD_TEXT = "a b/c%d?e#f&g=h+ü.."


def awkward_path_cases(op: OpBinding) -> list[Any]:
    """Valid cases whose plain-string path parameters need percent-encoding (one per param)."""
    from urllib.parse import quote

    from . import client_check, oracle

    baseline = next((c for c in coverage_cases(op) if _is_valid(op, c, client_check, oracle)), None)
    if baseline is None:
        return []
    cases = []
    for (location, name), param in op.params.items():
        if location != "path":
            continue
        schema = oracle.param_schema(op, param)
        if oracle.schema_errors(op, schema, AWKWARD_TEXT):
            continue
        path_parameters = {**baseline.path_parameters, name: quote(AWKWARD_TEXT, safe="")}
        cases.append(
            op.st_operation.Case(
                method=baseline.method,
                path_parameters=path_parameters,
                query=baseline.query,
                headers=baseline.headers,
                body=baseline.body,
                media_type=baseline.media_type,
            )
        )
    return cases


def _is_valid(op: OpBinding, case: Any, client_check: Any, oracle: Any) -> bool:
    try:
        expressed = client_check.express(op, case)
    except client_check.Skip:
        return False
    return not oracle.input_errors(op, expressed.parts)


# --------------------------------------------------------------------------------------
# Explicit rules for operations with nothing (expressible) to get wrong
# --------------------------------------------------------------------------------------

_ANNOTATIONS = {"description", "default", "example", "examples", "title", "deprecated"}


def _plain_string(schema: dict[str, Any]) -> bool:
    return schema.get("type", "string") == "string" and not (set(schema) - _ANNOTATIONS - {"type"})


def unconstrained_param(op: OpBinding, param: dict[str, Any]) -> bool:
    """Any text (array parameters: any list of texts) is a valid value."""
    from . import oracle

    schema = oracle.param_schema(op, param)
    if oracle.is_array(schema):
        rest = set(schema) - _ANNOTATIONS - {"type", "items"}
        return not rest and _plain_string(op.spec.resolve(schema.get("items", {})))
    return _plain_string(schema)


def nothing_to_reject(op: OpBinding) -> str | None:
    """Why no coverage case of ``op`` can be invalid *and* expressible, or ``None``.

    True for operations without a request body whose parameters are all plain strings and
    optional (required path parameters are always present; the coverage phase's only
    negative cases there are undeclared methods and Content-Type overrides, both skipped).
    """
    if op.raw.get("requestBody"):
        return None
    for (location, _), param in op.params.items():
        if not unconstrained_param(op, param):
            return None
        if param.get("required") and location != "path":
            return None
    return "no request body; only plain-string, optional (or path) parameters"


def negative_fuzzing_impossible(op: OpBinding) -> str | None:
    """Why schemathesis cannot produce a NEGATIVE case for ``op`` at all, or ``None``.

    Checked, not assumed: test_requests.py asserts the strategy is unsatisfiable.
    """
    from . import oracle

    request_body = op.spec.resolve(op.raw.get("requestBody"))
    if op.params:
        free = all(
            op.spec.resolve(p.get("schema") or {}) == {"type": "string"} for p in op.params.values()
        )
        if free and not request_body:
            return "nothing to negate (only unconstrained string parameters, no request body)"
        return None
    if not request_body:
        return "nothing to negate (no parameters, no request body)"
    kinds = {oracle.media_kind(mt) for mt in request_body.get("content", {})}
    if kinds == {"form"}:
        return (
            "schemathesis 4.32.5 draws no negative application/x-www-form-urlencoded "
            "body (non-object bodies are filtered out before serialisation)"
        )
    return None
