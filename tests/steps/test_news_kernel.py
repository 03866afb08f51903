"""The news step's C marker scan (saring.steps._news) against its pure-Python path, and the shortcuts
the step takes for speed against the full patterns they stand in for."""

from __future__ import annotations

import resource

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from saring import document as document_module
from saring import kernels
from saring.document import Document, Span
from saring.domains import url_domain
from saring.steps import news
from saring.steps import news_patterns as P
from saring.steps.news import News
from saring.steps.normalize import Normalize

kernel = kernels.load("saring.steps._news")

needs_kernel = pytest.mark.skipif(kernel is None, reason="saring.steps._news is not built (no C compiler)")

# Every literal the scan knows, pieces of them, and text around them (with 2- and 4-byte characters).
TRIGGERS = [
    "ADVERTISEMENT", "Artikel", "Baca", "BACA", "Berita", "Cek B", "Cek Berita", "COPYRIGHT", "Copyright",
    "Editor", "Foto:", "Halaman", "Lihat", "Pewarta", "Penulis", "Penerjemah", "Penyunting", "Perbesar",
    "Reporter", "Redaktur", "SCROLL", "Simak", "Saksikan", "Selengkapnya", "Sumber", "Tonton", "Video",
    "[Gambas", "(Dok", "(dok", "(kiri", "(kanan", "(tengah", "(kedua ", "(ketiga ", "(keempat ", "(kelima ",
    "(keenam ", "(paling ", "selengkapnya baca", "pic.twitter.com/", "selengkapnya bac", "pic.twitter",
    "A post shared by", "A post shared b", "Sebuah kiriman dibagikan", "Sebuah kiriman", "View this post",
    "View this pos", "Vi", "Se",
    "Ba", "(ke", "Pe", "S", "(", "[", "\n", " ", "A", "juga: ", "\u201c", "\u00e9", "\u2014", "\U0001f600",
    # The facts: marks, and the literals of signatures (and pieces of them).
    "lik ", "lik", ".COM/", ".CO.ID/", ".CO", "detikcom", "detikNews", "detik", "/JPNN)", "(jpnn)", "(x/JPNN)",
    "[Gambas:Video ", "[Gambas:Video 20detik]", "[Gambas:Video CNN]", "(JPNN)", "(ANTARA", "(ANTARA)",
    "Jakarta (ANTARA) - ", "(ANTAR", "(Antara)",
    # The agencies' bare photo credits (and pieces of them).
    "ANTARA FOTO/", "ANTARA/", "ANTARA FOTO", "TEMPO/", "Tempo/", "Tempo", ". TEMPO/Rina Wulandari",
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
    "Bandung, CNN Indonesia -- Dinas Perhubungan menutup tiga ruas jalan selama perbaikan gorong-gorong.\n"
    "Kepala Dinas Perhubungan mengatakan penutupan berlaku sampai akhir pekan depan, kata dia kepada wartawan.\n"
    "Baca juga: Jalan Layang Baru Dibuka Jelang Lebaran Kepala Dinas Perhubungan meminta warga memakai "
    "jalur alternatif.\nPolitik anggaran kota ikut dibahas dalam rapat dengar pendapat di gedung dewan.\n"
    "Simak klik di sini untuk peta jalur alternatif yang disiapkan pemerintah kota selama perbaikan.",
    "Palembang - Harga cabai turun.Baca juga: \u201cPasar Murah\u201d Digelar di 18 Kecamatan \u2013 Warga "
    "Antre Sejak Pagi Pemerintah kota menyiapkan 5 ribu paket sembako.Baca juga: Harga Cabai Rawit Turun "
    "Jelang Akhir Tahun \u00a9 2025(cek/dtk)",
    "Jakarta - Ia datang pagi.Menteri meninjau gudang beras, Senin (2/9/2024). ANTARA FOTO/Dedi Kurnia.Kunjungan "
    "itu singkat. Thank you to all the fans in Jakarta!pic.twitter.com/Ab12Cd34Ef Laga digelar pekan depan.",
    "Denpasar - Festival dibuka.View this post on InstagramA post shared by Dinas Pariwisata (@dispar.bali) "
    "Pengunjung ramai. pic.twitter.com/Ab12Cd34Ef \u2014 BMKG (@infoBMKG) 5 Januari 2025\nLihat postingan ini di "
    "Instagram\nSebuah kiriman dibagikan oleh Dinas Pariwisata (@dispar.bali)\n\u2013 BMKG (@infoBMKG) May 2, 2025",
    "",
]


@pytest.fixture
def pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(news, "_kernel", None)
    monkeypatch.setattr(news, "_title_kernel", None)
    monkeypatch.setattr(news, "_cut_kernel", None)
    monkeypatch.setattr(document_module, "_kernel", None)


def clean(text: str) -> tuple[str, list[dict], dict]:
    document = Document("k", text)
    if Normalize().process(document) is not document:
        return document.text, [], {}
    News().process(document)
    return document.text, [r.as_dict() for r in document.removals], document.metadata


def both_paths(text: str) -> tuple[object, object]:
    """The step's result with the kernels (``_news``, ``_news_title`` and ``saring._document``) and without them."""
    with_kernel = clean(text)
    saved = news._kernel, news._title_kernel, news._cut_kernel, document_module._kernel
    news._kernel = news._title_kernel = news._cut_kernel = document_module._kernel = None
    try:
        without = clean(text)
    finally:
        news._kernel, news._title_kernel, news._cut_kernel, document_module._kernel = saved
    return with_kernel, without


@needs_kernel
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(marker_texts)
def test_kernel_finds_the_positions_the_pure_python_scan_finds(text: str) -> None:
    lines = text.split("\n")
    saved, news._kernel = news._kernel, None
    try:
        flat = news._trigger_positions(text)
        by_line, marks, _, _, _ = news._scan(lines, text)
        # The signature the pure-Python path finds in the last three lines (the kernel only gates the search).
        signature = news._signature_source(lines)
    finally:
        news._kernel = saved
    assert kernel.trigger_positions(text) == flat
    kernel_by_line, mark_lines, signature_line, antara = kernel.scan_lines(text)
    assert kernel_by_line == by_line
    assert list(kernel_by_line) == sorted(by_line)
    assert bool(mark_lines) == marks
    assert mark_lines == {i for i, line in enumerate(lines) if any(m in line for m in ("lik ", ".COM/", ".CO.ID/"))}
    assert antara == ("(ANTARA" in text)
    if signature is not None:
        assert news._scan(lines, text)[3]
    literals = ("detikcom", "detikNews", "/JPNN)", "(jpnn)", "[Gambas:Video ")
    assert signature_line == max((i for i, line in enumerate(lines) if any(x in line for x in literals)), default=-1)


@needs_kernel
def test_kernel_on_the_tricky_overlaps() -> None:
    # The regex resumes after "Cek B", so "Berita" inside it is not a second start; the lower-case
    # literals are found even inside a match.
    assert kernel.trigger_positions("Cek Berita") == [0]
    assert kernel.trigger_positions("xBacaBaca") == [1, 5]
    assert kernel.trigger_positions("Selengkapnya baca") == [0]
    assert kernel.trigger_positions("selengkapnya baca") == [0]
    assert kernel.scan_lines("a\nBaca\n\nx (kiri)") == ({1: [0], 3: [2]}, set(), -1, False)
    assert kernel.scan_lines("") == ({}, set(), -1, False) and kernel.trigger_positions("Bac") == []
    # Facts never hide a trigger, nor a trigger a fact: "[Gambas:Video " is both.
    assert kernel.scan_lines("x\n[Gambas:Video 20detik]\nklik link") == ({1: [0, 8]}, {2}, 1, False)
    assert kernel.scan_lines("Baca detikcom\nSUARA.COM/Nama\nx (ANTARA)") == ({0: [0]}, {1}, 0, True)
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
    text = "Baca juga: Judul\n(kiri) Foto: Nama \u00e9 pic.twitter.com/x selengkapnya baca \U0001f600 detikcom " * 20
    for _ in range(2000):
        kernel.scan_lines(text)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lines = [*text.split("\n"), "Pemerintah kota meminta warga tetap tenang selama perbaikan jalan berlangsung."]
    assert kernel.plain_lines(lines, news._HEAD_WORDS, set()) == {len(lines) - 1}
    for _ in range(100_000):
        kernel.scan_lines(text)
        kernel.trigger_positions(text)
        kernel.trailing_candidates(lines[0] + " (abc/def) tag (x)", len(lines[0]) + 17, P.TRAILING_TEXT_ENDS)
        kernel.plain_lines(lines, news._HEAD_WORDS, {1, 3})
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


# --- shortcuts that stand in for a regex or a helper ------------------------------------------------

LINE_HEAD_WORDS = [
    w.replace("\\u00a9", "\u00a9").replace("\\", "") for w in P.LINE_HEAD.pattern[len("(?i:") : -1].split("|")
]
HEAD_PIECES = [
    *LINE_HEAD_WORDS, *(w.upper() for w in LINE_HEAD_WORDS), *(w.title() for w in LINE_HEAD_WORDS),
    "Pemerintah ", "Berdasarkan ", "Te", "\u0130klan", "\u212aLIK", "\u017fimak", "\u00a9", " ", ":",
]


TAG_PIECES = ["tag", "Tags", "TAGS", "s", "_", "1", ":", "\u00e9", "\u201c", "\u2019", "\u00a9", "\u017f"]


def test_line_head_openings_are_the_openings_of_line_head_words() -> None:
    openings = set()
    for word in LINE_HEAD_WORDS:
        word = word.replace("s?b", "s")  # ``tags?\b``
        if len(word) > 1 and word.isascii():
            openings.add(word[:3].lower())
        else:
            assert word in ("(", "-", "#", "\u00a9", "\u2013", "\u2014")
    assert openings == P.LINE_HEAD_OPENINGS


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(HEAD_PIECES), st.text(max_size=4)), min_size=1, max_size=4).map(
        "".join
    )
)
def test_cannot_head_only_answers_where_line_head_cannot_match(text: str) -> None:
    if news._cannot_head(text):
        assert P.LINE_HEAD.match(text) is None


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(HEAD_PIECES + TAG_PIECES), st.text(max_size=4)), min_size=1, max_size=4
    ).map("".join)
)
@example("tags_ x")
@example("TAGS\u00e9")
@example("Tag")
@example("\u201cBaca")
@example("\u00a9 2025")
def test_line_head_answers_as_line_head(text: str) -> None:
    assert news._line_head(text) == (P.LINE_HEAD.match(text) is not None)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(LINE_PIECES + HEAD_PIECES), st.text(max_size=30)), max_size=12).map(
        "".join
    )
)
def test_line_reason_without_marks_agrees_on_text_without_them(text: str) -> None:
    text = text.strip()
    if not any(needle in text for needle in ("lik ", ".COM/", ".CO.ID/")):
        assert news._line_reason(text, marks=False) == news._line_reason(text)


def _plain_in_python(lines: list[str], mark_lines: set[int]) -> set[int]:
    """What ``_news.plain_lines`` promises, written out."""
    plain = set()
    for index, line in enumerate(lines):
        text = line.strip()
        # Where the first 14 characters are ASCII or a quote opens, the kernel decides LINE_HEAD itself.
        decided = text[:14].isascii() or text[:1] in ("\u201c", "\u201d", "\u2018", "\u2019")
        no_head = news._cannot_head(text) or (decided and not news._line_head(text))
        if 60 < len(text) <= 400 and index not in mark_lines and not text.endswith(")") and no_head:
            plain.add(index)
    return plain


PARAGRAPH_PIECES = [
    *LINE_PIECES, *HEAD_PIECES, "Pemerintah kota meminta warga tetap tenang selama perbaikan jalan", " " * 30,
    "a" * 61, "Warga", "\u3000", "\u2003", "\u00e9", "\U0001f600", "\n", "(", "-", "#", "politik ", ".COM/",
    *TAG_PIECES, "Berdasarkan ", "Halaman ", "\u201cKami ", "Penulis", "\u2019",
]


@needs_kernel
@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PARAGRAPH_PIECES), st.text(max_size=30)), max_size=14).map("".join))
@example("Pemerintah kota meminta warga tetap tenang selama perbaikan jalan di pusat kota berlangsung.")
@example("  Iklan " + "x" * 70)
def test_plain_lines_are_lines_line_reason_passes_over(text: str) -> None:
    lines = text.split("\n")
    _, mark_lines, _, _ = kernel.scan_lines(text)
    plain = kernel.plain_lines(lines, news._HEAD_WORDS, mark_lines)
    assert plain == _plain_in_python(lines, mark_lines)
    for index in plain:
        assert news._line_reason(lines[index].strip()) is None


@needs_kernel
def test_plain_lines_on_examples() -> None:
    paragraph = "Pemerintah kota meminta warga tetap tenang selama perbaikan jalan di pusat kota."
    lines = [paragraph, "Baca juga: " + paragraph, paragraph + " (abc)", "short", " " + paragraph + " ", paragraph]
    assert kernel.plain_lines(lines, news._HEAD_WORDS, {5}) == {0, 4}
    # Openings of LINE_HEAD's words that start no word of it, and a quote, are plain; "Tags" is not.
    heads = ["Berdasarkan " + paragraph, "\u201cKami " + paragraph, "Tags " + paragraph, "Tagsa " + paragraph]
    assert kernel.plain_lines(heads, news._HEAD_WORDS, set()) == {0, 1, 3}


def test_head_words_open_with_line_head_openings() -> None:
    assert set(news._HEAD_WORDS) == P.LINE_HEAD_OPENINGS


@needs_kernel
def test_plain_lines_refuses_bytes() -> None:
    with pytest.raises(TypeError):
        kernel.plain_lines([b"x"], news._HEAD_WORDS, set())


def test_dateline_facts_read_the_groups_in_pattern_order() -> None:
    assert tuple(sorted(P.DATELINE.groupindex, key=P.DATELINE.groupindex.get)) == news._DATELINE_GROUPS
    assert P.DATELINE.groups == len(news._DATELINE_GROUPS)
    assert P.GLUED_ANTARA.groupindex == {"ap": 1, "ao": 2}
    assert len(news._NO_GROUPS) == P.DATELINE.groups - P.GLUED_ANTARA.groups


DATELINE_PIECES = [
    "JAKARTA", "Jakarta", "Medan", "Kota Baru", "KOMPAS.com", "Kompas.com", "TEMPO.CO", "REPUBLIKA.CO.ID",
    "jpnn.com", "CNN Indonesia", "ANTARA", "(ANTARA)", "(ANTARA/JATIM)", "(ANTAR)", ", ", " - ", " -- ", "-",
    "\u2013", "\u2014", ": ", ". ", " ", "(", ")", "Harga", "naik", "\u201c", "\n",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(DATELINE_PIECES), st.text(max_size=4)), max_size=10).map("".join))
@example("Jakarta (ANTARA) - Harga naik")
@example("KOMPAS.com, Jakarta - Harga naik")
def test_dateline_without_antara_matches_as_the_full_pattern_on_text_without_it(text: str) -> None:
    full = P.DATELINE.match(text)
    if "(ANTARA" in text:
        return
    short = P.DATELINE_NO_ANTARA.match(text)
    assert (short and (short.span(), short.groups())) == (full and (full.span(), full.groups()))


def test_dateline_without_antara_has_the_groups_of_the_full_pattern() -> None:
    assert P.DATELINE_NO_ANTARA.groupindex == P.DATELINE.groupindex
    assert P.DATELINE_NO_ANTARA.match("Jakarta (ANTARA) - Harga naik") is None
    assert P.DATELINE.match("Jakarta (ANTARA) - Harga naik").group("ao") == "ANTARA"


def _trailing_match_in_full(line: str, end: int):
    """``_trailing_match`` before its ")" shortcut: TRAILING_PAREN tried at the last three "(" whatever follows."""
    text_end = end
    while text_end and line[text_end - 1].isspace():
        text_end -= 1
    if line.endswith(P.TRAILING_TEXT_ENDS, 0, text_end):
        match = P.TRAILING_TEXT.search(line, max(0, end - 200), end)
        if match:
            return match
    floor = max(0, end - 600)
    position = end
    for _ in range(3):
        position = line.rfind("(", floor, position)
        if position == -1:
            return None
        start = position - 1 if position and line[position - 1].isspace() else position
        match = P.TRAILING_PAREN.match(line, start, end)
        if match:
            return match
    return None


TRAILING_PIECES = [
    "(abc)", "(abc/def)", "(mcr12/jpnn)", "(*)", "(Ari)", "(K24)", "(LID)", "(Nama Satu, Nama Dua)",
    "(Reporter/Kamera/Editor)", " dprd medan", " tag-satu", " 2025", "kata dia.", "Kata Dia", "(", ")", " ",
    ".", ",", "-- BERNAMA", "\u00e9", "\U0001f600", "\u2003", "\n",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(TRAILING_PIECES), st.text(max_size=5)), max_size=12).map("".join),
    st.integers(min_value=0, max_value=8),
)
def test_trailing_match_shortcut_finds_what_the_full_search_finds(line: str, back: int) -> None:
    end = max(0, len(line) - back)
    got, expected = news._trailing_match(line, end), _trailing_match_in_full(line, end)
    assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))


@needs_kernel
@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from([*TRAILING_PIECES, *P.TRAILING_TEXT_ENDS, "x" * 300]), st.text(max_size=5)),
        max_size=14,
    ).map("".join),
    st.integers(-3, 40),
)
@example("kata dia. (abc) (def) (ghi) (jkl) tag", 0)
@example("(", 0)
@example("", 0)
@example("abc", -2)
def test_trailing_candidates_in_c_are_the_python_ones(line: str, back: int) -> None:
    end = len(line) - back
    got = kernel.trailing_candidates(line, end, P.TRAILING_TEXT_ENDS)
    if 0 <= end <= len(line):
        assert got == news._trailing_candidates(line, end)
    else:
        assert got is None


def _one_title_end_in_full(line: str, start: int, limit: int) -> tuple[int, bool]:
    """``_one_title_end`` before its shortcut: ``_sentence_start`` asked at every capitalised word."""
    glue = news._glue_position(line, start + 3, limit)
    if glue is not None:
        limit = glue
    words = line[start:limit].split()
    count = min(len(words), news._MAX_TITLE_WORDS)
    title_case = news._is_title_case(words[1:6])
    for j in range(1, count):
        first = words[j][0]
        if not title_case and j >= 3 and first.isupper():
            named = news._named_with_acronym(words, j)
            if named is not None:
                return news._word_start(line, start, words, named), False
        if first in news._QUOTES and news._long_quote(line, news._word_start(line, start, words, j), limit):
            return news._word_start(line, start, words, j), False
        if first.isupper():
            opening = news._sentence_start(words, j, title_case)
            if opening is not None:
                return news._word_start(line, start, words, opening), False
    if len(words) > news._MAX_TITLE_WORDS:
        return news._word_start(line, start, words, news._MAX_TITLE_WORDS), False
    return limit, glue is not None


TITLE_WORDS = [
    "Harga", "Beras", "Naik", "Jelang", "Puasa", "Menurut", "Menurutnya,", "Namun,", "Kepala", "Dinas",
    "meminta", "warga", "di", "dan", "Rp", "5", "ribu", "LQ45", "naik", "Kompas.com", "/", "Nama", "Komisi",
    "Pemilihan", "Umum", "(KPU)", "telah", "kata", "dia.", "Hari", "IniAnies", "\u201cKalian", "tahu",
    "aku,\u201d", "Ia", "Sebelumnya", "2023", "Jadi", "Erick", "Thohir", "kini", "Dia?", "Oke!",
    "\u00c9lan", "\u0130stanbul", "\U0001f600", "\u01c5ungla",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=30).map(" ".join), st.integers(0, 3))
@example("Saham Bank Melonjak Saat Pasar Lesu Indeks LQ45 naik 9,06 poin pada sesi pertama", 0)
@example("Ormas Dibubarkan Lewat Perppu Ormas Pasal 8 beleid itu mengatur sanksi", 0)
@example("Harga Emas Naik Rp 5 ribu Hari Ini Pedagang mengaku untung", 0)
def test_title_end_shortcut_agrees_with_asking_every_capital(line: str, start: int) -> None:
    start = min(start, len(line))
    limit = min(len(line), start + news._MAX_TITLE_CHARS)
    assert news._one_title_end(line, start, limit) == _one_title_end_in_full(line, start, limit)


def _pieces_in_full(line: str, spans: list[Span]) -> list[str]:
    """``_pieces`` without its one-span shortcut."""
    pieces, position = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        pieces.append(line[position : span.start].strip())
        position = max(position, span.end)
    pieces.append(line[position:].strip())
    return [piece for piece in pieces if piece]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=" ab.\u00e9\u2003", max_size=20),
    st.lists(st.tuples(st.integers(0, 25), st.integers(0, 25)), min_size=1, max_size=3),
)
def test_pieces_shortcut_agrees_with_the_loop(line: str, bounds: list[tuple[int, int]]) -> None:
    spans = [Span(min(a, b), max(a, b), "x") for a, b in bounds]
    assert news._pieces(line, spans) == _pieces_in_full(line, spans)


# --- the cached URL source -------------------------------------------------------------------------

URL_PIECES = [
    "https://", "http://", "://", "//", "/", "?", "#", ":", "@", "[", "]", "[::1]", "news.detik.com",
    "WWW.Kompas.COM", "antaranews.co.id", "user:pw@", ":8080", "\t", "\n", " ", "\u00e9", ".", "ftp",
    "x", "\U0001f600", "%2F", "\x00",
]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(st.sampled_from(URL_PIECES), max_size=12).map("".join)))
@example("https://news.detik.com/berita/d-1/judul?x=1#a")
@example("http://[::1/x")
@example("a:b://host.com/x")
@example("https://host.com\t.id/x")
def test_url_source_is_the_domain_of_the_whole_url(url: str) -> None:
    news._host_source.cache_clear()
    assert news._url_source(url) == url_domain(url)


def test_url_source_of_what_is_not_a_url() -> None:
    assert news._url_source(None) is None and news._url_source(42) is None
    assert news._url_source("https://www.antaranews.com/berita/1") == "antaranews.com"


@settings(max_examples=800, deadline=None)
@given(
    st.sampled_from(["Baca", "BACA", "baca", "bAcA", "Baca juga", "BACA JUGA:", "Baca juga berita lainnya"]),
    st.lists(
        st.one_of(st.sampled_from([" ", ":", "\u3000", " " * 40, "Judul", "selengkapnya"]), st.text(max_size=10)),
        max_size=12,
    ).map("".join),
    st.text(alphabet=" :x", max_size=70),
)
@example("Baca juga", " " * 60 + ":", "")
@example("Baca", " halaman selanjutnya pada halaman berikutnya.", "")
def test_long_baca_lines_skip_no_anchored_match(head: str, middle: str, tail: str) -> None:
    text = (head + middle + tail).strip()
    if len(text) > 60 and news._long_read_also(text):
        assert P.LINE_ANCHORED.fullmatch(text) is None


SIGNATURE_PIECES = [
    "detikcom", "detikNews", "detikcomx", "detik", "/JPNN)", "(jpnn)", "(mcr12/JPNN)", "(a b/JPNN)", "(",
    "[Gambas:Video 20detik]", "[Gambas:Video CNN]", "[Gambas:Video ", "dari", "kata dia. ", "_", "\u00e9",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(SIGNATURE_PIECES), st.text(max_size=5)), max_size=14).map("".join))
@example("(abc(mcr12/JPNN) detikcom")
@example("(x y(z/JPNN) (q/JPNN)")
def test_signature_search_from_its_floor_finds_the_first_match(line: str) -> None:
    floor = news._signature_floor(line)
    match = P.SIGNATURES.search(line)
    if floor == -1:
        assert match is None
    else:
        found = P.SIGNATURES.search(line, floor)
        assert (found and (found.span(), found.group())) == (match and (match.span(), match.group()))


CREDIT_PIECES = ["(", "Editor", "Pewarta", "Kontributor", "Sumber", ":", " :", " ", "\n", "(Penulis: ", "Edi", "tor"]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(CREDIT_PIECES), st.text(max_size=4)), max_size=12).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
@example("(Editor:", 1, 8)
@example("(Editor :", 0, 8)
def test_has_credit_label_finds_a_label_where_credit_label_does(text: str, start: int, end: int) -> None:
    found = P.HAS_CREDIT_LABEL.search(text, start, end) is not None
    assert found == (P.CREDIT_LABEL.search(text, start, end) is not None)
