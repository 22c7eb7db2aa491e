"""An EnOS user builds models by attribute name and handles every refusal (mypy --strict)."""

from __future__ import annotations

import enos_connect_client
import httpx
from enos_connect_client import models


def create(client: enos_connect_client.Client) -> str | None:
    request = models.CreateDeviceRequest(
        product_key="pk",
        device_name=models.StringI18N(default_value="Pump", i18n_value={"en_US": "Pump"}),
        timezone="+08:00",
    )
    try:
        device = client.create_device(org_id="o1", body=request)
    except enos_connect_client.DeviceKeyExistsError as error:
        code: int | None = error.code
        return f"exists ({code}, request {error.request_id})"
    except enos_connect_client.APIStatusError as error:  # HTTP errors and envelope errors
        status: int = error.status_code
        text: str | None = error.error_msg
        return f"{status} {error.error_code} {text} {error.request_id}"
    if device is None:
        return None
    asset: str | None = device.asset_id
    return asset


def raw_request_id(client: enos_connect_client.Client) -> str | None:
    raw = client.with_raw_response.create_device(
        org_id="o1",
        product_key="pk",
        device_name={"defaultValue": "Pump"},
        timezone="+08:00",
    )
    parsed: models.DeviceCreateResult | None = raw.parsed
    print(parsed)
    return raw.request_id


def main() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"code": 0, "msg": "OK", "requestId": "r", "data": {}})

    client = enos_connect_client.Client(
        http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    print(create(client), raw_request_id(client))


if __name__ == "__main__":
    main()
