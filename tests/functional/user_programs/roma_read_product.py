"""A ROMA user reads optional response fields and compares open enums (mypy --strict)."""

from __future__ import annotations

import httpx
import roma_link_client
from roma_link_client import models


def describe(product: models.Product) -> str:
    # Optional fields are ``T | None``: plain truthiness, no sentinel to import.
    name: str = product.name if product.name else "<unnamed>"
    protocol = product.protocol_type
    if protocol == models.ProtocolType.MQTT:
        kind = "mqtt"
    elif isinstance(protocol, models.ProtocolType):
        kind = protocol.name.lower()
    elif protocol is None:
        kind = "not given"
    else:
        undocumented: int = protocol  # a value the document does not list stays an int
        kind = f"protocol {undocumented}"
    password = product.authentication.password if product.authentication else None
    present = "description" in product.model_fields_set
    extra = product.model_extra or {}
    return f"{name} {kind} {password} {present} {sorted(extra)}"


def main() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": 1, "protocol_type": 99})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with roma_link_client.Client(http_client=http_client, strict_responses=False) as client:
        product = client.update_product(
            project_id="p",
            instance_id="i",
            product_id=1,
            name="n",
            manufacturer_id="mm",
            manufacturer_name="mm",
            model="mm",
            device_type="Default",
        )
        strict = client.with_options(strict_responses=True)
        assert strict.strict_responses
        identifier: int | None = product.id_
        print(describe(product), identifier)


if __name__ == "__main__":
    main()
