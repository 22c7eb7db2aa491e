"""Rule ``example-valid``: every example validates against the schema it illustrates.

Examples are validated with jsonschema: Draft 2020-12 for OpenAPI 3.1, Draft 4 for 3.0
(whose Schema Object is a Draft 4 dialect) after ``nullable: true`` has been turned into
a type list. The schema is reached through a ``$ref`` into the whole document, so its own
``#/components/...`` references resolve. Formats are asserted, and ``int32``/``int64``
bound integers. OpenAPI's ``readOnly``/``writeOnly`` are honoured: a request example may
omit a required read-only property, a response example a required write-only one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import quote

from jsonschema import Draft4Validator, Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

from generator.diagnostics import pointer
from generator.ir.types import pattern_search
from generator.lint.findings import Finding, shorten
from generator.lint.outline import Site, child_mode, follow, join, outline
from generator.loader import Document

_BASE_URI = "https://openapi-lint.invalid/document.json"
_MAX_ERRORS_PER_EXAMPLE = 10

_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _bounded(low: int, high: int) -> Callable[[object], bool]:
    def check(instance: object) -> bool:
        if isinstance(instance, bool) or not isinstance(instance, (int, float)):
            return True
        return low <= instance <= high

    return check


def _format_checker() -> Any:
    checker = FormatChecker()
    for name, (low, high) in _INT_BOUNDS.items():
        checker.checks(name)(_bounded(low, high))
    return checker


_FORMATS = _format_checker()


def _required_unless(flag: str) -> Callable[[Any, Any, Any, Any], Iterator[Any]]:
    """A ``required`` keyword that excuses properties whose schema sets ``flag``."""

    def required(validator: Any, names: Any, instance: Any, schema: Any) -> Iterator[Any]:
        if not validator.is_type(instance, "object") or not isinstance(names, list):
            return
        properties = schema.get("properties")
        for name in names:
            if name in instance:
                continue
            prop = properties.get(name) if isinstance(properties, dict) else None
            if isinstance(prop, dict) and prop.get(flag) is True:
                continue
            yield ValidationError(f"{name!r} is a required property")

    return required


def _pattern(validator: Any, pattern: Any, instance: Any, schema: Any) -> Iterator[Any]:
    """``pattern`` in bounded time (``pattern_search``); undecidable patterns are skipped."""
    if not validator.is_type(instance, "string") or not isinstance(pattern, str):
        return
    if pattern_search(pattern, instance) is False:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _validator_classes(base: Any) -> dict[str, Any]:
    """Validator classes by the direction of the data being validated."""
    base = validators.extend(base, {"pattern": _pattern})
    return {
        "": base,
        "request": validators.extend(base, {"required": _required_unless("readOnly")}),
        "response": validators.extend(base, {"required": _required_unless("writeOnly")}),
    }


_CLASSES_31 = _validator_classes(Draft202012Validator)
_CLASSES_30 = _validator_classes(Draft4Validator)


def nullable_as_type_list(node: Any, mode: str = "object") -> Any:
    """A copy of an OpenAPI 3.0 document where ``nullable: true`` beside a ``type`` is
    ``type: [that type, "null"]`` (3.0.3: nullable only widens an explicit type)."""
    if isinstance(node, list):
        return [nullable_as_type_list(value) for value in node]
    if not isinstance(node, dict):
        return node
    copied: dict[str, Any] = {}
    for key, value in node.items():
        sub = child_mode(mode, key, value)
        copied[key] = value if sub is None else nullable_as_type_list(value, sub)
    if mode == "object" and copied.get("nullable") is True and isinstance(copied.get("type"), str):
        copied["type"] = [copied["type"], "null"]
    return copied


class ExampleValidator:
    """Validates instances against the schema at a pointer of one document."""

    def __init__(self, doc: Document) -> None:
        if doc.version == "3.1":
            resource: Resource[Any] = DRAFT202012.create_resource(doc.data)
            self._classes = _CLASSES_31
        else:
            contents = nullable_as_type_list(doc.data)
            resource = DRAFT4.create_resource(contents)
            self._classes = _CLASSES_30
        self._registry: Registry[Any] = Registry().with_resource(_BASE_URI, resource)

    def problems(self, instance: Any, schema_pointer: str, direction: str = "") -> list[str]:
        """Why ``instance`` does not match the schema at ``schema_pointer`` (none: it does)."""
        ref = _BASE_URI + "#" + quote(schema_pointer, safe="/~!$&'()*+,;=:@")
        cls = self._classes.get(direction, self._classes[""])
        validator = cls({"$ref": ref}, registry=self._registry, format_checker=_FORMATS)
        try:
            errors: list[Any] = list(validator.iter_errors(instance))
        except Exception as exc:  # an unusable schema: a bad regex, an unresolvable $ref
            return [f"the schema cannot be used to validate: {shorten(str(exc), 160)}"]
        found: list[tuple[str, str]] = []
        for error in errors:
            where = pointer(*error.absolute_path)
            text = f"at {where}: " if where else ""
            found.append((where, text + shorten(str(error.message), 200)))
        messages = sorted(set(found))
        shown = [message for _, message in messages[:_MAX_ERRORS_PER_EXAMPLE]]
        if len(messages) > _MAX_ERRORS_PER_EXAMPLE:
            shown.append(f"{len(messages) - _MAX_ERRORS_PER_EXAMPLE} further mismatches")
        return shown


def _findings(at: str, what: str, problems: Iterable[str]) -> Iterator[Finding]:
    for problem in problems:
        yield Finding(at, f"{what} does not match its schema: {problem}")


_JSON_LIKE = ("application/x-www-form-urlencoded", "text/plain", "*/*", "application/*")


def _serialised(media_type: str, value: Any) -> bool:
    """True for a string example of a non-JSON media type (XML, CSV, binary, ...): it is
    the serialised body, not the data the schema describes."""
    base = media_type.split(";", 1)[0].strip().lower()
    if base.endswith(("/json", "+json")) or base in _JSON_LIKE or base.startswith("multipart/"):
        return False
    return isinstance(value, str)


def _example_objects(doc: Document, ptr: str, examples: Any) -> Iterator[tuple[str, str, Any]]:
    """``(pointer, description, value)`` of each entry of an ``examples`` map that has an
    inline ``value``; a ``$ref`` entry is reported at its own pointer."""
    if not isinstance(examples, dict):
        return
    for name, entry in examples.items():
        here = join(ptr, name)
        target, ref = follow(doc, entry)
        if not isinstance(target, dict) or "value" not in target:
            continue  # dangling refs belong to ref-resolves; externalValue is not checked
        if ref is None:
            yield join(here, "value"), f"example {name!r}", target["value"]
        else:
            yield here, f"example {name!r} ({ref})", target["value"]


def _check_holder(
    doc: Document, checker: ExampleValidator, site: Site, *, media_type: str | None = None
) -> Iterator[Finding]:
    """Examples of a media type, parameter or header against its ``schema``."""
    node = site.node
    if "schema" not in node:
        return
    schema_ptr = join(site.pointer, "schema")
    candidates: list[tuple[str, str, Any]] = []
    if "example" in node:
        candidates.append((join(site.pointer, "example"), "example", node["example"]))
    candidates.extend(_example_objects(doc, join(site.pointer, "examples"), node.get("examples")))
    for at, what, value in candidates:
        if media_type is not None and _serialised(media_type, value):
            continue
        yield from _findings(at, what, checker.problems(value, schema_ptr, site.direction))


def rule_example_valid(doc: Document) -> Iterator[Finding]:
    """Media type, parameter, header and schema examples validate against their schema."""
    shape = outline(doc)
    checker = ExampleValidator(doc)
    for site in shape.media_types:
        yield from _check_holder(doc, checker, site, media_type=site.name)
    for site in (*shape.parameters, *shape.headers):
        yield from _check_holder(doc, checker, site)
    for site in shape.schemas:
        node = site.node
        if "example" in node:
            problems = checker.problems(node["example"], site.pointer)
            yield from _findings(join(site.pointer, "example"), "schema example", problems)
        listed = node.get("examples")
        if isinstance(listed, list):
            for index, value in enumerate(listed):
                problems = checker.problems(value, site.pointer)
                yield from _findings(
                    join(site.pointer, "examples", index), f"schema example {index}", problems
                )
