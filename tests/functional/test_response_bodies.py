"""Response bodies real servers send that the harness found misread (issue 13), on the
committed golden package of ``tests/golden/specs/response_bodies.yaml``:

* an error body whose integer field arrives as a whole float (``2141.0``) still becomes
  the documented error model, as success bodies already did (JSON Schema: 5.0 is 5);
* a body documented as ``type: string`` under ``application/json`` is a JSON string and is
  decoded (``"abc"`` -> ``abc``); a ``text/plain`` body is its text, quotes included.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

import httpx
import pytest

from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "expected" / "response_bodies"


@pytest.fixture(scope="module")
def package() -> ModuleType:
    (root,) = [p for p in GOLDEN.iterdir() if p.is_dir()]
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module("response_bodies_client")
    finally:
        sys.path.remove(str(root))


def _client(package: ModuleType, status: int, content: bytes, media: str) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": media})

    return package.Client(
        base_url="https://api.example.com",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )


@pytest.mark.parametrize("code", [b"2141", b"2141.0"])
def test_error_body_with_whole_float_integer_is_the_documented_model(
    package: ModuleType, code: bytes
) -> None:
    client = _client(package, 500, b'{"message":"boom","code":' + code + b"}", "application/json")
    with pytest.raises(package.InternalServerError) as caught:
        client.list_pets()  # type: ignore[attr-defined]
    body = caught.value.body
    assert isinstance(body, package.models.Error)
    assert body.code == 2141 and type(body.code) is int
    assert body.message == "boom"


def test_error_body_that_does_not_fit_stays_raw(package: ModuleType) -> None:
    client = _client(package, 500, b'{"message":"boom","code":2141.5}', "application/json")
    with pytest.raises(package.InternalServerError) as caught:
        client.list_pets()  # type: ignore[attr-defined]
    assert caught.value.body == {"message": "boom", "code": 2141.5}


def test_json_string_body_is_decoded(package: ModuleType) -> None:
    client = _client(package, 200, b'"abc \\u00e9"', "application/json; charset=utf-8")
    assert client.list_fields() == "abc \u00e9"  # type: ignore[attr-defined]


def test_json_body_that_is_not_a_string_is_kept_as_text(package: ModuleType) -> None:
    client = _client(package, 200, b"[1, 2]", "application/json")
    assert client.list_fields() == "[1, 2]"  # type: ignore[attr-defined]


def test_plain_text_body_is_its_text(package: ModuleType) -> None:
    client = _client(package, 200, b'"quoted" text', "text/plain")
    assert client.get_motd() == '"quoted" text'  # type: ignore[attr-defined]
