"""IR side of the request rules of issue 13: what the bridge and the type mapper decide."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diagnostics import Collector
from generator.ir.build import Builder
from generator.ir.types import TypeMapper
from generator.loader.document import Document


def _doc(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> Document:
    data = {
        "openapi": "3.1.0",
        "info": {"title": "Rules", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }
    return Document(Path("x.yaml"), "x.yaml", data, "3.1")


def _models_code(schemas: dict[str, Any]) -> str:
    """The models module (before ruff formats it), with quotes and spacing normalised."""
    code = Builder(_doc(schemas), Collector()).build().models_code
    return " ".join(code.replace("'", '"').split())


def test_enum_component_parameters_take_member_or_value() -> None:
    doc = _doc({"Order": {"type": "string", "enum": ["asc", "desc"]}, "Pet": {"type": "object"}})
    mapper = TypeMapper(
        doc, {"#/components/schemas/Order": "Order", "#/components/schemas/Pet": "Pet"}
    )
    ref = {"$ref": "#/components/schemas/Order"}
    assert mapper.annotation(ref) == "models.Order | Literal['asc', 'desc']"
    assert mapper.annotation(ref, constraints=True) == "Literal['asc', 'desc']"
    assert mapper.annotation({"$ref": "#/components/schemas/Pet"}) == "models.Pet"


def test_checked_formats_travel_with_the_validator_only() -> None:
    mapper = TypeMapper(_doc({}), {})
    schema = {"type": "string", "format": "uuid"}
    assert mapper.annotation(schema) == "str"
    assert mapper.annotation(schema, constraints=True) == (
        "Annotated[str, Field(json_schema_extra={'format': 'uuid'})]"
    )
    # formats without a cheap, well-defined check are documentation only
    assert mapper.annotation({"type": "string", "format": "hostname"}, constraints=True) == "str"


def test_required_names_missing_from_properties_are_declared_but_not_in_allof_parts() -> None:
    code = _models_code(
        {
            "Label": {
                "type": "object",
                "required": ["name", "color"],
                "properties": {"name": {"type": "string"}},
            },
            "Base": {"type": "object", "properties": {"size": {"type": "integer"}}},
            "Child": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "required": ["size"], "properties": {"x": {}}},
                ]
            },
        }
    )
    assert "color: Any" in code
    assert "size: Any" not in code  # the allOf part did not override Base's integer


def test_discriminator_kept_when_every_variant_requires_its_tag() -> None:
    variant = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string", "enum": ["a"]}},
    }
    schemas = {
        "U": {
            "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
            "discriminator": {"propertyName": "kind"},
        },
        "A": variant,
        "B": {**variant, "properties": {"kind": {"type": "string", "enum": ["b"]}}},
    }
    assert 'discriminator="kind"' in _models_code(schemas)
    schemas["B"] = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["b"]}}}
    code = _models_code(schemas)
    assert "discriminator" not in code
    assert "kind: Literal" not in code.split("class B(")[1].split(" class ")[0]


def test_closed_object_rules_reach_the_model_config() -> None:
    code = _models_code(
        {
            "Patch": {
                "type": "object",
                "additionalProperties": False,
                "minProperties": 1,
                "properties": {
                    "at": {"type": "string", "format": "date-time"},
                    "ids": {"type": "array", "items": {"type": "string", "format": "uuid"}},
                },
            }
        }
    )
    assert (
        'json_schema_extra={"additionalProperties": False, "minProperties": 1, '
        '"formats": {"at": "date-time", "ids": ["uuid"]}}' in code
    )
    assert 'extra="allow"' in code  # responses keep unknown members
