# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
"""Huawei Cloud ROMA Connect LINK (device integration) API v2: typed Python client.

Hand-authored description of the ROMA Connect LINK product operations
(create, list, show, modify, delete), transcribed from the vendor's English
API reference pages and, where a page was not available in full, the
official SDK's models (each operation says which). Where the page contradicts itself, the affected field's `description`
says what we decided. Requests are checked against the rules
the vendor publishes for each field; responses are described without such
rules, so that whatever the service returns can be read.

Authentication: an IAM token in `X-Auth-Token` (`xAuthToken`) or AK/SK
request signing (`SDK-HMAC-SHA256`, `huaweiAkSk`); the gateway accepts
either.

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
from ._version import API_VERSION, __version__
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

__all__ = [
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIKeyAuth",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "API_VERSION",
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
    "__version__",
    "errors",
    "models",
]
