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


class StatefulFakeServer(FakeServer):
    """The fake server with memory, for stateful tests over the documents' ``links``.

    A create operation (one whose response has links) answers its example with a fresh
    ID at the pointer its links read; an operation a link targets answers not-found for
    an ID that was never created or was deleted; a delete forgets the ID; a show (GET, no
    envelope) answers the stored resource.
    """

    def __init__(self, spec: SpecInfo) -> None:
        super().__init__(spec)
        self.pointers: dict[str, list[str]] = {}  # create operationId -> ID pointer
        self.targets: dict[str, str] = {}  # linked operationId -> parameter carrying the ID
        self.store: dict[str, Any] = {}
        self.counter = 0
        self.hits = {"created": 0, "found": 0, "deleted": 0, "missing": 0}
        for op in spec.ops.values():
            for response in op.raw["responses"].values():
                for link in (spec.resolve(response).get("links") or {}).values():
                    for name, expression in link.get("parameters", {}).items():
                        if str(expression).startswith("$response.body#/"):
                            pointer = str(expression)[len("$response.body#/") :].split("/")
                            self.pointers[op.operation_id] = pointer
                            self.targets[link["operationId"]] = name

    def _route(self, method: str, raw_path: str, query: str) -> tuple[OpBinding | None, dict]:
        for op in self.spec.ops.values():
            values = _match(op.path.split("#", 1)[0], raw_path)
            if values is not None and op.http_method == method and _selects(op, query, self.spec):
                return op, values
        return None, {}

    def _not_found(self, op: OpBinding) -> tuple[int, dict[str, str], Any]:
        self.hits["missing"] += 1
        if "404" in op.raw["responses"]:
            return 404, {}, {"error_code": "FAKE.404", "error_msg": "no such resource"}
        status, document = self._error_answer(op, ["no such resource"])
        return status, {}, document

    def answer(
        self,
        method: str,
        raw_path: str,
        query: str,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
    ) -> tuple[int, dict[str, str], Any]:
        status, answer_headers, document = super().answer(method, raw_path, query, headers, body)
        op, values = self._route(method, raw_path, query)
        if op is None or not 200 <= status < 300:
            return status, answer_headers, document
        if op.operation_id in self.pointers and isinstance(document, dict):
            document = json.loads(json.dumps(document))
            *parents, last = self.pointers[op.operation_id]
            node = document
            for name in parents:
                node = node.get(name) if isinstance(node, dict) else None
            if not isinstance(node, dict):  # an in-band error (EnOS): nothing was created
                return status, answer_headers, document
            self.counter += 1
            node[last] = self.counter if isinstance(node.get(last), int) else f"{self.counter:024x}"
            self.store[str(node[last])] = document
            self.hits["created"] += 1
        elif op.operation_id in self.targets:
            name = self.targets[op.operation_id]
            value = values.get(name, dict(parse_qsl(query)).get(name))
            if str(value) not in self.store:
                return self._not_found(op)
            self.hits["found"] += 1
            if method == "DELETE" or op.operation_id.startswith("Delete"):
                del self.store[str(value)]
                self.hits["deleted"] += 1
            elif method == "GET" and not op.raw.get("x-response-envelope"):
                document = self.store[str(value)]
        return status, answer_headers, document
