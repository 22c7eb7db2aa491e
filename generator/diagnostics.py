"""Diagnostics are data: a level, a place (file + JSON pointer) and a message.

Every stage reports problems as :class:`Diagnostic` values. A warning means one part of a
document was degraded (for example a body that cannot be typed becomes raw JSON) and the
operation is still generated; an error stops generation (exit status 2).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace


class Level(enum.Enum):
    WARNING = "warning"
    ERROR = "error"


def escape_pointer_token(token: str | int) -> str:
    """Escape one reference token of a JSON pointer (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def printable(text: str) -> str:
    """``text`` on one line: control characters, line breaks and lone surrogates escaped
    (``\\n``, ``\\x00``, ``\\ud800``), so a message from any document prints as one line."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer such as ``/paths/~1pets/get`` from raw tokens."""
    return "".join("/" + escape_pointer_token(token) for token in tokens)


@dataclass(frozen=True, order=True)
class Location:
    """A file and a JSON pointer; ``line``/``column`` (1-based) when the source is known.

    The position is extra information: two locations with the same file and pointer are
    equal whatever their positions.
    """

    file: str
    pointer: str = ""
    line: int | None = field(default=None, compare=False)
    column: int | None = field(default=None, compare=False)

    def child(self, *tokens: str | int) -> Location:
        return Location(self.file, self.pointer + pointer(*tokens))

    def at(self, line: int, column: int) -> Location:
        return replace(self, line=line, column=column)

    def __str__(self) -> str:
        return printable(f"{self.file}:{self.pointer or '/'}")


@dataclass(frozen=True, order=True)
class Diagnostic:
    location: Location
    level: Level
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.level.value}: {self.rule}: {printable(self.message)}"

    def placed(self, line: int, column: int) -> Diagnostic:
        """The same diagnostic with the source position of its pointer."""
        return replace(self, location=self.location.at(line, column))


class GenerationError(Exception):
    """Raised when a stage cannot go on; carries every error found so far."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = sorted(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


class Collector:
    """Accumulates diagnostics across a stage; ``raise_if_errors`` stops the stage."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def warn(self, location: Location, rule: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(location, Level.WARNING, rule, message))

    def error(self, location: Location, rule: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(location, Level.ERROR, rule, message))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level is Level.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level is Level.WARNING]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise GenerationError(self.errors)
