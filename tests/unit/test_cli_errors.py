"""Broken input: a located message, exit status 2, no traceback, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import models_source, run_generator

GOOD = """openapi: 3.1.0
info: {title: Good, version: '1'}
paths: {}
"""
CASES = {
    "bad-yaml": ("openapi: 3.1.0\ninfo: [unclosed\n", "invalid YAML at line"),
    "dangling-ref": (
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema: {$ref: '#/components/schemas/Nope'}\n",
        "/paths/~1x/get/responses/200/content/application~1json/schema/$ref",
    ),
    "wrong-version": (
        "openapi: 2.5.0\ninfo: {title: T, version: '1'}\npaths: {}\n",
        ":/openapi: error: version",
    ),
    "swagger": (
        "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n",
        "Swagger 2.0 is not supported",
    ),
    "missing-file": (None, "file not found"),
    "missing-external": (
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses:\n        '200': {$ref: 'other.yaml#/Nope'}\n",
        "cannot load other.yaml",
    ),
}


#: Refs that cannot be followed degrade a part of the document unless --strict asks for
#: refusal (tests/unit/hostile/test_slips.py shows the degraded output).
STRICT = {"dangling-ref", "missing-external"}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_document_exits_2_and_writes_nothing(case: str, tmp_path: Path) -> None:
    text, expected = CASES[case]
    spec = tmp_path / "broken.yaml"
    if text is not None:
        spec.write_text(text)
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("untouched")
    strict = ["--strict"] if case in STRICT else []
    result = run_generator(
        "generate", str(good), str(spec), "-o", str(out), "--root", str(tmp_path), *strict
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert expected in result.stderr
    assert "broken.yaml" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]  # not even the good package


def test_relative_file_refs_are_bundled(tmp_path: Path) -> None:
    (tmp_path / "schemas.yaml").write_text(
        "Pet:\n  type: object\n  properties:\n    name: {type: string}\n    friend: {$ref: '#/Pet'}\n"
    )
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: Split, version: '1'}\npaths:\n  /pets:\n    get:\n"
        "      operationId: listPets\n      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n              schema:\n"
        "                type: array\n                items: {$ref: 'schemas.yaml#/Pet'}\n"
    )
    result = run_generator(
        "generate",
        "-q",
        str(tmp_path / "api.yaml"),
        "-o",
        str(tmp_path / "out"),
        "--root",
        str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    client = (tmp_path / "out/split-client/split_client/_client.py").read_text()
    assert "-> list[models.Pet]:" in client
    assert "friend: Annotated[Pet | None, Field(exclude_if=is_none)] = None" in models_source(
        tmp_path / "out/split-client/split_client"
    )


def test_lint_is_wired_to_the_cli() -> None:
    result = run_generator("lint", "spec/huaweicloud-iotda.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
