"""The harness must catch known client bugs: each mutant is injected into the runtime of all
three packages (monkeypatch) and the deterministic part of the harness (coverage cases +
one response per documented status / envelope code) must report at least one problem.

The mutants target the three vendor documents (``VENDOR_TARGETS``); the golden packages
share the same runtime and run through the unmutated harness in test_requests.py and
test_responses.py.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
from collections.abc import Callable
from typing import Any

import pytest
from harness import client_check, mutate, oracle, respgen
from harness.cases import awkward_path_cases, coverage_cases
from harness.specs import VENDOR_TARGETS, OpBinding, all_ops, documented_statuses
from pydantic import BaseModel, TypeAdapter

OPS = all_ops(VENDOR_TARGETS)
for _op in OPS:
    client_check.baseline_kwargs(_op)


def _response_bodies(op: OpBinding) -> list[tuple[str, Any, str | None]]:
    """(status, body, label) for every documented status and envelope code, with an extra key;
    for 2xx JSON responses also the example with every breaking mutation applied (a
    real-world body the client must read, see harness.mutate)."""
    served: list[tuple[str, Any, str | None]] = []
    for status in documented_statuses(op):
        strategy = respgen.body_strategy(op, status)
        if strategy is None:
            served.append((status, client_check.MISSING, None))
            continue
        response = op.spec.resolve(op.raw["responses"][status])
        media = next(iter(response["content"].values()))
        examples = [e["value"] for e in (media.get("examples") or {}).values()]
        body = {**(examples[0] if examples else {}), "x_unknown": "kept"}
        envelope = client_check.envelope_spec(op)
        if envelope and status.startswith("2"):
            body[envelope["code-field"]] = 0
            for error in envelope.get("errors", []):
                served.append((status, {**body, envelope["code-field"]: error["code"]}, "mutant"))
        schema = respgen.response_schema(op, status)
        assert not oracle.schema_errors(op, schema, body)
        served.append((status, body, None))
        if status.startswith("2") and schema is not None:
            view = mutate.response_schema_view(op, schema)
            real_world = copy.deepcopy(body)
            for site in mutate.sites(op, view, body):
                if site.breaking:
                    real_world = mutate._apply(real_world, site)
            if real_world != body:
                served.append((status, real_world, "real-world"))
    return served


RESPONSES = {op.id: _response_bodies(op) for op in OPS}


def run_harness() -> list[str]:
    problems: list[str] = []
    for op in OPS:
        for case in [*coverage_cases(op), *awkward_path_cases(op)]:
            verdict = client_check.check_case(op, case)
            if verdict.problems:
                problems.extend(f"{op.id} request: {p}" for p in verdict.problems)
        for status, body, label in RESPONSES[op.id]:
            problems.extend(
                f"{op.id} {status}: {p}"
                for p in client_check.check_response(op, status, body, label=label or "teeth")
            )
    return problems


def _wrap(
    name: str, make: Callable[[Any, Any], Any], module_name: str = "_base_client"
) -> Callable[[pytest.MonkeyPatch], None]:
    def apply(monkeypatch: pytest.MonkeyPatch) -> None:
        for target in VENDOR_TARGETS:
            module = importlib.import_module(f"{target.package}.{module_name}")
            monkeypatch.setattr(module, name, make(module, getattr(module, name)))

    return apply


def _drop_last_body_field(module: Any, original: Any) -> Any:
    def mutant(body: Any, value: Any, *, mode: str) -> Any:
        data = original(body, value, mode=mode)
        if isinstance(data, dict) and len(data) > 1:
            data.pop(list(data)[-1])
        return data

    return mutant


def _no_exclude_unset(module: Any, original: Any) -> Any:
    def mutant(body: Any, value: Any, *, mode: str) -> Any:
        adapter = module._adapter(body.annotation)
        try:
            validated = adapter.validate_python(value)
        except Exception:
            return original(body, value, mode=mode)
        return adapter.dump_python(validated, mode=mode, by_alias=True)

    return mutant


def _no_body_validation(module: Any, original: Any) -> Any:
    def mutant(body: Any, value: Any, *, mode: str) -> Any:
        return value if isinstance(value, dict) else original(body, value, mode=mode)

    return mutant


def _unvalidated_params(module: Any, original: Any) -> Any:
    def mutant(operation: Any) -> Any:
        compiled = original(operation)
        loose = tuple(TypeAdapter(Any) for _ in compiled.param_adapters)
        return dataclasses.replace(compiled, param_adapters=loose)

    return mutant


def _header_typo(module: Any, original: Any) -> Any:
    def mutant(headers: Any) -> Any:
        return original([(n.replace("Instance-Id", "Instance_Id"), v) for n, v in headers])

    return mutant


def _drop_extras(module: Any, original: Any) -> Any:
    def mutant(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if isinstance(result, BaseModel) and result.__pydantic_extra__:
            result = result.model_copy()
            result.__pydantic_extra__ = {}
        return result

    return mutant


def _base_status_error(module: Any, original: Any) -> Any:
    def mutant(response: Any, body: Any, raw: Any) -> Any:
        error = original(response, body, raw)
        return module.APIStatusError(error.message, response=response, body=body)

    return mutant


def _unknown_enum_lost(module: Any, original: Any) -> Any:
    def mutant(enum_class: Any, value: Any, problems: Any, path: Any) -> Any:
        result = original(enum_class, value, problems, path)
        return result if isinstance(result, enum_class) else None

    return mutant


MUTANTS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "body field dropped": _wrap("_body_to_python", _drop_last_body_field, "_request"),
    "defaults sent (exclude_unset lost)": _wrap("_body_to_python", _no_exclude_unset, "_request"),
    "body not validated": _wrap("_body_to_python", _no_body_validation, "_request"),
    "path not percent-encoded": _wrap("_quote_segment", lambda m, o: lambda text: text, "_request"),
    "parameter constraints not validated": _wrap("_compile", _unvalidated_params),
    "query parameters dropped": _wrap(
        "_query_pairs", lambda m, o: lambda param, value: [], "_request"
    ),
    "header name typo": _wrap("_encode_header_pairs", _header_typo, "_request"),
    "response drops unknown fields": _wrap("_parse_success", _drop_extras, "_response"),
    "status error not specialised": _wrap("make_status_error", _base_status_error, "_response"),
    "envelope not checked": _wrap(
        "_check_envelope", lambda m, o: lambda envelope, document, response: None, "_response"
    ),
    "responses strict by default": _wrap(
        "_parse_json", lambda m, o: lambda *a, **k: o(*a, **{**k, "strict": True}), "_response"
    ),
    "undocumented enum values lost": lambda monkeypatch: (
        _wrap("LENIENT", lambda m, o: {"lenient_responses": False}, "_response")(monkeypatch),
        _wrap("LENIENT", lambda m, o: {"lenient_responses": False}, "_models")(monkeypatch),
        _wrap("_enum_value", _unknown_enum_lost, "_models")(monkeypatch),
    ),
    "envelope data not unwrapped": _wrap(
        "_envelope_document", lambda m, o: lambda envelope, response: None, "_response"
    ),
}


def test_unmutated_clients_pass() -> None:
    assert run_harness() == []


@pytest.mark.parametrize("mutant", list(MUTANTS))
def test_mutant_is_caught(mutant: str, monkeypatch: pytest.MonkeyPatch) -> None:
    MUTANTS[mutant](monkeypatch)
    problems = run_harness()
    assert problems, f"mutant {mutant!r} survived the harness"
