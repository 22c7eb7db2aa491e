"""The bridge to datamodel-code-generator: pydantic v2 models for a document's schemas.

Before generation the bridge works on a copy of the document: component schemas get
Python class names decided here (so the client code can name them), inline request and
response schemas that need a class are hoisted into ``components/schemas`` under names
derived from the operation, and ``pattern`` values are translated to the regex dialect
pydantic runs (or dropped with a warning when it cannot run them).
"""

from __future__ import annotations

import ast
import builtins
import io
import json
import re
import tokenize
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.cache import cached_run
from generator.diagnostics import Collector, escape_pointer_token, unescape_pointer_token
from generator.ir.naming import RESERVED, NameSpace, enum_member_names, field_name, pascal_case
from generator.ir.types import CHECKED_FORMATS, INT32, INT64, python_pattern, translate_pattern
from generator.loader import Document, resolve_pointer
from generator.loader.refs import is_literal_data

#: Names the models module imports or defines itself; a schema must not take them.
MODULE_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "AnyUrl",
        "AwareDatetime",
        "BaseModel",
        "ConfigDict",
        "Enum",
        "Field",
        "Literal",
        "MISSING",
        "RootModel",
        "StrEnum",
        "annotations",
        "date",
        "datetime",
        "time",
        "timedelta",
        "UUID",
        "Decimal",
        "IntEnum",
        "Union",
        "Optional",
        "NaiveDatetime",
        "EmailStr",
        "constr",
        "conint",
        "confloat",
        "conlist",
        "models",
        "OpenIntEnum",
        "OpenStrEnum",
        "is_none",
    }
)
SCHEMAS = "#/components/schemas/"
_INT_BOUNDS = {"int32": INT32, "int64": INT64}
_TYPED_FORMATS = frozenset({"binary", "int32", "int64", "float", "double"})


@dataclass(frozen=True)
class Models:
    code: str
    names: dict[str, str]  # "#/components/schemas/<key>" (original) -> class name
    classes: frozenset[str]


class ModelsBridge:
    def __init__(self, doc: Document, collector: Collector) -> None:
        self.doc = doc
        self.collector = collector
        self.data: dict[str, Any] = json.loads(json.dumps(doc.data))
        self.space = NameSpace()
        self.names: dict[str, str] = {}
        self.python_patterns: set[str] = set()
        schemas = self.data.get("components", {}).get("schemas")
        if not isinstance(schemas, dict):
            schemas = {}
        renamed: dict[str, Any] = {}
        prefix_map: dict[str, str] = {}
        for key in schemas:
            name = _claim_class(self.space, key)
            old = SCHEMAS + escape_pointer_token(key)
            self.names[old] = name
            prefix_map[old] = SCHEMAS + name
            renamed[name] = schemas[key]
        if schemas:
            self.data["components"]["schemas"] = renamed
            _rewrite_refs(self.data, prefix_map)
        self._schemas: dict[str, Any] = self.data.setdefault("components", {}).setdefault(
            "schemas", {}
        )
        self.aliases: dict[str, str] = {}
        #: Original refs of the scalar components written into their places.
        self.inlined: frozenset[str] = frozenset()

    def hoist(self, ptr: str, desired: str) -> str:
        """Move the inline schema at ``ptr`` (original document pointer) into components."""
        name = _claim_class(self.space, desired)
        tokens = [unescape_pointer_token(t) for t in ptr.split("/")[1:]]
        parent = resolve_pointer(
            self.data, "".join("/" + escape_pointer_token(t) for t in tokens[:-1])
        )
        last: Any = tokens[-1]
        if isinstance(parent, list):
            last = int(last)
        self._schemas[name] = parent[last]
        parent[last] = {"$ref": SCHEMAS + name}
        return name

    def generate(self, hoisted: dict[str, str]) -> Models:
        self._inline_scalar_components()
        self._declare_required()
        self._close_discriminated_unions()
        self._name_enum_members()
        self.aliases = self._field_aliases()
        self._translate_patterns()
        code = ""
        if self._schemas:
            try:
                code = self._run_dmcg()
            except Exception as exc:  # a crash inside the model generator degrades, never aborts
                self.collector.warn(
                    self.doc.location("components", "schemas"),
                    "models-failed",
                    f"datamodel-code-generator failed ({type(exc).__name__}: {str(exc)[:200]}); "
                    "every schema stays untyped (Any)",
                )
        keep = set(self.names.values()) | set(hoisted.values())
        try:
            code = _inline_scalar_roots(_rename_shadowing_classes(code), keep)
            code = _absent_when_none(_open_enums(code), self._not_nullable_optionals())
            code = _configure_models(code, self.python_patterns, self._object_rules())
            tree = ast.parse(code) if code else None
        except (SyntaxError, ValueError, RecursionError) as exc:  # text dmcg could not quote
            self.collector.warn(
                self.doc.location("components", "schemas"),
                "models-failed",
                f"the models generated for the schemas are not valid Python ({exc}); "
                "every schema stays untyped (Any)",
            )
            code, tree = "", None
        classes = (
            frozenset(node.name for node in tree.body if isinstance(node, ast.ClassDef))
            if tree is not None
            else frozenset()
        )
        names = {ref: name for ref, name in self.names.items() if name in classes}
        for ref, name in sorted(self.names.items()):
            if name not in classes:
                self.collector.warn(
                    self.doc.location(*[unescape_pointer_token(t) for t in ref[2:].split("/")]),
                    "model-missing",
                    f"no model class {name} was produced; values of this schema stay untyped",
                )
        for key, name in hoisted.items():
            if name in classes:
                names[key] = name
        return Models(code, names, classes)

    def _walk(self) -> list[dict[str, Any]]:
        """Every schema object of the models' document (not inside example data)."""
        return [node for node, _ in self._walk_with_pointers()]

    def _walk_with_pointers(self) -> list[tuple[dict[str, Any], str]]:
        """``(schema object, JSON pointer in the models' document)`` pairs, in a fixed order."""
        found: list[tuple[dict[str, Any], str]] = []
        stack: list[tuple[Any, str]] = [(self._schemas, "/components/schemas")]
        stack.extend((self.data.get(k), "/" + k) for k in ("paths", "webhooks") if self.data.get(k))
        seen: set[int] = set()
        while stack:
            node, here = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, dict):
                found.append((node, here))
                for key, value in node.items():
                    if not is_literal_data(here, key) and key not in ("examples", "example"):
                        stack.append((value, f"{here}/{escape_pointer_token(key)}"))
            elif isinstance(node, list):
                stack.extend((v, f"{here}/{i}") for i, v in enumerate(node))
        return found

    def _inline_scalar_components(self) -> None:
        """Components that are plain strings, numbers or booleans (``CompactTimestamp``: a
        string with a pattern) are written into each place that uses them.

        Fields then read as plain ``str``/``int`` instead of ``RootModel`` wrappers, and the
        constraints travel with them (enforced when a model is built or a request
        validated; a response breaking them is still read, see the runtime's ``_models``).
        """
        scalars = {
            SCHEMAS + name: schema
            for name, schema in self._schemas.items()
            if _is_plain_scalar(schema)
        }
        if not scalars:
            return
        for node in self._walk():
            ref = node.get("$ref")
            if isinstance(ref, str) and ref in scalars:
                target = json.loads(json.dumps(scalars[ref]))
                del node["$ref"]
                for key, value in target.items():
                    node.setdefault(key, value)
        for ref in scalars:
            del self._schemas[ref[len(SCHEMAS) :]]
        gone = {ref for ref, name in self.names.items() if SCHEMAS + name in scalars}
        for ref in gone:
            del self.names[ref]
        self.inlined = frozenset(gone)

    def _declare_required(self) -> None:
        """A name in ``required`` that ``properties`` does not list becomes a property of any
        value (``{}``): the model then requires it instead of dropping it.

        Parts of an ``allOf`` are left alone: their ``required`` often names properties of
        another part, whose type an empty schema would override.
        """
        parts: set[int] = set()
        nodes = self._walk()
        for node in nodes:
            all_of = node.get("allOf")
            if isinstance(all_of, list):
                parts.update(id(part) for part in all_of)
        for node in nodes:
            props = node.get("properties")
            required = node.get("required")
            if id(node) in parts or not isinstance(props, dict) or not isinstance(required, list):
                continue
            if any(key in node for key in ("allOf", "oneOf", "anyOf")):
                continue
            for name in required:
                if isinstance(name, str) and name not in props:
                    props[name] = {}

    def _close_discriminated_unions(self) -> None:
        """A discriminator whose tag some variant does not require (it may have a default)
        is dropped, so that the union is tried member by member.

        pydantic's tagged unions need the tag in every value, and datamodel-code-generator
        makes the tag of every variant a required ``Literal``; a document that lets the tag
        out (``kind: {enum: [circle], default: circle}``, not in ``required``) would then
        refuse its own valid values. Without the discriminator each variant keeps the tag
        as documented (optional, with its default).
        """
        for node in self._walk():
            discriminator = node.get("discriminator")
            if not isinstance(discriminator, dict):
                continue
            tag = discriminator.get("propertyName")
            variants = [
                v
                for key in ("oneOf", "anyOf")
                if isinstance(node.get(key), list)
                for v in node[key]
            ]
            if not isinstance(tag, str) or not variants:
                continue
            for variant in variants:
                target = self._resolve(variant)
                if not isinstance(target, dict):
                    continue
                required = target.get("required")
                if not (isinstance(required, list) and tag in required):
                    del node["discriminator"]
                    break

    def _resolve(self, node: Any) -> Any:
        """``node`` with local ``$ref`` chains in the models' document followed."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return None
            seen.add(ref)
            try:
                node = resolve_pointer(self.data, ref[1:])
            except (KeyError, IndexError, ValueError, TypeError):
                return None
        return node

    def _name_enum_members(self) -> None:
        """``x-enum-varnames`` on every enum: the document's own names, else names derived
        from the values (``naming.enum_member_names``)."""
        for node, here in sorted(self._walk_with_pointers(), key=lambda item: item[1]):
            values = node.get("enum")
            if not isinstance(values, list):
                continue
            given = node.get("x-enum-varnames")
            if given is not None and not (
                isinstance(given, list)
                and len(given) == len(values)
                and all(isinstance(n, str) and n.strip() for n in given)
            ):
                self.collector.warn(
                    self.doc.location(*[unescape_pointer_token(t) for t in here.split("/")[1:]]),
                    "enum-varnames",
                    f"x-enum-varnames ignored: it must list one non-empty string per enum value "
                    f"({len(values)}), got {given!r} (quote names YAML reads as booleans, "
                    "such as 'ON')",
                )
            names = enum_member_names(values, given)
            if names is not None:
                node["x-enum-varnames"] = names
            else:
                node.pop("x-enum-varnames", None)

    def _field_aliases(self) -> dict[str, str]:
        """Wire name -> Python attribute of every property (``naming.field_name``).

        A wire name whose attribute would collide with another property of the same
        object keeps the generator's default naming.
        """
        aliases: dict[str, str] = {}
        clashing: set[str] = set()
        for node in self._walk():
            props = node.get("properties")
            if not isinstance(props, dict):
                continue
            seen: dict[str, str] = {}
            for wire in props:
                name = field_name(str(wire))
                if name in seen and seen[name] != wire:
                    clashing.update({wire, seen[name]})
                seen[name] = str(wire)
                aliases[str(wire)] = name
        return {
            wire: name
            for wire, name in sorted(aliases.items())
            if wire not in clashing and wire != name
        }

    def _not_nullable_optionals(self) -> dict[str, set[str]]:
        """Class name -> attributes of its optional members that may not be ``null``.

        Only for the classes named here (components and hoisted schemas); the classes
        datamodel-code-generator invents for nested inline objects are not covered.
        """
        out: dict[str, set[str]] = {}
        for name, schema in self._schemas.items():
            if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
                continue
            required = set(schema.get("required") or ())
            attrs = {
                self.aliases.get(wire, wire)
                for wire, prop in schema["properties"].items()
                if wire not in required and not _allows_null(self.data, prop)
            }
            if attrs:
                out[name] = attrs
        return out

    def _object_rules(self) -> dict[str, dict[str, Any]]:
        """Class name -> the object rules the runtime checks on request bodies
        (``additionalProperties: false``, ``minProperties``, ``maxProperties``, and the
        ``formats`` of string members by wire name, ``[format]`` for arrays of them).

        The models keep ``extra="allow"`` so that responses keep what the server sent;
        the rules travel in ``json_schema_extra``. Only for the classes named here.
        """
        out: dict[str, dict[str, Any]] = {}
        for name, schema in self._schemas.items():
            if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
                continue
            rules: dict[str, Any] = {}
            if schema.get("additionalProperties") is False:
                rules["additionalProperties"] = False
            for key in ("minProperties", "maxProperties"):
                value = schema.get(key)
                if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                    rules[key] = value
            formats: dict[str, Any] = {}
            for wire, prop in schema["properties"].items():
                fmt = _checked_format(prop)
                if fmt is not None:
                    formats[str(wire)] = fmt
                elif isinstance(prop, dict) and _is_kind(prop, "array"):
                    fmt = _checked_format(prop.get("items"))
                    if fmt is not None:
                        formats[str(wire)] = [fmt]  # every item
            if formats:
                rules["formats"] = formats
            if rules:
                out[name] = rules
        return out

    def _translate_patterns(self) -> None:
        """Patterns in pydantic's dialect; string ``format`` kept as documentation only.

        String formats (date-time, email, uri, ...) stay ``str`` in the models: the value
        round-trips exactly as the server sent it (a ``datetime`` would rewrite ``Z`` as
        ``+00:00``), and no optional dependency such as email-validator is needed.
        """
        stack: list[tuple[Any, str]] = [(self._schemas, "/components/schemas")]
        stack.extend((self.data.get(k), "/" + k) for k in ("paths", "webhooks") if self.data.get(k))
        seen: set[int] = set()
        while stack:
            node, here = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, dict):
                pattern = node.get("pattern")
                if isinstance(pattern, str) and (
                    "type" in node or "maxLength" in node or "format" in node or "minLength" in node
                ):
                    translated = translate_pattern(pattern)
                    fallback = python_pattern(pattern) if translated is None else None
                    if translated is not None:
                        node["pattern"] = translated
                    elif fallback is not None:  # lookaround: the model switches to python-re
                        node["pattern"] = fallback
                        self.python_patterns.add(fallback)
                    else:
                        del node["pattern"]
                        self.collector.warn(
                            self.doc.location(),
                            "pattern-dropped",
                            f"pattern {pattern!r} at {here} uses regex features no "
                            "pydantic regex engine can run; not enforced",
                        )
                bounds = _INT_BOUNDS.get(str(node.get("format"))) if _is_integer(node) else None
                if (
                    bounds is not None
                ):  # JSON Schema validators ignore int32/int64: make them bounds
                    if "minimum" not in node and "exclusiveMinimum" not in node:
                        node["minimum"] = bounds[0]
                    if "maximum" not in node and "exclusiveMaximum" not in node:
                        node["maximum"] = bounds[1]
                if isinstance(node.get("format"), str) and node["format"] not in _TYPED_FORMATS:
                    node["x-format"] = node.pop("format")
                for key, value in node.items():
                    if not is_literal_data(here, key) and key != "examples":
                        stack.append((value, f"{here}/{escape_pointer_token(key)}"))
            elif isinstance(node, list):
                stack.extend((v, f"{here}/{i}") for i, v in enumerate(node))

    def _run_dmcg(self) -> str:
        document = {
            "openapi": self.data.get("openapi", "3.1.0"),
            "info": {"title": "models", "version": "0"},
            "paths": {},
            "components": {"schemas": self._schemas},
        }

        def run() -> object:
            from datamodel_code_generator import (  # type: ignore[attr-defined]
                DataModelType,
                InputFileType,
                OpenAPIScope,
                PythonVersion,
                generate,
            )

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return generate(
                    document,
                    input_file_type=InputFileType.OpenAPI,
                    output_model_type=DataModelType.PydanticV2BaseModel,
                    target_python_version=PythonVersion.PY_310,
                    use_annotated=True,
                    field_constraints=True,
                    use_union_operator=True,
                    use_subclass_enum=True,
                    aliases=self.aliases,
                    use_standard_collections=True,
                    use_double_quotes=True,
                    use_field_description=False,
                    use_schema_description=False,
                    disable_timestamp=True,
                    strict_nullable=True,
                    extra_fields="allow",
                    openapi_scopes=[OpenAPIScope.Schemas],
                    formatters=[],
                    capitalise_enum_members=False,
                    custom_class_name_generator=_class_name,
                    keep_model_order=True,
                )

        # the options above are part of the generator's source, which every key hashes
        output = cached_run("dmcg", {"document": document, "aliases": self.aliases}, run)
        code = output if isinstance(output, str) else ""
        return re.sub(r"^#.*\n", "", code, flags=re.MULTILINE)


_BUILTINS = frozenset(dir(builtins))


def _rename_shadowing_classes(code: str) -> str:
    """Rename model classes that shadow a builtin (``Warning``, ``List``-free names only).

    datamodel-code-generator names some inline schemas itself (``Warning`` for the items
    of a ``warnings`` array); pydantic would then resolve a forward reference to the
    builtin. Only name tokens used as types are renamed: not strings, not field or keyword
    argument names (a name followed by ``:`` or ``=``).
    """
    if not code:
        return code
    defined = {node.name for node in ast.parse(code).body if isinstance(node, ast.ClassDef)}
    clash = {name for name in defined if name in _BUILTINS}
    if not clash:
        return code
    rename = {}
    for name in sorted(clash):
        new, n = name + "Model", 2
        while new in defined:
            new, n = f"{name}Model{n}", n + 1
        rename[name] = new
        defined.add(new)
    tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    edits: list[tuple[int, int, int, str]] = []
    for index, tok in enumerate(tokens):
        if tok.type == tokenize.NAME and tok.string in rename:
            following = next(
                (t for t in tokens[index + 1 :] if t.type not in (tokenize.NL, tokenize.COMMENT)),
                None,
            )
            if following is None or following.string not in (":", "="):
                edits.append((tok.start[0], tok.start[1], tok.end[1], rename[tok.string]))
    lines = _source_lines(code)
    for row, start, end, new in reversed(edits):  # right to left keeps columns valid
        line = lines[row - 1]
        lines[row - 1] = line[:start] + new + line[end:]
    return "".join(lines)


def _splice(code: str, edits: list[tuple[int, int, int, int, str]]) -> str:
    """Apply ``(line, col, end_line, end_col, text)`` replacements to ``code``.

    Positions are those of ``ast`` nodes: 1-based lines and UTF-8 byte columns, so the
    work is done on bytes (spec text in descriptions or patterns may be non-ASCII). Edits
    must not overlap; a line one past the end appends.
    """
    lines = [line.encode() for line in _source_lines(code)]
    for row, col, end_row, end_col, text in sorted(edits, reverse=True):
        if row - 1 >= len(lines):
            lines.append(text.encode())
            continue
        head = lines[row - 1][:col]
        tail = lines[end_row - 1][end_col:]
        lines[row - 1 : end_row] = [head + text.encode() + tail]
    return b"".join(lines).decode()


def _configure_models(
    code: str, python_patterns: set[str], rules: dict[str, dict[str, Any]] | None = None
) -> str:
    """Add model configuration datamodel-code-generator has no option for.

    Every model gets ``defer_build=True``: its validator is built on first use, so that
    importing a package with hundreds of models stays cheap. A model holding a pattern
    only Python's ``re`` can run (lookaround) gets ``regex_engine="python-re"``. A class
    in ``rules`` gets them as ``json_schema_extra`` (checked on request bodies).
    """
    rules = rules or {}
    if not code:
        return code
    tree = ast.parse(code)
    edits: list[tuple[int, int, int, int, str]] = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or not _is_model_class(node):
            continue
        settings = ["defer_build=True"]
        if any(isinstance(b, ast.Name) and b.id == "BaseModel" for b in node.bases):
            settings += ["validate_by_name=True", "serialize_by_alias=True"]
        if python_patterns and any(
            isinstance(k, ast.keyword)
            and k.arg == "pattern"
            and isinstance(k.value, ast.Constant)
            and k.value.value in python_patterns
            for k in ast.walk(node)
        ):
            settings.append('regex_engine="python-re"')
        if node.name in rules:
            settings.append(f"json_schema_extra={rules[node.name]!r}")
        config = next(
            (
                stmt.value
                for stmt in node.body
                if isinstance(stmt, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "model_config" for t in stmt.targets)
                and isinstance(stmt.value, ast.Call)
            ),
            None,
        )
        if config is not None:
            present = {k.arg for k in config.keywords}
            settings = [item for item in settings if item.split("=")[0] not in present]
            if not settings:
                continue
            func = config.func
            assert func.end_lineno is not None and func.end_col_offset is not None
            at = (func.end_lineno, func.end_col_offset + 1)
            edits.append((*at, *at, ", ".join(settings) + ", "))
        else:
            first = node.body[0]
            docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            line = (first.end_lineno or first.lineno) + 1 if docstring else first.lineno
            indent = " " * first.col_offset
            edits.append(
                (line, 0, line, 0, f"{indent}model_config = ConfigDict({', '.join(settings)})\n")
            )
    code = _splice(code, edits)
    if edits and not re.search(r"^from pydantic import .*\bConfigDict\b", code, re.MULTILINE):
        code = code.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\nfrom pydantic import ConfigDict\n",
            1,
        )
    return code


_OPEN_ENUM_IMPORT = "from ._models import "
_SCALARS = frozenset({"str", "int", "float", "bool"})


def _inline_scalar_roots(code: str, keep: set[str]) -> str:
    """``RootModel`` wrappers of a plain scalar that datamodel-code-generator invented (for
    a constrained string inside a ``oneOf``, say) are replaced by their root annotation
    (``Annotated[str, Field(max_length=36)]``) wherever they are used, and removed.

    Classes named in ``keep`` (the document's components and hoisted schemas) stay.
    """
    if not code:
        return code
    tree = ast.parse(code)
    roots: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    segment_of = _segments(code)
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name in keep or len(node.bases) != 1:
            continue
        base = node.bases[0]
        if not (
            isinstance(base, ast.Subscript)
            and isinstance(base.value, ast.Name)
            and base.value.id == "RootModel"
            and isinstance(base.slice, ast.Name)
            and base.slice.id in _SCALARS
        ):
            continue
        root = next(
            (
                stmt
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and stmt.target.id == "root"
                and stmt.value is None
            ),
            None,
        )
        text = segment_of(root.annotation) if root is not None else None
        if text is None:
            continue
        roots[node.name] = " ".join(text.split())
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        assert node.end_lineno is not None
        spans.append((first, node.end_lineno))
    # A wrapper also used in a class's bases (``class IpNet(RootModel[IpNet1 | IpNet2])``)
    # stays: only annotations are rewritten.
    in_bases = {
        name.id
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        for base in node.bases
        for name in ast.walk(base)
        if isinstance(name, ast.Name)
    }
    if in_bases & set(roots):
        kept = in_bases & set(roots)
        spans = [span for span, name in zip(spans, list(roots), strict=True) if name not in kept]
        roots = {name: text for name, text in roots.items() if name not in kept}
    if not roots:
        return code
    edits: list[tuple[int, int, int, int, str]] = []
    for item in ast.walk(tree):
        if isinstance(item, ast.AnnAssign):
            for name in ast.walk(item.annotation):
                if isinstance(name, ast.Name) and name.id in roots:
                    assert name.end_col_offset is not None
                    edits.append(
                        (
                            name.lineno,
                            name.col_offset,
                            name.lineno,
                            name.end_col_offset,
                            roots[name.id],
                        )
                    )
    lines = _source_lines(_splice(code, edits))
    for first, last in sorted(spans, reverse=True):
        del lines[first - 1 : last]
    names = "|".join(map(re.escape, roots))
    rebuild = re.compile(rf"^({names})\.model_rebuild\(\)\s*$")
    return "".join(line for line in lines if not rebuild.match(line))


def _open_enums(code: str) -> str:
    """Enum fields of models become ``OpenIntEnum[E]`` / ``OpenStrEnum[E]`` (``E | int`` /
    ``E | str``): a response may carry a value the document does not list.

    Only ``IntEnum`` and ``(str, Enum)`` classes are opened; other enums stay closed.
    """
    if not code:
        return code
    tree = ast.parse(code)
    kinds: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
            if "IntEnum" in bases:
                kinds[node.name] = "OpenIntEnum"
            elif {"str", "Enum"} <= bases or "StrEnum" in bases:
                kinds[node.name] = "OpenStrEnum"
    if not kinds:
        return code
    edits: list[tuple[int, int, int, int, str]] = []
    used: set[str] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or not _is_model_class(node):
            continue
        for stmt in node.body:
            if not isinstance(stmt, ast.AnnAssign):
                continue
            for name in ast.walk(stmt.annotation):
                if isinstance(name, ast.Name) and name.id in kinds:
                    assert name.end_col_offset is not None
                    wrapper = kinds[name.id]
                    used.add(wrapper)
                    edits.append(
                        (
                            name.lineno,
                            name.col_offset,
                            name.lineno,
                            name.end_col_offset,
                            f"{wrapper}[{name.id}]",
                        )
                    )
    code = _splice(code, edits)
    if used:
        code = code.replace(
            "from __future__ import annotations\n",
            f"from __future__ import annotations\n\n{_OPEN_ENUM_IMPORT}{', '.join(sorted(used))}\n",
            1,
        )
    return code


def _allows_null(data: dict[str, Any], schema: Any, depth: int = 0) -> bool:
    """Whether ``null`` is a valid value of ``schema`` (refs followed; unknown -> True)."""
    if depth > 20 or not isinstance(schema, dict):
        return True
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if not ref.startswith("#/"):
            return True
        try:
            target = resolve_pointer(data, ref[1:])
        except (KeyError, IndexError, ValueError, TypeError):
            return True
        return _allows_null(data, target, depth + 1)
    if schema.get("nullable") is True or schema == {}:
        return True
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    if "const" in schema:
        return schema["const"] is None
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list):
            return any(_allows_null(data, o, depth + 1) for o in options)
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and all_of:
        return all(_allows_null(data, o, depth + 1) for o in all_of) and kinds is None
    return kinds is None and not any(k in schema for k in ("properties", "items", "enum"))


def _absent_when_none(code: str, fields: dict[str, set[str]]) -> str:
    """Optional members that may not be ``null`` are left out when they hold ``None``
    (``Field(exclude_if=is_none)``): ``None`` means absent, so a request never sends a
    ``null`` the document does not allow, and a model dumps as the JSON it stands for."""
    if not code or not fields:
        return code
    tree = ast.parse(code)
    segment_of = _segments(code)
    edits: list[tuple[int, int, int, int, str]] = []  # (line, col, end line, end col, text)
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name not in fields:
            continue
        for stmt in node.body:
            if not (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and stmt.target.id in fields[node.name]
                and isinstance(stmt.value, ast.Constant)
                and stmt.value.value is None
            ):
                continue
            annotation = stmt.annotation
            field_call = None
            if (
                isinstance(annotation, ast.Subscript)
                and isinstance(annotation.value, ast.Name)
                and annotation.value.id == "Annotated"
                and isinstance(annotation.slice, ast.Tuple)
            ):
                field_call = next(
                    (
                        e
                        for e in annotation.slice.elts
                        if isinstance(e, ast.Call)
                        and isinstance(e.func, ast.Name)
                        and e.func.id == "Field"
                    ),
                    None,
                )
            if field_call is not None:
                assert field_call.end_lineno is not None and field_call.end_col_offset is not None
                at = (field_call.end_lineno, field_call.end_col_offset - 1)
                sep = ", " if field_call.args or field_call.keywords else ""
                edits.append((*at, *at, f"{sep}exclude_if=is_none"))
            else:
                segment = segment_of(annotation)
                assert annotation.end_lineno is not None and annotation.end_col_offset is not None
                edits.append(
                    (
                        annotation.lineno,
                        annotation.col_offset,
                        annotation.end_lineno,
                        annotation.end_col_offset,
                        f"Annotated[{segment}, Field(exclude_if=is_none)]",
                    )
                )
    if not edits:
        return code
    code = _splice(code, edits)
    imports = ["is_none"]
    if _OPEN_ENUM_IMPORT in code:
        line = next(item for item in code.splitlines() if item.startswith(_OPEN_ENUM_IMPORT))
        names = sorted({*line[len(_OPEN_ENUM_IMPORT) :].split(", "), *imports})
        code = code.replace(line, _OPEN_ENUM_IMPORT + ", ".join(names), 1)
    else:
        code = code.replace(
            "from __future__ import annotations\n",
            f"from __future__ import annotations\n\n{_OPEN_ENUM_IMPORT}is_none\n",
            1,
        )
    if not re.search(r"^from typing import .*\bAnnotated\b", code, re.MULTILINE):
        code = code.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\nfrom typing import Annotated\n",
            1,
        )
    if not re.search(r"^from pydantic import .*\bField\b", code, re.MULTILINE):
        code = code.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\nfrom pydantic import Field\n",
            1,
        )
    return code


def _is_plain_scalar(schema: Any) -> bool:
    """A string, number or boolean schema without enum/const (a constrained alias)."""
    if not isinstance(schema, dict):
        return False
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    concrete = [k for k in kinds if k != "null"]
    if len(concrete) != 1 or concrete[0] not in ("string", "integer", "number", "boolean"):
        return False
    structural = ("enum", "const", "$ref", "allOf", "oneOf", "anyOf", "not", "if", "properties")
    return not any(key in schema for key in structural)


def _segments(code: str) -> Callable[[ast.AST], str | None]:
    """``ast.get_source_segment`` for many nodes of one source: the lines are split once
    (the stdlib splits the source up to the node on every call, quadratic in a 40k-line
    models module). Lines end at ``\\r\\n``, ``\\r`` or ``\\n`` and columns are UTF-8 byte
    offsets, as there."""
    lines: list[str] = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z", code)

    def segment(node: ast.AST) -> str | None:
        first: int | None = getattr(node, "lineno", None)
        last: int | None = getattr(node, "end_lineno", None)
        start: int | None = getattr(node, "col_offset", None)
        end: int | None = getattr(node, "end_col_offset", None)
        if first is None or last is None or start is None or end is None:
            return None
        if first == last:
            return lines[first - 1].encode()[start:end].decode()
        head = lines[first - 1].encode()[start:].decode()
        tail = lines[last - 1].encode()[:end].decode()
        return head + "".join(lines[first : last - 1]) + tail

    return segment


def _source_lines(code: str) -> list[str]:
    """The lines of Python source as the tokenizer sees them: split at ``\\n`` only, not
    at the other line breaks ``str.splitlines`` knows (U+2028 may sit inside a literal)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", code)


def _is_model_class(node: ast.ClassDef) -> bool:
    for base in node.bases:
        target = base.value if isinstance(base, ast.Subscript) else base
        if isinstance(target, ast.Name) and target.id in ("BaseModel", "RootModel"):
            return True
    return False


def _is_kind(node: dict[str, Any], kind: str) -> bool:
    types = node.get("type")
    return types == kind or (isinstance(types, list) and kind in types)


def _checked_format(prop: Any) -> str | None:
    """The checked ``format`` of a string property (kept as ``x-format`` for the models)."""
    if not isinstance(prop, dict) or not _is_kind(prop, "string"):
        return None
    fmt = prop.get("format", prop.get("x-format"))
    return fmt if isinstance(fmt, str) and fmt in CHECKED_FORMATS else None


def _is_integer(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    return kind == "integer" or (isinstance(kind, list) and "integer" in kind)


def _class_name(name: str) -> str:
    """Class names for datamodel-code-generator: PascalCase, never a builtin or keyword.

    Names this bridge chose already pass through unchanged (they are PascalCase and end in
    ``Model`` when they would collide); names it invents for inline schemas are fixed here.
    """
    cls = pascal_case(name) or "Model"
    if not cls[0].isalpha():
        cls = "Model" + cls
    return cls + "Model" if cls in RESERVED or cls in MODULE_NAMES else cls


def _claim_class(space: NameSpace, text: str) -> str:
    name = pascal_case(text) or "Model"
    if not name[0].isalpha():
        name = "Model" + name
    if name in RESERVED or name in MODULE_NAMES:
        name += "Model"
    return space.claim(name, separator="")


def _rewrite_refs(node: Any, prefix_map: dict[str, str]) -> None:
    stack: list[tuple[Any, str]] = [(node, "")]
    while stack:
        current, here = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMAS):
                rest = ref[len(SCHEMAS) :]
                key, sep, tail = rest.partition("/")
                new = prefix_map.get(SCHEMAS + key)
                if new is not None:
                    current["$ref"] = new + sep + tail
            stack.extend(
                (v, f"{here}/{escape_pointer_token(k)}")
                for k, v in current.items()
                if not is_literal_data(here, k)
            )
        elif isinstance(current, list):
            stack.extend((v, f"{here}/{i}") for i, v in enumerate(current))
