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
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import Collector, escape_pointer_token, unescape_pointer_token
from generator.ir.naming import RESERVED, NameSpace, pascal_case
from generator.ir.types import INT32, INT64, python_pattern, translate_pattern
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
        try:
            code = _configure_models(_rename_shadowing_classes(code), self.python_patterns)
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
        from datamodel_code_generator import (  # type: ignore[attr-defined]
            DataModelType,
            InputFileType,
            OpenAPIScope,
            PythonVersion,
            generate,
        )

        document = {
            "openapi": self.data.get("openapi", "3.1.0"),
            "info": {"title": "models", "version": "0"},
            "paths": {},
            "components": {"schemas": self._schemas},
        }
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            output = generate(
                document,
                input_file_type=InputFileType.OpenAPI,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_310,
                use_annotated=True,
                field_constraints=True,
                use_missing_sentinel=True,
                use_union_operator=True,
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
        code = output if isinstance(output, str) else ""
        code = re.sub(r"^#.*\n", "", code, flags=re.MULTILINE)
        return code.replace(
            "from pydantic.experimental.missing_sentinel import MISSING",
            "from pydantic import MISSING",
        )


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


def _configure_models(code: str, python_patterns: set[str]) -> str:
    """Add model configuration datamodel-code-generator has no option for.

    Every model gets ``defer_build=True``: its validator is built on first use, so that
    importing a package with hundreds of models stays cheap. A model holding a pattern
    only Python's ``re`` can run (lookaround) gets ``regex_engine="python-re"``.
    """
    if not code:
        return code
    tree = ast.parse(code)
    edits: list[tuple[int, int, str]] = []  # (line, column, text to insert)
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or not _is_model_class(node):
            continue
        settings = ["defer_build=True"]
        if python_patterns and any(
            isinstance(k, ast.keyword)
            and k.arg == "pattern"
            and isinstance(k.value, ast.Constant)
            and k.value.value in python_patterns
            for k in ast.walk(node)
        ):
            settings.append('regex_engine="python-re"')
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
            edits.append((func.end_lineno, func.end_col_offset + 1, ", ".join(settings) + ", "))
        else:
            first = node.body[0]
            docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            line = (first.end_lineno or first.lineno) + 1 if docstring else first.lineno
            indent = " " * first.col_offset
            edits.append((line, 0, f"{indent}model_config = ConfigDict({', '.join(settings)})\n"))
    lines = _source_lines(code)
    for line, column, text in sorted(edits, reverse=True):
        current = lines[line - 1] if line - 1 < len(lines) else ""
        if line - 1 >= len(lines):
            lines.append(text)
        else:
            lines[line - 1] = current[:column] + text + current[column:]
    code = "".join(lines)
    if edits and not re.search(r"^from pydantic import .*\bConfigDict\b", code, re.MULTILINE):
        code = code.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\nfrom pydantic import ConfigDict\n",
            1,
        )
    return code


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
