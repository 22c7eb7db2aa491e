"""openapi-spec-validator, in this process or in a worker process running alongside.

Importing the validator and checking a large document takes from 0.5 s to several seconds.
``generate`` does not need the answer until the end (findings are warnings there), so one
worker process validates the documents of the run, one after another, while the main
process builds the models; ``lint`` validates in process, because there the findings are
the result.
"""

from __future__ import annotations

import atexit
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


class _Worker:
    """One worker process that validates every document of a run, one job at a time.

    A job is a temporary JSON file; its path goes to the worker's stdin and one line of
    findings comes back on stdout, in order. The worker starts on the first job (a run
    whose validation results all come from the cache starts none) and ends at
    :func:`close_worker` or when this process closes its stdin by exiting.
    """

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "generator.loader.validation"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._sent = 0
        self._received = 0
        self._results: dict[int, list[Finding] | str] = {}

    def alive(self) -> bool:
        return self._process.poll() is None

    def submit(self, path: str) -> int:
        assert self._process.stdin is not None
        self._process.stdin.write(path + "\n")
        self._process.stdin.flush()
        self._sent += 1
        return self._sent - 1

    def result(self, job: int) -> list[Finding] | str:
        """The findings of ``job``, or the worker's error text when it died."""
        assert self._process.stdout is not None
        while job not in self._results and self._received < self._sent:
            line = self._process.stdout.readline()
            if not line:
                err = self._process.stderr.read() if self._process.stderr else ""
                self._process.wait()
                return err.strip() or "no output"
            self._results[self._received] = [(list(t), str(m)) for t, m in json.loads(line)]
            self._received += 1
        return self._results.pop(job, "no output")

    def discard(self, job: int) -> None:
        """Forget a job whose answer is no longer wanted (read and dropped when it comes)."""
        self._results.pop(job, None)

    def close(self) -> None:
        if self._process.stdin is not None and not self._process.stdin.closed:
            with contextlib.suppress(OSError):
                self._process.stdin.close()
        if self.alive():
            try:
                self._process.wait(timeout=0.5 if self._received >= self._sent else 0)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                stream.close()


_worker: _Worker | None = None


def _shared_worker() -> _Worker:
    global _worker
    if _worker is None or not _worker.alive():
        _worker = _Worker()
    return _worker


@atexit.register
def close_worker() -> None:
    """End the shared worker (``generate`` calls this once all documents are built)."""
    global _worker
    if _worker is not None:
        worker, _worker = _worker, None
        worker.close()


class BackgroundValidation:
    """Validate a document in the shared worker process; ``result()`` waits for the findings.

    With an active cache (:mod:`generator.cache`), findings of a document already
    validated come from there and no job is sent.
    """

    def __init__(self, data: dict[str, Any], version: str) -> None:
        from generator import cache

        self._found: list[Finding] | None = None
        self._job: int | None = None
        self._input: str | None = None
        self._cache = cache.active()
        payload = json.dumps({"version": version, "data": data})
        self._key = (
            self._cache.key("validate", payload.encode("utf-8", "surrogatepass"))
            if self._cache is not None
            else None
        )
        if self._cache is not None and self._key is not None:
            cached = self._cache.get_json(self._key)
            if _well_formed(cached):
                self._found = [(list(t), str(m)) for t, m in cached]
                return
        handle, self._input = tempfile.mkstemp(prefix="generator-validate-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(payload)
        self._worker = _shared_worker()
        try:
            self._job = self._worker.submit(self._input)
        except OSError:  # the worker died since the last job: start another
            close_worker()
            self._worker = _shared_worker()
            self._job = self._worker.submit(self._input)

    def result(self) -> list[Finding]:
        if self._found is not None:
            return self._found
        assert self._job is not None
        try:
            answer = self._worker.result(self._job)
        finally:
            self._cleanup()
        if isinstance(answer, str):
            return [([], f"validator worker failed: {_shorten(answer)}")]
        if self._cache is not None and self._key is not None:
            self._cache.put_json(self._key, answer)
        self._found = answer
        return answer

    def cancel(self) -> None:
        if self._job is not None and self._found is None:
            self._worker.discard(self._job)
        self._cleanup()

    def _cleanup(self) -> None:
        if self._input is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._input)


def _well_formed(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, list)
        and len(item) == 2
        and isinstance(item[0], list)
        and isinstance(item[1], str)
        for item in value
    )


def _shorten(message: str, limit: int = 300) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _serve() -> int:
    """The worker: one job file path per stdin line, one JSON line of findings each."""
    for line in sys.stdin:
        path = line.rstrip("\n")
        try:
            with open(path, encoding="utf-8") as stream:
                job = json.load(stream)
            found = findings(job["data"], job["version"])
        except (OSError, ValueError, KeyError, TypeError) as exc:  # a job cancelled meanwhile
            found = [([], f"validator could not read its job: {_shorten(str(exc))}")]
        sys.stdout.write(json.dumps(found) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(_serve())
