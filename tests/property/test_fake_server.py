"""The real documents against each package's own ``testing.Fake`` over real HTTP.

``schemathesis.openapi.from_path`` + ``@schema.parametrize()`` (examples, coverage and
fuzzing phases) + ``case.call_and_validate(base_url=...)`` against ``fake.serve()`` with
the standard checks: one fake in the project (the packages' ``Fake``), not a second one
for the harness. Exclusions: ``ignored_auth`` (the fakes are made without credentials, so
authentication is deliberately not checked; tests/functional/fake/test_auth.py covers it)
and, for the EnOS document, ``negative_data_rejection`` (EnOS reports invalid input
in-band: HTTP 200 + code 99400, the only status the document lists) and
``missing_required_header`` (its only "required header" is the ``apim-accesstoken`` of
the sole security scheme, i.e. authentication again). The fake is reset before every
case so that limits (10 modules per product) never turn a valid case into a breach.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from harness.config import PROPERTY_SETTINGS
from harness.specs import SPEC_DIR, VENDOR_TARGETS

IOTDA = schemathesis.openapi.from_path(str(SPEC_DIR / "huaweicloud-iotda.yaml"))
ENOS = schemathesis.openapi.from_path(str(SPEC_DIR / "enos-connect.yaml"))
ROMA = schemathesis.openapi.from_path(str(SPEC_DIR / "huaweicloud-roma-link.yaml"))

EXCLUDED = [schemathesis.checks.ignored_auth]
ENOS_EXCLUDED = [
    *EXCLUDED,
    schemathesis.checks.negative_data_rejection,
    schemathesis.checks.missing_required_header,
]


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, tuple[Any, str]]]:
    fakes = {t.name: importlib.import_module(f"{t.package}.testing").Fake() for t in VENDOR_TARGETS}
    with (
        fakes["iotda"].serve() as iotda_url,
        fakes["enos"].serve() as enos_url,
        fakes["roma"].serve() as roma_url,
    ):
        yield {
            "iotda": (fakes["iotda"], iotda_url),
            "enos": (fakes["enos"], enos_url),
            "roma": (fakes["roma"], roma_url),
        }


def _call(served: dict[str, tuple[Any, str]], name: str, case: Any, excluded: list[Any]) -> None:
    fake, base_url = served[name]
    fake.reset()
    case.call_and_validate(base_url=base_url, excluded_checks=excluded)
    assert fake.requests, "the case did not reach the fake"


@IOTDA.parametrize()
@PROPERTY_SETTINGS
def test_iotda_fake_server(case: schemathesis.Case, served: dict[str, tuple[Any, str]]) -> None:
    _call(served, "iotda", case, EXCLUDED)


@ENOS.parametrize()
@PROPERTY_SETTINGS
def test_enos_fake_server(case: schemathesis.Case, served: dict[str, tuple[Any, str]]) -> None:
    _call(served, "enos", case, ENOS_EXCLUDED)


@ROMA.parametrize()
@PROPERTY_SETTINGS
def test_roma_fake_server(case: schemathesis.Case, served: dict[str, tuple[Any, str]]) -> None:
    _call(served, "roma", case, EXCLUDED)
