"""Every diff rule on its before/after fixture pair, the version gate, --base and no-op edits."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import RULES, Revision, base_pairs, diff_documents, run
from generator.diff.python import compare_types
from generator.loader import load
from tests.unit.diff.make_fixtures import EDITS, HERE, dump, pairs

ROOT = Path(__file__).resolve().parents[3]
DOCUMENT_RULES = {"document-added", "document-removed", "version-bump"}


def _diff(before: Path, after: Path) -> list[Any]:
    return diff_documents(load(before, validate=False), load(after, validate=False))


def test_fixtures_are_fresh() -> None:
    for rule, (before, after) in pairs().items():
        assert (HERE / rule / "before.yaml").read_text(encoding="utf-8") == before, rule
        assert (HERE / rule / "after.yaml").read_text(encoding="utf-8") == after, rule


def test_every_rule_has_a_fixture_pair() -> None:
    assert set(RULES) - DOCUMENT_RULES == set(EDITS)


@pytest.mark.parametrize("rule", sorted(EDITS))
def test_rule_fires_on_its_fixture(rule: str) -> None:
    changes = _diff(HERE / rule / "before.yaml", HERE / rule / "after.yaml")
    mine = [c for c in changes if c.rule == rule]
    assert mine, f"{rule} not reported; got {[c.rule for c in changes]}"
    assert all(c.level == RULES[rule].level for c in mine)
    assert all(c.message for c in mine)


@pytest.mark.parametrize("rule", sorted(EDITS))
def test_rule_is_silent_without_the_edit(rule: str) -> None:
    assert _diff(HERE / rule / "before.yaml", HERE / rule / "before.yaml") == []


def _run(old: Path | None, new: Path | None, fmt: str = "text") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    pair = (Revision(old, str(old)), Revision(new, str(new)))
    code = run([pair], out, fmt, err)
    return code, out.getvalue(), err.getvalue()


def _variant(tmp: Path, name: str, rule: str, version: str | None) -> Path:
    data = yaml.safe_load((HERE / rule / name).read_text(encoding="utf-8"))
    if version is None:
        del data["info"]["x-python-package"]["version"]
    else:
        data["info"]["x-python-package"]["version"] = version
    path = tmp / f"{rule}-{name[:-5]}-{version}.yaml"
    path.write_text(dump(data), encoding="utf-8")
    return path


def test_breaking_without_major_bump_exits_1_and_names_the_bump(tmp_path: Path) -> None:
    before = HERE / "operation-removed" / "before.yaml"
    after = _variant(tmp_path, "after.yaml", "operation-removed", "1.4.0")
    code, out, err = _run(before, after)
    assert code == 1
    assert "set it to 2.0.0 or higher" in err
    assert "version-bump" in out and "/info/x-python-package/version" in out


def test_breaking_with_major_bump_exits_0(tmp_path: Path) -> None:
    before = HERE / "operation-removed" / "before.yaml"
    after = _variant(tmp_path, "after.yaml", "operation-removed", "2.0.0")
    code, out, err = _run(before, after)
    assert code == 0
    assert "operation-removed" in out and "version-bump" not in out
    assert "carries the major bump" in err


def test_missing_version_is_taken_as_0_0_0(tmp_path: Path) -> None:
    before = _variant(tmp_path, "before.yaml", "operation-removed", None)
    after = _variant(tmp_path, "after.yaml", "operation-removed", None)
    code, _, err = _run(before, after)
    assert code == 1
    assert "not set (taken as 0.0.0)" in err and "set it to 1.0.0" in err
    good = _variant(tmp_path, "after.yaml", "operation-removed", "1.0.0")
    assert _run(before, good)[0] == 0


def test_safe_changes_exit_0_and_suggest_minor() -> None:
    code, out, err = _run(
        HERE / "operation-added" / "before.yaml", HERE / "operation-added" / "after.yaml"
    )
    assert code == 0
    assert "operation-added" in out and "suggested bump: minor" in err


def test_document_added_and_removed() -> None:
    doc = HERE / "base.yaml"
    code, out, _ = _run(None, doc)
    assert code == 0 and "document-added" in out
    code, out, err = _run(doc, None)
    assert code == 1 and "document-removed" in out
    assert "the document was removed" in err


def test_unusable_input_exits_2_with_file_and_pointer(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: [unclosed\n", encoding="utf-8")
    code, out, err = _run(HERE / "base.yaml", bad)
    assert code == 2 and out == ""
    assert f"{bad}" in err or "bad.yaml:/" in err
    dangling = tmp_path / "dangling.yaml"
    data = yaml.safe_load((HERE / "base.yaml").read_text(encoding="utf-8"))
    data["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Nope"
    }
    dangling.write_text(dump(data), encoding="utf-8")
    code, _, err = _run(HERE / "base.yaml", dangling)
    assert code == 2 and "/paths/~1pets/get/responses/200" in err


def test_positions_point_at_the_change() -> None:
    rule = "request-max-length-decreased"
    _, out, _ = _run(HERE / rule / "before.yaml", HERE / rule / "after.yaml")
    line = next(x for x in out.splitlines() if f": {rule}: " in x)
    _, number, column, rest = line.split(":", 3)
    text = (HERE / rule / "after.yaml").read_text(encoding="utf-8").splitlines()
    assert text[int(number) - 1][int(column) - 1 :].startswith("maxLength: 32")
    assert rest.startswith(" /components/schemas/NewPet/properties/name/maxLength: ")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_base_reads_old_revisions_from_git(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    spec = repo / "spec"
    spec.mkdir(parents=True)
    base = (HERE / "base.yaml").read_text(encoding="utf-8")
    (spec / "pets.yaml").write_text(base, encoding="utf-8")
    (spec / "gone.yaml").write_text(
        base.replace("diff-pets", "gone-pets").replace("diff_pets", "gone_pets"), encoding="utf-8"
    )
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "base")
    (spec / "pets.yaml").write_text(
        (HERE / "path-removed" / "after.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (spec / "gone.yaml").unlink()
    (spec / "new.yaml").write_text(
        base.replace("diff-pets", "new-pets").replace("diff_pets", "new_pets"), encoding="utf-8"
    )
    pairs_found = base_pairs("HEAD", spec, tmp_path / "scratch")
    names = {(o.path is not None, n.path is not None) for o, n in pairs_found}
    assert names == {(True, True), (True, False), (False, True)}
    out, err = io.StringIO(), io.StringIO()
    code = run(pairs_found, out, "text", err)
    text = out.getvalue()
    assert code == 1
    assert "path-removed" in text and "document-removed" in text and "document-added" in text
    assert "HEAD:spec/gone.yaml" in text


def test_no_op_edits_of_the_project_documents_report_nothing(tmp_path: Path) -> None:
    def reorder(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: reorder(node[k]) for k in reversed(list(node))}
        if isinstance(node, list):
            return [reorder(v) for v in node]
        return node

    def reword(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: reword(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [reword(v) for v in node]
        if key in ("description", "summary") and isinstance(node, str):
            return node + " (reworded)"
        return node

    documents = sorted(p for p in (ROOT / "spec").glob("*.yaml") if not p.name.startswith("."))
    assert len(documents) >= 3
    for path in documents:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        edited = tmp_path / path.name
        edited.write_text(dump(reword(reorder(data))), encoding="utf-8")
        assert _diff(path, edited) == [], path.name


@pytest.mark.parametrize(
    ("old", "new", "verdict"),
    [
        ("str", "str", None),
        ("str | int", "str", "narrowed"),
        ("str", "str | None", "widened"),
        ("Literal['a', 'b']", "Literal['a']", "narrowed"),
        ("Any", "int", "narrowed"),
        ("int", "Any", "widened"),
        ("models.A", "models.B", "changed"),
        ("dict[str, int | str]", "dict[str, int | str]", None),
    ],
)
def test_compare_types(old: str, new: str, verdict: str | None) -> None:
    assert compare_types(old, new) == verdict


def test_readme_lists_every_rule() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| `{rule.id}` | {rule.layer} | {rule.level} | {rule.bump} |" in readme, rule.id


def test_old_revision_in_a_worker_gives_the_same_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.diff.runner as runner

    rule = "py-method-renamed"
    before, after = HERE / rule / "before.yaml", HERE / rule / "after.yaml"
    serial = runner.diff_pair(Revision(before, "old"), Revision(after, "new"))
    monkeypatch.setattr(runner, "PARALLEL_BYTES", 0)
    forked = runner.diff_pair(Revision(before, "old"), Revision(after, "new"))
    assert forked.changes == serial.changes and forked.changes
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: [\n", encoding="utf-8")
    with pytest.raises(runner.GenerationError) as caught:
        runner.diff_pair(Revision(bad, "OLD:bad.yaml"), Revision(after, "new"))
    assert [d.location.file for d in caught.value.diagnostics] == ["OLD:bad.yaml"]


def test_a_removed_node_is_placed_at_its_parent() -> None:
    rule = "parameter-removed"
    _, out, _ = _run(HERE / rule / "before.yaml", HERE / rule / "after.yaml")
    line = next(x for x in out.splitlines() if f": {rule}: " in x)
    _, number, column, rest = line.split(":", 3)
    text = (HERE / rule / "after.yaml").read_text(encoding="utf-8").splitlines()
    assert text[int(number) - 1][int(column) - 1 :] == "parameters:"
    assert rest.startswith(" /paths/~1pets/get/parameters/0: ")


def test_cli_diff_base_and_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.cli import main

    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    (repo / "spec" / "pets.yaml").write_text(
        (HERE / "base.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "base")
    after = (HERE / "server-removed" / "after.yaml").read_text(encoding="utf-8")
    (repo / "spec" / "pets.yaml").write_text(
        after.replace("version: 1.0.0", "version: 2.0.0"), encoding="utf-8"
    )
    monkeypatch.chdir(repo)
    assert main(["diff", "--base", "HEAD"]) == 0
    out = capsys.readouterr()
    assert "spec/pets.yaml:" in out.out and "server-removed" in out.out
    assert "carries the major bump" in out.err
    assert main(["diff", "--base", "no-such-rev"]) == 2
    assert "cannot read revision no-such-rev" in capsys.readouterr().err
    assert main(["diff", "spec/pets.yaml"]) == 2
    assert "give OLD NEW" in capsys.readouterr().err
