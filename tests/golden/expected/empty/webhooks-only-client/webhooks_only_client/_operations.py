# Generated from tests/golden/specs/empty.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from ._base_client import Operation

OPERATIONS: dict[str, Operation] = {}
