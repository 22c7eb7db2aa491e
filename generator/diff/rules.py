"""Every kind of change ``diff`` knows: an id, a layer, a level and the semver bump it needs.

Levels: ``breaking`` (existing callers stop working: exit 1 unless the package's major
version goes up), ``dangerous`` (callers may notice: a new value, a new error), ``safe``
(additions and edits nobody can observe).
"""

from __future__ import annotations

from dataclasses import dataclass

BREAKING, DANGEROUS, SAFE = "breaking", "dangerous", "safe"
MAJOR, MINOR, PATCH = "major", "minor", "patch"
BUMP_ORDER = {PATCH: 0, MINOR: 1, MAJOR: 2}
SARIF_LEVELS = {BREAKING: "error", DANGEROUS: "warning", SAFE: "note"}


@dataclass(frozen=True)
class DiffRule:
    id: str
    layer: str  # http | python | document
    level: str
    bump: str
    summary: str


def _rule(id: str, layer: str, level: str, summary: str, bump: str | None = None) -> DiffRule:
    default = {BREAKING: MAJOR, DANGEROUS: MINOR, SAFE: MINOR}[level]
    return DiffRule(id, layer, level, bump or default, summary)


_H, _P, _D = "http", "python", "document"
RULES: dict[str, DiffRule] = {
    r.id: r
    for r in (
        # -- the document as a whole ---------------------------------------------------
        _rule("document-removed", _D, BREAKING, "a document (and its package) was removed"),
        _rule("document-added", _D, SAFE, "a new document (a new package)"),
        _rule("version-bump", _D, BREAKING, "the package version lacks the bump the changes need"),
        # -- HTTP contract -------------------------------------------------------------
        _rule("path-removed", _H, BREAKING, "a path and all its operations were removed"),
        _rule("operation-removed", _H, BREAKING, "an operation (method of a path) was removed"),
        _rule("operation-added", _H, SAFE, "a new operation"),
        _rule("parameter-added-required", _H, BREAKING, "a new required parameter"),
        _rule("parameter-added-optional", _H, SAFE, "a new optional parameter"),
        _rule("parameter-removed", _H, BREAKING, "a parameter was removed"),
        _rule("parameter-moved", _H, BREAKING, "a parameter moved (path/query/header/cookie)"),
        _rule("parameter-became-required", _H, BREAKING, "an optional parameter became required"),
        _rule("request-body-became-required", _H, BREAKING, "the request body became required"),
        _rule("request-field-added-required", _H, BREAKING, "a new required request field"),
        _rule("request-field-added-optional", _H, SAFE, "a new optional request field"),
        _rule(
            "request-field-became-required",
            _H,
            BREAKING,
            "an optional request field became required",
        ),
        _rule("request-field-removed", _H, DANGEROUS, "a request field was removed"),
        _rule(
            "request-type-changed", _H, BREAKING, "a request value no longer accepts a type it did"
        ),
        _rule("request-type-widened", _H, SAFE, "a request value accepts more types"),
        _rule(
            "request-max-length-decreased",
            _H,
            BREAKING,
            "maxLength lowered (or added) on a request value",
        ),
        _rule(
            "request-min-length-increased",
            _H,
            BREAKING,
            "minLength raised (or added) on a request value",
        ),
        _rule(
            "request-maximum-decreased",
            _H,
            BREAKING,
            "maximum lowered (or added) on a request value",
        ),
        _rule(
            "request-minimum-increased",
            _H,
            BREAKING,
            "minimum raised (or added) on a request value",
        ),
        _rule("request-pattern-added", _H, BREAKING, "a pattern was added to a request value"),
        _rule("request-pattern-changed", _H, BREAKING, "the pattern of a request value changed"),
        _rule(
            "request-enum-value-removed",
            _H,
            BREAKING,
            "a request enum lost a value (or an enum was added)",
        ),
        _rule("request-media-type-removed", _H, BREAKING, "a request media type was removed"),
        _rule("response-field-removed", _H, BREAKING, "a response field was removed"),
        _rule("response-field-added", _H, SAFE, "a new response field"),
        _rule(
            "response-type-changed",
            _H,
            BREAKING,
            "a response value may have a type it did not have",
        ),
        _rule(
            "response-field-became-optional",
            _H,
            BREAKING,
            "a required response field became optional",
        ),
        _rule("response-enum-value-added", _H, DANGEROUS, "a response enum gained a value"),
        _rule(
            "response-success-status-removed", _H, BREAKING, "a success (2xx) status was removed"
        ),
        _rule("response-success-status-added", _H, DANGEROUS, "a new success (2xx) status"),
        _rule("response-error-status-added", _H, DANGEROUS, "a new error status"),
        _rule("response-error-status-removed", _H, DANGEROUS, "an error status was removed"),
        _rule("response-media-type-removed", _H, BREAKING, "a response media type was removed"),
        _rule(
            "security-requirement-removed",
            _H,
            BREAKING,
            "a way to authenticate an operation was removed or tightened",
        ),
        _rule("security-requirement-added", _H, SAFE, "a new way to authenticate an operation"),
        _rule("server-removed", _H, BREAKING, "a server was removed"),
        _rule("server-added", _H, SAFE, "a new server"),
        _rule(
            "server-variable-removed",
            _H,
            BREAKING,
            "a server variable (or one of its values) was removed",
        ),
        # -- generated Python API ------------------------------------------------------
        _rule("py-package-renamed", _P, BREAKING, "the package's import name changed"),
        _rule("py-method-removed", _P, BREAKING, "a client method was removed"),
        _rule(
            "py-method-renamed", _P, BREAKING, "a client method was renamed (operationId changed)"
        ),
        _rule("py-method-added", _P, SAFE, "a new client method"),
        _rule("py-argument-removed", _P, BREAKING, "a keyword argument was removed"),
        _rule("py-argument-renamed", _P, BREAKING, "a keyword argument was renamed"),
        _rule("py-argument-required", _P, BREAKING, "a keyword argument became required"),
        _rule("py-argument-added-required", _P, BREAKING, "a new required keyword argument"),
        _rule("py-argument-added", _P, SAFE, "a new optional keyword argument"),
        _rule("py-argument-narrowed", _P, BREAKING, "a keyword argument accepts fewer types"),
        _rule("py-argument-widened", _P, SAFE, "a keyword argument accepts more types", PATCH),
        _rule("py-return-changed", _P, BREAKING, "a method may return a type it did not"),
        _rule("py-model-removed", _P, BREAKING, "a model class was removed"),
        _rule("py-model-added", _P, SAFE, "a new model class"),
        _rule("py-model-attribute-removed", _P, BREAKING, "a model attribute was removed"),
        _rule("py-model-attribute-narrowed", _P, BREAKING, "a model attribute accepts fewer types"),
        _rule("py-model-attribute-widened", _P, DANGEROUS, "a model attribute may hold more types"),
        _rule("py-model-attribute-required", _P, BREAKING, "a model attribute became required"),
        _rule(
            "py-model-attribute-optional",
            _P,
            DANGEROUS,
            "a model attribute became optional (absent reads as None)",
        ),
        _rule("py-model-attribute-added", _P, SAFE, "a new optional model attribute"),
        _rule("py-error-removed", _P, BREAKING, "an error class was removed"),
        _rule("py-export-removed", _P, BREAKING, "a name exported by the package was removed"),
    )
}
