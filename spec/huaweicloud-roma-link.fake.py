"""ROMA Connect LINK rules (state per fake; collection ``products``).

- ``UpdateProduct``: 200 with the stored product after the update; an unknown
  ``product_id`` -> 404 with the page's body (``error_code`` ``ROMA.00110006``, "The
  resource does not exist. Check whether the resource ID ... is correct."). Products
  cannot be created through the documented operations: seed them with
  ``fake.seed("products", "<product_id>", {"name": ...})`` (the id as text).
- Requests that break the documented parameters or bodies: 400 with ``error_code``
  ``SCB.00000000``, the code of the page's own invalid-parameter example.
"""

from __future__ import annotations

from typing import Any

from ._fake import Breach, FakeRequest, Reply, Rule, Store

RESOURCE_NOT_FOUND = "ROMA.00110006"

#: ``error_code`` of requests that break the documented parameters or bodies.
INVALID_REQUEST_CODE = "SCB.00000000"

SEEDABLE = ("products",)


def update_product(request: FakeRequest, store: Store) -> Reply:
    product_id = request.path_params["product_id"]
    products = store.collection("products")
    stored = products.get(product_id)
    if stored is None:
        raise Breach(
            404,
            RESOURCE_NOT_FOUND,
            "The resource does not exist. Check whether the resource ID "
            f"{product_id} is correct.",
        )
    body: dict[str, Any] = request.body
    stored.update(body)
    stored["id"] = int(product_id)
    return Reply(200, stored)


RULES: dict[str, Rule] = {"UpdateProduct": update_product}

#: Statements the package README runs before its example call (the example's product).
README_SETUP: tuple[str, ...] = ('fake.seed("products", "1")',)
