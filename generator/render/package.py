"""Turn one :class:`~generator.ir.Api` into the files of an installable package."""

from __future__ import annotations

import ast
import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from generator import __version__
from generator.diagnostics import Diagnostic, GenerationError, Level, Location, printable
from generator.ir import Api, Operation
from generator.render.environment import TEMPLATES, clean_text, docstring, environment, pyrepr
from generator.render.models_split import import_statement, split_models

RUNTIME = TEMPLATES / "runtime"
#: Runtime modules shipped only when the document declares the matching ``x-client-auth``.
AUTH_MODULES = {
    "huawei-aksk": ("_auth_huawei", ("HuaweiAKSKAuth",)),
    "huawei-iam-token": ("_auth_huawei_iam", ("HuaweiIAMTokenAuth",)),
    "enos-token": ("_auth_enos", ("EnOSTokenAuth",)),
}
#: Runtime modules an auth module imports, shipped with it.
AUTH_SUPPORT = {
    "huawei-iam-token": ("_token_cache",),
    "enos-token": ("_token_cache",),
}
ALWAYS_AUTH = ("_auth", ("APIKeyAuth",))
#: The line of ``_auth_huawei.py`` that receives the document's ``x-derived-auth-service``.
_DERIVED_SERVICE_LINE = "DERIVED_AUTH_SERVICE: str | None = None\n"


def _auth_runtime_modules(api: Api) -> list[str]:
    """The auth runtime modules the package ships (sorted by kind, support modules first)."""
    modules: list[str] = []
    for kind in sorted(api.auth_kinds):
        if kind in AUTH_MODULES:
            for module in (*AUTH_SUPPORT.get(kind, ()), AUTH_MODULES[kind][0]):
                if module not in modules:
                    modules.append(module)
    return modules


def _runtime_text(module: str, api: Api) -> str:
    """A runtime module's source; ``_auth_huawei`` gets the declared derived-auth service."""
    text = (RUNTIME / f"{module}.py").read_text(encoding="utf-8")
    if module == "_auth_huawei" and api.derived_auth_service is not None:
        if text.count(_DERIVED_SERVICE_LINE) != 1:
            raise RuntimeError(f"runtime _auth_huawei.py lacks the line {_DERIVED_SERVICE_LINE!r}")
        text = text.replace(
            _DERIVED_SERVICE_LINE,
            f"DERIVED_AUTH_SERVICE: str | None = {pyrepr(api.derived_auth_service)}\n",
        )
    return text


def _runtime_errors() -> tuple[str, ...]:
    """The exception classes the runtime's ``_exceptions`` module exports (its ``__all__``)."""
    tree = ast.parse((RUNTIME / "_exceptions.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            names = ast.literal_eval(node.value)
            return tuple(sorted(n for n in names if n.endswith("Error")))
    raise RuntimeError("runtime _exceptions.py has no __all__")


RUNTIME_ERRORS = _runtime_errors()
#: Client defaults that auth objects may carry too (the runtime's AUTH_SHARED_DEFAULTS).
CLIENT_AUTH_SHARED = ("project_id",)
_NAME = re.compile(r"\b(Annotated|Any|Literal|Field)\b")


@dataclass(frozen=True)
class _Flavour:
    name: str
    base: str
    http_client: str
    async_: str
    await_: str
    docstring: str


def header_text(api: Api) -> str:
    source = api.source if not api.source.startswith("..") else PurePosixPath(api.source).name
    # a file name may hold a line break: escaped, it cannot end the comment it sits in
    return f"Generated from {printable(source)} by generator {__version__}; do not edit."


def _used(names: set[str], *texts: str) -> None:
    for text in texts:
        names.update(_NAME.findall(text))


def _typing_imports(names: set[str], extra: tuple[str, ...] = ()) -> str:
    chosen = sorted((names - {"Field"}) | set(extra))
    return ", ".join(chosen) if chosen else "Any"


#: The per-call options every operation method takes, after its own arguments.
PER_CALL_SIGNATURE = (
    "extra_headers: Mapping[str, str] | None = None",
    "extra_query: Mapping[str, object] | None = None",
    "extra_body: Mapping[str, object] | None = None",
    "timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN",
)
PER_CALL_DOCS = (
    ("extra_headers", "headers sent over all others for this call (not validated)."),
    ("extra_query", "query parameters added to (or replacing) this call's (not validated)."),
    (
        "extra_body",
        "fields merged over the JSON body of this call, or sent as the JSON body when "
        "the call has none (not validated).",
    ),
    ("timeout", "seconds or an ``httpx.Timeout`` for this call instead of the client's."),
)
CALL_OPTIONS = "options=call_options(extra_headers, extra_query, extra_body, timeout)"


def _is_required(p: Any) -> bool:
    """Required in the method signature: no fixed value and no client-level default."""
    return bool(p.required and not p.fixed and p.client_default is None)


def _signature_parts(op: Operation) -> dict[str, Any]:
    params_required = [f"{p.kwarg}: {p.annotation}" for p in op.parameters if _is_required(p)]
    params_optional = [
        f"{p.kwarg}: {p.annotation} = {p.fixed}" for p in op.parameters if p.required and p.fixed
    ] + [
        f"{p.kwarg}: {p.annotation} | NotGiven = NOT_GIVEN"
        for p in op.parameters
        if not (p.required and p.fixed) and not _is_required(p)
    ]
    body = op.body
    body_type = ""
    if body is not None:
        body_type = body.annotation
        if body_type.startswith("models."):
            body_type += " | dict[str, Any]"
        elif array := re.fullmatch(r"(?:Annotated\[)?(list\[models\.\w+\])(?:, .*\])?", body_type):
            # an array of inline objects (its bounds are the runtime's, not the signature's)
            body_type = array[1] + " | list[dict[str, Any]]"
    signature = list(params_required)
    fields_sig: list[str] = []
    body_sig: list[str] = []
    overloads = bool(body and body.fields)
    if body is not None and body.fields:
        fields_sig = (
            params_required
            + [f"{f.kwarg}: {f.annotation}" for f in body.fields if f.required]
            + params_optional
            + [
                f"{f.kwarg}: {f.annotation} | NotGiven = NOT_GIVEN"
                for f in body.fields
                if not f.required
            ]
            + list(PER_CALL_SIGNATURE)
        )
        body_sig = [
            *params_required,
            f"{body.kwarg}: {body_type}",
            *params_optional,
            *PER_CALL_SIGNATURE,
        ]
        signature += [f"{f.kwarg}: {f.annotation} | NotGiven = NOT_GIVEN" for f in body.fields]
        signature.append(f"{body.kwarg}: {body_type} | NotGiven = NOT_GIVEN")
    elif body is not None:
        if body.required:
            signature.append(f"{body.kwarg}: {body_type}")
        else:
            signature.append(f"{body.kwarg}: {body_type} | NotGiven = NOT_GIVEN")
    signature += params_optional
    signature += PER_CALL_SIGNATURE
    entries = [f"{pyrepr(p.kwarg)}: {p.kwarg}" for p in op.parameters]
    if body is not None:
        if body.fields:
            fields = ", ".join(f"{pyrepr(f.name)}: {f.kwarg}" for f in body.fields)
            entries.append(f"{pyrepr(body.kwarg)}: merge_body({body.kwarg}, {{{fields}}})")
        else:
            entries.append(f"{pyrepr(body.kwarg)}: {body.kwarg}")
    return {
        "signature": signature,
        "fields_signature": fields_sig,
        "body_signature": body_sig,
        "overloads": overloads,
        "arguments": "{" + ", ".join(entries) + "}, " + CALL_OPTIONS,
        "arguments_dict": "{" + ", ".join(entries) + "}",
    }


def _wrap(text: str, first: str, rest: str, width: int = 88) -> list[str]:
    """Wrap each paragraph of ``text`` to ``width`` columns (docstring body indent excluded)."""
    out: list[str] = []
    for number, paragraph in enumerate(text.split("\n")):
        if not paragraph.strip():
            out.append("")
            continue
        out += textwrap.wrap(
            paragraph,
            width=width,
            initial_indent=first if number == 0 else rest,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [first.rstrip()]
    return out or [first.rstrip()]


def _op_docstring(op: Operation) -> str:
    lines = [clean_text(op.summary) or f"{op.http_method} {op.path}"]
    if op.description and clean_text(op.description) != lines[0]:
        lines += ["", *_wrap(clean_text(op.description), "", "")]
    if op.deprecated:
        lines += ["", "Deprecated by the API document."]
    lines += ["", f"``{op.http_method} {op.path}`` (operationId ``{op.operation_id}``)."]
    args = [
        (
            p.kwarg,
            (p.description or f"{p.location} parameter ``{p.name}``.")
            + (
                f" Defaults to the client's ``{p.client_default}``."
                if p.client_default is not None
                else ""
            ),
            _is_required(p),
        )
        for p in op.parameters
    ]
    if op.body is not None:
        for f in op.body.fields:
            args.append((f.kwarg, f.description or f"body field ``{f.name}``.", f.required))
        text = op.body.description or f"the request body ({op.body.media_type})."
        if op.body.fields:
            text += " Pass either this or the individual body fields."
        args.append((op.body.kwarg, text, op.body.required))
    lines += ["", "Args:"]
    for kwarg, text, required in args:
        text = clean_text(text) + ("" if required else " (optional)")
        lines += _wrap(text.strip(), f"    {kwarg}: ", "        ")
    for kwarg, text in PER_CALL_DOCS:
        lines += _wrap(text, f"    {kwarg}: ", "        ")
    if op.pagination:
        lines += [
            "",
            "Returns:",
            f"    A pager: iterating it yields every {op.pagination.item_annotation} across pages;",
            f"    ``pages()`` yields each {op.return_annotation}; ``first_page()`` returns the first.",
        ]
    else:
        lines += ["", "Returns:", f"    {op.return_annotation}"]
    lines += ["", "Raises:"]
    for cls, when in op.raises:
        lines += _wrap(" ".join(clean_text(when).split()), f"    {cls}: ", "        ")
    if op.envelope is not None:
        lines.append("    APIEnvelopeError: the response envelope carries an error code.")
        for err in op.envelope.errors:
            lines.append(f"    {err.class_name}: code {err.code} ({clean_text(err.message)}).")
    return docstring("\n".join(lines), indent="        ")


def render_api(api: Api) -> dict[str, str]:
    """Every file of the package, keyed by its path relative to the package directory."""
    env = environment()
    header_line = header_text(api)
    header = "# " + header_line
    pkg = api.import_name
    files: dict[str, str] = {}
    used: set[str] = set()
    op_contexts = []
    for op in api.operations:
        parts = _signature_parts(op)
        _used(used, *parts["signature"], *parts["fields_signature"], op.return_annotation)
        op_contexts.append(
            {
                **parts,
                "method_name": op.method_name,
                "const_name": op.const_name,
                "returns": op.return_annotation,
                "docstring": _op_docstring(op),
                "item": op.pagination.item_annotation if op.pagination else "",
            }
        )
        if op.pagination:
            _used(used, op.pagination.item_annotation)
    _used(used, *(d.annotation for d in api.client_defaults))
    uses_pagination = any(op.pagination for op in api.operations)
    uses_models = bool(api.model_names)
    flavours = [
        _Flavour(
            "Client",
            "SyncAPIClient",
            "httpx.Client",
            "",
            "",
            docstring(
                f"Synchronous client for {api.title} {api.version}.\n\n{_client_doc(api)}", "    "
            ),
        ),
        _Flavour(
            "AsyncClient",
            "AsyncAPIClient",
            "httpx.AsyncClient",
            "async ",
            "await ",
            docstring(
                f"Asynchronous client for {api.title} {api.version}.\n\n{_client_doc(api)}", "    "
            ),
        ),
    ]
    files[f"{pkg}/_client.py"] = env.get_template("package/_client.py.jinja").render(
        header=header,
        api=api,
        operations=op_contexts,
        flavours=flavours,
        uses_models=uses_models,
        uses_pagination=uses_pagination,
        typing_imports=_typing_imports(used, ("cast", "overload")),
    )
    op_used: set[str] = set()
    for op in api.operations:
        _used(op_used, *(p.validator for p in op.parameters), *(r.annotation for r in op.responses))
        if op.body:
            _used(op_used, op.body.annotation)
    files[f"{pkg}/_operations.py"] = env.get_template("package/_operations.py.jinja").render(
        header=header,
        api=api,
        operations=api.operations,
        uses_models=uses_models,
        uses_field="Field" in op_used,
        uses_pagination=uses_pagination,
        typing_imports=_typing_imports(op_used, ("Any",)),
    )
    envelope_errors = [
        {
            "class_name": e.class_name,
            "code": e.code,
            "docstring": docstring(
                f"Envelope code {e.code}: {e.message}.\n\n{e.description}", "    "
            ),
        }
        for e in api.envelope_errors
    ]
    error_exports = sorted(RUNTIME_ERRORS + tuple(e.class_name for e in api.envelope_errors))
    files[f"{pkg}/errors.py"] = env.get_template("package/errors.py.jinja").render(
        header=header,
        api={"envelope_errors": envelope_errors},
        runtime_errors=RUNTIME_ERRORS,
        error_exports=error_exports,
    )
    auth_imports = [ALWAYS_AUTH] + [
        AUTH_MODULES[k] for k in sorted(api.auth_kinds) if k in AUTH_MODULES
    ]
    exports = sorted(
        {
            "API_VERSION",
            "AsyncClient",
            "Client",
            "DEFAULT_BASE_URL",
            "NOT_GIVEN",
            "NotGiven",
            "RawResponse",
            "__version__",
            "errors",
            "models",
        }
        | set(error_exports)
        | {name for _, names in auth_imports for name in names}
    )
    files[f"{pkg}/__init__.py"] = env.get_template("package/__init__.py.jinja").render(
        header=header,
        api=api,
        auth_imports=auth_imports,
        error_exports=error_exports,
        exports=exports,
        package_docstring=docstring(
            f"{api.title} {api.version}: typed Python client.\n\n{clean_text(api.description)}"
        ),
    )
    files.update(_model_files(api, env, header))
    runtime = [
        "_adapters",
        "_base_client",
        "_exceptions",
        "_fields",
        "_models",
        "_request",
        "_response",
        "_retry",
        "_types",
    ]
    runtime.append(ALWAYS_AUTH[0])
    runtime += _auth_runtime_modules(api)
    if uses_pagination:
        runtime.append("_pagination")
    runtime += _fake_runtime_modules(api)
    files.update(_testing_files(api, env, header))
    for module in runtime:
        files[f"{pkg}/{module}.py"] = f"{header}\n{_runtime_text(module, api)}"
    files[f"{pkg}/_version.py"] = env.get_template("package/_version.py.jinja").render(
        header=header, api=api
    )
    files[f"{pkg}/py.typed"] = ""
    files["pyproject.toml"] = env.get_template("package/pyproject.toml.jinja").render(
        header_text=header_line,
        api=api,
        version=api.package_version,
    )
    files["README.md"] = _readme(api, env)
    return files


def _model_files(api: Api, env: Any, header: str) -> dict[str, str]:
    """``models/``: the facade ``__init__.py`` and one submodule per group of models."""
    pkg = api.import_name
    split = split_models(api.models_code)
    files = {
        f"{pkg}/models/{module}.py": f"{header}\n{source}"
        for module, source in split.modules.items()
    }
    imports: dict[str, list[str]] = {}
    for name, module in sorted(split.exports.items()):
        # names in __all__ are re-exported for mypy; a private one needs ``X as X``
        imports.setdefault(module, []).append(name if name[0] != "_" else f"{name} as {name}")
    files[f"{pkg}/models/__init__.py"] = env.get_template(
        "package/models/__init__.py.jinja"
    ).render(
        header=header,
        pkg=pkg,
        imports=[
            import_statement(f".{module}", names, indent="    ")
            for module, names in sorted(imports.items())
        ],
        exports=sorted(split.exports.items()),
        public=sorted(name for name in split.exports if not name.startswith("_")),
    )
    return files


def _fake_runtime_modules(api: Api) -> list[str]:
    """The runtime modules of ``<package>.testing`` (the signature verifier with AK/SK)."""
    return ["_fake"] + (["_fake_huawei"] if "huawei-aksk" in api.auth_kinds else [])


def rules_path(api: Api) -> Path:
    """The platform rules of the document: ``<stem>.fake.py`` beside it (may not exist)."""
    source = Path(api.source)
    return source.with_name(source.name.rsplit(".", 1)[0] + ".fake.py")


def _check_rules(path: Path, text: str) -> str:
    """The rules file's docstring; a clear error when the file cannot serve as rules."""

    def fail(message: str) -> GenerationError:
        return GenerationError(
            [Diagnostic(Location(path.as_posix()), Level.ERROR, "fake-rules", message)]
        )

    try:
        tree = ast.parse(text, filename=str(path))
    except SyntaxError as exc:
        raise fail(f"line {exc.lineno}: {exc.msg}") from None
    defined = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        defined |= {t.id for t in targets if isinstance(t, ast.Name)}
    missing = [name for name in ("RULES", "SEEDABLE") if name not in defined]
    if missing:
        raise fail(f"the rules module defines no {' and no '.join(missing)} (see spec/README.md)")
    docstring_text = ast.get_docstring(tree)
    if not docstring_text:
        raise fail("the rules module has no docstring describing its rules")
    return docstring_text


def _testing_files(api: Api, env: Any, header: str) -> dict[str, str]:
    """``testing.py`` (the ``Fake``) and, where the document has rules, ``_fake_rules.py``."""
    pkg = api.import_name
    files: dict[str, str] = {}
    rules = rules_path(api)
    rules_doc = ""
    readme_call: tuple[str, ...] = ()
    if rules.is_file():
        text = rules.read_text(encoding="utf-8")
        files[f"{pkg}/_fake_rules.py"] = f"{header}\n{text}"
        rules_doc = _check_rules(rules, text)
    token_headers = tuple(
        s.parameter_name
        for s in api.security_schemes
        if s.kind in ("huawei-iam-token", "enos-token", "api-key")
        and s.location == "header"
        and isinstance(s.parameter_name, str)
    )
    signs = "huawei-aksk" in api.auth_kinds
    enos = "enos-token" in api.auth_kinds
    envelope = any(op.envelope is not None for op in api.operations)
    paragraphs = [
        f"A stateful fake of {api.title} {api.version} for tests.",
        "``Fake(credentials=..., tokens=...)`` accepts the given access keys (AK -> SK"
        + (", or EnOS appKey -> appSecret for the token service" if enos else "")
        + ") and tokens; with neither, authentication is not checked. ``fake.client()`` "
        "and ``fake.async_client()`` are clients wired to it in memory, ``fake.serve()`` "
        "serves it over HTTP on 127.0.0.1, ``python -m "
        f"{pkg}.testing --port N`` runs it standalone.",
        "Answers the fake chooses where the document says nothing: "
        + (
            "invalid parameters or bodies -> HTTP 200 with the envelope's invalid-arguments "
            "code (99400); "
            if envelope
            else "invalid parameters or bodies -> 400 (or the operation's documented 404, "
            "422 or 403 when it documents no 400) with ``error_code``, ``error_msg``, "
            "``request_id``; "
        )
        + "a refused signature or token -> 401 (``APIGW.0301`` on Huawei documents); "
        "an unknown path -> 404, a known path with another method -> 405 with ``Allow`` "
        "(the methods of the document's path key: actions sharing one path are told apart "
        "by their one-value query parameter); every answer has ``X-Request-Id``. Requests "
        "are checked as strictly as the client checks its arguments.",
    ]
    if signs:
        paragraphs.append(
            "AK/SK signatures (``SDK-HMAC-SHA256`` and derived ``V11-HMAC-SHA256``) are "
            "recomputed and refused for an unknown access key, a wrong signature, an "
            "``X-Sdk-Date`` more than 15 minutes away, or ``host``/``x-sdk-date`` unsigned."
        )
    if "huawei-iam-token" in api.auth_kinds:
        paragraphs.append(
            "IAM's ``POST /v3/auth/tokens`` (password method) is served too, checked against "
            "``credentials`` as user name -> password, so ``HuaweiIAMTokenAuth`` with "
            "``iam_endpoint`` set to the fake's URL works; issued tokens are accepted in "
            "``X-Auth-Token``."
        )
    if enos:
        paragraphs.append(
            "The EnOS token service (``/apim-token-service/v2.0/token/get`` and "
            "``/token/refresh``) is served, checked against ``credentials`` as appKey -> "
            "appSecret, so ``EnOSTokenAuth`` works unchanged; issued tokens are accepted in "
            "``apim-accesstoken``."
        )
    doc = "\n\n".join("\n".join(_wrap(p, "", "", width=84)) for p in paragraphs)
    if rules_doc:
        doc += "\n\nPlatform rules:\n\n" + rules_doc
    else:
        doc += (
            "\n\nThis document has no platform rules: every operation answers with its "
            "documented example (or a minimal valid body) once the request is valid."
        )
    files[f"{pkg}/testing.py"] = env.get_template("package/testing.py.jinja").render(
        header=header,
        pkg=pkg,
        module_docstring=docstring(f"Testing support for {api.title}: :class:`Fake`."),
        class_docstring=docstring(doc, "    "),
        has_rules=rules.is_file(),
        signs=signs,
        enos=enos,
        iam="huawei-iam-token" in api.auth_kinds,
        token_headers=token_headers,
        examples=[
            (op.operation_id, op.example.response_status, op.example.response_body)
            for op in api.operations
        ],
        path_keys=_path_keys(api),
    )
    return files


def _path_keys(api: Api) -> dict[str, str]:
    """operationId -> the document's path key, where the key differs from the path sent.

    Path keys with a fragment (``/devices#update``) are actions sharing one real path; the
    fake needs them to answer ``Allow`` per key. The key is read back from the operation's
    JSON pointer (``<file>:/paths/<key>/<method>``).
    """
    keys: dict[str, str] = {}
    for op in api.operations:
        _, _, pointer = op.location.rpartition(":/paths/")
        key = pointer.rsplit("/", 1)[0].replace("~1", "/").replace("~0", "~")
        if pointer and key != op.path:
            keys[op.operation_id] = key
    return keys


def _readme_testing(api: Api) -> dict[str, Any]:
    """What the README's "Testing your code" section needs."""
    rules = rules_path(api)
    setup: tuple[str, ...] = ()
    rules_doc = ""
    readme_call: tuple[str, ...] = ()
    if rules.is_file():
        tree = ast.parse(rules.read_text(encoding="utf-8"))
        rules_doc = ast.get_docstring(tree) or ""
        # README_SETUP: statements (with ``fake``) that make the README's example call pass
        for node in tree.body:
            target: ast.expr | None = None
            value: ast.expr | None = None
            if isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            if isinstance(target, ast.Name) and target.id == "README_SETUP" and value:
                setup = tuple(ast.literal_eval(value))
            if isinstance(target, ast.Name) and target.id == "README_CALL" and value:
                readme_call = tuple(ast.literal_eval(value))
    auth = next((k for k in ("huawei-aksk", "enos-token") if k in api.auth_kinds), None)
    envelope = next((op.envelope for op in api.operations if op.envelope is not None), None)
    invalid = 99400
    if (
        envelope is not None
        and envelope.errors
        and invalid not in {e.code for e in envelope.errors}
    ):
        invalid = next(
            (e.code for e in envelope.errors if "invalid" in e.class_name.lower()), invalid
        )
    return {
        "auth": auth,
        "setup": setup,
        "envelope": envelope is not None,
        "invalid_code": invalid,
        "rules": rules.is_file(),
        # the rules as the rules file states them (codes the pages give, codes chosen)
        "rules_doc": rules_doc.replace("``", "`"),
        # the operation of the README's demo call (the first one that is not paginated),
        # unless the rules file names another with README_CALL = (operationId, call)
        "operation_id": readme_call[0]
        if readme_call
        else next((op.operation_id for op in api.operations if not op.pagination), ""),
        "call": readme_call[1] if readme_call else "",
    }


def _client_doc(api: Api) -> str:
    lines = [
        "Args:",
        f"    base_url: the API root; defaults to ``{api.default_base_url or 'the first server'}``.",
    ]
    lines += [
        "    auth: an ``httpx.Auth``"
        + (
            ": "
            + ", ".join(
                n for k in sorted(api.auth_kinds) if k in AUTH_MODULES for n in AUTH_MODULES[k][1]
            )
            + " or APIKeyAuth."
            if api.auth_kinds & set(AUTH_MODULES)
            else ", for example APIKeyAuth."
        ),
        "    timeout: seconds or an ``httpx.Timeout``; by default the injected http_client's",
        "        timeout, else 60 s in total and 10 s to connect.",
        "    max_retries: retries of failed attempts (connection errors, 408, 429, 5xx).",
        "    headers: extra headers sent with every request.",
        "    http_client: an httpx client to use instead of one made here (not closed by us).",
        "    validate_requests: check arguments against the document before sending (the",
        "        default); False sends what the caller gives unchecked.",
    ]
    for d in api.client_defaults:
        text = (
            f"default for the ``{d.name}`` argument of every operation that takes it; a "
            "value passed to a call wins."
        )
        if d.name in CLIENT_AUTH_SHARED:
            text += f" When not given, the auth object's ``{d.name}`` is used (if it has one)."
        lines += _wrap(text, f"    {d.name}: ", "        ")
    return "\n".join(lines)


def _readme(api: Api, env: Any) -> str:
    examples: list[dict[str, Any]] = []
    for op in api.operations:
        args = ", ".join(f"{k}={v}" for k, v in op.example.arguments)
        examples.append(
            {
                "op": op,
                # A paginated method returns a pager: the example collects every item.
                "call": f"list(client.{op.method_name}({args}))"
                if op.pagination
                else f"client.{op.method_name}({args})",
                "status": int(op.example.response_status)
                if op.example.response_status.isdigit()
                else 200,
                "body": repr(json.loads(op.example.response_body))
                if op.example.response_body
                else "",
                "summary": clean_text(op.summary).split("\n")[0],
            }
        )
    # The demo of the general sections is the first operation that returns its result
    # directly (a paginated one returns a pager).
    plain = [i for i, op in enumerate(api.operations) if not op.pagination]
    demo: dict[str, Any] | None = None
    if plain:
        demo = examples[plain[0]]
        op = api.operations[plain[0]]
        args = ", ".join(f"{k}={v}" for k, v in op.example.arguments)
        demo["call_open"] = f"client.{op.method_name}(" + (f"{args}," if args else "")
        demo["raw_call"] = f"client.with_raw_response.{op.method_name}({args})"
        demo["extra_body"] = op.body is None or _is_json_media(op.body.media_type)
        overridden = next((p for p in op.parameters if p.client_default), None)
        demo["override"] = ""
        if overridden is not None and overridden.client_default is not None:
            value = dict(op.example.defaults)[overridden.client_default]
            if overridden.annotation == "str":
                value = repr(f"another_{overridden.client_default}")
            demo["override"] = (
                f"client.{op.method_name}({args}{', ' if args else ''}"
                f"{overridden.kwarg}={value})  # a value passed to the call wins"
            )
    envelope_demo = None
    for ex, operation in zip(examples, api.operations, strict=True):
        env_spec = operation.envelope
        if env_spec is not None and env_spec.errors:
            err = env_spec.errors[0]
            body: dict[str, Any] = {
                env_spec.code_field: err.code,
                env_spec.message_field: err.message,
            }
            if env_spec.request_id_field:
                body[env_spec.request_id_field] = "r-1"
            envelope_demo = {"call": ex["call"], "body": repr(body)}
            break
    auth = sorted(k for k in api.auth_kinds if k in AUTH_MODULES)
    # Client-level defaults every example passes to Client(...), as keyword arguments.
    client_args = [f"{d.name}={d.example}" for d in api.client_defaults]
    return str(
        env.get_template("package/README.md.jinja").render(
            api=api,
            header=header_text(api),
            examples=examples,
            demo=demo,
            client_args=client_args,
            auth=auth,
            auth_doc=_auth_doc(api),
            envelope_error=api.envelope_errors[0] if api.envelope_errors else None,
            envelope_demo=envelope_demo,
            testing=_readme_testing(api),
            description=clean_text(api.description),
            json=json,
        )
    )


#: ``from_env`` constructors documented in the README:
#: (kind, call, example variable, required variables with placeholders, optional variables).
_ENV_DOCS = (
    (
        "huawei-aksk",
        "HuaweiAKSKAuth.from_env",
        "aksk_auth",
        (("HUAWEICLOUD_SDK_AK", "YOUR_ACCESS_KEY"), ("HUAWEICLOUD_SDK_SK", "YOUR_SECRET_KEY")),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "HUAWEICLOUD_SDK_SECURITY_TOKEN"),
    ),
    (
        "huawei-iam-token",
        "HuaweiIAMTokenAuth.from_env",
        "iam_auth",
        (
            ("HUAWEICLOUD_IAM_USERNAME", "YOUR_IAM_USER_NAME"),
            ("HUAWEICLOUD_IAM_PASSWORD", "YOUR_IAM_PASSWORD"),
            ("HUAWEICLOUD_IAM_DOMAIN_NAME", "YOUR_ACCOUNT_NAME"),
        ),
        (
            "HUAWEICLOUD_IAM_PROJECT_NAME",
            "HUAWEICLOUD_SDK_PROJECT_ID",
            "HUAWEICLOUD_SDK_IAM_ENDPOINT",
        ),
    ),
    (
        "enos-token",
        "EnOSTokenAuth.from_env",
        "enos_auth",
        (("ENOS_APP_KEY", "YOUR_APP_KEY"), ("ENOS_APP_SECRET", "YOUR_APP_SECRET")),
        (),
    ),
)
_REGION_LABEL = re.compile(r"[a-z]{2,}(?:-[a-z]+)+-[0-9]+")


def _auth_doc(api: Api) -> dict[str, Any]:
    """What the README's authentication section needs (all of it from the document)."""
    kinds = sorted(k for k in api.auth_kinds if k in AUTH_MODULES)
    host = api.default_base_url.partition("://")[2].partition("/")[0].partition(":")[0]
    labels = host.split(".")
    region, iam_endpoint = "cn-north-4", "https://iam.cn-north-4.myhuaweicloud.com"
    for index in range(len(labels) - 2, -1, -1):
        if _REGION_LABEL.fullmatch(labels[index]):
            region = labels[index]
            iam_endpoint = "https://iam." + ".".join(labels[index:])
            break
    aksk = next((s for s in api.security_schemes if s.kind == "huawei-aksk"), None)
    static = next(
        (
            s.parameter_name
            for s in api.security_schemes
            if s.kind in ("huawei-iam-token", "enos-token", "api-key")
            and s.location == "header"
            and isinstance(s.parameter_name, str)
        ),
        None,
    )
    env = []
    for kind, call, var, required, optional in _ENV_DOCS:
        if kind not in kinds:
            continue
        text = ", ".join(f"`{name}`" for name, _ in required) + " (required)"
        if optional:
            text += "; " + ", ".join(f"`{name}`" for name in optional) + " (optional)"
        values = ", ".join(f"{pyrepr(name)}: {pyrepr(value)}" for name, value in required)
        example = f"{var} = {api.import_name}.{call}(\n    {{{values}}}\n)"
        env.append({"call": f"{call}()", "text": text, "example": example, "var": var})
    return {
        "kinds": kinds,
        "derived_service": api.derived_auth_service,
        # the scheme description's paragraphs about derived signing, quoted as they are
        "aksk_description": [
            line
            for paragraph in (clean_text(aksk.description) if aksk else "").split("\n\n")
            if "derived" in paragraph.lower()
            for line in paragraph.splitlines()
        ],
        "region": region,
        "default_host": host,
        "iam_endpoint": iam_endpoint,
        "static_header": static,
        "env": env,
    }


def _is_json_media(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def write_files(root: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        # backslashreplace keeps a lone surrogate inside a string literal the same value
        target.write_text(text, encoding="utf-8", errors="backslashreplace", newline="\n")
