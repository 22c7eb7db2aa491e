"""Source positions of JSON pointers, for YAML (node marks) and JSON (lazy walk)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.diagnostics import Diagnostic, Level, Location, pointer
from generator.loader import load
from generator.loader.positions import JsonPositions, load_yaml

YAML_TEXT = """\
openapi: 3.1.0
info:
  title: t
  version: '1'
paths:
  /a/b:
    get:
      parameters:
        - name: x
          in: query
        - name: "y~z"
          in: query
      responses:
        '200':
          description: ok
"""


def _pointers(node: object, prefix: str = "") -> list[str]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _pointers(v, prefix + pointer(k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _pointers(v, prefix + pointer(i))
    return out


def test_yaml_positions_name_the_key_line() -> None:
    sink: list[object] = []
    data = load_yaml(YAML_TEXT, getattr(yaml, "CSafeLoader", yaml.SafeLoader), sink)  # type: ignore[arg-type]
    assert data == yaml.safe_load(YAML_TEXT)
    (positions,) = sink
    lines = YAML_TEXT.splitlines()
    assert positions.locate("/paths/~1a~1b/get") == (7, 5)  # type: ignore[attr-defined]
    assert positions.locate("/paths/~1a~1b/get/parameters/1/name") == (11, 11)  # type: ignore[attr-defined]
    assert positions.locate("/paths/~1a~1b/get/responses/200") == (14, 9)  # type: ignore[attr-defined]
    for ptr in _pointers(data):
        line, column = positions.locate(ptr)  # type: ignore[attr-defined]
        token = ptr.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
        rest = lines[line - 1][column - 1 :]
        item = token.isdigit() and rest.startswith("name:")  # a sequence item starts there
        assert item or rest.lstrip("'\"").startswith(token), (ptr, rest)


def test_missing_pointer_maps_to_the_deepest_ancestor() -> None:
    sink: list[object] = []
    load_yaml(YAML_TEXT, yaml.SafeLoader, sink)
    (positions,) = sink
    assert positions.locate("/paths/~1a~1b/post/x") == positions.locate("/paths/~1a~1b")  # type: ignore[attr-defined]
    assert positions.locate("") == (1, 1)  # type: ignore[attr-defined]


def test_json_positions_match_every_node() -> None:
    data = yaml.safe_load(YAML_TEXT)
    data["paths"]["/a/b"]["get"]["x-text"] = 'quote " and \\ and \u00e9'
    text = json.dumps(data, indent=2, ensure_ascii=False)
    positions = JsonPositions(text)
    lines = text.splitlines()
    every = _pointers(data)
    found = positions.locate_many(every)
    for ptr in every:
        line, column = found[ptr]
        token = ptr.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
        rest = lines[line - 1][column - 1 :]
        item = token.isdigit() and rest.startswith("{")
        assert item or rest.startswith(json.dumps(token, ensure_ascii=False)), (ptr, rest)
    assert positions.locate("/paths/~1a~1b/nope/deeper") == found["/paths/~1a~1b"]
    compact = JsonPositions(json.dumps(data, separators=(",", ":")))
    assert compact.locate("/paths/~1a~1b/get/responses")[0] == 1


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_load_keeps_positions_only_when_asked(tmp_path: Path, suffix: str) -> None:
    data = yaml.safe_load(YAML_TEXT)
    path = tmp_path / f"doc{suffix}"
    path.write_text(
        YAML_TEXT if suffix == ".yaml" else json.dumps(data, indent=1), encoding="utf-8"
    )
    assert load(path, validate=False).positions is None
    doc = load(path, validate=False, positions=True)
    assert doc.positions is not None
    line, _ = doc.positions.locate("/paths/~1a~1b/get/responses")
    text = path.read_text(encoding="utf-8").splitlines()
    assert "responses" in text[line - 1]


def test_location_position_is_extra_information() -> None:
    plain = Diagnostic(Location("f.yaml", "/a"), Level.ERROR, "r", "m")
    placed = plain.placed(3, 4)
    assert placed == plain  # same file + pointer: equal and sorted alike
    assert (placed.location.line, placed.location.column) == (3, 4)
    assert str(placed) == str(plain)
