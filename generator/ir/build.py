"""Build the IR of one loaded document: every name, type and docstring decided."""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from generator.diagnostics import Collector, Location, escape_pointer_token
from generator.ir.models import ModelsBridge
from generator.ir.naming import (
    RESERVED,
    NameSpace,
    constant_case,
    dist_name_problem,
    import_name_problem,
    pascal_case,
    pascal_identifier,
    snake_case,
    snake_identifier,
)
from generator.ir.nodes import (
    Api,
    BodyField,
    ClientDefault,
    Envelope,
    EnvelopeError,
    Example,
    Operation,
    Pagination,
    Parameter,
    RequestBody,
    Response,
    SecurityScheme,
    Server,
    ServerVariable,
)
from generator.ir.types import TypeMapper, pattern_search
from generator.loader import HTTP_METHODS, Document

#: Attributes of the generated clients that an operation method must not replace.
CLIENT_ATTRIBUTES = frozenset(
    {
        "close",
        "aclose",
        "with_options",
        "with_raw_response",
        "base_url",
        "timeout",
        "max_retries",
        "auth",
        "headers",
        "models",
        "operations",
        "request",
        "send",
    }
)
#: Keyword arguments every method reserves for itself (the per-call options).
PER_CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")
RESERVED_KWARGS = RESERVED | {"self", "body", "models", "operations", *PER_CALL_OPTIONS}
#: Keyword arguments of the generated clients' constructors (client defaults must differ).
CONSTRUCTOR_OPTIONS = frozenset(
    {
        "base_url",
        "auth",
        "timeout",
        "max_retries",
        "headers",
        "http_client",
        "validate_requests",
        "strict_responses",
        "user_agent",
        "defaults",
    }
)
#: The client's own version when ``x-python-package`` gives none.
DEFAULT_PACKAGE_VERSION = "0.1.0"
_PEP440 = re.compile(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?")
#: Values of a parameter's ``in``; anything else is ignored with a warning.
PARAMETER_LOCATIONS = ("path", "query", "header", "cookie")
STATUS_ERRORS = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "422": "UnprocessableEntityError",
    "429": "RateLimitError",
}
_SERVICE_NAME = re.compile(r"[A-Za-z0-9._-]+")
_JSON = re.compile(r"^application/([\w.+-]+\+)?json($|;)|^\*/\*$|^application/\*$")


def package_field(ext: dict[str, Any], key: str) -> str:
    """A name given in ``x-python-package``: any value that is present is checked, as text."""
    value = ext.get(key)
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else repr(value)


def is_json(media_type: str) -> bool:
    return bool(_JSON.match(media_type.lower()))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


class Builder:
    bridge_class: type[ModelsBridge] = ModelsBridge  # diff swaps in a names-only bridge

    def __init__(self, doc: Document, collector: Collector) -> None:
        self.doc = doc
        self.collector = collector
        self.data = doc.data
        self.bridge = self.bridge_class(doc, collector)
        self.hoisted: dict[str, str] = {}  # original pointer -> class name

    # -- entry point -------------------------------------------------------------------
    def build(self) -> Api:
        raw_info = self.data.get("info")
        info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
        title = _text(info.get("title")) or self.doc.path.stem
        dist_name, import_name = self._package_names(info, title)
        package_version = self._package_version(info)
        schemes = self._security_schemes()
        raw_ops = self._collect_operations()
        # first pass: decide which inline schemas become models (hoisting changes refs)
        for op in raw_ops:
            self._plan_hoisting(op)
        models = self.bridge.generate(self.hoisted)
        self.types = TypeMapper(self.doc, dict(models.names))
        self.model_classes = models.classes
        method_space = NameSpace(CLIENT_ATTRIBUTES | RESERVED)
        const_space = NameSpace()
        operations = [self._operation(op, method_space, const_space) for op in raw_ops]
        envelope_errors: dict[str, EnvelopeError] = {}
        for operation in operations:
            if operation.envelope:
                for err in operation.envelope.errors:
                    envelope_errors.setdefault(err.class_name, err)
        servers = self._servers()
        client_defaults = self._client_defaults(operations)
        return Api(
            title=title,
            version=_text(str(info.get("version", ""))) or "0.0.0",
            description=_text(info.get("description")),
            dist_name=dist_name,
            import_name=import_name,
            source=self.doc.display,
            default_base_url=_default_url(servers[0]) if servers else "",
            servers=tuple(servers),
            operations=tuple(operations),
            security_schemes=tuple(schemes),
            models_code=models.code,
            model_names=tuple(sorted(models.classes)),
            envelope_errors=tuple(sorted(envelope_errors.values(), key=lambda e: e.code)),
            package_version=package_version,
            client_defaults=client_defaults,
        )

    def _client_defaults(self, operations: list[Operation]) -> tuple[ClientDefault, ...]:
        """The client options of parameters marked ``x-client-default``, in first-use order."""
        found: dict[str, ClientDefault] = {}
        for op in operations:
            for p in op.parameters:
                if p.client_default is None:
                    continue
                known = found.get(p.client_default)
                if known is None:
                    example = dict(op.example.defaults).get(p.client_default, repr(p.name))
                    found[p.client_default] = ClientDefault(
                        p.client_default, p.annotation, p.description, example
                    )
                elif known.annotation != p.annotation:
                    self.collector.warn(
                        Location(self.doc.display, op.location.partition(":")[2] or ""),
                        "client-default",
                        f"{p.client_default}: typed {p.annotation} here but {known.annotation} "
                        "elsewhere; the client option keeps the first type",
                    )
        return tuple(found.values())

    # -- document level ----------------------------------------------------------------
    def _package_names(self, info: dict[str, Any], title: str) -> tuple[str, str]:
        """The import and distribution names, validated before any path is built from
        them (see ``naming.dist_name_problem`` / ``import_name_problem``)."""
        ext = info.get("x-python-package")
        ext = ext if isinstance(ext, dict) else {}
        base = snake_case(title) or "api"
        if not base.endswith("client"):
            base += "_client"
        given = package_field(ext, "import-name")
        import_name = given or base
        problem = import_name_problem(import_name)
        if problem is not None:
            where = ("info", "x-python-package", "import-name") if given else ("info", "title")
            hint = "" if given else "; set info.x-python-package.import-name"
            self.collector.error(
                self.doc.location(*where),
                "package-name",
                f"{import_name[:120]!r} {problem}{hint}",
            )
            import_name = "invalid_client"  # no path is ever built from a rejected name
        dist_name = package_field(ext, "dist-name") or import_name.replace("_", "-")
        problem = dist_name_problem(dist_name)
        if problem is not None:
            self.collector.error(
                self.doc.location("info", "x-python-package", "dist-name"),
                "package-name",
                f"{dist_name[:120]!r} {problem}",
            )
            dist_name = "invalid-client"
        return dist_name, import_name

    def _package_version(self, info: dict[str, Any]) -> str:
        ext = info.get("x-python-package")
        version = ext.get("version") if isinstance(ext, dict) else None
        if version is None:
            return DEFAULT_PACKAGE_VERSION
        if not isinstance(version, str) or not _PEP440.fullmatch(version):
            self.collector.error(
                self.doc.location("info", "x-python-package", "version"),
                "package-version",
                f"{version!r} is not a version such as 1.0.0 (PEP 440)",
            )
            return DEFAULT_PACKAGE_VERSION
        return version

    def _servers(self) -> list[Server]:
        out = []
        for server in self.data.get("servers") or []:
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            variables = []
            for name, var in sorted((server.get("variables") or {}).items()):
                if isinstance(var, dict):
                    variables.append(
                        ServerVariable(
                            name,
                            str(var.get("default", "")),
                            _text(var.get("description")),
                            tuple(str(v) for v in var.get("enum") or ()),
                        )
                    )
            out.append(Server(server["url"], _text(server.get("description")), tuple(variables)))
        return out

    def _security_schemes(self) -> list[SecurityScheme]:
        schemes = (self.data.get("components") or {}).get("securitySchemes") or {}
        out = []
        for name, raw in sorted(schemes.items()):
            scheme = self.doc.deref(raw)
            if not isinstance(scheme, dict):
                continue
            kind = str(scheme.get("x-client-auth") or scheme.get("type") or "unknown")
            if kind == "apiKey":
                kind = "api-key"
            service = self._derived_auth_service(name, scheme, kind)
            out.append(
                SecurityScheme(
                    name=name,
                    kind=kind,
                    description=_text(scheme.get("description")),
                    parameter_name=scheme.get("name"),
                    location=scheme.get("in"),
                    scheme=scheme.get("scheme"),
                    derived_auth_service=service,
                )
            )
        return out

    def _derived_auth_service(self, name: str, scheme: dict[str, Any], kind: str) -> str | None:
        """``x-derived-auth-service``: the service name of derived (V11) AK/SK signing."""
        if "x-derived-auth-service" not in scheme:
            return None
        value = scheme["x-derived-auth-service"]
        where = self.doc.location("components", "securitySchemes", name, "x-derived-auth-service")
        if not isinstance(value, str) or not _SERVICE_NAME.fullmatch(value):
            self.collector.error(
                where,
                "derived-auth-service",
                f"must be a service name of letters, digits, '.', '_' or '-', got {value!r}",
            )
            return None
        if kind != "huawei-aksk":
            self.collector.warn(
                where,
                "derived-auth-service",
                f"ignored: only a scheme with x-client-auth: huawei-aksk uses it (here {kind!r})",
            )
            return None
        return value

    # -- operations --------------------------------------------------------------------
    def _collect_operations(self) -> list[dict[str, Any]]:
        ops = []
        paths = self.data.get("paths") or {}
        for path in paths:
            item = self.doc.deref(paths[path])
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    ptr = "/paths/" + escape_pointer_token(path) + "/" + method
                    ops.append({"path": path, "method": method, "op": op, "item": item, "ptr": ptr})
        return ops

    def _loc(self, ptr: str) -> Location:
        return Location(self.doc.display, ptr)

    def _op_base_name(self, raw: dict[str, Any]) -> str:
        op_id = raw["op"].get("operationId")
        if isinstance(op_id, str) and op_id.strip():
            return op_id
        return f"{raw['method']} {raw['path']}"

    def _body_schema(self, raw: dict[str, Any]) -> tuple[str, Any, str] | None:
        """(media type, schema, pointer of the schema) of the request body, JSON first."""
        body = raw["op"].get("requestBody")
        if body is None:
            return None
        ptr = raw["ptr"] + "/requestBody"
        if isinstance(body, dict) and "$ref" in body:
            ptr = body["$ref"][1:]
            body = self.doc.deref(body)
        return self._content_schema(body, ptr)

    def _response_items(self, raw: dict[str, Any]) -> list[tuple[str, Any, str]]:
        out = []
        responses = raw["op"].get("responses") or {}
        for status in sorted(responses, key=_status_order):
            resp = responses[status]
            ptr = f"{raw['ptr']}/responses/{escape_pointer_token(status)}"
            if isinstance(resp, dict) and "$ref" in resp:
                ptr = resp["$ref"][1:]
                resp = self.doc.deref(resp)
            out.append((str(status), resp, ptr))
        return out

    @staticmethod
    def _content_schema(holder: Any, ptr: str) -> tuple[str, Any, str] | None:
        """(media type, schema, pointer of the schema) of a body or response, JSON first."""
        content = holder.get("content") if isinstance(holder, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        media = _pick_media(content)
        schema = content[media].get("schema") if isinstance(content[media], dict) else None
        return media, schema, f"{ptr}/content/{escape_pointer_token(media)}/schema"

    @staticmethod
    def _needs_class(schema: Any) -> bool:
        """Inline schemas that become a named model; maps, arrays and scalars stay inline."""
        if not isinstance(schema, dict) or "$ref" in schema:
            return False
        return any(k in schema for k in ("properties", "allOf", "oneOf", "anyOf"))

    def _plan_hoisting(self, raw: dict[str, Any]) -> None:
        base = pascal_case(self._op_base_name(raw)) or "Operation"
        body = self._body_schema(raw)
        if body and self._needs_class(body[1]) and body[2] not in self.hoisted:
            self.hoisted[body[2]] = self.bridge.hoist(body[2], base + "Request")
        elif body and _inline_array(body[1]) and self._needs_class(body[1]["items"]):
            # An inline array of inline objects: the items become a model
            # (``list[models.AddPointsRequestItem]``), not plain dicts.
            items = body[2] + "/items"
            if items not in self.hoisted:
                self.hoisted[items] = self.bridge.hoist(items, base + "RequestItem")
        for status, resp, ptr in self._response_items(raw):
            found = self._content_schema(resp, ptr)
            if found is None:
                continue
            _, schema, sptr = found
            if self._needs_class(schema) and sptr not in self.hoisted:
                suffix = (
                    "Response"
                    if status.startswith("2")
                    else f"Error{status}"
                    if status[:1].isdigit()
                    else "ErrorDefault"
                )
                self.hoisted[sptr] = self.bridge.hoist(sptr, base + suffix)

    def _schema_annotation(self, schema: Any, ptr: str) -> str:
        name = self.hoisted.get(ptr)
        if name is not None:
            return "models." + name if name in self.model_classes else "Any"
        items = self.hoisted.get(ptr + "/items")
        if items is not None and items in self.model_classes and _inline_array(schema):
            annotation = f"list[models.{items}]"
            bounds = {
                key: schema[source]
                for key, source in (("min_length", "minItems"), ("max_length", "maxItems"))
                if isinstance(schema.get(source), int) and not isinstance(schema[source], bool)
            }
            if bounds:  # the runtime validates the body against this annotation
                annotation = self.types.constrained(annotation, bounds)
            return annotation + " | None" if self.types.nullable(schema) else annotation
        return self.types.annotation(schema)

    def _operation(self, raw: dict[str, Any], methods: NameSpace, consts: NameSpace) -> Operation:
        op = raw["op"]
        where = self._loc(raw["ptr"])
        base = self._op_base_name(raw)
        if not isinstance(op.get("operationId"), str):
            self.collector.warn(
                where, "operation-id", f"no operationId; method named after {base!r}"
            )
        method_name = methods.claim(
            snake_identifier(base, fallback="operation", reserved=CLIENT_ATTRIBUTES | RESERVED)
        )
        const_name = consts.claim(constant_case(method_name) or "OPERATION")
        kwargs = NameSpace(RESERVED_KWARGS)
        parameters = self._parameters(raw, kwargs, where)
        body = self._request_body(raw, kwargs, where)
        responses = self._responses(raw, where)
        envelope = self._envelope(op, where)
        if envelope is not None and envelope.data_field is not None:
            responses, envelope = self._unwrap_envelope(raw, responses, envelope)
        success = [r for r in responses if r.status.startswith("2")]
        if success:
            annotation = " | ".join(dict.fromkeys(r.annotation for r in success))
            if "Any" in annotation.split(" | "):
                annotation = "Any"
        else:
            annotation = "Any"
            self.collector.warn(
                where, "no-success-response", "no 2xx response documented; returns raw JSON"
            )
        raises = _raises(responses)
        pagination = self._pagination(raw, parameters, body, where)
        if pagination is not None and envelope is not None and envelope.data_field:
            # The method returns the envelope's data: the pager reads what lies outside
            # it (cursor, total) from the whole body.
            pagination = dataclasses.replace(pagination, data_field=envelope.data_field)
        security = op.get("security", self.data.get("security") or [])
        sec = tuple(tuple(sorted(req)) for req in security if isinstance(req, dict))
        return Operation(
            operation_id=str(op.get("operationId") or base),
            method_name=method_name,
            const_name=const_name,
            http_method=raw["method"].upper(),
            # A fragment in the path key (``/devices#update``) only tells apart actions
            # selected by a query parameter on one path; it is never sent.
            path=raw["path"].split("#", 1)[0],
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            tags=tuple(str(t) for t in op.get("tags") or ()),
            deprecated=op.get("deprecated") is True,
            parameters=parameters,
            body=body,
            responses=responses,
            return_annotation=annotation,
            raises=raises,
            security=sec,
            envelope=envelope,
            example=self._example(raw, parameters, body),
            location=str(where),
            pagination=pagination,
        )

    # -- x-pagination ----------------------------------------------------------------
    def _pagination(
        self,
        raw: dict[str, Any],
        parameters: tuple[Parameter, ...],
        body: RequestBody | None,
        where: Location,
    ) -> Pagination | None:
        ext = raw["op"].get("x-pagination")
        if ext is None:
            return None
        at = where.child("x-pagination")
        if not isinstance(ext, dict):
            self.collector.error(at, "pagination", "x-pagination must be an object")
            return None
        style = ext.get("style")
        needed = {
            "cursor": ("cursor", "next-cursor"),
            "offset": ("offset",),
            "page": ("page", "page-size"),
        }
        if style not in needed:
            self.collector.error(
                at.child("style"), "pagination", "style must be cursor, offset or page"
            )
            return None
        ok = True
        for key in ("items", "default-page-size", *needed[style]):
            if key not in ext:
                self.collector.error(at, "pagination", f"{key} is required for style {style}")
                ok = False
        size = ext.get("default-page-size")
        if "default-page-size" in ext and not (isinstance(size, int) and size > 0):
            self.collector.error(
                at.child("default-page-size"), "pagination", "must be a positive integer"
            )
            ok = False
        if not ok:
            return None

        def request(key: str, value: Any) -> tuple[str, ...] | None:
            if isinstance(value, str) and value.startswith("$request.query."):
                name = value[len("$request.query.") :]
                for p in parameters:
                    if p.location == "query" and p.name == name:
                        return (p.kwarg,)
            elif isinstance(value, str) and value.startswith("$request.body#/") and body:
                return (body.kwarg, *value[len("$request.body#/") :].split("/"))
            self.collector.error(
                at.child(key),
                "pagination",
                f"{value!r} names no query parameter ($request.query.NAME) or body field "
                "($request.body#/POINTER) of the operation",
            )
            return None

        def response(key: str, value: Any) -> tuple[str, ...] | None:
            if isinstance(value, str) and value.startswith("$response.body#/"):
                return tuple(value[len("$response.body#/") :].split("/"))
            self.collector.error(
                at.child(key), "pagination", f"{value!r} is not a $response.body#/POINTER"
            )
            return None

        req: dict[str, tuple[str, ...]] = {}
        for key in ("page-size", "cursor", "offset", "page"):
            if key in ext:
                found = request(key, ext[key])
                if found is None:
                    return None
                req[key] = found
        res: dict[str, tuple[str, ...]] = {}
        for key in ("items", "next-cursor", "total"):
            if key in ext:
                found = response(key, ext[key])
                if found is None:
                    return None
                res[key] = found
        first_only = []
        for index, value in enumerate(ext.get("first-page-only") or []):
            found = request(f"first-page-only/{index}", value)
            if found is None:
                return None
            first_only.append(found)
        first_page = ext.get("first-page", 1)
        return Pagination(
            style=style,
            items=res["items"],
            item_annotation=self._item_annotation(raw, res["items"]),
            default_page_size=size if isinstance(size, int) else 10,
            page_size=req.get("page-size", ()),
            cursor=req.get("cursor", ()),
            next_cursor=res.get("next-cursor", ()),
            offset=req.get("offset", ()),
            page=req.get("page", ()),
            first_page=first_page if isinstance(first_page, int) else 1,
            total=res.get("total", ()),
            first_page_only=tuple(first_only),
        )

    def _item_annotation(self, raw: dict[str, Any], items: tuple[str, ...]) -> str:
        """The type of one item of the list at ``items`` in the first 2xx JSON response."""
        for status, resp, ptr in self._response_items(raw):
            found = self._content_schema(resp, ptr) if status.startswith("2") else None
            if found is None:
                continue
            schema = self.doc.deref(found[1])
            for name in items:
                props = schema.get("properties") if isinstance(schema, dict) else None
                schema = self.doc.deref(props.get(name)) if isinstance(props, dict) else None
            if isinstance(schema, dict) and "oneOf" in schema:
                arrays = [
                    s for s in map(self.doc.deref, schema["oneOf"]) if s.get("type") == "array"
                ]
                schema = arrays[0] if arrays else None
            if isinstance(schema, dict) and schema.get("type") == "array":
                return self.types.annotation(schema.get("items"))
        return "Any"

    def _parameters(
        self, raw: dict[str, Any], kwargs: NameSpace, where: Location
    ) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for source, ptr in (
            (raw["item"].get("parameters"), raw["ptr"].rsplit("/", 1)[0] + "/parameters"),
            (raw["op"].get("parameters"), raw["ptr"] + "/parameters"),
        ):
            for index, param in enumerate(source or []):
                resolved = self.doc.deref(param)
                if not isinstance(resolved, dict) or "name" not in resolved or "in" not in resolved:
                    self.collector.warn(
                        where, "parameter-invalid", f"parameter {index} has no name/in; ignored"
                    )
                    continue
                if resolved["in"] not in PARAMETER_LOCATIONS:
                    self.collector.warn(
                        self._loc(f"{ptr}/{index}/in"),
                        "parameter-invalid",
                        f"parameter location {resolved['in']!r} is not one of "
                        f"{', '.join(PARAMETER_LOCATIONS)}; ignored",
                    )
                    continue
                merged[(resolved["in"], str(resolved["name"]))] = (resolved, f"{ptr}/{index}")
        out = []
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        items = sorted(
            merged.items(),
            key=lambda kv: (
                not (kv[1][0].get("required") or kv[0][0] == "path"),
                order.get(kv[0][0], 9),
            ),
        )
        for (location, name), (param, ptr) in items:
            if location == "header" and name.lower() in ("accept", "content-type", "authorization"):
                self.collector.warn(
                    self._loc(ptr),
                    "parameter-ignored",
                    f"header {name} is set by the client itself",
                )
                continue
            required = param.get("required") is True or location == "path"
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), dict):
                self.collector.warn(
                    self._loc(ptr),
                    "parameter-content",
                    f"{name}: content-typed parameter sent as a string",
                )
                schema = {"type": "string"}
            annotation = self.types.annotation(schema)
            validator = self.types.annotation(schema, constraints=True)
            if self.types.dropped_patterns:
                self.collector.warn(
                    self._loc(ptr),
                    "pattern-dropped",
                    f"{name}: pattern not enforced: {self.types.dropped_patterns[-1]!r}",
                )
                self.types.dropped_patterns.clear()
            kwarg = snake_identifier(name, fallback="param", reserved=RESERVED_KWARGS)
            client_default = self._client_default_name(param, ptr, kwarg)
            kwarg = kwargs.claim(f"{kwarg}_{location}") if kwarg in kwargs else kwargs.claim(kwarg)
            if location == "path" and "{" + name + "}" not in raw["path"]:
                self.collector.warn(
                    self._loc(ptr),
                    "parameter-unused",
                    f"path parameter {name} is not in the path template",
                )
            out.append(
                Parameter(
                    name=name,
                    location=location,
                    kwarg=kwarg,
                    annotation=annotation,
                    validator=validator,
                    required=required,
                    description=_text(param.get("description")),
                    style=param.get("style") if isinstance(param.get("style"), str) else None,
                    explode=param.get("explode")
                    if isinstance(param.get("explode"), bool)
                    else None,
                    deprecated=param.get("deprecated") is True,
                    fixed=_fixed_value(
                        self.doc.deref(schema) if isinstance(schema, dict) else None
                    ),
                    client_default=client_default,
                )
            )
        for match in re.findall(r"{([^}]+)}", raw["path"]):
            if ("path", match) not in merged:
                kwarg = kwargs.claim(
                    snake_identifier(match, fallback="param", reserved=RESERVED_KWARGS)
                )
                self.collector.warn(
                    where,
                    "parameter-undeclared",
                    f"path template variable {match} is not declared; accepted as a string",
                )
                out.append(Parameter(match, "path", kwarg, "str", "str", True, ""))
        return tuple(out)

    def _client_default_name(self, param: dict[str, Any], ptr: str, kwarg: str) -> str | None:
        """The client option a parameter marked ``x-client-default: true`` falls back to."""
        marker = param.get("x-client-default", False)
        if marker is False:
            return None
        if marker is not True:
            self.collector.error(
                self._loc(ptr).child("x-client-default"),
                "client-default",
                "x-client-default must be true or false",
            )
            return None
        if kwarg in CONSTRUCTOR_OPTIONS or kwarg.rstrip("_") in CONSTRUCTOR_OPTIONS:
            self.collector.warn(
                self._loc(ptr).child("x-client-default"),
                "client-default",
                f"{kwarg.rstrip('_')} is a constructor option of the client; "
                "not offered as a default",
            )
            return None
        return kwarg

    def _request_body(
        self, raw: dict[str, Any], kwargs: NameSpace, where: Location
    ) -> RequestBody | None:
        body = raw["op"].get("requestBody")
        if body is None:
            return None
        resolved = self.doc.deref(body) if isinstance(body, dict) else {}
        found = self._body_schema(raw)
        required = isinstance(resolved, dict) and resolved.get("required") is True
        description = _text(resolved.get("description")) if isinstance(resolved, dict) else ""
        if found is None:
            self.collector.warn(
                where, "body-untyped", "request body without content; sent as raw bytes"
            )
            return RequestBody("application/octet-stream", "bytes", required, description)
        media, schema, ptr = found
        if is_json(media):
            annotation = self._schema_annotation(schema, ptr)
        elif media.startswith("application/x-www-form-urlencoded") or media.startswith(
            "multipart/"
        ):
            annotation = self._schema_annotation(schema, ptr)
            if annotation == "Any":
                annotation = "dict[str, Any]"
        elif media.startswith("text/"):
            annotation = "str"
        else:
            annotation = "bytes"
        if annotation == "Any" and schema not in (None, {}, True) and is_json(media):
            self.collector.warn(
                where, "body-untyped", "request body schema could not be typed; accepts any JSON"
            )
        fields = self._flatten(schema, ptr, kwargs) if annotation.startswith("models.") else ()
        kwarg = "body"
        return RequestBody(
            media.split(";")[0].strip(), annotation, required, description, fields, kwarg
        )

    def _flatten(self, schema: Any, ptr: str, kwargs: NameSpace) -> tuple[BodyField, ...]:
        """Body properties as keyword arguments, when they are plain and do not collide."""
        target = self.doc.deref(schema) if ptr not in self.hoisted else schema
        if not isinstance(target, dict) or any(k in target for k in ("oneOf", "anyOf", "allOf")):
            return ()
        props = target.get("properties")
        if not isinstance(props, dict) or not props or len(props) > 40:
            return ()
        listed = target.get("required")
        required = set()
        if isinstance(listed, list):
            required = {r for r in listed if isinstance(r, str)}
            # A required name that properties does not list takes any value (as in the model).
            props = {**props, **{r: {} for r in listed if isinstance(r, str) and r not in props}}
        fields = []
        trial = NameSpace()
        for name, prop in props.items():
            kwarg = snake_identifier(name, fallback="field", reserved=RESERVED_KWARGS)
            if kwarg in kwargs or kwarg in trial:
                return ()
            trial.claim(kwarg)
            resolved = self.doc.deref(prop) if isinstance(prop, dict) else prop
            if isinstance(resolved, dict) and resolved.get("readOnly") is True:
                continue
            annotation = self.types.annotation(prop)
            if re.fullmatch(r"models\.\w+", annotation):
                annotation += " | dict[str, Any]"  # a nested model may be given as a dict
            fields.append(
                BodyField(
                    name,
                    kwarg,
                    annotation,
                    name in required,
                    _text(resolved.get("description")) if isinstance(resolved, dict) else "",
                )
            )
        for f in fields:
            kwargs.claim(f.kwarg)
        return tuple(sorted(fields, key=lambda f: not f.required))

    def _responses(self, raw: dict[str, Any], where: Location) -> tuple[Response, ...]:
        out = []
        for status, resp, ptr in self._response_items(raw):
            if not isinstance(resp, dict):
                continue
            description = _text(resp.get("description"))
            found = self._content_schema(resp, ptr)
            if found is None:
                out.append(Response(status, "None", description))
                continue
            media, schema, sptr = found
            if is_json(media):
                annotation = self._schema_annotation(schema, sptr)
                if annotation != "Any" and _untyped(self.doc.deref(schema)):
                    # Properties without ``type`` constrain objects only: ``null`` (or any
                    # other JSON value) is a valid body too.
                    annotation = (
                        annotation if annotation.endswith("| None") else annotation + " | None"
                    )
            elif media.startswith("text/"):
                annotation = "str"
            else:
                annotation = "bytes"
            out.append(Response(status, annotation, description))
        return tuple(out)

    def _unwrap_envelope(
        self, raw: dict[str, Any], responses: tuple[Response, ...], envelope: Envelope
    ) -> tuple[tuple[Response, ...], Envelope]:
        """2xx responses typed as the envelope's ``data-field`` member (what the method
        returns); the envelope's own type is kept for the body of envelope errors."""
        assert envelope.data_field is not None
        schemas = {
            status: found
            for status, resp, ptr in self._response_items(raw)
            if (found := self._content_schema(resp, ptr)) is not None
        }
        out = []
        model = "None"
        for response in responses:
            found = schemas.get(response.status)
            if not response.status.startswith("2") or found is None or not is_json(found[0]):
                out.append(response)
                continue
            if model == "None":
                model = response.annotation
            schema = self.doc.deref(found[1]) if isinstance(found[1], dict) else None
            props = schema.get("properties") if isinstance(schema, dict) else None
            member = props.get(envelope.data_field) if isinstance(props, dict) else None
            if member is None or not isinstance(schema, dict):
                out.append(Response(response.status, "Any", response.description))
                continue
            annotation = self.types.annotation(member)
            if envelope.data_field not in (schema.get("required") or ()) and annotation != "Any":
                annotation = annotation if annotation.endswith("| None") else annotation + " | None"
            out.append(Response(response.status, annotation, response.description))
        return tuple(out), dataclasses.replace(envelope, model=model)

    def _envelope(self, op: dict[str, Any], where: Location) -> Envelope | None:
        ext = op.get("x-response-envelope", self.data.get("x-response-envelope"))
        if not isinstance(ext, dict):
            return None
        code_field = ext.get("code-field")
        if not isinstance(code_field, str):
            self.collector.error(
                where.child("x-response-envelope"), "envelope", "code-field is required"
            )
            return None
        errors = []
        names = NameSpace()
        listed = ext.get("errors")
        if listed is not None and not isinstance(listed, list):
            self.collector.error(
                where.child("x-response-envelope", "errors"), "envelope", "errors must be a list"
            )
            listed = []
        codes = ext.get("success-codes", [0])
        if not isinstance(codes, list) or not all(
            isinstance(c, int) and not isinstance(c, bool) for c in codes
        ):
            self.collector.error(
                where.child("x-response-envelope", "success-codes"),
                "envelope",
                "success-codes must be a list of integers",
            )
            codes = [0]
        for index, err in enumerate(listed or []):
            if (
                not isinstance(err, dict)
                or not isinstance(err.get("code"), int)
                or isinstance(err.get("code"), bool)
            ):
                self.collector.error(
                    where.child("x-response-envelope", "errors", index),
                    "envelope",
                    "each error needs an integer code",
                )
                continue
            name = pascal_identifier(
                str(err.get("name") or f"Code{err['code']}"), fallback=f"Code{err['code']}"
            )
            if not name.endswith("Error"):
                name += "Error"
            errors.append(
                EnvelopeError(
                    err["code"],
                    names.claim(name),
                    _text(err.get("message")),
                    _text(err.get("description")),
                )
            )
        return Envelope(
            code_field=code_field,
            message_field=str(ext.get("message-field") or "message"),
            request_id_field=_optional_text(ext.get("request-id-field")),
            data_field=_optional_text(ext.get("data-field")),
            success_codes=tuple(codes or (0,)),
            errors=tuple(errors),
        )

    # -- examples ------------------------------------------------------------------------
    def _example(
        self, raw: dict[str, Any], params: tuple[Parameter, ...], body: RequestBody | None
    ) -> Example:
        args: list[tuple[str, str]] = []
        defaults: list[tuple[str, str]] = []
        for p in params:
            if p.client_default is not None:
                defaults.append((p.client_default, repr(_param_example(self.doc, raw, p))))
                continue
            if not p.required or p.fixed:
                continue
            value = _param_example(self.doc, raw, p)
            args.append((p.kwarg, repr(value)))
        if body is not None:
            found = self._body_schema(raw)
            value = _media_example(self.doc, raw["op"].get("requestBody"))
            if value is not None:
                if body.fields and isinstance(value, dict):
                    known = {f.name: f.kwarg for f in body.fields}
                    for key, item in value.items():
                        if key in known:
                            args.append((known[key], repr(item)))
                else:
                    args.append((body.kwarg, repr(value)))
            elif body.required and found is not None:
                args.append((body.kwarg, "{}" if body.annotation != "bytes" else "b''"))
        status, text = "200", ""
        for s, resp, _ in self._response_items(raw):
            if s.startswith("2"):
                status = s if s.isascii() and s.isdigit() else "200"
                value = _media_example(self.doc, resp)
                text = (
                    json.dumps(value, ensure_ascii=False, sort_keys=False)
                    if value is not None
                    else ""
                )
                break
        return Example(tuple(args), status, text, tuple(defaults))


def _untyped(schema: Any) -> bool:
    """A schema with object keywords but no ``type`` (nor composition or enum): it also
    admits values that are not objects, ``null`` among them."""
    return (
        isinstance(schema, dict)
        and "type" not in schema
        and any(k in schema for k in ("properties", "additionalProperties", "required"))
        and not any(k in schema for k in ("allOf", "oneOf", "anyOf", "enum", "const", "not"))
    )


def _inline_array(schema: Any) -> bool:
    """An inline ``type: array`` schema whose ``items`` is an inline schema object."""
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and schema.get("type") == "array"
        and isinstance(schema.get("items"), dict)
        and "$ref" not in schema["items"]
    )


def _optional_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _fixed_value(schema: Any) -> str | None:
    """The Python literal of a schema's only allowed value (``const`` or a one-item enum)."""
    if not isinstance(schema, dict):
        return None
    if (
        "const" in schema
        and isinstance(schema["const"], str | int)
        and not isinstance(schema["const"], bool)
    ):
        return repr(schema["const"])
    enum = schema.get("enum")
    if (
        isinstance(enum, list)
        and len(enum) == 1
        and isinstance(enum[0], str | int)
        and not isinstance(enum[0], bool)
    ):
        return repr(enum[0])
    return None


def _raises(responses: tuple[Response, ...]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for r in responses:
        if r.status.startswith(("2", "1", "3")):
            continue
        cls = STATUS_ERRORS.get(r.status) or (
            "InternalServerError" if r.status.startswith("5") else "APIStatusError"
        )
        out.append((cls, f"HTTP {r.status}" + (f": {r.description}" if r.description else "")))
    out.append(
        (
            "RequestValidationError",
            "an argument breaks the document's constraints (nothing is sent)",
        )
    )
    out.append(
        ("APIConnectionError", "the server could not be reached (APITimeoutError on timeouts)")
    )
    return tuple(out)


def _pick_media(content: dict[str, Any]) -> str:
    keys = list(content)
    for key in keys:
        if is_json(key) and not key.startswith("*"):
            return key
    for key in keys:
        if is_json(key):
            return key
    return keys[0]


def _status_order(status: Any) -> tuple[int, str]:
    text = str(status)
    return (0 if text[:1].isdigit() else 1, text)


def _default_url(server: Server) -> str:
    url = server.url
    for var in server.variables:
        url = url.replace("{" + var.name + "}", var.default)
    return url


_NO_EXAMPLE = object()


def _declared_example(doc: Document, holder: dict[str, Any]) -> Any:
    """``example``, then the first ``examples`` value, of a media type or parameter; then
    the ``example``/first ``examples`` item of its schema. ``_NO_EXAMPLE`` when none."""
    if "example" in holder:
        return holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict):
        for key in examples:
            ex = doc.deref(examples[key])
            if isinstance(ex, dict) and "value" in ex:
                return ex["value"]
    schema = doc.deref(holder.get("schema")) if isinstance(holder.get("schema"), dict) else None
    if isinstance(schema, dict):
        if "example" in schema:
            return schema["example"]
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
    return _NO_EXAMPLE


def _media_example(doc: Document, holder: Any) -> Any:
    """The first example of the first JSON media type of a body or response, if any."""
    holder = doc.deref(holder) if isinstance(holder, dict) else None
    if not isinstance(holder, dict):
        return None
    content = holder.get("content")
    if not isinstance(content, dict) or not content:
        return None
    media = content[_pick_media(content)]
    if not isinstance(media, dict):
        return None
    value = _declared_example(doc, media)
    return None if value is _NO_EXAMPLE else value


def _param_example(doc: Document, raw: dict[str, Any], p: Parameter) -> Any:
    """A value for a required parameter in the README example: declared, else made up."""
    for source in (raw["op"].get("parameters"), raw["item"].get("parameters")):
        for param in source or []:
            resolved = doc.deref(param)
            if not (
                isinstance(resolved, dict)
                and resolved.get("name") == p.name
                and resolved.get("in") == p.location
            ):
                continue
            value = _declared_example(doc, resolved)
            if value is not _NO_EXAMPLE:
                return value
            schema = (
                doc.deref(resolved["schema"]) if isinstance(resolved.get("schema"), dict) else {}
            )
            if not isinstance(schema, dict):
                break
            if "default" in schema:
                return schema["default"]
            if isinstance(schema.get("enum"), list) and schema["enum"]:
                return schema["enum"][0]
            made_up = {"integer": 1, "boolean": True, "array": []}.get(str(schema.get("type")))
            return made_up if made_up is not None else _string_example(schema, p.name)
    return _string_example({}, p.name)


def _string_example(schema: dict[str, Any], name: str) -> str:
    """A string that satisfies the schema's length and pattern, for README examples."""
    pattern = schema.get("pattern")
    low_value, high_value = schema.get("minLength"), schema.get("maxLength")
    low = low_value if isinstance(low_value, int) else 0
    high = high_value if isinstance(high_value, int) else 10**6
    base = re.sub(r"[^A-Za-z0-9]", "", name) or "value"
    for candidate in (name, base, base.lower(), "example", "abc123", "123", "a", "A1"):
        if not low <= len(candidate) <= high:
            continue
        if isinstance(pattern, str) and pattern_search(pattern, candidate) is False:
            continue
        return candidate
    return name


def build_api(doc: Document, collector: Collector) -> Api:
    return Builder(doc, collector).build()
