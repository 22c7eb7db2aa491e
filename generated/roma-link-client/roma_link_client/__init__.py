# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
"""Huawei Cloud ROMA Connect LINK (device integration) API v2: typed Python client.

Hand-authored description of the ROMA Connect LINK product operations
(create, list, show, modify, delete), transcribed from the vendor's English
API reference pages and, where a page was not available in full, the
official SDK's models (each operation says which). Where the page contradicts itself, the affected field's `description`
says what we decided.

Authentication: the page marks the IAM token header `X-Auth-Token` as
mandatory. Huawei Cloud API gateways also accept AK/SK-signed requests
(`SDK-HMAC-SHA256`), which is what the official SDK sends, so the document
offers both schemes as alternatives: `huaweiAkSk` or `xAuthToken`.

Errors: 4xx/5xx answers carry the Huawei error body
(`error_code`, `error_msg`, `request_id`).
"""

from . import errors, models
from ._auth import APIKeyAuth
from ._auth_huawei import HuaweiAKSKAuth
from ._auth_huawei_iam import HuaweiIAMTokenAuth
from ._base_client import RawResponse
from ._client import DEFAULT_BASE_URL, AsyncClient, Client
from ._types import NOT_GIVEN, NotGiven
from .errors import (
    APIConnectionError,
    APIEnvelopeError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
)

__version__ = "v2"

__all__ = [
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIKeyAuth",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "DEFAULT_BASE_URL",
    "HuaweiAKSKAuth",
    "HuaweiIAMTokenAuth",
    "InternalServerError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "UnprocessableEntityError",
    "errors",
    "models",
]
