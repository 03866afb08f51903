"""The Ray executor: the same outputs as the local one, and a killed worker is retried."""

from __future__ import annotations

import os
import sys
import textwrap

import pytest

from corpus_helpers import make_records, outputs, write_jsonl

ray = pytest.importorskip("ray", reason="the ray extra is not installed")

import saring  # noqa: E402
from saring.run.plan import RunPlan  # noqa: E402
from saring.run.ray import RayExecutor  # noqa: E402

PIPELINE = """
name: ray-test
steps:
  - normalize: {}
  - keep:
      rules:
        - {reason: low_score, field: score, min: 1}
  - exact_dedup: {partitions: 3}
"""

KILLER = '''
import os
import signal

from saring.step import Step, StepOptions


class KillOnceOptions(StepOptions):
    flag: str
    at_id: str


class KillOnce(Step):
    """Kills its own process the first time it meets `at_id` (while the flag file exists)."""

    name = "kill_once"
    Options = KillOnceOptions

    def process(self, document):
        if document.id == self.options.at_id and os.path.exists(self.options.flag):
            os.remove(self.options.flag)
            os.kill(os.getpid(), signal.SIGKILL)
        return document
'''


@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory):
    """One local Ray for the module; workers can import the test's own step module."""
    folder = tmp_path_factory.mktemp("steps")
    (folder / "saring_test_killer.py").write_text(textwrap.dedent(KILLER))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")]))
    sys.path.insert(0, str(folder))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": os.environ["PYTHONPATH"]}})
    yield folder
    ray.shutdown()


def test_ray_and_local_give_identicaloutputs(ray_cluster, tmp_path):
    source = tmp_path / "corpus"
    source.mkdir()
    write_jsonl(source / "a.jsonl", make_records(3000, "a", unique=False))
    write_jsonl(source / "b.jsonl.gz", make_records(500, "b"), compress="gz")
    sieve = saring.load(yaml_text=PIPELINE)
    sieve.run([str(source)], str(tmp_path / "local"), workers=2, shard_bytes=50_000)
    plan = RunPlan([str(source)], str(tmp_path / "ray"), sieve.config,
                   saring.api.ReadOptions(shard_bytes=50_000))
    stats = RayExecutor(workers=2, progress=False).run(plan)
    assert stats["input"] == 3500
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")


def test_a_killed_worker_is_retried_without_losing_or_duplicating(ray_cluster, tmp_path):
    records = make_records(2000, "k")
    source = write_jsonl(tmp_path / "k.jsonl", records)
    flag = tmp_path / "kill-flag"
    flag.write_text("armed")
    config = PIPELINE.replace("  - normalize: {}\n", f"  - normalize: {{}}\n  - saring_test_killer:KillOnce:\n"
                              f"      flag: {flag}\n      at_id: k-01234\n")
    sieve = saring.load(yaml_text=config)
    plan = RunPlan([str(source)], str(tmp_path / "out"), sieve.config, saring.api.ReadOptions(shard_bytes=20_000))
    stats = RayExecutor(workers=2, progress=False).run(plan)
    assert not flag.exists(), "the worker was never killed"
    assert stats["input"] == 2000
    assert stats["kept"] + stats["removed"] == 2000
    kept_ids = [row[0] for row in outputs(tmp_path / "out")["kept"]]
    assert len(kept_ids) == len(set(kept_ids)) == stats["kept"]
    assert "k-01234" in kept_ids
