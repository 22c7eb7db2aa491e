"""State across create -> list -> show -> update -> delete for every resource family, the
documented pages, unknown ids, seeding, EnOS action routing and the fake's strict
request validation, through the generated clients (and raw httpx where a client would
refuse to send the request)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx
import pytest

MODULE = {"app_id": "a1", "alias_name": "MCU one"}
OBS = {"obs_location": {"region_name": "cn-north-4", "bucket_name": "bkt", "object_key": "f.bin"}}
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
PRODUCT = {
    "app_id": "app1",
    "manufacturer_id": "m1",
    "manufacturer_name": "maker",
    "model": "mo",
    "product_type": 0,
    "protocol_type": 0,
}
WHERE = {"project_id": "p1", "instance_id": "i1"}
ORG = "o1"
ORG2 = "o2"
DEVICE = {"product_key": "pk1", "device_name": {"defaultValue": "d"}, "timezone": "+08:00"}


def _http(fake: Any) -> httpx.Client:
    return httpx.Client(transport=fake.transport(), base_url="https://fake.invalid")


# -- IoTDA ---------------------------------------------------------------------------------


def test_ota_module_lifecycle_and_unknown_id_404(iotda: ModuleType) -> None:
    client = iotda.testing.Fake().client(project_id="p1")
    created = client.create_ota_module(product_id="pr1", module_name="MCU", **MODULE)
    module_id = created.module_id
    assert module_id is not None and len(module_id) == 24
    assert [m.module_id for m in client.list_ota_modules(app_id="a1")] == [module_id]
    assert client.show_ota_module(module_id=module_id).module_name == "MCU"
    updated = client.update_ota_module(module_id=module_id, alias_name="New alias")
    assert updated.alias_name == "New alias"
    assert client.show_ota_module(module_id=module_id).alias_name == "New alias"
    assert client.with_raw_response.delete_ota_module(module_id=module_id).status_code == 204
    assert list(client.list_ota_modules(app_id="a1")) == []
    for call in (
        lambda: client.show_ota_module(module_id=module_id),
        lambda: client.update_ota_module(module_id=module_id, alias_name="x"),
        lambda: client.delete_ota_module(module_id=module_id),
    ):
        with pytest.raises(iotda.errors.NotFoundError) as info:
            call()
        assert info.value.response.json()["error_code"] == "IOTDA.014112"


def test_ota_modules_pages_by_marker_newest_first_with_filters(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    client = fake.client(project_id="p1")
    ids = [
        client.create_ota_module(product_id=f"pr{n % 2}", module_name=f"M{n}", **MODULE).module_id
        for n in range(12)
    ]
    first = client.with_raw_response.list_ota_modules(app_id="a1", limit=5).parsed
    assert [m.module_id for m in first.modules or []] == ids[::-1][:5]
    assert first.page is not None and first.page.count == 12
    assert first.page.marker == ids[::-1][4]
    # the pager follows the markers: every module once, newest first
    assert [m.module_id for m in client.list_ota_modules(app_id="a1", limit=5)] == ids[::-1]
    markers = [r.params.get("marker") for r in fake.requests if r.operation_id == "ListOtaModules"]
    assert markers[-3:] == [None, ids[::-1][4], ids[::-1][9]]
    only = [m.module_name for m in client.list_ota_modules(app_id="a1", product_id="pr1")]
    assert only == [f"M{n}" for n in (11, 9, 7, 5, 3, 1)]
    skipped = client.with_raw_response.list_ota_modules(app_id="a1", limit=2, offset=3).parsed
    assert [m.module_id for m in skipped.modules or []] == ids[::-1][3:5]
    assert list(client.list_ota_modules(app_id="other")) == []


def test_ota_package_lifecycle_list_without_file_location(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    client = fake.client(project_id="p1")
    kinds = ("firmwarePackage", "softwarePackage", "firmwarePackage")
    created = [
        client.create_ota_package(
            app_id="a1", package_type=kind, product_id="pr1", version=f"v{n}", file_location=OBS
        )
        for n, kind in enumerate(kinds)
    ]
    raw = client.with_raw_response.create_ota_package(
        app_id="a1",
        package_type="firmwarePackage",
        product_id="pr1",
        version="v9",
        file_location=OBS,
    )
    assert raw.status_code == 201
    package_id = created[0].package_id
    assert package_id is not None
    shown = client.show_ota_package(package_id=package_id)
    assert shown.file_location is not None and shown.file_location.obs_location is not None
    assert shown.file_location.obs_location.bucket_name == "bkt"
    listed = client.with_raw_response.list_ota_package_info(package_type="firmwarePackage").parsed
    assert [p.version for p in listed.packages or []] == ["v9", "v2", "v0"]
    assert all(p.file_location is None for p in listed.packages or [])
    listed_json = client.with_raw_response.list_ota_package_info(
        package_type="softwarePackage"
    ).http_response.json()
    assert "file_location" not in listed_json["packages"][0]
    assert client.with_raw_response.delete_ota_package(package_id=package_id).status_code == 204
    with pytest.raises(iotda.errors.NotFoundError) as info:
        client.show_ota_package(package_id=package_id)
    assert info.value.response.json()["error_code"] == "IOTDA.014110"


def test_template_lifecycle_list_without_body(iotda: ModuleType) -> None:
    client = iotda.testing.Fake().client(project_id="p1")
    raw = client.with_raw_response.create_provisioning_template(
        template_name="tpl1", template_body=TEMPLATE_BODY, description="first"
    )
    assert raw.status_code == 201
    template_id = raw.parsed.template_id
    assert template_id is not None
    client.create_provisioning_template(template_name="tpl2", template_body=TEMPLATE_BODY)
    summaries = list(client.list_provisioning_templates())
    assert [t.template_name for t in summaries] == ["tpl2", "tpl1"]
    listed = client.with_raw_response.list_provisioning_templates().http_response.json()
    assert all("template_body" not in t for t in listed["templates"])
    assert [t.template_id for t in client.list_provisioning_templates(template_name="tpl1")] == [
        template_id
    ]
    shown = client.show_provisioning_template(template_id=template_id)
    assert shown.template_body is not None and shown.description == "first"
    client.update_provisioning_template(template_id=template_id, description="second")
    assert client.show_provisioning_template(template_id=template_id).description == "second"
    assert (
        client.with_raw_response.delete_provisioning_template(template_id=template_id).status_code
        == 204
    )
    with pytest.raises(iotda.errors.NotFoundError) as info:
        client.show_provisioning_template(template_id=template_id)
    assert info.value.response.json()["error_code"] == "IOTDA.014111"


def test_seeded_records_are_read_listed_and_deleted(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    fake.seed("ota_packages", "pkg-1", {"package_type": "firmwarePackage", "version": "v1"})
    fake.seed("ota_modules", "mod-1", {"app_id": "a1", "module_name": "Seeded"})
    client = fake.client(project_id="p1")
    assert client.show_ota_package(package_id="pkg-1").package_id == "pkg-1"
    listed = list(client.list_ota_package_info(package_type="firmwarePackage"))
    assert [p.package_id for p in listed] == ["pkg-1"]
    assert [m.module_id for m in client.list_ota_modules(app_id="a1")] == ["mod-1"]
    client.delete_ota_module(module_id="mod-1")
    assert list(client.list_ota_modules(app_id="a1")) == []


# -- ROMA ----------------------------------------------------------------------------------


def test_roma_product_lifecycle_and_unknown_404_page_body(roma: ModuleType) -> None:
    client = roma.testing.Fake().client(project_id="p1", instance_id="i1")
    raw = client.with_raw_response.create_product(**WHERE, name="prod1", **PRODUCT)
    assert raw.status_code == 201
    product = raw.parsed
    assert product.id_ == 1 and product.name == "prod1" and product.created_datetime
    assert [p.id_ for p in client.list_products(**WHERE)] == [1]
    assert client.show_product(**WHERE, product_id=1).manufacturer_name == "maker"
    update = {**PRODUCT, "name": "prod1", "manufacturer_name": "other", "device_type": "Default"}
    update.pop("protocol_type")
    update.pop("app_id")
    update.pop("product_type")
    assert client.update_product(**WHERE, product_id=1, **update).manufacturer_name == "other"
    assert client.show_product(**WHERE, product_id=1).manufacturer_name == "other"
    assert client.with_raw_response.delete_product(**WHERE, product_id=1).status_code == 204
    for call in (
        lambda: client.show_product(**WHERE, product_id=1),
        lambda: client.delete_product(**WHERE, product_id=1),
    ):
        with pytest.raises(roma.errors.NotFoundError) as info:
            call()
        body = info.value.response.json()
        assert body["error_code"] == "ROMA.00110006"
        assert "Check whether the resource ID 1 is correct" in body["error_msg"]


def test_roma_product_name_unique_in_tenant(roma: ModuleType) -> None:
    client = roma.testing.Fake().client(project_id="p1", instance_id="i1")
    client.create_product(**WHERE, name="same", **PRODUCT)
    with pytest.raises(roma.errors.BadRequestError) as info:
        client.create_product(**WHERE, name="same", **PRODUCT)
    assert info.value.response.json()["error_code"] == "ROMA.00110005"


def test_roma_products_pages_by_offset_with_total_and_filters(roma: ModuleType) -> None:
    fake = roma.testing.Fake()
    client = fake.client(project_id="p1", instance_id="i1")
    for n in range(7):
        client.create_product(**WHERE, name=f"prod{n}", **{**PRODUCT, "model": f"m{n % 2}"})
    first = client.with_raw_response.list_products(**WHERE, limit=3).parsed
    assert (first.total, first.size) == (7, 3)
    assert [p.name for p in first.items or []] == ["prod0", "prod1", "prod2"]
    assert [p.name for p in client.list_products(**WHERE, limit=3)] == [
        f"prod{n}" for n in range(7)
    ]
    offsets = [r.params.get("offset") for r in fake.requests if r.operation_id == "ListProducts"]
    assert offsets[-3:] == [None, 3, 6]
    assert [p.name for p in client.list_products(**WHERE, model="m1")] == [
        "prod1",
        "prod3",
        "prod5",
    ]
    assert [p.id_ for p in client.list_products(**WHERE, name="prod4")] == [5]


# -- EnOS ----------------------------------------------------------------------------------


def test_enos_device_lifecycle_by_asset_id_and_by_keys(enos: ModuleType) -> None:
    client = enos.testing.Fake().client(org_id="o1")
    created = client.create_device(device_key="dk1", **DEVICE)
    assert created is not None and created.asset_id
    asset_id = created.asset_id
    device = client.get_device(org_id=ORG, asset_id=asset_id)
    assert device is not None and device.device_key == "dk1" and device.org_id == "o1"
    by_keys = client.get_device(org_id=ORG, product_key="pk1", device_key="dk1")
    assert by_keys is not None and by_keys.asset_id == asset_id
    client.update_device(
        org_id=ORG, asset_id=asset_id, device_desc="changed", device_tags={"t": "v"}
    )
    after = client.get_device(org_id=ORG, asset_id=asset_id)
    assert after is not None and after.device_desc == "changed" and after.device_tags == {"t": "v"}
    assert after.timezone == "+08:00"  # a patch: fields not given keep their values
    client.delete_device(org_id=ORG, product_key="pk1", device_key="dk1")
    for call in (
        lambda: client.get_device(org_id=ORG, asset_id=asset_id),
        lambda: client.update_device(org_id=ORG, asset_id=asset_id, device_desc="x"),
        lambda: client.delete_device(org_id=ORG, asset_id=asset_id),
    ):
        with pytest.raises(enos.errors.APIStatusError) as info:
            call()
        assert info.value.error_code == "11404"
        assert info.value.response.status_code == 200


def test_enos_device_addressed_by_neither_99400(enos: ModuleType) -> None:
    client = enos.testing.Fake().client(org_id="o1")
    with pytest.raises(enos.errors.APIEnvelopeError) as info:
        client.get_device(org_id=ORG)
    assert info.value.error_code == "99400"


def test_enos_devices_belong_to_their_organization(enos: ModuleType) -> None:
    fake = enos.testing.Fake()
    created = fake.client(org_id="o1").create_device(**DEVICE)
    assert created is not None
    other = fake.client(org_id="o2")
    with pytest.raises(enos.errors.APIStatusError) as info:
        other.get_device(org_id=ORG2, asset_id=created.asset_id)
    assert info.value.error_code == "11404"
    assert list(other.search_device(org_id=ORG2)) == []


def test_enos_search_pages_by_page_number_with_total(enos: ModuleType) -> None:
    fake = enos.testing.Fake()
    client = fake.client(org_id="o1")
    keys = [f"dk{n}" for n in range(12)]
    for key in keys:
        client.create_device(device_key=key, **DEVICE)
    raw = client.with_raw_response.search_device(
        org_id=ORG, pagination={"pageNo": 2, "pageSize": 5}
    )
    body = raw.http_response.json()
    assert [d["deviceKey"] for d in body["data"]] == keys[5:10]
    assert body["pagination"] == {"pageNo": 2, "pageSize": 5, "totalSize": 12}
    assert [
        d.device_key
        for d in client.search_device(org_id=ORG, pagination={"pageNo": 1, "pageSize": 5})
    ] == (keys)
    pages = [
        r.body["pagination"]["pageNo"] for r in fake.requests if r.operation_id == "SearchDevice"
    ]
    assert pages[-3:] == [1, 2, 3]


def test_enos_actions_share_one_path_routed_by_action(enos: ModuleType) -> None:
    fake = enos.testing.Fake()
    path = "/connect-service/v2.4/devices"
    with _http(fake) as http:
        searched = http.post(path, params={"action": "search", "orgId": "o1"}, json={})
        assert searched.json()["code"] == 0 and fake.requests[-1].operation_id == "SearchDevice"
        # GET is documented for /devices (get) but not for /devices#update
        wrong = http.get(path, params={"action": "update", "orgId": "o1"})
        assert wrong.status_code == 405 and wrong.headers["Allow"] == "POST"
        options = http.options(path, params={"action": "create", "orgId": "o1"})
        assert options.status_code == 405 and options.headers["Allow"] == "GET, POST"
        options = http.options(path, params={"action": "delete", "orgId": "o1"})
        assert options.headers["Allow"] == "POST"
        unknown = http.post(path, params={"action": "nope", "orgId": "o1"}, json={})
        assert unknown.status_code == 200 and unknown.json()["code"] == 99400
        assert "action" in unknown.json()["msg"]


# -- strict request validation -------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "field"),
    [({"limit": "true"}, "limit"), ({"limit": "5.5"}, "limit"), ({"offset": "01"}, "offset")],
)
def test_query_numbers_must_be_written_as_json_writes_them(
    iotda: ModuleType, query: dict[str, str], field: str
) -> None:
    with _http(iotda.testing.Fake()) as http:
        response = http.get("/v5/iot/p1/ota-upgrades/modules", params={"app_id": "a1", **query})
    assert response.status_code == 400
    assert response.json()["error_code"] == "IOTDA.000006"
    assert response.json()["error_msg"].startswith(field)


def test_bodies_are_validated_strictly(roma: ModuleType, iotda: ModuleType) -> None:
    with _http(roma.testing.Fake()) as http:
        url = "/v2/p1/link/instances/i1/products"
        ok = http.post(url, json={**PRODUCT, "name": "n"})
        assert ok.status_code == 201
        for bad in ({"product_type": True}, {"product_type": "0"}, {"model": 12}):
            response = http.post(url, json={**PRODUCT, "name": "n2", **bad})
            assert response.status_code == 400, bad
            assert response.json()["error_code"] == "SCB.00000000"
        text = http.post(url, content=b'{"name": "n3"}', headers={"Content-Type": "text/plain"})
        assert text.status_code == 400 and "media type" in text.json()["error_msg"]
    package = {
        "app_id": "a1",
        "package_type": "firmwarePackage",
        "product_id": "pr1",
        "version": "v1",
        "file_location": {"obs_location": {**OBS["obs_location"], "sign_method": None}},
    }
    with _http(iotda.testing.Fake()) as http:
        nested_null = http.post("/v5/iot/p1/ota-upgrades/packages", json=package)
    assert nested_null.status_code == 400
    assert "file_location.obs_location.sign_method" in nested_null.json()["error_msg"]


def test_enos_invalid_body_is_99400_in_band(enos: ModuleType) -> None:
    with _http(enos.testing.Fake()) as http:
        response = http.post(
            "/connect-service/v2.4/devices",
            params={"action": "search", "orgId": "o1"},
            json={"pagination": {"pageNo": "2", "pageSize": 5}},
        )
    assert response.status_code == 200
    assert response.json()["code"] == 99400 and "pageNo" in response.json()["msg"]
