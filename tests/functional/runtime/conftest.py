"""Fixtures for the runtime tests.

The runtime modules are copied from ``generator/templates/runtime`` into a throwaway
package ``rtpkg`` (as the generator does for every generated package), imported, and
removed from ``sys.modules`` afterwards. ``api`` builds a tiny hand-written operation
table and ``Client``/``AsyncClient`` subclasses on top of it.
"""

from __future__ import annotations

import enum
import importlib
import shutil
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, ConfigDict, Field

from .runtime_helpers import Harness, Sleeps

RUNTIME_DIR = Path(__file__).resolve().parents[3] / "generator" / "templates" / "runtime"
PACKAGE = "rtpkg"


@pytest.fixture(scope="session")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    root = tmp_path_factory.mktemp("runtime")
    package_dir = root / PACKAGE
    package_dir.mkdir()
    for source in sorted(RUNTIME_DIR.glob("*.py")):
        text = source.read_text(encoding="utf-8")
        (package_dir / source.name).write_text(
            "# Generated runtime module; do not edit.\n" + text, encoding="utf-8"
        )
    (package_dir / "__init__.py").write_text('"""Throwaway runtime package."""\n')
    sys.path.insert(0, str(root))
    try:
        modules = {
            name: importlib.import_module(f"{PACKAGE}.{name}")
            for name in (
                "_types",
                "_exceptions",
                "_base_client",
                "_request",
                "_retry",
                "_auth",
                "_auth_huawei",
                "_auth_huawei_iam",
                "_auth_enos",
                "_token_cache",
            )
        }
        yield SimpleNamespace(
            package=PACKAGE,
            types=modules["_types"],
            exc=modules["_exceptions"],
            base=modules["_base_client"],
            request=modules["_request"],
            retry=modules["_retry"],
            auth=modules["_auth"],
            huawei=modules["_auth_huawei"],
            enos=modules["_auth_enos"],
            iam=modules["_auth_huawei_iam"],
            token_cache=modules["_token_cache"],
        )
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]
        shutil.rmtree(root, ignore_errors=True)


class Order(enum.Enum):
    ASC = "asc"
    DESC = "desc"


class AuthInfo(BaseModel):
    model_config = ConfigDict(strict=True, populate_by_name=True)
    auth_type: str | None = None
    secret: Annotated[str, Field(min_length=8, max_length=32)] | None = None


class CreateDeviceRequest(BaseModel):
    # Deliberately lax: the runtime validates dict bodies strictly by itself.
    model_config = ConfigDict(populate_by_name=True)
    app_id: Annotated[str, Field(max_length=8, pattern=r"^[A-Za-z0-9_-]*$")]
    device_name: str | None = Field(default=None, alias="deviceName")
    auth_info: AuthInfo | None = None
    tags: list[str] | None = None
    active: bool | None = None
    count: int | None = None
    order: Order | None = None
    created: datetime | None = None


class Device(BaseModel):
    device_id: str
    name: str | None = None
    status: str | None = None


class ErrorBody(BaseModel):
    error_code: str
    error_msg: str
    request_id: str | None = None


def build_api(rt: SimpleNamespace) -> SimpleNamespace:
    b = rt.base
    Param, Body, ResponseSpec, Operation = b.Param, b.Body, b.ResponseSpec, b.Operation

    class DeviceKeyExistsError(rt.exc.APIEnvelopeError):
        code = 11702

    project_id = Param(
        "path",
        "project_id",
        "project_id",
        Annotated[str, Field(max_length=36, pattern=r"^[A-Za-z0-9_-]*$")],
        True,
    )
    get_device = Operation(
        operation_id="ShowDevice",
        method="GET",
        path="/v5/iot/{project_id}/devices/{device_id}",
        params=(
            project_id,
            Param("path", "device_id", "device_id", str, True),
            Param("query", "tags", "tags", list[str], False),
            Param("query", "ids", "ids", list[int], False, explode=False),
            Param("query", "verbose", "verbose", bool, False),
            Param("query", "limit", "limit", Annotated[int, Field(ge=1, le=50)], False),
            Param("query", "order", "order", Order, False),
            Param("query", "marker", "marker", Any, False),
            Param("header", "Instance-Id", "instance_id", str, False),
            Param("header", "X-Dry-Run", "dry_run", bool, False),
            Param("cookie", "session", "session", str, False),
        ),
        body=None,
        responses={
            "200": ResponseSpec(Device),
            "404": ResponseSpec(ErrorBody),
            "4XX": ResponseSpec(ErrorBody),
        },
    )
    create_device = Operation(
        operation_id="AddDevice",
        method="POST",
        path="/v5/iot/{project_id}/devices",
        params=(project_id,),
        body=Body("body", "application/json", CreateDeviceRequest, True),
        responses={"201": ResponseSpec(Device), "400": ResponseSpec(ErrorBody)},
    )
    delete_device = Operation(
        operation_id="DeleteDevice",
        method="DELETE",
        path="/v5/iot/{project_id}/devices/{device_id}",
        params=(project_id, Param("path", "device_id", "device_id", str, True)),
        body=None,
        responses={"204": ResponseSpec(None), "default": ResponseSpec(ErrorBody)},
    )
    raw_json = Operation("GetRaw", "GET", "/raw", (), None, {"200": ResponseSpec(Any)})
    raw_bytes = Operation("GetBytes", "GET", "/bytes", (), None, {"200": ResponseSpec(bytes)})
    raw_text = Operation("GetText", "GET", "/text", (), None, {"200": ResponseSpec(str)})
    undocumented = Operation("GetUndocumented", "GET", "/undocumented", (), None, {})
    enos_create = Operation(
        operation_id="createDevice",
        method="POST",
        path="/connect-service/v2.4/devices",
        params=(
            Param("query", "action", "action", str, True),
            Param("query", "orgId", "org_id", str, True),
        ),
        body=Body("body", "application/json", Any, True),
        responses={"200": ResponseSpec(Any)},
        envelope=b.Envelope(
            code_field="code",
            message_field="msg",
            request_id_field="requestId",
            data_field="data",
            success_codes=frozenset({0}),
            errors={11702: DeviceKeyExistsError},
        ),
    )
    upload = Operation(
        "Upload",
        "POST",
        "/files",
        (),
        Body("body", "multipart/form-data", Any, True),
        {"200": ResponseSpec(Any)},
    )
    form = Operation(
        "Form",
        "POST",
        "/form",
        (),
        Body("body", "application/x-www-form-urlencoded", Any, True),
        {"200": ResponseSpec(Any)},
    )
    blob = Operation(
        "PutBlob",
        "PUT",
        "/blob",
        (),
        Body("body", "application/octet-stream", bytes, True),
        {"200": ResponseSpec(Any)},
    )
    styles = Operation(
        "Styles",
        "GET",
        "/styles/{label}/{matrix}/{obj}",
        (
            Param("path", "label", "label", list[str], True, style="label"),
            Param("path", "matrix", "matrix", list[str], True, style="matrix", explode=True),
            Param("path", "obj", "obj", dict[str, str], True, explode=True),
            Param("query", "pipes", "pipes", list[str], False, style="pipeDelimited"),
            Param("query", "spaces", "spaces", list[str], False, style="spaceDelimited"),
            Param("query", "filter", "filter", dict[str, str], False, style="deepObject"),
        ),
        None,
        {"200": ResponseSpec(Any)},
    )
    operations = {
        "get_device": get_device,
        "create_device": create_device,
        "delete_device": delete_device,
        "raw_json": raw_json,
        "raw_bytes": raw_bytes,
        "raw_text": raw_text,
        "undocumented": undocumented,
        "enos_create": enos_create,
        "upload": upload,
        "form": form,
        "blob": blob,
        "styles": styles,
    }

    class Client(b.SyncAPIClient):
        def get_device(self, *, project_id: str, device_id: str, **kwargs: Any) -> Device:
            return self._request(
                get_device, {"project_id": project_id, "device_id": device_id, **kwargs}
            )

        def call(self, name: str, raw: bool = False, **kwargs: Any) -> Any:
            return self._request(operations[name], kwargs, raw=raw)

    class AsyncClient(b.AsyncAPIClient):
        async def get_device(self, *, project_id: str, device_id: str, **kwargs: Any) -> Device:
            return await self._request(
                get_device, {"project_id": project_id, "device_id": device_id, **kwargs}
            )

        async def call(self, name: str, raw: bool = False, **kwargs: Any) -> Any:
            return await self._request(operations[name], kwargs, raw=raw)

    return SimpleNamespace(
        ops=SimpleNamespace(**operations),
        Client=Client,
        AsyncClient=AsyncClient,
        DeviceKeyExistsError=DeviceKeyExistsError,
        CreateDeviceRequest=CreateDeviceRequest,
        AuthInfo=AuthInfo,
        Device=Device,
        ErrorBody=ErrorBody,
        Order=Order,
    )


@pytest.fixture(scope="session")
def api(rt: SimpleNamespace) -> SimpleNamespace:
    return build_api(rt)


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest, api: SimpleNamespace) -> Harness:
    return Harness(request.param, api)


@pytest.fixture
def sleeps(rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    """Patch the retry sleeps (sync and async) to record instead of waiting; no jitter."""
    record = Sleeps()

    def fake_sleep(delay: float) -> None:
        record.delays.append(delay)

    async def fake_async_sleep(delay: float) -> None:
        record.delays.append(delay)

    monkeypatch.setattr(rt.base, "_sleep", fake_sleep)
    monkeypatch.setattr(rt.base, "_async_sleep", fake_async_sleep)
    monkeypatch.setattr(rt.retry, "_random", lambda: 0.0)
    return record
