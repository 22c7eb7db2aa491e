"""Run the CLI in process with the working directory, TMPDIR and output under tmp_path."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return (self.out + self.err).splitlines()


@dataclass
class Workspace:
    """A working directory (the default --root), a private TMPDIR and a helper to run."""

    root: Path
    tmp: Path
    capsys: pytest.CaptureFixture[str]

    def write(self, name: str, text: str | bytes) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def run(self, *args: str) -> Run:
        self.capsys.readouterr()
        code = main(list(args))
        captured = self.capsys.readouterr()
        assert "Traceback" not in captured.err
        assert "internal error" not in captured.out + captured.err
        assert code in (0, 1, 2)
        return Run(code, captured.out, captured.err)

    def files(self) -> set[str]:
        return {p.relative_to(self.root).as_posix() for p in self.root.rglob("*")}


@pytest.fixture
def ws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Workspace]:
    root = tmp_path / "work"
    tmp = tmp_path / "tmp"
    root.mkdir()
    tmp.mkdir()
    monkeypatch.chdir(root)
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    workspace = Workspace(root, tmp, capsys)
    yield workspace
    assert os.listdir(tmp) == [], "a temporary file or directory was left behind"
