"""schemathesis Cases outside the pytest plugin: coverage phase and explicit examples."""

from __future__ import annotations

from typing import Any

from schemathesis import GenerationMode

from .specs import OpBinding

_CACHE: dict[str, tuple[Any, ...]] = {}


def coverage_cases(op: OpBinding) -> tuple[Any, ...]:
    """Deterministic one-rule-at-a-time cases (positive and negative) of the coverage phase."""
    if op.id not in _CACHE:
        _CACHE[op.id] = _generate(op)
    return _CACHE[op.id]


def _generate(op: OpBinding) -> tuple[Any, ...]:
    schema = op.spec.schema
    operation = op.st_operation
    config = schema.config.generation_for(operation=operation, phase="coverage")
    return tuple(
        schema.iter_coverage_cases(
            operation, generation_modes=list(GenerationMode), generation_config=config
        )
    )


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
