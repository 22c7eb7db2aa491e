"""Per-call options, validate_requests, client-level defaults, versions and the DEBUG log,
on the committed packages over httpx.MockTransport."""

from __future__ import annotations

import asyncio
import json
import logging
import platform
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import tomllib

from tests.conftest import GENERATED

NAMES = {"iotda": "iotda-client", "enos": "enos-connect-client", "roma": "roma-link-client"}
OTA_MODULE = {"module_id": "m1", "module_name": "MCU", "create_time": "20230211T121212Z"}
ENOS_OK = {"code": 0, "msg": "OK", "requestId": "r1", "data": {"assetId": "a1"}}
ROMA_PRODUCT = {"id": 1, "name": "product"}


@pytest.fixture(scope="module")
def packages() -> Iterator[dict[str, ModuleType]]:
    paths = [str(GENERATED / name) for name in NAMES.values()]
    sys.path[:0] = paths
    import enos_connect_client
    import iotda_client
    import roma_link_client

    yield {"iotda": iotda_client, "enos": enos_connect_client, "roma": roma_link_client}
    del sys.path[: len(paths)]


Handler = Callable[[httpx.Request], httpx.Response]


def _recorder(status: int, body: Any) -> tuple[list[httpx.Request], Handler]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(status, json=body)

    return seen, handler


def _client(package: ModuleType, handler: Handler, flavour: str = "sync", **options: Any) -> Any:
    transport = httpx.MockTransport(handler)
    if flavour == "async":
        return package.AsyncClient(http_client=httpx.AsyncClient(transport=transport), **options)
    return package.Client(http_client=httpx.Client(transport=transport), **options)


def _run(value: Any) -> Any:
    if asyncio.iscoroutine(value):
        return asyncio.run(value)
    return value


# -- per-call options ------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_extra_headers_query_body_and_timeout_reach_the_request(
    packages: dict[str, ModuleType], flavour: str
) -> None:
    iotda = packages["iotda"]
    seen, handler = _recorder(201, OTA_MODULE)
    client = _client(iotda, handler, flavour, headers={"X-Team": "a"})
    _run(
        client.create_ota_module(
            project_id="p1",
            app_id="a1",
            product_id="p1",
            module_name="MCU",
            extra_headers={"X-Team": "b", "X-Trace": "t1"},
            extra_query={"dry_run": True, "tag": ["x", "y z"]},
            extra_body={"undocumented": {"n": 1}, "module_name": "MCU2"},
            timeout=3.5,
        )
    )
    (request,) = seen
    assert request.headers["X-Team"] == "b"  # over the client's default header
    assert request.headers["X-Trace"] == "t1"
    assert request.url.query == b"dry_run=true&tag=x&tag=y%20z"
    assert json.loads(request.content) == {
        "app_id": "a1",
        "product_id": "p1",
        "module_name": "MCU2",  # extra_body wins over the validated field
        "undocumented": {"n": 1},
    }
    assert request.extensions["timeout"] == httpx.Timeout(3.5).as_dict()


def test_extra_body_on_an_operation_without_body_is_the_json_body(
    packages: dict[str, ModuleType],
) -> None:
    iotda = packages["iotda"]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    client = _client(iotda, handler)
    client.delete_ota_package(project_id="p", package_id="pkg-1", extra_body={"force": True})
    assert json.loads(seen[0].content) == {"force": True}
    assert seen[0].headers["Content-Type"] == "application/json"
    client.delete_ota_package(project_id="p", package_id="pkg-1")
    assert seen[1].content == b""
    assert "Content-Type" not in seen[1].headers


def test_extra_query_replaces_a_documented_query_parameter(
    packages: dict[str, ModuleType],
) -> None:
    enos = packages["enos"]
    seen, handler = _recorder(200, ENOS_OK)
    client = _client(enos, handler)
    client.create_device(
        org_id="o1",
        product_key="pk",
        device_name={"defaultValue": "d"},
        timezone="+08:00",
        extra_query={"orgId": "o2"},
    )
    assert seen[0].url.params.get_list("orgId") == ["o2"]
    assert seen[0].url.params["action"] == "create"


# -- validation ------------------------------------------------------------------------------


def test_validation_error_names_every_argument_as_the_caller_wrote_it(
    packages: dict[str, ModuleType],
) -> None:
    iotda, roma = packages["iotda"], packages["roma"]
    seen, handler = _recorder(201, OTA_MODULE)
    client = _client(iotda, handler)
    with pytest.raises(iotda.RequestValidationError) as caught:
        client.create_ota_module(
            project_id="p", app_id="x" * 37, product_id="p1", module_name="bad name!"
        )
    assert caught.value.fields == ("app_id", "module_name")
    assert "'app_id', 'module_name'" in str(caught.value)
    # Given as body=, the fields are named by their place in the body.
    with pytest.raises(iotda.RequestValidationError) as caught:
        client.create_ota_module(
            project_id="p", body={"app_id": "x" * 37, "product_id": "p1", "module_name": "M"}
        )
    assert caught.value.fields == ("body.app_id",)
    # A parameter and a body field wrong at once: both named, nothing sent.
    seen_roma, roma_handler = _recorder(200, ROMA_PRODUCT)
    with pytest.raises(roma.RequestValidationError) as caught:
        _client(roma, roma_handler).update_product(
            project_id="p",
            instance_id="i",
            product_id="not-a-number",  # type: ignore[arg-type]
            name="bad name",
            manufacturer_id="m1",
            manufacturer_name="maker",
            model="m1",
            device_type="Default",
        )
    assert caught.value.fields == ("product_id", "name")
    assert seen == [] and seen_roma == []


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_validate_requests_false_sends_what_the_caller_gives(
    packages: dict[str, ModuleType], flavour: str
) -> None:
    iotda = packages["iotda"]
    seen, handler = _recorder(201, OTA_MODULE)
    checked = _client(iotda, handler, flavour)
    arguments = {"project_id": "p", "app_id": "x" * 37, "product_id": "p1", "module_name": "M!"}
    with pytest.raises(iotda.RequestValidationError):
        _run(checked.create_ota_module(**arguments))
    for client in (
        _client(iotda, handler, flavour, validate_requests=False),
        checked.with_options(validate_requests=False),
    ):
        assert client.validate_requests is False
        _run(client.create_ota_module(**arguments))
        assert json.loads(seen[-1].content) == {
            "app_id": "x" * 37,
            "product_id": "p1",
            "module_name": "M!",
        }
    assert len(seen) == 2
    # Unchecked still means buildable: a path parameter cannot be left out.
    unchecked = _client(iotda, handler, flavour, validate_requests=False)
    with pytest.raises(iotda.RequestValidationError) as caught:
        _run(unchecked.delete_ota_package(package_id="pkg"))
    assert caught.value.field == "project_id"
    assert (
        checked.with_options(validate_requests=False)
        .with_options(validate_requests=True)
        .validate_requests
    )


# -- client-level defaults -------------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_client_defaults_fill_parameters_and_calls_override_them(
    packages: dict[str, ModuleType], flavour: str
) -> None:
    iotda = packages["iotda"]
    seen, handler = _recorder(201, OTA_MODULE)
    client = _client(iotda, handler, flavour, project_id="proj-1", instance_id="inst-1")
    _run(client.create_ota_module(app_id="a1", product_id="p1", module_name="MCU"))
    assert seen[-1].url.path == "/v5/iot/proj-1/ota-upgrades/modules"
    assert seen[-1].headers["Instance-Id"] == "inst-1"
    _run(
        client.create_ota_module(
            project_id="proj-2", instance_id="inst-2", app_id="a1", product_id="p1", module_name="M"
        )
    )
    assert seen[-1].url.path == "/v5/iot/proj-2/ota-upgrades/modules"
    assert seen[-1].headers["Instance-Id"] == "inst-2"
    # Optional defaults stay optional: without one the header is simply not sent.
    bare = _client(iotda, handler, flavour, project_id="proj-1")
    _run(bare.create_ota_module(app_id="a1", product_id="p1", module_name="MCU"))
    assert "Instance-Id" not in seen[-1].headers


def test_missing_client_default_names_the_argument_and_the_client_option(
    packages: dict[str, ModuleType],
) -> None:
    iotda = packages["iotda"]
    seen, handler = _recorder(201, OTA_MODULE)
    with pytest.raises(iotda.RequestValidationError) as caught:
        _client(iotda, handler).create_ota_module(app_id="a1", product_id="p1", module_name="M")
    assert caught.value.field == "project_id"
    assert "pass project_id= to this call or project_id= to the client" in str(caught.value)
    assert seen == []


def test_roma_and_enos_defaults(packages: dict[str, ModuleType]) -> None:
    roma, enos = packages["roma"], packages["enos"]
    seen, handler = _recorder(200, ROMA_PRODUCT)
    client = _client(roma, handler, project_id="p9", instance_id="i9")
    client.update_product(
        product_id=7,
        name="product",
        manufacturer_id="p3",
        manufacturer_name="p3",
        model="p3",
        device_type="Default",
    )
    assert seen[0].url.path == "/v2/p9/link/instances/i9/products/7"
    seen, handler = _recorder(200, ENOS_OK)
    _client(enos, handler, org_id="org-1").create_device(
        product_key="pk", device_name={"defaultValue": "d"}, timezone="+08:00"
    )
    assert seen[0].url.params["orgId"] == "org-1"


def test_project_id_has_one_source_of_truth(packages: dict[str, ModuleType]) -> None:
    iotda = packages["iotda"]
    seen, handler = _recorder(201, OTA_MODULE)
    auth = iotda.HuaweiAKSKAuth("AK", "SK", project_id="from-auth")
    client = _client(iotda, handler, auth=auth)
    client.create_ota_module(app_id="a1", product_id="p1", module_name="MCU")
    assert seen[-1].url.path == "/v5/iot/from-auth/ota-upgrades/modules"
    assert seen[-1].headers["X-Project-Id"] == "from-auth"
    # The same value twice is fine; two different values are refused at once.
    _client(iotda, handler, auth=auth, project_id="from-auth")
    with pytest.raises(ValueError, match="project_id given twice"):
        _client(iotda, handler, auth=auth, project_id="other")
    with pytest.raises(ValueError, match="project_id given twice"):
        _client(iotda, handler, project_id="other").with_options(auth=auth)
    # An auth object without a project_id leaves the client's value alone.
    plain = _client(iotda, handler, project_id="mine").with_options(
        auth=iotda.HuaweiAKSKAuth("AK", "SK")
    )
    plain.create_ota_module(app_id="a1", product_id="p1", module_name="MCU")
    assert seen[-1].url.path == "/v5/iot/mine/ota-upgrades/modules"


def test_user_programs_type_check_with_defaults_and_per_call_options(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text(
        "import httpx\n"
        "import iotda_client\n"
        "import enos_connect_client\n\n"
        "client = iotda_client.Client(project_id='p', instance_id='i')\n"
        "module = client.create_ota_module(app_id='a', product_id='p', module_name='M',\n"
        "    extra_headers={'X-A': 'b'}, extra_query={'q': 1}, extra_body={'k': [1]},\n"
        "    timeout=httpx.Timeout(5.0))\n"
        "client.delete_ota_package(package_id='pkg', timeout=None)\n"
        "enos = enos_connect_client.Client(org_id='o', validate_requests=False)\n"
        "enos.with_options(validate_requests=True).create_device(\n"
        "    product_key='pk', device_name={'defaultValue': 'd'}, timezone='+08:00')\n"
        "version: str = iotda_client.__version__ + iotda_client.API_VERSION\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "/dev/null", str(program)],
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": ":".join(str(GENERATED / name) for name in NAMES.values())},
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout


# -- versions, User-Agent, logs --------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(NAMES))
def test_versions_and_user_agent(packages: dict[str, ModuleType], key: str) -> None:
    package = packages[key]
    pyproject = tomllib.loads((GENERATED / NAMES[key] / "pyproject.toml").read_text("utf-8"))
    assert package.__version__ == pyproject["project"]["version"] == "1.0.0"
    assert {"iotda": "v5", "enos": "2.4", "roma": "v2"}[key] == package.API_VERSION
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    client = _client(package, handler, max_retries=0)
    operation = _MINIMAL_OPERATION[key]
    with pytest.raises(package.APIError):
        getattr(client, operation)(**_minimal_arguments(key))
    python = ".".join(platform.python_version_tuple()[:2])
    assert seen[0].headers["User-Agent"] == (
        f"{NAMES[key]}/1.0.0 python/{python} httpx/{httpx.__version__}"
    )
    custom = _client(package, handler, max_retries=0, headers={"user-agent": "mine/1"})
    with pytest.raises(package.APIError):
        getattr(custom, operation)(**_minimal_arguments(key))
    assert seen[1].headers.get_list("User-Agent") == ["mine/1"]


#: The operation ``_minimal_arguments`` fills in, per package.
_MINIMAL_OPERATION = {
    "iotda": "create_ota_module",
    "enos": "create_device",
    "roma": "update_product",
}


def _minimal_arguments(key: str) -> dict[str, Any]:
    if key == "iotda":
        return {"project_id": "p", "app_id": "a", "product_id": "p", "module_name": "M"}
    if key == "enos":
        return {
            "org_id": "o",
            "product_key": "pk",
            "device_name": {"defaultValue": "d"},
            "timezone": "+08:00",
        }
    return {
        "project_id": "p",
        "instance_id": "i",
        "product_id": 1,
        "name": "n",
        "manufacturer_id": "m1",
        "manufacturer_name": "m1",
        "model": "m1",
        "device_type": "Default",
    }


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_debug_log_shows_the_signed_request_redacted(
    packages: dict[str, ModuleType], flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    iotda = packages["iotda"]
    seen, handler = _recorder(201, OTA_MODULE)
    auth = iotda.HuaweiAKSKAuth("MYACCESSKEY", "MYSECRETKEY", project_id="p")
    client = _client(iotda, handler, flavour, auth=auth)
    with caplog.at_level(logging.DEBUG, logger="iotda_client"):
        _run(client.create_ota_module(app_id="a1", product_id="p1", module_name="MCU"))
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("HTTP request")]
    sent = seen[0].headers["Authorization"]
    signed = re.search(r"SignedHeaders=([^,]+)", sent)
    assert signed is not None
    assert (
        f"'Authorization': 'SDK-HMAC-SHA256 Access=<redacted>, "
        f"SignedHeaders={signed.group(1)}, Signature=<redacted>'" in line
    )
    signature = sent.rsplit("Signature=", 1)[1]
    assert signature not in line and "MYACCESSKEY" not in line and "MYSECRETKEY" not in line
    assert "X-Sdk-Date" in line  # added by the signer: the line is written after auth ran
