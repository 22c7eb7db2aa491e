# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from enum import Enum


class CertificateParameterName(str, Enum):
    COUNTRY = "iotda::certificate::country"
    ORGANIZATION = "iotda::certificate::organization"
    ORGANIZATIONAL_UNIT = "iotda::certificate::organizational_unit"
    DISTINGUISHED_NAME_QUALIFIER = "iotda::certificate::distinguished_name_qualifier"
    STATE_NAME = "iotda::certificate::state_name"
    COMMON_NAME = "iotda::certificate::common_name"
    SERIAL_NUMBER = "iotda::certificate::serial_number"
