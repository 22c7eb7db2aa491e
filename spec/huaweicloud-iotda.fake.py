"""IoTDA rules (state per fake; collections ``ota_modules``, ``ota_packages``,
``provisioning_templates``).

- ``CreateOtaModule``: 201 with the stored module (new ``module_id``, ``create_time``).
  ``module_name`` is unique within a product and a product has at most 10 custom modules
  (both stated on the page). The page gives no status or code for a breach: the fake
  answers 400 with ``error_code`` ``IOTDA.014124`` (name taken) or ``IOTDA.014125``
  (limit reached); both codes are the fake's own choice.
- ``DeleteOtaPackage``: 204 and the package is gone; an unknown ``package_id`` -> 404 with
  ``error_code`` ``IOTDA.014110`` (the fake's choice). Packages cannot be created through
  the documented operations: seed them with ``fake.seed("ota_packages", package_id)``.
- ``UpdateProvisioningTemplate``: 200 with the stored template after the update
  (``description``, ``template_body``; ``update_time`` set); an unknown ``template_id`` ->
  404 with ``error_code`` ``IOTDA.014111`` (the fake's choice). Seed templates with
  ``fake.seed("provisioning_templates", template_id, {"template_name": ...})``.
- Requests that break the documented parameters or bodies: 400 (404 for
  ``DeleteOtaPackage``, which documents no 400) with ``error_code`` ``IOTDA.000006``
  (the fake's choice: the pages print no invalid-parameter example).
"""

from __future__ import annotations

import time
from typing import Any

from ._fake import Breach, FakeRequest, Reply, Rule, Store

MAX_CUSTOM_MODULES = 10
MODULE_NAME_TAKEN = "IOTDA.014124"
MODULE_LIMIT = "IOTDA.014125"
PACKAGE_NOT_FOUND = "IOTDA.014110"
TEMPLATE_NOT_FOUND = "IOTDA.014111"

#: ``error_code`` of requests that break the documented parameters or bodies.
INVALID_REQUEST_CODE = "IOTDA.000006"

SEEDABLE = ("ota_modules", "ota_packages", "provisioning_templates")


def _now() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


def create_ota_module(request: FakeRequest, store: Store) -> Reply:
    body: dict[str, Any] = request.body
    product_id = body["product_id"]
    siblings = store.in_scope("ota_modules", "product_id", product_id)
    if any(m.get("module_name") == body["module_name"] for m in siblings):
        raise Breach(
            400,
            MODULE_NAME_TAKEN,
            f"The module name {body['module_name']} already exists in product {product_id}.",
        )
    if len(siblings) >= MAX_CUSTOM_MODULES:
        raise Breach(
            400,
            MODULE_LIMIT,
            f"Product {product_id} already has {MAX_CUSTOM_MODULES} custom OTA modules.",
        )
    module_id = store.new_id("module")
    record = {"module_id": module_id, **body, "create_time": _now()}
    store.collection("ota_modules")[module_id] = record
    return Reply(201, record)


def delete_ota_package(request: FakeRequest, store: Store) -> Reply:
    package_id = request.path_params["package_id"]
    packages = store.collection("ota_packages")
    if package_id not in packages:
        raise Breach(404, PACKAGE_NOT_FOUND, f"The OTA package {package_id} does not exist.")
    del packages[package_id]
    return Reply(204)


def update_provisioning_template(request: FakeRequest, store: Store) -> Reply:
    template_id = request.path_params["template_id"]
    templates = store.collection("provisioning_templates")
    stored = templates.get(template_id)
    if stored is None:
        raise Breach(404, TEMPLATE_NOT_FOUND, f"The template {template_id} does not exist.")
    stored.update(request.body)
    stored["template_id"] = template_id
    stored.setdefault("create_time", _now())
    stored["update_time"] = _now()
    return Reply(200, stored)


RULES: dict[str, Rule] = {
    "CreateOtaModule": create_ota_module,
    "DeleteOtaPackage": delete_ota_package,
    "UpdateProvisioningTemplate": update_provisioning_template,
}
