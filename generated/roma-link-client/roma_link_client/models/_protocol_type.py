# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from enum import IntEnum


class ProtocolType(IntEnum):
    MQTT = 0
    COAP = 1
    MODBUS = 2
    OPC_UA = 4
    EXTENDED = 5
