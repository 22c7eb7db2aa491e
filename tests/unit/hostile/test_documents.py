"""Broken and hostile documents: one focused fixture per class, and the exact diagnostic.

Each case is run through ``generate`` and ``lint`` (in process, through the CLI's main):
exit status 2, the located message (``file:pointer: error: rule: message`` for
``generate``, ``file:pointer: rule: message`` for ``lint``), nothing written, no
temporary file left (the ``ws`` fixture checks), no traceback and no internal error.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.loader.limits import MAX_DEPTH, MAX_INT_DIGITS, MAX_REF_CHAIN, MAX_VALUES
from tests.unit.hostile.conftest import Workspace

INFO = {"title": "Hostile", "version": "1"}


def document(**parts: Any) -> str:
    return json.dumps({"openapi": "3.1.0", "info": INFO, "paths": {}, **parts})


def get_op(**op: Any) -> dict[str, Any]:
    return {"/x": {"get": {"operationId": "x", "responses": {"200": {"description": "ok"}}, **op}}}


def ok_response(**response: Any) -> dict[str, Any]:
    return get_op(responses={"200": {"description": "ok", **response}})


#: name -> (files, [(location, rule, message)]); the document is always doc.json/doc.yaml.
CASES: dict[str, tuple[dict[str, str | bytes], list[tuple[str, str, str]]]] = {
    # -- wrong JSON types where the loader expects a mapping or a list -------------------
    "paths-list": (
        {"doc.json": document(paths=[])},
        [("doc.json:/paths", "wrong-type", "paths must be a mapping, not a list")],
    ),
    "components-number": (
        {"doc.json": document(components=5)},
        [("doc.json:/components", "wrong-type", "components must be a mapping, not a number")],
    ),
    "schemas-string": (
        {"doc.json": document(components={"schemas": "x"})},
        [
            (
                "doc.json:/components/schemas",
                "wrong-type",
                "schemas must be a mapping, not a string",
            )
        ],
    ),
    "server-variables-list": (
        {"doc.json": document(servers=[{"url": "https://x/{v}", "variables": ["v"]}])},
        [
            (
                "doc.json:/servers/0/variables",
                "wrong-type",
                "variables must be a mapping, not a list",
            )
        ],
    ),
    "servers-mapping": (
        {"doc.json": document(servers={"url": "https://x"})},
        [("doc.json:/servers", "wrong-type", "servers must be a list, not a mapping")],
    ),
    "parameter-in-number": (
        {"doc.json": document(paths=get_op(parameters=[{"name": "a", "in": 5}]))},
        [
            (
                "doc.json:/paths/~1x/get/parameters/0/in",
                "wrong-type",
                "in must be a string, not a number",
            )
        ],
    ),
    "parameters-mapping": (
        {"doc.json": document(paths=get_op(parameters={"name": "a", "in": "query"}))},
        [
            (
                "doc.json:/paths/~1x/get/parameters",
                "wrong-type",
                "parameters must be a list, not a mapping",
            )
        ],
    ),
    "media-type-number": (
        {"doc.json": document(paths=ok_response(content={"application/json": 5}))},
        [
            (
                "doc.json:/paths/~1x/get/responses/200/content/application~1json",
                "wrong-type",
                "application/json must be a mapping, not a number",
            )
        ],
    ),
    "webhook-operation-list": (
        {"doc.json": document(webhooks={"w": {"post": [1]}})},
        [("doc.json:/webhooks/w/post", "wrong-type", "post must be a mapping, not a list")],
    ),
    "path-item-string": (
        {"doc.json": document(paths={"/x": "get"})},
        [("doc.json:/paths/~1x", "wrong-type", "/x must be a mapping, not a string")],
    ),
    # "²".isdigit() is True, int("²") fails: statuses and pointer indexes must be ASCII
    "superscript-digits": (
        {
            "doc.json": document(
                servers=[{"url": "https://x"}],
                paths=get_op(
                    responses={
                        "2\u00b2": {
                            "description": "ok",
                            "content": {"application/json": {"example": 1}},
                        }
                    },
                    parameters=[{"$ref": "#/servers/\u00b2"}],
                ),
            )
        },
        [
            (
                "doc.json:/paths/~1x/get/parameters/0/$ref",
                "unresolved-ref",
                "#/servers/\u00b2 does not resolve",
            )
        ],
    ),
    # -- YAML specifics ----------------------------------------------------------------
    "yaml-binary": (
        {"doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-data: !!binary aGk=\n"},
        [
            (
                "doc.yaml:/",
                "unreadable",
                "invalid YAML at line 3, column 9: the YAML tag !!binary has no JSON equivalent",
            )
        ],
    ),
    "yaml-set": (
        {"doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-s: !!set {a, b}\n"},
        [
            (
                "doc.yaml:/",
                "unreadable",
                "invalid YAML at line 3, column 6: the YAML tag !!set has no JSON equivalent",
            )
        ],
    ),
    "yaml-omap": (
        {"doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-o: !!omap [a: 1]\n"},
        [
            (
                "doc.yaml:/",
                "unreadable",
                "invalid YAML at line 3, column 6: the YAML tag !!omap has no JSON equivalent",
            )
        ],
    ),
    "yaml-python-tag": (
        {"doc.yaml": "openapi: 3.1.0\ninfo: !!python/object:os.system {}\n"},
        [
            (
                "doc.yaml:/",
                "unreadable",
                "invalid YAML at line 2, column 7: could not determine a constructor for the "
                "tag 'tag:yaml.org,2002:python/object:os.system'",
            )
        ],
    ),
    "yaml-alias-contains-itself": (
        {"doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-a: &a\n  b: *a\n"},
        [("doc.yaml:/x-a/b", "limit", "a YAML alias contains itself")],
    ),
    "yaml-alias-bomb": (
        {
            "doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n"
            + "".join(
                f"x{i + 1}: &x{i + 1} [" + ", ".join([f"*x{i}"] * 10) + "]\n" for i in range(8)
            )
        },
        [
            (
                "doc.yaml:/x5/7/8/8/8/8/5",
                "limit",
                f"more than {MAX_VALUES} values (after expanding YAML aliases)",
            )
        ],
    ),
    "yaml-nul-byte": (
        {"doc.yaml": b"openapi: 3.1.0\ninfo: {title: T\x00, version: '1'}\n"},
        [
            (
                "doc.yaml:/",
                "unreadable",
                "invalid YAML at character 31: unacceptable character #x0000",
            )
        ],
    ),
    "yaml-huge-integer": (
        {"doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-n: " + "7" * 5000 + "\n"},
        [
            (
                "doc.yaml:/",
                "limit",
                f"invalid YAML: an integer with more than {MAX_INT_DIGITS} digits",
            )
        ],
    ),
    "yaml-long-integer": (
        {"doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-n: " + "7" * 200 + "\n"},
        [("doc.yaml:/x-n", "limit", f"an integer with more than {MAX_INT_DIGITS} digits")],
    ),
    "yaml-infinity": (
        {"doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-n: .inf\n"},
        [("doc.yaml:/x-n", "limit", "inf is not a JSON number")],
    ),
    "yaml-nesting-thousands": (
        {
            "doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-d: "
            + "[" * 5000
            + "]" * 5000
            + "\n"
        },
        [("doc.yaml:/", "limit", f"nested deeper than {MAX_DEPTH} levels")],
    ),
    # a million levels: libyaml's composer would overflow the C stack (a crash, not an error)
    "yaml-nesting-million": (
        {
            "doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-d: "
            + "[" * 10**6
            + "]" * 10**6
            + "\n"
        },
        [("doc.yaml:/", "limit", f"nested deeper than {MAX_DEPTH} levels")],
    ),
    "yaml-nesting-block": (
        {
            "doc.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nx-d:\n"
            + "".join("  " * (i + 1) + "a:\n" for i in range(150))
        },
        [("doc.yaml:/", "limit", f"nested deeper than {MAX_DEPTH} levels")],
    ),
    "json-nesting-deeper": (
        {"doc.json": '{"openapi": "3.1.0", "x": ' + "[" * 150 + "]" * 150 + "}"},
        [
            (
                "doc.json:/x" + "/0" * (MAX_DEPTH - 1),
                "limit",
                f"nested deeper than {MAX_DEPTH} levels",
            )
        ],
    ),
    "json-nesting-thousands": (
        {"doc.json": '{"openapi": "3.1.0", "x": ' + "[" * 100000 + "]" * 100000 + "}"},
        [("doc.json:/*", "limit", f"nested deeper than {MAX_DEPTH} levels")],
    ),
    "json-huge-integer": (
        {"doc.json": '{"openapi": "3.1.0", "x": ' + "1" * 5000 + "}"},
        [
            (
                "doc.json:/",
                "limit",
                f"invalid JSON: an integer with more than {MAX_INT_DIGITS} digits",
            )
        ],
    ),
    "json-nan": (
        {"doc.json": '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "x": NaN}'},
        [("doc.json:/x", "limit", "nan is not a JSON number")],
    ),
    "not-utf8": (
        {"doc.yaml": b"openapi: 3.1.0\ninfo: {title: \xff}\n"},
        [("doc.yaml:/", "unreadable", "cannot read file: not UTF-8 (byte 29)")],
    ),
    # -- $ref chains, file refs ----------------------------------------------------------
    "ref-chain-thousands": (
        {
            "doc.json": document(
                components={
                    "schemas": {
                        **{
                            f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(3000)
                        },
                        "S3000": {"type": "string"},
                    }
                }
            )
        },
        [
            (
                f"doc.json:/components/schemas/S{i}/$ref",
                "limit",
                f"#/components/schemas/S{i + 1} starts a chain of more than {MAX_REF_CHAIN} "
                "$ref objects that only point at other $ref objects",
            )
            for i in (0, 1000, 2000 - MAX_REF_CHAIN)
        ],
    ),
    "file-ref-dev-zero": (
        {"doc.json": document(components={"schemas": {"A": {"$ref": "/dev/zero#/x"}}})},
        [
            (
                "doc.json:/components/schemas/A/$ref",
                "ref-outside-root",
                "/dev/zero is outside the root directory {root}; file refs resolve only below "
                "it (set it with --root)",
            )
        ],
    ),
    "file-ref-parent": (
        {"doc.json": document(components={"schemas": {"A": {"$ref": "../secret.yaml#/x"}}})},
        [
            (
                "doc.json:/components/schemas/A/$ref",
                "ref-outside-root",
                "../secret.yaml is outside the root directory {root}; file refs resolve only "
                "below it (set it with --root)",
            )
        ],
    ),
    "file-ref-directory": (
        {
            "doc.json": document(components={"schemas": {"A": {"$ref": "sub#/x"}}}),
            "sub/keep.txt": "",
        },
        [
            ("sub:/", "unreadable", "not a regular file (a directory)"),
            ("doc.json:/components/schemas/A/$ref", "unresolved-ref", "cannot load sub"),
        ],
    ),
    "remote-ref": (
        {
            "doc.json": document(
                components={"schemas": {"A": {"$ref": "https://example.com/a.yaml#/A"}}}
            )
        },
        [
            (
                "doc.json:/components/schemas/A/$ref",
                "remote-ref",
                "remote $ref not supported (only relative file refs are): https://example.com/a.yaml",
            )
        ],
    ),
    "file-scheme-ref": (
        {"doc.json": document(components={"schemas": {"A": {"$ref": "file:///etc/passwd#/A"}}})},
        [
            (
                "doc.json:/components/schemas/A/$ref",
                "remote-ref",
                "remote $ref not supported (only relative file refs are): file:///etc/passwd",
            )
        ],
    ),
    # -- names from the document ---------------------------------------------------------
    **{
        f"dist-name-{label}": (
            {"doc.json": document(info={**INFO, "x-python-package": {"dist-name": value}})},
            [
                (
                    "doc.json:/info/x-python-package/dist-name",
                    "package-name",
                    f"{value!r} is not a valid distribution name (PEP 508: letters, digits, "
                    "'.', '_' and '-', starting and ending with a letter or digit; at most 100 "
                    "characters)",
                )
            ],
        )
        for label, value in {
            "dotdot": "..",
            "dot": ".",
            "parent": "../x",
            "absolute": "/tmp/x",
            "nul": "a\x00b",
            "slash": "a/b",
        }.items()
    },
    **{
        f"import-name-{label}": (
            {"doc.json": document(info={**INFO, "x-python-package": {"import-name": value}})},
            [
                (
                    "doc.json:/info/x-python-package/import-name",
                    "package-name",
                    f"{value!r} is not a usable Python package name (an ASCII identifier of at "
                    "most 100 characters, not a keyword or builtin)",
                )
            ],
        )
        for label, value in {
            "dotdot": "..",
            "dot": ".",
            "parent": "../x",
            "absolute": "/tmp/x",
            "nul": "a\x00b",
            "keyword": "class",
        }.items()
    },
}


#: Documents generate can still use: a warning names the place, lint reports a finding.
WARNING_CASES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    # `$ref: #/x` unquoted in YAML is a comment: the value is null
    "ref-null": (
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n"
        "  schemas:\n    A:\n      $ref: #/components/schemas/B\n    B: {type: string}\n",
        [
            (
                "doc.yaml:/components/schemas/A/$ref",
                "invalid-ref",
                "$ref must be a string, not null; ignored",
            )
        ],
    ),
    "ref-number": (
        document(paths=get_op(responses={"200": {"$ref": 5, "description": "ok"}})),
        [
            (
                "doc.yaml:/paths/~1x/get/responses/200/$ref",
                "invalid-ref",
                "$ref must be a string, not a number; ignored",
            )
        ],
    ),
    "ref-true": (
        document(components={"schemas": {"A": {"$ref": True}}}),
        [
            (
                "doc.yaml:/components/schemas/A/$ref",
                "invalid-ref",
                "$ref must be a string, not a boolean; ignored",
            )
        ],
    ),
    "ref-mapping": (
        document(components={"schemas": {"A": {"$ref": {"$ref": 5}}}}),
        [
            (
                "doc.yaml:/components/schemas/A/$ref",
                "invalid-ref",
                "$ref must be a string, not a mapping; ignored",
            )
        ],
    ),
    "parameter-in-unknown": (
        document(paths=get_op(parameters=[{"name": "a", "in": "body"}])),
        [
            (
                "doc.yaml:/paths/~1x/get/parameters/0/in",
                "parameter-invalid",
                "parameter location 'body' is not one of path, query, header, cookie; ignored",
            )
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(WARNING_CASES))
def test_generate_warns_and_lint_reports(case: str, ws: Workspace) -> None:
    text, expected = WARNING_CASES[case]
    ws.write("doc.yaml", text)
    result = ws.run("generate", "doc.yaml", "-o", "out")
    assert result.code == 0, result.err
    lint = ws.run("lint", "doc.yaml")
    assert lint.code == 1, lint.out
    for where, rule, message in expected:
        assert f"{where}: warning: {rule}: {message}" in result.err.splitlines(), result.err
        if rule != "parameter-invalid":  # a finding of the IR builder, which lint does not run
            assert f"{where}: {rule}: {message}" in lint.out.splitlines(), lint.out


def _expected(case: str, ws: Workspace) -> list[tuple[str, str, str]]:
    root = str(ws.root.resolve())
    return [
        (where, rule, message.replace("{root}", root)) for where, rule, message in CASES[case][1]
    ]


def _found(lines: list[str], where: str, line: str) -> bool:
    """Whether ``line`` was printed; a location ending in ``*`` is a prefix (the pointer at
    which deep nesting is detected depends on the parser's own recursion)."""
    if where.endswith("*"):
        prefix, rest = where[:-1], line[len(where) :]
        return any(found.startswith(prefix) and found.endswith(rest) for found in lines)
    return line in lines


#: Usable documents whose only problem the lint reports as a finding (exit status 1).
LINT_FINDINGS = {case for case in CASES if case.startswith(("dist-name-", "import-name-"))}
#: Refs that cannot be followed: ``generate`` degrades the part that uses them (a warning
#: with the same message and what became of the part); ``--strict`` and ``lint`` refuse.
DEGRADED = {
    "superscript-digits",
    "file-ref-dev-zero",
    "file-ref-parent",
    "file-ref-directory",
    "remote-ref",
    "file-scheme-ref",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_generate_exits_2_with_the_located_message(case: str, ws: Workspace) -> None:
    for name, text in CASES[case][0].items():
        ws.write(name, text)
    spec = next(name for name in CASES[case][0] if name.startswith("doc."))
    before = ws.files()
    strict = ["--strict"] if case in DEGRADED else []
    result = ws.run("generate", spec, "-o", "out", *strict)
    assert result.code == 2, result.err
    for where, rule, message in _expected(case, ws):
        line = f"{where}: error: {rule}: {message}"
        assert _found(result.err.splitlines(), where, line), result.err
    assert ws.files() == before  # not even the output directory


@pytest.mark.parametrize("case", sorted(DEGRADED))
def test_generate_degrades_what_a_broken_ref_names(case: str, ws: Workspace) -> None:
    for name, text in CASES[case][0].items():
        ws.write(name, text)
    result = ws.run("generate", "doc.json", "-o", "out")
    assert result.code == 0, result.err
    for where, rule, message in _expected(case, ws):
        line = f"{where}: warning: {rule}: {message}"
        assert any(found.startswith(line + "; ") for found in result.err.splitlines()), result.err
    assert (ws.root / "out/hostile-client/hostile_client/__init__.py").is_file()


@pytest.mark.parametrize("case", sorted(CASES))
def test_lint_reports_the_located_message(case: str, ws: Workspace) -> None:
    for name, text in CASES[case][0].items():
        ws.write(name, text)
    spec = next(name for name in CASES[case][0] if name.startswith("doc."))
    result = ws.run("lint", spec)
    assert result.code == (1 if case in LINT_FINDINGS else 2), result.out
    for where, rule, message in _expected(case, ws):
        line = f"{where}: {rule}: {message}"
        assert _found(result.out.splitlines(), where, line), result.out


def test_patterns_cannot_stall_lint_or_generate(ws: Workspace) -> None:
    """Catastrophic backtracking (``^(a|aa)+$`` on a long text) is not run by ``re``: the
    pattern is searched in linear time, and the example is still reported."""
    schema = {"type": "string", "pattern": "^(a|aa)+$"}
    example = "a" * 60 + "b"
    ws.write(
        "doc.json",
        document(
            paths=get_op(
                parameters=[{"name": example, "in": "query", "required": True, "schema": schema}],
                responses={
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": schema, "example": example}},
                    }
                },
            )
        ),
    )
    assert ws.run("generate", "-q", "doc.json", "-o", "out").code == 0
    result = ws.run("lint", "doc.json")
    assert result.code == 1
    assert (
        "doc.json:/paths/~1x/get/responses/200/content/application~1json/example: example-valid: "
        f"example does not match its schema: {example!r} does not match '^(a|aa)+$'"
    ) in result.lines, result.out
