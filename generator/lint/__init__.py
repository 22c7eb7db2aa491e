"""The project's own OpenAPI lint: rules that keep documents fit for client generation.

``lint_paths`` loads each document strictly (openapi-spec-validator findings are
reported under the rule ``openapi-schema``) and runs :data:`RULES`, each a small
function ``rule_x(doc) -> Iterator[Finding]`` registered under a kebab-case id:

* ``example-valid``  - examples validate against their schema
* ``operation-id``   - operationId present, unique, a unique Python name after snake_case
* ``operation-docs`` - summary, description and declared tags on every operation
* ``error-body``     - non-2xx responses have a body schema or say ``x-bodiless: true``
* ``ref-resolves``   - every ``$ref`` is local and resolves, without cycles
* ``component-used`` - every component is reachable from the paths, webhooks or security
* ``security``       - every operation has a security requirement (or ``security: []``)
  and every scheme it names exists
* ``package-name``   - ``x-python-package`` names are a PEP 508 distribution name and an
  ASCII import name (the generator builds paths from them)

Findings print as ``file:json-pointer: rule: message``.
"""

from generator.lint.findings import Finding, Report, Rule
from generator.lint.naming import snake_case
from generator.lint.runner import RULES, lint_document, lint_file, lint_paths

__all__ = [
    "RULES",
    "Finding",
    "Report",
    "Rule",
    "lint_document",
    "lint_file",
    "lint_paths",
    "snake_case",
]
