"""The intermediate representation: frozen dataclasses with every Python name and type
already decided. Templates only loop over these; they never compute names or types."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Parameter:
    name: str  # wire name
    location: str  # path | query | header | cookie
    kwarg: str
    annotation: str  # the keyword argument's type in the method signature
    validator: str  # the type the runtime validates the value against (constraints kept)
    required: bool
    description: str
    style: str | None = None
    explode: bool | None = None
    deprecated: bool = False
    fixed: str | None = None  # Python literal of the only value allowed (const/one-item enum)
    client_default: str | None = None  # client option it falls back to (x-client-default)


@dataclass(frozen=True)
class BodyField:
    name: str  # JSON property name
    kwarg: str
    annotation: str
    required: bool
    description: str


@dataclass(frozen=True)
class RequestBody:
    media_type: str
    annotation: str  # model class or type expression the body is validated against
    required: bool
    description: str
    fields: tuple[BodyField, ...] = ()  # flattened keyword arguments, empty when not flattened
    kwarg: str = "body"


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX" or "default"
    annotation: str  # "None" for no body, "Any" for untyped JSON, "bytes", "str", a model...
    description: str


@dataclass(frozen=True)
class EnvelopeError:
    code: int
    class_name: str
    message: str
    description: str


@dataclass(frozen=True)
class Envelope:
    code_field: str
    message_field: str
    request_id_field: str | None
    data_field: str | None
    success_codes: tuple[int, ...]
    errors: tuple[EnvelopeError, ...]
    model: str = "None"  # annotation of the whole envelope (the body of envelope errors)


@dataclass(frozen=True)
class Pagination:
    """``x-pagination`` with request locations resolved to (kwarg, *JSON names)."""

    style: str  # cursor | offset | page
    items: tuple[str, ...]
    item_annotation: str
    default_page_size: int
    page_size: tuple[str, ...] = ()
    cursor: tuple[str, ...] = ()
    next_cursor: tuple[str, ...] = ()
    offset: tuple[str, ...] = ()
    page: tuple[str, ...] = ()
    first_page: int = 1
    total: tuple[str, ...] = ()
    first_page_only: tuple[tuple[str, ...], ...] = ()
    data_field: str | None = None  # the envelope member the method returns, if unwrapped


@dataclass(frozen=True)
class Example:
    """A ready-to-print call of one operation, built from the document's examples."""

    arguments: tuple[tuple[str, str], ...]  # (kwarg, Python literal)
    response_status: str
    response_body: str  # JSON text the README's mock server answers with ("" for none)
    defaults: tuple[tuple[str, str], ...] = ()  # (client option, Python literal) for Client(...)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method_name: str
    const_name: str
    http_method: str
    path: str
    summary: str
    description: str
    tags: tuple[str, ...]
    deprecated: bool
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    return_annotation: str
    raises: tuple[tuple[str, str], ...]  # (exception class, when)
    security: tuple[tuple[str, ...], ...]
    envelope: Envelope | None
    example: Example
    location: str  # file:pointer of the operation, for messages and docs
    pagination: Pagination | None = None  # x-pagination: the method returns a pager


@dataclass(frozen=True)
class ClientDefault:
    """A parameter shared by operations that the client takes once (``x-client-default``)."""

    name: str  # keyword argument of Client(...) and of each operation method
    annotation: str
    description: str
    example: str  # Python literal for README examples


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: str  # huawei-aksk | huawei-iam-token | enos-token | api-key | http | oauth2 | openIdConnect | mutualTLS
    description: str
    parameter_name: str | None = None  # header/query/cookie name for api keys
    location: str | None = None
    scheme: str | None = None  # http scheme (bearer, basic)
    derived_auth_service: str | None = None  # x-derived-auth-service (huawei-aksk V11 signing)


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    description: str
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Server:
    url: str
    description: str
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    dist_name: str
    import_name: str
    source: str  # the document's path as given, for the do-not-edit header
    default_base_url: str
    servers: tuple[Server, ...]
    operations: tuple[Operation, ...]
    security_schemes: tuple[SecurityScheme, ...]
    models_code: str  # the models module produced by datamodel-code-generator
    model_names: tuple[str, ...]
    envelope_errors: tuple[EnvelopeError, ...] = field(default=())
    package_version: str = "0.1.0"  # the client's own version (x-python-package.version)
    client_defaults: tuple[ClientDefault, ...] = field(default=())

    @property
    def auth_kinds(self) -> frozenset[str]:
        return frozenset(s.kind for s in self.security_schemes)

    @property
    def derived_auth_service(self) -> str | None:
        """The service name for derived AK/SK signing declared by the document, if any."""
        for scheme in self.security_schemes:
            if scheme.kind == "huawei-aksk" and scheme.derived_auth_service:
                return scheme.derived_auth_service
        return None
