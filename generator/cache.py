"""A content-addressed cache for ``generate`` and ``check``.

Every entry is named by the SHA-256 of everything that reaches the stage it saves: the
generator's own source (every file of the ``generator`` package), the versions of the
tools involved, and the stage's input. Stages cached:

- ``package``: a whole document -> its formatted files and warnings. The key is the
  document's bytes, its display path, ``--root`` and the ``<stem>.fake.py`` beside it; the
  entry lists every other file read while building it (file ``$ref`` targets) with its
  hash, and is used only while all of them are unchanged.
- ``validate``: the loaded document -> openapi-spec-validator's findings.
- ``dmcg``: the schemas and options given to datamodel-code-generator -> its output.
- ``ruff``: one rendered module (and its path) -> the module after ``ruff check --fix``
  and ``ruff format``; a hit also stands for the module's syntax check.

Entries live in ``$GENERATOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/iot-openapi-generator``,
else ``~/.cache/iot-openapi-generator`` (``--cache-dir`` and ``--no-cache`` on the command
line). An entry is a magic line, the SHA-256 of its payload and the payload; one that does
not check out (truncated, garbage, another format version) is a miss and is rewritten.
Writes go to a temporary file renamed into place, so readers never see half an entry.
A cache that cannot be written to is simply not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from functools import cache as _memo
from pathlib import Path
from typing import Any

FORMAT = b"iot-openapi-generator-cache 1\n"
#: Inputs larger than this are not cached (the loader refuses files over 16 MiB anyway).
MAX_INPUT = 16 * 1024 * 1024
PACKAGE_DIR = Path(__file__).resolve().parent
_TOOLS = ("datamodel-code-generator", "openapi-spec-validator", "ruff", "pydantic", "jinja2")


def default_dir() -> Path:
    env = os.environ.get("GENERATOR_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "iot-openapi-generator"


@_memo
def fingerprint() -> str:
    """Hash of the generator's source files, the Python version and the tool versions."""
    from importlib import metadata

    digest = hashlib.sha256(FORMAT)
    digest.update(sys.version.encode())
    for tool in _TOOLS:
        try:
            version = metadata.version(tool)
        except metadata.PackageNotFoundError:  # pragma: no cover - broken install
            version = "absent"
        digest.update(f"\0{tool}={version}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(b"\0" + path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def digest(*parts: bytes | str) -> str:
    """SHA-256 over ``parts`` (length-prefixed, so no two part lists collide)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def canonical(value: Any) -> bytes:
    """A stable JSON encoding of JSON-compatible data (key order kept: it reaches the output)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode(
        "utf-8", "surrogatepass"
    )


class Cache:
    """Entries below ``directory``; ``get``/``put`` never raise on a broken cache."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0
        self._writable = True

    def key(self, stage: str, *parts: bytes | str) -> str:
        return digest(fingerprint(), stage, *parts)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / key

    def get(self, key: str) -> bytes | None:
        try:
            blob = self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        head = len(FORMAT)
        payload = blob[head + 65 :]
        if (
            blob[:head] != FORMAT
            or blob[head + 64 : head + 65] != b"\n"
            or hashlib.sha256(payload).hexdigest().encode() != blob[head : head + 64]
        ):
            self.misses += 1  # corrupt or from another format: ignored, rewritten on put
            return None
        self.hits += 1
        return payload

    def get_json(self, key: str) -> Any:
        payload = self.get(key)
        if payload is None:
            return None
        try:
            return json.loads(payload)
        except ValueError:  # pragma: no cover - the checksum matched a non-JSON payload
            return None

    def put(self, key: str, payload: bytes) -> None:
        if not self._writable:
            return
        path = self._path(key)
        blob = FORMAT + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(blob)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            self._writable = False  # read-only or full: go on without caching

    def put_json(self, key: str, value: Any) -> None:
        self.put(key, canonical(value))


_active: Cache | None = None


def active() -> Cache | None:
    """The cache of the running ``generate``/``check``, or None (library use, ``--no-cache``)."""
    return _active


@contextlib.contextmanager
def activated(cache: Cache | None) -> Iterator[Cache | None]:
    global _active
    previous, _active = _active, cache
    try:
        yield cache
    finally:
        _active = previous


def read_regular(path: Path, limit: int = MAX_INPUT) -> bytes | None:
    """The bytes of a regular file of at most ``limit`` bytes, else None (a device, a FIFO,
    a directory, a missing or too large file are never read: ``/dev/zero`` would not end)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            os.close(fd)
            return None
        with os.fdopen(fd, "rb") as stream:  # closes fd
            data = stream.read(limit + 1)
    except OSError:
        return None
    return data if len(data) <= limit else None


def file_hash(path: Path) -> str | None:
    """SHA-256 of a regular file's bytes, None when it is not one or cannot be read."""
    data = read_regular(path)
    return None if data is None else hashlib.sha256(data).hexdigest()


def cached_run(stage: str, given: Any, run: Callable[[], object]) -> object:
    """``run()``, or its text output saved under ``stage`` and ``given`` (JSON data: all
    the input ``run`` reads; its code and options are covered by the generator's source,
    which every key hashes). With no active cache, just ``run()``."""
    store = active()
    if store is None:
        return run()
    key = store.key(stage, canonical(given))
    hit = store.get(key)
    if hit is not None:
        try:
            return hit.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:  # pragma: no cover - checksum matched: cannot happen
            pass
    output = run()
    if isinstance(output, str):
        store.put(key, output.encode("utf-8", "surrogatepass"))
    return output
