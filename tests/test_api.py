"""The Python API that the CLI is built on."""

from __future__ import annotations

import pytest

import saring
from corpus_helpers import ARTICLE, make_records, write_jsonl

CONFIG = """
steps:
  - normalize: {}
  - keep:
      rules:
        - {reason: low_score, field: score, min: 1}
"""


def test_clean_returns_text_metadata_removals_and_decision():
    result = saring.load(yaml_text=CONFIG).clean("  Satu\u00a0dua \n\n\ntiga", metadata={"score": 0})
    assert result.text == "Satu dua\n\ntiga"
    assert result.decision == "low_score"
    assert result.to_dict()["removed"] == []


def test_dataset_map_style_batch_adds_columns_without_dropping():
    sieve = saring.load(yaml_text="steps:\n  - normalize: {}\n")
    batch = {"id": ["a", "b"], "text": ["satu  dua", " \u200b "], "url": ["u1", "u2"]}
    out = sieve(batch)
    assert out["text"] == ["satu dua", ""]
    assert out["decision"] == ["keep", "empty_text"]
    assert out["url"] == ["u1", "u2"]


def test_filter_yields_only_kept_records():
    records = make_records(20)
    kept = list(saring.load(yaml_text=CONFIG).filter(records))
    assert [r["id"] for r in kept] == [r["id"] for r in records if r["score"] >= 1]
    assert kept[0]["metadata"]["score"] == 1


def test_run_over_paths_returns_the_stats(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": ARTICLE, "score": 5}])
    stats = saring.load(yaml_text=CONFIG).run(str(source), str(tmp_path / "out"))
    assert (stats["input"], stats["kept"]) == (1, 1)
    assert (tmp_path / "out" / "stats.json").exists()


def test_default_preset_is_news_id():
    assert saring.load().config.name == "news-id"


def test_filter_gives_a_record_with_a_null_id_its_position():
    sieve = saring.load(yaml_text="steps:\n  - normalize: {}\n")
    kept = list(sieve.filter([{"id": "a", "text": "satu"}, {"id": None, "text": "dua"}]))
    assert [record["id"] for record in kept] == ["a", "1"]


def test_a_hugging_face_dataset_maps_and_filters_on_the_decision(monkeypatch):
    datasets = pytest.importorskip("datasets", reason="the datasets package is not installed")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    records = make_records(6)
    dataset = datasets.Dataset.from_list([{**r, "text": ARTICLE + r["text"]} for r in records])
    mapped = dataset.map(saring.load(yaml_text=CONFIG), batched=True, batch_size=4)
    assert mapped["decision"] == ["low_score" if r["score"] < 1 else "keep" for r in records]
    kept = mapped.filter(lambda row: row["decision"] == "keep")
    assert kept.num_rows == 5 and not kept[0]["text"].startswith(" ")
