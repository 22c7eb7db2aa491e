"""Generic schemathesis-driven harness for the generated clients.

Driven by the raw OpenAPI documents (the oracle) and by each package's ``OPERATIONS`` table
(which client method and keyword arguments belong to an operationId).
"""
