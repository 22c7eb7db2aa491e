"""Layer 1: the HTTP contract of two revisions of a document, compared structurally.

Operations are matched by path and method, parameters by ``(in, name)`` (a parameter
whose ``in`` changed is *moved*), schemas node by node through ``$ref``s: a request
schema may not reject what it accepted, a response schema may not send what callers did
not expect. A schema pair shared by several operations is compared once.
"""

from __future__ import annotations

import operator
from typing import Any

from generator.diagnostics import escape_pointer_token
from generator.diff.changes import Changes
from generator.loader import HTTP_METHODS, Document

REQUEST, RESPONSE = "request", "response"
_MAX_DEPTH = 40


def _ptr(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape_pointer_token(t) for t in tokens)


class HttpDiff:
    def __init__(self, old: Document, new: Document, changes: Changes) -> None:
        self.old, self.new, self.changes = old, new, changes
        self._seen: set[tuple[int, int, str]] = set()

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _deref(doc: Document, node: Any, ptr: str) -> tuple[Any, str]:
        """Follow ``$ref``s; the pointer moves to the referenced node (where edits happen)."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#"):
                return {}, ptr
            seen.add(ref)
            ptr = ref[1:]
            node = doc.deref({"$ref": ref})
        return node, ptr

    def add(self, rule: str, pointer: str, message: str) -> None:
        self.changes.add(rule, pointer, message)

    # -- document ------------------------------------------------------------------------
    def run(self) -> None:
        self._servers(self.old.data.get("servers"), self.new.data.get("servers"), "/servers")
        old_paths = self.old.data.get("paths") or {}
        new_paths = self.new.data.get("paths") or {}
        if not isinstance(old_paths, dict) or not isinstance(new_paths, dict):
            return
        for path in old_paths:
            ptr = _ptr("/paths", path)
            old_item, _ = self._deref(self.old, old_paths[path], ptr)
            if path not in new_paths:
                self.add("path-removed", ptr, f"path {path} was removed")
                continue
            new_item, new_ptr = self._deref(self.new, new_paths[path], ptr)
            if isinstance(old_item, dict) and isinstance(new_item, dict):
                self._path_item(path, old_item, new_item, ptr, new_ptr)
        for path in new_paths:
            if path not in old_paths:
                item, _ = self._deref(self.new, new_paths[path], "")
                for method in HTTP_METHODS:
                    if isinstance(item, dict) and isinstance(item.get(method), dict):
                        self.add(
                            "operation-added",
                            _ptr("/paths", path, method),
                            f"new operation {method.upper()} {path}",
                        )

    def _servers(self, old: Any, new: Any, ptr: str) -> None:
        old_list = [s for s in old or [] if isinstance(s, dict)] if isinstance(old, list) else []
        new_list = [s for s in new or [] if isinstance(s, dict)] if isinstance(new, list) else []
        new_by_url = {str(s.get("url")): (i, s) for i, s in enumerate(new_list)}
        old_urls = {str(s.get("url")) for s in old_list}
        for server in old_list:
            url = str(server.get("url"))
            if url not in new_by_url:
                self.add("server-removed", ptr, f"server {url} was removed")
                continue
            index, other = new_by_url[url]
            old_vars = server.get("variables") or {}
            new_vars = other.get("variables") or {}
            if not isinstance(old_vars, dict) or not isinstance(new_vars, dict):
                continue
            for name, var in old_vars.items():
                here = _ptr(ptr, index, "variables")
                if name not in new_vars:
                    self.add(
                        "server-variable-removed",
                        here,
                        f"server variable {name} of {url} was removed",
                    )
                    continue
                old_enum = var.get("enum") if isinstance(var, dict) else None
                new_var = new_vars[name]
                new_enum = new_var.get("enum") if isinstance(new_var, dict) else None
                if isinstance(old_enum, list) and isinstance(new_enum, list):
                    gone = [v for v in old_enum if v not in new_enum]
                    if gone:
                        self.add(
                            "server-variable-removed",
                            _ptr(here, name, "enum"),
                            f"server variable {name} of {url} lost value(s) {gone!r}",
                        )
        for url, (index, _) in new_by_url.items():
            if url not in old_urls:
                self.add("server-added", _ptr(ptr, index), f"new server {url}")

    def _path_item(
        self, path: str, old: dict[str, Any], new: dict[str, Any], ptr: str, new_ptr: str
    ) -> None:
        for method in HTTP_METHODS:
            old_op, new_op = old.get(method), new.get(method)
            here = _ptr(new_ptr, method)
            if isinstance(old_op, dict) and not isinstance(new_op, dict):
                self.add(
                    "operation-removed", _ptr(ptr, method), f"{method.upper()} {path} was removed"
                )
            elif isinstance(new_op, dict) and not isinstance(old_op, dict):
                self.add("operation-added", here, f"new operation {method.upper()} {path}")
            elif isinstance(old_op, dict) and isinstance(new_op, dict):
                name = f"{method.upper()} {path}"
                self._parameters(name, old, old_op, new, new_op, new_ptr, here)
                self._request_body(name, old_op.get("requestBody"), new_op.get("requestBody"), here)
                self._responses(name, old_op.get("responses"), new_op.get("responses"), here)
                self._security(name, old_op, new_op, here)
                self._servers(old_op.get("servers"), new_op.get("servers"), here + "/servers")

    # -- parameters ------------------------------------------------------------------------
    def _param_map(
        self, doc: Document, item: dict[str, Any], op: dict[str, Any], item_ptr: str, op_ptr: str
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
        out: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for source, base in ((item.get("parameters"), item_ptr), (op.get("parameters"), op_ptr)):
            for index, raw in enumerate(source if isinstance(source, list) else []):
                param, ptr = self._deref(doc, raw, _ptr(base, "parameters", index))
                if isinstance(param, dict) and "name" in param and "in" in param:
                    out[(str(param["in"]), str(param["name"]))] = (param, ptr)
        return out

    def _parameters(
        self,
        name: str,
        old_item: dict[str, Any],
        old_op: dict[str, Any],
        new_item: dict[str, Any],
        new_op: dict[str, Any],
        item_ptr: str,
        op_ptr: str,
    ) -> None:
        old = self._param_map(self.old, old_item, old_op, item_ptr, op_ptr)
        new = self._param_map(self.new, new_item, new_op, item_ptr, op_ptr)
        new_by_name = {wire: (where, v) for (where, wire), v in new.items()}

        def required(param: dict[str, Any]) -> bool:
            return param.get("required") is True or param.get("in") == "path"

        for key, (param, ptr) in old.items():
            where, wire = key
            if key not in new:
                moved = new_by_name.get(wire)
                if moved is not None and moved[0] != where:
                    self.add(
                        "parameter-moved",
                        moved[1][1],
                        f"{name}: parameter {wire} moved from {where} to {moved[0]}",
                    )
                else:
                    self.add(
                        "parameter-removed", ptr, f"{name}: {where} parameter {wire} was removed"
                    )
                continue
            other, other_ptr = new[key]
            if required(other) and not required(param):
                self.add(
                    "parameter-became-required",
                    other_ptr,
                    f"{name}: {where} parameter {wire} became required",
                )
            self._schema(
                param.get("schema"),
                other.get("schema"),
                other_ptr + "/schema",
                REQUEST,
                f"{name}: {where} parameter {wire}",
            )
        for key, (param, ptr) in new.items():
            if key in old or any(w == key[1] for (_, w) in old):
                continue
            rule = "parameter-added-required" if required(param) else "parameter-added-optional"
            kind = "required" if required(param) else "optional"
            self.add(rule, ptr, f"{name}: new {kind} {key[0]} parameter {key[1]}")

    # -- bodies and responses --------------------------------------------------------------
    def _content(self, name: str, old: Any, new: Any, ptr: str, direction: str, what: str) -> None:
        old_content = old.get("content") if isinstance(old, dict) else None
        new_content = new.get("content") if isinstance(new, dict) else None
        if not isinstance(old_content, dict):
            return
        new_content = new_content if isinstance(new_content, dict) else {}
        for media, holder in old_content.items():
            if media not in new_content:
                rule = f"{direction}-media-type-removed"
                self.add(
                    rule, _ptr(ptr, "content"), f"{name}: {what} media type {media} was removed"
                )
                continue
            other = new_content[media]
            if isinstance(holder, dict) and isinstance(other, dict):
                self._schema(
                    holder.get("schema"),
                    other.get("schema"),
                    _ptr(ptr, "content", media, "schema"),
                    direction,
                    f"{name}: {what} ({media})",
                )

    def _request_body(self, name: str, old: Any, new: Any, ptr: str) -> None:
        old_body, _ = self._deref(self.old, old, "")
        new_body, new_ptr = self._deref(self.new, new, ptr + "/requestBody")
        if not isinstance(new_body, dict):
            return
        was_required = isinstance(old_body, dict) and old_body.get("required") is True
        if new_body.get("required") is True and not was_required:
            self.add(
                "request-body-became-required", new_ptr, f"{name}: the request body became required"
            )
        if isinstance(old_body, dict):
            self._content(name, old_body, new_body, new_ptr, REQUEST, "request body")

    def _responses(self, name: str, old: Any, new: Any, ptr: str) -> None:
        old = old if isinstance(old, dict) else {}
        new = new if isinstance(new, dict) else {}
        base = ptr + "/responses"
        old_keys = {str(k) for k in old}
        new_keys = {str(k) for k in new}
        for status in sorted(old_keys - new_keys):
            success = status.startswith("2")
            rule = "response-success-status-removed" if success else "response-error-status-removed"
            self.add(rule, _ptr(base, status), f"{name}: response status {status} was removed")
        for status in sorted(new_keys - old_keys):
            success = status.startswith("2")
            rule = "response-success-status-added" if success else "response-error-status-added"
            self.add(rule, _ptr(base, status), f"{name}: new response status {status}")
        for status in sorted(old_keys & new_keys):
            old_resp, _ = self._deref(self.old, old[status], "")
            new_resp, new_ptr = self._deref(self.new, new[status], _ptr(base, status))
            self._content(name, old_resp, new_resp, new_ptr, RESPONSE, f"response {status}")

    def _security(
        self, name: str, old_op: dict[str, Any], new_op: dict[str, Any], ptr: str
    ) -> None:
        def alternatives(doc: Document, op: dict[str, Any]) -> set[frozenset[str]]:
            raw = op.get("security", doc.data.get("security"))
            if not isinstance(raw, list):
                return set()
            return {frozenset(req) for req in raw if isinstance(req, dict)}

        old, new = alternatives(self.old, old_op), alternatives(self.new, new_op)
        if old == new:
            return
        where = ptr + "/security" if "security" in new_op else "/security"

        def show(alt: frozenset[str]) -> str:
            return " + ".join(sorted(alt)) or "(none)"

        for alt in sorted(old - new, key=sorted):
            if new and not any(other <= alt for other in new):
                self.add(
                    "security-requirement-removed",
                    where,
                    f"{name}: authenticating with {show(alt)} is no longer accepted",
                )
        for alt in sorted(new - old, key=sorted):
            if not any(other <= alt for other in old) or not old:
                self.add(
                    "security-requirement-added",
                    where,
                    f"{name}: can now authenticate with {show(alt)}",
                )

    # -- schemas -------------------------------------------------------------------------
    def _schema(
        self, old: Any, new: Any, ptr: str, direction: str, what: str, depth: int = 0
    ) -> None:
        if depth > _MAX_DEPTH:
            return
        old, _ = self._deref(self.old, old, "")
        new, ptr = self._deref(self.new, new, ptr)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        key = (id(old), id(new), direction)
        if key in self._seen:
            return
        self._seen.add(key)
        old_flat, new_flat = _flatten(self.old, old), _flatten(self.new, new)
        self._types(old_flat, new_flat, ptr, direction, what)
        if direction == REQUEST:
            self._constraints(old_flat, new_flat, ptr, what)
        else:
            old_enum, new_enum = old_flat.get("enum"), new_flat.get("enum")
            if isinstance(old_enum, list) and isinstance(new_enum, list):
                added = [v for v in new_enum if v not in old_enum]
                if added:
                    self.add(
                        "response-enum-value-added",
                        ptr + "/enum",
                        f"{what}: new enum value(s) {added!r}",
                    )
        self._properties(old_flat, new_flat, ptr, direction, what, depth)
        if isinstance(old_flat.get("items"), dict) and isinstance(new_flat.get("items"), dict):
            self._schema(
                old_flat["items"],
                new_flat["items"],
                ptr + "/items",
                direction,
                f"{what} items",
                depth + 1,
            )
        for combinator in ("oneOf", "anyOf"):
            old_opts, new_opts = old_flat.get(combinator), new_flat.get(combinator)
            if (
                isinstance(old_opts, list)
                and isinstance(new_opts, list)
                and len(old_opts) == len(new_opts)
            ):
                for index, (a, b) in enumerate(zip(old_opts, new_opts, strict=True)):
                    self._schema(a, b, _ptr(ptr, combinator, index), direction, what, depth + 1)

    def _types(
        self, old: dict[str, Any], new: dict[str, Any], ptr: str, direction: str, what: str
    ) -> None:
        old_types, new_types = _types(old), _types(new)
        if old_types is None or new_types is None or old_types == new_types:
            return
        if direction == REQUEST:
            lost = old_types - new_types
            if lost:
                self.add(
                    "request-type-changed",
                    ptr,
                    f"{what}: no longer accepts {', '.join(sorted(lost))} (now {', '.join(sorted(new_types))})",
                )
            else:
                self.add(
                    "request-type-widened",
                    ptr,
                    f"{what}: also accepts {', '.join(sorted(new_types - old_types))}",
                )
        else:
            gained = new_types - old_types
            if gained:
                self.add(
                    "response-type-changed",
                    ptr,
                    f"{what}: may now be {', '.join(sorted(gained))} (was {', '.join(sorted(old_types))})",
                )

    def _constraints(self, old: dict[str, Any], new: dict[str, Any], ptr: str, what: str) -> None:
        def number(schema: dict[str, Any], key: str) -> float | None:
            value = schema.get(key)
            return value if isinstance(value, int | float) and not isinstance(value, bool) else None

        for key, rule, tighter in (
            ("maxLength", "request-max-length-decreased", operator.lt),
            ("maximum", "request-maximum-decreased", operator.lt),
            ("minLength", "request-min-length-increased", operator.gt),
            ("minimum", "request-minimum-increased", operator.gt),
        ):
            before, after = number(old, key), number(new, key)
            if after is not None and (before is None or tighter(after, before)):
                shown = "unset" if before is None else before
                self.add(rule, ptr + "/" + key, f"{what}: {key} {shown} -> {after}")
        old_pattern, new_pattern = old.get("pattern"), new.get("pattern")
        if isinstance(new_pattern, str) and new_pattern != old_pattern:
            if isinstance(old_pattern, str):
                self.add(
                    "request-pattern-changed",
                    ptr + "/pattern",
                    f"{what}: pattern {old_pattern!r} -> {new_pattern!r}",
                )
            else:
                self.add(
                    "request-pattern-added",
                    ptr + "/pattern",
                    f"{what}: new pattern {new_pattern!r}",
                )
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if isinstance(new_enum, list):
            if not isinstance(old_enum, list):
                self.add(
                    "request-enum-value-removed",
                    ptr + "/enum",
                    f"{what}: now restricted to {new_enum!r}",
                )
            else:
                gone = [v for v in old_enum if v not in new_enum]
                if gone:
                    self.add(
                        "request-enum-value-removed",
                        ptr + "/enum",
                        f"{what}: enum value(s) {gone!r} removed",
                    )

    def _properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        ptr: str,
        direction: str,
        what: str,
        depth: int,
    ) -> None:
        old_props = old.get("properties") if isinstance(old.get("properties"), dict) else {}
        new_props = new.get("properties") if isinstance(new.get("properties"), dict) else {}
        assert isinstance(old_props, dict) and isinstance(new_props, dict)
        old_req = set(old.get("required") or ()) if isinstance(old.get("required"), list) else set()
        new_req = set(new.get("required") or ()) if isinstance(new.get("required"), list) else set()
        base = ptr + "/properties"
        for name in old_props:
            if name not in new_props:
                rule = "request-field-removed" if direction == REQUEST else "response-field-removed"
                self.add(rule, _ptr(base, name), f"{what}: field {name} was removed")
                continue
            here = _ptr(base, name)
            if direction == REQUEST and name in new_req and name not in old_req:
                self.add(
                    "request-field-became-required", here, f"{what}: field {name} became required"
                )
            if direction == RESPONSE and name in old_req and name not in new_req:
                self.add(
                    "response-field-became-optional", here, f"{what}: field {name} became optional"
                )
            self._schema(
                old_props[name], new_props[name], here, direction, f"{what} field {name}", depth + 1
            )
        for name in new_props:
            if name in old_props:
                continue
            here = _ptr(base, name)
            if direction == REQUEST:
                if name in new_req:
                    self.add(
                        "request-field-added-required", here, f"{what}: new required field {name}"
                    )
                else:
                    self.add(
                        "request-field-added-optional", here, f"{what}: new optional field {name}"
                    )
            else:
                self.add("response-field-added", here, f"{what}: new field {name}")


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows, ``None`` when it does not say."""
    kind = schema.get("type")
    if isinstance(kind, str):
        types = {kind}
    elif isinstance(kind, list) and all(isinstance(k, str) for k in kind):
        types = set(kind)
    else:
        return None
    if schema.get("nullable") is True:
        types.add("null")
    if "number" in types:
        types.add("integer")
    return frozenset(types)


def _flatten(doc: Document, schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """``allOf`` members merged into one view (properties and required united)."""
    all_of = schema.get("allOf")
    if not isinstance(all_of, list) or not all_of or depth > 8:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[Any] = list(merged.get("required") or [])
    for member in all_of:
        target = doc.deref(member)
        if not isinstance(target, dict):
            continue
        target = _flatten(doc, target, depth + 1)
        for key, value in target.items():
            if key == "properties" and isinstance(value, dict):
                props.update(value)
            elif key == "required" and isinstance(value, list):
                required.extend(value)
            else:
                merged.setdefault(key, value)
    if props:
        merged["properties"] = props
    if required:
        merged["required"] = required
    return merged
