"""The three documents, their generated packages and the operation tables that bind them."""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import schemathesis
import yaml

ROOT = Path(__file__).resolve().parents[3]
SPEC_DIR = ROOT / "spec"
GENERATED = ROOT / "generated"
GOLDEN_SPEC_DIR = ROOT / "tests" / "golden" / "specs"
GOLDEN_EXPECTED = ROOT / "tests" / "golden" / "expected"

#: Header parameters OpenAPI says to ignore (the media types and security decide them).
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SpecTarget:
    name: str
    spec_path: Path
    dist_dir: Path  # the directory put on sys.path (holds the import package)
    package: str
    golden: bool = False

    @property
    def spec_file(self) -> str:
        return self.spec_path.name


def _vendor(name: str, spec_file: str, dist: str, package: str) -> SpecTarget:
    return SpecTarget(name, SPEC_DIR / spec_file, GENERATED / dist, package)


VENDOR_TARGETS = (
    _vendor("iotda", "huaweicloud-iotda.yaml", "iotda-client", "iotda_client"),
    _vendor("enos", "enos-connect.yaml", "enos-connect-client", "enos_connect_client"),
    _vendor("roma", "huaweicloud-roma-link.yaml", "roma-link-client", "roma_link_client"),
)


def _golden_targets() -> tuple[SpecTarget, ...]:
    """One target per ``tests/golden/specs/<stem>.yaml`` with its committed package.

    The package is ``expected/<stem>/<dist>/<import_name>/`` (the one directory holding an
    ``_operations.py``); a golden spec without one fails loudly here.
    """
    targets = []
    for spec_path in sorted(GOLDEN_SPEC_DIR.glob("*.yaml")):
        found = sorted((GOLDEN_EXPECTED / spec_path.stem).glob("*/*/_operations.py"))
        assert len(found) == 1, f"{spec_path.name}: expected one generated package, got {found}"
        package_dir = found[0].parent
        targets.append(
            SpecTarget(
                f"golden-{spec_path.stem}",
                spec_path,
                package_dir.parent,
                package_dir.name,
                golden=True,
            )
        )
    return tuple(targets)


GOLDEN_TARGETS = _golden_targets()
TARGETS = VENDOR_TARGETS + GOLDEN_TARGETS

#: Targets registered at run time (any document with a package generated from it).
EXTRA_TARGETS: dict[str, SpecTarget] = {}


def register(target: SpecTarget) -> SpecTarget:
    """Make ``target`` (a document and a package generated from it) loadable by name."""
    EXTRA_TARGETS[target.name] = target
    entry = str(target.dist_dir)
    if entry not in sys.path:
        sys.path.insert(0, entry)
    return target


def add_generated_to_path() -> None:
    for target in TARGETS:
        entry = str(target.dist_dir)
        if entry not in sys.path:
            sys.path.insert(0, entry)


def read_document(path: Path) -> dict[str, Any]:
    """A JSON or YAML document as plain data (YAML through the C loader when present)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)  # type: ignore[no-any-return]
    return yaml.load(text, Loader=_JSONLoader)  # type: ignore[no-any-return]


class _JSONLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML without the timestamp type: an unquoted ``2024-01-02T03:04:05Z`` in an
    example is the JSON string a server sends, not a ``datetime``."""


_JSONLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def pointer_parts(ref: str) -> list[str] | None:
    """The JSON-pointer tokens of a local ``$ref`` (``#/a/b``), percent- and ~-decoded."""
    if not ref.startswith("#/"):
        return None
    return [unquote(p).replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")]


def resolve_pointer(document: Any, ref: str) -> Any:
    """The node a local ``$ref`` names; ``None`` when it does not resolve."""
    parts = pointer_parts(ref)
    if parts is None:
        return None
    target: Any = document
    for part in parts:
        if isinstance(target, dict) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            return None
    return target


@dataclass
class OpBinding:
    """One operation: the raw document's view, the client's view and schemathesis' view."""

    spec: SpecInfo
    operation_id: str
    method_name: str
    table: Any  # <pkg>._base_client.Operation (the client's operation table entry)
    raw: dict[str, Any]  # the operation object of the raw document
    http_method: str  # upper case, from the raw document
    path: str  # path template, from the raw document
    st_operation: Any  # schemathesis APIOperation
    params: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.spec.target.name}:{self.operation_id}"

    def client_defaults(self) -> set[str]:
        """Keyword arguments of the client method that have a real default value."""
        method = getattr(self.spec.client_class, self.method_name)
        return {
            name
            for name, parameter in inspect.signature(method).parameters.items()
            if parameter.default is not inspect.Parameter.empty
            and type(parameter.default).__name__ != "NotGiven"
        }


@dataclass
class SpecInfo:
    target: SpecTarget
    raw: dict[str, Any]
    schema: Any  # schemathesis BaseSchema
    package: ModuleType
    base_client: ModuleType
    operations_module: ModuleType
    ops: dict[str, OpBinding] = field(default_factory=dict)
    #: Operations of the document that could not be bound: label -> reason.
    unbound: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.target.spec_path

    @property
    def is_oas30(self) -> bool:
        return str(self.raw.get("openapi", "")).startswith("3.0")

    @property
    def client_class(self) -> type:
        return self.package.Client  # type: ignore[no-any-return]

    def resolve(self, node: Any) -> Any:
        """Follow a local ``$ref`` (one level at a time, repeatedly).

        A reference that does not resolve (remote, dangling, a cycle of refs) stands for
        any value, ``{}``, as the generator degrades it to ``Any``.
        """
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            if seen >= 50:
                return {}
            target = resolve_pointer(self.raw, node["$ref"])
            if target is None:
                return {}
            node = target
            seen += 1
        return node


_BASE = "https://document.invalid/"


def normalise_refs(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with every ``$ref`` a local JSON pointer that resolves, or gone.

    Real documents reference schemas through ``$id``/``$anchor`` (``/schemas/pet#details``),
    percent-encode pointers or not, and carry ``$ref: null`` (an unquoted ``#...`` in YAML is
    a comment). Refs to an ``$id`` or ``$anchor`` become pointers; refs that resolve nowhere
    (remote files, dangling pointers, non-strings) are dropped, so the node stands for any
    value, as the generator degrades them to ``Any``. ``$id``, ``$anchor`` and ``$schema``
    are removed afterwards (every ref is then relative to the document).
    """
    from urllib.parse import urldefrag, urljoin

    ids: dict[str, str] = {}  # absolute $id (no fragment) -> pointer
    anchors: dict[tuple[str, str], str] = {}  # (base, anchor) -> pointer

    def token(part: Any) -> str:
        return str(part).replace("~", "~0").replace("/", "~1")

    def collect(node: Any, pointer: str, base: str) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$id"), str):
                base = urldefrag(urljoin(base, node["$id"]))[0]
                ids.setdefault(base, pointer)
            if isinstance(node.get("$anchor"), str):
                anchors.setdefault((base, node["$anchor"]), pointer)
            for key, value in node.items():
                collect(value, f"{pointer}/{token(key)}", base)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                collect(value, f"{pointer}/{index}", base)

    collect(document, "", _BASE)

    def target(ref: str, base: str) -> str | None:
        if ref.startswith("#/") or ref == "#":
            return ref if resolve_pointer(document, ref) is not None or ref == "#" else None
        url, fragment = urldefrag(urljoin(base, ref))
        pointer = ids.get(url)
        if pointer is None and url == urldefrag(base)[0] and ref.startswith("#"):
            pointer = ids.get(url, "")
        if pointer is None:
            return None
        if fragment.startswith("/"):
            candidate = "#" + pointer + fragment
        elif fragment:
            found = anchors.get((url, fragment))
            if found is None:
                return None
            candidate = "#" + found
        else:
            candidate = "#" + pointer
        return candidate if resolve_pointer(document, candidate) is not None else None

    def rewrite(node: Any, base: str) -> Any:
        if isinstance(node, list):
            return [rewrite(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$id"), str):
            base = urldefrag(urljoin(base, node["$id"]))[0]
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("$id", "$anchor", "$schema") and isinstance(value, str):
                continue
            if key == "$ref":
                if isinstance(value, str):
                    pointer = target(value, base)
                    if pointer is not None and pointer != "#":
                        out[key] = pointer
                continue
            out[key] = rewrite(value, base)
        return out

    return rewrite(document, _BASE)  # type: ignore[no-any-return]


@functools.cache
def load(name: str) -> SpecInfo:
    """The document, schemathesis' view and the generated package of target ``name``.

    Our own targets must bind completely (an assertion otherwise); registered documents
    (the corpus) record the operations they cannot bind in ``SpecInfo.unbound``.
    """
    add_generated_to_path()
    strict = name not in EXTRA_TARGETS
    target = EXTRA_TARGETS.get(name) or next(t for t in TARGETS if t.name == name)
    path = target.spec_path
    raw = read_document(path)
    if strict:
        schema = schemathesis.openapi.from_path(str(path))
    else:
        raw = normalise_refs(raw)
        schema = schemathesis.openapi.from_dict(copy.deepcopy(raw))
    package = importlib.import_module(target.package)
    info = SpecInfo(
        target=target,
        raw=raw,
        schema=schema,
        package=package,
        base_client=importlib.import_module(f"{target.package}._base_client"),
        operations_module=importlib.import_module(f"{target.package}._operations"),
    )
    # Bound by (METHOD, path template): operationId is optional in OpenAPI (the client
    # table then carries a synthesised one, schemathesis none).
    st_ops = {}
    for result in schema.get_all_operations():
        if not hasattr(result, "ok"):  # an Err: schemathesis could not read the operation
            if strict:
                raise result.err()
            continue  # reported below as "schemathesis does not load the operation"
        operation = result.ok()
        st_ops[(operation.method.upper(), operation.path)] = operation
    # The client table is keyed by operationId (the generator synthesises "<method> <path
    # key>" when there is none): client paths drop a path key's fragment ("/devices#update"),
    # so several operations may share one (METHOD, path).
    by_route = {
        op.operation_id: (method_name, op)
        for method_name, op in info.operations_module.OPERATIONS.items()
    }
    for path_template, path_item in (raw.get("paths") or {}).items():
        path_item = info.resolve(path_item)
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            if method not in path_item:
                continue
            raw_op = path_item[method]
            route = (method.upper(), path_template)
            label = f"{method.upper()} {path_template}"
            if not isinstance(raw_op, dict):
                info.unbound[label] = "operation object is not a mapping"
                continue
            # Unquoted status keys load as ints in YAML (P15); the document means strings.
            raw_op["responses"] = {str(k): v for k, v in (raw_op.get("responses") or {}).items()}
            key = raw_op.get("operationId") or f"{method} {path_template}"
            if key not in by_route:
                assert not strict, f"{name}: {label} has no client method"
                info.unbound[label] = "no client method in _operations.py for the operationId"
                continue
            method_name, table = by_route.pop(key)
            operation_id = raw_op.get("operationId", table.operation_id)
            assert table.operation_id == operation_id, (route, table.operation_id)
            if route not in st_ops:
                assert not strict, f"{name}: schemathesis does not see {route}"
                info.unbound[label] = "schemathesis does not load the operation"
                continue
            binding = OpBinding(
                spec=info,
                operation_id=operation_id,
                method_name=method_name,
                table=table,
                raw=raw_op,
                http_method=method.upper(),
                path=path_template,
                st_operation=st_ops[route],
            )
            for param in [*path_item.get("parameters", []), *raw_op.get("parameters", [])]:
                resolved = info.resolve(param)
                if not (isinstance(resolved, dict) and "in" in resolved and "name" in resolved):
                    continue
                if resolved["in"] == "header" and str(resolved["name"]).lower() in IGNORED_HEADERS:
                    continue  # OpenAPI: such a parameter definition SHALL be ignored
                binding.params[(resolved["in"], resolved["name"])] = resolved
            info.ops[operation_id] = binding
    if strict:
        assert not by_route, f"{name}: client operations missing from the document: {by_route}"
        assert len(info.ops) == len(st_ops), f"{name}: schemathesis sees {sorted(st_ops)}"
    return info


def all_ops(targets: tuple[SpecTarget, ...] = TARGETS) -> list[OpBinding]:
    return [op for target in targets for op in load(target.name).ops.values()]


def documented_statuses(op: OpBinding) -> list[str]:
    return [str(status) for status in op.raw["responses"]]


#: Concrete statuses served for range / default keys (the key itself for exact statuses).
#: A key is served only with the statuses it is the most specific match for. ``default``
#: is exercised with error statuses only: a 2xx reaching ``default`` is a known bug
#: (test_known_bugs.py::test_success_matched_by_default_has_the_declared_return_type).
RANGE_CANDIDATES = {"4XX": (404, 422, 418), "5XX": (500, 503), "2XX": (200, 299)}
DEFAULT_CANDIDATES = (418, 499, 500)


def _matched_key(keys: list[str], code: int) -> str:
    if str(code) in keys:
        return str(code)
    range_key = f"{code // 100}XX"
    if range_key in (k.upper() for k in keys):
        return next(k for k in keys if k.upper() == range_key)
    return "default"


def concrete_statuses(op: OpBinding, key: str) -> list[int]:
    """The statuses that exercise documented response ``key`` (the most specific match)."""
    keys = documented_statuses(op)
    if key.isdigit():
        return [int(key)]
    candidates = DEFAULT_CANDIDATES if key == "default" else RANGE_CANDIDATES[key.upper()]
    return [code for code in candidates if _matched_key(keys, code) == key]
