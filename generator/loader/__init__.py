"""Stage 1: read an OpenAPI document, validate it and make every ``$ref`` local."""

from generator.loader.document import Document, load
from generator.loader.refs import iter_refs, resolve_pointer

__all__ = ["Document", "iter_refs", "load", "resolve_pointer"]
