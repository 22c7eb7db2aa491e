"""Turn OpenAPI 3.0/3.1 documents into typed, installable Python client packages.

The pipeline has three stages with one-way imports: ``loader`` (read, validate, resolve)
-> ``ir`` (frozen dataclasses with Python names and types decided) -> ``render`` (Jinja
templates -> files, formatted by ruff). ``lint`` holds the project's own spec rules.
"""

__version__ = "0.1.0"
