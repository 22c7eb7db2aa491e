"""The three documents, their generated packages and the operation tables that bind them."""

from __future__ import annotations

import functools
import importlib
import inspect
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import schemathesis
import yaml

ROOT = Path(__file__).resolve().parents[3]
SPEC_DIR = ROOT / "spec"
GENERATED = ROOT / "generated"
GOLDEN_SPEC_DIR = ROOT / "tests" / "golden" / "specs"
GOLDEN_EXPECTED = ROOT / "tests" / "golden" / "expected"

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


def add_generated_to_path() -> None:
    for target in TARGETS:
        entry = str(target.dist_dir)
        if entry not in sys.path:
            sys.path.insert(0, entry)


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
        """Follow a local ``$ref`` (one level at a time, repeatedly)."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 50:
            ref = node["$ref"]
            assert ref.startswith("#/"), ref
            target: Any = self.raw
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
        return node


@functools.cache
def load(name: str) -> SpecInfo:
    add_generated_to_path()
    target = next(t for t in TARGETS if t.name == name)
    path = target.spec_path
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    schema = schemathesis.openapi.from_path(str(path))
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
        for method in HTTP_METHODS:
            if method not in path_item:
                continue
            raw_op = path_item[method]
            # Unquoted status keys load as ints in YAML (P15); the document means strings.
            raw_op["responses"] = {str(k): v for k, v in raw_op.get("responses", {}).items()}
            route = (method.upper(), path_template)
            method_name, table = by_route.pop(
                raw_op.get("operationId") or f"{method} {path_template}"
            )
            operation_id = raw_op.get("operationId", table.operation_id)
            assert table.operation_id == operation_id, (route, table.operation_id)
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
                binding.params[(resolved["in"], resolved["name"])] = resolved
            info.ops[operation_id] = binding
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
