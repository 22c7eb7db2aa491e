"""Write the before/after fixture pair of every diff rule: ``fixtures/<rule>/``.

``before.yaml`` is ``fixtures/base.yaml``; ``after.yaml`` is it with the one edit below.
Run ``python tests/unit/diff/make_fixtures.py`` after changing the base or an edit; the
test ``test_fixtures_are_fresh`` fails when the committed pairs differ from this output.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent / "fixtures"
Edit = Callable[[dict[str, Any]], None]


def _paths(d: dict[str, Any]) -> dict[str, Any]:
    return d["paths"]  # type: ignore[no-any-return]


def _schemas(d: dict[str, Any]) -> dict[str, Any]:
    return d["components"]["schemas"]  # type: ignore[no-any-return]


def _param(d: dict[str, Any], name: str) -> dict[str, Any]:
    for p in _paths(d)["/pets"]["get"]["parameters"]:
        if p["name"] == name:
            return p  # type: ignore[no-any-return]
    raise KeyError(name)


def _new_put(d: dict[str, Any]) -> None:
    _paths(d)["/pets/{petId}"]["put"] = {
        "operationId": "updatePet",
        "summary": "Update a pet",
        "description": "Changes a pet.",
        "tags": ["pets"],
        "responses": {
            "200": {
                "description": "The pet.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
            }
        },
    }


def _set(target: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        target(d)[key] = value

    return edit


def _delete(target: Callable[[dict[str, Any]], Any], key: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        del target(d)[key]

    return edit


def _remove_param(name: str) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        op = _paths(d)["/pets"]["get"]
        op["parameters"] = [p for p in op["parameters"] if p["name"] != name]

    return edit


def _add_param(param: dict[str, Any]) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        _paths(d)["/pets"]["get"]["parameters"].append(param)

    return edit


def _new_pet(d: dict[str, Any]) -> dict[str, Any]:
    return _schemas(d)["NewPet"]  # type: ignore[no-any-return]


def _pet(d: dict[str, Any]) -> dict[str, Any]:
    return _schemas(d)["Pet"]  # type: ignore[no-any-return]


def _props(
    get: Callable[[dict[str, Any]], dict[str, Any]], name: str
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: get(d)["properties"][name]  # type: ignore[no-any-return]


def _create(d: dict[str, Any]) -> dict[str, Any]:
    return _paths(d)["/pets"]["post"]  # type: ignore[no-any-return]


def _both(*edits: Edit) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        for e in edits:
            e(d)

    return edit


def _rename_create(d: dict[str, Any]) -> None:
    _create(d)["operationId"] = "addPet"


def _rename_param(d: dict[str, Any]) -> None:
    _param(d, "limit")["name"] = "max_items"


def _move_param(d: dict[str, Any]) -> None:
    _param(d, "tag")["in"] = "header"


def _version(value: str) -> Edit:
    return _set(lambda d: d["info"]["x-python-package"], "version", value)


#: rule id -> the edit whose after.yaml shows it
EDITS: dict[str, Edit] = {
    "path-removed": _delete(_paths, "/pets/{petId}"),
    "operation-removed": _delete(lambda d: _paths(d)["/pets/{petId}"], "delete"),
    "operation-added": _new_put,
    "parameter-added-required": _add_param(
        {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
    ),
    "parameter-added-optional": _add_param(
        {"name": "offset", "in": "query", "schema": {"type": "integer"}}
    ),
    "parameter-removed": _remove_param("limit"),
    "parameter-moved": _move_param,
    "parameter-became-required": _set(lambda d: _param(d, "limit"), "required", True),
    "request-body-became-required": _set(lambda d: _create(d)["requestBody"], "required", True),
    "request-field-added-required": _both(
        _set(lambda d: _new_pet(d)["properties"], "owner", {"type": "string"}),
        _set(_new_pet, "required", ["owner"]),
    ),
    "request-field-added-optional": _set(
        lambda d: _new_pet(d)["properties"], "color", {"type": "string"}
    ),
    "request-field-became-required": _set(_new_pet, "required", ["age"]),
    "request-field-removed": _delete(lambda d: _new_pet(d)["properties"], "age"),
    "request-type-changed": _set(_props(_new_pet, "age"), "type", "string"),
    "request-type-widened": _set(_props(_new_pet, "age"), "type", ["integer", "string"]),
    "request-max-length-decreased": _set(_props(_new_pet, "name"), "maxLength", 32),
    "request-min-length-increased": _set(_props(_new_pet, "name"), "minLength", 3),
    "request-maximum-decreased": _set(_props(_new_pet, "age"), "maximum", 100),
    "request-minimum-increased": _set(_props(_new_pet, "age"), "minimum", 1),
    "request-pattern-added": _set(_props(_new_pet, "name"), "pattern", "^[a-z]+$"),
    "request-pattern-changed": _set(
        lambda d: _paths(d)["/pets/{petId}"]["parameters"][0]["schema"], "pattern", "^[0-9a-f]+$"
    ),
    "request-enum-value-removed": _set(_props(_new_pet, "tag"), "enum", ["dog", "cat"]),
    "request-media-type-removed": _delete(
        lambda d: _create(d)["requestBody"]["content"], "application/x-www-form-urlencoded"
    ),
    "response-field-removed": _delete(lambda d: _pet(d)["properties"], "nickname"),
    "response-field-added": _set(lambda d: _pet(d)["properties"], "weight", {"type": "number"}),
    "response-type-changed": _set(_props(_pet, "id"), "type", "string"),
    "response-field-became-optional": _set(_pet, "required", ["id"]),
    "response-enum-value-added": _set(
        _props(_pet, "status"), "enum", ["available", "sold", "pending"]
    ),
    "response-success-status-removed": lambda d: _create(d)["responses"].update(
        {"200": _create(d)["responses"].pop("201")}
    ),
    "response-success-status-added": _set(
        lambda d: _create(d)["responses"], "202", {"description": "Accepted."}
    ),
    "response-error-status-added": _set(
        lambda d: _create(d)["responses"], "409", {"description": "Conflict."}
    ),
    "response-error-status-removed": _delete(lambda d: _create(d)["responses"], "400"),
    "response-media-type-removed": _delete(
        lambda d: _paths(d)["/pets/{petId}"]["get"]["responses"]["200"]["content"],
        "application/xml",
    ),
    "security-requirement-removed": _set(lambda d: d, "security", [{"bearer": []}]),
    "security-requirement-added": _set(
        lambda d: d, "security", [{"apiKey": []}, {"bearer": []}, {"aksk": []}]
    ),
    "server-removed": lambda d: d["servers"].pop(),
    "server-added": lambda d: d["servers"].append({"url": "https://eu2.pets.example"}),
    "server-variable-removed": _set(
        lambda d: d["servers"][0]["variables"]["region"], "enum", ["eu"]
    ),
    "py-package-renamed": _set(lambda d: d["info"]["x-python-package"], "import-name", "pets_api"),
    "py-method-removed": _delete(lambda d: _paths(d)["/pets/{petId}"], "delete"),
    "py-method-renamed": _rename_create,
    "py-method-added": _new_put,
    "py-argument-removed": _remove_param("limit"),
    "py-argument-renamed": _rename_param,
    "py-argument-required": _set(lambda d: _param(d, "limit"), "required", True),
    "py-argument-added-required": _add_param(
        {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
    ),
    "py-argument-added": _add_param(
        {"name": "offset", "in": "query", "schema": {"type": "integer"}}
    ),
    "py-argument-narrowed": _set(lambda d: _param(d, "kind"), "schema", {"type": "string"}),
    "py-argument-widened": _set(
        lambda d: _param(d, "limit"), "schema", {"type": ["integer", "string"]}
    ),
    "py-return-changed": _set(
        lambda d: _paths(d)["/pets/{petId}"]["get"]["responses"]["200"]["content"][
            "application/json"
        ],
        "schema",
        {"$ref": "#/components/schemas/Error"},
    ),
    "py-model-removed": _delete(_schemas, "Badge"),
    "py-model-added": _set(
        _schemas, "Toy", {"type": "object", "properties": {"name": {"type": "string"}}}
    ),
    "py-model-attribute-removed": _delete(lambda d: _pet(d)["properties"], "nickname"),
    "py-model-attribute-narrowed": _set(_props(_new_pet, "ref_code"), "type", "string"),
    "py-model-attribute-widened": _set(_props(_pet, "id"), "type", ["integer", "string"]),
    "py-model-attribute-required": _set(_new_pet, "required", ["age"]),
    "py-model-attribute-optional": _set(_pet, "required", ["id"]),
    "py-model-attribute-added": _set(
        lambda d: _new_pet(d)["properties"], "color", {"type": "string"}
    ),
    "py-error-removed": _delete(
        lambda d: _paths(d)["/pets/{petId}"]["delete"], "x-response-envelope"
    ),
    "py-export-removed": _both(
        _delete(lambda d: d["components"]["securitySchemes"], "aksk"),
    ),
}


def dump(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def pairs() -> dict[str, tuple[str, str]]:
    base = yaml.safe_load((HERE / "base.yaml").read_text(encoding="utf-8"))
    out = {}
    for rule, edit in EDITS.items():
        after = copy.deepcopy(base)
        edit(after)
        out[rule] = (dump(base), dump(after))
    return out


def main() -> int:
    for rule, (before, after) in pairs().items():
        folder = HERE / rule
        folder.mkdir(exist_ok=True)
        (folder / "before.yaml").write_text(before, encoding="utf-8")
        (folder / "after.yaml").write_text(after, encoding="utf-8")
    print(f"wrote {len(EDITS)} fixture pairs under {HERE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
