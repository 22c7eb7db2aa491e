"""The collection building blocks rules are made of (create/list/show/update/delete)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest


def _request(fake_module: Any, **kwargs: Any) -> Any:
    values: dict[str, Any] = {
        "operation_id": "X",
        "method": "GET",
        "path": "/x",
        "path_params": {},
        "query": {},
        "headers": {},
        "body": None,
    }
    values.update(kwargs)
    return fake_module.FakeRequest(**values)


def test_crud_over_one_collection(iotda: ModuleType) -> None:
    from iotda_client import _fake

    store = _fake.Store()
    missing = _fake.not_found(404, "E.404", "no {id}")
    create = _fake.create_rule("things", "thing_id", id_prefix="t", defaults=lambda: {"v": 1})
    show = _fake.show_rule("things", "thing_id", missing)
    update = _fake.update_rule("things", "thing_id", missing, stamp=lambda: {"v": 2})
    delete = _fake.delete_rule("things", "thing_id", missing)
    listing = _fake.list_rule("things", "things", filters={"kind": "kind"})

    created = [
        create(_request(_fake, method="POST", body={"name": f"n{i}", "kind": i % 2}), store)
        for i in range(5)
    ]
    assert [c.status for c in created] == [201] * 5
    first = created[0].body["thing_id"]
    assert first == "t00000001" and created[0].body["v"] == 1

    assert show(_request(_fake, path_params={"thing_id": first}), store).body["name"] == "n0"
    page = listing(_request(_fake, params={"limit": 2, "offset": 1}), store)
    assert [t["name"] for t in page.body["things"]] == ["n1", "n2"]
    assert page.body["count"] == 5
    odd = listing(_request(_fake, params={"kind": 1}), store)
    assert [t["name"] for t in odd.body["things"]] == ["n1", "n3"]

    updated = update(_request(_fake, path_params={"thing_id": first}, body={"name": "new"}), store)
    assert updated.body == {"v": 2, "name": "new", "kind": 0, "thing_id": first}
    assert delete(_request(_fake, path_params={"thing_id": first}), store).status == 204
    for rule in (show, update, delete):
        with pytest.raises(_fake.Breach) as info:
            rule(_request(_fake, path_params={"thing_id": first}), store)
        assert (info.value.status, info.value.code, info.value.message) == (
            404,
            "E.404",
            f"no {first}",
        )
