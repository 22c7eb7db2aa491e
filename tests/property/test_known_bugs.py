"""Regression tests for defects the harness found, and mapping rules (research note §6).

Each test states the correct behaviour; a rule not yet followed is a strict xfail, which
starts to XPASS (and so fails the run) once the generator follows it.
"""

from __future__ import annotations

import keyword

import pytest
from harness import client_check, oracle
from harness.cases import coverage_cases
from harness.specs import TARGETS, load
from pydantic import BaseModel


def _op(spec: str, operation_id: str):  # type: ignore[no-untyped-def]
    return load(spec).ops[operation_id]


def test_enos_request_body_bool_is_strict() -> None:
    op = _op("enos", "CreateDevice")
    cases = [
        c
        for c in coverage_cases(op)
        if c.meta.phase.data.description == "requireSecret: Incorrect type"
        and c.body.get("requireSecret") == 0
    ]
    assert cases, "schemathesis no longer produces the case"
    verdict = client_check.check_case(op, cases[0])
    assert verdict.kind == "rejected"
    assert not verdict.problems, verdict.problems


def test_enos_request_body_bool_rejects_strings() -> None:
    op = _op("enos", "CreateDevice")
    kwargs = client_check.baseline_kwargs(op)
    kwargs["body"]["requireSecret"] = "yes"
    call = client_check.call_client(op, kwargs, client_check.canned_success(op))
    assert isinstance(call.error, op.spec.package.RequestValidationError)
    assert not call.requests


@pytest.mark.parametrize("code", [0.0, 11702.0], ids=["success-0.0", "DeviceKeyExists-11702.0"])
def test_enos_envelope_code_whole_float(code: float) -> None:
    op = _op("enos", "CreateDevice")
    body = {"code": code, "msg": "OK", "requestId": "r-1", "data": None}
    problems = client_check.check_response(op, "200", body, label=f"whole-float:{code}")
    assert not problems, problems


def test_roma_int64_response_field_is_bounded() -> None:
    op = _op("roma", "UpdateProduct")
    body = {"id": 2**63}
    schema = __import__("harness.respgen", fromlist=["x"]).response_schema(op, "200")
    assert oracle.schema_errors(op, schema, body), "the oracle must see the body as invalid"
    call = client_check.call_client(
        op, client_check.baseline_kwargs(op), client_check.Served(200, body)
    )
    assert isinstance(call.error, op.spec.package.APIResponseValidationError), call.result


def test_roma_lookahead_pattern_is_kept() -> None:
    op = _op("roma", "UpdateProduct")
    body = {"authentication": {"password": "aaaaaaaa"}}
    call = client_check.call_client(
        op, client_check.baseline_kwargs(op), client_check.Served(200, body)
    )
    assert isinstance(call.error, op.spec.package.APIResponseValidationError), call.result


def _renamed_fields(package_name: str) -> list[str]:
    spec = load(package_name)
    renamed = []
    for name in dir(spec.package.models):
        cls = getattr(spec.package.models, name)
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)) or cls is BaseModel:
            continue
        cls.model_rebuild()
        for field_name, info in cls.model_fields.items():
            wire = info.alias or field_name
            usable = wire.isidentifier() and not keyword.iskeyword(wire)
            # A field named like a class of the module would shadow that class in its own
            # annotation (``Order: Order | MISSING`` resolves to the default), so such a
            # field must be renamed; the alias keeps the JSON name (golden naming.yaml).
            shadows = isinstance(getattr(spec.package.models, wire, None), type)
            if usable and not hasattr(BaseModel, wire) and field_name != wire and not shadows:
                renamed.append(f"{name}.{field_name} (JSON {wire!r})")
    return renamed


@pytest.mark.parametrize(
    "spec",
    [t.name for t in TARGETS],
)
def test_model_fields_keep_their_json_names(spec: str) -> None:
    """§6: only keywords / non-identifiers get a field name + alias."""
    assert _renamed_fields(spec) == []


# --------------------------------------------------------------------------------------
# Found by running the harness over the golden specs (tests/golden/specs/)
# --------------------------------------------------------------------------------------


def test_integer_body_field_accepts_whole_float() -> None:
    op = _op("golden-content", "submitForm")
    body = {"name": "n", "count": 5.0}
    assert oracle.input_errors(op, oracle.Parts("POST", body=body)) == []
    call = client_check.call_client(op, {"body": body}, client_check.canned_success(op))
    assert call.error is None, call.error
    assert [r.content for r in call.requests] == [b"name=n&count=5"]


def test_success_matched_by_default_has_the_declared_return_type() -> None:
    op = _op("golden-composition", "createNode")
    call = client_check.call_client(
        op, client_check.baseline_kwargs(op), client_check.Served(200, {"error_code": "E1"})
    )
    node = op.spec.package.models.Node
    assert isinstance(call.result, node) or isinstance(call.error, op.spec.package.APIError), (
        call.result
    )


@pytest.mark.xfail(strict=True, reason="integer enums become IntEnum, which accepts False/True")
def test_integer_enum_rejects_bool() -> None:
    op = _op("roma", "CreateProduct")
    kwargs = client_check.baseline_kwargs(op)
    kwargs["body"]["product_type"] = False
    call = client_check.call_client(op, kwargs, client_check.canned_success(op))
    assert call.requests == [], "a bool was sent as an integer enum value"
