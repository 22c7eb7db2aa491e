"""Output formats of lint and diff: json, sarif (validated against the official schema),
github workflow commands; and the positions they carry."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import jsonschema
import pytest

from generator.cli import main
from generator.diff import Revision, run
from generator.lint import lint_paths
from generator.report import Entry, to_github

HERE = Path(__file__).parent
SCHEMA = json.loads((HERE / "fixtures" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
LINT = HERE / "lint" / "fixtures"
DIFF = HERE / "diff" / "fixtures"
GITHUB = re.compile(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]+::\S.*$")


def _lint(fmt: str, *names: str) -> tuple[int, str]:
    out = io.StringIO()
    code = lint_paths([LINT / n for n in names], out, fmt)
    return code, out.getvalue()


def _diff(fmt: str, rule: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    before, after = DIFF / rule / "before.yaml", DIFF / rule / "after.yaml"
    code = run([(Revision(before, str(before)), Revision(after, str(after)))], out, fmt, err)
    return code, out.getvalue()


def _validate(text: str) -> dict[str, object]:
    log = json.loads(text)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log  # type: ignore[no-any-return]


def test_sarif_schema_fixture_rejects_a_broken_log() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate({"version": "2.1.0", "runs": [{"results": []}]})


def test_lint_sarif_is_valid_and_located() -> None:
    code, text = _lint("sarif", "operation_docs.yaml", "security.yaml")
    assert code == 1
    log = _validate(text)
    results = log["runs"][0]["results"]  # type: ignore[index]
    assert results
    source = (LINT / "operation_docs.yaml").read_text(encoding="utf-8").splitlines()
    located = 0
    for result in results:
        region = result["locations"][0]["physicalLocation"]["region"]
        pointer = result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        key = pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
        if uri.endswith("operation_docs.yaml") and key and not key.isdigit():
            line = source[region["startLine"] - 1]
            assert line[region["startColumn"] - 1 :].lstrip("'\"- ").startswith(key), (
                pointer,
                line,
            )
            located += 1
    assert located > 0


def test_diff_sarif_is_valid_with_every_level() -> None:
    levels = set()
    for rule in ("operation-removed", "response-enum-value-added", "operation-added"):
        _, text = _diff("sarif", rule)
        log = _validate(text)
        levels |= {r["level"] for r in log["runs"][0]["results"]}  # type: ignore[index]
    assert levels == {"error", "warning", "note"}


def test_json_format_for_lint_and_diff() -> None:
    code, text = _lint("json", "operation_docs.yaml")
    data = json.loads(text)
    assert code == 1 and data["summary"]["findings"] == len(data["results"]) > 0
    assert all(isinstance(r["line"], int) and r["line"] >= 1 for r in data["results"])
    code, text = _diff("json", "operation-removed")
    data = json.loads(text)
    assert code == 1
    rules = {r["rule"]: r for r in data["results"]}
    assert rules["operation-removed"]["level"] == "breaking"
    assert rules["py-method-removed"]["layer"] == "python"
    assert rules["py-method-removed"]["bump"] == "major"
    assert data["summary"]["documents"][0]["needed_bump"] == "major"


def test_github_annotations_for_lint_and_diff() -> None:
    _, text = _lint("github", "operation_docs.yaml")
    lines = text.splitlines()
    assert lines and all(GITHUB.match(line) for line in lines)
    assert all(line.startswith("::error ") for line in lines)
    seen = set()
    for rule in ("operation-removed", "response-enum-value-added", "operation-added"):
        _, text = _diff("github", rule)
        for line in text.splitlines():
            assert GITHUB.match(line), line
            seen.add(line.split(" ", 1)[0])
    assert seen == {"::error", "::warning", "::notice"}


def test_github_escapes_properties_and_data() -> None:
    entry = Entry("a,b:c.yaml", 3, 4, "/x", "rule", "warning", "50% off\nnext line")
    (line,) = to_github([entry]).splitlines()
    assert line == "::warning file=a%2Cb%3Ac.yaml,line=3,col=4,title=rule::/x: 50%25 off next line"


def test_text_format_of_lint_is_unchanged() -> None:
    code, text = _lint("text", "operation_docs.yaml")
    assert code == 1
    assert all(re.match(r"^[^:]+:/[^:]*: [a-z0-9-]+: \S", line) for line in text.splitlines())


def test_cli_format_option(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["lint", "--format", "json", str(LINT / "clean31.yaml")])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["results"] == []
    before, after = DIFF / "server-added" / "before.yaml", DIFF / "server-added" / "after.yaml"
    code = main(["diff", "--format", "sarif", str(before), str(after)])
    assert code == 0
    _validate(capsys.readouterr().out)
    with pytest.raises(SystemExit):
        main(["lint", "--format", "xml", str(LINT / "clean31.yaml")])
