"""The local executor: exact accounting, same output for any worker count, resume after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

import saring
from corpus_helpers import make_records, outputs, write_jsonl

PIPELINE = """
name: test
steps:
  - normalize: {}
  - keep:
      rules:
        - {reason: low_score, field: score, min: 1}
  - exact_dedup: {partitions: 4}
"""


def test_accounting_balances_and_duplicates_are_removed(corpus_dir, tmp_path):
    stats = saring.load(yaml_text=PIPELINE).run([str(corpus_dir)], str(tmp_path / "out"))
    assert stats["input"] == 600
    assert stats["kept"] + stats["removed"] + stats["errors"] == 600
    # a tenth have score 0; of the rest, records repeating an earlier text in a.jsonl are duplicates
    low = 30 + 20 + 10
    assert stats["removed_by_step"]["keep"] == {"low_score": low}
    duplicates = stats["removed_by_step"]["exact_dedup"]["exact_duplicate"]
    survivors = [r for r in make_records(300, "a", unique=False) if r["score"] >= 1]
    assert duplicates == len(survivors) - len({r["text"] for r in survivors})
    result = outputs(tmp_path / "out")
    assert len(result["kept"]) == stats["kept"] == 600 - low - duplicates
    assert len({text for _, text in result["kept"]}) == len(result["kept"])


def test_two_workers_and_small_shards_give_the_same_output(corpus_dir, tmp_path):
    sieve = saring.load(yaml_text=PIPELINE)
    sieve.run([str(corpus_dir)], str(tmp_path / "one"), workers=1)
    sieve.run([str(corpus_dir)], str(tmp_path / "two"), workers=2, shard_bytes=4096)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def test_rerun_skips_finished_work_and_refuses_another_config(corpus_dir, tmp_path):
    out = tmp_path / "out"
    sieve = saring.load(yaml_text=PIPELINE)
    first = sieve.run([str(corpus_dir)], str(out))
    markers = sorted((out / "_saring" / "markers").iterdir())
    stamps = [m.stat().st_mtime_ns for m in markers]
    second = sieve.run([str(corpus_dir)], str(out))
    assert [m.stat().st_mtime_ns for m in sorted((out / "_saring" / "markers").iterdir())] == stamps
    assert first["kept"] == second["kept"]
    other = saring.load(yaml_text="steps:\n  - normalize: {}\n")
    with pytest.raises(saring.run.RunMismatchError):
        other.run([str(corpus_dir)], str(out))


@pytest.mark.slow
def test_kill_minus_nine_then_resume_equals_an_uninterrupted_run(tmp_path):
    source = tmp_path / "big.jsonl"
    write_jsonl(source, make_records(60_000, unique=False))
    config = tmp_path / "pipeline.yaml"
    config.write_text(PIPELINE)
    command = [sys.executable, "-m", "saring.cli", "run", str(source), "--config", str(config),
               "--workers", "2", "--shard-size", "40KB", "--no-report", "--no-progress"]

    subprocess.run([*command, "-o", str(tmp_path / "clean")], check=True, capture_output=True)

    killed_out = tmp_path / "killed"
    process = subprocess.Popen([*command, "-o", str(killed_out)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    markers = killed_out / "_saring" / "markers"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if markers.is_dir() and len(os.listdir(markers)) >= 5:
            break
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert not (killed_out / "stats.json").exists(), "the run finished before it could be killed"
    finished_before = len(os.listdir(markers))

    resumed = subprocess.run([*command, "-o", str(killed_out)], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert finished_before >= 5
    assert outputs(killed_out) == outputs(tmp_path / "clean")


def test_an_output_inside_the_input_folder_is_not_read_back_on_resume(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", make_records(20, "a"))
    sieve = saring.load(yaml_text=PIPELINE)
    first = sieve.run([str(folder)], str(folder / "out"))
    again = sieve.run([str(folder)], str(folder / "out"))
    assert again["input"] == first["input"] == 20
    assert again["kept"] == first["kept"]


def test_an_input_changed_since_the_run_started_is_refused_and_overwrite_starts_again(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", make_records(50))
    out = tmp_path / "out"
    sieve = saring.load(yaml_text=PIPELINE)
    sieve.run([str(source)], str(out))
    write_jsonl(source, make_records(50, prefix="edited"))  # the same file, edited in place
    with pytest.raises(saring.run.RunMismatchError, match="changed"):
        sieve.run([str(source)], str(out))
    stats = sieve.run([str(source)], str(out), overwrite=True)
    kept_ids = [row[0] for row in outputs(out)["kept"]]
    assert stats["input"] == 50 and all(i.startswith("edited-") for i in kept_ids)
