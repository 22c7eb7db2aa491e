"""What rules produce (:class:`Finding`) and what the lint prints (:class:`Report`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from generator.diagnostics import printable
from generator.loader import Document


@dataclass(frozen=True, order=True)
class Finding:
    """One problem a rule found: the JSON pointer of the offending node and a message."""

    pointer: str
    message: str


@dataclass(frozen=True, order=True)
class Report:
    """A finding placed in a file under a rule id; printed as one line."""

    file: str
    pointer: str
    rule: str
    message: str

    def __str__(self) -> str:
        message = " ".join(self.message.split())
        return printable(f"{self.file}:{self.pointer or '/'}: {self.rule}: {message}")


class Rule(NamedTuple):
    """A lint rule: a kebab-case id and a function over a loaded document."""

    id: str
    check: Callable[[Document], Iterator[Finding]]


def shorten(text: str, limit: int = 240) -> str:
    """One line of at most ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
