"""``python -m generator.lint SPEC...``: the lint on its own."""

from __future__ import annotations

import pathlib
import sys

from generator.lint import lint_paths


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m generator.lint SPEC...", file=sys.stderr)
        return 2
    return lint_paths([pathlib.Path(arg) for arg in args], sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
