"""Every kind of bad input becomes an error record with file and position; the rest is read."""

from __future__ import annotations

import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from corpus_helpers import make_records, write_jsonl
from saring.io import ReadError, ReadOptions, plan_shards, reader_for
from saring.io.files import expand_inputs


def read_all(path, **options):
    read_options = ReadOptions(**options)
    files = expand_inputs([str(path)], (".jsonl", ".gz", ".zst", ".parquet", ".txt"))
    out = []
    for shard in plan_shards(files, read_options):
        out.extend(reader_for(shard.path, read_options, shard.format).read(shard))
    return out


def kinds(items):
    return [i.kind for i in items if isinstance(i, ReadError)]


def test_broken_json_invalid_utf8_missing_and_non_string_text(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": "Baris pertama yang baik."}).encode(),
        b'{"id": "broken", "text": "tanpa kurung tutup"',
        b'{"id": "latin1", "text": "caf\xe9 di Bandung"}',
        json.dumps({"id": "no-text", "body": "salah kolom"}).encode(),
        json.dumps({"id": "number", "text": 12345}).encode(),
        b"\x00\x01\x02\x03\x04\x05\x06\x07binary",
        json.dumps({"id": "ok2", "text": "Baris terakhir juga baik."}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = read_all(path)
    assert [i.id for i in items if not isinstance(i, ReadError)] == ["ok1", "ok2"]
    assert kinds(items) == ["bad_json", "invalid_utf8", "missing_text", "bad_text_type", "binary_data"]
    errors = [i for i in items if isinstance(i, ReadError)]
    offsets = [sum(len(x) + 1 for x in lines[:n]) for n in (1, 2, 3, 4, 5)]
    assert [e.position for e in errors] == offsets
    assert all(e.file == str(path) and e.position_kind == "byte" for e in errors)
    assert "caf\\xe9" in errors[1].snippet


def test_empty_file_is_an_error_record(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    assert kinds(read_all(path)) == ["empty_file"]


def test_truncated_gzip_and_zstd_keep_what_came_before(tmp_path):
    records = make_records(2000)
    for suffix, compress in ((".jsonl.gz", gzip.compress), (".jsonl.zst", zstandard.ZstdCompressor().compress)):
        data = compress("".join(json.dumps(r) + "\n" for r in records).encode())
        path = tmp_path / f"cut{suffix}"
        path.write_bytes(data[: len(data) // 2])
        items = read_all(path)
        documents = [i for i in items if not isinstance(i, ReadError)]
        assert kinds(items)[-1] == "truncated_file", suffix
        assert 0 < len(documents) < 2000
        assert [d.id for d in documents] == [r["id"] for r in records[: len(documents)]]


def test_fifty_megabyte_document_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "big.jsonl"
    big = "kata " * (10 * 1024 * 1024)
    path.write_text(json.dumps({"id": "big", "text": big}) + "\n" + json.dumps({"id": "small", "text": "ok"}) + "\n")
    items = read_all(path)
    assert kinds(items) == ["document_too_large"]
    assert items[-1].id == "small"


def test_byte_range_shards_read_every_line_exactly_once(tmp_path):
    records = make_records(5000)
    path = write_jsonl(tmp_path / "many.jsonl", records)
    options = ReadOptions(shard_bytes=10_000)
    shards = plan_shards(expand_inputs([str(path)], (".jsonl",)), options)
    assert len(shards) > 10
    seen = [d.id for s in shards for d in reader_for(s.path, options).read(s)]
    assert seen == [r["id"] for r in records]


def test_other_field_names_and_deterministic_ids(tmp_path):
    path = write_jsonl(tmp_path / "custom.jsonl", [{"content": "teks satu"}, {"content": "teks dua", "url": "u"}])
    first = read_all(path, text_field="content")
    second = read_all(path, text_field="content")
    assert [d.id for d in first] == [d.id for d in second] == ["custom.jsonl:0", "custom.jsonl:25"]
    assert first[1].metadata == {"url": "u"}


def test_parquet_reads_and_wrong_schema_is_one_error(tmp_path):
    good = tmp_path / "good.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": ["satu", None], "lang": ["ind", "ind"]}), good)
    items = read_all(good)
    assert items[0].id == "p1" and items[0].metadata == {"lang": "ind"}
    assert kinds(items) == ["missing_text"]
    wrong = tmp_path / "wrong.parquet"
    pq.write_table(pa.table({"id": ["p1"], "body": [1]}), wrong)
    items = read_all(wrong)
    assert kinds(items) == ["wrong_schema"] and "body" in items[0].message


def test_plain_text_files_are_one_document_each(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text("Satu dokumen.\nDua baris.")
    (folder / "b.txt").write_bytes(b"rusak \xff\xfe di sini")
    items = read_all(folder)
    assert [i.text for i in items if not isinstance(i, ReadError)] == ["Satu dokumen.\nDua baris."]
    assert kinds(items) == ["invalid_utf8"]


def test_a_byte_order_mark_does_not_cost_the_first_record(tmp_path):
    record = json.dumps({"id": "a", "text": "Satu."}).encode()
    plain = tmp_path / "bom.jsonl"
    plain.write_bytes(b"\xef\xbb\xbf" + record + b"\r\n" + record.replace(b'"a"', b'"b"') + b"\r\n")
    packed = tmp_path / "bom.jsonl.gz"
    packed.write_bytes(gzip.compress(b"\xef\xbb\xbf" + record + b"\n"))
    assert [i.id for i in read_all(plain)] == ["a", "b"]
    assert [i.id for i in read_all(packed)] == ["a"]


def test_corrupt_parquet_row_group_is_an_error_and_the_other_groups_are_read(tmp_path):
    path = tmp_path / "corrupt.parquet"
    texts = [f"dokumen nomor {i} " * 40 for i in range(6)]
    pq.write_table(pa.table({"id": [str(i) for i in range(6)], "text": texts}), path, row_group_size=3,
                   compression="snappy")
    metadata = pq.ParquetFile(path).metadata
    column = metadata.row_group(0).column(1)
    data = bytearray(path.read_bytes())
    first = column.dictionary_page_offset if column.has_dictionary_page else column.data_page_offset
    start, end = first + 10, first + column.total_compressed_size - 10
    data[start:end] = bytes(b ^ 0x5A for b in data[start:end])
    path.write_bytes(bytes(data))
    items = read_all(path)
    assert kinds(items) == ["bad_parquet"] and items[0].position == 0
    assert [i.id for i in items if not isinstance(i, ReadError)] == ["3", "4", "5"]


def test_an_unknown_format_is_an_input_error(tmp_path):
    from saring.io.files import InputError

    with pytest.raises(InputError, match="cannot tell the format"):
        reader_for(str(tmp_path / "a.csv"), ReadOptions())
    with pytest.raises(InputError, match="unknown format 'bogus'"):
        reader_for(str(tmp_path / "a.jsonl"), ReadOptions(), "bogus")


def test_shard_size_must_be_positive():
    with pytest.raises(ValueError, match="shard_bytes"):
        ReadOptions(shard_bytes=-5)


def test_a_file_of_blank_lines_is_an_empty_file(tmp_path):
    plain = tmp_path / "blank.jsonl"
    plain.write_bytes(b"\n  \r\n\n")
    packed = tmp_path / "blank.jsonl.gz"
    packed.write_bytes(gzip.compress(b"\n\n"))
    assert kinds(read_all(plain)) == ["empty_file"]
    assert kinds(read_all(packed)) == ["empty_file"]


def test_a_json_array_file_says_that_input_is_json_lines(tmp_path):
    path = tmp_path / "array.jsonl"
    path.write_text(json.dumps([{"id": "a", "text": "Satu."}, {"id": "b", "text": "Dua."}]))
    [error] = read_all(path)
    assert error.kind == "not_an_object" and "one object per line" in error.message
