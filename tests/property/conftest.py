"""Property tests of the generated clients: harness and generated packages on sys.path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import client_check
from harness.specs import add_generated_to_path

add_generated_to_path()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if client_check.STATS:
        terminalreporter.section("client property counters")
        for key, count in sorted(client_check.STATS.items()):
            terminalreporter.write_line(f"{count:6d}  {key}")
    fuzz = sys.modules.get("tests.property.test_hostile_fuzz")  # when it ran
    counts = getattr(fuzz, "COUNTS", None)
    if counts:
        terminalreporter.section("hostile document fuzz counters")
        for key, count in sorted(counts.items()):
            terminalreporter.write_line(f"{count:6d}  {key}")
