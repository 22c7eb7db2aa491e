"""JSON pointers and ``$ref`` handling: bundling relative-file refs, checking local refs."""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import (
    Collector,
    Diagnostic,
    Level,
    Location,
    escape_pointer_token,
    pointer,
    unescape_pointer_token,
)
from generator.loader import kinds
from generator.loader.kinds import HTTP_METHODS as HTTP_METHODS
from generator.loader.limits import MAX_REF_CHAIN, MAX_VALUES, Budget
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
            if not (token.isascii() and token.isdigit()) or int(token) >= len(node):
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
    """Inline relative-file refs into the root document as local components.

    File refs resolve only to regular files below ``root_dir`` (the ``--root`` option,
    the working directory by default), within the budget of :mod:`limits`; nothing is
    ever fetched from a URL. Hoisted targets are walked from a queue, not recursively, so
    a chain of thousands of file refs costs no stack.
    """

    root: dict[str, Any]
    root_path: Path
    root_display: str
    collector: Collector
    root_dir: Path
    budget: Budget
    files: dict[Path, Any] = field(default_factory=dict)
    hoisted: dict[tuple[Path, str], str] = field(default_factory=dict)
    queue: list[tuple[Any, Path, Location]] = field(default_factory=list)
    anchors: dict[str, str] | None = None
    strict: bool = False
    #: id() of each ref object whose ref cannot be followed -> (location, rule, message)
    broken: dict[int, tuple[Location, str, str]] = field(default_factory=dict)
    _problem: tuple[Location, str, str] | None = None

    def run(self) -> None:
        self.files[self.root_path] = self.root
        self.queue.append((self.root, self.root_path, Location(self.root_display)))
        while self.queue:
            node, file, where = self.queue.pop()
            self._walk(node, file, where)

    def _display(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root_path.parent))
        except ValueError:
            return str(path)

    def _walk(self, node: Any, file: Path, where: Location) -> None:
        # recursion is bounded: the data nests at most MAX_DEPTH levels
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
                self._problem = None
                node["$ref"] = self._localise(ref, file, where)
                if self._problem is not None:
                    self.broken[id(node)] = self._problem
            for key, value in list(node.items()):
                if key != "$ref" and not is_literal_data(where.pointer, key):
                    self._walk(value, file, where.child(key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self._walk(value, file, where.child(index))

    def _fail(self, at: Location, rule: str, message: str) -> None:
        """A ref that cannot be followed: repaired later (see :func:`repair_refs`)."""
        self._problem = (at, rule, message)

    def _read(self, target_file: Path) -> Any:
        """Parse a referenced file; its problems degrade the refs to it (limits stop)."""
        found = Collector()
        data = read_data(target_file, self._display(target_file), found, self.budget)
        for diagnostic in found.diagnostics:
            if diagnostic.rule != "limit" and not self.strict:
                diagnostic = Diagnostic(
                    diagnostic.location,
                    Level.WARNING,
                    diagnostic.rule,
                    diagnostic.message + "; the refs to this file are not followed",
                )
            self.collector.diagnostics.append(diagnostic)
        return data

    def _anchor(self, name: str) -> str | None:
        if self.anchors is None or name not in self.anchors:
            self.anchors = _anchor_index(self.root)
        return self.anchors.get(name)

    def _target_file(self, target_part: str, file: Path, where: Location) -> Path | None:
        """The file a ref names, when it is a regular file's path below the root."""
        at = where.child("$ref")
        if _SCHEME.match(target_part):
            self._fail(
                at,
                "remote-ref",
                f"remote $ref not supported (only relative file refs are): {target_part}",
            )
            return None
        try:
            target = (file.parent / unquote(target_part)).resolve()
        except (OSError, RuntimeError, ValueError) as exc:  # NUL byte, symlink loop, ...
            self._fail(at, "unresolved-ref", f"cannot resolve {target_part!r}: {exc}")
            return None
        if target != self.root_path and not target.is_relative_to(self.root_dir):
            self._fail(
                at,
                "ref-outside-root",
                f"{target_part} is outside the root directory {display_root(self.root_dir)}; "
                "file refs resolve only below it (set it with --root)",
            )
            return None
        return target

    def _localise(self, ref: str, file: Path, where: Location) -> str:
        """Return a local ref for ``ref`` found in ``file``; hoist the target if needed."""
        target_part, _, fragment = ref.partition("#")
        if fragment and not fragment.startswith("/"):
            anchored = self._anchor(fragment)
            if anchored is not None:
                return "#" + anchored
            if not target_part and "/" in fragment and file == self.root_path:
                try:  # `#components/schemas/Pet`: a pointer missing its leading slash
                    resolve_pointer(self.root, "/" + unquote(fragment))
                except KeyError:
                    pass
                else:
                    self.collector.warn(
                        where.child("$ref"),
                        "ref-repaired",
                        f"{ref} is not a JSON pointer (no / after #); read as #/{fragment}",
                    )
                    return "#/" + fragment
            self._fail(where.child("$ref"), "unresolved-ref", f"no schema has $anchor {fragment!r}")
            return ref
        target_file = self._target_file(target_part, file, where) if target_part else file
        if target_file is None:
            return ref
        fragment = unquote(fragment)
        if target_file == self.root_path:
            return "#" + fragment
        key = (target_file, fragment)
        if key in self.hoisted:
            return self.hoisted[key]
        data = self.files.get(target_file, _MISSING)
        if data is _MISSING:
            data = self._read(target_file)
            self.files[target_file] = data
        if data is None:
            self._fail(where.child("$ref"), "unresolved-ref", f"cannot load {target_part}")
            return ref
        try:
            target = resolve_pointer(data, fragment)
        except KeyError:
            self._fail(
                where.child("$ref"), "unresolved-ref", f"{ref} does not resolve in {target_part}"
            )
            return ref
        self.budget.values += _count_values(target)
        if self.budget.values > MAX_VALUES:
            self.collector.error(
                where.child("$ref"),
                "limit",
                f"bundling {ref} exceeds {MAX_VALUES} values for the document",
            )
            return ref
        tokens = [unescape_pointer_token(t) for t in fragment.split("/")[1:]]
        kind = "schemas"
        if len(tokens) >= 2 and tokens[-2] in COMPONENT_KINDS:
            kind = tokens[-2]
        base = tokens[-1] if tokens else target_file.stem
        components = _mapping(self.root, "components")
        members = _mapping(components, kind) if components is not None else None
        if members is None:
            self.collector.error(
                where.child("$ref"),
                "not-a-mapping",
                f"cannot bundle {ref}: components/{kind} is not a mapping",
            )
            return ref
        name = _unique_key(base, members)
        local = "#" + pointer("components", kind, name)
        self.hoisted[key] = local
        hoisted = copy.deepcopy(target)
        members[name] = hoisted
        self.queue.append((hoisted, target_file, Location(self._display(target_file), fragment)))
        return local


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _mapping(holder: dict[str, Any], key: str) -> dict[str, Any] | None:
    value = holder.setdefault(key, {})
    return value if isinstance(value, dict) else None


def _count_values(node: Any) -> int:
    count, stack = 0, [node]
    while stack:
        current = stack.pop()
        count += 1
        if isinstance(current, dict):
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return count


def display_root(root: Path) -> str:
    """The root directory as messages show it."""
    try:
        shown = os.path.relpath(root)
    except ValueError:  # pragma: no cover - different drive on Windows
        return str(root)
    return str(root) if shown.startswith("..") or shown == "." else shown


def _anchor_index(root: Any) -> dict[str, str]:
    """``$anchor`` name -> pointer of the schema declaring it (the first one found)."""
    found: dict[str, str] = {}
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        node, here = stack.pop()
        if isinstance(node, dict):
            name = node.get("$anchor")
            if isinstance(name, str):
                found.setdefault(name, here)
            for key, value in node.items():
                if not is_literal_data(here, key):
                    stack.append((value, f"{here}/{escape_pointer_token(key)}"))
        elif isinstance(node, list):
            stack.extend((value, f"{here}/{i}") for i, value in enumerate(node))
    return found


def _unique_key(base: str, taken: dict[str, Any]) -> str:
    base = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in base) or "External"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    return name


def bundle(
    root: dict[str, Any],
    root_path: Path,
    display: str,
    collector: Collector,
    *,
    root_dir: Path | None = None,
    budget: Budget | None = None,
    strict: bool = False,
) -> dict[int, tuple[Location, str, str]]:
    """Rewrite every relative-file ``$ref`` of ``root`` (in place) into a local one.

    File refs must name regular files below ``root_dir`` (default: the working
    directory). Returns the refs that cannot be followed (``id()`` of the ref object ->
    location, rule, message) for :func:`repair_refs`; limits exceeded are errors here."""
    base = (root_dir if root_dir is not None else Path.cwd()).resolve()
    bundler = _Bundler(
        root, root_path.resolve(), display, collector, base, budget or Budget(), strict=strict
    )
    bundler.run()
    return bundler.broken


#: What a ref object that cannot be followed becomes, per kind of place it stands in.
_CONSEQUENCE = {
    kinds.SCHEMA: "typed as Any",
    kinds.PARAMETER: "the parameter is left out (extra_query/extra_headers can send it)",
    kinds.HEADER: "the header is left out",
    kinds.RESPONSE: "the response body is read as untyped JSON",
    kinds.REQUEST_BODY: "the request body is sent as raw bytes",
    kinds.EXAMPLE: "the example is left out",
    kinds.LINK: "the link is left out",
    kinds.CALLBACK: "the callback is left out",
    kinds.PATH_ITEM: "the path item is left out",
    kinds.SECURITY_SCHEME: "the security scheme is left out",
}
#: Kinds that are left out of their map or list (nothing typed can stand in for them).
_DROPPED = frozenset(
    {
        kinds.PARAMETER,
        kinds.HEADER,
        kinds.EXAMPLE,
        kinds.LINK,
        kinds.CALLBACK,
        kinds.PATH_ITEM,
        kinds.SECURITY_SCHEME,
    }
)
#: Keys a non-schema ref object may carry beside ``$ref`` (OpenAPI 3.1 Reference Object).
_REF_OBJECT_KEYS = frozenset({"$ref", "summary", "description"})


@dataclass
class _Follow:
    """The end of a chain of local refs: a target pointer, or why there is none."""

    target: str | None = None
    rule: str = ""
    problem: str = ""


def repair_refs(
    root: Any,
    display: str,
    collector: Collector,
    broken: dict[int, tuple[Location, str, str]] | None = None,
    *,
    strict: bool = False,
) -> None:
    """Judge every ``$ref`` of ``root`` and repair the ones that cannot be followed.

    A ref that does not resolve (locally, or a file ref the bundler could not follow: see
    ``broken``), that names the wrong kind of object (a schema ref naming a parameter, a
    string), or that only leads to other refs in a cycle is, with ``strict``, an error
    naming its pointer and what it pointed at. Otherwise it is a warning with the same
    message and what became of it: a schema becomes ``{}`` (Any), a request body has no
    content (raw bytes), a response has an untyped JSON body, a parameter, header,
    example, link, callback, path item or security scheme is left out of its list or
    map. A ``$ref`` that is not a string is removed with a warning (nothing can follow
    it); a chain of more than ``MAX_REF_CHAIN`` refs is always an error (a limit).
    Keys beside the ``$ref`` of a non-schema ref object other than ``summary`` and
    ``description`` are ignored by OpenAPI; a warning names them.
    """
    broken = broken or {}
    chains: dict[str, int] = {}
    followed: dict[str, _Follow] = {}
    repairs: list[tuple[str, str | None]] = []
    for where, node in list(_ref_objects(root)):
        value = node["$ref"]
        at = Location(display, where + "/$ref")
        if not isinstance(value, str):  # e.g. `$ref: #/x` unquoted in YAML: a comment, null
            collector.warn(
                at, "invalid-ref", f"$ref must be a string, not {_json_type(value)}; ignored"
            )
            del node["$ref"]
            continue
        tokens = [unescape_pointer_token(t) for t in where.split("/")[1:]]
        kind = kinds.kind_at(tokens)
        problem: tuple[Location, str, str] | None = broken.get(id(node))
        if problem is None and value.startswith("#"):
            if _chain_length(root, value, chains) > MAX_REF_CHAIN:
                collector.error(
                    at,
                    "limit",
                    f"{value} starts a chain of more than {MAX_REF_CHAIN} $ref objects "
                    "that only point at other $ref objects",
                )
                continue
            end = followed.get(value)
            if end is None:
                end = followed[value] = _follow(root, value, broken)
            if end.target is None:
                problem = (at, end.rule, end.problem)
            else:
                mismatch = _wrong_kind(root, kind, end.target, value)
                if mismatch:
                    problem = (at, "ref-wrong-kind", mismatch)
        elif problem is None:
            continue  # a file ref the bundler stopped at with an error (a limit)
        if problem is None:
            if kind not in (None, kinds.SCHEMA) and not set(node) <= _REF_OBJECT_KEYS:
                extra = ", ".join(sorted(k for k in node if k not in _REF_OBJECT_KEYS))
                collector.warn(
                    Location(display, where),
                    "ref-siblings",
                    f"keys beside $ref are ignored in a reference to {_a(kind)}: {extra}",
                )
            continue
        place, rule, message = problem
        if strict:
            collector.error(place, rule, message)
            continue
        consequence = _CONSEQUENCE.get(kind or "", "replaced by an empty object")
        collector.warn(place, rule, f"{message}; {consequence}")
        repairs.append((where, kind))
    # deepest and last first, so that removing a list item keeps the other pointers valid
    for where, kind in sorted(repairs, key=lambda r: _sort_key(r[0]), reverse=True):
        _repair(root, where, kind)


def _sort_key(where: str) -> list[tuple[int, int | str]]:
    return [(0, int(t)) if t.isdigit() else (1, t) for t in where.split("/")[1:]]


def _ref_objects(node: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(pointer, object)`` for every object with a ``$ref`` key that is a reference
    (outside literal data and maps of names: a property may be called ``$ref``)."""
    stack: list[tuple[Any, str]] = [(node, "")]
    while stack:
        current, here = stack.pop()
        if isinstance(current, dict):
            is_ref = "$ref" in current and not here.endswith(_NAME_MAPS)
            if is_ref:
                yield here, current
            for key in sorted(current, reverse=True):
                if not (is_ref and key == "$ref") and not is_literal_data(here, key):
                    stack.append((current[key], f"{here}/{escape_pointer_token(key)}"))
        elif isinstance(current, list):
            for index in range(len(current) - 1, -1, -1):
                stack.append((current[index], f"{here}/{index}"))


def _follow(root: Any, ref: str, broken: dict[int, tuple[Location, str, str]]) -> _Follow:
    """Follow ``ref`` through refs to refs to the pointer of an object that is not one."""
    seen: list[str] = []
    current = ref
    while True:
        if current in seen:
            cycle = " -> ".join([*seen, current])
            return _Follow(
                None, "ref-cycle", f"reference cycle that never reaches an object: {cycle}"
            )
        seen.append(current)
        if current == "#" or current.startswith("#/"):
            target = unquote(current[1:])
            try:
                node = resolve_pointer(root, target)
            except KeyError:
                lead = f"{ref} leads to {current}, which" if current != ref else ref
                return _Follow(None, "unresolved-ref", f"{lead} does not resolve")
        else:
            return _Follow(
                None, "unresolved-ref", f"{ref} leads to {current}, which cannot be followed"
            )
        step = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(step, str):
            return _Follow(target)
        if id(node) in broken:
            return _Follow(
                None, "unresolved-ref", f"{ref} leads to {step}, which cannot be followed"
            )
        current = step


def _wrong_kind(root: Any, expected: str | None, target: str, ref: str) -> str:
    """Why the object at ``target`` cannot stand where a ``expected`` belongs ("" if it can)."""
    node = resolve_pointer(root, target)
    if expected == kinds.SCHEMA and isinstance(node, bool):
        return ""
    if not isinstance(node, dict):
        return f"{ref} names {_json_type(node)}, not {_a(expected or 'mapping')}"
    found = kinds.kind_at([unescape_pointer_token(t) for t in target.split("/")[1:]])
    if expected is None or found is None or kinds.compatible(expected, found):
        return ""
    return f"{ref} names {_a(found)} where {_a(expected)} belongs"


def _a(word: str) -> str:
    return ("an " if word[:1] in ("a", "e", "i", "o", "u") else "a ") + word


def _repair(root: Any, where: str, kind: str | None) -> None:
    tokens = where.split("/")[1:]
    if not tokens:  # a $ref at the document's root: nothing to stand in for
        del resolve_pointer(root, where)["$ref"]
        return
    parent = resolve_pointer(root, "/" + "/".join(tokens[:-1])) if tokens else None
    key = unescape_pointer_token(tokens[-1]) if tokens else ""
    node = resolve_pointer(root, where)
    if kind in _DROPPED:  # the uses of a dropped component are judged (and dropped) too
        if isinstance(parent, list):
            del parent[int(key)]
            return
        if isinstance(parent, dict):
            del parent[key]
            return
    description = node.get("description")
    node.clear()
    if kind == kinds.RESPONSE:
        node["description"] = description if isinstance(description, str) else ""
        node["content"] = {"application/json": {"schema": {}}}
    elif isinstance(description, str):
        node["description"] = description


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "a mapping"


def _chain_length(root: Any, ref: str, memo: dict[str, int]) -> int:
    """How many ``$ref`` objects ``ref`` passes through before an object that is not one.

    A cycle counts as 0: it never reaches an object (the lint reports it). Lengths are
    memoised per ref, so checking every ref of a document stays linear.
    """
    path: list[str] = []
    on_path: set[str] = set()
    current, tail, cycle = ref, 0, False
    while True:
        if current in memo:
            tail = memo[current]
            break
        if current in on_path:
            cycle = True
            break
        if len(path) > MAX_REF_CHAIN:
            tail = MAX_REF_CHAIN + 1
            break
        path.append(current)
        on_path.add(current)
        try:
            node = resolve_pointer(root, unquote(current[1:]))
        except KeyError:
            break
        step = node.get("$ref") if isinstance(node, dict) else None
        if not (isinstance(step, str) and step.startswith("#")):
            break
        current = step
    for index, item in enumerate(path):
        memo[item] = 0 if cycle else tail + len(path) - index
    return memo[ref]


def resolve_ids(root: dict[str, Any]) -> None:
    """Rewrite refs that name a schema by its ``$id`` (``$ref: pet`` under a schema whose
    base is ``https://example.com/schemas/``, or the full ``https://.../pet``) into
    local pointers, before bundling would take them for files or URLs. A ref that names
    no ``$id`` of the document is left for the bundler."""
    from urllib.parse import urldefrag, urljoin

    bases: dict[tuple[str | int, ...], str] = {}
    ids: dict[str, str] = {}
    refs: list[tuple[dict[str, Any], str]] = []

    def base_of(tokens: tuple[str | int, ...]) -> str:
        for end in range(len(tokens), -1, -1):
            found = bases.get(tokens[:end])
            if found is not None:
                return found
        return ""

    for tokens, node, kind in kinds.walk(root):
        if kind != kinds.SCHEMA or not isinstance(node, dict):
            continue
        own = node.get("$id")
        if isinstance(own, str) and own:
            uri = urldefrag(urljoin(base_of(tokens[:-1]), own))[0]
            bases[tokens] = uri
            ids.setdefault(uri, pointer(*tokens))
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            refs.append((node, base_of(tokens)))
    if not ids:
        return
    for node, base in refs:
        ref = node["$ref"]
        uri, fragment = urldefrag(urljoin(base, ref) if base else ref)
        target = ids.get(uri)
        if target is not None and (not fragment or fragment.startswith("/")):
            node["$ref"] = "#" + target + fragment
