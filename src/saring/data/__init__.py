"""Bundled data: the sample corpus (``sample/``) and the generator that writes it."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

__all__ = ["sample_file"]


def sample_file(name: str) -> Traversable:
    """A file of the bundled sample corpus, e.g. ``sample_file("news.jsonl.gz")``."""
    return files("saring.data").joinpath("sample", name)
