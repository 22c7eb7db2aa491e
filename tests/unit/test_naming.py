import keyword

import pytest

from generator.ir.naming import NameSpace, pascal_identifier, snake_case, snake_identifier


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
