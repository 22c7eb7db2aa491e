"""snake_case as the lint predicts Python names, and the identifier check."""

from __future__ import annotations

import pytest

from generator.lint.naming import identifier_problem, snake_case


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CreateOtaModule", "create_ota_module"),
        ("IoTDA", "iotda"),
        ("ShowIoTDADevice", "show_iotda_device"),
        ("IoTDevice", "iot_device"),
        ("HTTPServer", "http_server"),
        ("getHTTPStatus", "get_http_status"),
        ("getDeviceById", "get_device_by_id"),
        ("listDevicesV2", "list_devices_v2"),
        ("oauth2Token", "oauth2_token"),
        ("v5Devices", "v5_devices"),
        ("pets.list-all", "pets_list_all"),
        ("already_snake", "already_snake"),
        ("__private__", "private"),
        ("ID", "id"),
        ("QoS", "qos"),
        ("2fa-verify", "2fa_verify"),
        ("---", ""),
    ],
)
def test_snake_case(name: str, expected: str) -> None:
    assert snake_case(name) == expected


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("create_ota_module", None),
        ("match", None),  # a soft keyword is a valid function name
        ("class", "is a Python keyword"),
        ("2fa_verify", "is not a valid Python identifier"),
        ("", "is empty"),
    ],
)
def test_identifier_problem(name: str, problem: str | None) -> None:
    assert identifier_problem(name) == problem
