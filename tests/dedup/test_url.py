from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saring.dedup.url import UrlDedup, normalise_url
from saring.document import Document
from saring.step import Drop


@pytest.mark.parametrize(("url", "key"), [
    ("https://www.Berita.example/Read/1/", "berita.example/Read/1"),
    ("http://berita.example/Read/1#komentar", "berita.example/Read/1"),
    ("https://berita.example/Read/1?utm_source=wa&utm_medium=share&fbclid=x", "berita.example/Read/1"),
    ("https://berita.example/cari?q=beras&page=2&utm_campaign=a", "berita.example/cari?page=2&q=beras"),
    ("https://berita.example:443/a", "berita.example/a"),
    ("https://berita.example:8080/a", "berita.example:8080/a"),
    ("no host here", None),
])
def test_normalise_url(url: str, key: str | None) -> None:
    assert normalise_url(url) == key


def doc(doc_id: str, url: str | None, text: str = "Isi berita.") -> Document:
    return Document(doc_id, text, {"url": url} if url else {})


def test_keeps_the_longest_copy_then_the_smallest_id(run_corpus: Callable) -> None:
    shards = [
        [doc("b", "https://berita.example/1", "pendek"), doc("x", None), doc("c", "https://berita.example/2")],
        [doc("a", "http://www.berita.example/1/?utm_source=wa", "lebih panjang"), doc("y", None),
         doc("d", "https://berita.example/2#atas"), doc("e", "https://berita.example/3")],
    ]
    for reverse in (False, True):
        outcomes = run_corpus(UrlDedup(UrlDedup.Options(partitions=4)), shards, reverse=reverse)
        dropped = {i: o.details["duplicate_of"] for i, o in outcomes.items() if isinstance(o, Drop)}
        assert dropped == {"b": "a", "d": "c"}
        assert {o.reason for o in outcomes.values() if isinstance(o, Drop)} == {"duplicate_url"}
        # Documents without a URL are never duplicates of each other.
        assert isinstance(outcomes["x"], Document) and isinstance(outcomes["y"], Document)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=200), st.from_regex(r"https?://[a-z0-9.:\[\]-]{0,30}/[^\s]{0,60}", fullmatch=True)))
def test_normalise_url_never_raises(url: str) -> None:
    key = normalise_url(url)
    assert key is None or (key and "#" not in key and "utm_" not in key.split("?", 1)[-1].lower()[:4])
