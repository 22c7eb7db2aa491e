"""Split the models module datamodel-code-generator wrote into a lazily loaded package.

Creating a pydantic model class costs about a millisecond even with ``defer_build=True``
(fields are collected at class creation), so a document with thousands of schemas must not
create them all at import. The models module becomes ``models/``:

- one private submodule per strongly connected component of the reference graph between
  the top-level classes (and aliases) of the module: classes that refer to each other stay
  together in their original order, and a submodule imports what it uses from the
  submodules it depends on. Components form a DAG, so these imports never cycle, and
  loading one model loads exactly the models its fields can reach;
- ``models/__init__.py``: every public name through a module-level ``__getattr__``
  (PEP 562) that imports the submodule on first access, with ``__all__`` and
  ``if TYPE_CHECKING:`` re-imports so mypy and IDEs see every name.

datamodel-code-generator's trailing ``X.model_rebuild()`` calls (emitted for classes with
forward references) are dropped: they would build validators at import; pydantic builds a
deferred model, resolving its forward references in its submodule's namespace, on first use.
A module this does not understand (a top-level statement other than imports, classes,
assignments to one name and those calls, or a name bound twice) is kept whole in one
submodule, still loaded on first access.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

#: The package submodule a module kept whole is written to.
WHOLE_MODULE = "_all"
_MODULE_NAME_MAX = 48


@dataclass(frozen=True)
class SplitModels:
    """The submodules of ``models/`` and where each top-level name lives."""

    modules: dict[str, str]
    """Submodule name (``_pet``) -> source, without the header line."""
    exports: dict[str, str]
    """Every top-level name the models module defined -> the submodule defining it."""


@dataclass
class _Definition:
    name: str
    source: str
    uses: set[str]


def _lines(code: str) -> list[str]:
    """Source lines as the tokenizer counts them (``\\n`` only; U+2028 may sit in a string)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", code)


def _bound_name(node: ast.stmt) -> str | None:
    """The one top-level name a definition binds (``None`` for anything else)."""
    if isinstance(node, ast.ClassDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        return target.id if isinstance(target, ast.Name) else None
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def _is_rebuild_call(node: ast.stmt) -> bool:
    """``Name.model_rebuild()`` as a statement."""
    if not isinstance(node, ast.Expr) or not isinstance(node.value, ast.Call):
        return False
    func = node.value.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "model_rebuild"
        and isinstance(func.value, ast.Name)
    )


def _annotation_nodes(node: ast.AST) -> Iterator[ast.expr]:
    """The annotation expressions inside a definition (fields, arguments, returns)."""
    for child in ast.walk(node):
        if isinstance(child, ast.AnnAssign):
            yield child.annotation
        elif isinstance(child, ast.arg) and child.annotation is not None:
            yield child.annotation
        elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) and child.returns:
            yield child.returns


def _quoted_names(annotation: ast.expr) -> Iterator[str]:
    """Names inside quoted forward references of an annotation (not inside calls such as
    ``Field(description=...)`` or ``Literal[...]``, whose strings are values)."""
    stack: list[ast.AST] = [annotation]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Call):
            continue
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, (ast.Name, ast.Attribute))
            and (node.value.id if isinstance(node.value, ast.Name) else node.value.attr)
            == "Literal"
        ):
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                parsed = ast.parse(node.value, mode="eval")
            except (SyntaxError, ValueError):
                continue
            yield from (n.id for n in ast.walk(parsed) if isinstance(n, ast.Name))
            continue
        stack.extend(ast.iter_child_nodes(node))


def _uses(node: ast.stmt) -> set[str]:
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    for annotation in _annotation_nodes(node):
        names.update(_quoted_names(annotation))
    return names


def _components(order: list[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan, iterative), dependencies before dependents;
    members keep their order in ``order``."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    position = {name: i for i, name in enumerate(order)}
    for root in order:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = []
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work.append((root, iter(sorted(edges[root], key=position.__getitem__))))
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child], key=position.__getitem__))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    members: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        members.append(member)
                        if member == node:
                            break
                    found.append(sorted(members, key=position.__getitem__))
    return found


def _snake(name: str) -> str:
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    text = re.sub(r"[^a-z0-9_]+", "", text.encode("ascii", "ignore").decode())
    return re.sub(r"_+", "_", text).strip("_")[:_MODULE_NAME_MAX].rstrip("_") or "model"


def _module_names(components: list[list[str]], taken: Iterable[str]) -> list[str]:
    """``_<snake_case of the first member>``, unique without regard to case (file systems)."""
    used = {name.lower() for name in taken} | {WHOLE_MODULE}
    names = []
    for members in components:
        base = "_" + _snake(members[0])
        name, number = base, 1
        while name.lower() in used:
            number += 1
            name = f"{base}_{number}"
        used.add(name.lower())
        names.append(name)
    return names


def import_statement(module: str, names: Iterable[str], indent: str = "") -> str:
    """``from module import names`` on one line when it fits in 88 columns, else one name a
    line with a trailing comma (a form isort keeps at any line length, so the output is
    stable under ruff's default settings as well as the generator's)."""
    names = list(names)
    line = f"{indent}from {module} import {', '.join(names)}"
    if len(line) <= 88:
        return line + "\n"
    return "".join(
        [
            f"{indent}from {module} import (\n",
            *(f"{indent}    {n},\n" for n in names),
            f"{indent})\n",
        ]
    )


def _import_text(node: ast.Import | ast.ImportFrom, keep: set[str], depth: int) -> str:
    """The import statement reduced to the names in ``keep``; relative imports one level
    deeper (the submodules sit one package below the models module)."""
    aliases = [a for a in node.names if (a.asname or a.name.partition(".")[0]) in keep]
    if not aliases:
        return ""
    parts = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in aliases)
    if isinstance(node, ast.Import):
        return f"import {parts}\n"
    level = "." * (node.level + depth) if node.level else ""
    return import_statement(
        f"{level}{node.module or ''}",
        (f"{a.name} as {a.asname}" if a.asname else a.name for a in aliases),
    )


def _bound_by_import(node: ast.Import | ast.ImportFrom) -> list[str]:
    return [a.asname or a.name.partition(".")[0] for a in node.names]


def split_models(code: str) -> SplitModels:
    """The submodules of the models package for one models module's source."""
    if not code.strip():
        return SplitModels({}, {})
    tree = ast.parse(code)
    lines = _lines(code)
    future = False
    imports: list[ast.Import | ast.ImportFrom] = []
    definitions: dict[str, _Definition] = {}
    order: list[str] = []
    understood = True
    for number, node in enumerate(tree.body):
        if (
            number == 0
            and isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            continue  # a docstring: the package has its own
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            future = future or any(a.name == "annotations" for a in node.names)
            understood = understood and all(a.name == "annotations" for a in node.names)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imports.append(node)
            continue
        if _is_rebuild_call(node):
            continue
        name = _bound_name(node)
        if name is None or name in definitions:
            understood = False
            break
        first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
        source = "".join(lines[first - 1 : node.end_lineno])
        definitions[name] = _Definition(name, source, _uses(node))
        order.append(name)
    imported = {name for node in imports for name in _bound_by_import(node)}
    if not understood or imported & set(definitions):
        return _whole(code, tree)
    edges = {name: (d.uses & definitions.keys()) - {name} for name, d in definitions.items()}
    components = _components(order, edges)
    names = _module_names(components, definitions)
    home = {member: module for module, members in zip(names, components) for member in members}
    modules: dict[str, str] = {}
    for module, members in zip(names, components):
        used = set().union(*(definitions[m].uses for m in members))
        head = ["from __future__ import annotations\n"] if future else []
        head += [text for node in imports if (text := _import_text(node, used, 1))]
        siblings: dict[str, list[str]] = {}
        for name in sorted(used & definitions.keys()):
            if home[name] != module:
                siblings.setdefault(home[name], []).append(name)
        head += [import_statement(f".{other}", n) for other, n in sorted(siblings.items())]
        body = "\n\n".join(definitions[m].source.rstrip("\n") + "\n" for m in members)
        modules[module] = "".join(head) + "\n\n" + body
    return SplitModels(modules, {name: home[name] for name in order})


def _whole(code: str, tree: ast.Module) -> SplitModels:
    """The module kept whole as one submodule (relative imports one level deeper)."""
    lines = _lines(code)
    for node in sorted(
        (n for n in tree.body if isinstance(n, ast.ImportFrom) and n.level),
        key=lambda n: n.lineno,
        reverse=True,
    ):
        assert node.end_lineno is not None
        text = _import_text(node, set(_bound_by_import(node)), 1)
        lines[node.lineno - 1 : node.end_lineno] = [text]
    names: list[str] = []
    for statement in tree.body:
        name = _bound_name(statement)
        if name is not None and name not in names:
            names.append(name)
    return SplitModels({WHOLE_MODULE: "".join(lines)}, dict.fromkeys(names, WHOLE_MODULE))
