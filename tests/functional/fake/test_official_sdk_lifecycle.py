"""The official SDKs walk every resource family of ``Fake`` over ``fake.serve()``:
create -> list -> show -> (update) -> delete -> unknown id, signed with AK/SK and (IoTDA)
with derived V11 credentials, reading the fake's answers with their own models."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("huaweicloudsdkiotda")
pytest.importorskip("huaweicloudsdkroma")

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkiotda.v5 import (
    CreateOtaModule,
    CreateOtaModuleRequest,
    CreateOtaPackage,
    CreateOtaPackageRequest,
    CreateProvisioningTemplate,
    CreateProvisioningTemplateRequest,
    DeleteOtaModuleRequest,
    DeleteOtaPackageRequest,
    DeleteProvisioningTemplateRequest,
    FileLocation,
    ListOtaModulesRequest,
    ListOtaPackageInfoRequest,
    ListProvisioningTemplatesRequest,
    ObsLocation,
    ShowOtaModuleRequest,
    ShowOtaPackageRequest,
    ShowProvisioningTemplateRequest,
    UpdateOtaModule,
    UpdateOtaModuleRequest,
)
from huaweicloudsdkroma.v2 import (
    CreateProductRequest,
    CreateProductRequestBody,
    DeleteProductRequest,
    ListProductsRequest,
    ShowProductRequest,
)

from tests.functional.fake.test_official_sdk import (
    AK,
    ROMA_DERIVED_SKIP,
    SK,
    TEMPLATE_BODY,
    _iotda,
    _roma,
)

APP = "61f7e74d036aca5be29e1ed4"
PRODUCT = "5ba24f5ebbe8f56f5a14f605"


def _not_found(call: Any, code: str) -> None:
    with pytest.raises(ClientRequestException) as info:
        call()
    assert (info.value.status_code, info.value.error_code) == (404, code)


@pytest.mark.parametrize("derived", [False, True], ids=["aksk", "derived"])
def test_iotda_sdk_walks_modules_packages_templates(
    packages: dict[str, ModuleType], derived: bool
) -> None:
    fake = packages["iotda"].testing.Fake(credentials={AK: SK})
    with fake.serve() as url:
        sdk = _iotda(url, SK, derived)
        # OTA modules
        module = sdk.create_ota_module(
            CreateOtaModuleRequest(
                body=CreateOtaModule(
                    app_id=APP, product_id=PRODUCT, module_name="MCU", alias_name="MCU one"
                )
            )
        )
        listed = sdk.list_ota_modules(ListOtaModulesRequest(app_id=APP, limit=5))
        assert [m.module_id for m in listed.modules] == [module.module_id]
        assert listed.page.count == 1 and listed.page.marker == module.module_id
        shown = sdk.show_ota_module(ShowOtaModuleRequest(module_id=module.module_id))
        assert shown.module_name == "MCU"
        updated = sdk.update_ota_module(
            UpdateOtaModuleRequest(
                module_id=module.module_id, body=UpdateOtaModule(alias_name="New alias")
            )
        )
        assert updated.alias_name == "New alias"
        sdk.delete_ota_module(DeleteOtaModuleRequest(module_id=module.module_id))
        _not_found(
            lambda: sdk.show_ota_module(ShowOtaModuleRequest(module_id=module.module_id)),
            "IOTDA.014112",
        )
        # OTA packages
        obs = ObsLocation(region_name="cn-north-4", bucket_name="bkt", object_key="f.bin")
        package = sdk.create_ota_package(
            CreateOtaPackageRequest(
                body=CreateOtaPackage(
                    app_id=APP,
                    package_type="firmwarePackage",
                    product_id=PRODUCT,
                    version="v2.0",
                    file_location=FileLocation(obs_location=obs),
                )
            )
        )
        packages_page = sdk.list_ota_package_info(
            ListOtaPackageInfoRequest(package_type="firmwarePackage")
        )
        assert [p.package_id for p in packages_page.packages] == [package.package_id]
        shown_package = sdk.show_ota_package(ShowOtaPackageRequest(package_id=package.package_id))
        assert shown_package.file_location.obs_location.bucket_name == "bkt"
        sdk.delete_ota_package(DeleteOtaPackageRequest(package_id=package.package_id))
        _not_found(
            lambda: sdk.show_ota_package(ShowOtaPackageRequest(package_id=package.package_id)),
            "IOTDA.014110",
        )
        # pre-provisioning templates
        template = sdk.create_provisioning_template(
            CreateProvisioningTemplateRequest(
                body=CreateProvisioningTemplate(
                    template_name="tpl1", description="first", template_body=TEMPLATE_BODY
                )
            )
        )
        templates = sdk.list_provisioning_templates(ListProvisioningTemplatesRequest())
        assert [t.template_id for t in templates.templates] == [template.template_id]
        shown_template = sdk.show_provisioning_template(
            ShowProvisioningTemplateRequest(template_id=template.template_id)
        )
        assert shown_template.template_name == "tpl1"
        sdk.delete_provisioning_template(
            DeleteProvisioningTemplateRequest(template_id=template.template_id)
        )
        _not_found(
            lambda: sdk.show_provisioning_template(
                ShowProvisioningTemplateRequest(template_id=template.template_id)
            ),
            "IOTDA.014111",
        )
    scheme = "V11-HMAC-SHA256 " if derived else "SDK-HMAC-SHA256 "
    assert len(fake.requests) == 16  # 6 module, 5 package and 5 template calls
    assert [r.answered for r in fake.requests].count(404) == 3
    assert all(r.headers["authorization"].startswith(scheme) for r in fake.requests)


@pytest.mark.parametrize("derived", [False, True], ids=["aksk", "derived"])
def test_roma_sdk_walks_products(packages: dict[str, ModuleType], derived: bool) -> None:
    if derived:
        pytest.skip(ROMA_DERIVED_SKIP)
    fake = packages["roma"].testing.Fake(credentials={AK: SK})
    with fake.serve() as url:
        sdk = _roma(url, SK)
        body = CreateProductRequestBody(
            app_id="app1",
            name="prod1",
            manufacturer_id="m1",
            manufacturer_name="maker",
            model="mo",
            product_type=0,
            protocol_type=0,
        )
        created = sdk.create_product(CreateProductRequest(instance_id="i1", body=body))
        assert created.id == 1 and created.name == "prod1"
        listed = sdk.list_products(ListProductsRequest(instance_id="i1", limit=5))
        assert listed.total == 1 and [p.id for p in listed.items] == [1]
        shown = sdk.show_product(ShowProductRequest(instance_id="i1", product_id=1))
        assert shown.manufacturer_name == "maker"
        sdk.delete_product(DeleteProductRequest(instance_id="i1", product_id=1))
        _not_found(
            lambda: sdk.show_product(ShowProductRequest(instance_id="i1", product_id=1)),
            "ROMA.00110006",
        )
    assert len(fake.requests) == 5
