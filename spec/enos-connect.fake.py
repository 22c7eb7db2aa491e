"""EnOS Connection Service rules (state per fake; collections ``devices``,
``rsa_key_pairs``). Every rule breach is answered as EnOS does: HTTP 200 with the
envelope's ``code``.

- ``CreateDevice``: envelope code 0 with the new device's ``assetId``, ``productKey`` and
  ``deviceKey`` (generated when not given). A ``deviceKey`` that already exists in the
  product -> 11702; a product with 10,000 devices -> 11739; ``requireSecret`` true while
  the organization has no RSA key pair -> 11858 (all three stated on the page). Give an
  organization a key pair with ``fake.seed("rsa_key_pairs", "<orgId>")``; then
  ``deviceSecret`` and ``sessionKey`` are returned (placeholder "encrypted" strings).
"""

from __future__ import annotations

from typing import Any

from ._fake import Breach, FakeRequest, Reply, Rule, Store

MAX_DEVICES_PER_PRODUCT = 10_000
DEVICE_KEY_EXISTS = 11702
EXCEED_MAX_DEVICE_SIZE = 11739
PUBLIC_KEY_NOT_FOUND = 11858

SEEDABLE = ("devices", "rsa_key_pairs")


def create_device(request: FakeRequest, store: Store) -> Reply:
    body: dict[str, Any] = request.body
    org_id = str(request.params.get("orgId", ""))
    product_key = body["productKey"]
    siblings = store.in_scope("devices", "productKey", product_key)
    device_key = body.get("deviceKey")
    if device_key is not None and any(d.get("deviceKey") == device_key for d in siblings):
        raise Breach(200, DEVICE_KEY_EXISTS, "DeviceKey existed")
    if len(siblings) >= MAX_DEVICES_PER_PRODUCT:
        raise Breach(200, EXCEED_MAX_DEVICE_SIZE, "Exceed max device size")
    if body.get("requireSecret") and org_id not in store.collection("rsa_key_pairs"):
        raise Breach(200, PUBLIC_KEY_NOT_FOUND, "Unable to find public key")
    asset_id = store.new_id("asset")
    if device_key is None:
        device_key = store.new_id("device")
    record = {**body, "assetId": asset_id, "deviceKey": device_key, "orgId": org_id}
    store.collection("devices")[asset_id] = record
    data: dict[str, Any] = {"assetId": asset_id, "productKey": product_key, "deviceKey": device_key}
    if body.get("requireSecret"):
        data["deviceSecret"] = f"encrypted-secret-{asset_id}"
        data["sessionKey"] = f"encrypted-session-key-{asset_id}"
    return Reply(200, {"code": 0, "msg": "OK", "data": data})


RULES: dict[str, Rule] = {"CreateDevice": create_device}

#: Statements the package README runs before its example call (it asks for secrets).
README_SETUP: tuple[str, ...] = ('fake.seed("rsa_key_pairs", "yourOrgId")',)
