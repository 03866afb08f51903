"""Batch paths give what the per-document paths gave: the same Parquet rows and row groups, the same
documents from compressed input however it is cut into chunks."""

from __future__ import annotations

import datetime
import functools
import json

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from corpus_helpers import make_records
from saring.document import Document, Removal
from saring.io import ReadError, ReadOptions, Shard, jsonl, output
from saring.io.files import Storage
from saring.io.jsonl import JsonlReader
from saring.io.output import DocumentSink, documents_from_table


def sample_documents(count: int) -> list[Document]:
    documents = []
    for i in range(count):
        document = Document(f"berita-{i}", f"Warga desa ke-{i} membersihkan saluran air.\nHujan reda sore hari.")
        if i % 3 == 0:
            document.metadata = {"url": f"https://contoh.co.id/{i}", "skor": i / 10}
        if i % 4 == 1:
            document.removals = [Removal(3, "Baca juga: Banjir di hulu", "related_link_line", "news")]
            document.origin = [1, 2]
        documents.append(document)
    return documents


@pytest.mark.parametrize("work", [False, True])
def test_write_many_makes_the_file_one_write_per_row_makes(tmp_path, monkeypatch, work):
    monkeypatch.setattr(output, "BATCH_ROWS", 4)
    documents = sample_documents(11)
    one = DocumentSink(Storage(str(tmp_path)), "one.parquet", work=work)
    for document in documents:
        one.write(document)
    many = DocumentSink(Storage(str(tmp_path)), "many.parquet", work=work)
    many.write_many(documents[:3])
    many.write_many([])
    many.write_many(documents[3:10])
    many.write_many(documents[10:])
    assert one.close() and many.close()
    files = [pq.ParquetFile(tmp_path / name) for name in ("one.parquet", "many.parquet")]
    assert [f.metadata.num_rows for f in files] == [11, 11]
    assert [[f.metadata.row_group(g).num_rows for g in range(f.num_row_groups)] for f in files] == [[4, 4, 3]] * 2
    tables = [f.read() for f in files]
    assert tables[0].equals(tables[1])
    back = list(documents_from_table(tables[1]))
    assert [d.to_dict() for d in back] == [d.to_dict() for d in documents]
    if work:
        assert [d.origin for d in back] == [d.origin for d in documents]


def test_an_empty_sink_writes_nothing(tmp_path):
    sink = DocumentSink(Storage(str(tmp_path)), "none.parquet")
    sink.write_many([])
    assert not sink.close() and not (tmp_path / "none.parquet").exists()


@pytest.mark.parametrize("size", [1, 7, 64, 1 << 16])
def test_compressed_lines_cut_by_chunks_arrive_whole_and_numbered(tmp_path, monkeypatch, size):
    monkeypatch.setattr(jsonl, "_decompressed_chunks", functools.partial(jsonl._decompressed_chunks, size=size))
    records = make_records(40)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines[5] = ""  # a blank line keeps its number
    lines[9] = "{bukan json"
    compressor = zstandard.ZstdCompressor()
    # two frames, as `cat a.zst b.zst` makes
    data = compressor.compress(("\n".join(lines[:20]) + "\n").encode()) + compressor.compress(
        ("\n".join(lines[20:])).encode()
    )
    path = tmp_path / "berita.jsonl.zst"
    path.write_bytes(data)
    items = list(JsonlReader(ReadOptions()).read(Shard(str(path), "jsonl")))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [(e.kind, e.position) for e in errors] == [("bad_json", 10)]
    documents = [i for i in items if not isinstance(i, ReadError)]
    expected = [r for i, r in enumerate(records) if i not in (5, 9)]
    assert [(d.id, d.text) for d in documents] == [(r["id"], r["text"]) for r in expected]


def test_a_chunk_decoded_at_once_gives_what_line_by_line_gives(tmp_path, monkeypatch):
    lines = [
        json.dumps({"id": "a", "text": "Gempa mengguncang Cianjur pagi ini."}),
        json.dumps(["bukan", "objek"]),
        json.dumps({"id": "b", "teks": "kolom salah"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"text": "Tanpa id, diberi id dari posisi."}),
        json.dumps({"id": "d", "text": "x" * 300}),
    ]
    path = tmp_path / "campur.jsonl.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(("\n".join(lines) + "\n").encode()))

    def read(options: ReadOptions) -> list:
        items = JsonlReader(options).read(Shard(str(path), "jsonl"))
        return [(i.kind, i.position) if isinstance(i, ReadError) else (i.id, i.text) for i in items]

    at_once = read(ReadOptions(max_document_bytes=400))
    # an oversized line sends the chunk through the one-line-at-a-time path
    one_by_one = read(ReadOptions(max_document_bytes=300))
    assert at_once[:5] == one_by_one[:5] == [
        ("a", "Gempa mengguncang Cianjur pagi ini."),
        ("not_an_object", 2),
        ("missing_text", 3),
        ("bad_text_type", 4),
        ("campur.jsonl.zst:5", "Tanpa id, diberi id dari posisi."),
    ]
    assert at_once[5] == ("d", "x" * 300) and one_by_one[5] == ("document_too_large", 6)


def test_the_removals_column_is_what_arrow_makes_of_the_removal_dicts():
    rows = [[], [Removal(2, "Baca juga: Longsor di Garut", "related_link_line", "news"),
                 Removal(4, "(ANTARA) -", "dateline", "news", span=True)], [],
            [Removal(1, "Iklan", "ad_marker", "news")]]
    columns = output.RemovalColumns()
    columns.extend([Document("a", "x", removals=rows[0]), Document("b", "y", removals=rows[1])])
    columns.extend([Document("c", "z", removals=rows[2]), Document("d", "w", removals=rows[3])])
    built = columns.array()
    from_dicts = pa.array([[r.as_dict() for r in row] for row in rows], output.REMOVALS_TYPE)
    assert built.equals(from_dicts) and built.type == output.DOCUMENT_SCHEMA.field("removals").type
    assert built.to_pylist()[1][1] == {"line": 4, "text": "(ANTARA) -", "reason": "dateline", "step": "news",
                                       "span": True}


@pytest.mark.parametrize("metadata", [
    {"url": "https://contoh.co.id/a", "skor": 0.25, "penulis": ["Rina"], "kosong": None},
    {1: "kunci angka", "tanggal": datetime.date(2024, 5, 17), "tag": {"banjir"}},
])
def test_metadata_json_is_what_the_lenient_encoder_writes(metadata):
    lenient = orjson.dumps(metadata, option=orjson.OPT_NON_STR_KEYS, default=str).decode()
    assert output._dumps(metadata) == lenient
