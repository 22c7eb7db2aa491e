"""Client defects found by the property harness on real documents (issue 13), one golden
spec each (``tests/golden/specs/<name>.yaml``), exercised on the committed golden package.

Requests are validated as the document says (and not at all with
``validate_requests=False``); responses are read leniently: nothing here makes a response
that used to parse start failing. Everything runs on httpx.MockTransport.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "expected"
EVENT_ID = "0b4d1c9e-9a7c-4a4e-8d1e-1f1f1f1f1f1f"
PER_CALL_OPTIONS = {"extra_headers", "extra_query", "extra_body", "timeout"}


def _load(spec: str) -> ModuleType:
    (root,) = [p for p in (GOLDEN / spec).iterdir() if p.is_dir()]
    (package,) = [d for d in root.iterdir() if (d / "__init__.py").exists()]
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module(package.name)
    finally:
        sys.path.remove(str(root))


class Server:
    """A MockTransport handler answering one JSON body (raw bytes when given) and recording."""

    def __init__(self, body: Any = None, *, content: bytes | None = None) -> None:
        self.content = content if content is not None else json.dumps(body or {}).encode()
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(
            200, content=self.content, headers={"content-type": "application/json"}
        )

    @property
    def sent(self) -> Any:
        return json.loads(self.requests[-1].content)


def _client(package: ModuleType, server: Server, **options: Any) -> Any:
    return package.Client(
        http_client=httpx.Client(transport=httpx.MockTransport(server)), **options
    )


@pytest.fixture(scope="module")
def packages() -> Iterator[dict[str, ModuleType]]:
    names = [
        "formats",
        "closed_objects",
        "required_undeclared",
        "array_bodies",
        "enum_refs",
        "discriminator_default",
        "single_enum",
        "no_invented_defaults",
        "non_nullable",
        "path_fragment",
        "binary_json",
        "untyped_object_response",
    ]
    yield {name: _load(name) for name in names}


def _refused(package: ModuleType, call: Any) -> Any:
    with pytest.raises(package.RequestValidationError) as info:
        call()
    return info.value


# -- formats (golden: formats) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"event_id": "not-a-uuid"}, "event_id"),
        ({"since": "yesterday"}, "since"),
        ({"since": "2024-01-31T25:00:00Z"}, "since"),
        ({"since": "2024-01-31 12:00:00"}, "since"),  # RFC 3339 needs T
        ({"until": "2024-02-30"}, "until"),
        ({"contact": "no-at-sign"}, "contact"),
        ({"contact": "two@@example.com"}, "contact"),
        ({"at": "2024-01-31"}, "at"),
        ({"day": "31.01.2024"}, "day"),
        ({"source": "300.1.1.1"}, "source"),
        ({"source": "::1"}, "source"),
        ({"source6": "1.2.3.4"}, "source6"),
        ({"link": "not a uri"}, "link"),
        ({"ref": "1234"}, "ref"),
    ],
)
def test_request_formats_are_checked(
    packages: dict[str, ModuleType], arguments: dict[str, Any], field: str
) -> None:
    pkg = packages["formats"]
    server = Server({"contact": "a@example.com"})
    call = {"event_id": EVENT_ID, "contact": "a@example.com", **arguments}
    error = _refused(pkg, lambda: _client(pkg, server).put_event(**call))
    assert error.field == field
    assert "format" in error.reason
    assert server.requests == []
    # validate_requests=False sends it unchecked
    _client(pkg, server, validate_requests=False).put_event(**call)
    assert len(server.requests) == 1


def test_valid_formats_are_sent_exactly_as_given(packages: dict[str, ModuleType]) -> None:
    pkg = packages["formats"]
    server = Server({"contact": "a@example.com"})
    values = {
        "contact": "first.last+tag@sub.example.com",
        "at": "2024-01-31t23:59:60.123-05:30",  # lower-case t and a leap second
        "day": "2024-02-29",
        "source": "192.0.2.1",
        "source6": "2001:db8::1",
        "link": "https://example.com/a?b=c#d",
        "ref": EVENT_ID.upper(),
    }
    _client(pkg, server).put_event(event_id=EVENT_ID, since="2024-01-31T12:00:00Z", **values)
    assert server.sent == values  # not converted to datetime/UUID objects
    assert server.requests[-1].url.params["since"] == "2024-01-31T12:00:00Z"
    body = {"contact": "x@example.com", "ref": "nope"}
    error = _refused(pkg, lambda: _client(pkg, server).put_event(event_id=EVENT_ID, body=body))
    assert error.field == "body.ref"
    model = pkg.models.Event(contact="x@example.com", at="soon")
    error = _refused(pkg, lambda: _client(pkg, server).put_event(event_id=EVENT_ID, body=model))
    assert error.field == "body.at"


def test_response_formats_are_not_checked(packages: dict[str, ModuleType]) -> None:
    pkg = packages["formats"]
    server = Server({"contact": "nomail", "at": "whenever", "ref": "7"})
    for strict in (False, True):
        event = _client(pkg, server, strict_responses=strict).put_event(
            event_id=EVENT_ID, contact="a@example.com"
        )
        assert (event.contact, event.at, event.ref) == ("nomail", "whenever", "7")


# -- additionalProperties / minProperties / maxProperties (golden: closed_objects) -------


def test_closed_object_rules_on_requests(packages: dict[str, ModuleType]) -> None:
    pkg = packages["closed_objects"]
    server = Server({"name": "n"})
    client = _client(pkg, server)
    error = _refused(pkg, lambda: client.patch_settings(body={"name": "a", "bogus": 1}))
    assert error.field == "body.bogus"
    error = _refused(pkg, lambda: client.patch_settings(body={}))
    assert error.field == "body" and "at least 1" in error.reason
    error = _refused(pkg, lambda: client.patch_settings(name="a", level=1, mode="m"))
    assert "at most 2" in error.reason
    assert server.requests == []
    client.patch_settings(name="a", level=2)
    assert server.sent == {"name": "a", "level": 2}
    _client(pkg, server, validate_requests=False).patch_settings(body={"bogus": 1})
    assert server.sent == {"bogus": 1}


def test_closed_object_responses_keep_unknown_members(packages: dict[str, ModuleType]) -> None:
    pkg = packages["closed_objects"]
    server = Server({"name": "n", "added_later": True})
    settings = _client(pkg, server).patch_settings(name="a")
    assert settings.name == "n"
    assert settings.model_extra == {"added_later": True}


# -- required names missing from properties (golden: required_undeclared) ----------------


def test_required_name_missing_from_properties_is_required(
    packages: dict[str, ModuleType],
) -> None:
    pkg = packages["required_undeclared"]
    server = Server()
    client = _client(pkg, server)
    error = _refused(pkg, lambda: client.create_label(name="a"))
    assert error.field == "color"
    client.create_label(name="a", color={"any": "value"})
    assert server.sent == {"name": "a", "color": {"any": "value"}}


# -- inline arrays of objects (golden: array_bodies) ---------------------------------------


def test_inline_array_of_objects_body_is_validated_per_item(
    packages: dict[str, ModuleType],
) -> None:
    pkg = packages["array_bodies"]
    server = Server()
    client = _client(pkg, server)
    error = _refused(pkg, lambda: client.add_points(body=[{"x": 1}, {"label": "far too long"}]))
    assert set(error.fields) == {"body.1.x", "body.1.label"}
    error = _refused(pkg, lambda: client.add_points(body=[]))  # minItems: 1
    assert error.field == "body"
    assert server.requests == []
    client.add_points(body=[{"x": 1}, pkg.models.AddPointsRequestItem(x=2, label="b")])
    assert server.sent == [{"x": 1}, {"x": 2, "label": "b"}]


# -- enum components as parameters (golden: enum_refs) -------------------------------------


def test_enum_ref_parameters_take_plain_values(packages: dict[str, ModuleType]) -> None:
    pkg = packages["enum_refs"]
    server = Server([])
    client = _client(pkg, server)
    client.list_items(level=2, order="asc", orders=["asc", "desc"])
    assert str(server.requests[-1].url.query, "ascii") == (
        "level=2&order=asc&orders=asc&orders=desc"
    )
    client.list_items(level=pkg.models.Level.VALUE_3, order=pkg.models.Order.DESC)
    assert str(server.requests[-1].url.query, "ascii") == "level=3&order=desc"
    error = _refused(pkg, lambda: client.list_items(level=7))
    assert error.field == "level" and error.reason == "Input should be 1, 2 or 3"
    error = _refused(pkg, lambda: client.list_items(level=1, orders=["up"]))
    assert error.field == "orders"


# -- discriminators (golden: discriminator_default) ----------------------------------------


def test_discriminator_tag_with_default_may_be_left_out(packages: dict[str, ModuleType]) -> None:
    pkg = packages["discriminator_default"]
    server = Server({"radius": 2.5})
    client = _client(pkg, server)
    shape = client.add_shape(body={"radius": 1.5})
    assert server.sent == {"radius": 1.5}  # the default is not sent
    assert isinstance(shape.root, pkg.models.Circle) and shape.root.kind == "circle"
    assert pkg.models.Circle(radius=1.0).kind == "circle"
    client.add_shape(body={"kind": "square", "side": 2.0})
    assert server.sent == {"kind": "square", "side": 2.0}
    error = _refused(pkg, lambda: client.add_shape(body={"kind": "square"}))
    assert "side" in " ".join(error.fields)
    _refused(pkg, lambda: client.add_shape(body={"kind": "triangle", "radius": 1.0}))


# -- one-value enums (golden: single_enum) -------------------------------------------------


def test_optional_single_value_enum_parameters_stay_optional(
    packages: dict[str, ModuleType],
) -> None:
    pkg = packages["single_enum"]
    server = Server({"name": "j"})
    client = _client(pkg, server)
    client.create_job(name="j")
    assert server.requests[-1].url.query == b""  # nothing sent that was not given
    assert server.sent == {"name": "j"}
    client.create_job(name="j", mode="fast", dry="yes", version="v1", priority=5)
    assert str(server.requests[-1].url.query, "ascii") == "mode=fast&dry=yes"
    assert server.sent == {"name": "j", "version": "v1", "priority": 5}
    error = _refused(pkg, lambda: client.create_job(name="j", mode="slow"))
    assert error.field == "mode"


# -- defaults (golden: no_invented_defaults) -----------------------------------------------


def test_only_given_fields_are_sent(packages: dict[str, ModuleType]) -> None:
    pkg = packages["no_invented_defaults"]
    server = Server({"name": "a"})
    client = _client(pkg, server)
    signature = inspect.signature(pkg.Client.create_alarm)
    optional = [p for p in signature.parameters.values() if p.default is not p.empty]
    defaults = {p.name: p.default for p in optional if p.name not in PER_CALL_OPTIONS}
    # the implementation signature behind the overloads: every argument may be left out
    assert set(defaults) == {"output", "page_size", "name", "severity", "muted", "tags", "body"}
    assert all(isinstance(value, pkg.NotGiven) for value in defaults.values())
    alarm = client.create_alarm(name="a")
    assert server.requests[-1].url.query == b""  # documented defaults are the server's
    assert server.sent == {"name": "a"}
    client.create_alarm(name="a", output="json", page_size=5)
    assert str(server.requests[-1].url.query, "ascii") == "output=json&page_size=5"
    assert alarm.severity == 3  # the documented default, read back
    assert alarm.muted is None and alarm.tags is None
    client.create_alarm(body=pkg.models.Alarm(name="b"))
    assert server.sent == {"name": "b"}


# -- null (golden: non_nullable) -------------------------------------------------------------


def test_none_refused_where_the_document_forbids_null(packages: dict[str, ModuleType]) -> None:
    pkg = packages["non_nullable"]
    server = Server({"text": "t", "owner": None})
    client = _client(pkg, server)
    error = _refused(pkg, lambda: client.create_note(text="t", owner=None, title=None))
    assert error.field == "title"
    error = _refused(
        pkg, lambda: client.create_note(body={"text": "t", "owner": "o", "items": None})
    )
    assert error.field == "body.items"
    error = _refused(pkg, lambda: client.create_note(text="t", owner="o", limit=None))
    assert error.field == "limit"
    assert server.requests == []
    # where null is allowed it is sent; a model built with None means "absent"
    client.create_note(text="t", owner=None, note=None)
    assert server.sent == {"text": "t", "owner": None, "note": None}
    client.create_note(body=pkg.models.Note(text="t", owner="o", title=None))
    assert server.sent == {"text": "t", "owner": "o"}
    _client(pkg, server, validate_requests=False).create_note(body={"text": "t", "title": None})
    assert server.sent == {"text": "t", "title": None}


def test_null_in_responses_is_still_read(packages: dict[str, ModuleType]) -> None:
    pkg = packages["non_nullable"]
    server = Server({"text": "t", "owner": None, "title": None})
    note = _client(pkg, server).create_note(text="t", owner="o")
    assert note.title is None and note.text == "t"


# -- path templates (golden: path_fragment) -------------------------------------------------


def test_fragment_in_path_template_keeps_the_query(packages: dict[str, ModuleType]) -> None:
    pkg = packages["path_fragment"]
    server = Server()
    client = _client(pkg, server)
    client.rename_device(id_="d#1", name="new name")
    url = server.requests[-1].url
    assert url.raw_path == b"/devices/d%231?action=rename&name=new%20name"
    assert url.fragment == ""
    client.get_file(name="a", v=2)
    assert server.requests[-1].url.raw_path == b"/files/a.json?v=2"


# -- format: binary in JSON (golden: binary_json) --------------------------------------------


def test_binary_value_in_json_body(packages: dict[str, ModuleType]) -> None:
    pkg = packages["binary_json"]
    server = Server({"name": "n", "data": "hello"})
    client = _client(pkg, server)
    client.put_blob(name="n", data=b"hello")
    assert server.sent == {"name": "n", "data": "hello"}
    error = _refused(pkg, lambda: client.put_blob(name="n", data=b"\xff\xfe"))
    assert error.field == "data" and "UTF-8" in error.reason
    error = _refused(pkg, lambda: client.put_blob(body={"name": "n", "data": b"\xff"}))
    assert error.field == "body.data"
    unchecked = _client(pkg, server, validate_requests=False)
    error = _refused(pkg, lambda: unchecked.put_blob(name="n", data=b"\x80"))
    assert error.field == "data"


# -- untyped schemas in responses (golden: untyped_object_response) ------------------------


@pytest.mark.parametrize("strict", [False, True])
def test_properties_without_type_admit_null(
    packages: dict[str, ModuleType], strict: bool, caplog: pytest.LogCaptureFixture
) -> None:
    pkg = packages["untyped_object_response"]
    server = Server(content=b"null")
    client = _client(pkg, server, strict_responses=strict)
    assert client.get_status() is None
    assert client.get_health() is None
    assert caplog.records == []  # no "undocumented type" warning
    server.content = b'{"state": "up"}'
    assert client.get_status().state == "up"
