"""Schemathesis against ``fake.serve()`` with its standard checks: the fake conforms to its
own document for every operation, valid and invalid input (examples, coverage and fuzzing
phases; deterministic).

Excluded, as for the property harness: ``ignored_auth`` (these fakes are made without
credentials, so authentication is deliberately not checked; ``test_auth.py`` covers it)
and, for EnOS, ``negative_data_rejection`` and ``missing_required_header`` (EnOS reports
invalid input in-band, HTTP 200 + code 99400, the only status its document lists; its
only "required header" is the ``apim-accesstoken`` of its security scheme). The fake is
reset before every case, so that rules with limits (10 modules per product) never turn
a valid case into a rule breach; every other case of an operation that addresses a record
finds it (seeded under the case's id), so found and unknown-id answers are both checked.

Scope: every operation of the three documents. EnOS' action path keys
(``/devices#update``) share one real path; the fake routes them by their ``action`` and
answers ``Allow`` per path key, so ``unsupported_method`` and ``allow_header_conformance``
run for EnOS as for the others.
"""

from __future__ import annotations

import os
import traceback
from collections import Counter
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests.conftest import SPEC_DIR

SETTINGS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "25")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
IOTDA = schemathesis.openapi.from_path(str(SPEC_DIR / "huaweicloud-iotda.yaml"))
ROMA = schemathesis.openapi.from_path(str(SPEC_DIR / "huaweicloud-roma-link.yaml"))
ENOS = schemathesis.openapi.from_path(str(SPEC_DIR / "enos-connect.yaml"))
EXCLUDED = [schemathesis.checks.ignored_auth]


@pytest.fixture(scope="module")
def served(packages: dict[str, ModuleType]) -> Iterator[dict[str, tuple[Any, str]]]:
    fakes = {name: packages[name].testing.Fake() for name in ("iotda", "roma", "enos")}
    with (
        fakes["iotda"].serve() as iotda_url,
        fakes["roma"].serve() as roma_url,
        fakes["enos"].serve() as enos_url,
    ):
        yield {
            "iotda": (fakes["iotda"], iotda_url),
            "roma": (fakes["roma"], roma_url),
            "enos": (fakes["enos"], enos_url),
        }


#: (document, operationId) -> how many cases the fake accepted and refused.
COUNTS: dict[tuple[str, str], Counter[str]] = {}


#: Path or query parameters that address a stored record -> the fake's collection.
ADDRESSES = {
    "module_id": "ota_modules",
    "package_id": "ota_packages",
    "template_id": "provisioning_templates",
    "product_id": "products",
    "assetId": "devices",
}
_SEEDED: Counter[str] = Counter()


def _seed_every_other_case(fake: Any, case: Any) -> None:
    """Every other case of an operation finds the record it addresses (seeded under the
    case's own id), so that both the found answer and the unknown-id answer are checked."""
    label = case.operation.label
    _SEEDED[label] += 1
    if _SEEDED[label] % 2:
        return
    values = {**(case.path_parameters or {}), **(case.query or {})}
    for param, collection in ADDRESSES.items():
        value = values.get(param)
        if (
            collection in fake.seedable
            and isinstance(value, str | int)
            and not isinstance(value, bool)
        ):
            key = str(value)
            if collection == "products":
                try:
                    key = str(int(value))
                except ValueError:
                    continue
            record = (
                {"orgId": values["orgId"]} if collection == "devices" and "orgId" in values else {}
            )
            fake.seed(collection, key, record)


def _run(served: dict[str, tuple[Any, str]], name: str, case: Any, excluded: list[Any]) -> None:
    fake, base_url = served[name]
    fake.reset()
    _seed_every_other_case(fake, case)
    case.call_and_validate(base_url=base_url, excluded_checks=excluded)
    assert fake.requests, "the case did not reach the fake"
    for request in fake.requests:
        answer = request.answer if isinstance(request.answer, dict) else {}
        accepted = 200 <= request.answered < 300 and answer.get("code", 0) == 0
        key = (name, request.operation_id or "(no route)")
        COUNTS.setdefault(key, Counter())["accepted" if accepted else "refused"] += 1


@IOTDA.parametrize()
@SETTINGS
def test_iotda_fake_conforms(case: schemathesis.Case, served: dict[str, tuple[Any, str]]) -> None:
    _run(served, "iotda", case, EXCLUDED)


@ROMA.parametrize()
@SETTINGS
def test_roma_fake_conforms(case: schemathesis.Case, served: dict[str, tuple[Any, str]]) -> None:
    _run(served, "roma", case, EXCLUDED)


@ENOS.parametrize()
@SETTINGS
def test_enos_fake_conforms(case: schemathesis.Case, served: dict[str, tuple[Any, str]]) -> None:
    _run(
        served,
        "enos",
        case,
        [
            *EXCLUDED,
            schemathesis.checks.negative_data_rejection,
            schemathesis.checks.missing_required_header,
        ],
    )


def test_the_checks_have_teeth(packages: dict[str, ModuleType]) -> None:
    """A fake whose rule answers a body that breaks the document is caught."""
    fake = packages["iotda"].testing.Fake()

    def broken(request: Any, store: Any) -> Any:
        return packages["iotda"]._fake.Reply(201, {"module_id": 5})  # an integer, not a string

    operation = IOTDA["/v5/iot/{project_id}/ota-upgrades/modules"]["POST"]
    case = operation.Case(
        path_parameters={"project_id": "p1"},
        body={"app_id": "a", "product_id": "p", "module_name": "MCU", "alias_name": "MCU"},
        media_type="application/json",
    )
    with fake.serve() as base_url:
        case.call_and_validate(base_url=base_url, excluded_checks=EXCLUDED)  # the real rule
        fake.rules = {**fake.rules, "CreateOtaModule": broken}
        with pytest.raises(BaseException) as info:  # a FailureGroup
            case.call_and_validate(base_url=base_url, excluded_checks=EXCLUDED)
    report = "".join(traceback.format_exception(info.value))
    assert "/components/schemas/OtaModule/properties/module_id" in report


def test_every_operation_saw_accepted_and_refused_cases() -> None:
    """The runs above reached every operation with input the fake accepted and with input
    it refused (schema-violating cases, unknown ids), so "conforms" covers both."""
    names = {name for name, _ in COUNTS}
    if names != {"iotda", "roma", "enos"}:
        pytest.skip("runs only after the three conformance tests of this module")
    for name, schema in (("iotda", IOTDA), ("roma", ROMA), ("enos", ENOS)):
        for result in schema.get_all_operations():
            operation_id = result.ok().definition.raw["operationId"]
            counts = COUNTS.get((name, operation_id), Counter())
            assert counts["accepted"] and counts["refused"], (name, operation_id, counts)
    total = sum(sum(c.values()) for c in COUNTS.values())
    print(f"\nschemathesis cases: {total} requests over {len(COUNTS)} (document, operation)")
    for key, counts in sorted(COUNTS.items()):
        print(
            f"  {key[0]:6} {key[1]:28} accepted {counts['accepted']:4} refused {counts['refused']:4}"
        )
