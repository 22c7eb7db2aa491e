"""Stateful property test over each document's OpenAPI links (create -> show/update/delete)
against the package's own stateful ``testing.Fake`` over real HTTP, with schemathesis'
standard checks (the same fake downstream teams use: one fake in the project)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
import schemathesis
from harness.specs import SPEC_DIR, VENDOR_TARGETS
from hypothesis import HealthCheck, settings

DOCUMENTS = {
    "iotda": "huaweicloud-iotda.yaml",
    "roma": "huaweicloud-roma-link.yaml",
    "enos": "enos-connect.yaml",
}
#: The operations whose answers the links start from, and those the links lead to.
CREATES = {
    "iotda": {"CreateOtaModule", "CreateOtaPackage", "CreateProvisioningTemplate"},
    "roma": {"CreateProduct"},
    "enos": {"CreateDevice"},
}
EXCLUDED = [
    schemathesis.checks.ignored_auth,
    # A walk creates several resources in one fake; the platform rules then refuse some
    # schema-valid requests as the platform does (a module or product name taken, more
    # than 10 modules in a product), with a documented 400.
    schemathesis.checks.positive_data_acceptance,
    # The fake, like the gateway, ignores query parameters the document does not declare;
    # schemathesis counts an undeclared one (even ``&=``) as negative data. Invalid input
    # per operation is judged in tests/functional/fake/test_schemathesis.py.
    schemathesis.checks.negative_data_rejection,
]
EXCLUDED_BY_DOCUMENT = {
    "iotda": EXCLUDED,
    "roma": EXCLUDED,
    "enos": [
        *EXCLUDED,
        # EnOS reports invalid input and unknown devices in-band (HTTP 200 + a code), so
        # "rejected" and "gone after delete" are not visible in the status.
        schemathesis.checks.missing_required_header,
        schemathesis.checks.use_after_free,
        schemathesis.checks.ensure_resource_availability,
    ],
}


def _succeeded(request: Any) -> bool:
    """A 2xx answer (for EnOS: with envelope code 0)."""
    if not 200 <= request.answered < 300:
        return False
    return not isinstance(request.answer, dict) or request.answer.get("code", 0) == 0


def _created_id(request: Any) -> str | None:
    answer = request.answer if isinstance(request.answer, dict) else {}
    data = answer.get("data") if isinstance(answer.get("data"), dict) else answer
    for key in ("module_id", "package_id", "template_id", "id", "assetId"):
        if key in data:
            return str(data[key])
    return None


def _addressed(request: Any) -> str | None:
    params = {**request.params, **request.path_params}
    for key in ("module_id", "package_id", "template_id", "product_id", "assetId"):
        if key in params:
            return str(params[key])
    return None


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_links_walk_the_lifecycle(name: str) -> None:
    schema = schemathesis.openapi.from_path(str(SPEC_DIR / DOCUMENTS[name]))
    target = next(t for t in VENDOR_TARGETS if t.name == name)
    fake = importlib.import_module(f"{target.package}.testing").Fake()
    excluded = EXCLUDED_BY_DOCUMENT[name]

    with fake.serve() as base_url:

        class Machine(schema.as_state_machine()):  # type: ignore[misc]
            def call(self, case: schemathesis.Case, **kwargs: Any) -> Any:
                return case.call(base_url=base_url, **kwargs)

            def teardown(self) -> None:
                fake.store.clear()  # every walk starts from an empty platform

            def validate_response(
                self,
                response: Any,
                case: schemathesis.Case,
                additional_checks: Any = None,
                **kw: Any,
            ) -> None:
                case.validate_response(response, excluded_checks=excluded, transport_kwargs=kw)

        Machine.run(
            settings=settings(
                max_examples=40,
                stateful_step_count=6,
                derandomize=True,
                database=None,
                deadline=None,
                suppress_health_check=list(HealthCheck),
            )
        )
    # The walk really followed the links: resources were created, and then read, changed
    # or deleted (with success, which only a stored record gives) by the ids they carried.
    created = {
        _created_id(r) for r in fake.requests if r.operation_id in CREATES[name] and _succeeded(r)
    }
    created.discard(None)
    found = [
        r
        for r in fake.requests
        if r.operation_id not in CREATES[name] and _succeeded(r) and _addressed(r) in created
    ]
    assert created, f"{name}: nothing was created"
    assert found, f"{name}: no created resource was found again through a link"
