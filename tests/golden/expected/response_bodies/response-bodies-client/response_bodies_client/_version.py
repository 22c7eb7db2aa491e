# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Versions: the client's own (``__version__``, the distribution's) and the API's."""

DIST_NAME = "response-bodies-client"
"""The distribution name (``pip install response-bodies-client``)."""
__version__ = "0.1.0"
"""The version of this client package."""
API_VERSION = "0.1.0"
"""The version of the API the client was generated for (the document's ``info.version``)."""
