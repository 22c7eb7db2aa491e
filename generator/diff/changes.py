"""What a comparison produces: one :class:`Change` per observed difference."""

from __future__ import annotations

from dataclasses import dataclass

from generator.diff.rules import RULES, DiffRule


@dataclass(frozen=True, order=True)
class Change:
    pointer: str  # JSON pointer of the changed node (in the new document; old when removed)
    rule: str
    message: str

    @property
    def spec(self) -> DiffRule:
        return RULES[self.rule]

    @property
    def level(self) -> str:
        return RULES[self.rule].level


class Changes:
    """Collects changes, once per (rule, pointer) even when a shared schema is reached twice."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], Change] = {}

    def add(self, rule: str, pointer: str, message: str) -> None:
        if rule not in RULES:  # pragma: no cover - a typo in a rule id is a bug
            raise KeyError(rule)
        self.items.setdefault((rule, pointer), Change(pointer, rule, message))

    def sorted(self) -> list[Change]:
        return sorted(self.items.values())
