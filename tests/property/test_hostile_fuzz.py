"""Fuzz ``generate`` and ``lint`` with mutated copies of the project's own documents.

Seeds are ``spec/*.yaml`` and ``tests/golden/specs/*.yaml``; each example applies one to
three mutations along the classes of hostile input (wrong JSON types, ``$ref`` values,
payload strings as names, bad package names, YAML tags, aliases, NUL bytes, huge
integers, deep nesting, long ``$ref`` chains, file refs leaving the root or naming a
device, unusable output directories) and checks, for both commands:

* exit status 0, 1 or 2 only; no traceback, no internal error, lint lines well formed;
* nothing written outside the output directory, nothing left in TMPDIR (a private one);
* after a failed ``generate`` the output directory, with an existing package in it, is
  byte for byte unchanged; after a successful one every generated module parses;
* bounded time and memory: a share of the examples (all resource classes) runs the CLI
  in a subprocess under RLIMIT_AS and a timeout.

Most examples run in process through ``generator.cli.main`` (cheap); the subprocess test
takes fewer. Counts per outcome and mutation class are printed at the end of the session
(and are hypothesis events: ``--hypothesis-show-statistics``). ``make test-deep`` runs many more examples.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import io
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED_FILES = [
    path
    for folder in (ROOT / "spec", ROOT / "tests" / "golden" / "specs")
    for path in sorted(folder.glob("*.yaml"))
    if not path.name.startswith(".")  # tool configuration, not OpenAPI documents
]
SEEDS = [(path.name, yaml.safe_load(path.read_text(encoding="utf-8"))) for path in SEED_FILES]

#: Memory (address space) and wall-clock limits of one CLI run in a subprocess.
MEMORY_LIMIT = 1024 * 1024 * 1024
TIME_LIMIT = 120
#: Examples: the in-process test shares the profile's max_examples among its mutation
#: classes (each class is the first mutation of its share), the subprocess test shares a
#: quarter (CI profile: 11 x 5 and 5 x 3, about 35 s; `make test-deep`: 11 x 90 and 5 x 50).
_BASE = settings.default.max_examples

#: Outcomes of the examples run (printed at the end of the session by tests/property/conftest).
COUNTS: Counter[str] = Counter()

LINT_LINE = re.compile(r"^.+?:/\S*.*?: [a-z0-9-]+: \S.*$")
HOSTILE_TEXT = [
    "\n",
    "a\nb",
    '"""',
    "'''",
    "\\",
    "'\"",
    "\x00",
    "..",
    ".",
    "../x",
    "/etc/passwd",
    "class",
    "None",
    "__init__",
    "__class__",
    "1abc",
    "\u00e9t\u00e9",
    "\u2028",
    "\u0085",
    "{x}",
    "a b",
    "",
    " ",
    "x" * 300,
    "-",
    "\U0001f600",
    "if",
    "print(1)\n",
    "#",
    "\t",
    "self",
    "models",
    "async",
    "}}{{",
    "${x}",
    "\r\n",
    "\x7f",
    "^(a|aa)+$",
    "(x+x+)+y",
    "a" * 40 + "!",
]
WRONG_VALUES: list[Any] = [5, True, None, "x", [], {}, [1], {"a": 1}, 1.5, -1, [None], {"$ref": 5}]
REF_VALUES: list[Any] = [
    5,
    True,
    None,
    [],
    {},
    "#/nope",
    "#",
    "",
    "#/components",
    "#/paths",
    "other.json#/A",
    "other.json#/Missing",
    "third.json#/B",
    "/dev/zero#/x",
    "/dev/zero",
    "../secret.json#/A",
    "link.json#/A",
    "sub#/x",
    "http://127.0.0.1:9/x.json#/A",
    "file:///etc/passwd",
    "nul\x00.json#/A",
    "#anchor-nowhere",
]
#: Second mutations are drawn from these twice as often: more examples reach the generator.
MILD_KINDS = ("hostile-key", "hostile-string", "package-name", "schema-text", "wrong-type")
RESOURCE_KINDS = ("deep-nesting", "ref-chain", "alias-bomb", "huge-int", "file-ref")
KINDS = (
    "wrong-type",
    "ref-value",
    "hostile-key",
    "hostile-string",
    "package-name",
    "schema-text",
    "yaml-tag",
    "self-alias",
    "nul-byte",
    "output-dir",
    *RESOURCE_KINDS,
)

IN_PROCESS_KINDS = tuple(k for k in KINDS if k not in RESOURCE_KINDS[:4])
IN_PROCESS_EXAMPLES = max(2, _BASE // len(IN_PROCESS_KINDS))
SUBPROCESS_EXAMPLES = max(2, _BASE // 4 // len(RESOURCE_KINDS))

# -- building a mutated document -------------------------------------------------------------


@dataclass
class Case:
    """A mutated document: data, text substitutions applied after serialising, extras."""

    data: Any
    fmt: str  # "json" or "yaml"
    raw: dict[str, str] = field(default_factory=dict)  # placeholder -> raw text
    nul_at: int | None = None
    output: str = "dir"  # dir | file | parent-file | target-file
    kinds: list[str] = field(default_factory=list)

    def placeholder(self, text: str) -> str:
        key = f"@@RAW{len(self.raw)}@@"
        self.raw[key] = text
        return key

    def text(self) -> bytes:
        body = json.dumps(self.data, ensure_ascii=False, indent=1)
        for key, raw in self.raw.items():
            body = body.replace(json.dumps(key), raw)
        data = body.encode("utf-8", "surrogatepass")
        if self.nul_at is not None:
            at = self.nul_at % (len(data) + 1)
            data = data[:at] + b"\x00" + data[at:]
        return data


def _paths(node: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*here, index))


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for token in path[:-1]:
        data = data[token]
    return data


def _schemas(data: Any) -> dict[str, Any]:
    components = data.get("components") if isinstance(data, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        schemas = {}
        if isinstance(data, dict) and isinstance(components, dict):
            components["schemas"] = schemas
    return schemas


def _mutate(draw: st.DrawFn, case: Case, kind: str) -> None:
    data = case.data
    paths = [p for p in _paths(data) if p]
    target = paths[draw(st.integers(0, len(paths) - 1))] if paths else None
    if kind == "wrong-type" and target:
        _parent(data, target)[target[-1]] = copy.deepcopy(draw(st.sampled_from(WRONG_VALUES)))
    elif kind == "ref-value" and target:
        _parent(data, target)[target[-1]] = {"$ref": draw(st.sampled_from(REF_VALUES))}
    elif kind == "hostile-key" and target and isinstance(_parent(data, target), dict):
        parent = _parent(data, target)
        parent[draw(st.sampled_from(HOSTILE_TEXT))] = parent.pop(target[-1])
    elif kind == "hostile-string" and target:
        _parent(data, target)[target[-1]] = draw(st.sampled_from(HOSTILE_TEXT))
    elif kind == "package-name" and isinstance(data, dict):
        info = data.setdefault("info", {})
        if isinstance(info, dict):
            ext = info.setdefault("x-python-package", {})
            if isinstance(ext, dict):
                key = draw(st.sampled_from(["dist-name", "import-name"]))
                ext[key] = draw(st.sampled_from([*HOSTILE_TEXT, *WRONG_VALUES[:3]]))
    elif kind == "schema-text" and isinstance(data, dict):
        text = st.sampled_from(HOSTILE_TEXT)
        schema: dict[str, Any]
        which = draw(st.sampled_from(["enum", "property", "default", "const", "pattern"]))
        if which == "enum":
            schema = {"type": "string", "enum": draw(st.lists(text, min_size=1, max_size=4))}
        elif which == "property":
            schema = {"type": "object", "properties": {draw(text): {"type": "string"}}}
        elif which == "default":
            schema = {"type": "string", "default": draw(text)}
        elif which == "const":
            schema = {"const": draw(text)}
        else:
            schema = {"type": "string", "pattern": draw(text)}
        _schemas(data)[draw(text) or "S"] = schema
        paths_node = data.get("paths")
        if isinstance(paths_node, dict):  # also reachable from an operation
            paths_node[f"/fuzz/{len(paths_node)}"] = {
                "post": {
                    "operationId": draw(text) or "fuzz",
                    "requestBody": {"content": {"application/json": {"schema": schema}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
    elif kind == "yaml-tag" and target:
        case.fmt = "yaml"
        tag = draw(
            st.sampled_from(["!!binary aGk=", "!!set {a: null}", "!!omap [{a: 1}]", "!foo 1"])
        )
        _parent(data, target)[target[-1]] = case.placeholder(tag)
    elif kind == "self-alias" and target:
        case.fmt = "yaml"
        _parent(data, target)[target[-1]] = case.placeholder('&self {"a": *self}')
    elif kind == "nul-byte":
        case.nul_at = draw(st.integers(0, 10**6))
    elif kind == "output-dir":
        case.output = draw(st.sampled_from(["file", "parent-file", "target-file"]))
    elif kind == "deep-nesting" and target:
        depth = draw(st.sampled_from([50, 99, 100, 101, 150, 1000, 5000, 10**6]))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a": ', "}")]))
        _parent(data, target)[target[-1]] = case.placeholder(opener * depth + "1" + closer * depth)
    elif kind == "ref-chain" and isinstance(data, dict):
        length = draw(st.sampled_from([10, 63, 64, 65, 200, 3000]))
        schemas = _schemas(data)
        for index in range(length):
            schemas[f"Chain{index}"] = {"$ref": f"#/components/schemas/Chain{index + 1}"}
        schemas[f"Chain{length}"] = {"type": "string"}
        if target:
            _parent(data, target)[target[-1]] = {"$ref": "#/components/schemas/Chain0"}
    elif kind == "alias-bomb" and target:
        case.fmt = "yaml"
        levels = draw(st.integers(2, 9))
        bomb = "[&b0 [a, a, a, a, a, a, a, a, a, a]"
        for level in range(1, levels):
            bomb += f", &b{level} [" + ", ".join([f"*b{level - 1}"] * 10) + "]"
        _parent(data, target)[target[-1]] = case.placeholder(bomb + "]")
    elif kind == "huge-int" and target:
        digits = draw(st.sampled_from([99, 100, 101, 4300, 5000, 100000]))
        _parent(data, target)[target[-1]] = case.placeholder("9" * digits)
    elif kind == "file-ref" and target:
        _parent(data, target)[target[-1]] = {"$ref": draw(st.sampled_from(REF_VALUES[10:21]))}


@st.composite
def cases(draw: st.DrawFn, first: str, kinds: tuple[str, ...] = KINDS) -> Case:
    name, seed = draw(st.sampled_from(SEEDS))
    case = Case(copy.deepcopy(seed), draw(st.sampled_from(["json", "yaml"])))
    more = draw(st.lists(st.sampled_from((*kinds, *MILD_KINDS)), max_size=1))
    for kind in [first, *more]:
        _mutate(draw, case, kind)
        case.kinds.append(kind)
    event(f"seed {name}")
    return case


# -- running it --------------------------------------------------------------------------------

#: Files beside the document: refs between them cycle, one is a link leaving the root.
SIDE_FILES = {
    "other.json": {
        "A": {"type": "object", "properties": {"b": {"$ref": "third.json#/B"}}},
        "C": {"$ref": "third.json#/D"},
    },
    "third.json": {
        "B": {"type": "object", "properties": {"a": {"$ref": "other.json#/A"}}},
        "D": {"$ref": "other.json#/C"},
    },
}


def _snapshot(root: Path, skip: Path | None = None) -> dict[str, bytes | str]:
    files: dict[str, bytes | str] = {}
    for path in sorted(root.rglob("*")):
        if skip is not None and (path == skip or skip in path.parents):
            continue
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            files[rel] = "link -> " + os.readlink(path)
        elif path.is_file():
            files[rel] = path.read_bytes()
        else:
            files[rel] = "dir"
    return files


@dataclass
class Setup:
    base: Path
    work: Path
    tmp: Path
    doc: str
    out: str
    out_path: Path


def _setup(base: Path, case: Case) -> Setup:
    work, tmp = base / "work", base / "tmp"
    for directory in (work, tmp, work / "sub"):
        directory.mkdir(parents=True)
    (base / "secret.json").write_text('{"A": {"type": "string"}}')
    for name, content in SIDE_FILES.items():
        (work / name).write_text(json.dumps(content))
    (work / "link.json").symlink_to(base / "secret.json")
    doc = f"doc.{case.fmt}"
    (work / doc).write_bytes(case.text())
    out_path = base / "out"
    out = str(out_path)
    if case.output == "file":
        out_path.write_text("a file, not a directory")
    elif case.output == "parent-file":
        out_path.write_text("a file, not a directory")
        out = str(out_path / "nested")
    else:  # an existing good package, and for target-file a file in a package's place
        out_path.mkdir()
        (out_path / "keep.txt").write_text("untouched")
        for dist in ["existing-client", *_dist_names(case.data)]:
            if case.output == "target-file" and dist != "existing-client":
                (out_path / dist).write_text("a file where the package goes")
                continue
            package = out_path / dist / dist.replace("-", "_")
            package.mkdir(parents=True, exist_ok=True)
            (package / "__init__.py").write_text("VERSION = 1\n")
    return Setup(base, work, tmp, doc, out, out_path)


def _dist_names(data: Any) -> list[str]:
    """The distribution name the seed would produce (so that one is in the way)."""
    from generator.ir.naming import snake_case

    info = data.get("info") if isinstance(data, dict) else None
    info = info if isinstance(info, dict) else {}
    ext = info.get("x-python-package")
    if isinstance(ext, dict) and isinstance(ext.get("dist-name"), str) and ext["dist-name"]:
        name = ext["dist-name"]
        return [name] if re.fullmatch(r"[A-Za-z0-9][\w.-]{0,99}", name) else []
    base = snake_case(str(info.get("title", ""))) or "api"
    base = base if base.endswith("client") else base + "_client"
    return [base.replace("_", "-")] if len(base) <= 100 else []


@contextlib.contextmanager
def _inside(setup: Setup) -> Iterator[None]:
    """Working directory = root of file refs; TMPDIR private (for us and children)."""
    old_cwd, old_env, old_tempdir = os.getcwd(), os.environ.get("TMPDIR"), tempfile.tempdir
    os.chdir(setup.work)
    os.environ["TMPDIR"] = str(setup.tmp)
    tempfile.tempdir = str(setup.tmp)
    try:
        yield
    finally:
        os.chdir(old_cwd)
        tempfile.tempdir = old_tempdir
        if old_env is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = old_env


def _in_process(setup: Setup, args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with _inside(setup), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


def _limit_resources() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _subprocess(setup: Setup, args: list[str]) -> tuple[int, str, str]:
    env = {**os.environ, "TMPDIR": str(setup.tmp), "PYTHONPATH": str(ROOT)}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "generator", *args],
            cwd=setup.work,
            env=env,
            capture_output=True,
            text=True,
            errors="backslashreplace",
            timeout=TIME_LIMIT,
            preexec_fn=_limit_resources,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{args[0]} ran longer than {TIME_LIMIT} s")
    return result.returncode, result.stdout, result.stderr


def _check(case: Case, base: Path, runner: Any) -> None:
    setup = _setup(base, case)
    outside = _snapshot(base, skip=setup.out_path)
    before = _snapshot(setup.out_path) if setup.out_path.exists() else None
    code, out, err = runner(setup, ["generate", setup.doc, "-o", setup.out])
    kinds = "+".join(sorted(set(case.kinds)))
    runner_name = "subprocess" if runner is _subprocess else "in-process"
    COUNTS[f"{runner_name} examples"] += 1
    COUNTS[f"{runner_name} generate exit {code}"] += 1
    for kind in set(case.kinds):
        COUNTS[f"{runner_name} mutation {kind}"] += 1
    event(f"generate exit {code}")
    event(f"generate exit {code} after {kinds}")
    assert code in (0, 1, 2), err
    assert "Traceback" not in err, err
    assert "internal error" not in err, err
    assert _snapshot(base, skip=setup.out_path) == outside, "written outside the output dir"
    assert os.listdir(setup.tmp) == [], "temporary files left behind"
    if code != 0:
        after = _snapshot(setup.out_path) if setup.out_path.exists() else None
        assert after == before, "the output directory changed after a failure"
    else:
        assert case.output == "dir", "generated into an unusable output directory"
        for module in setup.out_path.rglob("*.py"):
            ast.parse(module.read_text(encoding="utf-8"))
    code, out, err = runner(setup, ["lint", setup.doc])
    COUNTS[f"{runner_name} lint exit {code}"] += 1
    event(f"lint exit {code}")
    assert code in (0, 1, 2), out + err
    assert "Traceback" not in err, err
    assert "internal error" not in out + err, out
    for line in out.splitlines():
        assert LINT_LINE.match(line), f"malformed lint line: {line!r}"
    assert code == 0 or out, "a non-zero lint exit without a located finding"
    assert _snapshot(base, skip=setup.out_path) == outside
    assert os.listdir(setup.tmp) == []


_SETTINGS = {
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "deadline": None,
}


@pytest.mark.parametrize("first", IN_PROCESS_KINDS)
def test_hostile_documents_in_process(first: str) -> None:
    @settings(max_examples=IN_PROCESS_EXAMPLES, **_SETTINGS)  # type: ignore[arg-type]
    @given(case=cases(first, IN_PROCESS_KINDS))
    def check(case: Case) -> None:
        with tempfile.TemporaryDirectory(prefix="hostile-") as base:
            _check(case, Path(base), _in_process)

    check()


@pytest.mark.parametrize("first", RESOURCE_KINDS)
def test_hostile_documents_bounded_in_a_subprocess(first: str) -> None:
    @settings(max_examples=SUBPROCESS_EXAMPLES, **_SETTINGS)  # type: ignore[arg-type]
    @given(case=cases(first, RESOURCE_KINDS))
    def check(case: Case) -> None:
        with tempfile.TemporaryDirectory(prefix="hostile-") as base:
            _check(case, Path(base), _subprocess)

    check()


def test_the_seeds_generate_within_the_limits(tmp_path: Path) -> None:
    """The limits leave room for real documents: the largest seed generates under them."""
    largest = max(SEED_FILES, key=lambda path: path.stat().st_size)
    case = Case(yaml.safe_load(largest.read_text(encoding="utf-8")), "yaml")
    setup = _setup(tmp_path, case)
    code, _, err = _subprocess(setup, ["generate", setup.doc, "-o", setup.out])
    assert code == 0, err
    shutil.rmtree(setup.out_path)
