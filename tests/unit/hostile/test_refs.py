"""File refs: only regular files below the root, within the size limits; cycles end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.loader import parse
from tests.conftest import models_source
from tests.unit.hostile.conftest import Workspace


def api(schema_ref: str) -> str:
    return json.dumps(
        {
            "openapi": "3.1.0",
            "info": {"title": "Refs", "version": "1"},
            "paths": {
                "/a": {
                    "get": {
                        "operationId": "getA",
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": {"$ref": schema_ref}}},
                            }
                        },
                    }
                }
            },
        }
    )


def test_cycles_through_file_refs_end(ws: Workspace) -> None:
    ws.write("doc.json", api("b.json#/B"))
    ws.write(
        "b.json",
        json.dumps({"B": {"type": "object", "properties": {"c": {"$ref": "c.json#/C"}}}}),
    )
    ws.write(
        "c.json",
        json.dumps({"C": {"type": "object", "properties": {"b": {"$ref": "b.json#/B"}}}}),
    )
    result = ws.run("generate", "-q", "doc.json", "-o", "out")
    assert result.code == 0, result.err
    models = models_source(ws.root / "out/refs-client/refs_client")
    assert "class B(BaseModel)" in models
    assert "class C(BaseModel)" in models


def test_a_ref_only_cycle_through_files_degrades_or_is_refused(ws: Workspace) -> None:
    ws.write("doc.json", api("b.json#/B"))
    ws.write("b.json", json.dumps({"B": {"$ref": "c.json#/C"}}))
    ws.write("c.json", json.dumps({"C": {"$ref": "b.json#/B"}}))
    message = (
        "doc.json:/paths/~1a/get/responses/200/content/application~1json/schema/$ref: {}: "
        "ref-cycle: reference cycle that never reaches an object: #/components/schemas/B -> "
        "#/components/schemas/C -> #/components/schemas/B"
    )
    generated = ws.run("generate", "doc.json", "-o", "out")
    assert generated.code == 0
    assert message.format("warning") + "; typed as Any" in generated.lines, generated.err
    strict = ws.run("generate", "--strict", "doc.json", "-o", "strict")
    assert strict.code == 2
    assert message.format("error") in strict.lines, strict.err
    result = ws.run("lint", "doc.json")
    assert result.code == 2
    assert message.format("").replace(": : ", ": ") in result.lines, result.out


def test_a_chain_of_file_refs_costs_no_stack(ws: Workspace) -> None:
    length = 1500  # deeper than Python's recursion limit if bundling recursed per file
    ws.write("doc.json", api("f0.json#/S"))
    for index in range(length):
        ws.write(
            f"f{index}.json",
            json.dumps(
                {"S": {"type": "object", "properties": {"n": {"$ref": f"f{index + 1}.json#/S"}}}}
            ),
        )
    ws.write(f"f{length}.json", json.dumps({"S": {"type": "string"}}))
    result = ws.run("lint", "doc.json")
    assert result.code == 2
    assert "f499.json:/: limit: more than 500 files referenced" in result.lines, result.out[-2000:]


def test_root_option_allows_refs_outside_the_working_directory(
    ws: Workspace, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "schemas.json").write_text(json.dumps({"S": {"type": "string"}}))
    ws.write("doc.json", api("../shared/schemas.json#/S"))
    refused = ws.run("generate", "--strict", "doc.json", "-o", "out")
    assert refused.code == 2
    assert any(
        "error: ref-outside-root: ../shared/schemas.json is outside" in line
        for line in refused.lines
    )
    degraded = ws.run("generate", "doc.json", "-o", "out")
    assert degraded.code == 0
    assert any(
        "warning: ref-outside-root: ../shared/schemas.json is outside" in line
        and line.endswith("; typed as Any")
        for line in degraded.lines
    ), degraded.err
    allowed = ws.run("generate", "doc.json", "-o", "out", "--root", str(tmp_path))
    assert allowed.code == 0, allowed.err
    assert "ref-outside-root" not in allowed.err
    assert ws.run("lint", "doc.json", "--root", str(tmp_path)).code in (0, 1)


def test_a_symlink_leaving_the_root_is_refused(ws: Workspace, tmp_path: Path) -> None:
    (tmp_path / "secret.json").write_text(json.dumps({"S": {"type": "string"}}))
    (ws.root / "link.json").symlink_to(tmp_path / "secret.json")
    ws.write("doc.json", api("link.json#/S"))
    where = "doc.json:/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
    result = ws.run("generate", "--strict", "doc.json", "-o", "out")
    assert result.code == 2
    assert any(
        line.startswith(
            f"{where}: error: ref-outside-root: link.json is outside the root directory"
        )
        for line in result.lines
    ), result.err
    degraded = ws.run("generate", "doc.json", "-o", "out")
    assert degraded.code == 0
    assert any(
        line.startswith(f"{where}: warning: ref-outside-root: link.json is outside")
        for line in degraded.lines
    ), degraded.err


def test_the_document_itself_must_be_a_regular_file(ws: Workspace) -> None:
    for command in (["generate", "/dev/zero", "-o", "out"], ["lint", "/dev/zero"]):
        result = ws.run(*command)
        assert result.code == 2
        assert any(
            "/dev/zero:/: " in line
            and "unreadable: not a regular file (a device, pipe or socket)" in line
            for line in result.lines
        ), result.lines
    assert ws.files() == set()


def test_a_device_below_the_root_is_not_read(ws: Workspace) -> None:
    ws.write("doc.json", api("zero#/S"))
    (ws.root / "zero").symlink_to("/dev/zero")
    result = ws.run("generate", "--strict", "doc.json", "-o", "out", "--root", "/")
    assert result.code == 2
    assert (
        "/dev/zero:/: error: unreadable: not a regular file (a device, pipe or socket)"
        in result.lines
    )
    degraded = ws.run("generate", "doc.json", "-o", "out", "--root", "/")
    assert degraded.code == 0
    assert (
        "/dev/zero:/: warning: unreadable: not a regular file (a device, pipe or socket); "
        "the refs to this file are not followed"
    ) in degraded.lines, degraded.err


def test_file_size_limit(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse, "MAX_FILE_BYTES", 1000)
    ws.write("doc.json", api("big.json#/S"))
    ws.write("big.json", json.dumps({"S": {"type": "string", "description": "x" * 2000}}))
    result = ws.run("generate", "doc.json", "-o", "out")
    assert result.code == 2
    assert "big.json:/: error: limit: too large: a file may have at most 1000 bytes" in result.lines


def test_total_size_limit(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse, "MAX_TOTAL_BYTES", 1500)
    ws.write("doc.json", api("a.json#/S"))
    ws.write("a.json", json.dumps({"S": {"$ref": "b.json#/S", "description": "x" * 500}}))
    ws.write("b.json", json.dumps({"S": {"type": "string", "description": "x" * 800}}))
    result = ws.run("generate", "doc.json", "-o", "out")
    assert result.code == 2
    assert (
        "b.json:/: error: limit: too large: a document and its file references may have at "
        "most 1500 bytes"
    ) in result.lines, result.err
