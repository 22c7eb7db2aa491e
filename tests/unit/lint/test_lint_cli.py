"""lint_paths: output shape, sorting and exit statuses 0/1/2."""

from __future__ import annotations

import io
import os
import pathlib
import re
import subprocess
import sys

import pytest

from generator.lint import lint_paths

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
LINE = re.compile(r"^(?P<file>[^:]+):(?P<pointer>/[^:]*): (?P<rule>[a-z0-9-]+): (?P<message>\S.*)$")
BROKEN = sorted(p.name for p in FIXTURES.glob("*.yaml") if not p.name.startswith("clean"))


def run(*names: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = lint_paths([FIXTURES / name for name in names], out)
    return code, out.getvalue().splitlines()


def parse(line: str) -> re.Match[str]:
    match = LINE.match(line)
    assert match, f"not `file:pointer: rule: message`: {line!r}"
    return match


@pytest.mark.parametrize(
    ("names", "status"),
    [
        (["clean31.yaml"], 0),
        (["clean31.yaml", "clean30.yaml"], 0),
        (["example_invalid.yaml"], 1),
        (["clean31.yaml", "security.yaml"], 1),
        (["bad_yaml.yaml"], 2),
        (["dangling_ref.yaml"], 2),
        (["wrong_version.yaml"], 2),
        (["does_not_exist.yaml"], 2),
        (["security.yaml", "bad_yaml.yaml"], 2),
    ],
)
def test_exit_status(names: list[str], status: int) -> None:
    code, lines = run(*names)
    assert code == status
    assert bool(lines) == (status != 0)


@pytest.mark.parametrize(
    ("name", "rule", "pointer", "text"),
    [
        ("bad_yaml.yaml", "unreadable", "/", "invalid YAML at line 8"),
        (
            "dangling_ref.yaml",
            "unresolved-ref",
            "/paths/~1a/get/responses/200/content/application~1json/schema/$ref",
            "#/components/schemas/Missing does not resolve",
        ),
        ("wrong_version.yaml", "version", "/openapi", "unsupported OpenAPI version '2.5.0'"),
        ("does_not_exist.yaml", "unreadable", "/", "file not found"),
    ],
)
def test_unusable_input_is_located(name: str, rule: str, pointer: str, text: str) -> None:
    code, lines = run(name)
    assert code == 2
    assert len(lines) == 1
    match = parse(lines[0])
    assert pathlib.Path(match["file"]).name == name
    assert (match["rule"], match["pointer"]) == (rule, pointer)
    assert text in match["message"]


def test_every_line_has_the_shape_and_lines_are_sorted() -> None:
    code, lines = run(*reversed(BROKEN))
    assert code == 2
    keys = []
    for line in lines:
        match = parse(line)
        pointer = "" if match["pointer"] == "/" else match["pointer"]
        keys.append((match["file"], pointer))
    assert keys == sorted(keys)
    assert {pathlib.Path(file).name for file, _ in keys} == set(BROKEN)


def test_root_pointer_prints_as_slash() -> None:
    _, lines = run("operation_id.yaml")
    assert any(line.split(": ", 1)[0].endswith(":/") for line in lines)


def test_module_entry_point_without_traceback() -> None:
    root = pathlib.Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(root)}
    names = ["bad_yaml.yaml", "dangling_ref.yaml", "wrong_version.yaml"]
    result = subprocess.run(
        [sys.executable, "-m", "generator.lint", *(str(FIXTURES / n) for n in names)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert [parse(line)["rule"] for line in result.stdout.splitlines()] == [
        "unreadable",
        "unresolved-ref",
        "version",
    ]
