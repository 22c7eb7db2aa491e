"""The one Jinja environment, and the escaping helpers templates rely on.

Templates never see raw spec text in a place where it could become code: strings reach
them through ``pyrepr`` (a Python literal) or as docstrings built by :func:`docstring`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def pyrepr(value: Any) -> str:
    """A Python literal for ``value`` (strings always double-quoted where possible)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if _json_is_python(value) else repr(value)
    return repr(value)


def _json_is_python(value: str) -> bool:
    # JSON string escapes are valid Python escapes except for lone surrogates, which repr handles
    return not any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)


def tomlstr(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def clean_text(text: str) -> str:
    """Spec prose made safe for a docstring or comment: no control characters."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    # lone surrogates (legal in JSON, not in UTF-8) become U+FFFD
    text = _SURROGATE.sub("\ufffd", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def docstring(text: str, indent: str = "") -> str:
    """A triple-quoted docstring literal whose content can never end the string early."""
    body = clean_text(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body += " "
    lines = body.split("\n")
    if len(lines) == 1:
        return f'"""{body}"""'
    joined = "\n".join(indent + line if line else "" for line in lines[1:])
    return '"""' + lines[0] + "\n" + joined + "\n" + indent + '"""'


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = pyrepr
    env.filters["tomlstr"] = tomlstr
    return env
