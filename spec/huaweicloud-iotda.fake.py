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

from ._fake import (
    Breach,
    FakeRequest,
    Reply,
    Rule,
    Store,
    delete_rule,
    not_found,
    update_rule,
)

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


delete_ota_package = delete_rule(
    "ota_packages",
    "package_id",
    not_found(404, PACKAGE_NOT_FOUND, "The OTA package {id} does not exist."),
)


def _template_stamp() -> dict[str, Any]:
    return {"update_time": _now()}


_update_template = update_rule(
    "provisioning_templates",
    "template_id",
    not_found(404, TEMPLATE_NOT_FOUND, "The template {id} does not exist."),
    stamp=_template_stamp,
)


def update_provisioning_template(request: FakeRequest, store: Store) -> Reply:
    template_id = request.path_params["template_id"]
    stored = store.collection("provisioning_templates").get(template_id)
    if stored is not None:  # seeded records may lack the server-side fields
        stored.setdefault("template_id", template_id)
        stored.setdefault("create_time", _now())
    return _update_template(request, store)


RULES: dict[str, Rule] = {
    "CreateOtaModule": create_ota_module,
    "DeleteOtaPackage": delete_ota_package,
    "UpdateProvisioningTemplate": update_provisioning_template,
}
