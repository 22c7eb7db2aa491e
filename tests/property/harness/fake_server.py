"""A minimal in-process raw ASGI app serving one document's examples.

* routes only the documented (path, method) pairs; a known path with another method gets
  405 + ``Allow``; an unknown path gets 404;
* validates the request with the oracle (jsonschema Draft 2020-12, lenient about the query
  spelling of ``requests`` and about undeclared headers such as auth and user agent);
* valid: the example of the first documented 2xx response (no body for no-content);
* invalid: the first of 400/422/404 the operation documents, with an error body valid for
  that response's schema; operations that document no error status (EnOS) answer 200 with
  the envelope failure code for invalid arguments, which is how that service reports it.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, unquote

from . import oracle
from .oracle import MISSING, Parts
from .specs import OpBinding, SpecInfo

Scope = dict[str, Any]


def _example(op: OpBinding, status: str) -> Any:
    response = op.spec.resolve(op.raw["responses"][status])
    content = response.get("content")
    if not content:
        return MISSING
    media = next(iter(content.values()))
    examples = media.get("examples") or {}
    if examples:
        return next(iter(examples.values()))["value"]
    return media.get("example", {})


def _match(template: str, path: str) -> dict[str, str] | None:
    tpl = template.strip("/").split("/")
    segments = path.strip("/").split("/")
    if len(tpl) != len(segments):
        return None
    values = {}
    for t, s in zip(tpl, segments, strict=True):
        match = re.fullmatch(r"\{([^{}]+)\}", t)
        if match:
            if s == "":
                return None
            values[match.group(1)] = unquote(s)
        elif t != s:
            return None
    return values


def _selects(op: OpBinding, query: str, spec: SpecInfo) -> bool:
    """False when a one-value enum query parameter (EnOS ``action``) names another operation.

    Several operations can share one path and method when a fixed query parameter selects
    the action (path keys ``/devices#update``); a request goes to the one it names, or to
    the first one when it names none of them.
    """
    sent = dict(parse_qsl(query, keep_blank_values=True))
    fixed = {}
    for (location, name), param in op.params.items():
        schema = spec.resolve(param.get("schema") or {})
        if location == "query" and len(schema.get("enum") or ()) == 1:
            fixed[name] = str(schema["enum"][0])
    if not fixed:
        return True
    if all(sent.get(name) == value for name, value in fixed.items()):
        return True
    siblings = [
        other
        for other in spec.ops.values()
        if other is not op
        and other.http_method == op.http_method
        and other.path.split("#", 1)[0] == op.path.split("#", 1)[0]
    ]
    # No sibling claims the request: let the first operation of the path answer (and
    # reject the wrong action value as invalid input).
    claimed = any(
        all(
            sent.get(name) == str(spec.resolve(p.get("schema") or {}).get("enum", [None])[0])
            for (loc, name), p in other.params.items()
            if loc == "query" and len(spec.resolve(p.get("schema") or {}).get("enum") or ()) == 1
        )
        for other in siblings
    )
    first = next(o for o in spec.ops.values() if o in (op, *siblings))
    return not claimed and first is op


def validate(
    op: OpBinding,
    path_values: dict[str, str],
    query: str,
    headers: list[tuple[bytes, bytes]],
    body: bytes,
) -> list[str]:
    parts = Parts(method=op.http_method)
    errors: list[str] = []
    for name, value in path_values.items():
        parts.params[("path", name)] = value
    for name, value in parse_qsl(query, keep_blank_values=True):
        if ("query", name) in parts.params:
            errors.append(f"query parameter {name!r} repeated")
        parts.params[("query", name)] = value
    declared = {name.lower(): name for (loc, name) in op.params if loc == "header"}
    content_type = None
    for raw_name, raw_value in headers:
        lower = raw_name.decode("latin-1").lower()
        if lower in declared:
            parts.params[("header", declared[lower])] = raw_value.decode("latin-1")
        if lower == "content-type":
            content_type = raw_value.decode("latin-1").split(";")[0].strip()
    if body:
        parts.content_type = content_type
        if content_type is None or not content_type.endswith("json"):
            return [*errors, f"unsupported content type {content_type!r}"]
        try:
            parts.body = oracle.strict_json(body)
        except ValueError as exc:
            return [*errors, f"malformed JSON: {exc}"]
    return errors + oracle.input_errors(op, parts)


class FakeServer:
    def __init__(self, spec: SpecInfo) -> None:
        self.spec = spec
        self.requests = 0

    def _error_answer(self, op: OpBinding, errors: list[str]) -> tuple[int, Any]:
        for status in ("400", "422", "404"):
            if status in op.raw["responses"]:
                return int(status), {
                    "error_code": "FAKE.00000400",
                    "error_msg": "; ".join(errors)[:500],
                    "request_id": f"fake-{self.requests}",
                }
        envelope = op.raw.get("x-response-envelope")
        if envelope:
            code = next(
                (e["code"] for e in envelope.get("errors", []) if e["name"] == "InvalidArguments"),
                99400,  # the EnOS code for invalid arguments, for operations listing no errors
            )
            return 200, {
                envelope["code-field"]: code,
                envelope["message-field"]: "Invalid arguments",
                envelope["request-id-field"]: f"fake-{self.requests}",
                envelope["data-field"]: None,
            }
        return 400, MISSING

    def answer(
        self,
        method: str,
        raw_path: str,
        query: str,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
    ) -> tuple[int, dict[str, str], Any]:
        self.requests += 1
        allowed = []
        for op in self.spec.ops.values():
            values = _match(op.path.split("#", 1)[0], raw_path)
            if values is None:
                continue
            allowed.append(op.http_method)
            if op.http_method != method or not _selects(op, query, self.spec):
                continue
            errors = validate(op, values, query, headers, body)
            if errors:
                status, document = self._error_answer(op, errors)
                return status, {}, document
            status = next(s for s in op.raw["responses"] if str(s).startswith("2"))
            return int(status), {}, _example(op, str(status))
        if allowed:
            return 405, {"Allow": ", ".join(sorted(set(allowed)))}, MISSING
        return 404, {}, {"error_code": "FAKE.404", "error_msg": "no such path", "request_id": "-"}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        assert scope["type"] == "http"
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        raw_path = scope.get("raw_path") or scope["path"].encode()
        raw_path = raw_path.decode("latin-1").split("?", 1)[0]
        status, headers, document = self.answer(
            scope["method"].upper(),
            raw_path,
            scope.get("query_string", b"").decode("latin-1"),
            list(scope.get("headers", [])),
            body,
        )
        content = b"" if document is MISSING else json.dumps(document).encode("utf-8")
        response_headers = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        if document is not MISSING:
            response_headers.append((b"content-type", b"application/json"))
        response_headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        await send({"type": "http.response.body", "body": content})
