# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
"""EnOS Connection Service rules (state per fake; collections ``devices`` by
``assetId``, ``rsa_key_pairs`` by ``orgId``). Every rule breach is answered as EnOS
does: HTTP 200 with the envelope's ``code``. Devices belong to the ``orgId`` they were
created in; other organizations do not see them.

- ``CreateDevice``: envelope code 0 with the new device's ``assetId``, ``productKey`` and
  ``deviceKey`` (generated when not given). A ``deviceKey`` that already exists in the
  product -> 11702; a product with 10,000 devices -> 11739; ``requireSecret`` true while
  the organization has no RSA key pair -> 11858 (all three stated on the page). Give an
  organization a key pair with ``fake.seed("rsa_key_pairs", "<orgId>")``; then
  ``deviceSecret`` and ``sessionKey`` are returned (placeholder "encrypted" strings).
- ``GetDevice`` (``data``: the device), ``UpdateDevice`` (a patch: fields given replace
  the stored ones; ``data`` null) and ``DeleteDevice`` (``data`` null) address a device
  by ``assetId`` or by ``productKey`` + ``deviceKey`` (the pages' rule). Neither given ->
  99400 (the envelope's invalid-arguments code); no such device in the organization ->
  11404 (the pages list no code: the fake's own choice).
- ``SearchDevice``: pages as documented: ``pagination.pageNo`` (from 1) and
  ``pageSize`` (default 1 and 10), ``data`` the devices of the page in creation order,
  ``pagination.totalSize`` all devices of the organization. ``expression`` is not
  evaluated (every device of the organization matches); ``projection`` is not applied.
- Seeding: ``fake.seed("devices", "<assetId>", {"orgId": ..., "productKey": ...,
  "deviceKey": ...})`` adds a device made elsewhere.
"""

from __future__ import annotations

import time
from typing import Any

from ._fake import Breach, FakeRequest, Reply, Rule, Store

MAX_DEVICES_PER_PRODUCT = 10_000
DEVICE_KEY_EXISTS = 11702
EXCEED_MAX_DEVICE_SIZE = 11739
PUBLIC_KEY_NOT_FOUND = 11858
INVALID_ARGUMENTS = 99400
DEVICE_NOT_FOUND = 11404

SEEDABLE = ("devices", "rsa_key_pairs")

#: Fields of a stored device that the ``Device`` schema does not have.
_PRIVATE = ("requireSecret",)


def _ok(data: Any = None, **extra: Any) -> Reply:
    return Reply(200, {"code": 0, "msg": "OK", "data": data, **extra})


def _view(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in _PRIVATE}


def _addressed(request: FakeRequest, store: Store) -> dict[str, Any]:
    """The device addressed by ``assetId`` or ``productKey`` + ``deviceKey``."""
    params = request.params
    org_id = params["orgId"]
    devices = store.collection("devices")
    if "assetId" in params:
        record = devices.get(params["assetId"])
        where = f"assetId {params['assetId']}"
    elif "productKey" in params and "deviceKey" in params:
        record = next(
            (
                d
                for d in devices.values()
                if d.get("productKey") == params["productKey"]
                and d.get("deviceKey") == params["deviceKey"]
            ),
            None,
        )
        where = f"productKey {params['productKey']} and deviceKey {params['deviceKey']}"
    else:
        raise Breach(
            200, INVALID_ARGUMENTS, "Invalid arguments: give assetId or productKey + deviceKey"
        )
    if record is None or record.get("orgId", org_id) != org_id:
        raise Breach(200, DEVICE_NOT_FOUND, f"Device not found: {where}")
    return record


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
    record = {
        **body,
        "assetId": asset_id,
        "deviceKey": device_key,
        "orgId": org_id,
        "createTime": int(time.time() * 1000),
        "status": "inactive",
    }
    store.collection("devices")[asset_id] = record
    data: dict[str, Any] = {"assetId": asset_id, "productKey": product_key, "deviceKey": device_key}
    if body.get("requireSecret"):
        data["deviceSecret"] = f"encrypted-secret-{asset_id}"
        data["sessionKey"] = f"encrypted-session-key-{asset_id}"
        record["deviceSecret"] = data["deviceSecret"]
    return _ok(data)


def get_device(request: FakeRequest, store: Store) -> Reply:
    return _ok(_view(_addressed(request, store)))


def update_device(request: FakeRequest, store: Store) -> Reply:
    _addressed(request, store).update(request.body)
    return _ok()


def delete_device(request: FakeRequest, store: Store) -> Reply:
    record = _addressed(request, store)
    devices = store.collection("devices")
    for key, stored in list(devices.items()):
        if stored is record:
            del devices[key]
    return _ok()


def search_device(request: FakeRequest, store: Store) -> Reply:
    org_id = request.params["orgId"]
    pagination = request.body.get("pagination") or {}
    page_no = int(pagination.get("pageNo", 1))
    page_size = int(pagination.get("pageSize", 10))
    records = [
        _view({"assetId": key, **d})
        for key, d in store.collection("devices").items()
        if d.get("orgId", org_id) == org_id
    ]
    start = (page_no - 1) * page_size
    page = records[start : start + page_size]
    return _ok(
        page,
        pagination={"pageNo": page_no, "pageSize": page_size, "totalSize": len(records)},
    )


RULES: dict[str, Rule] = {
    "CreateDevice": create_device,
    "GetDevice": get_device,
    "UpdateDevice": update_device,
    "DeleteDevice": delete_device,
    "SearchDevice": search_device,
}

#: Statements the package README runs before its example call (a device to read).
README_SETUP: tuple[str, ...] = (
    'fake.seed("devices", "yourAssetId", {"orgId": "yourOrgId", "deviceKey": "yourDeviceKey"})',
)
#: The README's "Testing your code" call: (operationId, call); the general demo call
#: (``get_device`` without an address) is refused by the page's addressing rule.
README_CALL: tuple[str, str] = (
    "GetDevice",
    'client.get_device(org_id="yourOrgId", asset_id="yourAssetId")',
)
