import keyword

import pytest

from generator.ir import naming
from generator.ir.naming import (
    NameSpace,
    dist_name_problem,
    import_name_problem,
    pascal_identifier,
    snake_case,
    snake_identifier,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IoTDA", "iotda"),
        ("CreateOtaModule", "create_ota_module"),
        ("HTTPServer", "http_server"),
        ("Sample IoT Platform API", "sample_iot_platform_api"),
        ("getV2ABCDeFgHij", "get_v2_abc_de_fg_hij"),
        ("Instance-Id", "instance_id"),
        ("apim-accesstoken", "apim_accesstoken"),
        ("userID", "user_id"),
        ("page[size]", "page_size"),
        ("Huawei Cloud IoTDA", "huawei_cloud_iotda"),
    ],
)
def test_snake_case_keeps_acronyms_whole(text: str, expected: str) -> None:
    assert snake_case(text) == expected


@pytest.mark.parametrize("word", ["class", "from", "import", "lambda", "match", "type", "id"])
def test_keywords_and_builtins_are_escaped(word: str) -> None:
    name = snake_identifier(word)
    assert name.isidentifier() and not keyword.iskeyword(name) and name == word + "_"


@pytest.mark.parametrize("word", ["None", "True", "False"])
def test_capitalised_keywords_are_escaped_as_class_names(word: str) -> None:
    assert pascal_identifier(word) == word + "_"


@pytest.mark.parametrize("text", ["__init__", "__class__", "123abc", "", "$", "日本語"])
def test_identifiers_are_always_valid(text: str) -> None:
    for name in (snake_identifier(text), pascal_identifier(text)):
        assert name.isidentifier()
        assert not name.startswith("__")


def test_pascal_case() -> None:
    assert pascal_identifier("create ota module") == "CreateOtaModule"
    assert pascal_identifier("IoTDA device") == "IoTDADevice"


def test_namespace_resolves_collisions_deterministically() -> None:
    space = NameSpace({"close"})
    assert space.claim("asc") == "asc"
    assert space.claim("ASC") == "ASC_2"  # collides after case-folding
    assert space.claim("close") == "close_2"
    assert space.claim("asc") == "asc_3"


# -- model fields and enum members (issue 8) -------------------------------------------


@pytest.mark.parametrize(
    ("wire", "attribute"),
    [
        ("assetId", "asset_id"),
        ("productKey", "product_key"),
        ("i18nValue", "i18n_value"),
        ("IoTDAThing", "iotda_thing"),
        ("already_snake", "already_snake"),
        ("id", "id_"),
        ("type", "type_"),
        ("self", "self_"),
        ("model_dump", "model_dump_"),
        ("model_name", "model_name"),
        ("json", "json_"),
        ("timeout", "timeout_"),
        ("", "field"),
    ],
)
def test_field_name(wire: str, attribute: str) -> None:
    assert naming.field_name(wire) == attribute


def test_enum_members_use_the_documents_names_when_complete() -> None:
    assert naming.enum_member_names([0, 1, 2], ["MQTT", "CoAP", "opc ua"]) == [
        "MQTT",
        "CoAP",
        "OPC_UA",
    ]
    # A list that does not name every value is ignored: names derive from the values.
    assert naming.enum_member_names([0, 1], ["MQTT"]) == ["VALUE_0", "VALUE_1"]


@pytest.mark.parametrize(
    ("values", "names"),
    [
        (
            ["iotda::certificate::country", "iotda::certificate::common_name"],
            ["COUNTRY", "COMMON_NAME"],
        ),
        ([0, 1, -1, 2.5], ["VALUE_0", "VALUE_1", "VALUE_MINUS_1", "VALUE_2_5"]),
        (["asc", "ASC", "desc"], ["ASC", "ASC_2", "DESC"]),
        (["", "a b", "class"], ["EMPTY", "A_B", "CLASS"]),
        ([True, False], ["TRUE", "FALSE"]),
        (["String"], ["STRING"]),
        (["name", "value"], ["NAME", "VALUE"]),
    ],
)
def test_enum_member_names_derive_from_values(values: list[object], names: list[str]) -> None:
    assert naming.enum_member_names(values) == names


def test_enum_member_names_refuse_unnamed_values() -> None:
    assert naming.enum_member_names([None, "a"]) is None
    assert naming.enum_member_names([]) is None


def test_namespace_skips_taken_suffixes_like_a_scan_from_two() -> None:
    """Claims resume from the last suffix tried (thousands of colliding names stay linear);
    the names handed out are those a scan from 2 gives."""
    space = NameSpace({"a_3", "A_5"})
    assert [space.claim("a") for _ in range(5)] == ["a", "a_2", "a_4", "a_6", "a_7"]
    assert space.claim("a_2") == "a_2_2"
    classes = NameSpace()
    names = [classes.claim("Model", separator="") for _ in range(3000)]
    assert names[:3] == ["Model", "Model2", "Model3"]
    assert len(set(names)) == 3000


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("iotda-client", True),
        ("a", True),
        ("A.b_c-9", True),
        ("..", False),
        (".", False),
        ("../x", False),
        ("/tmp/x", False),
        ("a\x00b", False),
        ("-a", False),
        ("a-", False),
        ("caf\u00e9", False),
        ("x" * 101, False),
    ],
)
def test_dist_name_problem(name: str, ok: bool) -> None:
    assert (dist_name_problem(name) is None) is ok


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("iotda_client", True),
        ("_x", True),
        ("class", False),
        ("list", False),
        ("a-b", False),
        ("1a", False),
        ("caf\u00e9", False),
        ("a\x00", False),
        ("x" * 101, False),
    ],
)
def test_import_name_problem(name: str, ok: bool) -> None:
    assert (import_name_problem(name) is None) is ok
