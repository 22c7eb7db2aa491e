# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
"""Huawei Cloud IoTDA (IoT Device Access) application-side API v5: typed Python client.

Hand-authored description of the OTA and pre-provisioning operations of the
Huawei Cloud IoT Device Access (IoTDA) application-side API, version 5:

* OTA modules of a product: create, list, show, update, delete,
* OTA upgrade packages: create, list, show, delete,
* pre-provisioning templates: create, list, show, update, delete.

Where a vendor page was not available in full, the operation's description
says which facts came from the official SDK's models.

Requests are checked against the rules the vendor publishes for each field;
where the vendor's own example breaks a rule, the rule is widened so that the
example is accepted as printed. Responses are described without such rules,
so that whatever the platform returns can be read.

Authentication: every call is either signed with the account's AK/SK
(`SDK-HMAC-SHA256`, scheme `huaweiAkSk`) or carries an IAM user token in
`X-Auth-Token` (scheme `xAuthToken`). Either one is enough.

Errors: every 4xx/5xx answer has the Huawei error body
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
