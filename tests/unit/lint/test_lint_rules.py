"""Each rule catches its broken fixture (exact rule ids and pointers); clean ones pass."""

from __future__ import annotations

import io
import pathlib
import re
from typing import Any

import pytest

from generator.lint import RULES, Finding, lint_paths
from generator.lint.examples import ExampleValidator, nullable_as_type_list
from generator.lint.rules import rule_ref_resolves
from generator.loader import Document, load

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
LINE = re.compile(r"^(?P<file>[^:]+):(?P<pointer>/[^:]*): (?P<rule>[a-z0-9-]+): (?P<message>\S.*)$")


def run(*names: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = lint_paths([FIXTURES / name for name in names], out)
    return code, out.getvalue().splitlines()


def findings(name: str, rule: str | None = None) -> tuple[int, set[tuple[str, str]]]:
    """Exit status and the ``(rule, pointer)`` pairs reported for one fixture."""
    code, lines = run(name)
    pairs = set()
    for line in lines:
        match = LINE.match(line)
        assert match, line
        if rule is None or match["rule"] == rule:
            pairs.add((match["rule"], match["pointer"]))
    return code, pairs


def test_registry_ids() -> None:
    ids = [rule.id for rule in RULES]
    assert ids == [
        "example-valid",
        "operation-id",
        "operation-docs",
        "error-body",
        "ref-resolves",
        "component-used",
        "security",
        "package-name",
    ]
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", rule_id) for rule_id in ids)


@pytest.mark.parametrize("name", ["clean31.yaml", "clean30.yaml"])
def test_clean_fixture_passes(name: str) -> None:
    assert run(name) == (0, [])


PUT = "/paths/~1things~1{thing_id}/put"
JSON = "content/application~1json"


def test_example_valid_31() -> None:
    assert findings("example_invalid.yaml") == (
        1,
        {
            ("example-valid", f"{PUT}/parameters/0/example"),  # int32 overflow
            ("example-valid", f"{PUT}/parameters/1/examples/typo/value"),  # enum
            ("example-valid", f"{PUT}/requestBody/{JSON}/example"),  # type
            ("example-valid", f"{PUT}/responses/200/{JSON}/examples/inline/value"),  # email
            ("example-valid", f"{PUT}/responses/200/{JSON}/examples/viaRef"),  # via $ref
            ("example-valid", "/components/schemas/Thing/properties/when/example"),  # date-time
            ("example-valid", "/components/schemas/Thing/examples/1"),  # 3.1 examples array
        },
    )


def test_example_valid_messages() -> None:
    _, lines = run("example_invalid.yaml")
    text = "\n".join(lines)
    assert "example 'viaRef' (#/components/examples/NoName)" in text
    assert "'name' is a required property" in text
    assert "at /owner/email: 'not-an-email' is not a 'email'" in text  # through $ref Owner


def test_example_valid_30() -> None:
    get = f"/paths/~1things/get/responses/200/{JSON}/example"
    assert findings("example_invalid30.yaml") == (
        1,
        {
            ("example-valid", get),  # int64 overflow and null for a non-nullable string
            ("example-valid", "/components/schemas/Thing/properties/size/example"),
        },
    )
    _, lines = run("example_invalid30.yaml")
    assert sum(f"{get}: example-valid" in line for line in lines) == 2


def test_example_directions_honour_read_only_and_write_only() -> None:
    doc = load(FIXTURES / "clean31.yaml")
    checker = ExampleValidator(doc)
    device = "/components/schemas/Device"
    no_id = {"name": "n", "secret": "s"}
    no_secret = {"id": "7f9c2ba4-e88f-11ea-adc1-0242ac120002", "name": "n"}
    assert checker.problems(no_id, device, "request") == []
    assert checker.problems(no_secret, device, "response") == []
    assert checker.problems(no_id, device, "response") == ["'id' is a required property"]
    assert checker.problems(no_secret, device, "request") == ["'secret' is a required property"]


def test_nullable_becomes_a_type_list_outside_instance_data() -> None:
    data: dict[str, Any] = {
        "components": {
            "schemas": {
                "example": {"type": "string", "nullable": True},
                "T": {"default": {"type": "string", "nullable": True}},
            }
        }
    }
    converted = nullable_as_type_list(data)
    assert converted["components"]["schemas"]["example"]["type"] == ["string", "null"]
    assert converted["components"]["schemas"]["T"]["default"]["type"] == "string"
    assert data["components"]["schemas"]["example"]["type"] == "string"  # not mutated


def test_operation_id() -> None:
    a, b = "/paths/~1a", "/paths/~1b"
    code, pairs = findings("operation_id.yaml", "operation-id")
    assert code == 1
    assert pairs == {
        ("operation-id", f"{a}/get"),  # missing
        ("operation-id", f"{a}/put/operationId"),  # duplicate of post
        ("operation-id", f"{a}/patch/operationId"),  # same snake_case as getThing
        ("operation-id", f"{b}/get/operationId"),  # keyword
        ("operation-id", f"{b}/post/operationId"),  # starts with a digit
        ("operation-id", f"{b}/put/operationId"),  # nothing left
        ("operation-id", "/webhooks/ping/post/operationId"),  # duplicate in a webhook
    }


def test_operation_docs() -> None:
    a = "/paths/~1a"
    assert findings("operation_docs.yaml") == (
        1,
        {
            ("operation-docs", f"{a}/get"),  # no summary
            ("operation-docs", f"{a}/post/description"),  # empty description
            ("operation-docs", f"{a}/put"),  # no tags
            ("operation-docs", f"{a}/patch"),  # empty tags
            ("operation-docs", f"{a}/delete/tags/1"),  # undeclared tag
        },
    )


def test_error_body() -> None:
    r = "/paths/~1a/get/responses"
    assert findings("error_body.yaml") == (
        1,
        {
            ("error-body", f"{r}/301"),  # no content
            ("error-body", f"{r}/404"),  # no content
            ("error-body", f"{r}/4XX/content/application~1json"),  # media type without schema
            ("error-body", f"{r}/500"),  # via $ref to a bodiless component
            ("error-body", f"{r}/default"),  # x-bodiless with content
        },
    )


def test_component_used() -> None:
    c = "/components"
    assert findings("component_used.yaml") == (
        1,
        {
            ("component-used", f"{c}/securitySchemes/unused"),
            ("component-used", f"{c}/schemas/Orphan"),
            ("component-used", f"{c}/schemas/OrphansChild"),  # only used by an unused one
            ("component-used", f"{c}/schemas/SelfOnly"),  # only used by itself
            ("component-used", f"{c}/responses/UnusedResponse"),
            ("component-used", f"{c}/parameters/UnusedParameter"),
            ("component-used", f"{c}/examples/UnusedExample"),
            ("component-used", f"{c}/requestBodies/UnusedBody"),
            ("component-used", f"{c}/headers/UnusedHeader"),
            ("component-used", f"{c}/links/UnusedLink"),
            ("component-used", f"{c}/callbacks/UnusedCallback"),
            ("component-used", f"{c}/pathItems/UnusedPathItem"),
        },
    )


def test_security() -> None:
    assert findings("security.yaml") == (
        1,
        {
            ("security", "/paths/~1a/get"),  # no requirement at all
            ("security", "/paths/~1a/put/security/0/nope"),  # undefined scheme
        },
    )
    assert findings("security_root.yaml") == (1, {("security", "/security/1/missing")})


def test_dangling_ref_under_a_default_response_is_caught_by_the_loader() -> None:
    # `default` here names a response, not a schema default: the loader must follow it
    code, pairs = findings("ref_hidden.yaml")
    assert code == 2
    assert pairs == {
        ("unresolved-ref", "/paths/~1a/get/responses/default/$ref"),
        # a cycle of refs to refs is refused by the loader too
        ("ref-cycle", "/components/schemas/Loop/$ref"),
        ("ref-cycle", "/components/schemas/Loop2/$ref"),
        ("ref-cycle", "/paths/~1a/get/responses/200/content/application~1json/schema/$ref"),
    }


def test_ref_resolves_on_a_hand_built_document() -> None:
    data = {
        "openapi": "3.1.0",
        "paths": {
            "/a": {
                "get": {
                    "parameters": [{"$ref": "other.yaml#/P"}],
                    "responses": {"200": {"$ref": "#/components/responses/Gone"}},
                }
            }
        },
    }
    doc = Document(pathlib.Path("x.yaml"), "x.yaml", data, "3.1")
    assert sorted(rule_ref_resolves(doc)) == [
        Finding(
            "/paths/~1a/get/parameters/0/$ref",
            "other.yaml#/P is not a local reference (it should have been bundled)",
        ),
        Finding(
            "/paths/~1a/get/responses/200/$ref", "#/components/responses/Gone does not resolve"
        ),
    ]


def test_openapi_schema_findings_and_our_rules_together() -> None:
    assert findings("openapi_schema.yaml") == (
        1,
        {("openapi-schema", "/info"), ("operation-docs", "/paths/~1a/get")},
    )
