"""Stage 2: the intermediate representation of a document, names and types decided."""

from generator.ir.build import build_api
from generator.ir.nodes import (
    Api,
    BodyField,
    ClientDefault,
    Envelope,
    EnvelopeError,
    Example,
    Operation,
    Parameter,
    RequestBody,
    Response,
    SecurityScheme,
    Server,
)

__all__ = [
    "Api",
    "BodyField",
    "ClientDefault",
    "Envelope",
    "EnvelopeError",
    "Example",
    "Operation",
    "Parameter",
    "RequestBody",
    "Response",
    "SecurityScheme",
    "Server",
    "build_api",
]
