"""The client property for one schemathesis Case (request side) and for one served response.

Request side (see the research note, section 3.1)::

    X := the part of the Case the typed client API can express
    if oracle.input_errors(X) == []:   exactly one request; oracle.request_errors(request) == [];
                                       decoded(request) == X
    else:                              RequestValidationError / TypeError, transport never called

Cases the typed client cannot express at all are skipped by an explicit rule and counted.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx
from schemathesis.core import NotSet
from schemathesis.transport.serialization import Binary

from . import oracle
from .oracle import MISSING, Parts
from .specs import OpBinding

BASE_URL = "https://api.example.test/base"
BASE_PATH = "/base"

#: Counters shared by a test session: skip rules, dropped parts, verdicts.
STATS: Counter[str] = Counter()


class Skip(Exception):
    """The case cannot be expressed through the typed client (an explicit rule)."""


# --------------------------------------------------------------------------------------
# JSON equality (bool is not int, 1 == 1.0, key order ignored)
# --------------------------------------------------------------------------------------


def json_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


# --------------------------------------------------------------------------------------
# Case -> X (what the typed client can express)
# --------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    return str(value)


def security_headers(op: OpBinding) -> set[str]:
    schemes = op.spec.raw.get("components", {}).get("securitySchemes", {})
    return {
        scheme["name"].lower()
        for scheme in schemes.values()
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
    }


def body_media_type(op: OpBinding) -> str | None:
    """The documented media type the client sends (its table's), else the first one."""
    request_body = op.spec.resolve(op.raw.get("requestBody"))
    if not request_body or not request_body.get("content"):
        return None
    content = request_body["content"]
    body = op.table.body
    if body is not None:
        wanted = body.media_type.split(";")[0].strip().lower()
        for media_type in content:
            if media_type.split(";")[0].strip().lower() == wanted:
                return str(media_type)
    return str(next(iter(content)))


def _whole_floats(value: Any, depth: int = 0) -> bool:
    if isinstance(value, float):
        return value.is_integer()
    if depth > 50:
        return False
    if isinstance(value, dict):
        return any(_whole_floats(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return any(_whole_floats(v, depth + 1) for v in value)
    return False


def _wildcard(op: OpBinding, status: str) -> bool:
    from .respgen import response_media

    media_type, _ = response_media(op, status)
    return bool(media_type) and media_type.split(";")[0].strip().endswith("/*")


def _holds_bytes(value: Any, depth: int = 0) -> bool:
    if isinstance(value, (bytes, bytearray, Binary)):
        return True
    if depth > 50:
        return False
    if isinstance(value, dict):
        return any(_holds_bytes(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return any(_holds_bytes(v, depth + 1) for v in value)
    return False


@dataclass
class Expressed:
    parts: Parts
    kwargs: dict[str, Any]
    dropped: list[str] = field(default_factory=list)


def express(op: OpBinding, case: Any) -> Expressed:
    """The typed-client view of ``case``; raises :class:`Skip` for inexpressible cases."""
    if case.method.upper() != op.http_method:
        raise Skip("undeclared HTTP method")
    parts = Parts(method=op.http_method)
    dropped: list[str] = []
    declared = {(loc, name.lower()): name for (loc, name) in op.params}
    media_type = body_media_type(op)

    for name, value in (case.path_parameters or {}).items():
        parts.params[("path", name)] = unquote(_text(value))
    empty_arrays: dict[tuple[str, str], list[Any]] = {}
    for name, value in (case.query or {}).items():
        key = ("query", declared.get(("query", name.lower()), name))
        if key not in op.params:
            dropped.append(f"query:{name}")
            continue
        array = oracle.is_array(oracle.param_schema(op, op.params[key]))
        if isinstance(value, list) and not array:
            raise Skip("repeated query parameter")
        if not array:
            parts.params[key] = _text(value)
        elif isinstance(value, list) and not value:
            # An empty array has no form/explode wire form: it is passed and must vanish.
            STATS["empty array query parameter (no wire form; must not be sent)"] += 1
            empty_arrays[key] = []
        else:
            style = oracle.array_style(op, op.params[key])
            delimiter = {"form": ",", "pipeDelimited": "|", "spaceDelimited": " "}
            if isinstance(value, str) and not style[1] and style[0] in delimiter:
                # Not exploded: schemathesis gives the delimited text ("a,b,c").
                items = value.split(delimiter[style[0]])
            else:
                # A single text is a one-item array on the wire (form, explode).
                items = value if isinstance(value, list) else [value]
            parts.params[key] = [_text(item) for item in items]
    secured = security_headers(op)
    for name, value in (case.headers or {}).items():
        lower = name.lower()
        if lower == "content-type":
            raise Skip("Content-Type override")
        if ("header", lower) in declared:
            parts.params[("header", declared[("header", lower)])] = _text(value)
        elif lower in secured:
            STATS["security header dropped (auth is not a parameter)"] += 1
        else:
            dropped.append(f"header:{name}")
    if case.cookies:
        dropped.extend(f"cookie:{name}" for name in case.cookies)

    body = case.body
    if isinstance(body, Binary):
        body = body.data
    if not isinstance(body, NotSet):
        kind = oracle.media_kind(media_type)
        if isinstance(body, (bytes, bytearray)) and kind != "binary":
            raise Skip("raw bytes body")
        if media_type is None:
            raise Skip("body for an operation without a request body")
        if case.media_type and case.media_type.split(";")[0].strip() != media_type:
            raise Skip("undocumented content type")
        if kind == "form" and isinstance(body, str):
            # The runtime passes a str form body through as pre-encoded text.
            raise Skip("str body for a form media type (pre-encoded form escape hatch)")
        if kind == "binary" and not isinstance(body, (bytes, bytearray)):
            raise Skip("structured body for a non-JSON media type (the client takes bytes)")
        if kind in ("json", "form") and _holds_bytes(body):
            raise Skip("binary value inside a JSON/form body (no JSON form to compare)")
        if op.table.body is None:
            raise Skip("the client method takes no body for this media type")
        request_body = op.spec.resolve(op.raw["requestBody"])
        if body is None and not request_body.get("required"):
            raise Skip("null body for an optional request body (None means no body)")
        parts.body = copy.deepcopy(body)
        if oracle.media_kind(media_type) == "json":
            # ``None`` for an optional member that may not be null means "absent": the
            # client leaves it out (harness.oracle.drop_absent_nulls).
            request_body = op.spec.resolve(op.raw["requestBody"])
            schema = op.spec.resolve(request_body["content"][media_type]).get("schema", {})
            parts.body = oracle.drop_absent_nulls(op, schema, parts.body)
        parts.content_type = media_type

    kwargs: dict[str, Any] = {}
    by_wire = {(p.location, p.name): p for p in op.table.params}
    for key, text in parts.params.items():
        if key not in by_wire:
            raise Skip(f"{key[0]} parameter not in the client method (not expressible)")
        param = by_wire[key]
        ok, value = oracle.parse_param(op, op.params[key], text)
        kwargs[param.kwarg] = value if ok else text
    for key, value in empty_arrays.items():
        kwargs[by_wire[key].kwarg] = value
    defaults = op.client_defaults()
    for key, raw_param in op.params.items():
        if key in parts.params:
            continue
        if key not in by_wire:
            continue
        if (raw_param.get("required") or key[0] == "path") and by_wire[key].kwarg in defaults:
            raise Skip("required parameter filled by a client-side default")
    if parts.body is not MISSING:
        kwargs[op.table.body.kwarg] = copy.deepcopy(parts.body)
    for item in dropped:
        STATS[f"dropped {item.split(':')[0]} parameter (not expressible)"] += 1
    return Expressed(parts=parts, kwargs=kwargs, dropped=dropped)


# --------------------------------------------------------------------------------------
# Running the client against a MockTransport
# --------------------------------------------------------------------------------------


@dataclass
class Served:
    status: int
    body: Any = MISSING  # JSON document (or str/bytes for text/binary media); MISSING = none
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"

    def response(self, request: httpx.Request) -> httpx.Response:
        headers = dict(self.headers)
        if self.body is MISSING:
            return httpx.Response(self.status, headers=headers, request=request)
        headers.setdefault("Content-Type", self.media_type)
        kind = oracle.media_kind(self.media_type)
        if kind == "binary" and isinstance(self.body, bytes):
            content = self.body
        elif kind == "text" and isinstance(self.body, str):
            content = self.body.encode("utf-8")
            if "charset" not in headers["Content-Type"]:
                headers["Content-Type"] += "; charset=utf-8"
        else:
            content = json.dumps(self.body, ensure_ascii=False).encode("utf-8")
        return httpx.Response(self.status, headers=headers, content=content, request=request)


@dataclass
class Call:
    requests: list[httpx.Request]
    result: Any = None
    error: BaseException | None = None


def call_client(op: OpBinding, kwargs: dict[str, Any], served: Served) -> Call:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        requests.append(request)
        return served.response(request)

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = op.spec.client_class(base_url=BASE_URL, http_client=http_client, max_retries=0)
    call = Call(requests=requests)
    try:
        call.result = getattr(client, op.method_name)(**kwargs)
        if op.table.operation_id in _paginated(op):
            # x-pagination: the method returns a pager; one call is its first page.
            call.result = call.result.first_page()
    except Exception as exc:
        call.error = exc
    finally:
        http_client.close()
    return call


def _paginated(op: Any) -> set[str]:
    """operationIds of the operations whose client method returns a pager."""
    module = op.spec.operations_module
    return {
        entry.operation_id
        for name, entry in vars(module).items()
        if name.isupper() and hasattr(module, name + "_PAGES") and hasattr(entry, "operation_id")
    }


MINIMAL_BY_TYPE: dict[str, Any] = {"object": {}, "array": [], "string": ""}
_CANNED: dict[str, Served] = {}

#: Served when an operation documents no 2xx answer: the request is judged all the same,
#: and the client raising the status error for it is the expected outcome.
NO_SUCCESS_STATUS = 599


def _status_code(key: str) -> int:
    return int(key) if key.isdigit() else 200


def canned_success(op: OpBinding) -> Served:
    """A valid 2xx answer for request-side tests (computed once per operation).

    JSON media first (an XML or other first media type is not what a JSON client reads);
    the document's examples when they validate, else a body drawn from the schema (never
    ``{}`` for a schema with required members).
    """
    if op.id not in _CANNED:
        _CANNED[op.id] = _canned_success(op)
    return _CANNED[op.id]


def _canned_success(op: OpBinding) -> Served:
    from . import respgen

    for status, response in op.raw["responses"].items():
        if not str(status).startswith("2"):
            continue
        code = _status_code(str(status))
        response = op.spec.resolve(response)
        content = response.get("content") if isinstance(response, dict) else None
        if not content:
            return Served(code)
        media_type = next(
            (mt for mt in content if oracle.media_kind(mt) == "json"), next(iter(content))
        )
        media = op.spec.resolve(content[media_type]) or {}
        kind = oracle.media_kind(media_type)
        if kind == "text":
            return Served(code, "", media_type=media_type)
        if kind != "json":
            return Served(code, b"", media_type=media_type)
        schema = media.get("schema", {})
        candidates = [
            op.spec.resolve(e).get("value")
            for e in (media.get("examples") or {}).values()
            if isinstance(op.spec.resolve(e), dict) and "value" in op.spec.resolve(e)
        ]
        if "example" in media:
            candidates.append(media["example"])
        for candidate in candidates:
            if not oracle.schema_errors(op, schema, candidate):
                return Served(code, candidate, media_type=media_type)
        strategy = respgen.body_strategy(op, str(status))
        if strategy is not None:
            body = respgen.minimal(strategy)
            if body is not MISSING:
                return Served(code, body, media_type=media_type)
        resolved = op.spec.resolve(schema)
        body = MINIMAL_BY_TYPE.get(resolved.get("type", "object"), {})
        return Served(code, body, media_type=media_type)
    return Served(NO_SUCCESS_STATUS)


def _compare(op: OpBinding, expected: Parts, actual: Parts) -> list[str]:
    problems: list[str] = []
    if actual.method != expected.method:
        problems.append(f"method {actual.method} != {expected.method}")
    for key in sorted(set(expected.params) | set(actual.params)):
        if key not in actual.params:
            problems.append(f"{key[0]} parameter {key[1]!r} not sent")
            continue
        if key not in expected.params:
            problems.append(f"{key[0]} parameter {key[1]!r} sent but not given")
            continue
        param = op.params.get(key, {"in": key[0], "schema": {}})
        _, want = oracle.parse_param(op, param, expected.params[key])
        _, got = oracle.parse_param(op, param, actual.params[key])
        if not json_equal(want, got):
            problems.append(f"{key[0]} parameter {key[1]!r}: sent {got!r}, given {want!r}")
    if (expected.body is MISSING) != (actual.body is MISSING):
        problems.append(f"body presence differs: sent {actual.body!r}, given {expected.body!r}")
    elif expected.body is not MISSING and not _same_body(expected, actual):
        problems.append(f"body differs: sent {actual.body!r}, given {expected.body!r}")
    if expected.body is not MISSING and actual.content_type != expected.content_type:
        problems.append(f"Content-Type {actual.content_type!r} != {expected.content_type!r}")
    return problems


def _same_body(expected: Parts, actual: Parts) -> bool:
    """JSON equality for JSON bodies; the field texts for forms; bytes for text/binary."""
    kind = oracle.media_kind(expected.content_type)
    want, got = expected.body, actual.body
    if kind == "form":
        if not (isinstance(want, dict) and isinstance(got, dict)):
            return False
        want_texts = {k: oracle.form_texts(v) for k, v in want.items()}
        got_texts = {k: oracle.form_texts(v) for k, v in got.items()}
        return {k: v for k, v in want_texts.items() if v} == got_texts
    if kind in ("text", "binary"):
        want_bytes = want.encode("utf-8") if isinstance(want, str) else want
        got_bytes = got.encode("utf-8") if isinstance(got, str) else got
        return isinstance(want_bytes, (bytes, bytearray)) and bytes(want_bytes) == got_bytes
    return json_equal(want, got)


@dataclass
class Verdict:
    kind: str  # "skipped" | "accepted" | "rejected"
    problems: list[str]
    reason: str = ""


def check_case(op: OpBinding, case: Any, served: Served | None = None) -> Verdict:
    """Apply the request property to one Case; ``problems`` empty means it holds."""
    try:
        expressed = express(op, case)
    except Skip as skip:
        STATS[f"skipped: {skip}"] += 1
        return Verdict("skipped", [], str(skip))
    if oracle.media_kind(expressed.parts.content_type) == "multipart":
        STATS["skipped: multipart body (not judged)"] += 1
        return Verdict("skipped", [], "multipart body (the harness does not decode multipart)")
    invalid = oracle.input_errors(op, expressed.parts)
    served = served or canned_success(op)
    call = call_client(op, expressed.kwargs, served)
    rejected_types = (op.spec.package.RequestValidationError, TypeError)
    if invalid:
        STATS["verdict: invalid input"] += 1
        if isinstance(call.error, rejected_types) and not call.requests:
            return Verdict("rejected", [])
        sent = [f"{r.method} {r.url} {r.content!r}" for r in call.requests]
        return Verdict(
            "rejected",
            [
                f"invalid input {invalid} was not rejected before sending: error={call.error!r}, sent={sent}"
            ],
        )
    STATS["verdict: valid input"] += 1
    if (
        served.status == NO_SUCCESS_STATUS
        and isinstance(call.error, op.spec.package.APIStatusError)
        and len(call.requests) == 1
    ):
        call.error = None  # no 2xx documented: the status error is the expected outcome
    if call.error is not None:
        return Verdict("accepted", [f"valid input raised {call.error!r}"])
    if len(call.requests) != 1:
        return Verdict("accepted", [f"{len(call.requests)} requests sent"])
    request = call.requests[0]
    actual, wire_errors = oracle.decode_request(op, request, BASE_PATH)
    problems = [f"wire: {e}" for e in wire_errors]
    problems += [f"oracle: {e}" for e in oracle.input_errors(op, actual)]
    problems += [f"fidelity: {e}" for e in _compare(op, expressed.parts, actual)]
    return Verdict("accepted", problems)


def describe(case: Any) -> str:
    meta = getattr(case, "meta", None)
    phase = getattr(getattr(meta, "phase", None), "data", None)
    description = getattr(phase, "description", "") if phase is not None else ""
    body = case.body if not isinstance(case.body, NotSet) else "<unset>"
    return (
        f"[{description}] {case.method} path={case.path_parameters} query={case.query} "
        f"headers={dict(case.headers or {})} body={str(body)[:300]}"
    )


# --------------------------------------------------------------------------------------
# Response side
# --------------------------------------------------------------------------------------

#: (operation id, status or envelope label) pairs served so far (checked at the end).
EXERCISED: set[tuple[str, str]] = set()

STATUS_ERROR_NAMES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}

_BASELINES: dict[str, dict[str, Any] | str] = {}


def baseline_kwargs(op: OpBinding) -> dict[str, Any]:
    """Keyword arguments of a valid call: the first valid coverage case (the example).
    Raises ``Skip`` when no coverage case is both valid and expressible."""
    from .cases import coverage_cases

    if op.id not in _BASELINES:
        reasons: list[str] = []
        for case in coverage_cases(op):
            try:
                expressed = express(op, case)
            except Skip as exc:
                reasons.append(str(exc))
                continue
            if not oracle.input_errors(op, expressed.parts):
                _BASELINES[op.id] = expressed.kwargs
                break
        else:
            why = "; ".join(sorted(set(reasons))) or "no valid coverage case"
            _BASELINES[op.id] = f"no valid call to serve responses to ({why})"
    found = _BASELINES[op.id]
    if isinstance(found, str):
        raise Skip(found)
    return copy.deepcopy(found)


def baseline_problem(op: OpBinding) -> str | None:
    """Why the response side cannot judge ``op`` (no valid call expressible), else None."""
    try:
        baseline_kwargs(op)
    except Skip as exc:
        return str(exc)
    return None


def expected_status_error(status: int) -> str:
    if status in STATUS_ERROR_NAMES:
        return STATUS_ERROR_NAMES[status]
    return "InternalServerError" if status >= 500 else "APIStatusError"


def envelope_spec(op: OpBinding) -> dict[str, Any] | None:
    return op.raw.get("x-response-envelope")  # type: ignore[no-any-return]


def _dump(value: Any) -> Any:
    return value.model_dump(mode="json", by_alias=True, exclude_unset=True)


#: Validation context under which the client reads responses (undocumented enum values).
LENIENT = {"lenient_responses": True}


def served_value(op: OpBinding, body: Any) -> Any:
    """What a call returns for a served 2xx ``body``: the envelope's ``data-field`` member
    for an enveloped operation (``None`` when absent), else the body itself."""
    envelope = envelope_spec(op)
    if (
        envelope is not None
        and envelope.get("data-field")
        and isinstance(body, dict)
        and envelope["code-field"] in body
    ):
        return body.get(envelope["data-field"])
    return body


def same_dump(op: OpBinding, schema: Any, dumped: Any, served: Any) -> bool:
    """``dumped`` (a model dumped by alias, unset fields left out) stands for ``served``:
    equal, or equal once the ``null`` members the schema does not allow are left out
    (the client reads them as absent)."""
    if json_equal(dumped, served):
        return True
    envelope = envelope_spec(op)
    if envelope is not None and envelope.get("data-field") and isinstance(schema, dict):
        resolved = op.spec.resolve(schema)
        member = (resolved.get("properties") or {}).get(envelope["data-field"])
        if member is not None:
            schema = member
    return json_equal(dumped, oracle.drop_absent_nulls(op, schema, served))


def success_problems(
    op: OpBinding, status: str, body: Any, result: Any, kind: str | None, schema: Any
) -> list[str]:
    """The value returned for a served 2xx ``body`` is typed and keeps every served value:
    dumped by alias with unset fields left out, it equals what was served."""
    from pydantic import BaseModel, TypeAdapter, ValidationError

    problems: list[str] = []
    if kind in ("text", "binary"):
        # Non-JSON media: the body itself, as text (text/*) or bytes (anything else).
        if (
            kind == "binary"
            and isinstance(result, str)
            and isinstance(body, bytes)
            and _wildcard(op, status)
        ):
            body = body.decode("utf-8", errors="replace")  # ``*/*``: text is a fair reading
        if type(result) is not type(body) or result != body:
            problems.append(f"{kind} {status}: served {body!r}, returned {result!r}")
        return problems
    if schema is None:
        if result is not None:
            problems.append(f"no-content {status} returned {result!r}")
        return problems
    value = served_value(op, body)
    if value is None and result is None and not oracle.schema_errors(op, schema, None):
        return problems  # the schema allows ``null`` (no ``type``): nothing to type
    expected_class = op.table.responses[status].annotation
    if not (isinstance(expected_class, type) and issubclass(expected_class, BaseModel)):
        # A type expression (``list[Item]`` ...): typed items, dumped through pydantic.
        adapter = TypeAdapter(expected_class)
        try:
            adapter.validate_python(result, strict=True, context=LENIENT)
        except ValidationError as exc:
            return [*problems, f"{status} returned {result!r}, not {expected_class}: {exc}"]
        dumped = adapter.dump_python(result, mode="json", by_alias=True, exclude_unset=True)
        if not same_dump(op, schema, dumped, value):
            problems.append(f"round trip: served {value!r}, client dumps {dumped!r}")
        return problems
    if not isinstance(result, BaseModel) or type(result) is not expected_class:
        return [*problems, f"{status} returned {type(result)} not {expected_class}"]
    dumped = _dump(result)
    if not same_dump(op, schema, dumped, value):
        problems.append(f"round trip: served {value!r}, model dumps {dumped!r}")
    return problems


def check_response(
    op: OpBinding, status: str, body: Any, label: str | None = None, code: int | None = None
) -> list[str]:
    """Serve ``body`` with ``status`` to a valid call and check what the client makes of it.

    ``status`` is the documented key (``"200"``, ``"4XX"``, ``"default"``); ``code`` the
    concrete HTTP status served (required for range and default keys).
    """
    from .respgen import response_media, response_schema

    code = int(status) if code is None else code
    EXERCISED.add((op.id, label or status))
    problems: list[str] = []
    schema = response_schema(op, status)
    media_type, media_schema = response_media(op, status)
    kind = oracle.media_kind(media_type) if media_type else None
    if (label or "").startswith("real-world"):
        pass  # off-schema on purpose (harness.mutate): the client must read it all the same
    elif schema is not None:
        problems += [
            f"served body invalid (harness bug): {e}"
            for e in oracle.schema_errors(op, schema, body)
        ]
    elif kind == "text" and media_schema is not None:
        problems += [
            f"served text invalid (harness bug): {e}"
            for e in oracle.schema_errors(op, media_schema, body)
        ]
    served = Served(code, body, media_type=media_type or "application/json")
    call = call_client(op, baseline_kwargs(op), served)
    package = op.spec.package
    envelope = envelope_spec(op)
    if 200 <= code < 300:
        failure_code = None
        if envelope is not None and isinstance(body, dict) and envelope["code-field"] in body:
            value = body[envelope["code-field"]]
            if value not in envelope["success-codes"]:
                failure_code = value
        if failure_code is not None:
            names = {e["code"]: e["name"] for e in envelope.get("errors", [])}
            expected = (
                f"{names[failure_code]}Error" if failure_code in names else "APIEnvelopeError"
            )
            error = call.error
            if type(error).__name__ != expected or not isinstance(error, package.APIEnvelopeError):
                return [
                    *problems,
                    f"envelope code {failure_code}: expected {expected}, got {error!r}",
                ]
            table = op.table.envelope.errors
            if failure_code in names and table.get(failure_code) is not type(error):
                problems.append(f"Envelope.errors[{failure_code}] is {table.get(failure_code)}")
            if error.code != failure_code:
                problems.append(f"error.code {error.code!r} != {failure_code!r}")
            checks = {
                "msg": envelope.get("message-field"),
                "request_id": envelope.get("request-id-field"),
                "data": envelope.get("data-field"),
            }
            for attribute, field_name in checks.items():
                if field_name and not json_equal(getattr(error, attribute), body.get(field_name)):
                    problems.append(
                        f"error.{attribute} {getattr(error, attribute)!r} != {body.get(field_name)!r}"
                    )
            return problems
        if call.error is not None:
            return [*problems, f"{status} raised {call.error!r}"]
        return problems + success_problems(op, status, body, call.result, kind, schema)
    expected = expected_status_error(code)
    error = call.error
    if type(error).__name__ != expected or not isinstance(error, package.APIStatusError):
        return [*problems, f"{status} as {code}: expected {expected}, got {error!r}"]
    if error.status_code != code:
        problems.append(f"status_code {error.status_code} != {code}")
    if kind == "binary":
        if error.body != body:
            problems.append(f"error body: served {body!r}, got {error.body!r}")
    elif kind == "text":
        if error.body != body:
            problems.append(f"error text: served {body!r}, got {error.body!r}")
    elif schema is not None:
        expected_class = op.table.responses[status].annotation
        if not isinstance(expected_class, type):
            # A type expression (``dict[str, Any]``, ``list[Item]`` ...): the body read as it.
            from pydantic import TypeAdapter, ValidationError

            adapter = TypeAdapter(expected_class)
            try:
                adapter.validate_python(error.body, strict=True, context=LENIENT)
            except ValidationError as exc:
                problems.append(f"error body {error.body!r} is not a {expected_class}: {exc}")
                return problems
            dumped = adapter.dump_python(error.body, mode="json", by_alias=True, exclude_unset=True)
            if not same_dump(op, schema, dumped, body):
                problems.append(f"error body round trip: served {body!r}, got {dumped!r}")
            return problems
        if type(error.body) is not expected_class:
            hint = " (the body has whole-number floats)" if _whole_floats(body) else ""
            problems.append(f"error body {error.body!r} is not a {expected_class}{hint}")
        elif not same_dump(op, schema, _dump(error.body), body):
            problems.append(f"error body round trip: served {body!r}, got {_dump(error.body)!r}")
        if isinstance(body, dict):
            for name in ("error_code", "error_msg", "request_id"):
                if isinstance(body.get(name), str) and getattr(error, name) != body[name]:
                    problems.append(f"error.{name} {getattr(error, name)!r} != {body[name]!r}")
    return problems
