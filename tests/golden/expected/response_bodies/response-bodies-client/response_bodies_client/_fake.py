# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""The engine of ``<package>.testing.Fake``: a stateful fake of the platform for tests.

Everything here is generic and driven by the package's operation table
(``_operations.OPERATIONS``): requests are routed by path template and method, checked
against the documented parameters and bodies with the package's own pydantic
annotations, and answered the way the platform answers:

- documents with an HTTP-200 envelope (``x-response-envelope``): HTTP 200 with the
  envelope's code field set to the envelope's "invalid arguments" code (99400 unless the
  envelope documents none) and a message naming the field;
- other documents: HTTP 400 (or, where the operation documents no 400, its first
  documented 4xx) with a body of the operation's error model, filled Huawei-style
  (``error_code``, ``error_msg``, ``request_id``) where the model has those fields.

Every answer carries ``X-Request-Id`` (and the envelope's request id field). Operations
without platform rules answer with the document's success example, or a minimal valid
body built from the response schema. Platform rules (``_fake_rules.py``, rendered from
the rules file beside the document) keep state in a :class:`Store`.

Only the standard library, httpx and pydantic are used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Generic, Literal, TypeVar, get_args, get_origin
from urllib.parse import parse_qsl

import httpx
from pydantic import BaseModel, ValidationError

from ._adapters import _adapter, _is_model_class, _validation_message
from ._base_client import Operation, Param
from ._request import _strict_json

__all__ = [
    "Breach",
    "FakeBase",
    "FakeRequest",
    "Reply",
    "Rule",
    "Store",
    "create_rule",
    "delete_rule",
    "list_rule",
    "marker_page",
    "not_found",
    "serve_main",
    "show_rule",
    "update_rule",
]

_ClientT = TypeVar("_ClientT")
_AsyncClientT = TypeVar("_AsyncClientT")

#: Envelope code for invalid arguments when the envelope documents no such code.
DEFAULT_INVALID_CODE = 99400
IAM_TOKEN_PATH = "/v3/auth/tokens"
#: Lifetime (seconds) of IAM tokens issued by the fake (IAM's own: 24 hours).
IAM_TOKEN_EXPIRE = 24 * 3600
ENOS_TOKEN_PATH = "/apim-token-service/v2.0/token/get"
ENOS_REFRESH_PATH = "/apim-token-service/v2.0/token/refresh"
#: Lifetime (seconds) of tokens issued by the fake EnOS token service.
ENOS_TOKEN_EXPIRE = 7200
#: Huawei API Gateway's code for a refused signature or token.
GATEWAY_AUTH_CODE = "APIGW.0301"
#: Huawei API Gateway's code when no route matches.
GATEWAY_NOT_FOUND_CODE = "APIGW.0101"


@dataclass(frozen=True)
class Reply:
    """What a rule answers: a status, a JSON body (``None``: no body) and extra headers."""

    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)


class Breach(Exception):
    """Raised by a rule when the request breaks a platform rule.

    ``status`` is the HTTP status (ignored for envelope documents, which answer 200);
    ``code`` the vendor's error code (``error_code`` text, or the envelope's integer).
    """

    def __init__(self, status: int, code: str | int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass
class FakeRequest:
    """One request as the fake received and parsed it (the items of ``fake.requests``)."""

    operation_id: str | None
    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    """The JSON body as parsed (``None`` without one; raw bytes when it is not JSON)."""
    params: dict[str, Any] = field(default_factory=dict)
    """Validated parameters by wire name."""
    model: Any = None
    """The validated request body (the package's model instance) when there is one."""
    answered: int = 0
    """The HTTP status the fake answered with (0 for a dropped connection)."""
    answer: Any = None
    """The JSON body the fake answered with (``None`` without one)."""


Rule = Callable[[FakeRequest, "Store"], Reply]


class Store:
    """The fake's in-memory state: named collections of records keyed by id.

    Rules read and write it through :meth:`collection`; tests seed it through the fake's
    ``seed`` method. ``scope`` separates records of different parents (for example a
    product), so that "unique within a product" and "at most N per product" are one
    lookup each.
    """

    def __init__(self) -> None:
        self._collections: dict[str, dict[str, dict[str, Any]]] = {}
        self.lock = threading.RLock()
        self._counter = 0

    def collection(self, name: str) -> dict[str, dict[str, Any]]:
        """The records of collection ``name`` by id (created empty on first use)."""
        return self._collections.setdefault(name, {})

    def new_id(self, prefix: str = "") -> str:
        """A fresh, deterministic id (``<prefix><counter>``, zero-padded) for a new record."""
        with self.lock:
            self._counter += 1
            return f"{prefix}{self._counter:08d}"

    def new_hex_id(self) -> str:
        """A fresh, deterministic 24-digit hexadecimal id (growing: newer ids sort later)."""
        with self.lock:
            self._counter += 1
            return f"{self._counter:024x}"

    def in_scope(self, name: str, key: str, value: Any) -> list[dict[str, Any]]:
        """Records of ``name`` whose field ``key`` equals ``value``."""
        return [r for r in self.collection(name).values() if r.get(key) == value]

    def clear(self) -> None:
        with self.lock:
            self._collections.clear()
            self._counter = 0


# -- building blocks for rules over a resource collection ---------------------------------


def not_found(status: int, code: str | int, message: str) -> Callable[[str], Breach]:
    """A factory of the breach for an unknown id; ``message`` may contain ``{id}``."""

    def make(key: str) -> Breach:
        return Breach(status, code, message.format(id=key))

    return make


def create_rule(
    collection: str,
    id_field: str,
    *,
    status: int = 201,
    id_prefix: str = "",
    defaults: Callable[[], Mapping[str, Any]] | None = None,
    envelope_data: bool = False,
) -> Rule:
    """Store the request body as a new record with a fresh ``id_field`` and answer it.

    ``defaults`` supplies server-side fields (times, counters) for each new record;
    ``envelope_data`` answers ``{"code": 0, "data": record}`` for envelope documents.
    """

    def rule(request: FakeRequest, store: Store) -> Reply:
        body = request.body if isinstance(request.body, dict) else {}
        key = str(body.get(id_field) or store.new_id(id_prefix))
        record = {**(defaults() if defaults else {}), **body, id_field: key}
        store.collection(collection)[key] = record
        return Reply(status, {"code": 0, "data": record} if envelope_data else record)

    return rule


def show_rule(collection: str, id_param: str, missing: Callable[[str], Breach]) -> Rule:
    """Answer the record addressed by path parameter ``id_param`` (200), else ``missing``."""

    def rule(request: FakeRequest, store: Store) -> Reply:
        key = request.path_params[id_param]
        record = store.collection(collection).get(key)
        if record is None:
            raise missing(key)
        return Reply(200, record)

    return rule


def update_rule(
    collection: str,
    id_param: str,
    missing: Callable[[str], Breach],
    *,
    status: int = 200,
    stamp: Callable[[], Mapping[str, Any]] | None = None,
) -> Rule:
    """Merge the request body into the addressed record and answer the stored record."""

    def rule(request: FakeRequest, store: Store) -> Reply:
        key = request.path_params[id_param]
        record = store.collection(collection).get(key)
        if record is None:
            raise missing(key)
        if isinstance(request.body, dict):
            record.update(request.body)
        record.update(stamp() if stamp else {})
        return Reply(status, record)

    return rule


def delete_rule(
    collection: str, id_param: str, missing: Callable[[str], Breach], *, status: int = 204
) -> Rule:
    """Remove the addressed record (``status``, no body), else ``missing``."""

    def rule(request: FakeRequest, store: Store) -> Reply:
        key = request.path_params[id_param]
        if store.collection(collection).pop(key, None) is None:
            raise missing(key)
        return Reply(status)

    return rule


def list_rule(
    collection: str,
    items_field: str,
    *,
    limit_param: str = "limit",
    offset_param: str = "offset",
    count_field: str | None = "count",
    default_limit: int = 10,
    filters: Mapping[str, str] | None = None,
    extra: Callable[[list[dict[str, Any]], int], Mapping[str, Any]] | None = None,
) -> Rule:
    """A page of the collection, ``offset``/``limit`` style (insertion order).

    ``filters`` maps query parameters to record fields that must be equal; ``extra``
    adds fields computed from the page and the total (``page`` objects, markers).
    """

    def rule(request: FakeRequest, store: Store) -> Reply:
        records = list(store.collection(collection).values())
        for param, record_field in (filters or {}).items():
            if param in request.params:
                wanted = request.params[param]
                records = [r for r in records if r.get(record_field) == wanted]
        limit = int(request.params.get(limit_param, default_limit))
        offset = int(request.params.get(offset_param, 0))
        page = records[offset : offset + limit]
        body: dict[str, Any] = {items_field: page}
        if count_field:
            body[count_field] = len(records)
        body.update(extra(page, len(records)) if extra else {})
        return Reply(200, body)

    return rule


def marker_page(
    records: Iterable[dict[str, Any]],
    id_field: str,
    *,
    limit: int,
    marker: str | None = None,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], str | None]:
    """A page in descending id order (newest first), Huawei ``marker`` style.

    Only records whose id sorts before ``marker`` are considered, ``offset`` of them are
    skipped and at most ``limit`` returned; the second value is the next marker (the id
    of the page's last record, ``None`` for an empty page).
    """
    ordered = sorted(records, key=lambda r: str(r.get(id_field, "")), reverse=True)
    if marker is not None:
        ordered = [r for r in ordered if str(r.get(id_field, "")) < marker]
    page = ordered[offset : offset + limit]
    return page, (str(page[-1].get(id_field, "")) if page else None)


@dataclass
class _Fault:
    status: int
    retry_after: float | None
    times: int
    drop: bool = False


class _Dropped(Exception):
    """The fake drops the connection instead of answering."""


@dataclass(frozen=True)
class _Route:
    operation: Operation
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    literal_length: int
    key: str
    """The document's path key (``/devices#update``: actions share one real path)."""
    selectors: Mapping[str, str]
    """Required query parameters with one allowed value (``action=update``)."""


def _selectors(params: Iterable[Param]) -> dict[str, str]:
    found: dict[str, str] = {}
    for param in params:
        if param.location != "query" or not param.required:
            continue
        if get_origin(param.annotation) is Literal:
            values = get_args(param.annotation)
            if len(values) == 1 and isinstance(values[0], str):
                found[param.name] = values[0]
    return found


def _compile_route(operation: Operation, key: str) -> _Route:
    parts = re.split(r"\{([^{}]+)\}", operation.path)
    regex = ""
    names: list[str] = []
    literal = 0
    for index, part in enumerate(parts):
        if index % 2:
            names.append(part)
            regex += r"([^/]+)"
        else:
            regex += re.escape(part)
            literal += len(part)
    return _Route(
        operation,
        re.compile(regex + r"/?"),
        tuple(names),
        literal,
        key,
        _selectors(operation.params),
    )


def _minimal(schema: Mapping[str, Any], defs: Mapping[str, Any], depth: int = 0) -> Any:
    """A minimal value valid for a JSON schema of a response (required fields only)."""
    if "$ref" in schema:
        target = defs.get(str(schema["$ref"]).rpartition("/")[2], {})
        return _minimal(target, defs, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    for key in ("anyOf", "oneOf", "allOf"):
        if schema.get(key):
            return _minimal(schema[key][0], defs, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        if depth > 8:
            return {}
        props = schema.get("properties", {})
        return {
            name: _minimal(props.get(name, {}), defs, depth + 1)
            for name in schema.get("required", ())
        }
    if kind == "array":
        return []
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind == "string":
        return "x" * int(schema.get("minLength", 0))
    return None


def minimal_body(annotation: Any) -> Any:
    """A minimal valid JSON value for a response annotation (``None`` for no body)."""
    if annotation is None or annotation is bytes or annotation is str:
        return None
    try:
        schema = _adapter(annotation).json_schema(mode="serialization")
    except Exception:  # an annotation without a JSON schema: answer an empty object
        return {}
    return _minimal(schema, schema.get("$defs", {}))


def _request_id() -> str:
    return str(uuid.uuid4())


class FakeBase(Generic[_ClientT, _AsyncClientT]):
    """Generic engine; the package's ``testing.Fake`` subclasses it with its own tables."""

    operations: ClassVar[Mapping[str, Operation]] = {}
    #: operationId -> (status, JSON text) of the document's success example.
    examples: ClassVar[Mapping[str, tuple[str, str]]] = {}
    #: operationId -> rule (from ``_fake_rules.py``).
    rules: ClassVar[Mapping[str, Rule]] = {}
    #: operationId -> the document's path key where it differs from the path (fragments).
    path_keys: ClassVar[Mapping[str, str]] = {}
    #: Collection names the seeding helpers may fill (from ``_fake_rules.py``).
    seedable: ClassVar[tuple[str, ...]] = ()
    #: Headers carrying bearer tokens (``X-Auth-Token``, ``apim-accesstoken``).
    token_headers: ClassVar[tuple[str, ...]] = ()
    #: Whether the document signs requests (Huawei AK/SK); see :meth:`verify_signature`.
    signs: ClassVar[bool] = False
    #: Serve the EnOS token service (``EnOSTokenAuth``).
    enos_token_service: ClassVar[bool] = False
    #: Serve IAM's ``POST /v3/auth/tokens`` (``HuaweiIAMTokenAuth`` with ``iam_endpoint``).
    iam_token_service: ClassVar[bool] = False
    #: ``error_code`` of invalid requests for documents without an envelope (rules file's
    #: ``INVALID_REQUEST_CODE``; ``FAKE.400`` when it gives none).
    invalid_request_code: ClassVar[str | None] = None
    client_class: ClassVar[Callable[..., Any] | None] = None
    async_client_class: ClassVar[Callable[..., Any] | None] = None

    def __init__(
        self,
        *,
        credentials: Mapping[str, str] | None = None,
        tokens: Iterable[str] | None = None,
    ) -> None:
        self.credentials: dict[str, str] = dict(credentials or {})
        self.tokens: set[str] = set(tokens or ())
        self.check_auth = credentials is not None or tokens is not None
        self.store = Store()
        self.requests: list[FakeRequest] = []
        self.latency = 0.0
        """Seconds every answer waits before it is sent."""
        self._faults: dict[str, list[_Fault]] = {}
        self._lock = threading.RLock()
        self._routes = sorted(
            (
                _compile_route(op, self.path_keys.get(op.operation_id, op.path))
                for op in self.operations.values()
            ),
            key=lambda route: -route.literal_length,
        )
        self._by_id = {op.operation_id: op for op in self.operations.values()}

    # -- test helpers -------------------------------------------------------------------

    def reset(self) -> None:
        """Forget all state, recorded requests, faults and latency (credentials stay)."""
        with self._lock:
            self.store.clear()
            self.requests.clear()
            self._faults.clear()
            self.latency = 0.0

    def seed(self, collection: str, key: str, record: Mapping[str, Any] | None = None) -> None:
        """Add a record that the documented operations read but cannot create."""
        if self.seedable and collection not in self.seedable:
            raise ValueError(
                f"unknown collection {collection!r}; this fake seeds {', '.join(self.seedable)}"
            )
        with self.store.lock:
            self.store.collection(collection)[key] = dict(record or {})

    def fail_next(
        self,
        operation_id: str,
        status: int = 503,
        retry_after: float | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of ``operation_id`` with ``status`` (platform body)."""
        self._add_fault(operation_id, _Fault(status, retry_after, times))

    def drop_next(self, operation_id: str, times: int = 1) -> None:
        """Drop the connection of the next ``times`` calls of ``operation_id`` unanswered."""
        self._add_fault(operation_id, _Fault(0, None, times, drop=True))

    def _add_fault(self, operation_id: str, fault: _Fault) -> None:
        if operation_id not in self._by_id:
            raise ValueError(f"unknown operation {operation_id!r}")
        if fault.times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._faults.setdefault(operation_id, []).append(fault)

    def _take_fault(self, operation_id: str) -> _Fault | None:
        with self._lock:
            queue = self._faults.get(operation_id)
            if not queue:
                return None
            fault = queue[0]
            fault.times -= 1
            if fault.times == 0:
                queue.pop(0)
            return fault

    # -- clients ------------------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering in memory (no socket)."""
        return _SyncTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An httpx async transport answering in memory (no socket)."""
        return _AsyncTransport(self)

    def client(self, **options: Any) -> _ClientT:
        """The package's ``Client`` wired to this fake in memory; options go to ``Client``."""
        assert self.client_class is not None
        options.setdefault("base_url", "https://fake.invalid")
        options.setdefault("http_client", httpx.Client(transport=self.transport()))
        client: _ClientT = self.client_class(**options)
        return client

    def async_client(self, **options: Any) -> _AsyncClientT:
        """The package's ``AsyncClient`` wired to this fake in memory."""
        assert self.async_client_class is not None
        options.setdefault("base_url", "https://fake.invalid")
        options.setdefault("http_client", httpx.AsyncClient(transport=self.async_transport()))
        client: _AsyncClientT = self.async_client_class(**options)
        return client

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve over real HTTP (threaded, stdlib) and yield the base URL."""
        server = _make_server(self, host, port)
        thread = threading.Thread(target=server.serve_forever, name="fake-server", daemon=True)
        thread.start()
        try:
            yield f"http://{host}:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()

    # -- answering ----------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (raises ``_Dropped`` to drop the connection)."""
        rid = _request_id()
        path = request.url.path
        query: dict[str, list[str]] = {}
        for name, value in parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True):
            query.setdefault(name, []).append(value)
        headers = {k.lower(): v for k, v in request.headers.items()}
        content = request.read()
        body: Any = None
        if content:
            try:
                body = json.loads(content)
            except ValueError:
                body = content
        recorded = FakeRequest(None, request.method, path, {}, query, headers, body)
        with self._lock:
            self.requests.append(recorded)
        token_paths = (ENOS_TOKEN_PATH, ENOS_REFRESH_PATH)
        if self.enos_token_service and request.method == "POST" and path in token_paths:
            return self._finish(recorded, self._enos_token(body, path), rid)
        if self.iam_token_service and request.method == "POST" and path == IAM_TOKEN_PATH:
            return self._finish(recorded, self._iam_token(body), rid)
        route, match, allowed = self._route(request.method, path, query)
        if route is None or match is None:
            status = 405 if allowed else 404
            message = "Method not allowed" if allowed else "No API matches the request"
            reply = self._gateway_error(status, message, rid)
            if allowed:
                reply = Reply(status, reply.body, {"Allow": ", ".join(allowed)})
            return self._finish(recorded, reply, rid)
        operation = route.operation
        recorded.operation_id = operation.operation_id
        recorded.path_params = dict(zip(route.names, match.groups(), strict=True))
        denied = self._authenticate(request)
        if denied is not None:
            return self._finish(recorded, self._gateway_error(401, denied, rid), rid)
        fault = self._take_fault(operation.operation_id)
        if fault is not None:
            if fault.drop:
                raise _Dropped
            reply = self._error(operation, fault.status, None, "Injected fault", rid)
            extra = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
            reply = Reply(reply.status, reply.body, {**reply.headers, **extra})
            return self._finish(recorded, reply, rid)
        problem = self._validate(operation, recorded)
        if problem is not None:
            return self._finish(recorded, self._invalid(operation, problem, rid), rid)
        rule = self.rules.get(operation.operation_id)
        if rule is not None:
            try:
                with self.store.lock:
                    reply = rule(recorded, self.store)
            except Breach as breach:
                reply = self._error(operation, breach.status, breach.code, breach.message, rid)
        else:
            reply = self._example(operation)
        envelope = operation.envelope
        if (
            envelope is not None
            and envelope.request_id_field
            and isinstance(reply.body, dict)
            and (reply.body.get(envelope.request_id_field) is None or rule is None)
        ):
            reply = Reply(
                reply.status, {**reply.body, envelope.request_id_field: rid}, reply.headers
            )
        return self._finish(recorded, reply, rid)

    def _route(
        self, method: str, path: str, query: Mapping[str, list[str]]
    ) -> tuple[_Route | None, re.Match[str] | None, list[str]]:
        """The route of a request, its match, and the methods its resource allows.

        Several path keys may share one real path (``/devices`` and ``/devices#update``),
        told apart by a required query parameter with one allowed value (``action``).
        The resource of a request is the path key whose operations it selects; when it
        selects none, every key of the path.
        """
        matched: list[tuple[_Route, re.Match[str]]] = []
        for route in self._routes:
            found = route.pattern.fullmatch(path)
            if found is not None and (
                not matched or route.literal_length == matched[0][0].literal_length
            ):
                matched.append((route, found))
        if not matched:
            return None, None, []
        fitting = [
            (r, m)
            for r, m in matched
            if all(query.get(name) == [value] for name, value in r.selectors.items())
        ]
        keys = {r.key for r, _ in fitting or matched}
        allowed = sorted({r.operation.method for r, _ in matched if r.key in keys})
        method = method.upper()
        for candidates in (fitting, matched):
            for route, found in candidates:
                if route.operation.method == method and route.key in keys:
                    return route, found, allowed
        return None, None, allowed

    def _finish(self, recorded: FakeRequest, reply: Reply, rid: str) -> httpx.Response:
        headers = {"X-Request-Id": rid, **reply.headers}
        recorded.answered = reply.status
        if reply.body is None:
            return httpx.Response(reply.status, headers=headers)
        body = reply.body
        if isinstance(body, BaseModel):
            body = body.model_dump(mode="json", by_alias=True, exclude_none=True)
        recorded.answer = body
        return httpx.Response(reply.status, headers=headers, json=body)

    def _example(self, operation: Operation) -> Reply:
        status, text = self.examples.get(operation.operation_id, ("", ""))
        if not status:
            status = next((s for s in operation.responses if s.startswith("2")), "200")
        status_code = int(status) if status.isdigit() else 200
        if text:
            return Reply(status_code, json.loads(text))
        spec = operation.responses.get(status)
        annotation = spec.annotation if spec is not None else None
        return Reply(status_code, minimal_body(annotation))

    # -- validation ---------------------------------------------------------------------

    def _validate(self, operation: Operation, recorded: FakeRequest) -> str | None:
        for param in operation.params:
            raw: Any
            if param.location == "path":
                raw = recorded.path_params.get(param.name)
            elif param.location == "query":
                values = recorded.query.get(param.name)
                raw = values[0] if values and len(values) == 1 else values
            elif param.location == "header":
                raw = recorded.headers.get(param.name.lower())
            else:
                raw = None
                for piece in recorded.headers.get("cookie", "").split(";"):
                    name, _, value = piece.strip().partition("=")
                    if name == param.name:
                        raw = value
            if raw is None:
                if param.required:
                    return f"{param.name}: required {param.location} parameter missing"
                continue
            try:
                recorded.params[param.name] = _param_value(param, raw)
            except ValidationError as error:
                return f"{param.name}: {_validation_message(error)}"
        body = operation.body
        if body is None:
            return None
        if recorded.body is None:
            return "request body: required" if body.required else None
        annotation = body.annotation
        if annotation is bytes or annotation is Any:
            recorded.model = recorded.body
            return None
        if isinstance(recorded.body, bytes):
            return "request body: not valid JSON"
        media = recorded.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if "json" in body.media_type and media and "json" not in media:
            return f"request body: media type {media!r} is not {body.media_type}"
        content = json.dumps(recorded.body)
        try:  # as strict as the client: JSON types must match exactly
            if _is_model_class(annotation):
                recorded.model = _strict_json(annotation.model_validate_json, content)
            else:
                recorded.model = _strict_json(_adapter(annotation).validate_json, content)
        except ValidationError as error:
            return f"request body: {_validation_message(error)}"
        if isinstance(recorded.model, BaseModel):
            where = _forbidden_null(recorded.model)
            if where is not None:
                return f"request body: {where}: null is not allowed (leave the field out)"
        return None

    # -- platform-shaped errors ---------------------------------------------------------

    def _invalid(self, operation: Operation, message: str, rid: str) -> Reply:
        envelope = operation.envelope
        if envelope is not None:
            code = DEFAULT_INVALID_CODE
            if code not in envelope.errors:
                code = next(
                    (c for c, cls in envelope.errors.items() if "invalid" in cls.__name__.lower()),
                    DEFAULT_INVALID_CODE,
                )
            return self._error(operation, 400, code, message, rid)
        status = 400
        if "400" not in operation.responses:
            documented = sorted(
                int(s) for s in operation.responses if s.isdigit() and s.startswith("4")
            )
            status = next((s for s in (404, 422, 403) if s in documented), 400)
        return self._error(operation, status, self.invalid_request_code, message, rid)

    def _error(
        self, operation: Operation, status: int, code: str | int | None, message: str, rid: str
    ) -> Reply:
        envelope = operation.envelope
        if envelope is not None:
            body: dict[str, Any] = {
                envelope.code_field: code if code is not None else status,
                envelope.message_field: message,
            }
            if envelope.request_id_field:
                body[envelope.request_id_field] = rid
            # rule breaches are answered inside the envelope; injected faults keep their status
            return Reply(200 if code is not None else status, body)
        spec = operation.responses.get(str(status)) or operation.responses.get(
            f"{str(status)[0]}XX"
        )
        annotation = spec.annotation if spec is not None else None
        if annotation is None and spec is not None:
            return Reply(status, None)
        return Reply(status, self._error_body(annotation, status, code, message, rid))

    def _error_body(
        self, annotation: Any, status: int, code: str | int | None, message: str, rid: str
    ) -> dict[str, Any]:
        fields: Mapping[str, Any] = {}
        if _is_model_class(annotation):
            fields = annotation.model_fields
        names = {info.alias or name for name, info in fields.items()}
        if not fields or {"error_code", "error_msg"} <= names:
            return {
                "error_code": str(code) if code is not None else f"FAKE.{status}",
                "error_msg": message,
                "request_id": rid,
            }
        body: dict[str, Any] = {}
        for name in names:
            lowered = name.lower()
            if "code" in lowered:
                body[name] = code if code is not None else status
            elif "msg" in lowered or "message" in lowered:
                body[name] = message
            elif "request" in lowered:
                body[name] = rid
        return body

    def _gateway_error(self, status: int, message: str, rid: str) -> Reply:
        """An answer of the gateway itself (no operation): routing and auth failures."""
        if self.enos_token_service and not self.signs:
            return Reply(status, {"status": status, "msg": message, "requestId": rid})
        code = GATEWAY_AUTH_CODE if status == 401 else GATEWAY_NOT_FOUND_CODE
        return Reply(status, {"error_code": code, "error_msg": message, "request_id": rid})

    # -- authentication -----------------------------------------------------------------

    def _authenticate(self, request: httpx.Request) -> str | None:
        if not self.check_auth:
            return None
        for header in self.token_headers:
            value = request.headers.get(header)
            if value is not None:
                if value in self.tokens:
                    return None
                return f"Incorrect token in {header}"
        authorization = request.headers.get("Authorization")
        if authorization is not None and self.signs:
            problem = self.verify_signature(request)
            return (
                None if problem is None else f"Incorrect IAM authentication information: {problem}"
            )
        return "Authentication required: no signature or token"

    def verify_signature(self, request: httpx.Request) -> str | None:
        """``None`` when the request's ``Authorization`` signature is valid, else why not."""
        return "request signing is not supported by this API"

    def _iam_token(self, body: Any) -> Reply:
        """IAM password authentication: user name -> password from ``credentials``."""
        user: Any = {}
        if isinstance(body, dict):
            identity = body.get("auth", {}).get("identity", {})
            user = (
                identity.get("password", {}).get("user", {}) if isinstance(identity, dict) else {}
            )
        name = user.get("name") if isinstance(user, dict) else None
        password = user.get("password") if isinstance(user, dict) else None
        if self.check_auth and (name is None or self.credentials.get(str(name)) != password):
            error = {
                "code": "401",
                "message": "The username or password is wrong.",
                "title": "Unauthorized",
            }
            return Reply(401, {"error": error})
        token = "MII" + secrets.token_hex(24)
        with self._lock:
            self.tokens.add(token)
        expires = time.strftime(
            "%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime(time.time() + IAM_TOKEN_EXPIRE)
        )
        return Reply(
            201,
            {"token": {"expires_at": expires, "methods": ["password"], "user": {"name": name}}},
            {"X-Subject-Token": token},
        )

    def _enos_token(self, body: Any, path: str) -> Reply:
        if not isinstance(body, dict):
            return Reply(200, {"status": 400, "msg": "Request body must be a JSON object"})
        app_key, encryption, timestamp = (
            body.get("appKey"),
            body.get("encryption"),
            body.get("timestamp"),
        )
        secret = self.credentials.get(str(app_key))
        if secret is None and self.check_auth:
            return Reply(200, {"status": 401, "msg": "Invalid appKey"})
        if self.check_auth:
            expected = hashlib.sha256(f"{app_key}{timestamp}{secret}".encode()).hexdigest()
            if not isinstance(encryption, str) or encryption != expected:
                return Reply(200, {"status": 401, "msg": "Invalid encryption"})
        if path == ENOS_REFRESH_PATH:
            old = body.get("accessToken")
            if self.check_auth and old not in self.tokens:
                return Reply(200, {"status": 401, "msg": "Invalid accessToken"})
        token = secrets.token_hex(16)
        with self._lock:
            self.tokens.add(token)
        return Reply(
            200,
            {
                "status": 0,
                "msg": "Success",
                "data": {"accessToken": token, "expire": ENOS_TOKEN_EXPIRE},
            },
        )


class _SyncTransport(httpx.BaseTransport):
    def __init__(self, fake: FakeBase[Any, Any]) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self._fake.handle(request)
        except _Dropped:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None
        if self._fake.latency:
            time.sleep(self._fake.latency)
        return response


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, fake: FakeBase[Any, Any]) -> None:
        self._fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        try:
            response = self._fake.handle(request)
        except _Dropped:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None
        if self._fake.latency:
            import asyncio

            await asyncio.sleep(self._fake.latency)
        return response


def _make_server(fake: FakeBase[Any, Any], host: str, port: int) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "fake"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return

        def _answer(self) -> None:
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                content = self._read_chunked()
            else:
                length = int(self.headers.get("Content-Length") or 0)
                content = self.rfile.read(length) if length else b""
            host_header = self.headers.get("Host") or f"{host}:{port}"
            url = httpx.URL(f"http://{host_header}").copy_with(raw_path=self.path.encode("latin-1"))
            request = httpx.Request(
                self.command,
                url,
                headers=[
                    (k.encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items()
                ],
                content=content,
            )
            try:
                response = fake.handle(request)
            except _Dropped:
                self.close_connection = True
                return
            except Exception as error:  # a defect of a rule: answer 500, keep serving
                response = httpx.Response(
                    500, json={"error_code": "FAKE.500", "error_msg": f"{type(error).__name__}"}
                )
            if fake.latency:
                time.sleep(fake.latency)
            body = response.content
            self.send_response(response.status_code)
            for name, value in response.headers.items():
                if name.lower() not in ("content-length", "connection"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _read_chunked(self) -> bytes:
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()

        def __getattr__(self, name: str) -> Any:
            # every method (TRACE, PROPFIND, ...) is answered, undocumented ones with 405
            if name.startswith("do_"):
                return self._answer
            raise AttributeError(name)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


def serve_main(
    fake_class: type[FakeBase[Any, Any]], name: str, argv: list[str] | None = None
) -> None:
    """``python -m <package>.testing``: serve a fake until interrupted."""
    parser = argparse.ArgumentParser(description=f"Serve {name}.testing.Fake over HTTP.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument(
        "--credential",
        action="append",
        default=None,
        metavar="AK:SK",
        help="an accepted access key and secret key (or EnOS appKey:appSecret); repeatable",
    )
    parser.add_argument(
        "--token", action="append", default=None, help="an accepted token; repeatable"
    )
    args = parser.parse_args(argv)
    credentials = None
    if args.credential:
        credentials = dict(item.split(":", 1) for item in args.credential)
    fake = fake_class(credentials=credentials, tokens=args.token)
    with fake.serve(args.host, args.port) as base_url:
        print(f"{name}.testing.Fake serving on {base_url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


def _forbidden_null(model: BaseModel, path: str = "") -> str | None:
    """The first field given as ``null`` that the document does not allow to be null.

    The package's models read ``None`` as "absent" (the client never sends it); fields
    whose ``None`` is left out when dumped (``exclude_if``) are the optional fields the
    document does not let be ``null``, so a ``null`` on the wire there is invalid.
    """
    cls = type(model)
    if not cls.__pydantic_complete__:  # built inside its parent (defer_build): resolve it
        cls.model_rebuild()
    for name, info in cls.model_fields.items():
        if name not in model.model_fields_set:
            continue
        value = getattr(model, name)
        label = f"{path}{info.alias or name}"
        if value is None and info.exclude_if is not None:
            return label
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, BaseModel):
                found = _forbidden_null(item, label + ".")
                if found is not None:
                    return found
    return None


def _param_value(param: Param, raw: Any) -> Any:
    """A parameter's value from its text, checked as strictly as the client checks it.

    Text is taken as is where the parameter is a string; numbers and booleans must be
    written as JSON writes them (``5``, ``true``), and must then be of the right type.
    """
    adapter = _adapter(param.annotation)
    try:
        return adapter.validate_python(raw, strict=True)
    except ValidationError:
        items = raw if isinstance(raw, list) else [raw]
        parsed: list[Any] = []
        for item in items:
            try:
                value = json.loads(item) if isinstance(item, str) else item
            except ValueError:
                value = item
            parsed.append(value if isinstance(value, int | float | bool) else item)
        if parsed == items and not isinstance(raw, list):
            raise
        return adapter.validate_python(parsed if isinstance(raw, list) else parsed[0], strict=True)
