"""IoTDA rules (state per fake; collections ``ota_modules``, ``ota_packages``,
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

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ._fake import (
    Breach,
    FakeRequest,
    Reply,
    Rule,
    Store,
    marker_page,
    not_found,
)

MAX_CUSTOM_MODULES = 10
MODULE_NAME_TAKEN = "IOTDA.014124"
MODULE_LIMIT = "IOTDA.014125"
PACKAGE_NOT_FOUND = "IOTDA.014110"
TEMPLATE_NOT_FOUND = "IOTDA.014111"
MODULE_NOT_FOUND = "IOTDA.014112"

#: ``error_code`` of requests that break the documented parameters or bodies.
INVALID_REQUEST_CODE = "IOTDA.000006"

SEEDABLE = ("ota_modules", "ota_packages", "provisioning_templates")

_MISSING = {
    "ota_modules": not_found(404, MODULE_NOT_FOUND, "The OTA module {id} does not exist."),
    "ota_packages": not_found(404, PACKAGE_NOT_FOUND, "The OTA package {id} does not exist."),
    "provisioning_templates": not_found(
        404, TEMPLATE_NOT_FOUND, "The template {id} does not exist."
    ),
}
_ID_FIELD = {
    "ota_modules": "module_id",
    "ota_packages": "package_id",
    "provisioning_templates": "template_id",
}


def _now() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


def _stored(request: FakeRequest, store: Store, collection: str) -> dict[str, Any]:
    """The record addressed by the path (server-side fields filled for seeded ones)."""
    id_field = _ID_FIELD[collection]
    key = request.path_params[id_field]
    record = store.collection(collection).get(key)
    if record is None:
        raise _MISSING[collection](key)
    record.setdefault(id_field, key)
    record.setdefault("create_time", _now())
    return record


def _create(collection: str, extra: Callable[[], dict[str, Any]] | None = None) -> Rule:
    def rule(request: FakeRequest, store: Store) -> Reply:
        key = store.new_hex_id()
        now = _now()
        record = {_ID_FIELD[collection]: key, **request.body, "create_time": now}
        record.update(extra() if extra else {})
        store.collection(collection)[key] = record
        return Reply(201, record)

    return rule


def _show(collection: str) -> Rule:
    def rule(request: FakeRequest, store: Store) -> Reply:
        return Reply(200, _stored(request, store, collection))

    return rule


def _update(collection: str, stamp: Callable[[], dict[str, Any]] | None = None) -> Rule:
    def rule(request: FakeRequest, store: Store) -> Reply:
        record = _stored(request, store, collection)
        record.update(request.body)
        record.update(stamp() if stamp else {})
        return Reply(200, record)

    return rule


def _delete(collection: str) -> Rule:
    def rule(request: FakeRequest, store: Store) -> Reply:
        _stored(request, store, collection)
        del store.collection(collection)[request.path_params[_ID_FIELD[collection]]]
        return Reply(204)

    return rule


def _list(
    collection: str,
    items_field: str,
    filters: tuple[str, ...],
    view: Callable[[dict[str, Any]], dict[str, Any]] = dict,
) -> Rule:
    id_field = _ID_FIELD[collection]

    def rule(request: FakeRequest, store: Store) -> Reply:
        records = []
        for key, record in store.collection(collection).items():
            record.setdefault(id_field, key)
            if all(
                record.get(name) == request.params[name]
                for name in filters
                if name in request.params
            ):
                records.append(record)
        page, marker = marker_page(
            records,
            id_field,
            limit=int(request.params.get("limit", 10)),
            marker=request.params.get("marker"),
            offset=int(request.params.get("offset", 0)),
        )
        info: dict[str, Any] = {"count": len(records)}
        if marker is not None:
            info["marker"] = marker
        return Reply(200, {items_field: [view(r) for r in page], "page": info})

    return rule


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
    return _create("ota_modules")(request, store)


def _package_summary(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "file_location"}


def _template_summary(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "template_body"}


def _template_stamp() -> dict[str, Any]:
    return {"update_time": _now()}


RULES: dict[str, Rule] = {
    "CreateOtaModule": create_ota_module,
    "ListOtaModules": _list("ota_modules", "modules", ("app_id", "product_id")),
    "ShowOtaModule": _show("ota_modules"),
    "UpdateOtaModule": _update("ota_modules"),
    "DeleteOtaModule": _delete("ota_modules"),
    "CreateOtaPackage": _create("ota_packages"),
    "ListOtaPackageInfo": _list(
        "ota_packages",
        "packages",
        ("app_id", "package_type", "product_id", "version"),
        _package_summary,
    ),
    "ShowOtaPackage": _show("ota_packages"),
    "DeleteOtaPackage": _delete("ota_packages"),
    "CreateProvisioningTemplate": _create("provisioning_templates", _template_stamp),
    "ListProvisioningTemplates": _list(
        "provisioning_templates", "templates", ("template_name",), _template_summary
    ),
    "ShowProvisioningTemplate": _show("provisioning_templates"),
    "UpdateProvisioningTemplate": _update("provisioning_templates", _template_stamp),
    "DeleteProvisioningTemplate": _delete("provisioning_templates"),
}
