"""Spec text that reaches names: the output is valid Python, or a clean diagnostic."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from typing import Any

import pytest

from generator.render import writer
from tests.unit.hostile.conftest import Workspace

PAYLOADS = [
    "\n",
    "a\nb",
    '"""',
    "'''",
    "\\",
    "'\"",
    "\x00",
    "..",
    "../x",
    "class",
    "None",
    "__init__",
    "1abc",
    "\u2028",
    "\u0085",
    "{x}",
    "a b",
    "",
    "x" * 300,
    "\U0001f600",
    "print(1)\n#",
    "\r\n",
    "self",
    "model_config",
]


def hostile_document() -> dict[str, Any]:
    properties = {text: {"type": "string", "default": text} for text in PAYLOADS}
    schemas: dict[str, Any] = {
        "Payload": {"type": "object", "properties": properties, "required": PAYLOADS[:3]},
        "Choice": {"type": "string", "enum": PAYLOADS},
        "Number": {"type": "integer", "enum": [1, 2, 3], "default": 2},
        **{text or "empty": {"type": "object", "title": text} for text in PAYLOADS[:8]},
    }
    parameters = [
        {"name": text, "in": "query", "schema": {"type": "string", "default": text}}
        for text in PAYLOADS
        if text
    ]
    return {
        "openapi": "3.1.0",
        "info": {"title": '"""\nimport os', "version": "1\n", "description": '"""\x00'},
        "servers": [{"url": "https://x/{a b}", "variables": {"a b": {"default": '"\n'}}}],
        "paths": {
            "/p/{class}/{a b}": {
                "post": {
                    "operationId": '"""\n',
                    "summary": '"""',
                    "parameters": [
                        {"name": "class", "in": "path", "required": True, "schema": {}},
                        {"name": "a b", "in": "path", "required": True, "schema": {}},
                        *parameters,
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Payload"},
                                "example": {text: text for text in PAYLOADS},
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": '"""',
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Choice"},
                                    "example": "\n",
                                }
                            },
                        }
                    },
                    "x-response-envelope": {
                        "code-field": '"\n',
                        "message-field": "\\",
                        "errors": [
                            {"code": 1, "name": text, "message": text}
                            for text in ('"""', "1abc", "class", "\n", "")
                        ],
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }


def test_payload_strings_as_names_give_valid_python(ws: Workspace) -> None:
    ws.write("doc.json", json.dumps(hostile_document()))
    result = ws.run("generate", "-q", "doc.json", "-o", "out")
    assert result.code == 0, result.err
    package = ws.root / "out" / "import-os-client"
    modules = sorted(package.rglob("*.py"))
    assert len(modules) >= 8
    for module in modules:
        ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
    imported = subprocess.run(
        [
            sys.executable,
            "-c",
            "import import_os_client as p; print(len(p._operations.OPERATIONS))",
        ],
        cwd=package,
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr[-2000:]
    assert imported.stdout.strip() == "1"


def test_lint_reports_on_the_same_document(ws: Workspace) -> None:
    ws.write("doc.json", json.dumps(hostile_document()))
    result = ws.run("lint", "doc.json")
    assert result.code == 1
    assert result.out
    assert all("\n" not in line and "\x00" not in line for line in result.lines)


def test_generated_code_that_does_not_parse_is_a_clean_diagnostic(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last line of defence: should a name ever reach code unescaped, the document is
    named and nothing is written (no traceback, no ruff error on a temporary path)."""
    real = writer.render_api

    def broken(api: Any) -> dict[str, str]:
        files = real(api)
        files[f"{api.import_name}/_broken.py"] = "def broken(:\n"
        return files

    monkeypatch.setattr(writer, "render_api", broken)
    ws.write("doc.yaml", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n")
    result = ws.run("generate", "doc.yaml", "-o", "out")
    assert result.code == 2
    assert (
        "doc.yaml:/: error: generated-code: the generated t-client/t_client/_broken.py is not "
        "valid Python (invalid syntax at line 1); a name or value of the document could not "
        "be made into code"
    ) in result.lines, result.err
    assert ws.files() == {"doc.yaml"}


def test_a_ruff_parse_failure_is_a_clean_diagnostic(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = writer.render_api

    def broken(api: Any) -> dict[str, str]:
        files = real(api)
        files[f"{api.import_name}/_broken.py"] = "def broken(:\n"
        return files

    monkeypatch.setattr(writer, "render_api", broken)
    monkeypatch.setattr(writer, "check_syntax", lambda *args: None)
    ws.write("doc.yaml", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n")
    result = ws.run("generate", "doc.yaml", "-o", "out")
    assert result.code == 2
    assert any(": error: format: ruff failed on generated code: " in line for line in result.lines)
    assert str(ws.tmp) not in result.err  # the temporary path is not shown
    assert ws.files() == {"doc.yaml"}


def test_a_status_of_unicode_digits_generates(ws: Workspace) -> None:
    """``"2²".isdigit()`` is True but ``int("2²")`` fails: statuses must be ASCII digits."""
    ws.write(
        "doc.json",
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "Digits", "version": "1"},
                "paths": {
                    "/x": {
                        "get": {
                            "operationId": "x",
                            "responses": {
                                "2\u00b2": {
                                    "description": "ok",
                                    "content": {"application/json": {"example": 1}},
                                }
                            },
                        }
                    }
                },
            }
        ),
    )
    result = ws.run("generate", "-q", "doc.json", "-o", "out")
    assert result.code == 0, result.err
    readme = (ws.root / "out/digits-client/README.md").read_text()
    assert "httpx.Response(200, json=1)" in readme
