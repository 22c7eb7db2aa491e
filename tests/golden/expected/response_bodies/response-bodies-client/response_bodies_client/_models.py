# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Open enums and lenient construction of response values.

Both exist because the server, not the documentation, is the authority on what it sends.

* ``OpenIntEnum[E]`` / ``OpenStrEnum[E]`` (``E | int`` / ``E | str`` to a type checker) are
  the types of enum fields in the models. A documented value becomes its member
  (``ProtocolType.MQTT``); an undocumented one is accepted only while a response is read
  (validation context :data:`LENIENT`) and stays the plain ``int``/``str`` received. Building
  a model yourself, or validating a request, still refuses undocumented values.
* :func:`build_lenient` makes a value of a documented type from JSON data that does not
  validate: models are made with ``model_construct`` (present fields in
  ``model_fields_set``, unknown keys in ``model_extra``), enums as above, lists, maps and
  unions item by item; a value breaking a constraint (length, pattern, range) is kept as
  received. A value of the wrong JSON type is kept too, and its place is recorded in
  ``problems`` so that the caller can warn about it.
"""

from __future__ import annotations

import datetime
import enum
import ipaddress
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Annotated, Any, TypeAlias, TypeVar, Union, get_args, get_origin

from pydantic import (
    BaseModel,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    RootModel,
    ValidationError,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from ._adapters import _adapter

__all__ = [
    "LENIENT",
    "OpenIntEnum",
    "OpenStrEnum",
    "build_lenient",
    "format_problem",
    "is_none",
]

#: Validation context that lets undocumented enum values through (used for responses).
LENIENT: Mapping[str, bool] = {"lenient_responses": True}

_E = TypeVar("_E", bound=enum.Enum)


def is_none(value: object) -> bool:
    """``exclude_if`` of optional members that may not be ``null``: ``None`` is absent."""
    return value is None


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIME = re.compile(r"([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))")
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
)
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*")


def _valid_date(text: str) -> bool:
    match = _DATE.fullmatch(text)
    if match is None:
        return False
    try:
        datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return False
    return True


def _valid_date_time(text: str) -> bool:
    """RFC 3339 ``date-time`` (``T`` in either case; a leap second ``:60`` allowed)."""
    if len(text) < 20 or text[10] not in "Tt" or not _valid_date(text[:10]):
        return False
    match = _TIME.fullmatch(text, 11)
    if match is None:
        return False
    hour, minute, second = int(match[1]), int(match[2]), int(match[3])
    if hour > 23 or minute > 59 or second > 60:
        return False
    return match[6] is None or (int(match[6]) <= 23 and int(match[7]) <= 59)


def _valid_ip(kind: type[ipaddress.IPv4Address] | type[ipaddress.IPv6Address], text: str) -> bool:
    if "%" in text or "/" in text:  # zone ids and prefixes are not addresses
        return False
    try:
        kind(text)
    except ValueError:
        return False
    return True


_FORMATS: dict[str, Callable[[str], bool]] = {
    "uuid": lambda text: _UUID.fullmatch(text) is not None,
    "date-time": _valid_date_time,
    "date": _valid_date,
    "email": lambda text: len(text) <= 254 and _EMAIL.fullmatch(text) is not None,
    "ipv4": lambda text: _valid_ip(ipaddress.IPv4Address, text),
    "ipv6": lambda text: _valid_ip(ipaddress.IPv6Address, text),
    "uri": lambda text: _URI.fullmatch(text) is not None,
}
_FORMAT_NAMES = {
    "uuid": "a UUID",
    "date-time": "an RFC 3339 date-time (2024-01-31T12:00:00Z)",
    "date": "an RFC 3339 date (2024-01-31)",
    "email": "an email address",
    "ipv4": "an IPv4 address",
    "ipv6": "an IPv6 address",
    "uri": "an absolute URI",
}


def format_problem(format_name: str, value: object) -> str | None:
    """The message for a string breaking its ``format`` (request side), else None.

    Only the formats with a cheap, well-defined check are known; values are never
    converted (a date-time stays the text given). Responses are not checked.
    """
    check = _FORMATS.get(format_name)
    if check is None or not isinstance(value, str) or check(value):
        return None
    return f"Input should be {_FORMAT_NAMES[format_name]} (format {format_name})"


def _enum_of(source: Any) -> type[enum.Enum]:
    for arg in get_args(source):
        if isinstance(arg, type) and issubclass(arg, enum.Enum):
            return arg
    raise TypeError(f"an open enum needs an Enum class, got {source!r}")


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


class _OpenEnum:
    """``Annotated`` marker: members for documented values, plain values when lenient."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        enum_class = _enum_of(source)
        base: type = int if issubclass(enum_class, int) else str
        expected = ", ".join(repr(member.value) for member in enum_class)

        def validate(value: Any, info: core_schema.ValidationInfo) -> Any:
            if isinstance(value, enum_class):
                return value
            if type(value) is base:  # exact type: True is not 1, 1.0 is not 1
                try:
                    return enum_class(value)
                except ValueError:
                    context = info.context
                    if isinstance(context, Mapping) and context.get("lenient_responses"):
                        return value
            raise PydanticCustomError("enum", "Input should be {expected}", {"expected": expected})

        return core_schema.with_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                _plain, when_used="json"
            ),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {}

    def __repr__(self) -> str:
        return "OpenEnum"


_OPEN = _OpenEnum()

OpenIntEnum: TypeAlias = Annotated[_E | int, _OPEN]
"""``OpenIntEnum[E]``: a member of the ``IntEnum`` ``E``, or an undocumented ``int``."""
OpenStrEnum: TypeAlias = Annotated[_E | str, _OPEN]
"""``OpenStrEnum[E]``: a member of the ``str`` enum ``E``, or an undocumented ``str``."""

Problems = list[str]
_UNION_TYPES: tuple[Any, ...] = (Union, types.UnionType)
_JSON_TYPES: dict[type, Callable[[Any], bool]] = {
    str: lambda v: isinstance(v, str),
    int: lambda v: isinstance(v, int) and not isinstance(v, bool),
    float: lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    bool: lambda v: isinstance(v, bool),
}


def _where(path: tuple[str | int, ...]) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text or "<body>"


def build_lenient(
    annotation: Any, value: Any, problems: Problems, path: tuple[str | int, ...] = ()
) -> Any:
    """``value`` (JSON data) as ``annotation``, keeping what does not fit as received."""
    if annotation is Any or annotation is object:
        return value
    if annotation is None or annotation is type(None):
        if value is not None:
            problems.append(f"{_where(path)} (expected null)")
        return value
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *metadata = get_args(annotation)
        if any(isinstance(item, _OpenEnum) for item in metadata):
            return _enum_value(_enum_of(inner), value, problems, path)
        return build_lenient(inner, value, problems, path)
    if origin in _UNION_TYPES:
        return _union_value(get_args(annotation), value, problems, path)
    if origin is typing.Literal:
        # An undocumented value of a documented JSON type is fine; another type is not.
        if not any(type(value) is type(option) for option in get_args(annotation)):
            problems.append(f"{_where(path)} (expected one of {list(get_args(annotation))!r})")
        return value
    if origin in (list, tuple, set, frozenset) or (
        origin is not None and getattr(origin, "__name__", "") in ("Sequence", "Iterable")
    ):
        args = get_args(annotation)
        if not isinstance(value, list):
            problems.append(f"{_where(path)} (expected an array)")
            return value
        item_type = args[0] if args else Any
        return [
            build_lenient(item_type, item, problems, (*path, i)) for i, item in enumerate(value)
        ]
    if origin in (dict, Mapping) or (
        origin is not None and getattr(origin, "__name__", "") == "Mapping"
    ):
        args = get_args(annotation)
        if not isinstance(value, dict):
            problems.append(f"{_where(path)} (expected an object)")
            return value
        value_type = args[1] if len(args) == 2 else Any
        return {
            key: build_lenient(value_type, item, problems, (*path, key))
            for key, item in value.items()
        }
    if isinstance(annotation, type):
        if issubclass(annotation, RootModel):
            return _root_model(annotation, value, problems, path)
        if issubclass(annotation, BaseModel):
            return _model(annotation, value, problems, path)
        if issubclass(annotation, enum.Enum):
            return _enum_value(annotation, value, problems, path)
        if annotation is int and type(value) is float and value.is_integer():
            return int(value)  # JSON Schema: 5.0 is the integer 5
        check = _JSON_TYPES.get(annotation)
        if check is not None and not check(value):
            problems.append(f"{_where(path)} (expected {annotation.__name__})")
        return value
    return value


def _enum_value(
    enum_class: type[enum.Enum], value: Any, problems: Problems, path: tuple[str | int, ...]
) -> Any:
    base: type = int if issubclass(enum_class, int) else str
    if type(value) is not base:
        problems.append(f"{_where(path)} (expected {base.__name__})")
        return value
    try:
        return enum_class(value)
    except ValueError:
        return value


def _fields(model: type[BaseModel]) -> dict[str, Any]:
    """A model's fields with their annotations resolved: a model whose fields name a class
    defined after it (models in a reference cycle) is completed first, as pydantic does on
    its first validation."""
    if not getattr(model, "__pydantic_fields_complete__", True):
        model.model_rebuild(raise_errors=False)
    return model.model_fields


def _json_kind(annotation: Any) -> str | None:
    """The JSON kind a union member stands for: object, array, scalar, null (or None)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _json_kind(get_args(annotation)[0])
    if annotation is None or annotation is type(None):
        return "null"
    if origin in (list, tuple, set, frozenset):
        return "array"
    if origin in (dict, Mapping):
        return "object"
    if isinstance(annotation, type) and issubclass(annotation, RootModel):
        root = _fields(annotation)["root"].annotation
        return _json_kind(root)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "object"
    if origin in _UNION_TYPES:
        return None
    return "scalar"


def _value_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "scalar"


def _union_value(
    options: tuple[Any, ...], value: Any, problems: Problems, path: tuple[str | int, ...]
) -> Any:
    kind = _value_kind(value)
    if kind == "null" and any(o is None or o is type(None) for o in options):
        return None
    candidates = [o for o in options if _json_kind(o) in (kind, None)]
    # A member the value validates against as documented wins (first in order).
    for option in candidates:
        try:
            return _adapter(option).validate_python(value, strict=True, context=LENIENT)
        except ValidationError:
            continue
    if candidates:
        # Of the members of the right JSON kind, the first whose own type check passes.
        for option in candidates:
            trial: Problems = []
            result = build_lenient(option, value, trial, path)
            if not trial:
                return result
        return build_lenient(candidates[0], value, problems, path)
    expected = " or ".join(dict.fromkeys(_describe(o) for o in options))
    problems.append(f"{_where(path)} (expected {expected}, got {_describe(type(value))})")
    return value


def _describe(annotation: Any) -> str:
    """A short name of a type for messages: ``int``, ``null``, ``array``, ``Product``."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _describe(get_args(annotation)[0])
    if annotation is None or annotation is type(None):
        return "null"
    if origin in (list, tuple, set, frozenset) or annotation is list:
        return "array"
    if origin in (dict, Mapping) or annotation is dict:
        return "object"
    if origin in _UNION_TYPES:
        return " or ".join(dict.fromkeys(_describe(o) for o in get_args(annotation)))
    return getattr(annotation, "__name__", str(annotation))


def _root_model(
    model: type[RootModel[Any]], value: Any, problems: Problems, path: tuple[str | int, ...]
) -> Any:
    root = _fields(model)["root"].annotation
    return model.model_construct(build_lenient(root, value, problems, path))


def _model(
    model: type[BaseModel], value: Any, problems: Problems, path: tuple[str | int, ...]
) -> Any:
    if not isinstance(value, dict):
        problems.append(f"{_where(path)} (expected an object)")
        return value
    try:  # a part that validates as documented is made the ordinary way
        return model.model_validate(value, strict=True, context=LENIENT)
    except ValidationError:
        pass
    by_name = bool(
        model.model_config.get("validate_by_name") or model.model_config.get("populate_by_name")
    )
    remaining = dict(value)
    values: dict[str, Any] = {}
    fields_set: set[str] = set()
    for name, info in _fields(model).items():
        keys = [info.alias or name]
        if by_name and name not in keys:
            keys.append(name)
        key = next((k for k in keys if k in remaining), None)
        if key is None:
            if info.is_required():
                problems.append(f"{_where((*path, info.alias or name))} (missing)")
                values[name] = None
            continue
        raw = remaining.pop(key)
        annotation: Any = info.annotation
        if info.metadata:
            annotation = Annotated.__class_getitem__((annotation, *info.metadata))  # type: ignore[attr-defined]
        values[name] = build_lenient(annotation, raw, problems, (*path, key))
        fields_set.add(name)
    if model.model_config.get("extra") == "allow":
        values.update({k: v for k, v in remaining.items() if k not in model.model_fields})
    return model.model_construct(fields_set, **values)
