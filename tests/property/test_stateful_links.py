"""Stateful property test over each document's OpenAPI links (create -> show/update/delete)
against the stateful fake server, with schemathesis' standard checks."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from harness.fake_server import StatefulFakeServer
from harness.specs import SPEC_DIR, load
from hypothesis import HealthCheck, settings

DOCUMENTS = {
    "iotda": "huaweicloud-iotda.yaml",
    "roma": "huaweicloud-roma-link.yaml",
    "enos": "enos-connect.yaml",
}
EXCLUDED = [
    schemathesis.checks.ignored_auth,
    # EnOS reports invalid input in-band (HTTP 200), and its action path keys share one
    # resource on the wire (see test_fake_server.py).
    schemathesis.checks.negative_data_rejection,
    schemathesis.checks.missing_required_header,
    schemathesis.checks.allow_header_conformance,
    schemathesis.checks.unsupported_method,
    # The fake answers examples: a "use after free" after a delete is answered by the
    # stateful fake, but the example-based answers of other operations are not state.
    schemathesis.checks.use_after_free,
    schemathesis.checks.ensure_resource_availability,
]


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_links_walk_the_lifecycle(name: str) -> None:
    schema = schemathesis.openapi.from_path(str(SPEC_DIR / DOCUMENTS[name]))
    app = StatefulFakeServer(load(name))
    assert app.pointers, f"{name}: no create operation with links"

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def call(self, case: schemathesis.Case, **kwargs: Any) -> Any:
            return case.call(app=app, **kwargs)

        def validate_response(
            self, response: Any, case: schemathesis.Case, additional_checks: Any = None, **kw: Any
        ) -> None:
            case.validate_response(response, excluded_checks=EXCLUDED, transport_kwargs=kw)

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
    # The walk really followed the links: resources were created and then found by the
    # IDs the links carried.
    assert app.hits["created"] > 0, app.hits
    assert app.hits["found"] > 0, app.hits
