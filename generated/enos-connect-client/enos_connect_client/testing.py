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
    "CreateDevice": (
        "200",
        '{"code": 0, "msg": "OK", "requestId": "fd79d0f5-69c5-4fa8-add4-69f5ca1b635f", "data": {"assetId": "Uvmm5AXU", "productKey": "yourProductKey", "deviceKey": "yourDeviceKey", "deviceSecret": "EncryptedDeviceSecret", "sessionKey": "EncryptedSessionKey"}}',
    ),
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
    404, a known path with another method -> 405 with ``Allow``; every answer has
    ``X-Request-Id``.

    The EnOS token service (``/apim-token-service/v2.0/token/get`` and
    ``/token/refresh``) is served, checked against ``credentials`` as appKey ->
    appSecret, so ``EnOSTokenAuth`` works unchanged; issued tokens are accepted in
    ``apim-accesstoken``.

    Platform rules:

    EnOS Connection Service rules (state per fake; collections ``devices``,
    ``rsa_key_pairs``). Every rule breach is answered as EnOS does: HTTP 200 with the
    envelope's ``code``.

    - ``CreateDevice``: envelope code 0 with the new device's ``assetId``, ``productKey`` and
      ``deviceKey`` (generated when not given). A ``deviceKey`` that already exists in the
      product -> 11702; a product with 10,000 devices -> 11739; ``requireSecret`` true while
      the organization has no RSA key pair -> 11858 (all three stated on the page). Give an
      organization a key pair with ``fake.seed("rsa_key_pairs", "<orgId>")``; then
      ``deviceSecret`` and ``sessionKey`` are returned (placeholder "encrypted" strings).
    """

    operations: ClassVar[Any] = OPERATIONS
    examples: ClassVar[Any] = EXAMPLES
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
