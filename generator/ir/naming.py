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
    "I18N",
    "i18n",
    "L10N",
    "l10n",
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


#: PascalCase spelling of the lower-case numeronyms above.
_PASCAL_FORMS = {"i18n": "I18N", "l10n": "L10N"}


def pascal_case(text: str) -> str:
    out = []
    for word in words(text):
        if word in _PASCAL_FORMS:
            out.append(_PASCAL_FORMS[word])
            continue
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


# -- model fields and enum members ------------------------------------------------------

#: Attribute names pydantic's ``BaseModel`` defines; a field must not take them.
MODEL_ATTRIBUTES = frozenset(
    {
        "copy",
        "construct",
        "dict",
        "fields",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "model_computed_fields",
        "model_config",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields",
        "model_fields_set",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
    }
)
#: Keyword arguments every generated method keeps for itself; a body field that would take
#: one gets the same escaped name as keyword argument and as model attribute.
METHOD_KWARGS = frozenset(
    {
        "self",
        "body",
        "models",
        "operations",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
    }
)
FIELD_RESERVED = RESERVED | MODEL_ATTRIBUTES | METHOD_KWARGS


def field_name(wire_name: str) -> str:
    """The attribute of a model field (and keyword argument of a body field) for a wire name.

    snake_case (``assetId`` -> ``asset_id``, ``IoTDA`` kept whole); keywords, builtins,
    ``BaseModel`` attributes and pydantic's protected prefixes get a trailing ``_``
    (``id`` -> ``id_``, ``model_dump`` -> ``model_dump_``).
    """
    name = snake_identifier(wire_name, fallback="field", reserved=FIELD_RESERVED)
    if name.startswith(("model_validate", "model_dump")) and not name.endswith("_"):
        name += "_"
    return name


def enum_member_names(values: list[object], given: object = None) -> list[str] | None:
    """Member names of an enum of ``values`` (UPPER_CASE identifiers, unique, in order).

    ``given`` is the document's ``x-enum-varnames`` list: used when it names every value.
    Otherwise names derive from the values: strings by their words, with a prefix every
    value shares dropped (``iotda::certificate::country`` -> ``COUNTRY``); numbers as
    ``VALUE_<n>`` (``VALUE_MINUS_1`` for -1); ``True``/``False`` as ``TRUE``/``FALSE``.
    ``None`` when ``values`` holds something unnamed (``null``, objects).
    """
    if not values or any(v is None or isinstance(v, dict | list) for v in values):
        return None
    if (
        isinstance(given, list)
        and len(given) == len(values)
        and all(isinstance(n, str) and n.strip() for n in given)
    ):
        raw = [n if n.isidentifier() else constant_case(n) or "VALUE" for n in given]
    else:
        raw = _derived_member_names(values)
    space = NameSpace()
    names = []
    for name in raw:
        name = safe_identifier(name, fallback="VALUE", reserved=RESERVED | {"MRO"})
        if name in ("name", "value", "mro"):
            name += "_"
        names.append(space.claim(name))
    return names


def _derived_member_names(values: list[object]) -> list[str]:
    texts = [v for v in values if isinstance(v, str)]
    split = [words(t) for t in texts]
    prefix = 0
    if len(split) > 1 and len(texts) == len(values):
        shortest = min(len(w) for w in split)
        while (
            prefix < shortest - 1
            and len({tuple(w[prefix].lower() for w in split)}) == 1
            and all(w[prefix].lower() == split[0][prefix].lower() for w in split)
        ):
            prefix += 1
    out = []
    for value in values:
        if isinstance(value, bool):
            out.append("TRUE" if value else "FALSE")
        elif isinstance(value, int | float):
            text = str(value).replace("-", "MINUS_").replace(".", "_").replace("+", "")
            out.append(f"VALUE_{text}".upper())
        else:
            parts = words(str(value))[prefix:]
            out.append("_".join(p.upper() for p in parts) or ("EMPTY" if value == "" else "VALUE"))
    return out
