"""Shared fixtures: small corpora written by the tests themselves (no data outside the repo)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from corpus_helpers import make_records, write_jsonl

# No per-example deadline: a loaded 2-core CI machine must not fail a property on timing. In CI the
# examples are derived from the test itself, so a red run can be reproduced exactly.
settings.register_profile("saring", deadline=None)
settings.register_profile("saring-ci", deadline=None, derandomize=True)
settings.load_profile("saring-ci" if os.environ.get("CI") else "saring")


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", make_records(300, "a", unique=False))
    write_jsonl(folder / "b.jsonl.gz", make_records(200, "b"), compress="gz")
    write_jsonl(folder / "c.jsonl.zst", make_records(100, "c"), compress="zst")
    return folder
