"""ROMA Connect LINK rules (state per fake; collection ``products``). One fake is one
project and one instance: ``project_id`` and ``instance_id`` are validated but do not
separate records.

- ``CreateProduct``: 201 with the stored product (new integer ``id`` from 1,
  ``product_serial``, ``created_datetime`` and ``last_updated_datetime`` in epoch
  milliseconds). The product ``name`` is unique within the tenant (stated on the page);
  the page gives no status or code for a second product of the same name: the fake
  answers 400 with ``error_code`` ``ROMA.00110005`` (the fake's choice).
- ``ListProducts``: ``offset``/``limit`` pages (default 10) in creation order with
  ``total`` (all matching products) and ``size`` (this page); the query filters
  (``app_id``, ``id``, ``name``, ``manufacturer_id``, ``manufacturer_name``, ``model``,
  ``device_type``, ``product_type``, ``protocol_type``, ``product_serial``, ``app_name``)
  select equal fields; the ``created_*`` filters are not applied.
- ``ShowProduct`` (200) / ``UpdateProduct`` (200 with the stored product after the
  update) / ``DeleteProduct`` (204): an unknown ``product_id`` -> 404 with the page's
  body (``error_code`` ``ROMA.00110006``, "The resource does not exist. Check whether
  the resource ID ... is correct.").
- Seeding: ``fake.seed("products", "<product_id>", {"name": ...})`` (the id as text)
  adds a product made elsewhere (e.g. in the console).
- Requests that break the documented parameters or bodies: 400 with ``error_code``
  ``SCB.00000000``, the code of the page's own invalid-parameter example.
"""

from __future__ import annotations

import time
from typing import Any

from ._fake import Breach, FakeRequest, Reply, Rule, Store

RESOURCE_NOT_FOUND = "ROMA.00110006"
NAME_TAKEN = "ROMA.00110005"

#: ``error_code`` of requests that break the documented parameters or bodies.
INVALID_REQUEST_CODE = "SCB.00000000"

SEEDABLE = ("products",)

_FILTERS = (
    "app_id",
    "id",
    "name",
    "manufacturer_id",
    "manufacturer_name",
    "model",
    "device_type",
    "product_type",
    "protocol_type",
    "product_serial",
    "app_name",
)


def _now_ms() -> int:
    return int(time.time() * 1000)


def _stored(request: FakeRequest, store: Store) -> dict[str, Any]:
    product_id = request.path_params["product_id"]
    stored = store.collection("products").get(str(int(product_id)))
    if stored is None:
        raise Breach(
            404,
            RESOURCE_NOT_FOUND,
            f"The resource does not exist. Check whether the resource ID {product_id} is correct.",
        )
    stored["id"] = int(product_id)
    return stored


def create_product(request: FakeRequest, store: Store) -> Reply:
    body: dict[str, Any] = request.body
    products = store.collection("products")
    if any(p.get("name") == body["name"] for p in products.values()):
        raise Breach(400, NAME_TAKEN, f"The product name {body['name']} already exists.")
    number = 1 + max((int(key) for key in products if key.isdigit()), default=0)
    now = _now_ms()
    record = {
        "id": number,
        "product_serial": f"{number:016d}",
        "device_type": "Default",
        **body,
        "created_datetime": now,
        "last_updated_datetime": now,
    }
    products[str(number)] = record
    return Reply(201, record)


def list_products(request: FakeRequest, store: Store) -> Reply:
    records = []
    for key, record in store.collection("products").items():
        record.setdefault("id", int(key) if key.isdigit() else 0)
        if all(
            str(record.get(name)) == str(request.params[name])
            for name in _FILTERS
            if name in request.params
        ):
            records.append(record)
    offset = int(request.params.get("offset", 0))
    limit = int(request.params.get("limit", 10))
    page = records[offset : offset + limit]
    return Reply(200, {"total": len(records), "size": len(page), "items": page})


def show_product(request: FakeRequest, store: Store) -> Reply:
    return Reply(200, _stored(request, store))


def update_product(request: FakeRequest, store: Store) -> Reply:
    stored = _stored(request, store)
    stored.update(request.body)
    stored["last_updated_datetime"] = _now_ms()
    return Reply(200, stored)


def delete_product(request: FakeRequest, store: Store) -> Reply:
    stored = _stored(request, store)
    del store.collection("products")[str(stored["id"])]
    return Reply(204)


RULES: dict[str, Rule] = {
    "CreateProduct": create_product,
    "ListProducts": list_products,
    "ShowProduct": show_product,
    "UpdateProduct": update_product,
    "DeleteProduct": delete_product,
}

#: Statements the package README runs before its example call (the example's product).
README_SETUP: tuple[str, ...] = ('fake.seed("products", "1")',)
