"""Corpus steps through the real executor: the kept copy does not depend on workers or shards,
and a run killed in the middle of the dedup rounds resumes to the same result."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import saring
from corpus_helpers import outputs
from saring.data.generate import generate_corpus, write_jsonl

PIPELINE = """
name: dedup-stages
steps:
  - normalize: {}
  - news: {}
  - exact_dedup: {partitions: 3}
  - minhash_dedup: {partitions: 3}
  - line_dedup: {partitions: 3, max_documents: 3}
"""

KILLER = '''
import os
import signal

from saring.dedup.minhash import MinhashDedup


class MinhashKilledOnce(MinhashDedup):
    """MinHash dedup whose process dies in decide round 3 while the flag file exists."""

    name = "minhash_killed_once"

    def decide(self, keys, round=0):
        flag = os.environ["SARING_TEST_KILL_FLAG"]
        if round == 3 and os.path.exists(flag):
            os.remove(flag)
            os.kill(os.getpid(), signal.SIGKILL)
        return super().decide(keys, round)
'''


def _corpus(path: Path, documents: int = 400) -> Path:
    write_jsonl(path, (generated.record for generated in generate_corpus(documents, seed=7)))
    return path


def test_kept_copies_do_not_depend_on_workers_or_shards(tmp_path):
    source = _corpus(tmp_path / "corpus.jsonl")
    sieve = saring.load(yaml_text=PIPELINE)
    one = sieve.run([str(source)], str(tmp_path / "one"), workers=1)
    two = sieve.run([str(source)], str(tmp_path / "two"), workers=2, shard_bytes=60_000)
    assert one["removed_by_step"].get("minhash_dedup", {}).get("minhash_duplicate", 0) > 0
    assert one["removed_by_step"].get("exact_dedup", {}).get("exact_duplicate", 0) > 0
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert two["shards"] > one["shards"]


def test_a_run_killed_between_dedup_rounds_resumes_to_the_same_result(tmp_path):
    source = _corpus(tmp_path / "corpus.jsonl")
    (tmp_path / "saring_test_minhash_killer.py").write_text(textwrap.dedent(KILLER))
    config = tmp_path / "pipeline.yaml"
    config.write_text(PIPELINE.replace("minhash_dedup:", "saring_test_minhash_killer:MinhashKilledOnce:"))
    flag = tmp_path / "flag"
    env = {**os.environ, "SARING_TEST_KILL_FLAG": str(flag),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "saring.cli", "run", str(source), "--config", str(config), "--workers", "2",
               "--shard-size", "60KB", "--no-report", "--no-progress"]

    subprocess.run([*command, "-o", str(tmp_path / "clean")], env=env, check=True, capture_output=True)
    flag.write_text("armed")
    killed = subprocess.run([*command, "-o", str(tmp_path / "killed")], env=env, capture_output=True, text=True)
    assert killed.returncode != 0 and not flag.exists(), "the run was not killed in the dedup rounds"
    markers = os.listdir(tmp_path / "killed" / "_saring" / "markers")
    assert any("-index-" in name for name in markers) and not (tmp_path / "killed" / "stats.json").exists()

    resumed = subprocess.run([*command, "-o", str(tmp_path / "killed")], env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert outputs(tmp_path / "killed") == outputs(tmp_path / "clean")
