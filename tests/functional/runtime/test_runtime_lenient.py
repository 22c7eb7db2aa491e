"""The runtime's lenient response reading (``_models``/``_response``) on hand-written models.

Open enums, ``build_lenient`` over nested models, lists, maps, unions and root models,
the wrong-JSON-type warning, and ``strict_responses``; sync and async alike.
"""

from __future__ import annotations

import enum
import importlib
import logging
from types import SimpleNamespace
from typing import Annotated, Any

import httpx
import pytest
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError

from .runtime_helpers import Harness, Recorder


class Color(enum.IntEnum):
    RED = 0
    BLUE = 1


class Size(str, enum.Enum):
    SMALL = "s"
    LARGE = "l"


@pytest.fixture(scope="module")
def models(rt: SimpleNamespace) -> SimpleNamespace:
    m = importlib.import_module(f"{rt.package}._models")
    OpenIntEnum, OpenStrEnum = m.OpenIntEnum, m.OpenStrEnum

    class Tag(BaseModel):
        model_config = ConfigDict(extra="allow", validate_by_name=True, serialize_by_alias=True)
        tag_key: Annotated[str, Field(alias="tagKey", max_length=3)]
        size: OpenStrEnum[Size] | None = None

    class Names(RootModel[list[str]]):
        root: list[str]

    class Thing(BaseModel):
        model_config = ConfigDict(extra="allow", validate_by_name=True, serialize_by_alias=True)
        thing_id: Annotated[str, Field(alias="thingId", pattern="^[a-z]+$")]
        color: OpenIntEnum[Color] | None = None
        count: int | None = None
        ratio: float | None = None
        tags: list[Tag] | None = None
        by_name: dict[str, Tag] | None = None
        either: Tag | int | None = None
        names: Names | None = None
        colors: list[OpenIntEnum[Color]] | None = None

    return SimpleNamespace(module=m, Tag=Tag, Thing=Thing, Names=Names)


def test_open_enum_members_and_undocumented_values(models: SimpleNamespace) -> None:
    m = models.module
    thing = models.Thing.model_validate({"thingId": "a", "color": 1}, context=m.LENIENT)
    assert thing.color is Color.BLUE
    lenient = models.Thing.model_validate({"thingId": "a", "color": 7}, context=m.LENIENT)
    assert lenient.color == 7 and type(lenient.color) is int
    with pytest.raises(ValidationError, match="Input should be 0, 1"):
        models.Thing(thing_id="a", color=7)  # built by hand (a request): closed
    with pytest.raises(ValidationError):
        models.Thing.model_validate({"thingId": "a", "color": True}, context=m.LENIENT)
    assert lenient.model_dump(mode="json", exclude_unset=True) == {"thingId": "a", "color": 7}
    assert thing.model_dump(exclude_unset=True) == {"thingId": "a", "color": Color.BLUE}


def test_build_lenient_keeps_everything_and_reports_only_type_errors(
    models: SimpleNamespace,
) -> None:
    m = models.module
    data: dict[str, Any] = {
        "thingId": "NOT lower",  # breaks the pattern
        "color": 5,
        "count": 3.0,  # a whole float is the integer 3
        "ratio": 2,
        "tags": [{"tagKey": "long key", "size": "xl", "more": 1}, {"tagKey": "ok"}],
        "by_name": {"x": {"tagKey": "abcd"}},
        "either": {"tagKey": "zz", "size": "s"},
        "names": ["a", 3],
        "colors": [0, 9],
        "surprise": {"kept": True},
    }
    problems: list[str] = []
    thing = m.build_lenient(models.Thing, data, problems)
    assert isinstance(thing, models.Thing)
    assert thing.thing_id == "NOT lower" and thing.color == 5 and thing.count == 3
    assert type(thing.count) is int and thing.ratio == 2
    assert isinstance(thing.tags[0], models.Tag) and thing.tags[0].tag_key == "long key"
    assert thing.tags[0].size == "xl" and thing.tags[0].model_extra == {"more": 1}
    assert thing.tags[1].model_fields_set == {"tag_key"}
    assert thing.by_name["x"].tag_key == "abcd"
    assert isinstance(thing.either, models.Tag) and thing.either.size is Size.SMALL
    assert isinstance(thing.names, models.Names) and thing.names.root == ["a", 3]
    assert thing.colors == [Color.RED, 9]
    assert thing.model_extra == {"surprise": {"kept": True}}
    assert thing.model_fields_set == (set(data) - {"surprise", "thingId"}) | {"thing_id"}
    assert problems == ["names[1] (expected str)"]


def test_build_lenient_records_missing_required_and_wrong_containers(
    models: SimpleNamespace,
) -> None:
    problems: list[str] = []
    thing = models.module.build_lenient(models.Thing, {"tags": {"not": "a list"}}, problems)
    assert thing.thing_id is None and thing.tags == {"not": "a list"}
    assert problems == ["thingId (missing)", "tags (expected array or null, got object)"]
    problems = []
    assert models.module.build_lenient(models.Thing, ["not", "an object"], problems) == [
        "not",
        "an object",
    ]
    assert problems == ["<body> (expected an object)"]


def _operation(rt: SimpleNamespace, annotation: Any) -> Any:
    b = rt.base
    return b.Operation("GetThing", "GET", "/thing", (), None, {"200": b.ResponseSpec(annotation)})


class _Client:
    def __init__(self, harness: Harness, rt: SimpleNamespace, body: Any, **options: Any) -> None:
        self.harness = harness
        self.rt = rt
        harness.make(Recorder([httpx.Response(200, json=body)]), **options)

    def get(self, operation: Any) -> Any:
        return self.harness.run(self.harness.client._request(operation, {}))


def test_lenient_by_default_strict_on_request(
    harness: Harness, rt: SimpleNamespace, models: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    operation = _operation(rt, models.Thing)
    body = {"thingId": "x", "color": 9, "count": "three"}
    with caplog.at_level(logging.WARNING, logger=rt.package):
        thing = _Client(harness, rt, body).get(operation)
    assert (thing.color, thing.count) == (9, "three")
    warnings = [r.getMessage() for r in caplog.records if r.name == rt.package]
    assert len(warnings) == 1 and "GetThing" in warnings[0] and "count" in warnings[0]
    with pytest.raises(rt.exc.APIResponseValidationError) as caught:
        _Client(harness, rt, body, strict_responses=True).get(operation)
    assert caught.value.body == body
    assert {e["loc"] for e in caught.value.errors} == {("color",), ("count",)}


def test_list_and_map_responses_are_lenient_too(
    harness: Harness, rt: SimpleNamespace, models: SimpleNamespace
) -> None:
    operation = _operation(rt, list[models.Tag])
    tags = _Client(harness, rt, [{"tagKey": "toolong", "size": "m"}]).get(operation)
    assert tags[0].tag_key == "toolong" and tags[0].size == "m"
    operation = _operation(rt, dict[str, int])
    assert _Client(harness, rt, {"a": 1, "b": 2.0}).get(operation) == {"a": 1, "b": 2}


def test_non_json_body_for_a_json_response_raises(
    harness: Harness, rt: SimpleNamespace, models: SimpleNamespace
) -> None:
    harness.make(Recorder([httpx.Response(200, text="<html>")]))
    with pytest.raises(rt.exc.APIResponseValidationError, match="not JSON"):
        harness.run(harness.client._request(_operation(rt, models.Thing), {}))


def test_with_options_switches_strict_responses(harness: Harness, rt: SimpleNamespace) -> None:
    client = harness.make(Recorder([httpx.Response(200, json={})]))
    assert client.strict_responses is False
    strict = client.with_options(strict_responses=True)
    assert strict.strict_responses is True and client.strict_responses is False
    assert strict.with_options(strict_responses=False).strict_responses is False
