# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Response Bodies 0.1.0: typed Python client.

Error bodies whose integer fields arrive as whole floats, and string bodies sent as JSON strings or as plain text.
"""

from . import errors, models
from ._auth import APIKeyAuth
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
