"""Breaking-change gate: compare two revisions of a document, HTTP contract and Python API.

``diff_documents`` gives the changes of two loaded documents; ``run`` prints them in any
output format of :mod:`generator.report` and decides the exit status from the package
version (``info.x-python-package.version``).
"""

from generator.diff.changes import Change
from generator.diff.rules import RULES, DiffRule
from generator.diff.runner import Revision, base_pairs, diff_documents, diff_pair, run

__all__ = [
    "RULES",
    "Change",
    "DiffRule",
    "Revision",
    "base_pairs",
    "diff_documents",
    "diff_pair",
    "run",
]
