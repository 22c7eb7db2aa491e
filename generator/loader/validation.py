"""openapi-spec-validator, in this process or in a worker process running alongside.

Importing the validator and checking a large document takes from 0.5 s to several seconds.
``generate`` does not need the answer until the end (findings are warnings there), so it
starts a worker process that validates while the main process builds the models; ``lint``
validates in process, because there the findings are the result.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from typing import Any

from generator.diagnostics import Collector, Location

MAX_FINDINGS = 25
Finding = tuple[list[str | int], str]


def findings(data: dict[str, Any], version: str) -> list[Finding]:
    """``(JSON pointer tokens, message)`` for each validator finding, at most MAX_FINDINGS+1."""
    from openapi_spec_validator.validation import (
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    validator_class = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    out: list[Finding] = []
    try:
        errors: Iterable[Any] = validator_class(data).iter_errors()
        for error in errors:
            if len(out) >= MAX_FINDINGS:
                out.append(([], "further validation findings not shown"))
                break
            tokens = list(getattr(error, "absolute_path", None) or ())
            out.append((tokens, _shorten(getattr(error, "message", None) or str(error))))
    except Exception as exc:  # the validator itself failed on unusual input
        out.append(([], f"validator could not check the document: {_shorten(str(exc))}"))
    return out


def report(found: list[Finding], where: Location, collector: Collector, *, strict: bool) -> None:
    add = collector.error if strict else collector.warn
    for tokens, message in found:
        add(where.child(*tokens), "openapi-schema", message)


class BackgroundValidation:
    """Validate a document in a worker process; ``result()`` waits for the findings."""

    def __init__(self, data: dict[str, Any], version: str) -> None:
        handle, self._input = tempfile.mkstemp(prefix="generator-validate-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump({"version": version, "data": data}, stream)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "generator.loader.validation", self._input],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def result(self) -> list[Finding]:
        try:
            out, err = self._process.communicate()
        finally:
            self._cleanup()
        if self._process.returncode != 0:
            return [([], f"validator worker failed: {_shorten(err.strip() or 'no output')}")]
        return [(list(tokens), str(message)) for tokens, message in json.loads(out)]

    def cancel(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
        self._cleanup()

    def _cleanup(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._input)


def _shorten(message: str, limit: int = 300) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _worker(path: str) -> int:
    with open(path, encoding="utf-8") as stream:
        job = json.load(stream)
    json.dump(findings(job["data"], job["version"]), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(_worker(sys.argv[1]))
