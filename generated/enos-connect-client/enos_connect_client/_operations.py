# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Literal

from . import errors, models
from ._base_client import Body, Envelope, Operation, Param, ResponseSpec

CREATE_DEVICE = Operation(
    operation_id="CreateDevice",
    method="POST",
    path="/connect-service/v2.4/devices",
    params=(
        Param(
            location="query",
            name="action",
            kwarg="action",
            annotation=Literal["create"],
            required=True,
        ),
        Param(
            location="query",
            name="orgId",
            kwarg="org_id",
            annotation=str,
            required=True,
            client_default="org_id",
        ),
    ),
    body=Body(
        kwarg="body",
        media_type="application/json",
        annotation=models.CreateDeviceRequest,
        required=True,
        fields={
            "productKey": "product_key",
            "deviceName": "device_name",
            "timezone": "timezone",
            "requireSecret": "require_secret",
            "deviceAttributes": "device_attributes",
            "deviceKey": "device_key",
            "deviceDesc": "device_desc",
            "deviceTags": "device_tags",
        },
    ),
    responses={
        "200": ResponseSpec(models.DeviceCreateResult | None),
    },
    envelope=Envelope(
        code_field="code",
        message_field="msg",
        request_id_field="requestId",
        data_field="data",
        success_codes=frozenset([0]),
        errors={
            11702: errors.DeviceKeyExistsError,
            11714: errors.GenerateDeviceKeyFailedError,
            11739: errors.ExceedMaxDeviceSizeError,
            11858: errors.PublicKeyNotFoundError,
            99400: errors.InvalidArgumentsError,
        },
        model=models.CreateDeviceResponse,
    ),
)

OPERATIONS: dict[str, Operation] = {
    "create_device": CREATE_DEVICE,
}
