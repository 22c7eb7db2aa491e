"""Layer 2: the generated Python API of two revisions, compared from their IR.

The IR is built by the generator's own :class:`~generator.ir.build.Builder`, so method
names, keyword arguments, their types and requiredness are exactly what the templates
would print. One shortcut keeps ``diff`` fast on large documents: the models bridge
decides class names as usual but does not run datamodel-code-generator; model attributes
are read from each model's schema with the IR's own :class:`~generator.ir.types.TypeMapper`
(the mapping that types the flattened body keyword arguments).

Types are compared as sets of union members (``Literal[...]`` values count one by one):
fewer members is *narrowed*, more is *widened*, anything else *changed* (both at once).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Collector, escape_pointer_token
from generator.diff.changes import Changes
from generator.ir.build import Builder
from generator.ir.models import ModelsBridge
from generator.ir.naming import field_name
from generator.ir.nodes import Api, Operation
from generator.loader import Document, resolve_pointer


@dataclass(frozen=True)
class Argument:
    kwarg: str
    annotation: str
    required: bool
    wire: str  # "query id", "body name", "body" ... what it sends, to recognise renames
    pointer: str


@dataclass(frozen=True)
class Method:
    name: str
    http: str  # "POST /pets"
    pointer: str
    arguments: dict[str, Argument]
    returns: str


@dataclass(frozen=True)
class Attribute:
    name: str
    annotation: str
    required: bool


@dataclass(frozen=True)
class Model:
    name: str
    pointer: str
    attributes: dict[str, Attribute] | None  # None: not an object model (enum, root, union)


@dataclass
class ApiFacts:
    """What users of the generated package can touch, keyed by Python name."""

    import_name: str
    methods: dict[str, Method] = field(default_factory=dict)
    models: dict[str, Model] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # class name -> pointer
    exports: frozenset[str] = frozenset()


class _NamesOnlyBridge(ModelsBridge):
    """Decides every class name like the real bridge, without generating model code."""

    def _translate_patterns(self) -> None:  # patterns matter to validators, not to types
        return

    def _run_dmcg(self) -> str:
        return "from pydantic import BaseModel\n" + "".join(
            f"\n\nclass {name}(BaseModel):\n    pass\n" for name in self._schemas
        )


class _FactsBuilder(Builder):
    bridge_class = _NamesOnlyBridge


def _op_pointer(op: Operation) -> str:
    return "/paths/" + escape_pointer_token(op.path) + "/" + op.http_method.lower()


def build_facts(doc: Document) -> tuple[Api, ApiFacts]:
    """The IR of ``doc`` and the facts of its Python API (warnings are not needed here)."""
    from generator.render.package import ALWAYS_AUTH, AUTH_MODULES, RUNTIME_ERRORS

    builder = _FactsBuilder(doc, Collector())
    api = builder.build()
    facts = ApiFacts(api.import_name)
    for op in api.operations:
        facts.methods[op.method_name] = _method(op, doc)
    types = builder.types
    for ref, name in sorted(builder.bridge.names.items()):
        ptr = ref[1:]
        facts.models[name] = Model(name, ptr, _attributes(doc, types, _resolve(doc, ptr)))
    for ptr, name in sorted(builder.hoisted.items()):
        facts.models.setdefault(name, Model(name, ptr, _attributes(doc, types, _resolve(doc, ptr))))
    for err in api.envelope_errors:
        facts.errors[err.class_name] = "/info"
    for op in api.operations:
        if op.envelope:
            for index, err in enumerate(op.envelope.errors):
                ptr = _op_pointer(op) + f"/x-response-envelope/errors/{index}"
                facts.errors.setdefault(err.class_name, ptr)
                if facts.errors[err.class_name] == "/info":
                    facts.errors[err.class_name] = ptr
    auth = {name for kind in api.auth_kinds for name in AUTH_MODULES.get(kind, ("", ()))[1]}
    facts.exports = frozenset(
        {"AsyncClient", "Client", "DEFAULT_BASE_URL", "NOT_GIVEN", "NotGiven", "RawResponse"}
        | set(RUNTIME_ERRORS)
        | set(ALWAYS_AUTH[1])
        | auth
        | set(facts.errors)
    )
    return api, facts


def _resolve(doc: Document, ptr: str) -> Any:
    try:
        return doc.deref(resolve_pointer(doc.data, ptr))
    except (KeyError, IndexError, ValueError, TypeError):
        return None


def _parameter_pointers(doc: Document, op: Operation) -> dict[tuple[str, str], str]:
    """``(in, name)`` -> pointer of the parameter's declaration (operation level wins)."""
    out: dict[tuple[str, str], str] = {}
    item_ptr = "/paths/" + escape_pointer_token(op.path)
    for base in (item_ptr, _op_pointer(op)):
        holder = _resolve(doc, base)
        params = holder.get("parameters") if isinstance(holder, dict) else None
        for index, raw in enumerate(params if isinstance(params, list) else []):
            param = doc.deref(raw)
            if isinstance(param, dict):
                out[(str(param.get("in")), str(param.get("name")))] = f"{base}/parameters/{index}"
    return out


def _follow(doc: Document, ptr: str) -> tuple[Any, str]:
    """The node at ``ptr`` with its ``$ref``s followed, and the pointer where it is."""
    node = _resolve_raw(doc, ptr)
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#"):
            break
        seen.add(ref)
        ptr = ref[1:]
        node = _resolve_raw(doc, ptr)
    return node, ptr


def _resolve_raw(doc: Document, ptr: str) -> Any:
    try:
        return resolve_pointer(doc.data, ptr)
    except (KeyError, IndexError, ValueError, TypeError):
        return None


def _body_schema_pointer(doc: Document, body_ptr: str, media_type: str) -> str | None:
    """Pointer of the (dereferenced) schema of the body's media type, when it has one."""
    body, body_ptr = _follow(doc, body_ptr)
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict):
        return None
    for key in content:
        if key.split(";")[0].strip() == media_type:
            _, ptr = _follow(doc, f"{body_ptr}/content/{escape_pointer_token(key)}/schema")
            return ptr
    return None


def _method(op: Operation, doc: Document) -> Method:
    args: dict[str, Argument] = {}
    base = _op_pointer(op)
    declared = _parameter_pointers(doc, op)
    for p in op.parameters:
        args[p.kwarg] = Argument(
            p.kwarg,
            p.annotation,
            p.required and not p.fixed,
            f"{p.location} {p.name}",
            declared.get((p.location, p.name), base),
        )
    if op.body is not None:
        schema_ptr = _body_schema_pointer(doc, base + "/requestBody", op.body.media_type)
        for f in op.body.fields:
            where = (
                f"{schema_ptr}/properties/{escape_pointer_token(f.name)}" if schema_ptr else base
            )
            args[f.kwarg] = Argument(f.kwarg, f.annotation, f.required, f"body {f.name}", where)
        body_type = op.body.annotation
        if body_type.startswith("models."):
            body_type += " | dict[str, Any]"
        args[op.body.kwarg] = Argument(
            op.body.kwarg,
            body_type,
            op.body.required and not op.body.fields,
            "body",
            base + "/requestBody",
        )
    return Method(op.method_name, f"{op.http_method} {op.path}", base, args, op.return_annotation)


def _attributes(
    doc: Document, types: Any, schema: Any, depth: int = 0
) -> dict[str, Attribute] | None:
    if not isinstance(schema, dict) or depth > 8:
        return None
    props: dict[str, Attribute] = {}
    parts = schema.get("allOf")
    for member in parts if isinstance(parts, list) else []:
        inner = _attributes(doc, types, doc.deref(member), depth + 1)
        if inner:
            props.update(inner)
    if not isinstance(schema.get("properties"), dict) and not props:
        return None
    out: dict[str, Attribute] = dict(props)
    required = (
        set(schema.get("required") or ()) if isinstance(schema.get("required"), list) else set()
    )
    # Keyed by the Python attribute (the models' snake_case ``naming.field_name``).
    for wire, prop in (schema.get("properties") or {}).items():
        name = field_name(str(wire))
        out[name] = Attribute(name, types.annotation(prop), wire in required)
    for wire in required:
        name = field_name(str(wire))
        if name in out:
            out[name] = Attribute(name, out[name].annotation, True)
    return out


# -- comparing types -----------------------------------------------------------------------
def members(annotation: str) -> frozenset[str]:
    """Top-level union members of a type expression; ``Literal[...]`` split by value."""
    parts: list[str] = []
    depth, start = 0, 0
    text = annotation
    for index, char in enumerate(text):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
    parts.append(text[start:].strip())
    out: set[str] = set()
    for part in parts:
        if part.startswith("Literal[") and part.endswith("]"):
            inner = part[len("Literal[") : -1]
            values, depth, start = [], 0, 0
            for index, char in enumerate(inner):
                if char in "[(":
                    depth += 1
                elif char in "])":
                    depth -= 1
                elif char == "," and depth == 0:
                    values.append(inner[start:index].strip())
                    start = index + 1
            values.append(inner[start:].strip())
            out.update(f"Literal[{v}]" for v in values if v)
        else:
            out.add(part)
    return frozenset(out)


def _enum_values_only(old: str, new: str) -> bool:
    """Only ``Literal`` values differ. Models hold enums as Enum classes, so a new value is
    a new member of the same class: no change of the attribute's type (the HTTP layer
    reports the new value as ``response-enum-value-added``)."""
    a, b = members(old), members(new)
    return {m for m in a if not m.startswith("Literal[")} == {
        m for m in b if not m.startswith("Literal[")
    }


def compare_types(old: str, new: str) -> str | None:
    """``None`` (same), ``narrowed``, ``widened`` or ``changed``."""
    if old == new:
        return None
    a, b = members(old), members(new)
    if a == b:
        return None
    if "Any" in a:
        return "narrowed"
    if "Any" in b:
        return "widened"
    if b < a:
        return "narrowed"
    if b > a:
        return "widened"
    return "changed"


# -- the comparison ------------------------------------------------------------------------
def compare(old: ApiFacts, new: ApiFacts, changes: Changes) -> None:
    pkg = new.import_name
    if old.import_name != new.import_name:  # x-python-package, or a new info.title
        changes.add(
            "py-package-renamed",
            "/info",
            f"`import {old.import_name}` no longer works: the package is now {new.import_name}",
        )
    by_http = {m.http: m for m in new.methods.values()}
    for name, method in old.methods.items():
        where = f"{pkg}.Client.{name}"
        other = new.methods.get(name)
        if other is None:
            renamed = by_http.get(method.http)
            if renamed is not None and renamed.name not in old.methods:
                changes.add(
                    "py-method-renamed",
                    renamed.pointer,
                    f"{where} is now {pkg}.Client.{renamed.name} ({method.http})",
                )
            else:
                changes.add(
                    "py-method-removed", method.pointer, f"{where} was removed ({method.http})"
                )
            continue
        _arguments(where, method, other, changes)
        if compare_types(method.returns, other.returns) in ("widened", "changed"):
            changes.add(
                "py-return-changed",
                other.pointer + "/responses",
                f"{where} returned {method.returns}, now {other.returns}",
            )
    for name, method in new.methods.items():
        if name not in old.methods and not any(
            m.http == method.http and m.name not in new.methods for m in old.methods.values()
        ):
            changes.add("py-method-added", method.pointer, f"new method {pkg}.Client.{name}")
    for name, model in old.models.items():
        where = f"{pkg}.models.{name}"
        counterpart = new.models.get(name)
        if counterpart is None:
            changes.add("py-model-removed", model.pointer, f"{where} was removed")
            continue
        _model(where, model, counterpart, changes)
    for name, model in new.models.items():
        if name not in old.models:
            changes.add("py-model-added", model.pointer, f"new model {pkg}.models.{name}")
    for name, ptr in old.errors.items():
        if name not in new.errors:
            changes.add("py-error-removed", ptr, f"{pkg}.errors.{name} was removed")
    for name in sorted(old.exports - new.exports):
        if name not in old.errors:  # reported as py-error-removed already
            changes.add(
                "py-export-removed",
                "/components/securitySchemes",
                f"{pkg}.{name} is no longer exported",
            )


def _renames(old: Method, new: Method) -> dict[str, Argument]:
    """Old keyword -> new argument, for arguments that were renamed.

    Either the same wire name got another keyword (a collision resolved differently), or
    exactly one argument of a location went away and exactly one of the same type and
    requiredness came in its place (the parameter itself was renamed).
    """
    out: dict[str, Argument] = {}
    by_wire = {a.wire: a for a in new.arguments.values() if a.kwarg not in old.arguments}
    old_wires = {a.wire for a in old.arguments.values()}
    gone = [a for k, a in old.arguments.items() if k not in new.arguments]
    for arg in gone:
        if arg.wire in by_wire:
            out[arg.kwarg] = by_wire.pop(arg.wire)
    fresh = [a for a in by_wire.values() if a.wire not in old_wires]
    for arg in gone:
        if arg.kwarg in out:
            continue
        kind = arg.wire.split(" ")[0]
        same_kind_gone = [g for g in gone if g.wire.split(" ")[0] == kind and g.kwarg not in out]
        twins = [
            a
            for a in fresh
            if a.wire.split(" ")[0] == kind
            and a.annotation == arg.annotation
            and a.required == arg.required
        ]
        if len(same_kind_gone) == 1 and len(twins) == 1:
            out[arg.kwarg] = twins[0]
    return out


def _arguments(where: str, old: Method, new: Method, changes: Changes) -> None:
    renames = _renames(old, new)
    taken = {a.kwarg for a in renames.values()}
    for kwarg, arg in old.arguments.items():
        other = new.arguments.get(kwarg)
        if other is None:
            renamed = renames.get(kwarg)
            if renamed is not None:
                changes.add(
                    "py-argument-renamed",
                    renamed.pointer,
                    f"{where}: argument {kwarg} is now {renamed.kwarg}",
                )
            else:
                changes.add(
                    "py-argument-removed", arg.pointer, f"{where}: argument {kwarg} was removed"
                )
            continue
        if other.required and not arg.required:
            changes.add(
                "py-argument-required", other.pointer, f"{where}: argument {kwarg} became required"
            )
        verdict = compare_types(arg.annotation, other.annotation)
        if verdict in ("narrowed", "changed"):
            changes.add(
                "py-argument-narrowed",
                other.pointer,
                f"{where}: argument {kwarg} was {arg.annotation}, now {other.annotation}",
            )
        elif verdict == "widened":
            changes.add(
                "py-argument-widened",
                other.pointer,
                f"{where}: argument {kwarg} was {arg.annotation}, now {other.annotation}",
            )
    old_wires = {a.wire for a in old.arguments.values()}
    for kwarg, arg in new.arguments.items():
        if kwarg in old.arguments or kwarg in taken or arg.wire in old_wires:
            continue
        if arg.required:
            changes.add(
                "py-argument-added-required", arg.pointer, f"{where}: new required argument {kwarg}"
            )
        else:
            changes.add("py-argument-added", arg.pointer, f"{where}: new optional argument {kwarg}")


def _model(where: str, old: Model, new: Model, changes: Changes) -> None:
    if old.attributes is None or new.attributes is None:
        return
    for name, attr in old.attributes.items():
        ptr = new.pointer + "/properties/" + escape_pointer_token(name)
        other = new.attributes.get(name)
        if other is None:
            changes.add(
                "py-model-attribute-removed",
                old.pointer + "/properties/" + escape_pointer_token(name),
                f"{where}.{name} was removed",
            )
            continue
        if other.required and not attr.required:
            changes.add("py-model-attribute-required", ptr, f"{where}.{name} became required")
        if attr.required and not other.required:
            changes.add("py-model-attribute-optional", ptr, f"{where}.{name} became optional")
        verdict = compare_types(attr.annotation, other.annotation)
        if verdict in ("narrowed", "changed"):
            changes.add(
                "py-model-attribute-narrowed",
                ptr,
                f"{where}.{name} was {attr.annotation}, now {other.annotation}",
            )
        elif verdict == "widened" and not _enum_values_only(attr.annotation, other.annotation):
            changes.add(
                "py-model-attribute-widened",
                ptr,
                f"{where}.{name} was {attr.annotation}, now {other.annotation}",
            )
    for name, attr in new.attributes.items():
        if name in old.attributes:
            continue
        ptr = new.pointer + "/properties/" + escape_pointer_token(name)
        if attr.required:
            changes.add(
                "py-model-attribute-required", ptr, f"new required attribute {where}.{name}"
            )
        else:
            changes.add("py-model-attribute-added", ptr, f"new attribute {where}.{name}")


__all__ = ["ApiFacts", "build_facts", "compare", "compare_types", "members"]
