"""The official Huawei SDKs (huaweicloudsdkiotda, huaweicloudsdkroma) accept ``Fake`` as
the platform: the four Huawei operations succeed with AK/SK and with derived (V11)
credentials over ``fake.serve()``, and are refused with a wrong secret key. ROMA with
derived credentials is skipped (``ROMA_DERIVED_SKIP`` says why). The resource families'
other operations through the official SDKs: test_official_sdk_lifecycle.py."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("huaweicloudsdkiotda")
pytest.importorskip("huaweicloudsdkroma")

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkiotda.v5 import (
    CreateOtaModule,
    CreateOtaModuleRequest,
    DeleteOtaPackageRequest,
    IoTDAClient,
    UpdateProvisioningTemplate,
    UpdateProvisioningTemplateRequest,
)
from huaweicloudsdkiotda.v5.region.iotda_region import IoTDARegion
from huaweicloudsdkroma.v2 import RomaClient, UpdateProductRequest, UpdateProductRequestBody

AK, SK, PROJECT = "AKEXAMPLE0001", "SKexample/+secret=", "p1"
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


def _credentials(secret: str, derived: bool) -> BasicCredentials:
    credentials = BasicCredentials(AK, secret, PROJECT)
    if derived:
        # derived signing wherever the fake is reached (the default predicate selects
        # only endpoints whose host looks like an instance endpoint)
        credentials = credentials.with_derived_predicate(lambda request: True)
    return credentials


def _iotda(base_url: str, secret: str, derived: bool) -> Any:
    builder = IoTDAClient.new_builder().with_credentials(_credentials(secret, derived))
    if derived:
        builder = builder.with_region(IoTDARegion.value_of("cn-north-4"))
    return builder.with_endpoints([base_url]).build()


def _roma(base_url: str, secret: str) -> Any:
    builder = RomaClient.new_builder().with_credentials(_credentials(secret, False))
    return builder.with_endpoints([base_url]).build()


def _calls(fake: Any) -> list[tuple[str, Callable[[Any, Any], Any], Callable[[Any], None]]]:
    def create(iotda: Any, roma: Any) -> Any:
        body = CreateOtaModule(
            app_id="61f7e74d036aca5be29e1ed4",
            product_id="5ba24f5ebbe8f56f5a14f605",
            module_name="MCU",
            alias_name="Micro Controller Unit",
        )
        return iotda.create_ota_module(CreateOtaModuleRequest(body=body))

    def check_create(response: Any) -> None:
        assert response.module_id
        assert response.module_name == "MCU"

    def delete(iotda: Any, roma: Any) -> Any:
        fake.seed("ota_packages", "pk-1")
        return iotda.delete_ota_package(DeleteOtaPackageRequest(package_id="pk-1"))

    def check_delete(response: Any) -> None:
        assert "pk-1" not in fake.store.collection("ota_packages")

    def update_template(iotda: Any, roma: Any) -> Any:
        fake.seed("provisioning_templates", "t1", {"template_name": "myTemplate"})
        body = UpdateProvisioningTemplate(description="new", template_body=TEMPLATE_BODY)
        return iotda.update_provisioning_template(
            UpdateProvisioningTemplateRequest(template_id="t1", body=body)
        )

    def check_template(response: Any) -> None:
        assert response.template_id == "t1"
        assert response.description == "new"

    def update_product(iotda: Any, roma: Any) -> Any:
        fake.seed("products", "7", {})
        body = UpdateProductRequestBody(
            name="product",
            manufacturer_id="p3",
            manufacturer_name="p3",
            model="p3",
            device_type="Default",
        )
        return roma.update_product(UpdateProductRequest(instance_id="i1", product_id=7, body=body))

    def check_product(response: Any) -> None:
        assert response.id == 7
        assert response.name == "product"

    return [
        ("CreateOtaModule", create, check_create),
        ("DeleteOtaPackage", delete, check_delete),
        ("UpdateProvisioningTemplate", update_template, check_template),
        ("UpdateProduct", update_product, check_product),
    ]


ROMA_DERIVED_SKIP = (
    "ROMA derived credentials cannot be tested: the official RomaClient registers no "
    "derived-auth service name (IoTDA's is 'iotdm'), so it refuses to sign V11 "
    "(ValueError: derivedAuthServiceName is required in credentials when using derived "
    "auth), and neither the ROMA pages nor the document (no x-derived-auth-service) name "
    "one; any name we passed would be our invention"
)


def _check_one(
    fake: Any, operation_id: str, call: Any, check: Any, good: Any, bad: Any, derived: bool
) -> None:
    fake.reset()
    check(call(*good))
    (seen,) = fake.requests
    assert seen.operation_id == operation_id
    expected = "V11-HMAC-SHA256 " if derived else "SDK-HMAC-SHA256 "
    assert seen.headers["authorization"].startswith(expected)
    fake.reset()
    with pytest.raises(ClientRequestException) as info:
        call(*bad)
    assert info.value.status_code == 401
    assert info.value.error_code == "APIGW.0301"


@pytest.mark.parametrize("derived", [False, True], ids=["aksk", "derived"])
def test_official_iotda_sdk_succeeds_and_wrong_sk_is_refused(
    packages: dict[str, ModuleType], derived: bool
) -> None:
    fake = packages["iotda"].testing.Fake(credentials={AK: SK})
    with fake.serve() as url:
        good = (_iotda(url, SK, derived), None)
        bad = (_iotda(url, "wrong", derived), None)
        calls = _calls(fake)[:3]
        for operation_id, call, check in calls:
            _check_one(fake, operation_id, call, check, good, bad, derived)
    assert [c[0] for c in calls] == [
        "CreateOtaModule",
        "DeleteOtaPackage",
        "UpdateProvisioningTemplate",
    ]


@pytest.mark.parametrize("derived", [False, True], ids=["aksk", "derived"])
def test_official_roma_sdk_succeeds_and_wrong_sk_is_refused(
    packages: dict[str, ModuleType], derived: bool
) -> None:
    if derived:
        pytest.skip(ROMA_DERIVED_SKIP)
    fake = packages["roma"].testing.Fake(credentials={AK: SK})
    with fake.serve() as url:
        good = (None, _roma(url, SK))
        bad = (None, _roma(url, "wrong"))
        ((operation_id, call, check),) = _calls(fake)[3:]
        _check_one(fake, operation_id, call, check, good, bad, derived)
