# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
"""Testing support for Huawei Cloud ROMA Connect LINK (device integration) API: :class:`Fake`."""

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
    "ListProducts": (
        "200",
        '{"total": 1, "size": 1, "items": [{"id": 120671, "product_serial": "Dd1bRt122894", "app_id": "a1503e51-46f7-4d23-8617-7cb2d28dde98", "name": "pro-opcua", "manufacturer_id": "pro-opcua", "manufacturer_name": "pro-opcua", "model": "pro-opcua", "product_type": 1, "protocol_type": 4, "device_type": "Default", "created_datetime": 1607481372416, "data_format": 0}]}',
    ),
    "CreateProduct": (
        "201",
        '{"permissions": ["read", "access", "delete", "modify"], "id": 120671, "product_serial": "Dd1bRt122894", "app_id": "a1503e51-46f7-4d23-8617-7cb2d28dde98", "name": "pro-opcua", "manufacturer_id": "pro-opcua", "manufacturer_name": "pro-opcua", "model": "pro-opcua", "product_type": 1, "description": "opcua product", "protocol_type": 4, "device_type": "Default", "version": "version", "created_datetime": 1607481372416, "app_name": "app-link", "data_format": 0, "created_user": {"user_id": "6546435432432", "user_name": "user1"}, "last_updated_user": {"user_id": "6546435432432", "user_name": "user1"}}',
    ),
    "ShowProduct": (
        "200",
        '{"id": 120671, "product_serial": "Dd1bRt122894", "app_id": "a1503e51-46f7-4d23-8617-7cb2d28dde98", "name": "pro-opcua", "manufacturer_id": "pro-opcua", "manufacturer_name": "pro-opcua", "model": "pro-opcua", "product_type": 0, "description": "opcua product", "protocol_type": 4, "device_type": "default", "version": "version", "created_datetime": 1607481372416, "last_updated_datetime": 1607481372416, "app_name": "app-link", "data_format": 0}',
    ),
    "UpdateProduct": (
        "200",
        '{"permissions": ["read", "access", "delete", "modify"], "id": 120671, "product_serial": "Dd1bRt122894", "app_id": "a1503e51-46f7-4d23-8617-7cb2d28dde98", "name": "pro-opcua", "manufacturer_id": "pro-opcua", "manufacturer_name": "pro-opcua", "model": "pro-opcua", "product_type": 0, "description": "opcua product", "protocol_type": 4, "device_type": "default", "version": "version", "created_datetime": 1607481372416, "last_updated_datetime": 1607481372416, "app_name": "app-link", "data_format": 0, "created_user": {"user_id": "6546435432432", "user_name": "user1"}, "last_updated_user": {"user_id": "6546435432432", "user_name": "user1"}}',
    ),
    "DeleteProduct": ("204", ""),
}


class Fake(FakeBase[Client, AsyncClient]):
    """A stateful fake of Huawei Cloud ROMA Connect LINK (device integration) API v2 for
    tests.

    ``Fake(credentials=..., tokens=...)`` accepts the given access keys (AK -> SK) and
    tokens; with neither, authentication is not checked. ``fake.client()`` and
    ``fake.async_client()`` are clients wired to it in memory, ``fake.serve()`` serves
    it over HTTP on 127.0.0.1, ``python -m roma_link_client.testing --port N`` runs it
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

    ROMA Connect LINK rules (state per fake; collection ``products``). One fake is one
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
    serve_main(Fake, "roma_link_client")
