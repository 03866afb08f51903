"""The sample corpus generator: determinism, the bundled sample, its variety and its line labels."""

from __future__ import annotations

import gzip
import json
import re
import statistics
from pathlib import Path

import orjson
import pytest

from saring.data import sample_file
from saring.data.generate import (
    DATELINE_STYLES,
    FAMILIES,
    generate_corpus,
    main,
    write_jsonl,
    write_sample,
)

SAMPLE = Path(str(sample_file("news.jsonl.gz"))).parent


def _read(path: Path) -> list[dict]:
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return [orjson.loads(line) for line in raw.splitlines()]


@pytest.fixture(scope="module")
def news() -> list[dict]:
    return _read(SAMPLE / "news.jsonl.gz")


@pytest.fixture(scope="module")
def others() -> list[dict]:
    return _read(SAMPLE / "other.jsonl")


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    return _read(SAMPLE / "news_labels.jsonl")


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    def corpus(seed: int, name: str) -> bytes:
        path = tmp_path / name
        write_jsonl(path, (g.record for g in generate_corpus(300, seed)))
        return path.read_bytes()

    assert corpus(3, "a.jsonl.zst") == corpus(3, "b.jsonl.zst")
    assert corpus(3, "c.jsonl") != corpus(4, "d.jsonl")


def test_bundled_sample_regenerates_identically(tmp_path: Path) -> None:
    write_sample(tmp_path)
    for name in ("other.jsonl", "broken.jsonl", "news_labels.jsonl"):
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name
    # The gzip stream is compared decompressed: zlib builds may differ in bytes, not in content.
    fresh, bundled = (tmp_path / "news.jsonl.gz").read_bytes(), (SAMPLE / "news.jsonl.gz").read_bytes()
    assert gzip.decompress(fresh) == gzip.decompress(bundled)
    assert fresh[4:8] == b"\0\0\0\0", "gzip header must carry no mtime"


def test_cli_writes_corpus_and_labels(tmp_path: Path) -> None:
    out, label_path = tmp_path / "corpus.jsonl.gz", tmp_path / "labels.jsonl"
    assert main(["--docs", "200", "--out", str(out), "--labels", str(label_path), "--seed", "9"]) == 0
    records, label_records = _read(out), _read(label_path)
    assert len(records) == 200
    assert 150 < len(label_records) < 200, "labels cover news documents only"
    assert all(records[lab["index"]]["id"] == lab["id"] for lab in label_records)


def test_generated_lengths_are_news_like() -> None:
    lengths = [len(g.record["text"].encode()) for g in generate_corpus(1500, 1) if g.labels]
    assert 1500 <= statistics.median(lengths) <= 2200
    assert statistics.quantiles(lengths, n=10)[0] > 800


def test_bundled_files_stay_small() -> None:
    assert sum(p.stat().st_size for p in SAMPLE.iterdir()) < 600_000


def test_sample_covers_outlets_styles_and_families(news: list[dict], labels: list[dict]) -> None:
    assert 230 <= len(news) <= 260
    outlets = {r["outlet"] for r in news}
    assert len(outlets) >= 12
    assert {"kompas.com", "detik.com", "antaranews.com", "tribunnews.com", "bernama.com"} <= outlets
    seen = {label for lab in labels for label in lab["lines"]} | {
        s["family"] for lab in labels for s in lab["spans"]
    }
    assert set(FAMILIES) <= seen
    styles = {lab["dateline"]["style"] for lab in labels if lab["dateline"]}
    assert styles == set(DATELINE_STYLES)
    assert any(lab["dateline"] and lab["dateline"]["own_line"] for lab in labels)
    assert any("id" not in r for r in news), "some records exercise deterministic ids"


def test_sample_has_the_scraper_artefacts(news: list[dict]) -> None:
    texts = [r["text"] for r in news]
    single = sum("\n" not in t.strip() for t in texts) / len(texts)
    assert 0.4 < single < 0.75
    assert any("\u00a0" in t for t in texts)
    assert any("\r\n" in t for t in texts)
    assert any("â€œ" in t for t in texts)
    assert any(t[:1] in ("\n", " ", "\t") for t in texts)
    assert any("\r\r\rSCROLL TO CONTINUE WITH CONTENT\r" in t for t in texts)
    assert any(re.search(r"[a-z.]Baca [jJ]uga: ", t) for t in texts), "a Baca juga glued into a sentence"
    for pattern in (
        r"\nBaca Juga [A-Z]",
        r"\nBACA JUGA",
        r"Baca: ",
        r"Lihat juga",
        r"Simak juga",
        r"\[Gambas:Video CNN\]",
        r"\(ANTARA\) - ",
        r"KONTAN\.CO\.ID - [A-Z]+\. ",
        r"Artikel ini telah tayang di",
        r"-- BERNAMA",
        r"\n(?:Artikel Terkait|Berita Terkait|Berita Lainnya|Rekomendasi|Terpopuler)\n",
        r"Halaman: 1 2 3",
        r"\.SUARAMERDEKA\.COM - ",
        r"\([a-z]{3}/[a-z]{3}\)$",
    ):
        assert any(re.search(pattern, t) for t in texts), pattern


def test_labels_align_with_text_lines(news: list[dict], others: list[dict], labels: list[dict]) -> None:
    files = {"news.jsonl.gz": news, "other.jsonl": others}
    assert sum(lab["file"] == "news.jsonl.gz" for lab in labels) == len(news)
    for lab in labels:
        record = files[lab["file"]][lab["index"]]
        assert record.get("id") == lab["id"]
        lines = record["text"].split("\n")
        assert len(lines) == len(lab["lines"])
        for line, label in zip(lines, lab["lines"], strict=True):
            assert (label == "blank") == (not line.strip())
            assert label in FAMILIES
        for span in lab["spans"]:
            assert lab["lines"][span["line"]] == "body"
            piece = lines[span["line"]][span["start"] : span["end"]]
            assert piece.strip() and span["family"] in FAMILIES
        if lab["dateline"]:
            d = lab["dateline"]
            assert lines[d["line"]][d["start"] : d["end"]] == d["text"]


def test_line_labels_name_what_the_line_is(news: list[dict], labels: list[dict]) -> None:
    expect = {
        "related_link": re.compile(r"(?i)^(baca|lihat|pilihan editor)"),
        "ad": re.compile(r"^(ADVERTISEMENT|Advertisement|SCROLL TO CONTINUE|\[Gambas:)"),
        "credit": re.compile(
            r"^(Editor|Penulis|Pewarta|Reporter|Rep:|Redaktur|Copyright|Dilarang|-- BERNAMA|\()"
        ),
        "caption": re.compile(r"^(Foto: |[A-Z0-9.-]+/[A-Z]+ )"),
    }
    checked = 0
    for lab in labels[: len(news)]:
        for line, label in zip(news[lab["index"]]["text"].split("\n"), lab["lines"], strict=True):
            if label in expect:
                checked += 1
                assert expect[label].match(line.strip()), (label, line)
            if label == "body":
                assert not re.match(r"(?i)(baca juga|advertisement|scroll to continue)", line.strip()), line
    assert checked > 100


def test_other_pages_cover_languages_spam_and_duplicates(news: list[dict], others: list[dict]) -> None:
    kinds = {r.get("kind") for r in others}
    assert {
        "javanese",
        "sundanese",
        "minang",
        "balinese",
        "malay",
        "english",
        "judol",
        "clickbait",
        "junk",
        "pii",
    } <= kinds
    by_kind = {k: " ".join(r["text"] for r in others if r.get("kind") == k) for k in kinds}
    assert re.search(r"\b(kowe|ora|wis)\b", by_kind["javanese"])
    assert re.search(r"\b(abdi|teu|jeung|geus)\b", by_kind["sundanese"])
    assert re.search(r"\b(kerajaan|beliau|menerusi)\b", by_kind["malay"], re.IGNORECASE)
    assert "𝐒𝐋𝐎𝐓" in by_kind["judol"] and "ѕlоt" in by_kind["judol"]
    assert "Link Download MP3" in by_kind["clickbait"]
    assert re.search(r"NIK \d{16}\b", by_kind["pii"])
    wire = [r for r in others if "benih padi" in r["text"]]
    assert len({r["outlet"] for r in wire}) >= 3
    news_texts = {r["text"] for r in news}
    assert sum(r["text"] in news_texts for r in others) >= 3, "exact copies of news articles"


def test_broken_file_holds_each_kind_of_bad_record() -> None:
    lines = (SAMPLE / "broken.jsonl").read_bytes().split(b"\n")
    undecodable, unparsable, parsed = 0, 0, []
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            undecodable += 1
            continue
        try:
            parsed.append(json.loads(text))
        except json.JSONDecodeError:
            unparsable += 1
    assert undecodable >= 2, "invalid UTF-8 and binary junk"
    assert unparsable >= 1
    records = [p for p in parsed if isinstance(p, dict)]
    assert any("text" not in r for r in records)
    assert any(isinstance(r.get("text"), int) for r in records)
    assert any(isinstance(p, list) for p in parsed)
