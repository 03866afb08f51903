"""The news step's C marker scan (saring.steps._news) against its pure-Python path, and the shortcuts
the step takes for speed against the full patterns they stand in for."""

from __future__ import annotations

import resource

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saring.document import Document
from saring.steps import news
from saring.steps import news_patterns as P
from saring.steps.news import News
from saring.steps.normalize import Normalize

try:
    from saring.steps import _news as kernel
except ImportError:
    kernel = None

needs_kernel = pytest.mark.skipif(kernel is None, reason="saring.steps._news is not built (no C compiler)")

# Every literal the scan knows, pieces of them, and text around them (with 2- and 4-byte characters).
TRIGGERS = [
    "ADVERTISEMENT", "Artikel", "Baca", "BACA", "Berita", "Cek B", "Cek Berita", "COPYRIGHT", "Copyright",
    "Editor", "Foto:", "Halaman", "Lihat", "Pewarta", "Penulis", "Penerjemah", "Penyunting", "Perbesar",
    "Reporter", "Redaktur", "SCROLL", "Simak", "Saksikan", "Selengkapnya", "Sumber", "Tonton", "Video",
    "[Gambas", "(Dok", "(dok", "(kiri", "(kanan", "(tengah", "(kedua ", "(ketiga ", "(keempat ", "(kelima ",
    "(keenam ", "(paling ", "selengkapnya baca", "pic.twitter.com/", "selengkapnya bac", "pic.twitter",
    "Ba", "(ke", "Pe", "S", "(", "[", "\n", " ", "A", "juga: ", "\u201c", "\u00e9", "\u2014", "\U0001f600",
]
marker_texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(TRIGGERS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=6)), max_size=30).map("".join),
)

# Short Indonesian news pieces of each kind the step handles, written for these tests.
FIXTURES = [
    "JAKARTA, KOMPAS.com - Harga beras naik di pasar induk. Baca juga: Harga Beras Naik Jelang Puasa "
    "Pedagang mengaku pasokan dari Jawa Tengah berkurang sejak awal bulan, kata Sari.",
    "Medan - Banjir merendam tiga kecamatan.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n"
    "Warga mengungsi ke masjid terdekat.\n[Gambas:Video 20detik]\n(abc/def)",
    "Surabaya (ANTARA) - Pemkot membuka pasar murah di 31 kecamatan.\nPewarta: Dewi Lestari\n"
    "Editor: Budi Santoso\nCopyright \u00a9 ANTARA 2025",
    "Gubernur meresmikan jembatan baru.Foto: Jembatan Baru di Tepi Sungai (dok. Pemprov)Jembatan itu "
    "menghubungkan dua desa. Selengkapnya baca di sini.",
    "Polisi menutup jalan selama pawai.\nArtikel Terkait\nJalan Ditutup Saat Pawai Budaya\n"
    "Warga Diminta Naik Bus Kota\nPawai Budaya Digelar Akhir Pekan",
    "Wali kota (kedua dari kiri) meninjau lokasi banjir. Simak Video \u201cBanjir Rob di Pesisir Utara\u201d "
    "Halaman 2 dari 2 pic.twitter.com/AbCd1234 \U0001f600",
    "",
]


@pytest.fixture
def pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(news, "_kernel", None)


def clean(text: str) -> tuple[str, list[dict], dict]:
    document = Document("k", text)
    if Normalize().process(document) is not document:
        return document.text, [], {}
    News().process(document)
    return document.text, [r.as_dict() for r in document.removals], document.metadata


def both_paths(text: str) -> tuple[object, object]:
    with_kernel = clean(text)
    saved, news._kernel = news._kernel, None
    try:
        without = clean(text)
    finally:
        news._kernel = saved
    return with_kernel, without


@needs_kernel
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(marker_texts)
def test_kernel_finds_the_positions_the_pure_python_scan_finds(text: str) -> None:
    saved, news._kernel = news._kernel, None
    try:
        flat = news._trigger_positions(text)
        by_line = news._triggers_by_line(text.split("\n"))
    finally:
        news._kernel = saved
    assert kernel.trigger_positions(text) == flat
    assert kernel.triggers_by_line(text) == by_line
    assert list(kernel.triggers_by_line(text)) == sorted(by_line)


@needs_kernel
def test_kernel_on_the_tricky_overlaps() -> None:
    # The regex resumes after "Cek B", so "Berita" inside it is not a second start; the lower-case
    # literals are found even inside a match.
    assert kernel.trigger_positions("Cek Berita") == [0]
    assert kernel.trigger_positions("xBacaBaca") == [1, 5]
    assert kernel.trigger_positions("Selengkapnya baca") == [0]
    assert kernel.trigger_positions("selengkapnya baca") == [0]
    assert kernel.triggers_by_line("a\nBaca\n\nx (kiri)") == {1: [0], 3: [2]}
    assert kernel.triggers_by_line("") == {} and kernel.trigger_positions("Bac") == []
    with pytest.raises(TypeError):
        kernel.trigger_positions(b"Baca")


@needs_kernel
@pytest.mark.parametrize("text", FIXTURES)
def test_step_gives_the_same_result_with_and_without_the_kernel(text: str) -> None:
    with_kernel, without = both_paths(text)
    assert with_kernel == without


@needs_kernel
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(marker_texts)
def test_step_gives_the_same_result_with_and_without_the_kernel_on_any_text(text: str) -> None:
    with_kernel, without = both_paths(text)
    assert with_kernel == without


def test_fixtures_clean_in_pure_python(pure_python: None) -> None:
    text, removals, metadata = clean(FIXTURES[0])
    assert text.startswith("Harga beras naik di pasar induk.")
    assert "Baca juga" not in text
    assert [r["reason"] for r in removals] == ["dateline", "related_link_inline"]
    assert metadata["source"] == "kompas.com"


@needs_kernel
def test_kernel_keeps_no_references() -> None:
    text = "Baca juga: Judul\n(kiri) Foto: Nama \u00e9 pic.twitter.com/x selengkapnya baca \U0001f600 " * 20
    for _ in range(2000):
        kernel.triggers_by_line(text)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(100_000):
        kernel.triggers_by_line(text)
        kernel.trigger_positions(text)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 2048


# --- the anchored LINE -----------------------------------------------------------------------------

LINE_PIECES = [
    "Baca juga", "ADVERTISEMENT", "Foto: Nama", "(Kompas.com/Nama)", "KOMPAS.COM/NAMA", "Klik di sini",
    "klik link berikut", "Tags: a", "# a # b", "12", "Halaman 2", "Home > Berita", "\u00a9 2025", "(abc)",
    "SERAMBINEWS.CO.ID/NAMA", "Ikuti kami di Google News", "Editor: Budi", "Perbesar", ")", " ", ":",
    "\u017f", "\u212a", "\u0130",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LINE_PIECES), st.text(max_size=8)), max_size=8).map("".join))
def test_anchored_line_pattern_answers_as_the_full_one_when_it_is_used(text: str) -> None:
    text = text.strip()
    full = P.LINE.fullmatch(text)
    expected = full.lastgroup if full else None
    anywhere = text.endswith(")") or any(needle in text for needle in ("lik ", ".COM/", ".CO.ID/"))
    assert news._match_line(text, anywhere) == expected
    if not anywhere:
        anchored = P.LINE_ANCHORED.fullmatch(text)
        assert (anchored.lastgroup if anchored else None) == expected
