# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Testing support for Response Bodies: :class:`Fake`."""

from __future__ import annotations

from typing import Any, ClassVar

from ._client import AsyncClient, Client
from ._fake import Breach, FakeBase, FakeRequest, Reply, Rule, Store, serve_main
from ._operations import OPERATIONS

__all__ = ["Breach", "Fake", "FakeRequest", "Reply", "Rule", "Store"]

#: operationId -> (status, JSON text) of the document's success example ("" when none).
EXAMPLES: dict[str, tuple[str, str]] = {
    "listPets": ("200", ""),
    "listFields": ("200", ""),
    "getMotd": ("200", ""),
}


class Fake(FakeBase[Client, AsyncClient]):
    """A stateful fake of Response Bodies 0.1.0 for tests.

    ``Fake(credentials=..., tokens=...)`` accepts the given access keys (AK -> SK) and
    tokens; with neither, authentication is not checked. ``fake.client()`` and
    ``fake.async_client()`` are clients wired to it in memory, ``fake.serve()`` serves
    it over HTTP on 127.0.0.1, ``python -m response_bodies_client.testing --port N``
    runs it standalone.

    Answers the fake chooses where the document says nothing: invalid parameters or
    bodies -> 400 (or the operation's documented 404, 422 or 403 when it documents no
    400) with ``error_code``, ``error_msg``, ``request_id``; a refused signature or
    token -> 401 (``APIGW.0301`` on Huawei documents); an unknown path -> 404, a known
    path with another method -> 405 with ``Allow`` (the methods of the document's path
    key: actions sharing one path are told apart by their one-value query parameter);
    every answer has ``X-Request-Id``. Requests are checked as strictly as the client
    checks its arguments.

    This document has no platform rules: every operation answers with its documented example (or a minimal valid body) once the request is valid.
    """

    operations: ClassVar[Any] = OPERATIONS
    examples: ClassVar[Any] = EXAMPLES
    token_headers: ClassVar[tuple[str, ...]] = ()
    signs: ClassVar[bool] = False
    enos_token_service: ClassVar[bool] = False
    iam_token_service: ClassVar[bool] = False
    client_class: ClassVar[Any] = Client
    async_client_class: ClassVar[Any] = AsyncClient


if __name__ == "__main__":
    serve_main(Fake, "response_bodies_client")
