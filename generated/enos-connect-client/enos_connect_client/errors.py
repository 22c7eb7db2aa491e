# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
"""Every exception the client raises, including one class per documented envelope error code."""

from ._exceptions import (
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


class DeviceKeyExistsError(APIEnvelopeError):
    """Envelope code 11702: DeviceKey existed.

    The deviceKey given in the request already exists.
    """

    code = 11702


class GenerateDeviceKeyFailedError(APIEnvelopeError):
    """Envelope code 11714: Generate deviceKey failed.

    No deviceKey was given and the platform could not allocate one for the moment. Try again.
    """

    code = 11714


class ExceedMaxDeviceSizeError(APIEnvelopeError):
    """Envelope code 11739: Exceed max device size.

    The product already has the maximum number of devices (10,000), so the device cannot be created.
    """

    code = 11739


class PublicKeyNotFoundError(APIEnvelopeError):
    """Envelope code 11858: Unable to find public key.

    requireSecret is true but the service account has no RSA key pair, so the secrets cannot be encrypted. Create an RSA key pair first.
    """

    code = 11858


class InvalidArgumentsError(APIEnvelopeError):
    """Envelope code 99400: Invalid arguments.

    One or more request parameters are invalid.
    """

    code = 99400


__all__ = [
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeviceKeyExistsError",
    "ExceedMaxDeviceSizeError",
    "GenerateDeviceKeyFailedError",
    "InternalServerError",
    "InvalidArgumentsError",
    "NotFoundError",
    "PermissionDeniedError",
    "PublicKeyNotFoundError",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
]
