"""The generation cache never changes output, is not trusted when broken, and is used.

Output with the cache (cold, warm, after a one-field edit, over corrupt entries) is
compared byte for byte with ``--no-cache`` output of the same document.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator import cache as cache_mod
from generator.loader import validation
from generator.pipeline import build_all, packages
from generator.render import snapshot
from tests.conftest import ROOT, run_generator

SPEC = ROOT / "tests/golden/specs/composition.yaml"


def _generate(ws: Path, *args: str, doc: str = "api.yaml") -> dict[str, bytes]:
    out = ws / "out"
    shutil.rmtree(out, ignore_errors=True)
    result = run_generator("generate", "-q", doc, "-o", "out", *args, cwd=ws)
    assert result.returncode == 0, result.stderr
    return snapshot(out)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    shutil.copy(SPEC, tmp_path / "api.yaml")
    return tmp_path


def _entries(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file() and not p.name.startswith("."))


def test_output_identical_with_and_without_cache_also_after_one_field_edit(ws: Path) -> None:
    store = ws / "cache"
    plain = _generate(ws, "--no-cache")
    assert not store.exists()
    cold = _generate(ws, "--cache-dir", str(store))
    assert _entries(store), "a cold run fills the cache"
    warm = _generate(ws, "--cache-dir", str(store))
    assert plain == cold == warm
    assert len(plain) > 20

    doc = ws / "api.yaml"
    text = doc.read_text(encoding="utf-8")
    edited = text.replace(
        "name: {type: string, maxLength: 10}", "name: {type: string, maxLength: 12}"
    )
    assert edited != text
    doc.write_text(edited, encoding="utf-8")
    fresh = _generate(ws, "--no-cache")
    again = _generate(ws, "--cache-dir", str(store))
    assert fresh == again
    assert fresh != plain  # the edit reached the output (so the cache did not hide it)
    models = [name for name in fresh if "/models/" in name]
    assert any(b"max_length=12" in fresh[name] for name in models)


def test_stages_are_reused_after_an_edit_outside_the_schemas(
    ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ws)
    store = cache_mod.Cache(ws / "cache")
    first, _ = packages([Path("api.yaml")], cache=store)
    doc = ws / "api.yaml"
    doc.write_text(
        doc.read_text(encoding="utf-8").replace("summary: Create a node", "summary: Make a node"),
        encoding="utf-8",
    )
    store = cache_mod.Cache(ws / "cache")
    edited, _ = packages([Path("api.yaml")], cache=store)
    plain, _ = packages([Path("api.yaml")], cache=None)
    assert edited[0].files == plain[0].files
    assert edited[0].files != first[0].files
    # the package entry missed; the models and most formatted modules came from the cache
    models = [name for name in plain[0].files if "/models/" in name]
    assert models
    assert all(first[0].files[name] == edited[0].files[name] for name in models)
    assert store.hits >= len([n for n in plain[0].files if n.endswith(".py")]) // 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # truncated
        lambda blob: b"\x00garbage\xff" * 10,  # garbage
        lambda blob: blob.replace(b"cache 1\n", b"cache 0\n", 1),  # another format version
        lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]),  # one bit of the payload flipped
        lambda blob: b"",  # empty
    ],
    ids=["truncated", "garbage", "wrong-version", "bit-flip", "empty"],
)
def test_corrupt_entries_are_ignored_and_rewritten(ws: Path, damage: object) -> None:
    store = ws / "cache"
    plain = _generate(ws, "--no-cache")
    _generate(ws, "--cache-dir", str(store))
    entries = _entries(store)
    good = {p: p.read_bytes() for p in entries}
    for path in entries:
        path.write_bytes(damage(good[path]))  # type: ignore[operator]
    assert _generate(ws, "--cache-dir", str(store)) == plain
    for path in entries:
        assert path.read_bytes() == good[path], f"{path.name} was not rewritten"


def test_a_well_formed_entry_of_the_wrong_shape_is_not_trusted(ws: Path) -> None:
    store = ws / "cache"
    plain = _generate(ws, "--no-cache")
    _generate(ws, "--cache-dir", str(store))
    cache = cache_mod.Cache(store)
    structured = [p for p in _entries(store) if cache.get_json(p.name) is not None]
    assert len(structured) == 2  # the package entry and the validator's findings
    for path in structured:  # valid checksums over payloads of the wrong shape
        cache.put(path.name, b'{"dist_name": 1, "files": {"x": "not base64!"}}')
    assert _generate(ws, "--cache-dir", str(store)) == plain


def test_a_changed_file_ref_target_is_seen(ws: Path) -> None:
    (ws / "api.yaml").write_text(
        SPEC.read_text(encoding="utf-8").replace(
            "name: {type: string, maxLength: 10}", "name: {$ref: 'parts.yaml#/Name'}"
        ),
        encoding="utf-8",
    )
    (ws / "parts.yaml").write_text("Name: {type: string, maxLength: 10}\n", encoding="utf-8")
    store = ws / "cache"
    before = _generate(ws, "--cache-dir", str(store))
    assert before == _generate(ws, "--no-cache")
    (ws / "parts.yaml").write_text("Name: {type: string, maxLength: 7}\n", encoding="utf-8")
    after = _generate(ws, "--cache-dir", str(store))
    assert after == _generate(ws, "--no-cache")
    assert after != before


def test_an_unusable_cache_directory_is_not_an_error(ws: Path) -> None:
    (ws / "cache").write_text("a file, not a directory", encoding="utf-8")
    assert _generate(ws, "--cache-dir", str(ws / "cache")) == _generate(ws, "--no-cache")


def test_check_uses_the_cache_and_still_finds_stale_output(ws: Path) -> None:
    store = ws / "cache"
    _generate(ws, "--cache-dir", str(store))
    args = ["check", "api.yaml", "-o", "out", "--cache-dir", str(store)]
    assert run_generator(*args, cwd=ws).returncode == 0
    module = next((ws / "out").rglob("models/__init__.py"))
    module.write_text(module.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    stale = run_generator(*args, cwd=ws)
    assert stale.returncode == 1 and "__init__.py" in stale.stdout


def test_writes_are_atomic_no_temporary_files_left(ws: Path) -> None:
    store = ws / "cache"
    _generate(ws, "--cache-dir", str(store))
    leftovers = [p for p in store.rglob(".tmp-*")]
    assert leftovers == []
    for path in _entries(store):
        assert cache_mod.Cache(store).get(path.name) is not None


def test_one_validation_worker_serves_every_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    specs = sorted((ROOT / "tests/golden/specs").glob("*.yaml"))[:3]
    started: list[list[str]] = []
    real = subprocess.Popen

    def counting(cmd: list[str], *args: object, **kwargs: object) -> subprocess.Popen[str]:
        started.append(list(cmd))
        return real(cmd, *args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(validation.subprocess, "Popen", counting)
    bad = tmp_path / "bad.yaml"  # a validator finding: proves each document's answer is its own
    bad.write_text(
        SPEC.read_text(encoding="utf-8")
        .replace("version: '2'", "version: 2")
        .replace("title: Composition", "title: Broken"),
        encoding="utf-8",
    )
    apis, warnings = build_all([*specs, bad])
    assert len(apis) == 4
    workers = [cmd for cmd in started if "generator.loader.validation" in cmd]
    assert len(workers) == 1, started
    flagged = {w.location.file for w in warnings if w.rule == "openapi-schema"}
    assert any(name.endswith("bad.yaml") for name in flagged)
    assert not any(name.endswith(spec.name) for spec in specs for name in flagged)
    assert validation._worker is None  # ended with the run
