"""x-pagination in the IR, located errors, and fragment path keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import GenerationError
from generator.pipeline import build
from generator.render.package import render_api

DOC = """openapi: 3.1.0
info:
  title: Paged
  version: '1'
  x-python-package: {{dist-name: paged-client, import-name: paged_client}}
servers:
  - url: https://svc.example.com
paths:
  /things:
    get:
      operationId: ListThings
      parameters:
        - {{name: limit, in: query, schema: {{type: integer}}}}
        - {{name: marker, in: query, schema: {{type: string}}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  things: {{type: array, items: {{$ref: '#/components/schemas/Thing'}}}}
                  next: {{type: string}}
{extension}
  /things#remove:
    post:
      operationId: RemoveThing
      parameters:
        - {{name: action, in: query, required: true, schema: {{type: string, enum: [remove]}}}}
      responses:
        '204': {{description: gone}}
components:
  schemas:
    Thing: {{type: object, properties: {{id: {{type: string}}}}}}
"""

GOOD = """      x-pagination:
        style: cursor
        items: $response.body#/things
        default-page-size: 20
        page-size: $request.query.limit
        cursor: $request.query.marker
        next-cursor: $response.body#/next"""


def _build(tmp_path: Path, extension: str) -> object:
    spec = tmp_path / "paged.yaml"
    spec.write_text(DOC.format(extension=extension))
    api, _ = build(spec)
    return api


def test_declared_pagination_reaches_ir_and_package(tmp_path: Path) -> None:
    api = _build(tmp_path, GOOD)
    ops = {op.operation_id: op for op in api.operations}  # type: ignore[attr-defined]
    pagination = ops["ListThings"].pagination
    assert pagination is not None
    assert pagination.style == "cursor"
    assert pagination.items == ("things",)
    assert pagination.cursor == ("marker",)
    assert pagination.next_cursor == ("next",)
    assert pagination.default_page_size == 20
    assert pagination.item_annotation == "models.Thing"
    assert ops["RemoveThing"].pagination is None
    files = render_api(api)  # type: ignore[arg-type]
    client = files["paged_client/_client.py"]
    # the pager methods are plain defs; only the raw-response variant stays a coroutine
    assert client.count("async def list_things(") == 1
    assert "-> SyncPager[models.Thing, models.ListThingsResponse]:" in client
    assert "-> AsyncPager[models.Thing, models.ListThingsResponse]:" in client
    assert "async def remove_thing(" in client  # undeclared operations stay plain methods
    assert "paged_client/_pagination.py" in files
    assert "LIST_THINGS_PAGES = PageSpec(" in files["paged_client/_operations.py"]


def test_fragment_is_dropped_from_the_request_path(tmp_path: Path) -> None:
    api = _build(tmp_path, "")
    ops = {op.operation_id: op for op in api.operations}  # type: ignore[attr-defined]
    assert ops["RemoveThing"].path == "/things"
    assert ops["RemoveThing"].parameters[0].fixed == "'remove'"
    files = render_api(api)  # type: ignore[arg-type]
    assert "paged_client/_pagination.py" not in files  # nothing declares the extension


@pytest.mark.parametrize(
    ("extension", "pointer"),
    [
        (GOOD.replace("style: cursor", "style: sideways"), "/x-pagination/style"),
        (GOOD.replace("$request.query.marker", "$request.query.nope"), "/x-pagination/cursor"),
        (GOOD.replace("$response.body#/next", "next"), "/x-pagination/next-cursor"),
        (GOOD.replace("default-page-size: 20", "default-page-size: 0"), "/default-page-size"),
        (GOOD.replace("        cursor: $request.query.marker\n", ""), "/get/x-pagination"),
    ],
)
def test_bad_extension_is_a_located_error(tmp_path: Path, extension: str, pointer: str) -> None:
    with pytest.raises(GenerationError) as info:
        _build(tmp_path, extension)
    found = [d for d in info.value.diagnostics if d.rule == "pagination"]
    assert found, info.value.diagnostics
    assert str(found[0].location).endswith(pointer)
