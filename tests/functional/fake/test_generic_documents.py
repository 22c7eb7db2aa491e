"""The generic fake of documents without rules (the golden trees: adversarial names,
composition, content types, no operations): it imports, routes every operation and
answers each with a documented status and a request id."""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.conftest import ROOT

TREES = sorted(p for p in (ROOT / "tests/golden/expected").glob("[!.]*/[!.]*") if p.is_dir())


@pytest.fixture(params=TREES, ids=lambda p: p.name)
def testing(request: pytest.FixtureRequest) -> Iterator[ModuleType]:
    root: Path = request.param
    (package,) = [d.name for d in root.iterdir() if (d / "__init__.py").exists()]
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(f"{package}.testing")
    finally:
        sys.path.remove(str(root))


def test_every_operation_is_routed_and_answered(testing: ModuleType) -> None:
    fake = testing.Fake()
    assert not fake.rules  # golden documents have no rules file
    http = httpx.Client(transport=fake.transport(), base_url="https://fake.invalid")
    for operation in fake.operations.values():
        path = re.sub(r"\{[^{}]+\}", "1", operation.path)
        response = http.request(operation.method, path)
        assert response.headers["X-Request-Id"]
        assert fake.requests[-1].operation_id == operation.operation_id, operation.path
        documented = {int(s) for s in operation.responses if s.isdigit()}
        if documented:
            assert response.status_code in documented | {400}, (operation.path, response)
