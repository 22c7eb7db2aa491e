"""Response dispatch: documented models, status errors, envelopes, raw responses."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
import pytest

from .runtime_helpers import Harness, Recorder

ERROR = {"error_code": "IOTDA.014000", "error_msg": "device not found", "request_id": "rq-1"}


def test_2xx_model_is_parsed(harness: Harness, api: SimpleNamespace) -> None:
    harness.make(Recorder([httpx.Response(200, json={"device_id": "d1", "extra": 1})]))
    device = harness.run(harness.client.get_device(project_id="p", device_id="d1"))
    assert isinstance(device, api.Device)
    assert device.device_id == "d1"


def test_204_returns_none(harness: Harness) -> None:
    harness.make(Recorder([httpx.Response(204)]))
    assert harness.call("delete_device", project_id="p", device_id="d") is None


def test_documented_404_raises_not_found_with_parsed_body(
    harness: Harness, rt: SimpleNamespace, api: SimpleNamespace
) -> None:
    harness.make(Recorder([httpx.Response(404, json=ERROR)]))
    with pytest.raises(rt.exc.NotFoundError) as info:
        harness.call("get_device", project_id="p", device_id="d")
    error = info.value
    assert isinstance(error, rt.exc.APIStatusError)
    assert error.status_code == 404
    assert isinstance(error.body, api.ErrorBody)
    assert error.body.error_code == "IOTDA.014000"
    assert (error.error_code, error.error_msg, error.request_id) == (
        "IOTDA.014000",
        "device not found",
        "rq-1",
    )
    assert error.response.status_code == 404
    assert "404" in str(error) and "IOTDA.014000" in str(error) and "rq-1" in str(error)


def test_documented_error_that_does_not_parse_keeps_raw_json(
    harness: Harness, rt: SimpleNamespace
) -> None:
    harness.make(Recorder([httpx.Response(400, json={"unexpected": True})]))
    with pytest.raises(rt.exc.BadRequestError) as info:
        harness.call("create_device", project_id="p", body={"app_id": "a"})
    assert info.value.body == {"unexpected": True}
    assert info.value.error_code is None


def test_non_json_error_body_is_text_and_request_id_from_header(
    harness: Harness, rt: SimpleNamespace
) -> None:
    harness.make(
        Recorder([httpx.Response(400, text="<html>bad</html>", headers={"X-Request-Id": "hdr-7"})])
    )
    with pytest.raises(rt.exc.BadRequestError) as info:
        harness.call("create_device", project_id="p", body={"app_id": "a"})
    assert info.value.body == "<html>bad</html>"
    assert info.value.request_id == "hdr-7"


def test_undocumented_503_raises_internal_server_error(
    harness: Harness, rt: SimpleNamespace, sleeps: object
) -> None:
    harness.make(Recorder([httpx.Response(503, json={"error_code": "SYS.503"})]), max_retries=0)
    with pytest.raises(rt.exc.InternalServerError) as info:
        harness.call("get_device", project_id="p", device_id="d")
    assert info.value.status_code == 503
    assert info.value.body == {"error_code": "SYS.503"}
    assert info.value.error_code == "SYS.503"


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (418, "APIStatusError"),
    ],
)
def test_4xx_range_response_is_parsed_and_mapped(
    harness: Harness, rt: SimpleNamespace, api: SimpleNamespace, status: int, name: str
) -> None:
    harness.make(Recorder([httpx.Response(status, json=ERROR)]))
    with pytest.raises(rt.exc.APIStatusError) as info:
        harness.call("get_device", project_id="p", device_id="d")
    assert type(info.value) is getattr(rt.exc, name)
    assert isinstance(info.value.body, api.ErrorBody)


def test_default_response_is_used_for_other_statuses(
    harness: Harness, rt: SimpleNamespace, api: SimpleNamespace
) -> None:
    harness.make(Recorder([httpx.Response(409, json=ERROR)]))
    with pytest.raises(rt.exc.ConflictError) as info:
        harness.call("delete_device", project_id="p", device_id="d")
    assert isinstance(info.value.body, api.ErrorBody)


def test_rate_limit_error_class(harness: Harness, rt: SimpleNamespace, sleeps: object) -> None:
    harness.make(Recorder([httpx.Response(429, json=ERROR)]), max_retries=0)
    with pytest.raises(rt.exc.RateLimitError):
        harness.call("get_device", project_id="p", device_id="d")


def test_undocumented_2xx_returns_raw_json(harness: Harness) -> None:
    harness.make(Recorder([httpx.Response(202, json={"accepted": [1, 2]})]))
    assert harness.call("undocumented") == {"accepted": [1, 2]}


def test_raw_json_bytes_and_text_responses(harness: Harness) -> None:
    harness.make(Recorder([httpx.Response(200, json=[1, {"a": None}])]))
    assert harness.call("raw_json") == [1, {"a": None}]
    harness.make(Recorder([httpx.Response(200, content=b"\x00\xff")]))
    assert harness.call("raw_bytes") == b"\x00\xff"
    harness.make(Recorder([httpx.Response(200, text="héllo")]))
    assert harness.call("raw_text") == "héllo"


def test_2xx_body_not_matching_its_model_raises_under_strict_responses(
    harness: Harness, rt: SimpleNamespace
) -> None:
    harness.make(Recorder([httpx.Response(200, json={"name": "no id"})]), strict_responses=True)
    with pytest.raises(rt.exc.APIResponseValidationError) as info:
        harness.call("get_device", project_id="p", device_id="d")
    assert info.value.body == {"name": "no id"}
    assert info.value.status_code == 200


def test_raw_response(harness: Harness, rt: SimpleNamespace, api: SimpleNamespace) -> None:
    harness.make(
        Recorder([httpx.Response(200, json={"device_id": "d"}, headers={"X-Request-Id": "r9"})])
    )
    raw = harness.call("get_device", raw=True, project_id="p", device_id="d")
    assert isinstance(raw, rt.base.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r9"
    assert raw.parsed == api.Device(device_id="d")
    assert isinstance(raw.http_response, httpx.Response)
    assert "r9" not in repr(raw)


def test_raw_response_still_raises_for_errors(harness: Harness, rt: SimpleNamespace) -> None:
    harness.make(Recorder([httpx.Response(404, json=ERROR)]))
    with pytest.raises(rt.exc.NotFoundError):
        harness.call("get_device", raw=True, project_id="p", device_id="d")


# -- envelopes ---------------------------------------------------------------------------

ENOS_ARGS = {"action": "create", "org_id": "o1", "body": {"productKey": "pk"}}


def test_envelope_success_returns_data(harness: Harness, rt: SimpleNamespace) -> None:
    ok = {"code": 0, "msg": "OK", "requestId": "r", "data": {"deviceKey": "dk"}}
    harness.make(Recorder([httpx.Response(200, json=ok)]))
    assert harness.call("enos_create", **ENOS_ARGS) == {"deviceKey": "dk"}
    raw = harness.call("enos_create", raw=True, **ENOS_ARGS)
    assert isinstance(raw, rt.base.RawResponse)
    assert (raw.parsed, raw.request_id, raw.http_response.json()) == ({"deviceKey": "dk"}, "r", ok)


def test_documented_envelope_code_raises_its_class(
    harness: Harness, rt: SimpleNamespace, api: SimpleNamespace
) -> None:
    failure = {"code": 11702, "msg": "DeviceKey existed", "requestId": "req-5", "data": {"k": 1}}
    harness.make(Recorder([httpx.Response(200, json=failure)]))
    with pytest.raises(api.DeviceKeyExistsError) as info:
        harness.call("enos_create", **ENOS_ARGS)
    error = info.value
    assert isinstance(error, rt.exc.APIEnvelopeError)
    assert isinstance(error, rt.exc.APIStatusError)
    assert (error.status_code, error.error_code, error.error_msg) == (
        200,
        "11702",
        "DeviceKey existed",
    )
    assert error.body == failure  # no envelope model declared: the raw JSON
    assert (error.code, error.msg, error.request_id, error.data) == (
        11702,
        "DeviceKey existed",
        "req-5",
        {"k": 1},
    )
    assert error.response is not None and error.response.status_code == 200
    assert "11702" in str(error) and "DeviceKey existed" in str(error)
    assert api.DeviceKeyExistsError.code == 11702


def test_undocumented_envelope_code_raises_base_class(
    harness: Harness, rt: SimpleNamespace
) -> None:
    harness.make(
        Recorder([httpx.Response(200, json={"code": "99400", "msg": "Invalid arguments"})])
    )
    with pytest.raises(rt.exc.APIEnvelopeError) as info:
        harness.call("enos_create", **ENOS_ARGS)
    assert type(info.value) is rt.exc.APIEnvelopeError
    assert info.value.code == 99400
    assert info.value.request_id is None
    assert rt.exc.APIEnvelopeError.code is None


def test_envelope_without_code_field_is_not_an_error(harness: Harness) -> None:
    harness.make(Recorder([httpx.Response(200, json={"something": "else"})]))
    assert harness.call("enos_create", **ENOS_ARGS) == {"something": "else"}


def test_envelope_error_raised_by_hand_has_a_stand_in_response(
    rt: SimpleNamespace, api: SimpleNamespace
) -> None:
    error = api.DeviceKeyExistsError(msg="exists", request_id="r1")
    assert (error.code, error.status_code, error.error_code, error.request_id) == (
        11702,
        200,
        "11702",
        "r1",
    )


def test_status_error_factory_covers_5xx(rt: SimpleNamespace) -> None:
    request = httpx.Request("GET", "https://h.example/x?api_key=s3cr3t&page=2")
    response = httpx.Response(502, request=request, json={"error_msg": "upstream"})
    error = rt.exc.make_status_error(response, {"error_msg": "upstream"}, {"error_msg": "upstream"})
    assert type(error) is rt.exc.InternalServerError
    assert error.error_msg == "upstream"
    assert "s3cr3t" not in str(error)
    assert "page=2" in str(error)


@pytest.mark.parametrize(("code", "raises"), [(0.0, False), (11702.0, True), ("0", False)])
def test_envelope_codes_given_as_whole_floats_or_strings(
    harness: Harness, api: SimpleNamespace, code: object, raises: bool
) -> None:
    body = {"code": code, "msg": "m", "requestId": "r", "data": None}
    harness.make(Recorder([httpx.Response(200, json=body)]))
    if raises:
        with pytest.raises(api.DeviceKeyExistsError):
            harness.call("enos_create", **ENOS_ARGS)
    else:
        assert harness.call("enos_create", **ENOS_ARGS) is None  # the envelope's data
