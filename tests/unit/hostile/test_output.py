"""An unusable output directory: exit 2 with a clear message, nothing created, nothing
left in the temporary directory, an existing package untouched."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from generator.render import writer
from generator.render.writer import snapshot
from tests.unit.hostile.conftest import Workspace

GOOD = "openapi: 3.1.0\ninfo: {title: Good, version: '1'}\npaths: {}\n"
#: The same package name as GOOD, but a document that cannot be used.
BROKEN = "openapi: 3.1.0\ninfo: {title: Good, version: '1'}\npaths: []\n"


def test_output_is_a_regular_file(ws: Workspace) -> None:
    ws.write("doc.yaml", GOOD)
    ws.write("out", "a file")
    result = ws.run("generate", "doc.yaml", "-o", "out")
    assert result.code == 2
    assert (
        "out:/: error: output: output directory out exists and is not a directory" in result.lines
    )
    assert (ws.root / "out").read_text() == "a file"
    assert ws.files() == {"doc.yaml", "out"}


def test_output_parent_is_a_regular_file(ws: Workspace) -> None:
    ws.write("doc.yaml", GOOD)
    ws.write("parent", "a file")
    result = ws.run("generate", "doc.yaml", "-o", "parent/out")
    assert result.code == 2
    assert (
        "parent/out:/: error: output: cannot create output directory parent/out: "
        f"{ws.root.resolve() / 'parent'} is not a directory"
    ) in result.lines
    assert ws.files() == {"doc.yaml", "parent"}


def test_package_target_is_a_regular_file(ws: Workspace) -> None:
    ws.write("doc.yaml", GOOD)
    ws.write("out/good-client", "a file where the package goes")
    result = ws.run("generate", "doc.yaml", "-o", "out")
    assert result.code == 2
    assert (
        "out/good-client:/: error: output: out/good-client exists and is not a directory; "
        "remove it to generate good-client there"
    ) in result.lines
    assert ws.files() == {"doc.yaml", "out", "out/good-client"}
    assert (ws.root / "out/good-client").read_text() == "a file where the package goes"


def test_package_target_is_a_symlink(ws: Workspace, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    ws.write("doc.yaml", GOOD)
    (ws.root / "out").mkdir()
    (ws.root / "out/good-client").symlink_to(elsewhere)
    result = ws.run("generate", "doc.yaml", "-o", "out")
    assert result.code == 2
    assert any("out/good-client exists and is not a directory" in line for line in result.lines)
    assert list(elsewhere.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any directory")
def test_output_is_not_writable(ws: Workspace) -> None:
    ws.write("doc.yaml", GOOD)
    (ws.root / "out").mkdir()
    (ws.root / "out").chmod(0o500)
    try:
        result = ws.run("generate", "doc.yaml", "-o", "out")
    finally:
        (ws.root / "out").chmod(0o700)
    assert result.code == 2
    assert "out:/: error: output: output directory out is not writable" in result.lines


def test_a_write_failure_leaves_nothing(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """What access checks cannot foresee (a read-only mount, a full disk) is a clean error
    too, and the output directory created for the run is removed again."""
    ws.write("doc.yaml", GOOD)

    def refuse(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writer.tempfile, "mkdtemp", refuse)
    result = ws.run("generate", "doc.yaml", "-o", "new/out")
    assert result.code == 2
    assert "new/out:/: error: output: cannot write to new/out: Permission denied" in result.lines
    assert ws.files() == {"doc.yaml"}


def test_a_failure_while_rendering_leaves_the_existing_package(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.write("doc.yaml", GOOD)
    assert ws.run("generate", "doc.yaml", "-o", "out").code == 0
    before = snapshot(ws.root / "out")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "write_files", full_disk)
    result = ws.run("generate", "--no-cache", "doc.yaml", "-o", "out")  # render again
    assert result.code == 2
    assert "out:/: error: output: cannot write to out: No space left on device" in result.lines
    assert snapshot(ws.root / "out") == before
    assert sorted(p.name for p in (ws.root / "out").iterdir()) == ["good-client"]


def test_a_broken_document_leaves_the_existing_package(ws: Workspace) -> None:
    ws.write("doc.yaml", GOOD)
    assert ws.run("generate", "doc.yaml", "-o", "out").code == 0
    before = snapshot(ws.root / "out")
    ws.write("doc.yaml", BROKEN)
    result = ws.run("generate", "doc.yaml", "-o", "out")
    assert result.code == 2
    assert "doc.yaml:/paths: error: wrong-type: paths must be a mapping, not a list" in result.lines
    assert snapshot(ws.root / "out") == before


def test_a_new_output_directory_is_not_created_on_failure(ws: Workspace) -> None:
    ws.write("doc.yaml", BROKEN)
    result = ws.run("generate", "doc.yaml", "-o", "a/b/out")
    assert result.code == 2
    assert ws.files() == {"doc.yaml"}


def test_check_with_an_unusable_document_leaves_no_temporary_directory(ws: Workspace) -> None:
    ws.write("doc.yaml", BROKEN)
    result = ws.run("check", "doc.yaml", "-o", "out")
    assert result.code == 2
    assert os.listdir(tempfile.gettempdir()) == []
