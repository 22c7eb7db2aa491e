# Generated from spec/enos-connect.yaml by generator 0.1.0; do not edit.
"""Versions: the client's own (``__version__``, the distribution's) and the API's."""

DIST_NAME = "enos-connect-client"
"""The distribution name (``pip install enos-connect-client``)."""
__version__ = "1.0.0"
"""The version of this client package."""
API_VERSION = "2.4"
"""The version of the API the client was generated for (the document's ``info.version``)."""
