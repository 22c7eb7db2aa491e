# Generated from spec/huaweicloud-roma-link.yaml by generator 0.1.0; do not edit.
"""Versions: the client's own (``__version__``, the distribution's) and the API's."""

DIST_NAME = "roma-link-client"
"""The distribution name (``pip install roma-link-client``)."""
__version__ = "1.0.0"
"""The version of this client package."""
API_VERSION = "v2"
"""The version of the API the client was generated for (the document's ``info.version``)."""
