"""The IR of x-client-default and x-python-package.version: what is offered, what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import GenerationError
from generator.pipeline import build

DOC = """openapi: 3.1.0
info:
  title: Shared
  version: '2024-01'
  x-python-package: {{dist-name: shared-client, import-name: shared_client{version}}}
paths:
  /{{project_id}}/a:
    get:
      operationId: getA
      parameters:
        - {{$ref: '#/components/parameters/Project'}}
        - {{name: orgId, in: query, required: true, schema: {{type: string}}, x-client-default: {marker}}}
        - {{name: timeout, in: query, schema: {{type: integer}}, x-client-default: true}}
        - {{name: plain, in: query, schema: {{type: string}}}}
      responses:
        '204': {{description: done}}
  /{{project_id}}/b:
    get:
      operationId: getB
      parameters:
        - {{$ref: '#/components/parameters/Project'}}
      responses:
        '204': {{description: done}}
components:
  parameters:
    Project:
      name: project_id
      in: path
      required: true
      schema: {{type: string}}
      example: p-1
      x-client-default: true
"""


def _build(tmp_path: Path, *, marker: str = "true", version: str = "") -> object:
    spec = tmp_path / "shared.yaml"
    spec.write_text(DOC.format(marker=marker, version=version), encoding="utf-8")
    return build(spec)


def test_marked_parameters_become_client_options(tmp_path: Path) -> None:
    api, warnings = _build(tmp_path)  # type: ignore[misc]
    assert [(d.name, d.annotation, d.example) for d in api.client_defaults] == [
        ("project_id", "str", "'p-1'"),
        ("org_id", "str", "'orgId'"),
    ]
    get_a = api.operations[0]
    assert {p.kwarg: p.client_default for p in get_a.parameters} == {
        "project_id": "project_id",
        "org_id": "org_id",
        "timeout_": None,  # "timeout" is a client option: the argument is renamed, not a default
        "plain": None,
    }
    assert get_a.example.arguments == ()  # README examples give the defaults to Client()
    assert dict(get_a.example.defaults) == {"project_id": "'p-1'", "org_id": "'orgId'"}
    assert any(w.rule == "client-default" and "constructor option" in w.message for w in warnings)


def test_a_marker_that_is_not_a_boolean_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GenerationError) as caught:
        _build(tmp_path, marker="'yes'")
    (error,) = caught.value.diagnostics
    assert error.rule == "client-default"
    assert str(error.location).endswith(
        "/paths/~1{project_id}~1a/get/parameters/1/x-client-default"
    )


def test_package_version_is_the_clients_own(tmp_path: Path) -> None:
    api, _ = _build(tmp_path, version=", version: 2.3.0")  # type: ignore[misc]
    assert (api.package_version, api.version) == ("2.3.0", "2024-01")
    api, _ = _build(tmp_path)  # type: ignore[misc]
    assert api.package_version == "0.1.0"
    with pytest.raises(GenerationError) as caught:
        _build(tmp_path, version=", version: soon")
    assert [d.rule for d in caught.value.diagnostics] == ["package-version"]
