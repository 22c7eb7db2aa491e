"""The lint rules other than ``example-valid``: one small function per rule.

Operation rules (``operation-id``, ``operation-docs``, ``error-body``, ``security``)
apply to the operations that become client methods: those of ``paths`` and of
``components/pathItems``. Webhook and callback operations only take part in the
document-wide uniqueness of ``operationId``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.ir.build import package_field
from generator.ir.naming import dist_name_problem, import_name_problem
from generator.lint.findings import Finding
from generator.lint.naming import identifier_problem, snake_case
from generator.lint.outline import (
    Operation,
    follow,
    items,
    iter_objects,
    iter_refs,
    join,
    outline,
    ref_target,
    split,
)
from generator.loader import COMPONENT_KINDS, Document, resolve_pointer

# --- operation-id -------------------------------------------------------------------------


def rule_operation_id(doc: Document) -> Iterator[Finding]:
    """operationId present, unique, and a unique, valid Python name after snake_case."""
    by_id: dict[str, str] = {}
    by_name: dict[str, tuple[str, str]] = {}
    for op in outline(doc).operations:
        value = op.node.get("operationId")
        at = join(op.pointer, "operationId")
        if value is None:
            if op.is_client:
                yield Finding(op.pointer, "operation has no operationId")
            continue
        if not isinstance(value, str) or not value.strip():
            yield Finding(at, "operationId must be a non-empty string")
            continue
        if value in by_id:
            yield Finding(at, f"operationId {value!r} is already used by {by_id[value]}")
            continue
        by_id[value] = op.pointer
        if not op.is_client:
            continue
        name = snake_case(value)
        problem = identifier_problem(name)
        if problem is not None:
            yield Finding(
                at, f"operationId {value!r} becomes the Python name {name!r}, which {problem}"
            )
        elif name in by_name:
            other, where = by_name[name]
            yield Finding(
                at,
                f"operationId {value!r} becomes the Python name {name!r}, "
                f"like operationId {other!r} of {where}",
            )
        else:
            by_name[name] = (value, op.pointer)


# --- package-name -------------------------------------------------------------------------


def rule_package_name(doc: Document) -> Iterator[Finding]:
    """``x-python-package`` names are a PEP 508 distribution name and an import name."""
    info = doc.data.get("info")
    ext = info.get("x-python-package") if isinstance(info, dict) else None
    if not isinstance(ext, dict):
        return
    for key, problem_of in (("dist-name", dist_name_problem), ("import-name", import_name_problem)):
        value = package_field(ext, key)
        problem = problem_of(value) if value else None
        if problem is not None:
            yield Finding(join("/info/x-python-package", key), f"{value[:120]!r} {problem}")


# --- operation-docs -----------------------------------------------------------------------


def _declared_tags(doc: Document) -> set[str]:
    tags = doc.data.get("tags")
    if not isinstance(tags, list):
        return set()
    return {t["name"] for t in tags if isinstance(t, dict) and isinstance(t.get("name"), str)}


def rule_operation_docs(doc: Document) -> Iterator[Finding]:
    """summary, description and tags on every operation; tags declared at the top level."""
    declared = _declared_tags(doc)
    for op in outline(doc).client_operations:
        for key in ("summary", "description"):
            text = op.node.get(key)
            if key not in op.node:
                yield Finding(op.pointer, f"operation has no {key}")
            elif not isinstance(text, str) or not text.strip():
                yield Finding(join(op.pointer, key), f"{key} must be a non-empty string")
        tags = op.node.get("tags")
        if not isinstance(tags, list) or not tags:
            yield Finding(op.pointer, "operation has no tags")
            continue
        for index, tag in enumerate(tags):
            if not isinstance(tag, str) or tag not in declared:
                yield Finding(
                    join(op.pointer, "tags", index),
                    f"tag {tag!r} is not declared in the top-level tags",
                )


# --- error-body ---------------------------------------------------------------------------

# Statuses that never carry a body (HTTP): 1xx, 204 and 304; a HEAD answer neither.
_BODILESS = frozenset({"204", "304"})


def _needs_body(op: Operation, code: str) -> bool:
    code = code.upper()
    if op.method == "head" or code in _BODILESS:
        return False
    return not code.startswith(("1", "2"))


def rule_error_body(doc: Document) -> Iterator[Finding]:
    """Every non-2xx response has a body schema or says ``x-bodiless: true``."""
    for op in outline(doc).client_operations:
        for code, node in items(op.node.get("responses"), extensions=False):
            if not _needs_body(op, code):
                continue
            at = join(op.pointer, "responses", code)
            response, ref = follow(doc, node)
            if not isinstance(response, dict):
                continue  # a dangling reference: ref-resolves reports it
            via = f" ({ref})" if ref else ""
            content = response.get("content")
            bodiless = response.get("x-bodiless") is True or (
                isinstance(node, dict) and node.get("x-bodiless") is True
            )
            if bodiless:
                if isinstance(content, dict) and content:
                    yield Finding(at, f"response{via} is marked x-bodiless but declares content")
                continue
            if not isinstance(content, dict) or not content:
                yield Finding(
                    at,
                    f"{code} response{via} has no body schema; declare content with a schema "
                    "or mark the response x-bodiless: true",
                )
                continue
            for media_type, media in items(content):
                if not isinstance(media, dict) or "schema" not in media:
                    where = join(at, "content", media_type) if ref is None else at
                    yield Finding(
                        where, f"{code} response{via}: media type {media_type!r} has no schema"
                    )


# --- ref-resolves -------------------------------------------------------------------------


def rule_ref_resolves(doc: Document) -> Iterator[Finding]:
    """Every ``$ref`` is local, resolves, and does not only lead back to itself."""
    for here, ref in iter_refs(doc.data):
        at = join(here, "$ref")
        target = ref_target(ref)
        if target is None:
            yield Finding(at, f"{ref} is not a local reference (it should have been bundled)")
            continue
        try:
            node = resolve_pointer(doc.data, target)
        except KeyError:
            yield Finding(at, f"{ref} does not resolve")
            continue
        chain = [ref]
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            step = node["$ref"]
            if step in chain:
                cycle = " -> ".join([*chain, step])
                yield Finding(at, f"reference cycle that never reaches an object: {cycle}")
                break
            chain.append(step)
            step_target = ref_target(step)
            if step_target is None:
                break  # reported where that reference is written
            try:
                node = resolve_pointer(doc.data, step_target)
            except KeyError:
                break  # reported where that reference is written


# --- component-used -----------------------------------------------------------------------


def _component_key(target: str) -> tuple[str, str] | None:
    tokens = split(target)
    if len(tokens) >= 3 and tokens[0] == "components" and tokens[1] in COMPONENT_KINDS:
        return tokens[1], tokens[2]
    return None


def _uses(node: Any, ptr: str, mode: str = "object") -> Iterator[tuple[str, str]]:
    """The components ``node`` uses: through ``$ref``, discriminator mappings and
    security requirements."""
    for _, obj in iter_objects(node, ptr, mode):
        ref = obj.get("$ref")
        if isinstance(ref, str):
            target = ref_target(ref)
            key = _component_key(target) if target is not None else None
            if key is not None:
                yield key
        discriminator = obj.get("discriminator")
        if isinstance(discriminator, dict):
            for value in dict(items(discriminator.get("mapping"))).values():
                if not isinstance(value, str):
                    continue
                target = ref_target(value)
                if target is None and "/" not in value and "." not in value:
                    yield "schemas", value  # a bare schema name
                elif target is not None and (key := _component_key(target)) is not None:
                    yield key
        requirements = obj.get("security")
        if isinstance(requirements, list):
            for requirement in requirements:
                if isinstance(requirement, dict):
                    for name in requirement:
                        yield "securitySchemes", str(name)


def rule_component_used(doc: Document) -> Iterator[Finding]:
    """Every component is reachable from the paths, webhooks or root security."""
    components = doc.data.get("components")
    if not isinstance(components, dict):
        return
    outside = {key: value for key, value in doc.data.items() if key != "components"}
    reached: set[tuple[str, str]] = set()
    todo = list(_uses(outside, ""))
    while todo:
        key = todo.pop()
        if key in reached:
            continue
        reached.add(key)
        kind, name = key
        members = components.get(kind)
        if isinstance(members, dict) and name in members:
            mode = "example" if kind == "examples" else "object"
            todo.extend(_uses(members[name], join("/components", kind, name), mode))
    for kind in COMPONENT_KINDS:
        for name, _ in items(components.get(kind)):
            if (kind, name) in reached:
                continue
            if kind == "securitySchemes":
                message = f"security scheme {name!r} is not named by any security requirement"
            else:
                message = f"component {name!r} is not used by the paths, webhooks or security"
            yield Finding(join("/components", kind, name), message)


# --- security -----------------------------------------------------------------------------


def _unknown_schemes(requirements: Any, ptr: str, schemes: Any) -> Iterator[Finding]:
    if not isinstance(requirements, list):
        return
    for index, requirement in enumerate(requirements):
        if not isinstance(requirement, dict):
            continue
        for name in requirement:
            if not isinstance(schemes, dict) or name not in schemes:
                yield Finding(
                    join(ptr, index, name),
                    f"security scheme {name!r} is not defined in components/securitySchemes",
                )


def rule_security(doc: Document) -> Iterator[Finding]:
    """Every operation has a security requirement, or an explicit ``security: []``."""
    components = doc.data.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    root = doc.data.get("security")
    yield from _unknown_schemes(root, "/security", schemes)
    for op in outline(doc).client_operations:
        if "security" in op.node:
            own = op.node["security"]
            yield from _unknown_schemes(own, join(op.pointer, "security"), schemes)
        elif not (isinstance(root, list) and root):
            yield Finding(
                op.pointer,
                "operation has no security requirement and the document has no root "
                "security; declare one, or `security: []` for a public operation",
            )
