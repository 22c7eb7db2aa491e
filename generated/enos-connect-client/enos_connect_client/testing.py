# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
"""Testing support for EnOS Connection Service API: :class:`Fake`."""

from __future__ import annotations

from typing import Any, ClassVar

from . import _fake_rules
from ._client import AsyncClient, Client
from ._fake import Breach, FakeBase, FakeRequest, Reply, Rule, Store, serve_main
from ._operations import OPERATIONS

__all__ = ["Breach", "Fake", "FakeRequest", "Reply", "Rule", "Store"]

#: operationId -> (status, JSON text) of the document's success example ("" when none).
EXAMPLES: dict[str, tuple[str, str]] = {
    "GetDevice": (
        "200",
        '{"code": 0, "msg": "OK", "requestId": "835a5cc4-4487-4bf2-961a-55bc0ee77d02", "data": {"orgId": "yourOrgId", "assetId": "9HhK0YxX", "modelId": "abc-test", "modelIdPath": "/abc-test", "productKey": "yourProductKey", "productName": {"defaultValue": "abc-pk", "i18nValue": {}}, "productType": "Device", "dataFormat": "Json", "deviceKey": "yourDeviceKey", "deviceName": {"defaultValue": "testforname", "i18nValue": {}}, "deviceSecret": "yourDeviceSecret", "deviceDesc": "test for undatedevice", "timezone": "+08:00", "deviceAttributes": {"int11": 617}, "deviceTags": {"test": "test for tags"}, "createTime": 1557905107199, "status": "offline", "activeTime": 1557909526473, "lastOnlineTime": 1560743931658, "lastOfflineTime": 1560744111658, "measurepointLastUpdate": 1565875705704, "eventLastUpdate": 1565875705856, "attributeLastUpdate": 1547793776699, "featureLastUpdate": 1565875705856}}',
    ),
    "CreateDevice": (
        "200",
        '{"code": 0, "msg": "OK", "requestId": "fd79d0f5-69c5-4fa8-add4-69f5ca1b635f", "data": {"assetId": "Uvmm5AXU", "productKey": "yourProductKey", "deviceKey": "yourDeviceKey", "deviceSecret": "EncryptedDeviceSecret", "sessionKey": "EncryptedSessionKey"}}',
    ),
    "UpdateDevice": (
        "200",
        '{"code": 0, "msg": "OK", "requestId": "0d61752e-0633-4846-abb1-b6fb39801a5f", "data": null}',
    ),
    "SearchDevice": (
        "200",
        '{"code": 0, "msg": "OK", "requestId": "59ecd409-7baa-4726-ba10-c0bde35ffb09", "data": [{"orgId": "yourOrgId", "assetId": "7u4bfyO0", "modelId": "lxctimelooker", "modelIdPath": "/lxctimelooker", "productKey": "yourProductKey", "productName": {"defaultValue": "lxcpro", "i18nValue": {}}, "productType": "Device", "dataFormat": "Json", "deviceKey": "yourDeviceKey", "deviceName": {"defaultValue": "time2dev11", "i18nValue": {}}, "deviceSecret": "yourDeviceSecret", "deviceDesc": null, "timezone": "+09:00", "deviceAttributes": {}, "deviceTags": {}, "createTime": 1558421750575, "status": "offline", "activeTime": 1558482329972, "lastOnlineTime": 1560743915454, "lastOfflineTime": 1560744095454}], "pagination": {"sortedBy": null, "pageNo": 2, "pageSize": 5, "totalSize": 6511}}',
    ),
    "DeleteDevice": (
        "200",
        '{"code": 0, "msg": "OK", "requestId": "12d7e3be-6bac-43de-8733-7e02a4eb8a88", "data": null}',
    ),
}

#: operationId -> the document's path key where it differs from the path sent.
PATH_KEYS: dict[str, str] = {
    "UpdateDevice": "/connect-service/v2.4/devices#update",
    "SearchDevice": "/connect-service/v2.4/devices#search",
    "DeleteDevice": "/connect-service/v2.4/devices#delete",
}


class Fake(FakeBase[Client, AsyncClient]):
    """A stateful fake of EnOS Connection Service API 2.4 for tests.

    ``Fake(credentials=..., tokens=...)`` accepts the given access keys (AK -> SK, or
    EnOS appKey -> appSecret for the token service) and tokens; with neither,
    authentication is not checked. ``fake.client()`` and ``fake.async_client()`` are
    clients wired to it in memory, ``fake.serve()`` serves it over HTTP on 127.0.0.1,
    ``python -m enos_connect_client.testing --port N`` runs it standalone.

    Answers the fake chooses where the document says nothing: invalid parameters or
    bodies -> HTTP 200 with the envelope's invalid-arguments code (99400); a refused
    signature or token -> 401 (``APIGW.0301`` on Huawei documents); an unknown path ->
    404, a known path with another method -> 405 with ``Allow`` (the methods of the
    document's path key: actions sharing one path are told apart by their one-value
    query parameter); every answer has ``X-Request-Id``. Requests are checked as
    strictly as the client checks its arguments.

    The EnOS token service (``/apim-token-service/v2.0/token/get`` and
    ``/token/refresh``) is served, checked against ``credentials`` as appKey ->
    appSecret, so ``EnOSTokenAuth`` works unchanged; issued tokens are accepted in
    ``apim-accesstoken``.

    Platform rules:

    EnOS Connection Service rules (state per fake; collections ``devices`` by
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

    operations: ClassVar[Any] = OPERATIONS
    examples: ClassVar[Any] = EXAMPLES
    path_keys: ClassVar[Any] = PATH_KEYS
    rules: ClassVar[Any] = _fake_rules.RULES
    seedable: ClassVar[tuple[str, ...]] = _fake_rules.SEEDABLE
    invalid_request_code: ClassVar[str | None] = getattr(_fake_rules, "INVALID_REQUEST_CODE", None)
    token_headers: ClassVar[tuple[str, ...]] = ("apim-accesstoken",)
    signs: ClassVar[bool] = False
    enos_token_service: ClassVar[bool] = True
    iam_token_service: ClassVar[bool] = False
    client_class: ClassVar[Any] = Client
    async_client_class: ClassVar[Any] = AsyncClient


if __name__ == "__main__":
    serve_main(Fake, "enos_connect_client")
