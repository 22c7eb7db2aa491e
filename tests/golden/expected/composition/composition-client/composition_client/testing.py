# Generated from tests/golden/specs/composition.yaml by generator 0.1.0; do not edit.
"""Testing support for Composition: :class:`Fake`."""

from __future__ import annotations

from typing import Any, ClassVar

from ._client import AsyncClient, Client
from ._fake import Breach, FakeBase, FakeRequest, Reply, Rule, Store, serve_main
from ._operations import OPERATIONS

__all__ = ["Breach", "Fake", "FakeRequest", "Reply", "Rule", "Store"]

#: operationId -> (status, JSON text) of the document's success example ("" when none).
EXAMPLES: dict[str, tuple[str, str]] = {
    "createNode": ("201", ""),
}


class Fake(FakeBase[Client, AsyncClient]):
    """A stateful fake of Composition 2 for tests.

    ``Fake(credentials=..., tokens=...)`` accepts the given access keys (AK -> SK) and tokens; with neither, authentication is not checked. ``fake.client()`` and ``fake.async_client()`` are clients wired to it in memory, ``fake.serve()`` serves it over HTTP on 127.0.0.1, ``python -m composition_client.testing --port N`` runs it standalone.

    This document has no platform rules: every operation answers with its documented example (or a minimal valid body) once the request is valid.
    """

    operations: ClassVar[Any] = OPERATIONS
    examples: ClassVar[Any] = EXAMPLES
    token_headers: ClassVar[tuple[str, ...]] = ()
    signs: ClassVar[bool] = False
    enos_token_service: ClassVar[bool] = False
    client_class: ClassVar[Any] = Client
    async_client_class: ClassVar[Any] = AsyncClient


if __name__ == "__main__":
    serve_main(Fake, "composition_client")
