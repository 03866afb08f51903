"""Object storage through fsspec against a real S3-compatible server (moto) on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

import pytest

from corpus_helpers import make_records, write_jsonl

pytest.importorskip("s3fs", reason="the s3 extra is not installed")
moto_server = pytest.importorskip("moto.server", reason="moto[server] is not installed")

import s3fs  # noqa: E402

import saring  # noqa: E402

PIPELINE = "name: s3-test\nsteps:\n  - normalize: {}\n  - exact_dedup: {partitions: 2}\n"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """A moto S3 server on 127.0.0.1 and a bucket with a small corpus in it."""
    for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                       "AWS_DEFAULT_REGION": "us-east-1"}.items():
        os.environ[key] = value
    port = _free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    fs = s3fs.S3FileSystem(client_kwargs={"endpoint_url": endpoint}, skip_instance_cache=True)
    fs.mkdir("corpus")
    local = tmp_path_factory.mktemp("s3-source")
    write_jsonl(local / "a.jsonl", make_records(1200, "a", unique=False))
    write_jsonl(local / "b.jsonl.zst", make_records(300, "b"), compress="zst")
    fs.put(str(local / "a.jsonl"), "corpus/in/a.jsonl")
    fs.put(str(local / "b.jsonl.zst"), "corpus/in/b.jsonl.zst")
    yield endpoint, fs, local
    server.stop()


def test_read_and_write_through_s3_equals_a_local_run(s3, tmp_path):
    endpoint, fs, local = s3
    options = {"client_kwargs": {"endpoint_url": endpoint}}
    sieve = saring.load(yaml_text=PIPELINE)
    stats = sieve.run(["s3://corpus/in/"], "s3://corpus/out-1", storage_options=options, shard_bytes=20_000)
    assert stats["input"] == 1500
    assert fs.exists("corpus/out-1/stats.json")
    parts = fs.ls("corpus/out-1/documents")
    assert parts and all(p.endswith(".parquet") for p in parts)
    fs.get("corpus/out-1/", str(tmp_path / "downloaded"), recursive=True)
    sieve.run([str(local)], str(tmp_path / "local"), shard_bytes=20_000)
    from corpus_helpers import outputs

    assert outputs(tmp_path / "downloaded") == outputs(tmp_path / "local")


KILLER = '''
import os
import signal

from saring.step import Step, StepOptions


class KillOptions(StepOptions):
    flag: str
    at_id: str


class KillRun(Step):
    name = "kill_run"
    Options = KillOptions

    def process(self, document):
        if document.id == self.options.at_id and os.path.exists(self.options.flag):
            os.remove(self.options.flag)
            os.kill(os.getpid(), signal.SIGKILL)
        return document
'''


def test_an_interrupted_run_resumes_from_markers_in_the_bucket(s3, tmp_path):
    endpoint, fs, _ = s3
    (tmp_path / "saring_test_kill_run.py").write_text(textwrap.dedent(KILLER))
    flag = tmp_path / "flag"
    flag.write_text("armed")
    config = tmp_path / "pipeline.yaml"
    config.write_text(PIPELINE.replace("  - normalize: {}\n", "  - normalize: {}\n  - saring_test_kill_run:KillRun:\n"
                                       f"      flag: {flag}\n      at_id: a-01000\n"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "saring.cli", "run", "s3://corpus/in/", "-o", "s3://corpus/out-2",
               "--config", str(config), "--workers", "1", "--shard-size", "20KB", "--no-report",
               "--storage-option", f"endpoint_url={endpoint}"]
    first = subprocess.run(command, env=env, capture_output=True, text=True)
    assert first.returncode == -9, first.stderr
    markers_before = fs.ls("corpus/out-2/_saring/markers")
    assert markers_before and not fs.exists("corpus/out-2/stats.json")

    second = subprocess.run(command, env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    fs.invalidate_cache()
    fs.get("corpus/out-2/", str(tmp_path / "resumed"), recursive=True)
    from corpus_helpers import outputs

    resumed = outputs(tmp_path / "resumed")
    assert resumed["stats"]["input"] == 1500
    assert len(resumed["kept"]) == resumed["stats"]["kept"]
    kept_ids = [row[0] for row in resumed["kept"]]
    assert len(kept_ids) == len(set(kept_ids))
    # the same corpus and config locally, uninterrupted, gives the same documents
    sys.path.insert(0, str(tmp_path))
    reference = saring.load(config=config)
    flag.unlink(missing_ok=True)
    local = tmp_path / "local-source"
    fs.get("corpus/in/", str(local), recursive=True)
    reference.run([str(local)], str(tmp_path / "reference-local"), shard_bytes=20_000)
    expected = outputs(tmp_path / "reference-local")
    assert resumed["kept"] == expected["kept"] and resumed["removed"] == expected["removed"]
