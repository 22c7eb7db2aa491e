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

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SpecTarget:
    name: str
    spec_file: str
    dist: str
    package: str


TARGETS = (
    SpecTarget("iotda", "huaweicloud-iotda.yaml", "iotda-client", "iotda_client"),
    SpecTarget("enos", "enos-connect.yaml", "enos-connect-client", "enos_connect_client"),
    SpecTarget("roma", "huaweicloud-roma-link.yaml", "roma-link-client", "roma_link_client"),
)


def add_generated_to_path() -> None:
    for target in TARGETS:
        entry = str(GENERATED / target.dist)
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
        return SPEC_DIR / self.target.spec_file

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
    path = SPEC_DIR / target.spec_file
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
    st_ops = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        st_ops[schema.get_operation_id(operation)] = operation
    by_operation_id = {
        op.operation_id: method_name
        for method_name, op in info.operations_module.OPERATIONS.items()
    }
    for path_template, path_item in raw["paths"].items():
        for method in HTTP_METHODS:
            if method not in path_item:
                continue
            raw_op = path_item[method]
            operation_id = raw_op["operationId"]
            method_name = by_operation_id[operation_id]
            binding = OpBinding(
                spec=info,
                operation_id=operation_id,
                method_name=method_name,
                table=info.operations_module.OPERATIONS[method_name],
                raw=raw_op,
                http_method=method.upper(),
                path=path_template,
                st_operation=st_ops[operation_id],
            )
            for param in [*path_item.get("parameters", []), *raw_op.get("parameters", [])]:
                resolved = info.resolve(param)
                binding.params[(resolved["in"], resolved["name"])] = resolved
            info.ops[operation_id] = binding
    return info


def all_ops() -> list[OpBinding]:
    return [op for target in TARGETS for op in load(target.name).ops.values()]


def documented_statuses(op: OpBinding) -> list[str]:
    return [str(status) for status in op.raw["responses"]]
