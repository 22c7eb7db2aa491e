"""Teeth: what ``diff`` calls breaking really breaks code written against the old package.

For each fixture pair the package of ``before.yaml`` and the package of ``after.yaml`` are
generated with the generator's API. One usage snippet is written from the *old* IR (every
method called with its required arguments, and once more with each optional one, its
result assigned to the old return type; every model attribute read as its old type and
assigned a value of it; every model built from its required attributes; every exported
name and error class touched). One ``mypy --strict`` run checks the snippet of every pair
against both packages. The snippet must pass against the old package; against the new
one it must fail exactly when ``diff`` reported a breaking or dangerous Python-layer
change, and pass when every Python-layer change is safe (or there is none).
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.diff import RULES, diff_documents
from generator.diff.python import ApiFacts, Argument, Method, build_facts
from generator.diff.rules import SAFE
from generator.loader import load
from generator.pipeline import build_all
from generator.render import render_tree
from tests.unit.diff.make_fixtures import EDITS, HERE, dump

#: Every fixture pair: the Python-layer rules' own, and the HTTP ones (whose snippet must
#: break exactly when diff also reports a non-safe Python-layer change).
PAIRS = sorted(EDITS)


def _renamed_copy(source: Path, target: Path, suffix: str) -> None:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    ext = data["info"]["x-python-package"]
    ext["import-name"] = f"{ext['import-name']}_{suffix}"
    ext["dist-name"] = f"{ext['dist-name']}-{suffix}"
    target.write_text(dump(data), encoding="utf-8")


def _cast(annotation: str) -> str:
    return f"cast({annotation!r}, None)"


def _call(method: Method, extra: Argument | None) -> str:
    """A call of ``method`` with its required arguments (and ``extra``), old types."""
    use_body = extra is not None and extra.wire == "body"
    args = [
        a
        for a in method.arguments.values()
        if a.required and not (use_body and a.wire.startswith("body "))
    ]
    if extra is not None:
        args.append(extra)
    inner = ", ".join(f"{a.kwarg}={_cast(a.annotation)}" for a in args)
    return f"client.{method.name}({inner})"


def _snippet(facts: ApiFacts, import_name: str) -> str:
    lines = [
        "from typing import Any, Literal, cast",
        "",
        f"import {import_name} as pkg",
        f"from {import_name} import models",
        "",
        "_ = (Any, Literal, models)",
        "",
        "",
        "def use_client(client: pkg.Client) -> None:",
    ]
    for method in facts.methods.values():
        lines.append(f"    r_{method.name}: {method.returns} = {_call(method, None)}")
        for arg in method.arguments.values():
            if not arg.required:
                lines.append(f"    {_call(method, arg)}")
    lines.append("    del client")
    for name, model in facts.models.items():
        lines += ["", "", f"def use_{name}(m: models.{name}) -> None:"]
        required = []
        for attr in (model.attributes or {}).values():
            if not attr.name.isidentifier() or "Literal[" in attr.annotation:
                continue  # aliases and Enum classes: the models' own spelling differs
            kind = attr.annotation if attr.required else f"{attr.annotation} | None"
            lines.append(f"    v_{attr.name}: {kind} = m.{attr.name}")
            lines.append(f"    m.{attr.name} = {_cast(attr.annotation)}")
            if attr.required:
                required.append(attr.name)
        if model.attributes is not None:
            inner = ", ".join(f"{n}=cast(Any, None)" for n in required)
            lines.append(f"    models.{name}({inner})")
        lines.append("    del m")
    lines += ["", "", "def use_names() -> None:"]
    for name in sorted(facts.exports):
        lines.append(f"    print(pkg.{name})")
    for name in sorted(facts.errors):
        lines.append(f"    print(pkg.errors.{name})")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[str], list[str]]]:
    """rule -> (mypy errors against the old package, against the new one)."""
    tmp = tmp_path_factory.mktemp("teeth")
    docs, snippets = tmp / "docs", tmp / "snippets"
    docs.mkdir()
    snippets.mkdir()
    base = HERE / PAIRS[0] / "before.yaml"
    assert all((HERE / r / "before.yaml").read_bytes() == base.read_bytes() for r in PAIRS)
    _renamed_copy(base, docs / "old.yaml", "old")
    seen: dict[str, str] = {}
    new_name: dict[str, str] = {}
    for rule in PAIRS:
        after = HERE / rule / "after.yaml"
        digest = hashlib.sha256(after.read_bytes()).hexdigest()[:10]
        if digest not in seen:
            seen[digest] = f"n{len(seen)}"
            _renamed_copy(after, docs / f"{seen[digest]}.yaml", seen[digest])
        new_name[rule] = seen[digest]
    apis, _ = build_all(sorted(docs.glob("*.yaml")))
    roots = render_tree(apis, tmp / "packages")
    old_doc = load(docs / "old.yaml", validate=False)
    _, old_facts = build_facts(old_doc)
    for rule in PAIRS:
        old_import = old_facts.import_name
        text = _snippet(old_facts, old_import)
        (snippets / f"{rule.replace('-', '_')}__old.py").write_text(text, encoding="utf-8")
        # the snippet keeps the old import name: a renamed package must break it too
        new_import = f"{old_import.rsplit('_', 1)[0]}_{new_name[rule]}"
        (snippets / f"{rule.replace('-', '_')}__new.py").write_text(
            text.replace(old_import, new_import), encoding="utf-8"
        )
    env = dict(os.environ, MYPYPATH=os.pathsep.join(str(r) for r in roots))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            "/dev/null",
            "--cache-dir",
            str(tmp / "mypy-cache"),
            "--python-version",
            "3.10",
            "--no-error-summary",
            str(snippets),
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=tmp,
    )
    assert result.returncode in (0, 1), result.stdout[-3000:] + result.stderr[-3000:]
    errors: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"(?:.*[/\\])?(\w+)__(old|new)\.py:\d+: error: ", line)
        if match:
            errors.setdefault(f"{match.group(1)}__{match.group(2)}", []).append(line)
    out = {}
    for rule in PAIRS:
        key = rule.replace("-", "_")
        out[rule] = (errors.get(f"{key}__old", []), errors.get(f"{key}__new", []))
    return out


@pytest.mark.parametrize("rule", PAIRS)
def test_snippet_breaks_exactly_when_diff_says_so(
    rule: str, checked: dict[str, tuple[list[str], list[str]]]
) -> None:
    against_old, against_new = checked[rule]
    assert against_old == [], f"the snippet must type-check against the old package: {against_old}"
    changes = diff_documents(
        load(HERE / rule / "before.yaml", validate=False),
        load(HERE / rule / "after.yaml", validate=False),
    )
    python = [c for c in changes if c.spec.layer == "python"]
    breaking = [c for c in python if c.level != SAFE]
    if breaking:
        assert against_new, (
            f"diff says {[c.rule for c in breaking]} but the old code still type-checks"
        )
    else:
        assert against_new == [], f"diff says safe ({[c.rule for c in python]}) but: {against_new}"


def test_every_python_rule_is_covered() -> None:
    python_rules = {r.id for r in RULES.values() if r.layer == "python"}
    assert python_rules <= set(PAIRS)
