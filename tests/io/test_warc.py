from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest

from fixtures.html.webpages import Response, broken_page, cp1252_page, page, write_warc
from saring.document import Document
from saring.io import ReadError, ReadOptions, plan_shards, reader_for
from saring.io.files import expand_inputs
from saring.io.warc import WarcReader


def read_all(path: Path) -> list[Document | ReadError]:
    reader = reader_for(str(path), ReadOptions())
    assert isinstance(reader, WarcReader)
    return [item for shard in reader.shards(str(path), path.stat().st_size) for item in reader.read(shard)]


def mixed_responses() -> list[Response]:
    return [
        Response("https://www.wartakotaraya.co.id/read/beras", page("beras-cipinang").encode()),
        Response("https://news.kabarsatu.com/read/hilang", b"<html><body>Halaman tidak ditemukan</body></html>",
                 status="404 Not Found"),
        Response("https://news.kabarsatu.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
        Response("https://news.kabarsatu.com/lama", b"", status="301 Moved Permanently", content_type=None,
                 headers=[("Location", "https://news.kabarsatu.com/baru")]),
        Response("https://kafe.example.id/", cp1252_page(), content_type="text/html"),
        Response("https://rusak.example.id/", broken_page()),
        Response("https://tanpa-header.example.id/", page("kopi-gayo").encode(), content_type=None),
    ]


@pytest.mark.parametrize("compress", [True, False])
def test_every_response_is_a_document_or_an_error(tmp_path: Path, compress: bool) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), mixed_responses(), compress)
    items = read_all(path)
    # 7 responses; warcinfo, requests and the metadata record are not documents.
    assert len(items) == 7
    documents = {d.metadata["url"]: d for d in items if isinstance(d, Document)}
    errors = [e for e in items if isinstance(e, ReadError)]

    article = documents["https://www.wartakotaraya.co.id/read/beras"]
    assert article.id.startswith("urn:uuid:")
    assert article.text.startswith("<!DOCTYPE html>")
    assert article.metadata["http_status"] == 200
    assert article.metadata["content_type"] == "text/html"
    assert article.metadata["charset"] == "utf-8"
    assert article.metadata["html"] is True
    assert article.metadata["fetch_date"].endswith("Z")

    missing = documents["https://news.kabarsatu.com/read/hilang"]
    assert (missing.metadata["http_status"], missing.text) == (404, "")
    image = documents["https://news.kabarsatu.com/logo.png"]
    assert (image.metadata["html"], image.metadata["content_type"], image.text) == (False, "image/png", "")
    assert documents["https://news.kabarsatu.com/lama"].metadata["http_status"] == 301

    # Charset from <meta> when the HTTP header has none: curly quotes and accents survive.
    kafe = documents["https://kafe.example.id/"]
    assert kafe.metadata["charset"] == "cp1252"
    assert "\u201cKami buka sejak 1998,\u201d" in kafe.text and "cr\u00e8me br\u00fbl\u00e9e" in kafe.text

    # No Content-Type at all: the payload is sniffed as HTML and decoded as UTF-8.
    sniffed = documents["https://tanpa-header.example.id/"]
    assert sniffed.metadata["html"] is True and sniffed.metadata["content_type"] is None
    assert "Takengon" in sniffed.text or "TAKENGON" in sniffed.text

    assert [e.kind for e in errors] == ["bad_encoding"]
    assert "rusak.example.id" in errors[0].message and "utf-8" in errors[0].message
    assert errors[0].position_kind == "byte" and errors[0].position > 0


def chunked(body: bytes, size: int = 1000) -> bytes:
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def test_http_encodings_kept_by_the_crawler_are_undone(tmp_path: Path) -> None:
    body = page("kopi-gayo").encode()
    responses = [
        Response("https://a.example/chunked", chunked(body), headers=[("Transfer-Encoding", "chunked")]),
        Response("https://a.example/gzip", gzip.compress(body), headers=[("Content-Encoding", "gzip")]),
        Response("https://a.example/both", chunked(gzip.compress(body)),
                 headers=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]),
        Response("https://a.example/deflate", zlib.compress(body), headers=[("Content-Encoding", "deflate")]),
        Response("https://a.example/liar", body, headers=[("Content-Encoding", "gzip")]),
    ]
    items = read_all(write_warc(tmp_path / "encoded.warc.gz", responses))
    texts = {i.metadata["url"]: i.text for i in items if isinstance(i, Document)}
    assert texts == {url: body.decode() for url in ("https://a.example/chunked", "https://a.example/gzip",
                                                    "https://a.example/both", "https://a.example/deflate")}
    errors = [e for e in items if isinstance(e, ReadError)]
    assert [e.kind for e in errors] == ["bad_content_encoding"]
    assert errors[0].message.startswith("https://a.example/liar: cannot undo the HTTP encoding")


def _member_offsets(data: bytes) -> list[int]:
    """Where each gzip member (one WARC record) starts."""
    import zlib

    offsets, position = [], 0
    while position < len(data):
        offsets.append(position)
        member = zlib.decompressobj(wbits=31)
        member.decompress(data[position:])
        position = len(data) - len(member.unused_data)
    return offsets


# Records: warcinfo, then request/response x4, then metadata: members 0..9.
@pytest.mark.parametrize(("where", "kinds", "pages"), [
    ("inside the last response", ["truncated_record"], 3),
    ("in the last response's gzip header", ["truncated_file"], 3),
    ("inside the final metadata record", ["truncated_file"], 4),
])
def test_truncated_gzip_warc_reads_what_is_whole_and_reports_the_offset(
        tmp_path: Path, where: str, kinds: list[str], pages: int) -> None:
    responses = [Response(f"https://berita.example.id/{i}", page("dbd-bandung").encode()) for i in range(4)]
    whole = write_warc(tmp_path / "whole.warc.gz", responses).read_bytes()
    members = _member_offsets(whole)
    assert len(members) == 10
    cut_at = {"inside the last response": members[8] + 400, "in the last response's gzip header": members[8] + 5,
              "inside the final metadata record": len(whole) - 10}[where]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:cut_at])
    items = read_all(cut)
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [e.kind for e in errors] == kinds
    broken_member = members[9] if pages == 4 else members[8]
    assert errors[0].position == broken_member
    documents = [i for i in items if isinstance(i, Document)]
    assert len(documents) == pages
    assert all(d.metadata["http_status"] == 200 and d.text for d in documents)


def test_truncated_record_in_a_plain_warc(tmp_path: Path) -> None:
    responses = [Response(f"https://berita.example.id/{i}", page("dbd-bandung").encode()) for i in range(2)]
    whole = write_warc(tmp_path / "whole.warc", responses, compress=False).read_bytes()
    end = whole.rindex(b"WARC/1.0\r\nWARC-Type: metadata")
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: end - 3000])
    kinds = [i.kind if isinstance(i, ReadError) else "document" for i in read_all(cut)]
    assert kinds == ["document", "truncated_record"]


@pytest.mark.parametrize(("data", "kind"), [
    (gzip.compress(b"this is not a WARC file at all\n" * 20), "bad_warc"),
    (b"", "empty_file"),
])
def test_not_a_warc_is_an_error_not_a_crash(tmp_path: Path, data: bytes, kind: str) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(data)
    assert [(i.kind, i.position) for i in read_all(path) if isinstance(i, ReadError)] == [(kind, 0)]


def test_warc_files_are_found_and_planned_by_suffix(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", mixed_responses()[:1])
    write_warc(tmp_path / "b.warc", mixed_responses()[:1], compress=False)
    options = ReadOptions()
    files = expand_inputs([str(tmp_path)], (".warc", ".warc.gz"))
    shards = plan_shards(files, options)
    assert sorted((Path(s.path).name, s.format) for s in shards) == [("a.warc.gz", "warc"), ("b.warc", "warc")]
