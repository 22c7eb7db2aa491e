# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
"""EnOS Connection Service API 2.4: typed Python client.

Hand-authored description of the EnOS (Envision) Connection Service
V2.4 device operations (create, get, update, search, delete), transcribed
from the vendor's English API reference pages. Where the page contradicts itself or is silent, the affected
field's `description` says what we decided. Requests are checked against
the rules the vendor publishes; responses are described without such rules,
so that whatever the service returns can be read.

Authentication: every call goes through the EnOS API gateway and carries an
APIM access token in the `apim-accesstoken` header (scheme `apimAccessToken`).

Errors: the service answers HTTP 200 with the envelope
`{code, msg, requestId, data}`; `code` 0 means success and any other value
is an error, even though the HTTP status is 200. The operation's
`x-response-envelope` extension lists the error codes the page documents.
"""

from . import errors, models
from ._auth import APIKeyAuth
from ._auth_enos import EnOSTokenAuth
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
    DeviceKeyExistsError,
    ExceedMaxDeviceSizeError,
    GenerateDeviceKeyFailedError,
    InternalServerError,
    InvalidArgumentsError,
    NotFoundError,
    PermissionDeniedError,
    PublicKeyNotFoundError,
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
    "DeviceKeyExistsError",
    "EnOSTokenAuth",
    "ExceedMaxDeviceSizeError",
    "GenerateDeviceKeyFailedError",
    "InternalServerError",
    "InvalidArgumentsError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "PublicKeyNotFoundError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "UnprocessableEntityError",
    "__version__",
    "errors",
    "models",
]
