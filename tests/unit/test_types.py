from pathlib import Path

from generator.ir.types import TypeMapper, translate_pattern
from generator.loader.document import Document


def _mapper() -> TypeMapper:
    doc = Document(
        Path("x.yaml"), "x.yaml", {"components": {"schemas": {"Pet": {"type": "object"}}}}, "3.1"
    )
    return TypeMapper(doc, {"#/components/schemas/Pet": "Pet"})


def test_primitives_and_containers() -> None:
    m = _mapper()
    assert m.annotation({"type": "string"}) == "str"
    assert m.annotation({"type": "integer"}) == "int"
    assert (
        m.annotation({"type": "array", "items": {"$ref": "#/components/schemas/Pet"}})
        == "list[models.Pet]"
    )
    assert m.annotation({"type": ["string", "null"]}) == "str | None"
    assert m.annotation({"type": "string", "nullable": True}) == "str | None"
    assert m.annotation({"enum": ["ASC", "asc"]}) == "Literal['ASC', 'asc']"
    assert (
        m.annotation({"type": "object", "additionalProperties": {"type": "integer"}})
        == "dict[str, int]"
    )
    assert m.annotation({}) == "Any"


def test_constraints_are_kept_for_validation() -> None:
    m = _mapper()
    assert m.annotation(
        {"type": "string", "maxLength": 36, "pattern": "^\\d+$"}, constraints=True
    ) == ("Annotated[str, Field(max_length=36, pattern='^[0-9]+$')]")
    assert m.annotation({"type": "integer", "format": "int64"}, constraints=True) == (
        f"Annotated[int, Field(ge={-(2**63)}, le={2**63 - 1})]"
    )


def test_pattern_dialect() -> None:
    assert translate_pattern("^\\d{3}$") == "^[0-9]{3}$"
    assert translate_pattern("^(?=.*[a-z]).{8,}$") is None  # lookahead: not runnable
    assert translate_pattern("^[\\p{L}]+$") == "^[\\p{L}]+$"
