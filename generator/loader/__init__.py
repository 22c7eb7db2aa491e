"""Stage 1: read an OpenAPI document, validate it and make every ``$ref`` local."""

from generator.loader.document import Document, load
from generator.loader.refs import COMPONENT_KINDS, HTTP_METHODS, iter_refs, resolve_pointer

__all__ = ["COMPONENT_KINDS", "HTTP_METHODS", "Document", "iter_refs", "load", "resolve_pointer"]
