"""The platform rules of each document, through the generated clients on ``Fake``."""

from __future__ import annotations

from types import ModuleType

import pytest

MODULE = {"app_id": "a1", "product_id": "pr1", "alias_name": "MCU one"}
TEMPLATE_BODY = {
    "parameters": {"iotda::certificate::common_name": {"type": "String"}},
    "resources": {
        "device": {
            "device_name": {"ref": "iotda::certificate::common_name"},
            "node_id": {"ref": "iotda::certificate::common_name"},
            "product_id": "5ba24f5ebbe8f56f5a14f605",
        }
    },
}
PRODUCT_UPDATE = {
    "name": "product",
    "manufacturer_id": "p3",
    "manufacturer_name": "p3",
    "model": "p3",
    "device_type": "Default",
}
DEVICE = {"product_key": "pk1", "device_name": {"defaultValue": "d"}, "timezone": "+08:00"}


def test_ota_module_created_201_and_name_unique_within_product(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    client = fake.client(project_id="p1")
    raw = client.with_raw_response.create_ota_module(module_name="MCU", **MODULE)
    assert raw.status_code == 201
    assert raw.parsed.module_id
    with pytest.raises(iotda.errors.BadRequestError) as info:
        client.create_ota_module(module_name="MCU", **MODULE)
    assert info.value.response.json()["error_code"] == "IOTDA.014124"
    # the same name in another product is fine
    client.create_ota_module(module_name="MCU", **{**MODULE, "product_id": "pr2"})


def test_at_most_10_custom_modules_per_product(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    client = fake.client(project_id="p1")
    for number in range(10):
        client.create_ota_module(module_name=f"M{number}", **MODULE)
    with pytest.raises(iotda.errors.BadRequestError) as info:
        client.create_ota_module(module_name="M10", **MODULE)
    assert info.value.response.json()["error_code"] == "IOTDA.014125"
    client.create_ota_module(module_name="M10", **{**MODULE, "product_id": "pr2"})


def test_ota_package_deleted_204_then_unknown_404(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    fake.seed("ota_packages", "pk-1")
    client = fake.client(project_id="p1")
    raw = client.with_raw_response.delete_ota_package(package_id="pk-1")
    assert raw.status_code == 204
    with pytest.raises(iotda.errors.NotFoundError) as info:
        client.delete_ota_package(package_id="pk-1")
    assert info.value.response.json()["error_code"] == "IOTDA.014110"


def test_template_update_returns_stored_template_unknown_404(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    fake.seed("provisioning_templates", "t1", {"template_name": "myTemplate"})
    client = fake.client(project_id="p1")
    updated = client.update_provisioning_template(
        template_id="t1", description="new", template_body=TEMPLATE_BODY
    )
    assert updated.template_id == "t1"
    assert updated.template_name == "myTemplate"
    assert updated.description == "new"
    assert fake.store.collection("provisioning_templates")["t1"]["description"] == "new"
    with pytest.raises(iotda.errors.NotFoundError):
        client.update_provisioning_template(
            template_id="t2", description="x", template_body=TEMPLATE_BODY
        )


def test_roma_product_update_200_unknown_404_with_page_body(roma: ModuleType) -> None:
    fake = roma.testing.Fake()
    fake.seed("products", "7", {"product_serial": "s7"})
    client = fake.client(project_id="p1", instance_id="i1")
    product = client.update_product(product_id=7, **PRODUCT_UPDATE)
    assert product.id_ == 7
    assert product.name == "product"
    assert product.product_serial == "s7"
    with pytest.raises(roma.errors.NotFoundError) as info:
        client.update_product(product_id=8, **PRODUCT_UPDATE)
    body = info.value.response.json()
    assert body["error_code"] == "ROMA.00110006"
    assert body["error_msg"].startswith(
        "The resource does not exist. Check whether the resource ID 8"
    )


def test_enos_device_key_exists_11702(enos: ModuleType) -> None:
    fake = enos.testing.Fake()
    client = fake.client(org_id="o1")
    raw = client.with_raw_response.create_device(device_key="dk1", **DEVICE)
    assert raw.parsed is not None and raw.parsed.device_key == "dk1"
    assert raw.http_response.json()["requestId"]  # the envelope's request id
    with pytest.raises(enos.errors.DeviceKeyExistsError) as info:
        client.create_device(device_key="dk1", **DEVICE)
    assert info.value.response.status_code == 200


def test_enos_10000_devices_per_product_11739(enos: ModuleType) -> None:
    fake = enos.testing.Fake()
    for number in range(9_999):
        fake.seed("devices", f"a{number}", {"productKey": "pk1", "deviceKey": f"k{number}"})
    client = fake.client(org_id="o1")
    client.create_device(**DEVICE)  # the 10,000th
    with pytest.raises(enos.errors.ExceedMaxDeviceSizeError):
        client.create_device(**DEVICE)
    client.create_device(**{**DEVICE, "product_key": "pk2"})


def test_enos_require_secret_without_rsa_key_pair_11858(enos: ModuleType) -> None:
    fake = enos.testing.Fake()
    client = fake.client(org_id="o1")
    with pytest.raises(enos.errors.PublicKeyNotFoundError):
        client.create_device(require_secret=True, **DEVICE)
    fake.seed("rsa_key_pairs", "o1")
    result = client.create_device(require_secret=True, **DEVICE)
    assert result.device_secret and result.session_key


def test_invalid_request_codes_from_the_rules_files(iotda: ModuleType, roma: ModuleType) -> None:
    import httpx

    with httpx.Client(transport=roma.testing.Fake().transport(), base_url="https://x") as http:
        response = http.put("/v2/p1/link/instances/i1/products/not-a-number", json=PRODUCT_UPDATE)
    assert response.status_code == 400
    assert response.json()["error_code"] == "SCB.00000000"
    assert "product_id" in response.json()["error_msg"]
    with httpx.Client(transport=iotda.testing.Fake().transport(), base_url="https://x") as http:
        response = http.post("/v5/iot/p1/ota-upgrades/modules", json={"product_id": "p"})
    assert response.json()["error_code"] == "IOTDA.000006"
