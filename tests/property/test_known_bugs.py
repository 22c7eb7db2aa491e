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


def _strict_call(op, body):  # type: ignore[no-untyped-def]
    client = op.spec.client_class(
        base_url=client_check.BASE_URL,
        http_client=__import__("httpx").Client(
            transport=__import__("httpx").MockTransport(
                lambda request: client_check.Served(200, body).response(request)
            )
        ),
        strict_responses=True,
    )
    return getattr(client, op.method_name)(**client_check.baseline_kwargs(op))


def test_roma_int64_response_field_is_bounded() -> None:
    """Out of the int64 range: kept as received by default, refused under strict."""
    op = _op("roma", "UpdateProduct")
    body = {"id": 2**63}
    schema = __import__("harness.respgen", fromlist=["x"]).response_schema(op, "200")
    assert oracle.schema_errors(op, schema, body), "the oracle must see the body as invalid"
    call = client_check.call_client(
        op, client_check.baseline_kwargs(op), client_check.Served(200, body)
    )
    assert call.error is None and call.result.id_ == 2**63, call.error
    with pytest.raises(op.spec.package.APIResponseValidationError):
        _strict_call(op, body)


def test_roma_masked_password_in_a_response_is_read() -> None:
    """Password rules constrain requests only: a masked password a server returns parses."""
    op = _op("roma", "UpdateProduct")
    body = {"authentication": {"password": "***"}}
    call = client_check.call_client(
        op, client_check.baseline_kwargs(op), client_check.Served(200, body)
    )
    assert call.error is None, call.error
    assert call.result.authentication.password == "***"


def _field_problems(package_name: str) -> list[str]:
    """Fields whose attribute is not ``naming.field_name`` of the JSON name, or whose
    alias is not the JSON name (issue 8: snake_case attributes, wire names as aliases)."""
    from generator.ir.naming import field_name as expected_attribute

    spec = load(package_name)
    problems = []
    for name in dir(spec.package.models):
        cls = getattr(spec.package.models, name)
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)) or cls is BaseModel:
            continue
        if "root" in cls.model_fields:
            continue
        cls.model_rebuild()
        for attribute, info in cls.model_fields.items():
            wire = info.alias or attribute
            if attribute != expected_attribute(wire) and wire.isidentifier():
                problems.append(f"{name}.{attribute} (JSON {wire!r})")
            if not keyword.iskeyword(attribute) and not attribute.isidentifier():
                problems.append(f"{name}.{attribute} is not an identifier")
    return problems


@pytest.mark.parametrize(
    "spec",
    [t.name for t in TARGETS],
)
def test_model_attributes_are_snake_case_with_json_aliases(spec: str) -> None:
    assert _field_problems(spec) == []


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


def test_integer_enum_rejects_bool() -> None:
    """Integer enums refuse booleans in requests (IntEnum alone would take False as 0)."""
    op = _op("roma", "CreateProduct")
    kwargs = client_check.baseline_kwargs(op)
    kwargs["body"]["product_type"] = False
    call = client_check.call_client(op, kwargs, client_check.canned_success(op))
    assert call.requests == [], "a bool was sent as an integer enum value"
