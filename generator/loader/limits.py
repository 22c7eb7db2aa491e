"""What one document may cost: bytes read, values, nesting, integer size, ``$ref`` chains.

A document from outside the team is untrusted input: a YAML alias bomb, a file ``$ref``
to a device, nesting thousands of levels deep or an integer with thousands of digits
must end as one located error (exit status 2) naming the limit, never as a traceback, a
hang or an out-of-memory kill. The limits are far above what real documents need: the
largest document of the public corpus (4 MB) has about 100 000 values, nests 26 levels
deep and has no integer longer than 10 digits.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Bytes of one file (the document itself or a file it references).
MAX_FILE_BYTES = 16 * 1024 * 1024
#: Bytes of all files one document reads, the document included.
MAX_TOTAL_BYTES = 32 * 1024 * 1024
#: Files one document may reference (directly or through other files).
MAX_FILES = 500
#: Values (mappings, lists, scalars) of one document after YAML aliases are expanded and
#: file references are bundled; bounds memory whatever aliases or references multiply.
MAX_VALUES = 1_000_000
#: Nesting levels of mappings and lists.
MAX_DEPTH = 100
#: Decimal digits of an integer.
MAX_INT_DIGITS = 100
#: Steps of a chain of ``$ref`` objects that only point at other ``$ref`` objects.
MAX_REF_CHAIN = 64


@dataclass
class Budget:
    """What one document has spent so far; shared by the document and its file refs."""

    bytes_read: int = 0
    files: int = 0
    values: int = 0


class LimitExceeded(Exception):
    """A document exceeded one of the limits; the message names it."""
