"""Shared fixtures: small corpora written by the tests themselves (no data outside the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_helpers import make_records, write_jsonl


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", make_records(300, "a", unique=False))
    write_jsonl(folder / "b.jsonl.gz", make_records(200, "b"), compress="gz")
    write_jsonl(folder / "c.jsonl.zst", make_records(100, "c"), compress="zst")
    return folder
