"""Request building and client-side validation (sync and async clients)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import httpx
import pytest

from .runtime_helpers import Harness, Recorder

DEVICE = {"device_id": "d1", "name": "n"}


@pytest.mark.parametrize(
    ("device_id", "expected"),
    [
        ("a/b", "a%2Fb"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("../../admin", "..%2F..%2Fadmin"),
        ("a b", "a%20b"),
        ("设备", "%E8%AE%BE%E5%A4%87"),
        ("x?y#z", "x%3Fy%23z"),
        ("%2F", "%252F"),
        ("a+b=c&d", "a%2Bb%3Dc%26d"),
    ],
)
def test_path_parameters_are_percent_encoded(
    harness: Harness, device_id: str, expected: str
) -> None:
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    harness.make(recorder)
    harness.run(harness.client.get_device(project_id="p1", device_id=device_id))
    assert recorder.last.url.raw_path == f"/v5/iot/p1/devices/{expected}".encode()


def test_base_url_path_prefix_is_kept(harness: Harness) -> None:
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    harness.make(recorder, base_url="https://iot.example.com:8443/gateway/")
    harness.run(harness.client.get_device(project_id="p1", device_id="d"))
    assert str(recorder.last.url) == "https://iot.example.com:8443/gateway/v5/iot/p1/devices/d"


def test_query_arrays_booleans_enums_and_omitted_values(
    harness: Harness, api: SimpleNamespace, rt: SimpleNamespace
) -> None:
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    harness.make(recorder)
    harness.call(
        "get_device",
        project_id="p1",
        device_id="d",
        tags=["a", "b c", "x&y=z"],
        ids=[1, 2, 3],
        verbose=False,
        order=api.Order.DESC,
        marker=None,  # typed Any: None is a value that is left out
    )
    assert (
        recorder.last.url.query
        == b"tags=a&tags=b%20c&tags=x%26y%3Dz&ids=1,2,3&verbose=false&order=desc"
    )
    # ``limit`` may not be null: None is refused rather than silently dropped
    with pytest.raises(rt.exc.RequestValidationError, match="not nullable"):
        harness.call("get_device", project_id="p1", device_id="d", limit=None)


def test_headers_and_cookies(harness: Harness) -> None:
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    harness.make(recorder, headers={"X-Client": "tests"})
    harness.call(
        "get_device",
        project_id="p1",
        device_id="d",
        instance_id="inst-1",
        dry_run=True,
        session="a b;c",
    )
    headers = recorder.last.headers
    assert headers["Instance-Id"] == "inst-1"
    assert headers["X-Dry-Run"] == "true"
    assert headers["X-Client"] == "tests"
    assert headers["Cookie"] == "session=a%20b%3Bc"


@pytest.mark.parametrize("bad", ["a\r\nX-Injected: 1", "a\nb", "a\rb"])
def test_header_values_with_cr_or_lf_are_refused(
    harness: Harness, rt: SimpleNamespace, bad: str
) -> None:
    recorder = Recorder()
    harness.make(recorder)
    with pytest.raises(rt.exc.RequestValidationError) as info:
        harness.call("get_device", project_id="p1", device_id="d", instance_id=bad)
    assert info.value.field == "instance_id"
    assert recorder.requests == []


def test_default_header_with_newline_is_refused(harness: Harness) -> None:
    with pytest.raises(ValueError):
        harness.make(Recorder(), headers={"X-Bad": "a\nb"})


def test_non_ascii_header_values_are_sent_as_utf8(harness: Harness) -> None:
    recorder = Recorder([httpx.Response(200, json=DEVICE)])
    harness.make(recorder)
    harness.call("get_device", project_id="p1", device_id="d", instance_id="实例")
    assert dict(recorder.last.headers.raw)[b"Instance-Id"] == "实例".encode()


def test_path_and_query_styles(rt: SimpleNamespace, api: SimpleNamespace) -> None:
    client = api.Client(base_url="https://h.example")
    prepared = client._prepare(
        api.ops.styles,
        {
            "label": ["a", "b"],
            "matrix": ["x", "y z"],
            "obj": {"k": "v", "k2": "v/2"},
            "pipes": ["1", "2"],
            "spaces": ["3", "4"],
            "filter": {"name": "n", "status": "on"},
        },
    )
    assert prepared.url.raw_path == (
        b"/styles/.a,b/;matrix=x;matrix=y%20z/k=v,k2=v%2F2"
        b"?pipes=1|2&spaces=3%204&filter[name]=n&filter[status]=on"
    )
    client.close()


def test_json_body_from_model_uses_aliases_and_set_fields(
    harness: Harness, api: SimpleNamespace
) -> None:
    recorder = Recorder([httpx.Response(201, json=DEVICE)])
    harness.make(recorder)
    body = api.CreateDeviceRequest(app_id="app_1", device_name="温度计", tags=None)
    result = harness.call("create_device", project_id="p1", body=body)
    assert result == api.Device(**DEVICE)
    request = recorder.last
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/json"
    assert request.content == '{"app_id":"app_1","deviceName":"温度计","tags":null}'.encode()


def test_json_body_from_dict_is_validated_and_serialised(harness: Harness) -> None:
    recorder = Recorder([httpx.Response(201, json=DEVICE)])
    harness.make(recorder)
    harness.call(
        "create_device",
        project_id="p1",
        body={"app_id": "a", "deviceName": "n", "auth_info": {"secret": "12345678"}},
    )
    assert json.loads(recorder.last.content) == {
        "app_id": "a",
        "deviceName": "n",
        "auth_info": {"secret": "12345678"},
    }


def test_form_multipart_and_octet_bodies(harness: Harness) -> None:
    recorder = Recorder([httpx.Response(200, json={})])
    harness.make(recorder)

    harness.call("form", body={"a": "x y", "flag": True, "many": [1, 2]})
    assert recorder.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert recorder.last.content == b"a=x+y&flag=true&many=1&many=2"

    harness.call(
        "upload", body={"note": "hello", "file": ("fw.bin", b"\x00\x01", "application/x-bin")}
    )
    content_type = recorder.last.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=")[1]
    content = recorder.last.content
    assert (
        f'--{boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n'.encode()
        in content
    )
    assert (
        b'Content-Disposition: form-data; name="file"; filename="fw.bin"\r\n'
        b"Content-Type: application/x-bin\r\n\r\n\x00\x01\r\n"
    ) in content
    assert content.endswith(f"--{boundary}--\r\n".encode())

    harness.call("blob", body=b"\xff\xfe raw")
    assert recorder.last.method == "PUT"
    assert recorder.last.headers["Content-Type"] == "application/octet-stream"
    assert recorder.last.content == b"\xff\xfe raw"


# -- client-side validation: nothing is sent ------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "field", "fragment"),
    [
        ({"project_id": "x" * 37}, "project_id", "at most 36 characters"),
        ({"project_id": "bad id!"}, "project_id", "should match pattern"),
        ({"project_id": 12}, "project_id", "valid string"),
        ({"limit": 0}, "limit", "greater than or equal to 1"),
        ({"limit": "5"}, "limit", "valid integer"),
        ({"verbose": "yes"}, "verbose", "valid boolean"),
        ({"tags": "not-a-list"}, "tags", "valid list"),
        ({"order": "sideways"}, "order", "instance of Order"),
        ({"project_id": None}, "project_id", "missing required path parameter"),
        ({"device_id": ""}, "device_id", "must not be empty"),
    ],
)
def test_invalid_parameters_are_rejected_before_sending(
    harness: Harness, rt: SimpleNamespace, arguments: dict[str, object], field: str, fragment: str
) -> None:
    recorder = Recorder()
    harness.make(recorder)
    call_args: dict[str, object] = {"project_id": "p1", "device_id": "d", **arguments}
    with pytest.raises(rt.exc.RequestValidationError) as info:
        harness.call("get_device", **call_args)
    assert isinstance(info.value, ValueError)
    assert info.value.field == field
    assert fragment in str(info.value)
    assert field in str(info.value)
    assert recorder.requests == []


def test_missing_required_path_parameter(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder()
    harness.make(recorder)
    with pytest.raises(rt.exc.RequestValidationError) as info:
        harness.call("get_device", device_id="d")
    assert info.value.field == "project_id"
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"app_id": "x" * 9}, "body.app_id"),
        ({"app_id": "bad id"}, "body.app_id"),
        ({"app_id": 5}, "body.app_id"),
        ({}, "body.app_id"),
        ({"app_id": "a", "auth_info": {"secret": "short"}}, "body.auth_info.secret"),
        ({"app_id": "a", "tags": ["ok", 3]}, "body.tags.1"),
        ({"app_id": "a", "active": "yes"}, "body.active"),
        ({"app_id": "a", "active": 0}, "body.active"),
        ({"app_id": "a", "count": "5"}, "body.count"),
        ({"app_id": "a", "count": 1.5}, "body.count"),
        ({"app_id": "a", "order": "sideways"}, "body.order"),
    ],
)
def test_invalid_body_fields_are_named(
    harness: Harness, rt: SimpleNamespace, body: dict[str, object], field: str
) -> None:
    recorder = Recorder()
    harness.make(recorder)
    with pytest.raises(rt.exc.RequestValidationError) as info:
        harness.call("create_device", project_id="p1", body=body)
    assert info.value.field == field
    assert field.split(".", 1)[1] in str(info.value)
    assert info.value.errors and all("input" not in error for error in info.value.errors)
    assert recorder.requests == []


def test_missing_required_body(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder()
    harness.make(recorder)
    with pytest.raises(rt.exc.RequestValidationError) as info:
        harness.call("create_device", project_id="p1")
    assert info.value.field == "body"
    assert recorder.requests == []


def test_non_finite_numbers_in_json_body_are_refused(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder()
    harness.make(recorder)
    with pytest.raises(rt.exc.RequestValidationError):
        harness.call("enos_create", action="create", org_id="o", body={"x": float("nan")})
    assert recorder.requests == []


def test_rejected_secret_value_is_not_echoed(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder()
    harness.make(recorder)
    secret = "topsecret-but-way-too-long-for-the-field-0123456789"
    with pytest.raises(rt.exc.RequestValidationError) as info:
        harness.call(
            "create_device", project_id="p1", body={"app_id": "a", "auth_info": {"secret": secret}}
        )
    assert secret not in str(info.value)
    assert secret not in repr(info.value)
    assert secret not in repr(info.value.errors)


def test_unknown_keyword_is_a_type_error(harness: Harness) -> None:
    harness.make(Recorder())
    with pytest.raises(TypeError, match="nonsense"):
        harness.call("get_device", project_id="p1", device_id="d", nonsense=1)


def test_invalid_header_names_are_refused(harness: Harness, rt: SimpleNamespace) -> None:
    with pytest.raises(rt.exc.RequestValidationError):
        harness.make(Recorder(), headers={"Bad Name": "x"})


def test_dict_body_accepts_json_forms_of_enums_and_dates(
    harness: Harness, api: SimpleNamespace
) -> None:
    recorder = Recorder([httpx.Response(201, json=DEVICE)])
    harness.make(recorder)
    body = {
        "app_id": "a",
        "active": False,
        "count": 3,
        "order": "asc",
        "created": "2024-01-02T03:04:05Z",
        "auth_info": api.AuthInfo(secret="12345678"),
    }
    harness.call("create_device", project_id="p1", body=body)
    assert json.loads(recorder.last.content) == {
        "app_id": "a",
        "active": False,
        "count": 3,
        "order": "asc",
        "created": "2024-01-02T03:04:05Z",
        "auth_info": {"secret": "12345678"},
    }
    harness.call("create_device", project_id="p1", body={"app_id": "a", "order": api.Order.DESC})
    assert json.loads(recorder.last.content) == {"app_id": "a", "order": "desc"}


def test_dict_body_with_lone_surrogate_is_refused(harness: Harness, rt: SimpleNamespace) -> None:
    recorder = Recorder()
    harness.make(recorder)
    with pytest.raises(rt.exc.RequestValidationError) as info:
        harness.call("create_device", project_id="p1", body={"app_id": "a", "tags": ["\ud800"]})
    assert info.value.field == "body"
    assert recorder.requests == []


def test_nested_non_finite_numbers_in_json_body_are_refused(
    harness: Harness, rt: SimpleNamespace
) -> None:
    recorder = Recorder()
    harness.make(recorder)
    for value in ({"x": [1, {"y": float("inf")}]}, {"x": (float("-inf"),)}, [1.0, float("nan")]):
        with pytest.raises(rt.exc.RequestValidationError, match="NaN and infinity"):
            harness.call("enos_create", action="create", org_id="o", body=value)
    assert recorder.requests == []


def test_json_body_bytes_are_compact_and_keep_non_ascii(harness: Harness) -> None:
    recorder = Recorder([httpx.Response(201, json=DEVICE)])
    harness.make(recorder)
    harness.call(
        "create_device", project_id="p1", body={"app_id": "a", "deviceName": '温度 "x"', "count": 1}
    )
    assert recorder.last.content == '{"app_id":"a","deviceName":"温度 \\"x\\"","count":1}'.encode()
    assert recorder.last.headers["Content-Type"] == "application/json"
