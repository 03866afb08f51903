"""A run freezes the collector's view of its long-lived objects only while it runs, and never undoes
someone else's freeze."""

from __future__ import annotations

import gc
from pathlib import Path

import orjson
import pytest

import saring
from saring.run import tasks

CONFIG = "name: beku\nsteps:\n  - normalize: {}\n"


def write_corpus(path: Path, count: int) -> None:
    records = [{"id": f"d{i}", "text": f"Berita nomor {i} tentang banjir di Kabupaten Bandung."} for i in range(count)]
    path.write_bytes(b"".join(orjson.dumps(record) + b"\n" for record in records))


def test_the_heap_is_frozen_during_the_task_and_thawed_after(tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "berita.jsonl"
    write_corpus(source, 2 * tasks.PROGRESS_EVERY + 5)
    seen: list[int] = []
    run_batch = tasks.Pipeline.process_batch

    def spy(self, documents, stats):
        seen.append(gc.get_freeze_count())
        return run_batch(self, documents, stats)

    monkeypatch.setattr(tasks.Pipeline, "process_batch", spy)
    stats = saring.load(yaml_text=CONFIG).run([str(source)], str(tmp_path / "out"), workers=1)
    assert stats["kept"] == 2 * tasks.PROGRESS_EVERY + 5
    assert seen[0] == 0 and all(count > 0 for count in seen[1:]) and len(seen) == 3
    assert gc.get_freeze_count() == 0


def test_someone_elses_freeze_is_left_alone() -> None:
    gc.freeze()
    try:
        heap = tasks.FrozenHeap()
        heap.start()
        assert not heap.active  # someone else's freeze: the task takes no part in it
        heap.stop()
        # Still frozen (the count itself may fall as frozen objects die, so it is not compared exactly).
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_task_that_fails_after_freezing_still_thaws_the_heap(tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "berita.jsonl"
    write_corpus(source, tasks.PROGRESS_EVERY + 1)
    frozen_when_failing: list[int] = []
    write_many = tasks.DocumentSink.write_many

    def fails_on_the_second_batch(self, documents) -> None:
        if self.rows:
            frozen_when_failing.append(gc.get_freeze_count())
            raise OSError("disk full")
        write_many(self, documents)

    monkeypatch.setattr(tasks.DocumentSink, "write_many", fails_on_the_second_batch)
    with pytest.raises(OSError, match="disk full"):
        saring.load(yaml_text=CONFIG).run([str(source)], str(tmp_path / "out"), workers=1)
    assert frozen_when_failing[0] > 0 and gc.get_freeze_count() == 0
