"""The rules file beside a document: copied into the package; unusable ones are refused
with a message naming the file, and nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SPEC_DIR, run_generator

SPEC = "huaweicloud-roma-link"


def _generate(tmp_path: Path, rules: str | None) -> tuple[int, str, Path]:
    shutil.copy(SPEC_DIR / f"{SPEC}.yaml", tmp_path / f"{SPEC}.yaml")
    if rules is not None:
        (tmp_path / f"{SPEC}.fake.py").write_text(rules, encoding="utf-8")
    out = tmp_path / "out"
    result = run_generator("generate", "-q", str(tmp_path / f"{SPEC}.yaml"), "-o", str(out))
    return result.returncode, result.stdout + result.stderr, out


def test_without_rules_file_the_generic_fake_is_shipped(tmp_path: Path) -> None:
    code, output, out = _generate(tmp_path, None)
    assert code == 0, output
    package = out / "roma-link-client" / "roma_link_client"
    assert (package / "testing.py").is_file()
    assert not (package / "_fake_rules.py").exists()
    assert "no platform rules" in (package / "testing.py").read_text(encoding="utf-8")


def test_rules_file_is_copied(tmp_path: Path) -> None:
    code, output, out = _generate(tmp_path, (SPEC_DIR / f"{SPEC}.fake.py").read_text())
    assert code == 0, output
    copied = out / "roma-link-client" / "roma_link_client" / "_fake_rules.py"
    assert "ROMA.00110006" in copied.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ('"""Doc."""\nRULES = {\n', "line 2"),
        ('"""Doc."""\nRULES = {}\n', "defines no SEEDABLE"),
        ("RULES = {}\nSEEDABLE = ()\n", "no docstring"),
    ],
)
def test_unusable_rules_file_is_refused(tmp_path: Path, rules: str, message: str) -> None:
    code, output, out = _generate(tmp_path, rules)
    assert code == 2
    assert f"{SPEC}.fake.py" in output
    assert "fake-rules" in output and message in output
    assert "Traceback" not in output
    assert not (out / "roma-link-client").exists()
