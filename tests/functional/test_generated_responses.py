"""Responses and models of the committed packages, as a downstream team meets them.

Lenient responses (``strict_responses=True`` to refuse deviations), open enums with
readable member names, ``None`` for absent fields, snake_case attributes with wire aliases,
plain ``str`` for constrained aliases, the EnOS envelope, and ``e.body`` of status errors.
Everything runs on httpx.MockTransport.
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, RootModel

from tests.conftest import GENERATED, ROOT

PRODUCT_ARGS: dict[str, Any] = {
    "project_id": "p",
    "instance_id": "i",
    "product_id": 1,
    "name": "n",
    "manufacturer_id": "mm",
    "manufacturer_name": "mm",
    "model": "mm",
    "device_type": "Default",
}
DEVICE_ARGS: dict[str, Any] = {
    "org_id": "o1",
    "product_key": "pk",
    "device_name": {"defaultValue": "d"},
    "timezone": "+08:00",
}


@pytest.fixture(scope="module")
def packages() -> Iterator[dict[str, ModuleType]]:
    paths = [
        str(GENERATED / name)
        for name in ("iotda-client", "enos-connect-client", "roma-link-client")
    ]
    sys.path[:0] = paths
    import enos_connect_client
    import iotda_client
    import roma_link_client

    yield {"iotda": iotda_client, "enos": enos_connect_client, "roma": roma_link_client}
    del sys.path[: len(paths)]


def _answer(
    status: int, body: Any, headers: dict[str, str] | None = None
) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(status, json=body, headers=headers)

    return seen, handler


def _client(package: ModuleType, status: int, body: Any, **options: Any) -> Any:
    _, handler = _answer(status, body)
    return package.Client(
        http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options
    )


# -- lenient responses ------------------------------------------------------------------

REAL_WORLD_PRODUCT = {
    "id": 120671,
    "name": "has spaces!",  # breaks the request-side rule ^[A-Za-z0-9_-]+$
    "protocol_type": 99,  # not in the enum
    "product_type": 1,
    "data_format": None,  # null for an optional member
    "authentication": {"user_name": "u", "password": "***"},  # breaks the request rules
    "description": "x" * 300,  # breaks the request-side maxLength 200
    "new_field": {"added": ["by", "the", "server"]},
}


def test_constraint_breaking_response_is_read_and_keeps_every_value(
    packages: dict[str, ModuleType], caplog: pytest.LogCaptureFixture
) -> None:
    roma = packages["roma"]
    with caplog.at_level(logging.WARNING, logger="roma_link_client"):
        product = _client(roma, 200, REAL_WORLD_PRODUCT).update_product(**PRODUCT_ARGS)
    assert isinstance(product, roma.models.Product)
    assert product.id_ == 120671 and product.name == "has spaces!"
    assert product.protocol_type == 99 and type(product.protocol_type) is int
    assert product.product_type is roma.models.ProductType.GATEWAY
    assert product.authentication is not None and product.authentication.password == "***"
    assert product.description == "x" * 300
    assert product.model_extra == {"new_field": {"added": ["by", "the", "server"]}}
    # Absent optional fields read as None; presence stays knowable.
    assert product.app_id is None and "app_id" not in product.model_fields_set
    assert product.data_format is None and "data_format" in product.model_fields_set
    dumped = product.model_dump(mode="json", exclude_unset=True)
    assert dumped == {k: v for k, v in REAL_WORLD_PRODUCT.items() if k != "data_format"}
    assert caplog.records == []  # values of the documented JSON types: no warning


def test_value_of_the_wrong_json_type_is_kept_with_one_warning(
    packages: dict[str, ModuleType], caplog: pytest.LogCaptureFixture
) -> None:
    roma = packages["roma"]
    body = {**REAL_WORLD_PRODUCT, "created_datetime": {"unexpected": "object"}, "version": 3}
    with caplog.at_level(logging.WARNING, logger="roma_link_client"):
        product = _client(roma, 200, body).update_product(**PRODUCT_ARGS)
    assert product.created_datetime == {"unexpected": "object"}
    assert product.version == 3
    records = [r for r in caplog.records if r.name == "roma_link_client"]
    assert len(records) == 1
    message = records[0].getMessage()
    assert "UpdateProduct" in message
    assert "created_datetime" in message and "version" in message


@pytest.mark.parametrize("how", ["constructor", "with_options"])
def test_strict_responses_turns_every_deviation_into_an_error(
    packages: dict[str, ModuleType], how: str
) -> None:
    roma = packages["roma"]
    if how == "constructor":
        client = _client(roma, 200, REAL_WORLD_PRODUCT, strict_responses=True)
    else:
        client = _client(roma, 200, REAL_WORLD_PRODUCT).with_options(strict_responses=True)
    assert client.strict_responses is True
    with pytest.raises(roma.APIResponseValidationError) as caught:
        client.update_product(**PRODUCT_ARGS)
    assert caught.value.body == REAL_WORLD_PRODUCT
    locations = {tuple(e["loc"]) for e in caught.value.errors}
    # Response schemas carry no request-side rules (names, lengths, password rules), so
    # the enum value the document does not list is the one deviation here.
    assert locations == {("protocol_type",)}
    lenient = client.with_options(strict_responses=False)
    assert lenient.update_product(**PRODUCT_ARGS).protocol_type == 99


def test_strict_responses_accepts_what_the_document_allows(
    packages: dict[str, ModuleType],
) -> None:
    roma = packages["roma"]
    body = {"id": 1, "protocol_type": 0, "name": "ok", "new_field": 1, "description": None}
    product = _client(roma, 200, body, strict_responses=True).update_product(**PRODUCT_ARGS)
    assert product.protocol_type is roma.models.ProtocolType.MQTT
    assert product.model_extra == {"new_field": 1}


def test_async_client_is_lenient_and_strict_alike(packages: dict[str, ModuleType]) -> None:
    roma = packages["roma"]
    _, handler = _answer(200, REAL_WORLD_PRODUCT)

    async def run() -> None:
        async with roma.AsyncClient(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
        ) as client:
            product = await client.update_product(**PRODUCT_ARGS)
            assert product.protocol_type == 99
            with pytest.raises(roma.APIResponseValidationError):
                await client.with_options(strict_responses=True).update_product(**PRODUCT_ARGS)

    asyncio.run(run())


def test_off_pattern_timestamp_and_unknown_map_key_are_kept(
    packages: dict[str, ModuleType],
) -> None:
    iotda = packages["iotda"]
    body = {
        "template_id": "t1",
        "create_time": "2023-08-10 07:05:47",  # another form than yyyyMMdd'T'HHmmss'Z'
        "template_body": {
            "parameters": {
                "iotda::certificate::country": {"type": "String"},
                "iotda::certificate::locality": {"type": "Integer"},  # neither is listed
            },
            "resources": {"device": {"node_id": {"ref": "iotda::certificate::country"}}},
        },
    }
    client = _client(iotda, 200, body)
    template = client.update_provisioning_template(
        project_id="p", template_id="t1", description="d"
    )
    assert template.create_time == "2023-08-10 07:05:47"
    assert template.template_body is not None
    parameters = template.template_body.parameters
    country = iotda.models.CertificateParameterName.COUNTRY
    assert country == "iotda::certificate::country"  # a str enum: equal to its value
    assert parameters is not None
    assert parameters[country].type_ == "String"  # response side: a plain str
    assert parameters["iotda::certificate::locality"].type_ == "Integer"


# -- models: names, absent fields, aliases, plain types ---------------------------------


def _model_modules() -> list[ModuleType]:
    import importlib

    modules = []
    roots = [GENERATED / n for n in ("iotda-client", "enos-connect-client", "roma-link-client")]
    roots += sorted((ROOT / "tests/golden/expected").glob("*/*"))
    for root in roots:
        package = next(d for d in root.iterdir() if (d / "models" / "__init__.py").exists())
        sys.path.insert(0, str(root))
        try:
            modules.append(importlib.import_module(f"{package.name}.models"))
        finally:
            sys.path.remove(str(root))
    return modules


def test_enum_members_read_well_everywhere(packages: dict[str, ModuleType]) -> None:
    members = {}
    for module in _model_modules():
        for name in module.__all__:  # the models package loads each name on first access
            cls = getattr(module, name)
            if (
                isinstance(cls, type)
                and issubclass(cls, enum.Enum)
                and cls.__module__.startswith(module.__name__ + ".")
            ):
                for member in cls:
                    members[f"{module.__name__}.{name}.{member.name}"] = member.name
    assert members, "no enum found"
    bad = [
        key
        for key, name in members.items()
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name)
        or name.startswith(("INTEGER_", "STRING_"))
        or "__" in name
    ]
    assert bad == []
    roma = packages["roma"].models
    assert [m.name for m in roma.ProtocolType] == ["MQTT", "COAP", "MODBUS", "OPC_UA", "EXTENDED"]
    assert roma.ProtocolType.MQTT == 0
    assert [m.name for m in packages["iotda"].models.CertificateParameterName][:2] == [
        "COUNTRY",
        "ORGANIZATION",
    ]


def test_no_rootmodel_wrappers_reach_users() -> None:
    wrappers = [
        f"{module.__name__}.{name}"
        for module in _model_modules()
        for name, cls in ((n, getattr(module, n)) for n in module.__all__)
        if isinstance(cls, type)
        and issubclass(cls, RootModel)
        and cls.__module__.startswith(module.__name__ + ".")
    ]
    # golden composition and discriminator_default keep their documented array/union
    # components as root models
    documented = ("composition_client", "discriminator_default_client")
    assert [w for w in wrappers if not w.startswith(documented)] == []


def test_compact_timestamp_is_a_plain_str(packages: dict[str, ModuleType]) -> None:
    models = packages["iotda"].models
    assert not hasattr(models, "CompactTimestamp")
    info = models.ProvisioningTemplate.model_fields["create_time"]
    assert info.annotation == str | None
    # The timestamp only appears in responses, whose schemas carry no format rule: a
    # server's other spelling is kept.
    assert models.ProvisioningTemplate(create_time="yesterday").create_time == "yesterday"


def test_snake_case_attributes_constructible_by_either_name_serialised_by_alias(
    packages: dict[str, ModuleType],
) -> None:
    models = packages["enos"].models
    by_name = models.DeviceCreateResult(asset_id="a1", device_key="dk")
    by_alias = models.DeviceCreateResult.model_validate({"assetId": "a1", "deviceKey": "dk"})
    assert by_name == by_alias
    assert by_name.model_dump(exclude_unset=True) == {"assetId": "a1", "deviceKey": "dk"}
    assert by_name.session_key is None and "session_key" not in by_name.model_fields_set


def test_body_keywords_and_model_attributes_use_the_same_names(
    packages: dict[str, ModuleType],
) -> None:
    import inspect

    enos = packages["enos"]
    signature = inspect.signature(enos.Client.create_device)
    attributes = set(enos.models.CreateDeviceRequest.model_fields)
    assert attributes <= set(signature.parameters)
    assert {"product_key", "device_name", "require_secret", "device_tags"} <= attributes


def test_requests_send_only_what_the_caller_set(packages: dict[str, ModuleType]) -> None:
    enos = packages["enos"]
    ok = {"code": 0, "msg": "OK", "requestId": "r", "data": {"assetId": "a"}}
    seen, handler = _answer(200, ok)
    client = enos.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client.create_device(**DEVICE_ARGS)
    models = enos.models
    built = models.CreateDeviceRequest(
        product_key="pk", device_name=models.StringI18N(default_value="d"), timezone="+08:00"
    )
    client.create_device(org_id="o1", body=built)
    expected = {"productKey": "pk", "deviceName": {"defaultValue": "d"}, "timezone": "+08:00"}
    assert [json.loads(r.content) for r in seen] == [expected, expected]
    # None for an optional member that may not be null means absent: not sent.
    built_with_none = models.CreateDeviceRequest(
        product_key="pk",
        device_name=models.StringI18N(default_value="d"),
        timezone="+08:00",
        device_desc=None,
    )
    client.create_device(org_id="o1", body=built_with_none)
    assert json.loads(seen[-1].content) == expected


# -- the EnOS envelope ------------------------------------------------------------------


def test_create_device_returns_the_data_object(packages: dict[str, ModuleType]) -> None:
    enos = packages["enos"]
    ok = {
        "code": 0,
        "msg": "OK",
        "requestId": "req-1",
        "data": {"assetId": "a1", "deviceKey": "dk"},
    }
    client = _client(enos, 200, ok)
    device = client.create_device(**DEVICE_ARGS)
    assert isinstance(device, enos.models.DeviceCreateResult)
    assert (device.asset_id, device.device_key, device.device_secret) == ("a1", "dk", None)
    raw = client.with_raw_response.create_device(**DEVICE_ARGS)
    assert raw.parsed == device and raw.request_id == "req-1"
    assert raw.http_response.json()["requestId"] == "req-1"
    assert _client(enos, 200, {"code": 0, "msg": "OK"}).create_device(**DEVICE_ARGS) is None


def test_envelope_errors_are_status_errors(packages: dict[str, ModuleType]) -> None:
    enos = packages["enos"]
    failure = {"code": 11702, "msg": "DeviceKey existed", "requestId": "req-2"}
    with pytest.raises(enos.APIStatusError) as caught:  # one except catches every refusal
        _client(enos, 200, failure).create_device(**DEVICE_ARGS)
    error = caught.value
    assert isinstance(error, enos.DeviceKeyExistsError)
    assert isinstance(error, enos.APIEnvelopeError)
    assert (error.status_code, error.error_code, error.error_msg, error.request_id) == (
        200,
        "11702",
        "DeviceKey existed",
        "req-2",
    )
    assert isinstance(error.body, enos.models.CreateDeviceResponse)  # the body fits its model
    assert error.body.request_id == "req-2"
    # A body that does not fit the documented model: the raw JSON.
    odd = {"code": 99400, "msg": {"detail": "bad"}, "requestId": "req-3"}
    with pytest.raises(enos.InvalidArgumentsError) as caught_odd:
        _client(enos, 200, odd).create_device(**DEVICE_ARGS)
    assert caught_odd.value.body == odd and caught_odd.value.request_id == "req-3"


def test_http_errors_of_enos_carry_the_envelope_request_id(
    packages: dict[str, ModuleType],
) -> None:
    enos = packages["enos"]
    client = _client(enos, 500, {"code": 500, "msg": "oops", "requestId": "req-9"}, max_retries=0)
    with pytest.raises(enos.InternalServerError) as caught:
        client.create_device(**DEVICE_ARGS)
    assert caught.value.request_id == "req-9"
    assert caught.value.body == {"code": 500, "msg": "oops", "requestId": "req-9"}


@pytest.mark.parametrize(
    ("body", "parsed"),
    [
        ({"error_code": "IOTDA.014000", "error_msg": "not found", "request_id": "r"}, True),
        ({"error_code": "IOTDA.014000", "error_msg": "not found", "extra": 1}, True),
        ({"error_code": 14000, "error_msg": "not found"}, False),
        (["not", "an", "object"], False),
    ],
)
def test_status_error_body_is_the_model_when_it_fits_else_raw_json(
    packages: dict[str, ModuleType], body: Any, parsed: bool
) -> None:
    iotda = packages["iotda"]
    client = _client(iotda, 404, body)
    with pytest.raises(iotda.NotFoundError) as caught:
        client.delete_ota_package(project_id="p", package_id="pkg")
    if parsed:
        assert isinstance(caught.value.body, iotda.models.ErrorResponse)
        assert caught.value.body.model_dump(mode="json", exclude_unset=True) == body
    else:
        assert not isinstance(caught.value.body, BaseModel)
        assert caught.value.body == body


def test_envelope_data_is_read_leniently_and_strict_errors_locate_it(
    packages: dict[str, ModuleType], caplog: pytest.LogCaptureFixture
) -> None:
    enos = packages["enos"]
    ok = {"code": 0, "msg": "OK", "requestId": "r", "data": {"assetId": 7, "extra": True}}
    with caplog.at_level(logging.WARNING, logger="enos_connect_client"):
        device = _client(enos, 200, ok).create_device(**DEVICE_ARGS)
    assert device.asset_id == 7 and device.model_extra == {"extra": True}
    messages = [r.getMessage() for r in caplog.records if r.name == "enos_connect_client"]
    assert len(messages) == 1 and "CreateDevice" in messages[0] and "data.assetId" in messages[0]
    with pytest.raises(enos.APIResponseValidationError) as caught:
        _client(enos, 200, ok, strict_responses=True).create_device(**DEVICE_ARGS)
    assert caught.value.body == ok  # the whole envelope, as received
    assert [e["loc"] for e in caught.value.errors] == [("data", "assetId")]
