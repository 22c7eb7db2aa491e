"""What the models bridge makes of schemas (issue 8): names, None for absent, open enums,
plain constrained strings, ``null`` treated as absent where the schema forbids it."""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pydantic import BaseModel, RootModel, ValidationError

from tests.conftest import models_source, run_generator

SPEC = """\
openapi: 3.1.0
info:
  title: Bridge
  version: "1"
  x-python-package: {dist-name: bridge-client, import-name: bridge_unit_client}
paths:
  /things:
    get:
      operationId: getThing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Stamp: {type: string, pattern: '^[0-9]{8}T[0-9]{6}Z$', description: compact time}
    Mode:
      type: integer
      enum: [0, 1]
      x-enum-varnames: ['OFF', 'ON']
    Thing:
      type: object
      required: [thingId]
      properties:
        thingId: {type: string}
        createdAt: {$ref: '#/components/schemas/Stamp'}
        mode: {$ref: '#/components/schemas/Mode'}
        kind: {type: string, enum: ['acme::kind::big', 'acme::kind::small']}
        label: {oneOf: [{type: string, maxLength: 3}, {type: integer}]}
        note: {type: [string, 'null']}
        id: {type: integer}
        alias: {type: string, description: "名称 (non-ASCII text before the edit point)", pattern: '^[A-Za-z 一-龥]+$'}
        after: {type: string, description: "Ünïcödé before an open enum", enum: [a, b]}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("bridge")
    (root / "api.yaml").write_text(SPEC, encoding="utf-8")
    result = run_generator("generate", "-q", str(root / "api.yaml"), "-o", str(root / "out"))
    assert result.returncode == 0, result.stderr
    dist = root / "out" / "bridge-client"
    sys.path.insert(0, str(dist))
    try:
        yield importlib.import_module("bridge_unit_client")
    finally:
        sys.path.remove(str(dist))
        for name in [n for n in sys.modules if n.startswith("bridge_unit_client")]:
            del sys.modules[name]


def _source(package: ModuleType) -> str:
    return models_source(Path(package.__file__).parent)


def test_scalar_components_and_invented_wrappers_become_plain_types(package: ModuleType) -> None:
    models = package.models
    assert not hasattr(models, "Stamp")
    assert models.__all__  # the models package loads each name on first access
    assert not any(
        isinstance(v, type) and issubclass(v, RootModel)
        for v in (getattr(models, name) for name in models.__all__)
    )
    assert models.Thing.model_fields["created_at"].annotation == str | None
    with pytest.raises(ValidationError):
        models.Thing(thing_id="t", created_at="yesterday")  # the pattern stays for requests
    with pytest.raises(ValidationError):
        models.Thing(thing_id="t", label="long")


def test_enum_names_and_open_enum_fields(package: ModuleType) -> None:
    models = package.models
    assert [m.name for m in models.Mode] == ["OFF", "ON"]
    kinds = [
        m
        for m in (getattr(models, n) for n in models.__all__)
        if isinstance(m, type) and "BIG" in dir(m)
    ]
    assert [m.name for m in kinds[0]] == ["BIG", "SMALL"]
    assert kinds[0].BIG == "acme::kind::big"
    source = _source(package)
    assert "OpenIntEnum[Mode]" in source and "OpenStrEnum[" in source


def test_attributes_aliases_and_absent_fields(package: ModuleType) -> None:
    models = package.models
    thing = models.Thing(thing_id="t")
    assert (thing.created_at, thing.mode, thing.note, thing.id_) == (None, None, None, None)
    assert thing.model_dump(exclude_unset=True) == {"thingId": "t"}
    assert models.Thing.model_validate({"thingId": "t", "id": 3}).id_ == 3
    # None for an optional member that may not be null is left out; a nullable one is kept.
    given = models.Thing(thing_id="t", mode=None, note=None)
    assert given.model_dump(mode="json", exclude_unset=True) == {"thingId": "t", "note": None}


def test_model_config_and_no_sentinel(package: ModuleType) -> None:
    source = _source(package)
    assert "MISSING" not in source
    tree = ast.parse(source)
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    thing = next(c for c in classes if c.name == "Thing")
    config = ast.get_source_segment(source, thing.body[0])
    assert config is not None
    assert "validate_by_name=True" in config and "serialize_by_alias=True" in config
    assert issubclass(package.models.Thing, BaseModel)


def test_unusable_enum_varnames_are_reported_with_their_place(tmp_path: Path) -> None:
    spec = SPEC.replace("x-enum-varnames: ['OFF', 'ON']", "x-enum-varnames: [OFF, ON]")
    spec = spec.replace("bridge_unit_client", "bridge_warn_client")
    (tmp_path / "api.yaml").write_text(spec, encoding="utf-8")
    result = run_generator("generate", str(tmp_path / "api.yaml"), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "enum-varnames" in output and "/components/schemas/Mode" in output
    assert "'ON'" in output


def test_non_ascii_spec_text_does_not_shift_the_model_edits(package: ModuleType) -> None:
    """The bridge edits generated code at ``ast`` positions, which are UTF-8 byte columns:
    non-ASCII descriptions and patterns before an edit point must not misplace it."""
    thing = package.models.Thing
    assert thing.model_fields["alias"].description.startswith("名称")
    assert thing(thing_id="t", alias="名称 ok").alias == "名称 ok"
    with pytest.raises(ValidationError):
        thing(thing_id="t", alias="digits 123")
    assert thing(thing_id="t").model_dump(exclude_unset=True, by_alias=True) == {"thingId": "t"}
