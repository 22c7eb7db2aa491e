"""The committed packages used as a downstream team would, on httpx.MockTransport."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import GENERATED


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


OTA_MODULE = {
    "module_id": "m1",
    "app_id": "a1",
    "product_id": "p1",
    "module_name": "MCU",
    "create_time": "20230211T121212Z",
    "extra_field": {"kept": True},
}


def _recorder(
    status: int, body: Any
) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)

    return seen, handler


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_create_ota_module_signed_request_and_typed_result(
    packages: dict[str, ModuleType], flavour: str
) -> None:
    iotda = packages["iotda"]
    seen, handler = _recorder(201, OTA_MODULE)
    auth = iotda.HuaweiAKSKAuth("AK-TEST", "SK-SECRET-VALUE")
    args = {
        "project_id": "proj 1/..",
        "app_id": "a1",
        "product_id": "p1",
        "module_name": "MCU",
        "instance_id": "inst-1",
    }
    if flavour == "sync":
        client = iotda.Client(
            auth=auth, http_client=httpx.Client(transport=httpx.MockTransport(handler))
        )
        result = client.create_ota_module(**args)
    else:

        async def call() -> Any:
            transport = httpx.MockTransport(handler)
            async with iotda.AsyncClient(
                auth=auth, http_client=httpx.AsyncClient(transport=transport)
            ) as c:
                return await c.create_ota_module(**args)

        result = asyncio.run(call())
    (request,) = seen
    assert request.method == "POST"
    assert request.url.raw_path == b"/v5/iot/proj%201%2F../ota-upgrades/modules"
    assert request.headers["Instance-Id"] == "inst-1"
    assert request.headers["Authorization"].startswith(
        "SDK-HMAC-SHA256 Access=AK-TEST, SignedHeaders="
    )
    assert "X-Sdk-Date" in request.headers
    assert json.loads(request.content) == {"app_id": "a1", "product_id": "p1", "module_name": "MCU"}
    assert isinstance(result, iotda.models.OtaModule)
    assert result.module_id == "m1"
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == OTA_MODULE


def test_invalid_argument_is_refused_before_sending(packages: dict[str, ModuleType]) -> None:
    iotda = packages["iotda"]
    seen, handler = _recorder(201, OTA_MODULE)
    client = iotda.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(iotda.RequestValidationError) as caught:
        client.create_ota_module(
            project_id="p", app_id="x" * 37, product_id="p1", module_name="MCU"
        )
    assert caught.value.fields == ("app_id",)  # the keyword the caller used
    with pytest.raises(iotda.RequestValidationError):
        client.delete_ota_package(project_id="p", package_id="bad_id!")  # pattern [A-Za-z0-9-]
    assert seen == []


def test_documented_error_raises_typed_exception(packages: dict[str, ModuleType]) -> None:
    iotda = packages["iotda"]
    body = {"error_code": "IOTDA.014016", "error_msg": "no such package", "request_id": "r-404"}
    _, handler = _recorder(404, body)
    client = iotda.Client(
        max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    with pytest.raises(iotda.NotFoundError) as caught:
        client.delete_ota_package(project_id="p", package_id="pkg-1")
    err = caught.value
    assert (err.status_code, err.error_code, err.error_msg, err.request_id) == (
        404,
        "IOTDA.014016",
        "no such package",
        "r-404",
    )
    assert isinstance(err.body, iotda.models.ErrorResponse)


def test_delete_returns_none_and_raw_response_has_status(packages: dict[str, ModuleType]) -> None:
    iotda = packages["iotda"]
    _, handler = _recorder(204, None)
    client = iotda.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.delete_ota_package(project_id="p", package_id="pkg-1") is None
    raw = client.with_raw_response.delete_ota_package(project_id="p", package_id="pkg-1")
    assert raw.status_code == 204 and raw.parsed is None


def test_enos_envelope_error_code_raises_named_error(packages: dict[str, ModuleType]) -> None:
    enos = packages["enos"]
    seen, handler = _recorder(200, {"code": 11702, "msg": "DeviceKey existed", "requestId": "r-1"})
    client = enos.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(enos.DeviceKeyExistsError) as caught:
        client.create_device(
            org_id="o1", product_key="pk", device_name={"defaultValue": "d"}, timezone="+08:00"
        )
    assert (caught.value.code, caught.value.msg, caught.value.request_id) == (
        11702,
        "DeviceKey existed",
        "r-1",
    )
    assert isinstance(caught.value, enos.APIEnvelopeError)
    assert seen[0].url.params.get("action") == "create"  # the fixed query parameter is sent


def test_default_timeout_is_finite_and_injected_client_timeout_is_kept(
    packages: dict[str, ModuleType],
) -> None:
    roma = packages["roma"]
    assert roma.Client().timeout == httpx.Timeout(60.0, connect=10.0)
    injected = httpx.Client(timeout=httpx.Timeout(3.0))
    assert roma.Client(http_client=injected).timeout == httpx.Timeout(3.0)
    assert roma.Client().with_options(timeout=5.0).timeout == httpx.Timeout(5.0)


def test_public_api_is_sorted_and_complete(packages: dict[str, ModuleType]) -> None:
    for name, module in packages.items():
        exported = module.__all__
        assert exported == sorted(exported), name
        assert all(hasattr(module, item) for item in exported), name
        assert {"Client", "AsyncClient", "APIStatusError", "RequestValidationError"} <= set(
            exported
        )
    assert (
        "HuaweiAKSKAuth" in packages["iotda"].__all__
        and "HuaweiAKSKAuth" not in packages["enos"].__all__
    )
    assert "EnOSTokenAuth" in packages["enos"].__all__
