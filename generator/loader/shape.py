"""The JSON types of the containers the generator and the lint walk.

openapi-spec-validator checks a document completely, but its findings are warnings for
``generate``. The places checked here are the ones code reads without further checks
(``paths`` is a mapping, an operation's ``parameters`` a list of mappings, a media type
object a mapping, ...): a value of the wrong JSON type there is an error naming its
pointer, before any stage touches it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import Collector, Location
from generator.loader.refs import COMPONENT_KINDS, HTTP_METHODS

_MAPPING, _LIST, _STRING = dict, list, str
_NAMES: dict[type, str] = {dict: "a mapping", list: "a list", str: "a string"}


class _Shape:
    def __init__(self, display: str, collector: Collector) -> None:
        self.display = display
        self.collector = collector

    def expect(self, node: Any, key: str, kind: type, where: tuple[str | int, ...]) -> Any:
        """``node[key]`` when it has type ``kind`` (None when absent or wrong, with an error)."""
        if not isinstance(node, dict) or key not in node:
            return None
        value = node[key]
        if isinstance(value, kind) and not isinstance(value, bool):
            return value
        self.collector.error(
            Location(self.display).child(*where, key),
            "wrong-type",
            f"{key} must be {_NAMES[kind]}, not {_describe(value)}",
        )
        return None

    def members(
        self, node: Any, key: str, where: tuple[str | int, ...]
    ) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
        """The mapping members of the mapping ``node[key]`` (errors for other members)."""
        mapping = self.expect(node, key, _MAPPING, where)
        for name, value in (mapping or {}).items():
            at = (*where, key, name)
            if isinstance(value, dict):
                yield at, value
            elif not name.startswith("x-"):
                self.collector.error(
                    Location(self.display).child(*at),
                    "wrong-type",
                    f"{name} must be a mapping, not {_describe(value)}",
                )

    def items(
        self, node: Any, key: str, where: tuple[str | int, ...]
    ) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
        """The mapping items of the list ``node[key]`` (errors for other items)."""
        sequence = self.expect(node, key, _LIST, where)
        for index, value in enumerate(sequence or ()):
            at = (*where, key, index)
            if isinstance(value, dict):
                yield at, value
            else:
                self.collector.error(
                    Location(self.display).child(*at),
                    "wrong-type",
                    f"{key} items must be mappings, not {_describe(value)}",
                )

    # -- objects ---------------------------------------------------------------------------
    def document(self, data: dict[str, Any]) -> None:
        self.expect(data, "info", _MAPPING, ())
        self.expect(data, "tags", _LIST, ())
        self.expect(data, "security", _LIST, ())
        self.servers(data, ())
        for at, item in self.members(data, "paths", ()):
            self.path_item(item, at)
        for at, item in self.members(data, "webhooks", ()):
            self.path_item(item, at)
        components = self.expect(data, "components", _MAPPING, ())
        if components is None:
            return
        for kind in COMPONENT_KINDS:
            for at, member in self.members(components, kind, ("components",)):
                check = {
                    "pathItems": self.path_item,
                    "parameters": self.parameter,
                    "headers": self.parameter,
                    "responses": self.response,
                    "requestBodies": self.body,
                    "callbacks": self.callback,
                }.get(kind)
                if check is not None:
                    check(member, at)

    def servers(self, node: Any, where: tuple[str | int, ...]) -> None:
        for at, server in self.items(node, "servers", where):
            if "$ref" in server:
                continue
            self.expect(server, "url", _STRING, at)
            for vat, variable in self.members(server, "variables", at):
                self.expect(variable, "enum", _LIST, vat)

    def path_item(self, item: dict[str, Any], where: tuple[str | int, ...]) -> None:
        if "$ref" in item:
            return
        self.servers(item, where)
        for at, parameter in self.items(item, "parameters", where):
            self.parameter(parameter, at)
        for method in HTTP_METHODS:
            operation = self.expect(item, method, _MAPPING, where)
            if operation is not None:
                self.operation(operation, (*where, method))

    def operation(self, op: dict[str, Any], where: tuple[str | int, ...]) -> None:
        self.expect(op, "tags", _LIST, where)
        self.expect(op, "security", _LIST, where)
        self.servers(op, where)
        for at, parameter in self.items(op, "parameters", where):
            self.parameter(parameter, at)
        body = self.expect(op, "requestBody", _MAPPING, where)
        if body is not None:
            self.body(body, (*where, "requestBody"))
        for at, response in self.members(op, "responses", where):
            self.response(response, at)
        for at, callback in self.members(op, "callbacks", where):
            self.callback(callback, at)

    def callback(self, callback: dict[str, Any], where: tuple[str | int, ...]) -> None:
        if "$ref" in callback:
            return
        for name, item in callback.items():
            if isinstance(item, dict):
                self.path_item(item, (*where, name))

    def parameter(self, parameter: dict[str, Any], where: tuple[str | int, ...]) -> None:
        if "$ref" in parameter:
            return
        self.expect(parameter, "in", _STRING, where)
        self.expect(parameter, "name", _STRING, where)
        self.content(parameter, where)

    def body(self, body: dict[str, Any], where: tuple[str | int, ...]) -> None:
        if "$ref" not in body:
            self.content(body, where)

    def response(self, response: dict[str, Any], where: tuple[str | int, ...]) -> None:
        if "$ref" in response:
            return
        self.content(response, where)
        for at, header in self.members(response, "headers", where):
            self.parameter(header, at)

    def content(self, holder: dict[str, Any], where: tuple[str | int, ...]) -> None:
        for at, media in self.members(holder, "content", where):
            for key in ("examples", "encoding"):
                for _ in self.members(media, key, at):
                    pass  # the members are only checked


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "a mapping"


def check_shape(data: dict[str, Any], display: str, collector: Collector) -> None:
    """Record an error for each container of the wrong JSON type (see the module doc)."""
    _Shape(display, collector).document(data)
