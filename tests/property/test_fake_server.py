"""The real documents against a tiny in-process ASGI fake that serves their examples.

``schemathesis.openapi.from_path`` + ``@schema.parametrize()`` (examples, coverage and
fuzzing phases) + ``case.call_and_validate(app=...)`` with the standard checks. Exclusions:
``ignored_auth`` (the fake does not model authentication) and, for the EnOS document,
``negative_data_rejection`` (EnOS reports invalid input in-band: HTTP 200 + code 99400,
the only status the document lists) and ``missing_required_header`` (its only "required
header" is the ``apim-accesstoken`` of the sole security scheme, i.e. authentication again).
"""

from __future__ import annotations

import schemathesis
from harness.config import PROPERTY_SETTINGS
from harness.fake_server import FakeServer
from harness.specs import SPEC_DIR, load

IOTDA = schemathesis.openapi.from_path(str(SPEC_DIR / "huaweicloud-iotda.yaml"))
ENOS = schemathesis.openapi.from_path(str(SPEC_DIR / "enos-connect.yaml"))
ROMA = schemathesis.openapi.from_path(str(SPEC_DIR / "huaweicloud-roma-link.yaml"))

APPS = {name: FakeServer(load(name)) for name in ("iotda", "enos", "roma")}
EXCLUDED = [schemathesis.checks.ignored_auth]


@IOTDA.parametrize()
@PROPERTY_SETTINGS
def test_iotda_fake_server(case: schemathesis.Case) -> None:
    case.call_and_validate(app=APPS["iotda"], excluded_checks=EXCLUDED)


@ENOS.parametrize()
@PROPERTY_SETTINGS
def test_enos_fake_server(case: schemathesis.Case) -> None:
    case.call_and_validate(
        app=APPS["enos"],
        excluded_checks=[
            *EXCLUDED,
            schemathesis.checks.negative_data_rejection,
            schemathesis.checks.missing_required_header,
            # The action path keys ("/devices#update", POST only) are one resource on the
            # wire with "/devices" (GET and POST), so the server's Allow lists both methods;
            # schemathesis reads each key as its own resource (see spec/README.md), so it
            # also expects 405 for GET on them.
            schemathesis.checks.allow_header_conformance,
            schemathesis.checks.unsupported_method,
        ],
    )


@ROMA.parametrize()
@PROPERTY_SETTINGS
def test_roma_fake_server(case: schemathesis.Case) -> None:
    case.call_and_validate(app=APPS["roma"], excluded_checks=EXCLUDED)
