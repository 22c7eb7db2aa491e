"""One naming module: sanitize -> snake_case / PascalCase -> escape -> de-duplicate.

Acronyms stay whole: a run of capitals is one word (``HTTPServer`` -> ``http_server``)
and the mixed-case acronyms in :data:`MIXED_CASE_WORDS` are never split (``IoTDA`` ->
``iotda``, not ``io_tda``).
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable

#: Mixed-case words that must not be split at their inner capital.
MIXED_CASE_WORDS = (
    "IoTDA",
    "IoT",
    "QoS",
    "OAuth2",
    "OAuth",
    "GitHub",
    "GraphQL",
    "OpenAPI",
    "OpenID",
    "iOS",
    "macOS",
    "eTag",
    "ETag",
    "IPv4",
    "IPv6",
)
_MIXED = re.compile("|".join(sorted(MIXED_CASE_WORDS, key=len, reverse=True)))
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z]|[0-9]|\b|_|$)|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")

#: Names that must not be used as-is for generated identifiers: keywords, soft keywords,
#: and builtins whose shadowing would confuse readers or type checkers.
RESERVED = (
    frozenset(keyword.kwlist)
    | frozenset(keyword.softkwlist)
    | frozenset(name for name in dir(builtins) if not name.startswith("_"))
)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split an identifier-ish string into words, keeping acronyms whole."""
    text = _ascii(text)
    result: list[str] = []
    start = 0
    for chunk in re.split(r"[^A-Za-z0-9]+", text):
        if not chunk:
            continue
        position = 0
        for match in _MIXED.finditer(chunk):
            if match.start() > 0 and not match.group(0)[0].isupper():
                continue  # "deviceTags" holds "eTag" by accident; only a word start counts
            result.extend(_WORD.findall(chunk[position : match.start()]))
            result.append(match.group(0))
            position = match.end()
        result.extend(_WORD.findall(chunk[position:]))
        result = _attach_digits(result, start)
        start = len(result)
    return [w for w in result if w]


def _attach_digits(found: list[str], start: int) -> list[str]:
    """Digits directly after letters belong to them (``V2`` -> ``v2``, not ``v_2``), and
    lower-case letters directly after leading digits too (``2fa``)."""
    merged = found[:start]
    for word in found[start:]:
        if word.isdigit() and len(merged) > start and not merged[-1].isdigit():
            merged[-1] += word
        elif word[:1].islower() and len(merged) > start and merged[-1].isdigit():
            merged[-1] += word  # "2fa" stays one word
        else:
            merged.append(word)
    return merged


def snake_case(text: str) -> str:
    return "_".join(w.lower() for w in words(text))


def pascal_case(text: str) -> str:
    out = []
    for word in words(text):
        out.append(
            word if word.isupper() or word in MIXED_CASE_WORDS else word[:1].upper() + word[1:]
        )
    return "".join(out)


def constant_case(text: str) -> str:
    return snake_case(text).upper()


def safe_identifier(name: str, *, fallback: str, reserved: Iterable[str] = RESERVED) -> str:
    """Make ``name`` a valid identifier that is not reserved, not a dunder, not empty."""
    name = name.strip("_") or ""
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}" if fallback[:1].islower() else f"{fallback}{name}"
    reserved_set = reserved if isinstance(reserved, frozenset | set) else set(reserved)
    if name in reserved_set:
        name = f"{name}_"
    return name


def snake_identifier(
    text: str, *, fallback: str = "value", reserved: Iterable[str] = RESERVED
) -> str:
    return safe_identifier(snake_case(text), fallback=fallback, reserved=reserved)


def pascal_identifier(
    text: str, *, fallback: str = "Model", reserved: Iterable[str] = RESERVED
) -> str:
    return safe_identifier(pascal_case(text), fallback=fallback, reserved=reserved)


#: Longest package name accepted (file systems allow 255 bytes per path component).
MAX_PACKAGE_NAME = 100
#: PEP 508 distribution names; the package directory is named after one.
_DIST_NAME = re.compile(r"[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]", re.ASCII)
_IMPORT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)


def dist_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a distribution (and directory) name, or None when it can."""
    if _DIST_NAME.fullmatch(name) and len(name) <= MAX_PACKAGE_NAME:
        return None
    return (
        "is not a valid distribution name (PEP 508: letters, digits, '.', '_' and '-', "
        f"starting and ending with a letter or digit; at most {MAX_PACKAGE_NAME} characters)"
    )


def import_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be the import name of a package, or None when it can."""
    if _IMPORT_NAME.fullmatch(name) and name not in RESERVED and len(name) <= MAX_PACKAGE_NAME:
        return None
    return (
        "is not a usable Python package name (an ASCII identifier of at most "
        f"{MAX_PACKAGE_NAME} characters, not a keyword or builtin)"
    )


class NameSpace:
    """Hands out unique names deterministically: the second ``foo`` becomes ``foo_2``."""

    def __init__(self, taken: Iterable[str] = (), *, separator: str = "_") -> None:
        self._taken = {name.lower() for name in taken}
        self._separator = separator
        self._next: dict[tuple[str, str], int] = {}  # first suffix worth trying per base

    def claim(self, name: str, *, separator: str | None = None) -> str:
        sep = self._separator if separator is None else separator
        # names are never released, so the first free suffix only grows: starting from the
        # last one keeps thousands of colliding names linear (same result as from 2)
        key = (name.lower(), sep)
        candidate, n = name, self._next.get(key, 2)
        while candidate.lower() in self._taken:
            candidate, n = f"{name}{sep}{n}", n + 1
        self._next[key] = n
        self._taken.add(candidate.lower())
        return candidate

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._taken
