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
from generator.diagnostics import printable
from generator.ir import Api, Operation
from generator.render.environment import TEMPLATES, clean_text, docstring, environment, pyrepr

RUNTIME = TEMPLATES / "runtime"
#: Runtime modules shipped only when the document declares the matching ``x-client-auth``.
AUTH_MODULES = {
    "huawei-aksk": ("_auth_huawei", ("HuaweiAKSKAuth",)),
    "enos-token": ("_auth_enos", ("EnOSTokenAuth",)),
}
ALWAYS_AUTH = ("_auth", ("APIKeyAuth",))


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


def _signature_parts(op: Operation) -> dict[str, Any]:
    params_required = [
        f"{p.kwarg}: {p.annotation}" for p in op.parameters if p.required and not p.fixed
    ]
    params_optional = [
        f"{p.kwarg}: {p.annotation} = {p.fixed}" for p in op.parameters if p.required and p.fixed
    ] + [
        f"{p.kwarg}: {p.annotation} | NotGiven = NOT_GIVEN" for p in op.parameters if not p.required
    ]
    body = op.body
    body_type = ""
    if body is not None:
        body_type = body.annotation
        if body_type.startswith("models."):
            body_type += " | dict[str, Any]"
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
        )
        body_sig = [*params_required, f"{body.kwarg}: {body_type}", *params_optional]
        signature += [f"{f.kwarg}: {f.annotation} | NotGiven = NOT_GIVEN" for f in body.fields]
        signature.append(f"{body.kwarg}: {body_type} | NotGiven = NOT_GIVEN")
    elif body is not None:
        if body.required:
            signature.append(f"{body.kwarg}: {body_type}")
        else:
            signature.append(f"{body.kwarg}: {body_type} | NotGiven = NOT_GIVEN")
    signature += params_optional
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
        "arguments": "{" + ", ".join(entries) + "}",
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
        (p.kwarg, p.description or f"{p.location} parameter ``{p.name}``.", p.required)
        for p in op.parameters
    ]
    if op.body is not None:
        for f in op.body.fields:
            args.append((f.kwarg, f.description or f"body field ``{f.name}``.", f.required))
        text = op.body.description or f"the request body ({op.body.media_type})."
        if op.body.fields:
            text += " Pass either this or the individual body fields."
        args.append((op.body.kwarg, text, op.body.required))
    if args:
        lines += ["", "Args:"]
        for kwarg, text, required in args:
            text = clean_text(text) + ("" if required else " (optional)")
            lines += _wrap(text.strip(), f"    {kwarg}: ", "        ")
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
            }
        )
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
        typing_imports=_typing_imports(op_used),
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
            "AsyncClient",
            "Client",
            "DEFAULT_BASE_URL",
            "NOT_GIVEN",
            "NotGiven",
            "RawResponse",
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
    files[f"{pkg}/models.py"] = env.get_template("package/models.py.jinja").render(
        header=header,
        models_code=api.models_code or "from pydantic import BaseModel as BaseModel\n",
    )
    runtime = ["_base_client", "_exceptions", "_types", "_fields", ALWAYS_AUTH[0]]
    runtime += [AUTH_MODULES[k][0] for k in sorted(api.auth_kinds) if k in AUTH_MODULES]
    for module in runtime:
        text = (RUNTIME / f"{module}.py").read_text(encoding="utf-8")
        files[f"{pkg}/{module}.py"] = f"{header}\n{text}"
    files[f"{pkg}/py.typed"] = ""
    files["pyproject.toml"] = env.get_template("package/pyproject.toml.jinja").render(
        header_text=header_line,
        api=api,
        version=_pep440(api.version),
    )
    files["README.md"] = _readme(api, env)
    return files


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
    ]
    return "\n".join(lines)


def _pep440(version: str) -> str:
    if re.fullmatch(r"\d+(\.\d+)*([ab]|rc)?\d*(\.post\d+)?(\.dev\d+)?", version):
        return version
    digits = re.findall(r"\d+", version)
    return ".".join(digits[:3]) if digits else "0.0.0"


def _readme(api: Api, env: Any) -> str:
    examples = []
    for op in api.operations:
        args = ", ".join(f"{k}={v}" for k, v in op.example.arguments)
        examples.append(
            {
                "op": op,
                "call": f"client.{op.method_name}({args})",
                "status": int(op.example.response_status)
                if op.example.response_status.isdigit()
                else 200,
                "body": repr(json.loads(op.example.response_body))
                if op.example.response_body
                else "",
                "summary": clean_text(op.summary).split("\n")[0],
            }
        )
    auth = sorted(k for k in api.auth_kinds if k in AUTH_MODULES)
    return str(
        env.get_template("package/README.md.jinja").render(
            api=api,
            header=header_text(api),
            examples=examples,
            auth=auth,
            description=clean_text(api.description),
            json=json,
        )
    )


def write_files(root: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        # backslashreplace keeps a lone surrogate inside a string literal the same value
        target.write_text(text, encoding="utf-8", errors="backslashreplace", newline="\n")
