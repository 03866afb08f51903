"""A step raising on a document costs that document (an error record), never the run."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

import saring
from saring.api import StepFailedError

CONFIG = "name: fragile\nsteps:\n  - normalize: {}\n  - failing_steps:Explodes: {}\n  - exact_dedup: {}\n"


@pytest.mark.parametrize("workers", [1, 2])
def test_the_failed_document_becomes_an_error_record_and_the_run_balances(tmp_path: Path, workers: int) -> None:
    source = tmp_path / "berita.jsonl"
    records = [{"id": f"d{i}", "text": f"Berita nomor {i} tentang harga cabai di pasar."} for i in range(6)]
    records[3]["text"] = "Gudang petasan meledak di Tangerang, tiga orang luka."
    source.write_bytes(b"".join(orjson.dumps(record) + b"\n" for record in records))
    stats = saring.load(yaml_text=CONFIG).run([str(source)], str(tmp_path / "out"), workers=workers)
    assert (stats["input"], stats["kept"], stats["errors"]) == (6, 5, 1)
    assert stats["errors_by_kind"] == {"step_failed": 1}
    [error] = [orjson.loads(line) for f in (tmp_path / "out" / "errors").glob("*.jsonl") for line in f.open("rb")]
    assert error["kind"] == "step_failed" and error["file"].endswith("berita.jsonl")
    assert (error["position"], error["position_kind"]) == (4, "document")
    assert "'explodes' raised ValueError: cannot handle this text on document 'd3'" in error["message"]
    assert error["snippet"].startswith("Gudang petasan meledak")


def test_filter_raises_what_the_step_raised() -> None:
    sieve = saring.load(yaml_text="name: fragile\nsteps:\n  - failing_steps:Explodes: {}\n")
    with pytest.raises(StepFailedError, match="on record 'x'") as caught:
        list(sieve.filter([{"id": "x", "text": "Gudang petasan meledak."}]))
    assert isinstance(caught.value.__cause__, ValueError)
