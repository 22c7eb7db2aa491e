"""JSON pointers and ``$ref`` handling: bundling relative-file refs, checking local refs."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import (
    Collector,
    Location,
    escape_pointer_token,
    pointer,
    unescape_pointer_token,
)
from generator.loader.parse import read_data

_MISSING = object()


def resolve_pointer(data: Any, ptr: str) -> Any:
    """Return the node at JSON pointer ``ptr`` (``""`` or ``"/a/b"``), or raise KeyError."""
    node = data
    if ptr in ("", "/"):
        return node
    if not ptr.startswith("/"):
        raise KeyError(ptr)
    for raw in ptr[1:].split("/"):
        token = unescape_pointer_token(raw)
        if isinstance(node, dict):
            if token not in node:
                raise KeyError(ptr)
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                raise KeyError(ptr)
            node = node[int(token)]
        else:
            raise KeyError(ptr)
    return node


def iter_refs(node: Any, ptr: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(pointer_of_the_ref_object, ref_value)`` for every ``$ref`` below ``node``."""
    stack: list[tuple[Any, str]] = [(node, ptr)]
    while stack:
        current, here = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield here, ref
            for key in sorted(current, reverse=True):
                if is_literal_data(here, key):
                    continue
                stack.append((current[key], f"{here}/{escape_pointer_token(key)}"))
        elif isinstance(current, list):
            for index in range(len(current) - 1, -1, -1):
                stack.append((current[index], f"{here}/{index}"))


_LITERAL_KEYS = frozenset({"example", "default", "enum", "const"})


_NAME_MAPS = (
    "/responses",
    "/properties",
    "/patternProperties",
    "/schemas",
    "/examples",
    "/parameters",
    "/headers",
    "/$defs",
    "/definitions",
    "/callbacks",
    "/links",
    "/requestBodies",
    "/securitySchemes",
    "/pathItems",
    "/webhooks",
    "/paths",
    "/encoding",
    "/content",
    "/dependentSchemas",
    "/variables",
    "/mapping",
)


def is_literal_data(here: str, key: str) -> bool:
    """Whether ``key`` under the node at ``here`` holds instance data (examples, defaults,
    enums, consts), where a ``$ref`` key is not a reference. The same words used as names
    (a ``default`` response, a property called ``example``) are not data."""
    if key in _LITERAL_KEYS:
        return not here.endswith(_NAME_MAPS)
    return key == "value" and "/examples/" in here


#: The operation keys of a Path Item Object.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

#: The kinds of reusable objects under ``components`` (OpenAPI 3.1).
COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


@dataclass
class _Bundler:
    """Inline relative-file refs into the root document as local components."""

    root: dict[str, Any]
    root_path: Path
    root_display: str
    collector: Collector
    files: dict[Path, Any] = field(default_factory=dict)
    hoisted: dict[tuple[Path, str], str] = field(default_factory=dict)

    def run(self) -> None:
        self.files[self.root_path] = self.root
        self._walk(self.root, self.root_path, Location(self.root_display))

    def _display(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root_path.parent))
        except ValueError:
            return str(path)

    def _walk(self, node: Any, file: Path, where: Location) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            anchor = (
                ref.startswith("#") and len(ref) > 1 and ref[1] != "/"
                if isinstance(ref, str)
                else False
            )
            if isinstance(ref, str) and (
                file != self.root_path or not ref.startswith("#") or anchor
            ):
                node["$ref"] = self._localise(ref, file, where)
            for key, value in list(node.items()):
                if key != "$ref" and not is_literal_data(where.pointer, key):
                    self._walk(value, file, where.child(key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self._walk(value, file, where.child(index))

    def _localise(self, ref: str, file: Path, where: Location) -> str:
        """Return a local ref for ``ref`` found in ``file``; hoist the target if needed."""
        target_part, _, fragment = ref.partition("#")
        if fragment and not fragment.startswith("/"):
            anchored = _find_anchor(self.root, fragment)
            if anchored is not None:
                return "#" + anchored
            self.collector.error(
                where.child("$ref"), "unresolved-ref", f"no schema has $anchor {fragment!r}"
            )
            return ref
        if "://" in target_part:
            self.collector.error(
                where.child("$ref"), "remote-ref", f"remote $ref not supported: {ref}"
            )
            return ref
        target_file = (file.parent / unquote(target_part)).resolve() if target_part else file
        fragment = unquote(fragment)
        if target_file == self.root_path:
            return "#" + fragment
        key = (target_file, fragment)
        if key in self.hoisted:
            return self.hoisted[key]
        data = self.files.get(target_file, _MISSING)
        if data is _MISSING:
            data = read_data(target_file, self._display(target_file), self.collector)
            self.files[target_file] = data
        if data is None:
            self.collector.error(
                where.child("$ref"), "unresolved-ref", f"cannot load {target_part}"
            )
            return ref
        try:
            target = resolve_pointer(data, fragment)
        except KeyError:
            self.collector.error(
                where.child("$ref"), "unresolved-ref", f"{ref} does not resolve in {target_part}"
            )
            return ref
        tokens = [unescape_pointer_token(t) for t in fragment.split("/")[1:]]
        kind = "schemas"
        if len(tokens) >= 2 and tokens[-2] in COMPONENT_KINDS:
            kind = tokens[-2]
        base = tokens[-1] if tokens else target_file.stem
        components = self.root.setdefault("components", {}).setdefault(kind, {})
        name = _unique_key(base, components)
        local = "#" + pointer("components", kind, name)
        self.hoisted[key] = local
        hoisted = copy.deepcopy(target)
        components[name] = hoisted
        self._walk(hoisted, target_file, Location(self._display(target_file), fragment))
        return local


def _find_anchor(root: Any, anchor: str) -> str | None:
    """The pointer of the schema declaring ``$anchor: anchor`` (JSON Schema 2020-12)."""
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        node, here = stack.pop()
        if isinstance(node, dict):
            if node.get("$anchor") == anchor:
                return here
            for key, value in node.items():
                if not is_literal_data(here, key):
                    stack.append((value, f"{here}/{escape_pointer_token(key)}"))
        elif isinstance(node, list):
            stack.extend((value, f"{here}/{i}") for i, value in enumerate(node))
    return None


def _unique_key(base: str, taken: dict[str, Any]) -> str:
    base = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in base) or "External"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    return name


def bundle(root: dict[str, Any], root_path: Path, display: str, collector: Collector) -> None:
    """Rewrite every relative-file ``$ref`` of ``root`` (in place) into a local one."""
    _Bundler(root, root_path.resolve(), display, collector).run()


def check_local_refs(root: Any, display: str, collector: Collector) -> None:
    """Record an error for every local ``$ref`` that does not resolve."""
    seen: dict[str, bool] = {}
    for where, ref in iter_refs(root):
        if not ref.startswith("#"):
            continue
        ok = seen.get(ref)
        if ok is None:
            try:
                resolve_pointer(root, unquote(ref[1:]))
                ok = True
            except KeyError:
                ok = False
            seen[ref] = ok
        if not ok:
            collector.error(
                Location(display, where + "/$ref"), "unresolved-ref", f"{ref} does not resolve"
            )
