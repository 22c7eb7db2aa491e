# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
"""Testing support for Huawei Cloud IoTDA (IoT Device Access) application-side API: :class:`Fake`."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from . import _fake_rules
from ._client import AsyncClient, Client
from ._fake import Breach, FakeBase, FakeRequest, Reply, Rule, Store, serve_main
from ._fake_huawei import verify_signature as _verify_signature
from ._operations import OPERATIONS

__all__ = ["Breach", "Fake", "FakeRequest", "Reply", "Rule", "Store"]

#: operationId -> (status, JSON text) of the document's success example ("" when none).
EXAMPLES: dict[str, tuple[str, str]] = {
    "ListOtaModules": (
        "200",
        '{"modules": [{"module_id": "28f61af50fc9452aa0ed5ea25c3cc3d3", "app_id": "61f7e74d036aca5be29e1ed4", "product_id": "5ba24f5ebbe8f56f5a14f605", "product_name": "Thermometer", "module_name": "MCU", "alias_name": "Micro Controller Unit", "description": "Microcontroller unit firmware module.", "create_time": "20230211T121212Z"}], "page": {"count": 1, "marker": "5c8ba7e8e0e8a00a3a4b6b6c"}}',
    ),
    "CreateOtaModule": (
        "201",
        '{"module_id": "28f61af50fc9452aa0ed5ea25c3cc3d3", "app_id": "61f7e74d036aca5be29e1ed4", "product_id": "5ba24f5ebbe8f56f5a14f605", "product_name": "Thermometer", "module_name": "MCU", "alias_name": "Micro Controller Unit", "description": "Microcontroller unit firmware module.", "create_time": "20230211T121212Z"}',
    ),
    "ShowOtaModule": (
        "200",
        '{"module_id": "28f61af50fc9452aa0ed5ea25c3cc3d3", "app_id": "61f7e74d036aca5be29e1ed4", "product_id": "5ba24f5ebbe8f56f5a14f605", "product_name": "Thermometer", "module_name": "MCU", "alias_name": "Micro Controller Unit", "description": "Microcontroller unit firmware module.", "create_time": "20230211T121212Z"}',
    ),
    "UpdateOtaModule": (
        "200",
        '{"module_id": "28f61af50fc9452aa0ed5ea25c3cc3d3", "app_id": "61f7e74d036aca5be29e1ed4", "product_id": "5ba24f5ebbe8f56f5a14f605", "product_name": "Thermometer", "module_name": "MCU", "alias_name": "MCU-v2", "description": "Firmware of the second-generation microcontroller.", "create_time": "20230211T121212Z"}',
    ),
    "DeleteOtaModule": ("204", ""),
    "ListOtaPackageInfo": (
        "200",
        '{"packages": [{"package_id": "5da4a8c2ea5cd8cf8c2f0a7e", "app_id": "61f7e74d036aca5be29e1ed4", "package_type": "firmwarePackage", "product_id": "5ba24f5ebbe8f56f5a14f605", "product_name": "Thermometer", "version": "v2.0", "support_source_versions": ["v1.0"], "description": "Firmware 2.0 for the thermometer.", "custom_info": "reboot-after-upgrade", "create_time": "20230211T121212Z"}], "page": {"count": 1, "marker": "5da4a8c2ea5cd8cf8c2f0a7e"}}',
    ),
    "CreateOtaPackage": (
        "201",
        '{"package_id": "5da4a8c2ea5cd8cf8c2f0a7e", "app_id": "61f7e74d036aca5be29e1ed4", "package_type": "firmwarePackage", "product_id": "5ba24f5ebbe8f56f5a14f605", "product_name": "Thermometer", "version": "v2.0", "support_source_versions": ["v1.0", "v1.1"], "description": "Firmware 2.0 for the thermometer.", "custom_info": "reboot-after-upgrade", "create_time": "20230211T121212Z", "file_location": {"obs_location": {"region_name": "cn-north-4", "bucket_name": "my-firmware-bucket", "object_key": "thermometer/firmware-v2.0.bin", "sign_method": "SHA256", "sign": "4d1c6c1f0e7b8f3a5e9d2c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f"}}}',
    ),
    "ShowOtaPackage": (
        "200",
        '{"package_id": "5da4a8c2ea5cd8cf8c2f0a7e", "app_id": "61f7e74d036aca5be29e1ed4", "package_type": "firmwarePackage", "product_id": "5ba24f5ebbe8f56f5a14f605", "product_name": "Thermometer", "version": "v2.0", "support_source_versions": ["v1.0"], "description": "Firmware 2.0 for the thermometer.", "custom_info": "reboot-after-upgrade", "create_time": "20230211T121212Z", "file_location": {"obs_location": {"region_name": "cn-north-4", "bucket_name": "my-firmware-bucket", "object_key": "thermometer/firmware-v2.0.bin", "sign_method": "SHA256", "sign": "4d1c6c1f0e7b8f3a5e9d2c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f"}}}',
    ),
    "DeleteOtaPackage": ("204", ""),
    "ListProvisioningTemplates": (
        "200",
        '{"templates": [{"template_id": "5c90fa7d3c4e4405e8525079", "template_name": "myTemplate", "description": "myTemplate", "create_time": "20230810T070547Z", "update_time": "20230810T070547Z"}], "page": {"count": 1, "marker": "5c90fa7d3c4e4405e8525079"}}',
    ),
    "CreateProvisioningTemplate": (
        "201",
        '{"template_id": "5c90fa7d3c4e4405e8525079", "template_name": "myTemplate", "description": "myTemplate", "template_body": {"parameters": {"iotda::certificate::organization": {"type": "String"}, "iotda::certificate::common_name": {"type": "String"}}, "resources": {"device": {"device_name": {"ref": "iotda::certificate::organization"}, "node_id": {"ref": "iotda::certificate::common_name"}, "product_id": "642bf260f2f9030e44210d8d"}}}, "create_time": "20230810T070547Z", "update_time": "20230810T070547Z"}',
    ),
    "ShowProvisioningTemplate": (
        "200",
        '{"template_id": "5c90fa7d3c4e4405e8525079", "template_name": "myTemplate", "description": "myTemplate", "template_body": {"parameters": {"iotda::certificate::common_name": {"type": "String"}}, "resources": {"device": {"node_id": {"ref": "iotda::certificate::common_name"}, "product_id": "642bf260f2f9030e44210d8d"}}}, "create_time": "20230810T070547Z", "update_time": "20230810T070547Z"}',
    ),
    "UpdateProvisioningTemplate": (
        "200",
        '{"template_id": "5c90fa7d3c4e4405e8525079", "template_name": "myTemplate", "description": "myTemplate", "template_body": {"parameters": {"iotda::certificate::country": {"type": "String"}, "iotda::certificate::organization": {"type": "String"}, "iotda::certificate::organizational_unit": {"type": "String"}, "iotda::certificate::distinguished_name_qualifier": {"type": "String"}, "iotda::certificate::state_name": {"type": "String"}, "iotda::certificate::common_name": {"type": "String"}, "iotda::certificate::serial_number": {"type": "String"}}, "resources": {"device": {"device_name": {"ref": "iotda::certificate::organization"}, "node_id": {"ref": "iotda::certificate::common_name"}, "product_id": {"ref": "iotda::certificate::organization"}}, "policy": {"policy_ids": ["5c90fa7d3c4e4405e8525079"]}}}, "create_time": "20230810T070547Z", "update_time": "20230810T070547Z"}',
    ),
    "DeleteProvisioningTemplate": ("204", ""),
}


class Fake(FakeBase[Client, AsyncClient]):
    """A stateful fake of Huawei Cloud IoTDA (IoT Device Access) application-side API v5
    for tests.

    ``Fake(credentials=..., tokens=...)`` accepts the given access keys (AK -> SK) and
    tokens; with neither, authentication is not checked. ``fake.client()`` and
    ``fake.async_client()`` are clients wired to it in memory, ``fake.serve()`` serves
    it over HTTP on 127.0.0.1, ``python -m iotda_client.testing --port N`` runs it
    standalone.

    Answers the fake chooses where the document says nothing: invalid parameters or
    bodies -> 400 (or the operation's documented 404, 422 or 403 when it documents no
    400) with ``error_code``, ``error_msg``, ``request_id``; a refused signature or
    token -> 401 (``APIGW.0301`` on Huawei documents); an unknown path -> 404, a known
    path with another method -> 405 with ``Allow`` (the methods of the document's path
    key: actions sharing one path are told apart by their one-value query parameter);
    every answer has ``X-Request-Id``. Requests are checked as strictly as the client
    checks its arguments.

    AK/SK signatures (``SDK-HMAC-SHA256`` and derived ``V11-HMAC-SHA256``) are
    recomputed and refused for an unknown access key, a wrong signature, an
    ``X-Sdk-Date`` more than 15 minutes away, or ``host``/``x-sdk-date`` unsigned.

    IAM's ``POST /v3/auth/tokens`` (password method) is served too, checked against
    ``credentials`` as user name -> password, so ``HuaweiIAMTokenAuth`` with
    ``iam_endpoint`` set to the fake's URL works; issued tokens are accepted in
    ``X-Auth-Token``.

    Platform rules:

    IoTDA rules (state per fake; collections ``ota_modules``, ``ota_packages``,
    ``provisioning_templates``). One fake is one project and one instance: ``project_id``
    and ``Instance-Id`` are validated but do not separate records.

    - ``CreateOtaModule``: 201 with the stored module (new 24-digit hexadecimal
      ``module_id``, ``create_time``). ``module_name`` is unique within a product and a
      product has at most 10 custom modules (both stated on the page). The page gives no
      status or code for a breach: the fake answers 400 with ``error_code`` ``IOTDA.014124``
      (name taken) or ``IOTDA.014125`` (limit reached); both codes are the fake's own choice.
    - ``ListOtaModules``, ``ListOtaPackageInfo``, ``ListProvisioningTemplates``: pages as
      the pages describe them: newest first (descending id), only ids below ``marker``,
      ``offset`` skipped, at most ``limit`` (default 10); ``page.marker`` is the id of the
      page's last record and ``page.count`` the number of matching records over all pages.
      The query filters (``app_id``, ``product_id``; ``package_type``, ``version``;
      ``template_name``) select records with equal fields. Listed packages come without
      ``file_location`` and listed templates without ``template_body``, as documented.
    - ``ShowOtaModule`` / ``UpdateOtaModule`` (``alias_name``, ``description``) /
      ``DeleteOtaModule`` (204): an unknown ``module_id`` -> 404 with ``error_code``
      ``IOTDA.014112`` (the fake's choice).
    - ``CreateOtaPackage``: 201 with the stored package (new ``package_id``,
      ``create_time``). ``ShowOtaPackage`` / ``DeleteOtaPackage`` (204): an unknown
      ``package_id`` -> 404 with ``error_code`` ``IOTDA.014110`` (the fake's choice).
    - ``CreateProvisioningTemplate``: 201 with the stored template (new ``template_id``,
      ``create_time``, ``update_time``). ``ShowProvisioningTemplate`` /
      ``UpdateProvisioningTemplate`` (200 with the stored template after the update of
      ``description``, ``template_body``; ``update_time`` set) /
      ``DeleteProvisioningTemplate`` (204): an unknown ``template_id`` -> 404 with
      ``error_code`` ``IOTDA.014111`` (the fake's choice).
    - Seeding: ``fake.seed("ota_modules" | "ota_packages" | "provisioning_templates", id,
      {...})`` adds a record as if it had been created (records made elsewhere, e.g. in the
      console); missing server-side fields (id, times) are filled when it is read.
    - Requests that break the documented parameters or bodies: 400 (404 for
      ``DeleteOtaPackage``, which documents no 400) with ``error_code`` ``IOTDA.000006``
      (the fake's choice: the pages print no invalid-parameter example).
    """

    operations: ClassVar[Any] = OPERATIONS
    examples: ClassVar[Any] = EXAMPLES
    rules: ClassVar[Any] = _fake_rules.RULES
    seedable: ClassVar[tuple[str, ...]] = _fake_rules.SEEDABLE
    invalid_request_code: ClassVar[str | None] = getattr(_fake_rules, "INVALID_REQUEST_CODE", None)
    token_headers: ClassVar[tuple[str, ...]] = ("X-Auth-Token",)
    signs: ClassVar[bool] = True
    enos_token_service: ClassVar[bool] = False
    iam_token_service: ClassVar[bool] = True
    client_class: ClassVar[Any] = Client
    async_client_class: ClassVar[Any] = AsyncClient

    def verify_signature(self, request: httpx.Request) -> str | None:
        """``None`` when the AK/SK signature of ``request`` is valid, else why not."""
        return _verify_signature(request, self.credentials)


if __name__ == "__main__":
    serve_main(Fake, "iotda_client")
