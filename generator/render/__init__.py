"""Stage 3: IR -> files, through Jinja templates, formatted by ruff."""

from generator.render.package import render_api
from generator.render.writer import generate_into, render_tree, snapshot

__all__ = ["generate_into", "render_api", "render_tree", "snapshot"]
