"""Slips real documents carry: no document is refused for one bad fragment.

A ``$ref`` that cannot be followed degrades the part that uses it, with a warning naming
the ref's pointer, what it pointed at and what became of the part; ``generate --strict``
and ``lint`` refuse with the same message (exit status 2). Schema slips are repaired
where they stand (``schema-repaired``). Other slips (a list ``type`` in 3.0, ``nullable``
in 3.1, duplicate operationIds, ``{id}.json`` templates, ...) generate as they are; every
generated package imports, builds its models and passes ``mypy --strict``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from generator.loader import load
from generator.loader.schemas import _KEYWORDS
from tests.conftest import models_source
from tests.unit.hostile.conftest import Workspace

RESPONSE = {
    "200": {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"a": {"type": "string"}}}
            }
        },
    }
}


def document(
    paths: dict[str, Any], components: dict[str, Any] | None = None, version: str = "3.1.0"
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "openapi": version,
        "info": {"title": "Slips", "version": "1"},
        "paths": paths,
    }
    if components:
        data["components"] = components
    return data


def get(path: str = "/x", **op: Any) -> dict[str, Any]:
    return {path: {"get": {"operationId": "x", "responses": RESPONSE, **op}}}


def schema_doc(schemas: dict[str, Any], version: str = "3.1.0") -> dict[str, Any]:
    ok = {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/S"}}},
        }
    }
    return document(get(responses=ok), {"schemas": schemas}, version)


LEFT_OUT = "the parameter is left out (extra_query/extra_headers can send it)"

#: name -> (document, [(pointer of the ref, rule, message, what became of the part)])
REF_CASES: dict[str, tuple[dict[str, Any], list[tuple[str, str, str, str]]]] = {
    "schema-dangling": (
        schema_doc(
            {"S": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Gone"}}}}
        ),
        [
            (
                "/components/schemas/S/properties/a/$ref",
                "unresolved-ref",
                "#/components/schemas/Gone does not resolve",
                "typed as Any",
            )
        ],
    ),
    "parameter-dangling": (
        document(
            get(
                parameters=[
                    {"$ref": "#/components/parameters/Gone"},
                    {"$ref": "#/components/parameters/Q"},
                ]
            ),
            {"parameters": {"Q": {"name": "q", "in": "query", "schema": {"type": "string"}}}},
        ),
        [
            (
                "/paths/~1x/get/parameters/0/$ref",
                "unresolved-ref",
                "#/components/parameters/Gone does not resolve",
                LEFT_OUT,
            )
        ],
    ),
    "parameter-chain-dangling": (
        document(
            get(parameters=[{"$ref": "#/components/parameters/P"}]),
            {"parameters": {"P": {"$ref": "#/components/parameters/Gone"}}},
        ),
        [
            (
                "/components/parameters/P/$ref",
                "unresolved-ref",
                "#/components/parameters/Gone does not resolve",
                LEFT_OUT,
            ),
            (
                "/paths/~1x/get/parameters/0/$ref",
                "unresolved-ref",
                "#/components/parameters/P leads to #/components/parameters/Gone, which does "
                "not resolve",
                LEFT_OUT,
            ),
        ],
    ),
    "request-body-dangling": (
        document(
            {
                "/x": {
                    "post": {
                        "operationId": "x",
                        "requestBody": {"$ref": "#/components/requestBodies/Gone"},
                        "responses": RESPONSE,
                    }
                }
            }
        ),
        [
            (
                "/paths/~1x/post/requestBody/$ref",
                "unresolved-ref",
                "#/components/requestBodies/Gone does not resolve",
                "the request body is sent as raw bytes",
            )
        ],
    ),
    "response-dangling": (
        document(get(responses={"200": {"$ref": "#/components/responses/Gone"}})),
        [
            (
                "/paths/~1x/get/responses/200/$ref",
                "unresolved-ref",
                "#/components/responses/Gone does not resolve",
                "the response body is read as untyped JSON",
            )
        ],
    ),
    "header-example-link-callback-dangling": (
        document(
            get(
                responses={
                    "200": {
                        "description": "ok",
                        "headers": {"X-A": {"$ref": "#/components/headers/Gone"}},
                        "links": {"l": {"$ref": "#/components/links/Gone"}},
                        "content": {
                            "application/json": {
                                "schema": {"type": "string"},
                                "examples": {"e": {"$ref": "#/components/examples/Gone"}},
                            }
                        },
                    }
                },
                callbacks={"cb": {"$ref": "#/components/callbacks/Gone"}},
            )
        ),
        [
            (
                "/paths/~1x/get/callbacks/cb/$ref",
                "unresolved-ref",
                "#/components/callbacks/Gone does not resolve",
                "the callback is left out",
            ),
            (
                "/paths/~1x/get/responses/200/content/application~1json/examples/e/$ref",
                "unresolved-ref",
                "#/components/examples/Gone does not resolve",
                "the example is left out",
            ),
            (
                "/paths/~1x/get/responses/200/headers/X-A/$ref",
                "unresolved-ref",
                "#/components/headers/Gone does not resolve",
                "the header is left out",
            ),
            (
                "/paths/~1x/get/responses/200/links/l/$ref",
                "unresolved-ref",
                "#/components/links/Gone does not resolve",
                "the link is left out",
            ),
        ],
    ),
    "path-item-dangling": (
        document({"/gone": {"$ref": "#/components/pathItems/Gone"}, **get()}),
        [
            (
                "/paths/~1gone/$ref",
                "unresolved-ref",
                "#/components/pathItems/Gone does not resolve",
                "the path item is left out",
            )
        ],
    ),
    "wrong-kind": (
        document(
            get(parameters=[{"$ref": "#/components/schemas/S"}]),
            {
                "schemas": {
                    "S": {
                        "type": "object",
                        "properties": {
                            "p": {"$ref": "#/components/parameters/P"},
                            "t": {"$ref": "#/info/title"},
                            "i": {"$ref": "#/info"},
                        },
                    }
                },
                "parameters": {"P": {"name": "p", "in": "query", "schema": {"type": "string"}}},
            },
        ),
        [
            (
                "/components/schemas/S/properties/i/$ref",
                "ref-wrong-kind",
                "#/info names an info object where a schema belongs",
                "typed as Any",
            ),
            (
                "/components/schemas/S/properties/p/$ref",
                "ref-wrong-kind",
                "#/components/parameters/P names a parameter where a schema belongs",
                "typed as Any",
            ),
            (
                "/components/schemas/S/properties/t/$ref",
                "ref-wrong-kind",
                "#/info/title names a string, not a schema",
                "typed as Any",
            ),
            (
                "/paths/~1x/get/parameters/0/$ref",
                "ref-wrong-kind",
                "#/components/schemas/S names a schema where a parameter belongs",
                LEFT_OUT,
            ),
        ],
    ),
    "self-ref": (
        schema_doc({"S": {"$ref": "#/components/schemas/S"}}),
        [
            (
                "/components/schemas/S/$ref",
                "ref-cycle",
                "reference cycle that never reaches an object: #/components/schemas/S -> "
                "#/components/schemas/S",
                "typed as Any",
            ),
            (
                "/paths/~1x/get/responses/200/content/application~1json/schema/$ref",
                "ref-cycle",
                "reference cycle that never reaches an object: #/components/schemas/S -> "
                "#/components/schemas/S",
                "typed as Any",
            ),
        ],
    ),
    "remote-and-missing-file": (
        document(
            get(
                responses={
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "missing.yaml#/P"}}},
                    },
                    "400": {"$ref": "https://example.com/common.yaml#/responses/Bad"},
                }
            )
        ),
        [
            (
                "/paths/~1x/get/responses/200/content/application~1json/schema/$ref",
                "unresolved-ref",
                "cannot load missing.yaml",
                "typed as Any",
            ),
            (
                "/paths/~1x/get/responses/400/$ref",
                "remote-ref",
                "remote $ref not supported (only relative file refs are): "
                "https://example.com/common.yaml",
                "the response body is read as untyped JSON",
            ),
        ],
    ),
}


def _write(ws: Workspace, data: dict[str, Any]) -> None:
    ws.write("doc.json", json.dumps(data, indent=1))


@pytest.mark.parametrize("case", sorted(REF_CASES))
def test_a_broken_ref_degrades_one_part(case: str, ws: Workspace) -> None:
    data, expected = REF_CASES[case]
    _write(ws, data)
    result = ws.run("generate", "doc.json", "-o", "out")
    assert result.code == 0, result.err
    lines = result.err.splitlines()
    for where, rule, message, consequence in expected:
        assert f"doc.json:{where}: warning: {rule}: {message}; {consequence}" in lines, result.err
    assert "models-failed" not in result.err
    strict = ws.run("generate", "--strict", "doc.json", "-o", "strict")
    assert strict.code == 2
    assert not (ws.root / "strict").exists()
    lint = ws.run("lint", "doc.json")
    assert lint.code == 2
    for where, rule, message, _ in expected:
        assert f"doc.json:{where}: error: {rule}: {message}" in strict.err.splitlines()
        assert f"doc.json:{where}: {rule}: {message}" in lint.out.splitlines(), lint.out


def test_a_dangling_parameter_keeps_the_operation_and_its_other_parameters(
    ws: Workspace,
) -> None:
    from generator.diagnostics import Collector
    from generator.ir import build_api

    _write(ws, REF_CASES["parameter-dangling"][0])
    api = build_api(load(ws.root / "doc.json", validate=False), Collector())
    (operation,) = api.operations
    assert [p.name for p in operation.parameters] == ["q"]


def test_a_dangling_request_body_and_response_keep_their_operation(ws: Workspace) -> None:
    data = document(
        {
            "/x": {
                "post": {
                    "operationId": "postThing",
                    "requestBody": {"$ref": "#/components/requestBodies/Gone"},
                    "responses": {"200": {"$ref": "#/components/responses/Gone"}},
                }
            }
        }
    )
    _write(ws, data)
    assert ws.run("generate", "-q", "doc.json", "-o", "out").code == 0
    client = (ws.root / "out/slips-client/slips_client/_client.py").read_text()
    assert "def post_thing(" in client
    assert "body: bytes | NotGiven = NOT_GIVEN" in client
    assert "-> Any:" in client


#: Refs that are repaired, not degraded: a warning, a finding for lint, refusal for --strict.
REPAIRED: dict[str, tuple[dict[str, Any], str]] = {
    "pointer-without-slash": (
        schema_doc(
            {
                "S": {"type": "object", "properties": {"p": {"$ref": "#components/schemas/P"}}},
                "P": {"type": "object", "properties": {"name": {"type": "string"}}},
            }
        ),
        "doc.json:/components/schemas/S/properties/p/$ref: warning: ref-repaired: "
        "#components/schemas/P is not a JSON pointer (no / after #); read as "
        "#/components/schemas/P",
    ),
    "parameter-ref-siblings": (
        document(
            get(parameters=[{"$ref": "#/components/parameters/Q", "required": True}]),
            {"parameters": {"Q": {"name": "q", "in": "query", "schema": {"type": "string"}}}},
        ),
        "doc.json:/paths/~1x/get/parameters/0: warning: ref-siblings: keys beside $ref are "
        "ignored in a reference to a parameter: required",
    ),
}


@pytest.mark.parametrize("case", sorted(REPAIRED))
def test_a_repaired_ref_warns(case: str, ws: Workspace) -> None:
    data, line = REPAIRED[case]
    _write(ws, data)
    result = ws.run("generate", "doc.json", "-o", "out")
    assert result.code == 0
    assert line in result.err.splitlines(), result.err
    strict = ws.run("generate", "--strict", "doc.json", "-o", "strict")
    assert strict.code == 2
    assert line.replace(": warning: ", ": error: ") in strict.err.splitlines(), strict.err


def test_pointer_without_slash_names_the_model(ws: Workspace) -> None:
    _write(ws, REPAIRED["pointer-without-slash"][0])
    assert ws.run("generate", "-q", "doc.json", "-o", "out").code == 0
    models = models_source(ws.root / "out/slips-client/slips_client")
    assert "p: Annotated[P | None" in models


def test_id_relative_refs_resolve(ws: Workspace) -> None:
    data = schema_doc(
        {
            "S": {
                "$id": "https://example.com/schemas/root",
                "type": "object",
                "properties": {
                    "pet": {"$ref": "pet"},
                    "name": {"$ref": "https://example.com/schemas/pet#/properties/name"},
                },
            },
            "Pet": {
                "$id": "https://example.com/schemas/pet",
                "type": "object",
                "properties": {"name": {"type": "integer"}},
            },
        }
    )
    _write(ws, data)
    result = ws.run("generate", "doc.json", "-o", "out")
    assert result.code == 0
    assert "ref" not in result.err, result.err
    models = models_source(ws.root / "out/slips-client/slips_client")
    assert "pet: Annotated[Pet | None" in models
    assert "name: Annotated[int | None" in models


#: Schema slips, each repaired where it stands: name -> (schemas, expected warning lines).
SCHEMA_CASES: dict[str, tuple[dict[str, Any], list[str]]] = {
    "properties-list": (
        {"S": {"type": "object", "properties": [{"a": {"type": "string"}}]}},
        ["/components/schemas/S/properties: properties must be a mapping, not a list; ignored"],
    ),
    "property-schema-string": (
        {"S": {"type": "object", "properties": {"a": "string", "b": None}}},
        [
            "/components/schemas/S/properties/a: a schema must be a mapping, not a string; "
            "typed as Any",
            "/components/schemas/S/properties/b: a schema must be a mapping, not null; "
            "typed as Any",
        ],
    ),
    "required-true-on-property": (
        {"S": {"type": "object", "properties": {"a": {"type": "string", "required": True}}}},
        [
            "/components/schemas/S/properties/a/required: required must be a list of property "
            "names, not a boolean; read as a being required by the parent schema"
        ],
    ),
    "discriminator-mapping-missing": (
        {
            "S": {
                "oneOf": [{"$ref": "#/components/schemas/A"}],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {
                        "a": "#/components/schemas/A",
                        "b": "#/components/schemas/Missing",
                        "c": "NotThere",
                    },
                },
            },
            "A": {"type": "object", "properties": {"kind": {"type": "string"}}},
        },
        [
            "/components/schemas/S/discriminator/mapping/b: #/components/schemas/Missing does "
            "not resolve; the mapping entry is ignored",
            "/components/schemas/S/discriminator/mapping/c: NotThere does not resolve; the "
            "mapping entry is ignored",
        ],
    ),
    "enum-values-of-another-type": (
        {
            "S": {
                "type": "object",
                "properties": {
                    "e": {"type": "string", "enum": ["a", 1, None, {"x": 1}]},
                    "i": {"type": "integer", "enum": [1, "two"]},
                    "n": {"type": "string", "nullable": True, "enum": ["a", None]},
                },
            }
        },
        [
            "/components/schemas/S/properties/e/enum: null in the enum of a string schema; "
            "read as nullable",
            "/components/schemas/S/properties/e/enum: enum values that are not strings are "
            'ignored: 1, {"x": 1}',
            "/components/schemas/S/properties/i/enum: enum values that are not integers are "
            'ignored: "two"',
        ],
    ),
    "allof-inherits-itself": (
        {"S": {"allOf": [{"$ref": "#/components/schemas/S"}, {"type": "object"}]}},
        [
            "/components/schemas/S/allOf/0: a schema cannot inherit from itself (allOf cycle "
            "S -> S); this member is typed as Any"
        ],
    ),
    "allof-cycle-of-two": (
        {
            "S": {"allOf": [{"$ref": "#/components/schemas/T"}]},
            "T": {
                "allOf": [{"$ref": "#/components/schemas/S"}],
                "properties": {"a": {"type": "string"}},
            },
        },
        [
            "/components/schemas/T/allOf/0: a schema cannot inherit from itself (allOf cycle "
            "S -> T -> S); this member is typed as Any"
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(SCHEMA_CASES))
def test_a_schema_slip_is_repaired_where_it_stands(case: str, ws: Workspace) -> None:
    schemas, expected = SCHEMA_CASES[case]
    _write(ws, schema_doc({**schemas, "Other": {"type": "object", "properties": {}}}))
    result = ws.run("generate", "doc.json", "-o", "out")
    assert result.code == 0
    for line in expected:
        assert f"doc.json:{line.replace(': ', ': warning: schema-repaired: ', 1)}" in (
            result.err.splitlines()
        ), result.err
    # the rest of the document is still typed: no wholesale failure of the models
    assert "models-failed" not in result.err and "model-missing" not in result.err
    assert "class Other(BaseModel)" in models_source(ws.root / "out/slips-client/slips_client")
    assert ws.run("generate", "--strict", "doc.json", "-o", "strict").code == 2


#: A value of the wrong JSON type for every keyword the repair knows.
_WRONG = {
    "a number": "10",
    "a non-negative integer": "10",
    "a string": 5,
    "a boolean": "yes",
    "a mapping": ["x"],
    "a list": "x",
    "a schema": "yes",
}


def test_every_wrong_typed_keyword_is_dropped_not_fatal(ws: Workspace) -> None:
    properties = {
        f"p{index}": {"type": "string", keyword: _WRONG[expected]}
        for index, (keyword, expected) in enumerate(sorted(_KEYWORDS.items()))
    }
    properties["ok"] = {"type": "integer"}
    _write(ws, schema_doc({"S": {"type": "object", "properties": properties}}))
    result = ws.run("generate", "doc.json", "-o", "out")
    assert result.code == 0
    assert "models-failed" not in result.err and "model-missing" not in result.err, result.err
    for index, (keyword, _expected) in enumerate(sorted(_KEYWORDS.items())):
        where = f"/components/schemas/S/properties/p{index}/{keyword.replace('/', '~1')}"
        assert any(
            line.startswith(f"doc.json:{where}: warning: schema-repaired: {keyword} must be ")
            for line in result.err.splitlines()
        ), (keyword, result.err)
    models = models_source(ws.root / "out/slips-client/slips_client")
    assert "ok: Annotated[int | None" in models


#: Slips the generator takes as they are (a warning where something is lost); each must
#: generate a package that imports, builds its models and type-checks.
OTHER_SLIPS: dict[str, dict[str, Any]] = {
    "type-list-in-3-0": schema_doc(
        {"S": {"type": "object", "properties": {"a": {"type": ["string", "null"]}}}}, "3.0.3"
    ),
    "nullable-in-3-1": schema_doc(
        {
            "S": {
                "type": "object",
                "properties": {"a": {"type": "string", "nullable": True}},
                "required": ["a"],
            }
        }
    ),
    "required-not-in-properties": document(
        {
            "/x": {
                "post": {
                    "operationId": "x",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"a": {"type": "string"}},
                                    "required": ["a", "b"],
                                }
                            }
                        },
                    },
                    "responses": RESPONSE,
                }
            }
        }
    ),
    "example-examples-misuse": schema_doc(
        {
            "S": {
                "type": "object",
                "examples": {"one": {"a": 1}},
                "example": [1, 2],
                "properties": {"a": {"type": "string", "example": 5, "examples": "x"}},
            }
        }
    ),
    "response-without-description": document(
        {"/x": {"get": {"operationId": "x", "responses": {"200": {"content": {}}}}}}
    ),
    "parameter-without-schema": document(
        get(parameters=[{"name": "q", "in": "query"}, {"name": "h", "in": "header"}])
    ),
    "duplicate-operation-ids": document({**get("/a"), **get("/b")}),
    "path-parameter-undeclared": document(
        get(
            "/x/{id}/{other}",
            parameters=[
                {"name": "ghost", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
        )
    ),
    "path-template-dot-json": document(
        get(
            "/x/{id}.json",
            parameters=[
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
        )
    ),
    "path-template-fragment": document(
        {
            "/x#one": {"post": {"operationId": "one", "responses": RESPONSE}},
            "/x#two": {"post": {"operationId": "two", "responses": RESPONSE}},
        }
    ),
    "non-string-enum-values": schema_doc(
        {
            "S": {
                "type": "object",
                "properties": {
                    "e": {"type": "string", "enum": ["a", 1, None, True]},
                    "i": {"type": "integer", "enum": [1, "two"]},
                },
            }
        }
    ),
    "binary-inside-json": schema_doc(
        {
            "S": {
                "type": "object",
                "properties": {
                    "f": {"type": "string", "format": "binary"},
                    "g": {"type": "array", "items": {"type": "string", "format": "byte"}},
                },
            }
        }
    ),
    "allof-conflicting-types": schema_doc(
        {"S": {"allOf": [{"type": "string"}, {"type": "object"}, {"type": "integer"}]}}
    ),
    "discriminator-without-property": schema_doc(
        {
            "S": {
                "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
                "discriminator": {"propertyName": "kind"},
            },
            "A": {"type": "object", "properties": {"x": {"type": "string"}}},
            "B": {"type": "string"},
        }
    ),
    "unknown-types": schema_doc(
        {
            "S": {
                "type": "object",
                "properties": {"a": {"type": "file"}, "b": {"type": "any"}},
            }
        },
        "3.0.3",
    ),
    "schema-ref-siblings-3-0": schema_doc(
        {
            "S": {
                "type": "object",
                "properties": {
                    "a": {"$ref": "#/components/schemas/A", "nullable": True},
                    "b": {
                        "$ref": "#/components/schemas/A",
                        "properties": {"z": {"type": "integer"}},
                    },
                },
            },
            "A": {"type": "object", "properties": {"y": {"type": "string"}}},
        },
        "3.0.3",
    ),
    "null-in-a-string-enum-3-0": schema_doc(
        {"S": {"type": "object", "properties": {"e": {"type": "string", "enum": ["a", None]}}}},
        "3.0.3",
    ),
    "null-in-a-string-enum-3-1": schema_doc(
        {"S": {"type": "object", "properties": {"e": {"type": "string", "enum": ["a", None]}}}}
    ),
    "null-in-a-nullable-enum-3-0": schema_doc(
        {
            "S": {
                "type": "object",
                "properties": {"e": {"type": "string", "nullable": True, "enum": ["a", None]}},
            }
        },
        "3.0.3",
    ),
    "response-ref-names-a-request-body": document(
        get(responses={"200": {"$ref": "#/components/requestBodies/B"}}),
        {
            "requestBodies": {
                "B": {
                    "description": "a body",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"n": {"type": "integer"}}}
                        }
                    },
                }
            }
        },
    ),
    "odd-status-keys": document(
        {
            "/x": {
                "get": {
                    "operationId": "x",
                    "responses": {**RESPONSE, "2XX": {"description": "ok"}, "abc": {}},
                }
            }
        }
    ),
    "multipart-with-nested-binary": document(
        {
            "/x": {
                "post": {
                    "operationId": "x",
                    "requestBody": {
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "meta": {
                                            "type": "object",
                                            "properties": {
                                                "f": {"type": "string", "format": "binary"}
                                            },
                                        },
                                        "files": {
                                            "type": "array",
                                            "items": {"type": "string", "format": "binary"},
                                        },
                                    },
                                }
                            }
                        }
                    },
                    "responses": RESPONSE,
                }
            }
        }
    ),
}


def _import_name(case: str) -> str:
    return "slip_" + case.replace("-", "_") + "_client"


def test_other_slips_generate_import_and_type_check(ws: Workspace) -> None:
    """Every slip document generates (one run), imports, builds its models, and the
    packages together pass ``mypy --strict``."""
    specs = []
    for case, data in sorted(OTHER_SLIPS.items()):
        named = {**data, "info": {"title": f"slip {case}", "version": "1"}}
        ws.write(f"{case}.json", json.dumps(named))
        specs.append(f"{case}.json")
    result = ws.run("generate", *specs, "-o", "out")
    assert result.code == 0, result.err
    assert "models-failed" not in result.err and "model-missing" not in result.err, result.err
    assert "ref-wrong-kind" not in result.err  # a request body serves as a response
    dists = sorted((ws.root / "out").iterdir())
    assert len(dists) == len(OTHER_SLIPS)
    code = "import pydantic, importlib\n" + "".join(
        f"m = importlib.import_module('{_import_name(case)}.models')\n"
        "for v in vars(m).values():\n"
        "    if isinstance(v, type) and issubclass(v, pydantic.BaseModel) "
        "and v.__module__ == m.__name__:\n"
        "        v.model_rebuild(force=True)\n"
        for case in sorted(OTHER_SLIPS)
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(d) for d in dists)}
    imported = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            os.devnull,
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            *(arg for case in sorted(OTHER_SLIPS) for arg in ("-p", _import_name(case))),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MYPYPATH": env["PYTHONPATH"]},
        cwd=ws.tmp,
    )
    assert mypy.returncode == 0, mypy.stdout[-4000:]
