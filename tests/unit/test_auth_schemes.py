"""Security schemes in the IR and the auth modules a package ships."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import GenerationError
from generator.pipeline import build
from generator.render.package import render_api

DOC = """openapi: 3.1.0
info:
  title: Signed
  version: '1'
  x-python-package: {{dist-name: signed-client, import-name: signed_client}}
servers:
  - url: https://svc.cn-east-3.myhuaweicloud.com
security:
  - aksk: []
  - token: []
paths: {{}}
components:
  securitySchemes:
    aksk:
      type: apiKey
      in: header
      name: Authorization
      description: AK/SK.
      x-client-auth: huawei-aksk
{aksk_extra}
    token:
      type: apiKey
      in: header
      name: X-Auth-Token
      description: IAM token.
{token_extra}
"""


def _build(tmp_path: Path, aksk_extra: str = "", token_extra: str = "") -> object:
    spec = tmp_path / "signed.yaml"
    spec.write_text(DOC.format(aksk_extra=aksk_extra, token_extra=token_extra))
    api, _ = build(spec)
    return api


def test_service_name_reaches_the_generated_runtime(tmp_path: Path) -> None:
    api = _build(
        tmp_path,
        "      x-derived-auth-service: svcdm",
        "      x-client-auth: huawei-iam-token",
    )
    assert api.derived_auth_service == "svcdm"  # type: ignore[attr-defined]
    files = render_api(api)  # type: ignore[arg-type]
    runtime = files["signed_client/_auth_huawei.py"]
    assert 'DERIVED_AUTH_SERVICE: str | None = "svcdm"\n' in runtime
    assert runtime.count("DERIVED_AUTH_SERVICE: str | None =") == 1
    # the IAM token module and the token cache it needs are shipped and exported
    assert "signed_client/_auth_huawei_iam.py" in files
    assert "signed_client/_token_cache.py" in files
    assert "signed_client/_auth_enos.py" not in files
    init = files["signed_client/__init__.py"]
    assert "HuaweiIAMTokenAuth" in init and "HuaweiAKSKAuth" in init
    readme = files["README.md"]
    assert "derived_region='cn-east-3'" in readme or 'derived_region="cn-east-3"' in readme
    assert "https://iam.cn-east-3.myhuaweicloud.com" in readme
    assert "svcdm" in readme


def test_without_the_extension_no_service_is_written(tmp_path: Path) -> None:
    api = _build(tmp_path)
    assert api.derived_auth_service is None  # type: ignore[attr-defined]
    files = render_api(api)  # type: ignore[arg-type]
    assert "DERIVED_AUTH_SERVICE: str | None = None\n" in files["signed_client/_auth_huawei.py"]
    assert "signed_client/_auth_huawei_iam.py" not in files
    assert "signed_client/_token_cache.py" not in files
    assert "Derived AK/SK signing" not in files["README.md"]


@pytest.mark.parametrize("value", ["''", "'a/b'", "42", "[iotdm]"])
def test_bad_service_name_is_a_located_error(tmp_path: Path, value: str) -> None:
    with pytest.raises(GenerationError) as info:
        _build(tmp_path, f"      x-derived-auth-service: {value}")
    (diagnostic,) = info.value.diagnostics
    assert str(diagnostic.location).endswith(
        "/components/securitySchemes/aksk/x-derived-auth-service"
    )
    assert diagnostic.rule == "derived-auth-service"


def test_service_name_on_another_scheme_is_ignored_with_a_warning(tmp_path: Path) -> None:
    spec = tmp_path / "signed.yaml"
    spec.write_text(DOC.format(aksk_extra="", token_extra="      x-derived-auth-service: x"))
    api, warnings = build(spec)
    assert api.derived_auth_service is None
    assert any(
        w.rule == "derived-auth-service"
        and str(w.location).endswith("/securitySchemes/token/x-derived-auth-service")
        for w in warnings
    )
