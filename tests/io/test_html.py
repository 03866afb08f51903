from __future__ import annotations

from pathlib import Path

from fixtures.html.webpages import broken_page, cp1252_page, page
from saring.document import Document
from saring.io import ReadError, ReadOptions, plan_shards, reader_for
from saring.io.files import expand_inputs
from saring.io.html import canonical_url


def read_folder(folder: Path) -> list[Document | ReadError]:
    options = ReadOptions()
    shards = plan_shards(expand_inputs([str(folder)], (".html", ".htm")), options)
    assert {s.format for s in shards} == {"html"}
    return [item for s in shards for item in reader_for(s.path, options, s.format).read(s)]


def test_a_folder_of_saved_pages(tmp_path: Path) -> None:
    (tmp_path / "kopi.html").write_text(page("kopi-gayo"), encoding="utf-8")
    (tmp_path / "kafe.htm").write_bytes(cp1252_page())
    (tmp_path / "rusak.html").write_bytes(broken_page())
    (tmp_path / "kosong.html").write_bytes(b"  \n")
    (tmp_path / "catatan.txt").write_text("bukan halaman", encoding="utf-8")
    items = read_folder(tmp_path)
    assert len(items) == 4  # the .txt file is not a page
    documents = {Path(d.id).name: d for d in items if isinstance(d, Document)}
    assert documents["kopi.html"].metadata == {"html": True, "charset": "utf-8",
                                               "url": "https://serambitani.id/read/kopi-gayo"}
    assert documents["kafe.htm"].metadata["charset"] == "cp1252"
    assert "\u201cKami buka sejak 1998,\u201d" in documents["kafe.htm"].text
    assert documents["kafe.htm"].metadata["url"] is None
    errors = {Path(e.file).name: e.kind for e in items if isinstance(e, ReadError)}
    assert errors == {"rusak.html": "bad_encoding", "kosong.html": "empty_file"}


def test_canonical_url_in_any_attribute_order() -> None:
    assert canonical_url('<link href="https://a.example/x" rel="canonical">') == "https://a.example/x"
    assert canonical_url("<LINK REL=canonical HREF=https://a.example/y>") == "https://a.example/y"
    assert canonical_url('<link rel="stylesheet" href="/s.css">') is None
