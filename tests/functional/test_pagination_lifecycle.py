"""Auto-pagination, action-per-query paths and a create/list/show/update/delete lifecycle
of each committed package, over small in-memory fakes on httpx.MockTransport."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import GENERATED

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="module")
def packages() -> Iterator[dict[str, ModuleType]]:
    paths = [
        str(GENERATED / name)
        for name in ("iotda-client", "enos-connect-client", "roma-link-client")
    ]
    sys.path[:0] = paths
    import enos_connect_client
    import iotda_client
    import roma_link_client

    yield {"iotda": iotda_client, "enos": enos_connect_client, "roma": roma_link_client}
    del sys.path[: len(paths)]


def _module(n: int) -> dict[str, Any]:
    return {"module_id": f"{n:024x}", "app_id": "a1", "product_id": "p1", "module_name": f"M{n}"}


def _iotda_list_server(count: int, seen: list[httpx.Request]) -> Handler:
    """IoTDA marker paging: newest (largest ID) first, records below the marker."""
    records = [_module(n) for n in range(count, 0, -1)]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        q = request.url.params
        limit = int(q.get("limit", "10"))
        marker = int(q.get("marker", "f" * 24), 16)
        rest = [r for r in records if int(r["module_id"], 16) < marker]
        rest = rest[int(q.get("offset", "0")) :]
        page = rest[:limit]
        body = {"modules": page, "page": {"count": count}}
        if page:
            body["page"]["marker"] = page[-1]["module_id"]
        return httpx.Response(200, json=body)

    return handler


def test_cursor_pagination_yields_every_item_and_stops_on_short_page(
    packages: dict[str, ModuleType],
) -> None:
    iotda = packages["iotda"]
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_iotda_list_server(25, seen))
    client = iotda.Client(http_client=httpx.Client(transport=transport))
    pager = client.list_ota_modules(project_id="p", app_id="a1", limit=10, offset=0)
    names = [m.module_name for m in pager]
    assert names == [f"M{n}" for n in range(25, 0, -1)]
    assert len(seen) == 3  # 10 + 10 + 5: the short page ends the walk
    assert "marker" not in seen[0].url.params
    assert seen[0].url.params["offset"] == "0"
    assert seen[1].url.params["marker"] == f"{16:024x}"
    assert "offset" not in seen[1].url.params  # first-page-only
    assert all(isinstance(m, iotda.models.OtaModule) for m in pager)


def test_cursor_pagination_pages_and_first_page(packages: dict[str, ModuleType]) -> None:
    iotda = packages["iotda"]
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_iotda_list_server(20, seen))
    client = iotda.Client(http_client=httpx.Client(transport=transport))
    pager = client.list_ota_modules(project_id="p", app_id="a1")
    first = pager.first_page()
    assert isinstance(first, iotda.models.ListOtaModulesResponse)
    assert len(first.modules) == 10 and len(seen) == 1
    pages = list(pager.pages())
    # 10 + 10, then an empty page: a full last page cannot tell that it is the last
    assert [len(p.modules) for p in pages] == [10, 10, 0]


def test_cursor_pagination_stops_when_the_server_repeats_a_cursor(
    packages: dict[str, ModuleType],
) -> None:
    iotda = packages["iotda"]
    seen: list[httpx.Request] = []

    def stuck(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = [_module(n) for n in range(10)]
        return httpx.Response(200, json={"modules": page, "page": {"marker": "a" * 24}})

    client = iotda.Client(http_client=httpx.Client(transport=httpx.MockTransport(stuck)))
    items = list(client.list_ota_modules(project_id="p", app_id="a1"))
    assert len(seen) == 2
    assert len(items) == 10  # the repeated page is not yielded again


def test_async_pagination(packages: dict[str, ModuleType]) -> None:
    iotda = packages["iotda"]
    seen: list[httpx.Request] = []

    async def run() -> tuple[list[str], int, int]:
        transport = httpx.MockTransport(_iotda_list_server(12, seen))
        async with iotda.AsyncClient(http_client=httpx.AsyncClient(transport=transport)) as c:
            pager = c.list_ota_modules(project_id="p", app_id="a1", limit=5)
            names = [m.module_name async for m in pager]
            pages = [p async for p in pager.pages()]
            first = await pager.first_page()
            return names, len(pages), len(first.modules)

    names, page_count, first_len = asyncio.run(run())
    assert names == [f"M{n}" for n in range(12, 0, -1)]
    assert page_count == 3 and first_len == 5


def test_offset_pagination_roma(packages: dict[str, ModuleType]) -> None:
    roma = packages["roma"]
    seen: list[httpx.Request] = []
    products = [{"id": n, "name": f"p{n}"} for n in range(23)]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        offset = int(request.url.params.get("offset", "0"))
        limit = int(request.url.params.get("limit", "10"))
        page = products[offset : offset + limit]
        return httpx.Response(200, json={"total": 23, "size": len(page), "items": page})

    client = roma.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    ids = [p.id_ for p in client.list_products(project_id="default", instance_id="default")]
    assert ids == list(range(23))
    assert [r.url.params.get("offset") for r in seen] == [None, "10", "20"]


def test_offset_pagination_stops_on_total_and_on_a_repeated_page(
    packages: dict[str, ModuleType],
) -> None:
    roma = packages["roma"]
    seen: list[httpx.Request] = []

    def ignores_offset(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = [{"id": n} for n in range(10)]
        return httpx.Response(200, json={"total": 1000, "size": 10, "items": page})

    client = roma.Client(http_client=httpx.Client(transport=httpx.MockTransport(ignores_offset)))
    assert len(list(client.list_products(project_id="d", instance_id="d"))) == 10
    assert len(seen) == 2  # the second, identical page ends the walk unyielded


def test_page_pagination_enos_search_and_no_fragment_on_the_wire(
    packages: dict[str, ModuleType],
) -> None:
    enos = packages["enos"]
    seen: list[httpx.Request] = []
    devices = [{"assetId": f"a{n}", "deviceKey": f"d{n}"} for n in range(7)]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = json.loads(request.content)
        number, size = body["pagination"]["pageNo"], body["pagination"]["pageSize"]
        page = devices[(number - 1) * size : number * size]
        return httpx.Response(
            200,
            json={
                "code": 0,
                "msg": "OK",
                "data": page,
                "pagination": {"pageNo": number, "pageSize": size, "totalSize": 7},
            },
        )

    client = enos.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    pager = client.search_device(
        org_id="o1", expression="status = 'online'", pagination={"pageNo": 1, "pageSize": 3}
    )
    assert [d.asset_id for d in pager] == [f"a{n}" for n in range(7)]
    assert len(seen) == 3
    for request in seen:
        assert request.url.raw_path.startswith(b"/connect-service/v2.4/devices?")
        assert b"#" not in request.url.raw_path and request.url.fragment == ""
        assert request.url.params["action"] == "search"
        assert json.loads(request.content)["expression"] == "status = 'online'"


class _Fake:
    """A small in-memory store keyed by ID, shared by the lifecycle fakes."""

    def __init__(self) -> None:
        self.items: dict[str, dict[str, Any]] = {}
        self.next_id = 1

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id


def _iotda_fake() -> Handler:
    fake = _Fake()

    def handler(request: httpx.Request) -> httpx.Response:
        parts = request.url.path.split("/")  # '', v5, iot, project, ota-upgrades, modules[, id]
        module_id = parts[6] if len(parts) > 6 else None
        if request.method == "POST":
            body = json.loads(request.content)
            new = {**body, "module_id": f"{fake.new_id():024x}", "create_time": "20230211T121212Z"}
            fake.items[new["module_id"]] = new
            return httpx.Response(201, json=new)
        if module_id is None:
            listed = sorted(fake.items.values(), key=lambda m: m["module_id"], reverse=True)
            return httpx.Response(200, json={"modules": listed, "page": {"count": len(listed)}})
        if module_id not in fake.items:
            return httpx.Response(404, json={"error_code": "IOTDA.014000", "error_msg": "gone"})
        if request.method == "GET":
            return httpx.Response(200, json=fake.items[module_id])
        if request.method == "PUT":
            fake.items[module_id].update(json.loads(request.content))
            return httpx.Response(200, json=fake.items[module_id])
        del fake.items[module_id]
        return httpx.Response(204)

    return handler


def test_lifecycle_iotda_ota_module(packages: dict[str, ModuleType]) -> None:
    iotda = packages["iotda"]
    client = iotda.Client(
        max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(_iotda_fake()))
    )
    created = client.create_ota_module(
        project_id="p", app_id="a1", product_id="p1", module_name="MCU"
    )
    assert [m.module_id for m in client.list_ota_modules(project_id="p", app_id="a1")] == [
        created.module_id
    ]
    shown = client.show_ota_module(project_id="p", module_id=created.module_id)
    assert shown.module_name == "MCU"
    updated = client.update_ota_module(
        project_id="p", module_id=created.module_id, alias_name="MCU-2"
    )
    assert updated.alias_name == "MCU-2"
    assert client.delete_ota_module(project_id="p", module_id=created.module_id) is None
    with pytest.raises(iotda.NotFoundError):
        client.show_ota_module(project_id="p", module_id=created.module_id)


def _roma_fake() -> Handler:
    fake = _Fake()

    def handler(request: httpx.Request) -> httpx.Response:
        parts = request.url.path.split("/")  # '', v2, proj, link, instances, inst, products[, id]
        product_id = parts[7] if len(parts) > 7 else None
        if request.method == "POST":
            new = {**json.loads(request.content), "id": fake.new_id()}
            fake.items[str(new["id"])] = new
            return httpx.Response(201, json=new)
        if product_id is None:
            listed = list(fake.items.values())
            return httpx.Response(
                200, json={"total": len(listed), "size": len(listed), "items": listed}
            )
        if product_id not in fake.items:
            return httpx.Response(404, json={"error_code": "ROMA.00110006", "error_msg": "gone"})
        if request.method == "GET":
            return httpx.Response(200, json=fake.items[product_id])
        if request.method == "PUT":
            fake.items[product_id].update(json.loads(request.content))
            return httpx.Response(200, json=fake.items[product_id])
        del fake.items[product_id]
        return httpx.Response(204)

    return handler


def test_lifecycle_roma_product(packages: dict[str, ModuleType]) -> None:
    roma = packages["roma"]
    client = roma.Client(
        max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(_roma_fake()))
    )
    where = {"project_id": "default", "instance_id": "default"}
    created = client.create_product(
        **where,
        app_id="app-1",
        name="thermo",
        manufacturer_id="m1",
        manufacturer_name="maker",
        model="t1",
        product_type=0,
        protocol_type=0,
    )
    assert [p.id_ for p in client.list_products(**where)] == [created.id_]
    assert client.show_product(**where, product_id=created.id_).name == "thermo"
    updated = client.update_product(
        **where,
        product_id=created.id_,
        name="thermo2",
        manufacturer_id="m1",
        manufacturer_name="maker",
        model="t1",
        device_type="Default",
    )
    assert updated.name == "thermo2"
    client.delete_product(**where, product_id=created.id_)
    with pytest.raises(roma.NotFoundError):
        client.show_product(**where, product_id=created.id_)


def _enos_fake(seen: list[httpx.Request]) -> Handler:
    fake = _Fake()

    def answer(data: Any, **extra: Any) -> httpx.Response:
        return httpx.Response(200, json={"code": 0, "msg": "OK", "data": data, **extra})

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        action = request.url.params["action"]
        asset = request.url.params.get("assetId")
        body = json.loads(request.content) if request.content else {}
        if action == "create":
            new = {**body, "assetId": f"A{fake.new_id()}"}
            fake.items[new["assetId"]] = new
            return answer({"assetId": new["assetId"], "productKey": body["productKey"]})
        if action == "search":
            return answer(list(fake.items.values()), pagination={"totalSize": len(fake.items)})
        if asset not in fake.items:
            return httpx.Response(200, json={"code": 11404, "msg": "not found", "data": None})
        if action == "get":
            return answer(fake.items[asset])
        if action == "update":
            fake.items[asset].update(body)
            return answer(None)
        del fake.items[asset]
        return answer(None)

    return handler


def test_lifecycle_enos_device(packages: dict[str, ModuleType]) -> None:
    enos = packages["enos"]
    seen: list[httpx.Request] = []
    client = enos.Client(http_client=httpx.Client(transport=httpx.MockTransport(_enos_fake(seen))))
    created = client.create_device(
        org_id="o1", product_key="pk", device_name={"defaultValue": "dev"}, timezone="+08:00"
    )
    asset = created.asset_id
    assert [d.asset_id for d in client.search_device(org_id="o1")] == [asset]
    assert client.get_device(org_id="o1", asset_id=asset).device_name.default_value == "dev"
    client.update_device(org_id="o1", asset_id=asset, device_desc="changed")
    assert client.get_device(org_id="o1", asset_id=asset).device_desc == "changed"
    client.delete_device(org_id="o1", asset_id=asset)
    with pytest.raises(enos.APIEnvelopeError):
        client.get_device(org_id="o1", asset_id=asset)
    actions = [r.url.params["action"] for r in seen]
    assert actions == ["create", "search", "get", "update", "get", "delete", "get"]
    assert [r.method for r in seen] == ["POST", "POST", "GET", "POST", "GET", "POST", "GET"]
    assert all(b"#" not in r.url.raw_path for r in seen)
