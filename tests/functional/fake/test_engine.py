"""The generic engine of ``testing.Fake``: routing, validation, answers, faults, transports."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Iterator
from types import ModuleType

import httpx
import pytest

PRODUCT = "5ba24f5ebbe8f56f5a14f605"
PRODUCT_UPDATE = {
    "name": "product",
    "manufacturer_id": "p3",
    "manufacturer_name": "p3",
    "model": "p3",
    "device_type": "Default",
}
MODULE = {"app_id": "a1", "product_id": PRODUCT, "module_name": "MCU", "alias_name": "MCU one"}


def test_huawei_validation_error_is_400_with_the_vendor_body(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    with httpx.Client(transport=fake.transport(), base_url="https://x") as http:
        response = http.post(
            "/v5/iot/p1/ota-upgrades/modules", json={**MODULE, "module_name": "x" * 65}
        )
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"error_code", "error_msg", "request_id"}
    assert "module_name" in body["error_msg"]
    assert body["request_id"] == response.headers["X-Request-Id"]
    uuid.UUID(body["request_id"])
    assert fake.requests[-1].operation_id == "CreateOtaModule"
    assert fake.requests[-1].answered == 400


def test_invalid_path_parameter_uses_a_documented_status(iotda: ModuleType) -> None:
    # DeleteOtaPackage documents no 400: an invalid package_id answers its documented 404
    fake = iotda.testing.Fake()
    with httpx.Client(transport=fake.transport(), base_url="https://x") as http:
        response = http.delete("/v5/iot/p1/ota-upgrades/packages/not_valid!")
    assert response.status_code == 404
    assert "package_id" in response.json()["error_msg"]


def test_enos_validation_error_is_http_200_envelope_99400(enos: ModuleType) -> None:
    fake = enos.testing.Fake()
    with httpx.Client(transport=fake.transport(), base_url="https://x") as http:
        response = http.post(
            "/connect-service/v2.4/devices",
            params={"action": "create", "orgId": "o1"},
            json={"deviceName": {"defaultValue": "d"}},
        )
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == 99400
    assert "productKey" in body["msg"]
    assert body["requestId"] == response.headers["X-Request-Id"]
    client = fake.client(org_id="o1")
    with pytest.raises(enos.errors.InvalidArgumentsError):
        client.with_options(validate_requests=False).create_device(
            body={"deviceName": {"defaultValue": "d"}}
        )


def test_unknown_route_and_wrong_method(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    with httpx.Client(transport=fake.transport(), base_url="https://x") as http:
        missing = http.get("/v5/iot/p1/nothing-here")
        wrong = http.patch("/v5/iot/p1/ota-upgrades/packages/pk1")
    assert missing.status_code == 404
    assert missing.json()["error_code"] == "APIGW.0101"
    assert wrong.status_code == 405
    assert wrong.headers["Allow"] == "DELETE, GET"


def test_operation_without_rules_answers_the_documented_example(roma: ModuleType) -> None:
    fake = roma.testing.Fake()
    fake.rules = {}  # as for a document without rules: the generic fake
    client = fake.client(project_id="p1", instance_id="i1")
    product = client.update_product(product_id=1, **PRODUCT_UPDATE)
    example = json.loads(roma.testing.EXAMPLES["UpdateProduct"][1])
    assert product.id_ == example["id"]
    assert product.name == example["name"]


def test_minimal_body_is_valid_for_a_model_with_required_fields(iotda: ModuleType) -> None:
    from iotda_client import _fake

    body = _fake.minimal_body(iotda.models.ErrorResponse)
    iotda.models.ErrorResponse.model_validate(body)
    assert _fake.minimal_body(None) is None


def test_fail_next_with_retry_after_is_retried_by_the_client(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    fake.fail_next("CreateOtaModule", status=503, retry_after=0, times=2)
    client = fake.client(project_id="p1", max_retries=2)
    module = client.create_ota_module(**MODULE)
    assert module.module_name == "MCU"
    assert [r.answered for r in fake.requests] == [503, 503, 201]


def test_fail_next_surfaces_the_status_and_header(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    fake.fail_next("CreateOtaModule", status=429, retry_after=7)
    with httpx.Client(transport=fake.transport(), base_url="https://x") as http:
        first = http.post("/v5/iot/p1/ota-upgrades/modules", json=MODULE)
        second = http.post("/v5/iot/p1/ota-upgrades/modules", json=MODULE)
    assert first.status_code == 429
    assert first.headers["Retry-After"] == "7"
    assert second.status_code == 201
    with pytest.raises(ValueError, match="unknown operation"):
        fake.fail_next("NoSuchOperation")


def test_dropped_connection_in_memory_and_over_http(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    fake.drop_next("CreateOtaModule")
    client = fake.client(project_id="p1", max_retries=0)
    with pytest.raises(iotda.errors.APIConnectionError):
        client.create_ota_module(**MODULE)
    fake.drop_next("CreateOtaModule")
    with fake.serve() as base_url:
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.post(f"{base_url}/v5/iot/p1/ota-upgrades/modules", json=MODULE)
        served = iotda.Client(base_url=base_url, project_id="p1", max_retries=1)
        fake.seed("ota_packages", "pk1")
        fake.drop_next("DeleteOtaPackage")
        assert served.delete_ota_package(package_id="pk1") is None  # DELETE is retried
    assert [r.answered for r in fake.requests][-2:] == [0, 204]


def test_latency_delays_answers(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    fake.latency = 0.2
    client = fake.client(project_id="p1")
    start = time.monotonic()
    client.create_ota_module(**MODULE)
    assert time.monotonic() - start >= 0.2
    fake.reset()
    assert fake.latency == 0 and fake.requests == []


def test_reset_forgets_state(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    client = fake.client(project_id="p1")
    client.create_ota_module(**MODULE)
    fake.reset()
    client.create_ota_module(**MODULE)  # the name is free again
    assert len(fake.requests) == 1


def test_seed_names_unknown_collections(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    with pytest.raises(ValueError, match="ota_packages"):
        fake.seed("packages", "p1")


def test_requests_are_recorded_parsed(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    fake.client(project_id="p1", instance_id="i1").create_ota_module(**MODULE)
    (seen,) = fake.requests
    assert seen.method == "POST"
    assert seen.path_params == {"project_id": "p1"}
    assert seen.headers["instance-id"] == "i1"
    assert seen.body == MODULE
    assert seen.model.module_name == "MCU"


def test_async_client(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()

    async def run() -> str:
        async with fake.async_client(project_id="p1") as client:
            module = await client.create_ota_module(**MODULE)
            return str(module.module_name)

    assert asyncio.run(run()) == "MCU"


def test_standalone_server_module(iotda: ModuleType) -> None:
    import subprocess
    import sys

    from tests.conftest import GENERATED

    process = subprocess.Popen(
        [sys.executable, "-m", "iotda_client.testing", "--port", "0"],
        cwd=GENERATED / "iotda-client",
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        base_url = line.rsplit(" ", 1)[1].strip()
        assert base_url.startswith("http://127.0.0.1:")
        response = httpx.post(f"{base_url}/v5/iot/p1/ota-upgrades/modules", json=MODULE)
        assert response.status_code == 201
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_server_reads_chunked_bodies(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()

    def chunks() -> Iterator[bytes]:
        text = json.dumps(MODULE).encode()
        yield text[:10]
        yield text[10:]

    with fake.serve() as base_url:
        response = httpx.post(f"{base_url}/v5/iot/p1/ota-upgrades/modules", content=chunks())
    assert response.status_code == 201, response.text
    assert fake.requests[-1].body == MODULE


def test_a_failing_rule_answers_500_and_the_server_keeps_serving(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()

    def broken(request: object, store: object) -> object:
        raise RuntimeError("defect")

    fake.rules = {**fake.rules, "CreateOtaModule": broken}
    with fake.serve() as base_url:
        failed = httpx.post(f"{base_url}/v5/iot/p1/ota-upgrades/modules", json=MODULE)
        fake.seed("ota_packages", "pk1")
        deleted = httpx.delete(f"{base_url}/v5/iot/p1/ota-upgrades/packages/pk1")
    assert failed.status_code == 500
    assert deleted.status_code == 204
