"""loader: pointers, literal data versus references, anchors, validation findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import GenerationError
from generator.loader import load, resolve_pointer
from generator.loader.refs import is_literal_data


def test_resolve_pointer_unescapes_tokens() -> None:
    data = {"paths": {"/a/{id}": {"get": {"x~y": [10, 20]}}}}
    assert resolve_pointer(data, "/paths/~1a~1{id}/get/x~0y/1") == 20
    with pytest.raises(KeyError):
        resolve_pointer(data, "/paths/missing")


@pytest.mark.parametrize(
    ("here", "key", "literal"),
    [
        ("/components/schemas/A", "default", True),  # a schema's default value
        ("/components/schemas/A", "example", True),
        ("/paths/~1a/get/responses", "default", False),  # the `default` response
        ("/components/schemas/A/properties", "example", False),  # a property named example
        ("/components/examples/E", "value", True),  # an Example Object's value
        ("/paths/~1a/get/requestBody/content/application~1json/examples/E", "value", True),
    ],
)
def test_literal_data_is_told_from_names(here: str, key: str, literal: bool) -> None:
    assert is_literal_data(here, key) is literal


def test_anchor_refs_resolve_and_refs_inside_examples_are_data(tmp_path: Path) -> None:
    spec = tmp_path / "a.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: A, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Pet:\n      type: object\n      properties:\n        id: {type: integer, $anchor: pet_id}\n"
        "    Ref: {$ref: '#pet_id'}\n"
        "    WithExample:\n      type: object\n      example: {$ref: '#/not/a/ref'}\n"
    )
    doc = load(spec)
    assert doc.data["components"]["schemas"]["Ref"] == {
        "$ref": "#/components/schemas/Pet/properties/id"
    }


def test_validator_findings_are_warnings_for_generate_and_errors_for_lint(tmp_path: Path) -> None:
    spec = tmp_path / "a.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: A, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses:\n        '200': {description: ok, content: {application/json: "
        "{schema: {type: strin}}}}\n"
    )
    lenient = load(spec, background=True)
    from generator.diagnostics import Collector

    collector = Collector()
    lenient.finish_validation(collector)
    assert collector.warnings and not collector.errors
    assert all(d.rule == "openapi-schema" for d in collector.warnings)
    with pytest.raises(GenerationError) as caught:
        load(spec, strict=True)
    assert all(d.rule == "openapi-schema" for d in caught.value.diagnostics)


def test_lone_surrogates_in_json_are_replaced_with_a_warning(tmp_path: Path) -> None:
    spec = tmp_path / "a.json"
    spec.write_text(
        '{"openapi": "3.1.0", "info": {"title": "A \\ud83d\\ude00", "version": "1",'
        ' "description": "lone \\ud800"}, "paths": {}}'
    )
    doc = load(spec, validate=False)
    assert doc.data["info"]["title"] == "A \U0001f600"  # a proper pair stays
    assert doc.data["info"]["description"] == "lone \ufffd"
    assert [d.rule for d in doc.diagnostics] == ["lone-surrogate"]
