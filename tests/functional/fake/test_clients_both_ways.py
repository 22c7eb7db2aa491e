"""Functional tests of the generated clients that run twice: on ``httpx.MockTransport``
with the document's examples, and on ``testing.Fake`` (in memory and over HTTP).

The ``backend`` fixture gives each test a client factory; a test states the situation
(``given``) once, and each backend arranges it its own way: the mock answers the canned
body, the fake gets the state seeded that produces the same answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

Given = dict[str, Any]


class Backend:
    def __init__(self, kind: str, packages: dict[str, ModuleType]) -> None:
        self.kind = kind
        self.packages = packages
        self._servers: list[Any] = []

    def client(self, name: str, given: Given, **options: Any) -> Any:
        package = self.packages[name]
        if self.kind == "mock":
            status, body = given["answer"]

            def handler(request: httpx.Request) -> httpx.Response:
                if body is None:
                    return httpx.Response(status)
                return httpx.Response(status, json=body)

            return package.Client(
                http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options
            )
        fake = package.testing.Fake()
        for collection, key, record in given.get("seed", ()):
            fake.seed(collection, key, record)
        if self.kind == "fake":
            return fake.client(**options)
        server = fake.serve()
        base_url = server.__enter__()
        self._servers.append(server)
        return package.Client(base_url=base_url, **options)

    def close(self) -> None:
        for server in self._servers:
            server.__exit__(None, None, None)


@pytest.fixture(params=["mock", "fake", "fake-http"])
def backend(request: pytest.FixtureRequest, packages: dict[str, ModuleType]) -> Iterator[Backend]:
    chosen = Backend(request.param, packages)
    yield chosen
    chosen.close()


def _example(package: ModuleType, operation_id: str) -> Any:
    return json.loads(package.testing.EXAMPLES[operation_id][1])


def test_create_ota_module_typed_result(backend: Backend, iotda: ModuleType) -> None:
    example = _example(iotda, "CreateOtaModule")
    client = backend.client("iotda", {"answer": (201, example)}, project_id="p1")
    module = client.create_ota_module(
        app_id=example["app_id"],
        product_id=example["product_id"],
        module_name=example["module_name"],
        alias_name=example["alias_name"],
        description=example["description"],
    )
    assert isinstance(module, iotda.models.OtaModule)
    assert module.module_name == "MCU"
    assert module.product_id == example["product_id"]
    assert module.module_id


def test_delete_ota_package_returns_none(backend: Backend) -> None:
    given: Given = {"answer": (204, None), "seed": [("ota_packages", "pk-1", {})]}
    client = backend.client("iotda", given, project_id="p1")
    assert client.delete_ota_package(package_id="pk-1") is None


def test_unknown_package_raises_not_found(backend: Backend, iotda: ModuleType) -> None:
    error = {"error_code": "IOTDA.014110", "error_msg": "no", "request_id": "r-1"}
    client = backend.client("iotda", {"answer": (404, error)}, project_id="p1", max_retries=0)
    with pytest.raises(iotda.errors.NotFoundError) as info:
        client.delete_ota_package(package_id="pk-2")
    assert info.value.response.json()["error_code"] == "IOTDA.014110"


def test_roma_update_product_typed(backend: Backend, roma: ModuleType) -> None:
    example = _example(roma, "UpdateProduct")
    given: Given = {"answer": (200, example), "seed": [("products", str(example["id"]), example)]}
    client = backend.client("roma", given, project_id="p1", instance_id="i1")
    product = client.update_product(
        product_id=example["id"],
        name=example["name"],
        manufacturer_id="p3",
        manufacturer_name="p3",
        model="p3",
        device_type="Default",
    )
    assert isinstance(product, roma.models.Product)
    assert product.id_ == example["id"]


def test_enos_envelope_error_is_typed(backend: Backend, enos: ModuleType) -> None:
    answer = {"code": 11702, "msg": "DeviceKey existed", "requestId": "r-1"}
    client = backend.client("enos", {"answer": (200, answer)}, org_id="o1")
    device = {"product_key": "pk", "device_name": {"defaultValue": "d"}, "timezone": "+08:00"}
    if backend.kind != "mock":
        client.create_device(device_key="dk", **device)  # the fake needs the device to exist
    with pytest.raises(enos.errors.DeviceKeyExistsError) as info:
        client.create_device(device_key="dk", **device)
    assert info.value.response.status_code == 200
