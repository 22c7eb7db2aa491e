"""render: spec text reaches generated code only as inert literals and docstrings."""

from __future__ import annotations

import ast
import inspect

import pytest

from generator.render.environment import clean_text, docstring, pyrepr

NASTY = [
    '"""',
    'ends with a quote"',
    "back\\slash at end \\",
    "{{ 7*7 }} {% raw %} {# c #}",
    "bell\x07 and nul\x00 and \r\n newline",
    "\ud800 lone surrogate",
    "'''",
    "__import__('os').system('false')",
]


@pytest.mark.parametrize("text", NASTY)
def test_pyrepr_round_trips_as_a_literal(text: str) -> None:
    literal = pyrepr(text)
    assert ast.literal_eval(literal) == text


@pytest.mark.parametrize("text", NASTY)
def test_docstring_is_one_string_literal_holding_the_cleaned_text(text: str) -> None:
    source = f"def f():\n    {docstring(text, indent='    ')}\n"
    tree = ast.parse(source)
    (function,) = tree.body
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 1  # nothing escaped into code
    value = ast.get_docstring(function, clean=False)
    assert value is not None
    assert inspect.cleandoc(value).rstrip() == inspect.cleandoc(clean_text(text)).rstrip()


def test_clean_text_drops_control_characters_and_normalises_newlines() -> None:
    assert clean_text("a\x00b\x07c\r\nd\re  ") == "abc\nd\ne"
