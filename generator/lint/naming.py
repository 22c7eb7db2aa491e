"""Python names as the lint predicts them: ``snake_case`` and identifier checks."""

from __future__ import annotations

import keyword


def _is_upper(ch: str) -> bool:
    return "A" <= ch <= "Z"


def _is_lower(ch: str) -> bool:
    return "a" <= ch <= "z"


def _is_alnum(ch: str) -> bool:
    return _is_upper(ch) or _is_lower(ch) or "0" <= ch <= "9"


def _split_chunk(chunk: str) -> list[str]:
    """Split one run of ASCII letters and digits into words.

    A new word starts at an upper-case letter that follows a lower-case letter or a digit
    (``createOta`` -> ``create``, ``Ota``) and at the last capital of an acronym run that
    is followed by a lower-case letter (``HTTPServer`` -> ``HTTP``, ``Server``). Acronym
    runs stay together, including the mixed-case ``IoT`` shape: a word that is one
    capital and one lower-case letter does not end when an acronym run follows it
    (``IoTDA`` -> ``IoTDA``, ``IoTDevice`` -> ``IoT``, ``Device``).
    """
    words: list[str] = []
    start = 0
    for i in range(1, len(chunk)):
        prev, ch = chunk[i - 1], chunk[i]
        nxt = chunk[i + 1] if i + 1 < len(chunk) else ""
        if not _is_upper(ch):
            continue
        if _is_lower(prev) or prev.isdigit():
            mixed_acronym = (
                i - start == 2
                and _is_upper(chunk[start])
                and _is_lower(prev)
                and not _is_lower(nxt)
            )
            if mixed_acronym:
                continue
        elif not (_is_upper(prev) and _is_lower(nxt)):
            continue
        words.append(chunk[start:i])
        start = i
    words.append(chunk[start:])
    return words


def snake_case(name: str) -> str:
    """The snake_case Python name of an OpenAPI name such as an ``operationId``.

    ``CreateOtaModule`` -> ``create_ota_module``, ``IoTDA`` -> ``iotda``,
    ``getHTTPStatus`` -> ``get_http_status``, ``pets.list-all`` -> ``pets_list_all``.
    Every character that is not an ASCII letter or digit separates words; runs of
    separators collapse into one ``_`` and leading or trailing ones are dropped.
    """
    chunks: list[str] = []
    current: list[str] = []
    for ch in name:
        if _is_alnum(ch):
            current.append(ch)
        elif current:
            chunks.append("".join(current))
            current = []
    if current:
        chunks.append("".join(current))
    words = [word for chunk in chunks for word in _split_chunk(chunk)]
    return "_".join(word.lower() for word in words)


def identifier_problem(name: str) -> str | None:
    """Why ``name`` cannot be a Python function name, or None when it can."""
    if not name:
        return "is empty"
    if not name.isidentifier():
        return "is not a valid Python identifier"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    return None
