"""Where a JSON pointer sits in the source text: line and column (1-based).

YAML: the document is composed into nodes by the (C, when present) parser and constructed
from them in one pass, exactly what ``yaml.load`` does; when positions are wanted the node
tree is kept, and a pointer is looked up by walking it. No second parse.

JSON: ``json.loads`` keeps no positions, so the text is kept and pointers are located
lazily, all the wanted ones in one walk that descends only into the members on a wanted
path and skips every other value with the C decoder (``raw_decode``). Nothing is done
when no position is asked for.

A pointer that does not exist (a removed operation, a component bundled from another
file) maps to its deepest existing ancestor.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable
from typing import Any, Protocol

import yaml

from generator.diagnostics import unescape_pointer_token

Position = tuple[int, int]  # (line, column), both 1-based


class Positions(Protocol):
    def locate(self, pointer: str) -> Position: ...

    def locate_many(self, pointers: Iterable[str]) -> dict[str, Position]: ...


def _tokens(pointer: str) -> list[str]:
    return [unescape_pointer_token(t) for t in pointer.split("/")[1:]] if pointer else []


def load_yaml(text: str, loader_class: type[Any], sink: list[Positions] | None = None) -> Any:
    """``yaml.load(text, Loader=loader_class)``, keeping the node tree in ``sink`` if given."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    if sink is not None:
        sink.append(YamlPositions(node))
    return data


def _yaml_key(node: yaml.Node) -> str:
    value = node.value if isinstance(node, yaml.ScalarNode) else ""
    if node.tag.endswith(":null") and value in ("", "~", "null", "Null", "NULL"):
        return "null"
    if node.tag.endswith(":bool"):
        return "true" if value.lower() in ("true", "yes", "on") else "false"
    return str(value)


class YamlPositions:
    def __init__(self, root: yaml.Node | None) -> None:
        self.root = root
        self._keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = {}

    def _members(self, node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        index = self._keys.get(id(node))
        if index is None:  # built on first visit; the last of duplicate keys wins, as in data
            index = {
                _yaml_key(key): (key, value)
                for key, value in node.value
                if isinstance(key, yaml.ScalarNode)
            }
            self._keys[id(node)] = index
        return index

    def locate(self, pointer: str) -> Position:
        node = self.root
        if node is None:
            return (1, 1)
        mark = node.start_mark
        for token in _tokens(pointer):
            if isinstance(node, yaml.MappingNode):
                found = self._members(node).get(token)
                if found is None:
                    break
                mark, node = found[0].start_mark, found[1]
            elif isinstance(node, yaml.SequenceNode) and token.isdigit():
                index = int(token)
                if index >= len(node.value):
                    break
                node = node.value[index]
                mark = node.start_mark
            else:
                break
        return (mark.line + 1, mark.column + 1)

    def locate_many(self, pointers: Iterable[str]) -> dict[str, Position]:
        return {p: self.locate(p) for p in pointers}


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SPACE = re.compile(r"[ \t\n\r]*")


class JsonPositions:
    """Lazy positions over JSON text; ``locate_many`` resolves many pointers in one walk."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._decoder = json.JSONDecoder()
        self._lines: list[int] | None = None
        self._cache: dict[str, Position] = {}

    def _position(self, offset: int) -> Position:
        if self._lines is None:
            self._lines = [m.end() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._lines, offset)
        start = self._lines[line - 1] if line else 0
        return (line + 1, offset - start + 1)

    def locate(self, pointer: str) -> Position:
        return self.locate_many([pointer])[pointer]

    def locate_many(self, pointers: Iterable[str]) -> dict[str, Position]:
        wanted = [p for p in dict.fromkeys(pointers) if p not in self._cache]
        if wanted:
            trie: dict[str, Any] = {}
            for p in wanted:
                node = trie
                for token in _tokens(p):
                    node = node.setdefault(token, {})
            offsets: dict[tuple[str, ...], int] = {}
            start = _SPACE.match(self.text, 0)
            self._walk(start.end() if start else 0, trie, (), offsets)
            for p in wanted:
                tokens = tuple(_tokens(p))
                while tokens not in offsets and tokens:
                    tokens = tokens[:-1]
                self._cache[p] = self._position(offsets.get(tokens, 0))
        return {p: self._cache[p] for p in pointers}

    def _skip(self, index: int) -> int:
        _, end = self._decoder.raw_decode(self.text, index)
        return _SPACE.match(self.text, end).end()  # type: ignore[union-attr]

    def _walk(
        self,
        index: int,
        trie: dict[str, Any],
        path: tuple[str, ...],
        out: dict[tuple[str, ...], int],
    ) -> int:
        """Record the offset of every wanted member under the value at ``index``; return the
        index after that value (and the space after it)."""
        text = self.text
        out.setdefault(path, index)
        if not trie:
            return self._skip(index)
        char = text[index : index + 1]
        space = _SPACE
        if char == "{":
            index = space.match(text, index + 1).end()  # type: ignore[union-attr]
            while text[index : index + 1] == '"':
                key_match = _STRING.match(text, index)
                if key_match is None:
                    break
                key = json.loads(key_match.group())
                key_start = index
                index = space.match(text, key_match.end()).end()  # type: ignore[union-attr]
                index = space.match(text, index + 1).end()  # type: ignore[union-attr]  # ':'
                sub = trie.get(key)
                if sub is None:
                    index = self._skip(index)
                else:
                    out[(*path, key)] = key_start
                    index = self._walk(index, sub, (*path, key), out)
                    out[(*path, key)] = key_start
                if text[index : index + 1] == ",":
                    index = space.match(text, index + 1).end()  # type: ignore[union-attr]
            return space.match(text, index + 1).end()  # type: ignore[union-attr]
        if char == "[":
            index = space.match(text, index + 1).end()  # type: ignore[union-attr]
            position = 0
            while text[index : index + 1] not in ("]", ""):
                sub = trie.get(str(position))
                if sub is None:
                    index = self._skip(index)
                else:
                    index = self._walk(index, sub, (*path, str(position)), out)
                if text[index : index + 1] == ",":
                    index = space.match(text, index + 1).end()  # type: ignore[union-attr]
                position += 1
            return space.match(text, index + 1).end()  # type: ignore[union-attr]
        return self._skip(index)
