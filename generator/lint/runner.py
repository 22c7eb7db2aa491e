"""Run the rules over documents and print what they find."""

from __future__ import annotations

import pathlib
from collections.abc import Iterable, Sequence
from typing import TextIO

from generator.diagnostics import Diagnostic, GenerationError
from generator.lint.examples import rule_example_valid
from generator.lint.findings import Report, Rule, shorten
from generator.lint.rules import (
    rule_component_used,
    rule_error_body,
    rule_operation_docs,
    rule_operation_id,
    rule_package_name,
    rule_ref_resolves,
    rule_security,
)
from generator.loader import Document, load
from generator.loader.document import display_name
from generator.loader.positions import Positions
from generator.report import Entry, RuleInfo, write

VALIDATOR_RULE = "openapi-schema"

RULES: tuple[Rule, ...] = (
    Rule("example-valid", rule_example_valid),
    Rule("operation-id", rule_operation_id),
    Rule("operation-docs", rule_operation_docs),
    Rule("error-body", rule_error_body),
    Rule("ref-resolves", rule_ref_resolves),
    Rule("component-used", rule_component_used),
    Rule("security", rule_security),
    Rule("package-name", rule_package_name),
)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2


def _reports(diagnostics: Iterable[Diagnostic]) -> list[Report]:
    return [Report(d.location.file, d.location.pointer, d.rule, d.message) for d in diagnostics]


def lint_document(doc: Document, rules: Sequence[Rule] = RULES) -> list[Report]:
    """Every finding of ``rules`` on ``doc``, sorted by pointer."""
    found: set[Report] = set()
    for rule in rules:
        try:
            for finding in rule.check(doc):
                found.add(Report(doc.display, finding.pointer, rule.id, finding.message))
        except Exception as exc:  # a rule must never turn a finding into a traceback
            message = f"internal error, the rule could not finish: {type(exc).__name__}: {exc}"
            found.add(Report(doc.display, "", rule.id, shorten(message)))
    return sorted(found)


def lint_file(
    path: pathlib.Path, root: pathlib.Path | str | None = None
) -> tuple[list[Report], bool]:
    """``(reports, usable)`` for one file; ``usable`` is False when it cannot be loaded.

    openapi-spec-validator findings make ``load(strict=True)`` fail; they are findings
    (rule ``openapi-schema``) like ours, and the document is then loaded without
    validation so that our rules still run. Any other load error makes the file unusable.
    """
    reports, usable, _ = _lint_file(path, positions=False, root=root)
    return reports, usable


def _lint_file(
    path: pathlib.Path, *, positions: bool, root: pathlib.Path | str | None = None
) -> tuple[list[Report], bool, Positions | None]:
    try:
        doc = load(path, strict=True, positions=positions, root=root)
    except GenerationError as exc:
        if not exc.diagnostics or any(d.rule != VALIDATOR_RULE for d in exc.diagnostics):
            return _reports(exc.diagnostics), False, None
        validation = _reports(exc.diagnostics)
        try:
            doc = load(path, validate=False, positions=positions, root=root)
        except GenerationError as again:  # pragma: no cover - the first load got further
            return validation + _reports(again.diagnostics), False, None
        found = {*validation, *_reports(doc.diagnostics), *lint_document(doc)}
        return sorted(found), True, doc.positions
    except Exception as exc:  # pragma: no cover - a loader bug must not become a traceback
        message = shorten(f"cannot load: {type(exc).__name__}: {exc}")
        return [Report(display_name(path), "", "unreadable", message)], False, None
    return sorted({*_reports(doc.diagnostics), *lint_document(doc)}), True, doc.positions


#: Rule ids and what they check, for SARIF's rule table.
RULE_SUMMARIES = {
    "example-valid": "examples validate against their schema",
    "operation-id": "operationIds are present, unique and usable as method names",
    "operation-docs": "operations have a summary, a description and tags",
    "error-body": "error responses document a body",
    "ref-resolves": "every $ref resolves",
    "unresolved-ref": "a $ref that cannot be followed (generate degrades what uses it)",
    "ref-wrong-kind": "a $ref names the kind of object its place needs",
    "ref-cycle": "a $ref does not only lead back to itself through other $refs",
    "ref-repaired": "a $ref is a JSON pointer (#/...)",
    "ref-siblings": "a reference object carries only $ref, summary and description",
    "schema-repaired": "schema keywords have the JSON types JSON Schema gives them",
    "component-used": "every component is referenced",
    "security": "security requirements name declared schemes",
    "package-name": "x-python-package names are valid distribution and import names",
    VALIDATOR_RULE: "the document is valid OpenAPI (openapi-spec-validator)",
}


def lint_paths(
    paths: Sequence[pathlib.Path],
    out: TextIO,
    fmt: str = "text",
    *,
    root: pathlib.Path | str | None = None,
) -> int:
    """Lint each document and print the findings to ``out``; return 0 when clean, 1 on
    findings, 2 when any input is unreadable/unloadable (its located message is printed too).

    ``fmt`` ``text`` prints `file:json-pointer: rule: message` (one per line, sorted by
    file then pointer); ``json``, ``sarif`` and ``github`` (see :mod:`generator.report`)
    add the line and column of each pointer."""
    reports: list[Report] = []
    located: dict[str, Positions | None] = {}
    unusable = False
    for path in paths:
        found, usable, positions = _lint_file(
            pathlib.Path(path), positions=fmt != "text", root=root
        )
        reports.extend(found)
        for report in found:
            located.setdefault(report.file, positions)
        unusable = unusable or not usable
    unique = sorted(set(reports))
    if fmt == "text":
        for report in unique:
            out.write(f"{report}\n")
    else:
        entries = []
        wanted: dict[str, set[str]] = {}
        for report in unique:
            wanted.setdefault(report.file, set()).add(report.pointer)
        places = {
            file: (index.locate_many(sorted(wanted[file])) if index is not None else {})
            for file, index in located.items()
        }
        for report in unique:
            line, column = places.get(report.file, {}).get(report.pointer, (1, 1))
            entries.append(
                Entry(
                    report.file, line, column, report.pointer, report.rule, "error", report.message
                )
            )
        rules = [RuleInfo(rule, summary, "error") for rule, summary in RULE_SUMMARIES.items()]
        summary = {"findings": len(unique), "unusable": unusable}
        write(out, fmt, entries, tool="generator-lint", rules=rules, summary=summary)
    if unusable:
        return EXIT_UNUSABLE
    return EXIT_FINDINGS if reports else EXIT_CLEAN
