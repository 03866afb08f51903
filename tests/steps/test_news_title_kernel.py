"""The news step's headline-end kernel (saring.steps._news_title) against the Python version it stands in for.

The kernel answers only where the text the logic can look at is ASCII or one of a few punctuation
characters (NEUTRAL), so the strategies are mostly that: headline-like runs of capitalised and lower-case
Indonesian words, acronyms, codes, numbers, quotes and glued words, with other non-ASCII characters to
check that the kernel then declines.
"""

from __future__ import annotations

import resource

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from saring import kernels
from saring.steps import news
from saring.steps import news_patterns as P

kernel = kernels.load("saring.steps._news_title")

pytestmark = pytest.mark.skipif(kernel is None, reason="saring.steps._news_title is not built (no C compiler)")

CAPITALISED = [
    "Harga", "Beras", "Naik", "Jelang", "Puasa", "Kepala", "Dinas", "Perhubungan", "Komisi", "Pemilihan",
    "Umum", "Erick", "Thohir", "Jokowi", "Menpora", "Hari", "Ini", "Rp", "Pasal", "Indeks", "Teluk",
    "Cendrawasih", "Palestina:", "Pemain", "Romo", "Markus", "Menurut", "Menurutnya,", "Namun,", "Sebelumnya",
    "Ia", "Dia", "Tak", "Ada", "Apa", "Nama", "Ketua", "Tim", "Warga", "Kompas.com", "Kompas.com/Nama",
    "Detik.co.id", "Tribun.co.id/Foto", "Sementara", "Hal", "Jadi", "Bupati", "Ketua,", "WhatsApp",
    "DPD", "RISultan", "IniAnies", "JugaTak", "KPU", "DKI", "LQ45", "Oke!", "Dia?", "Kata.", "Gubernur",
]
LOWER = [
    "meminta", "warga", "di", "dan", "ribu", "naik", "telah", "kata", "dia.", "kini", "makin", "poin",
    "beleid", "itu", "mengatur", "sanksi", "pada", "sesi", "pertama", "yang", "untuk", "jadi", "sebagai",
    "para", "mantan", "juta", "persen", "truk", "menyapa", "untung", "tahu", "aku,", "ke", "dari", "ini",
    "hats", "etik", "nked", "mengaku", "bahwa", "sudah",
]
PIECES = [
    "(KPU)", "(KPU),", "(DKI).", "(ABCDEFGHI)", "(Ab)", "2023", "5", "9,06", "61", "123", "2024Pewarta",
    '"Kalian', '"', 'tahu,"', "/", "-", ",", ".", "?", "!", "Baca", "juga:", "\t", "\x1c", "\x0b",
]
# The characters the kernel takes as they are (its is_neutral), and words made with them.
NEUTRAL = "\u00a9\u2013\u2014\u2018\u2019\u201c\u201d\u2026"
NEUTRAL_WORDS = ["\u201cKalian", "aku,\u201d", "\u201c", "\u201d", "\u2013", "\u00a9", "Jum\u2019at", "(\u201cbaru"]
NON_ASCII = ["\u00c9lan", "\u0130stanbul", "\U0001f600", "\u01c5ungla", "\u00a0", "\u212a", "\u0131"]

ascii_words = st.lists(
    st.one_of(
        st.sampled_from(CAPITALISED), st.sampled_from(LOWER), st.sampled_from(PIECES),
        st.sampled_from(NEUTRAL_WORDS), st.text(alphabet="AbCdeKPUa0.,\"'()/?! " + NEUTRAL, min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=45,
)
# Words glued to each other now and then (``…Hari IniAnies``), as scrapers glue paragraphs.
ascii_lines = st.builds(
    lambda words, glue: "".join(w + ("" if g else " ") for w, g in zip(words, glue, strict=False)),
    ascii_words,
    st.lists(st.sampled_from([False, False, False, True]), min_size=45, max_size=45),
)
any_lines = st.one_of(
    ascii_lines,
    st.lists(st.one_of(st.sampled_from(CAPITALISED + LOWER + NON_ASCII), st.text(max_size=5))).map(" ".join),
)


def both(line: str, start: int, stop: int, in_parens: bool) -> tuple[int, int]:
    """The kernel's answer (the same with the word filter news.py passes as without it) and Python's."""
    filtered = kernel.title_end(line, start, stop, in_parens, news._TITLE_WORD_SETS, news._TITLE_WORD_FILTER)
    assert filtered == kernel.title_end(line, start, stop, in_parens, news._TITLE_WORD_SETS)
    return filtered, news._headline_end(line, start, stop, in_parens)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_lines, st.integers(0, 400), st.integers(0, 400), st.booleans())
@example("Saham Bank Melonjak Saat Pasar Lesu Indeks LQ45 naik 9,06 poin pada sesi pertama", 0, 500, False)
@example("Ormas Dibubarkan Lewat Perppu Ormas Pasal 8 beleid itu mengatur sanksi", 0, 500, False)
@example("Harga Emas Naik Rp 5 ribu Hari Ini Pedagang mengaku untung", 0, 500, False)
@example("dari Aceh Komisi Pemilihan Umum (KPU) telah menetapkan", 0, 500, False)
@example("Banjir Rob Hari IniAnies meminta warga tenang", 0, 500, False)
@example("Harga Naik\u201cKalian tahu", 0, 500, False)
def test_kernel_agrees_with_python_where_it_answers(line: str, start: int, stop: int, in_parens: bool) -> None:
    stop = min(stop, len(line))
    start = min(start, stop)
    ends, expected = both(line, start, stop, in_parens)
    window = line[max(0, start - 1) : min(stop, start + news._MAX_TITLE_CHARS) + 80]
    if all(ch.isascii() or ch in NEUTRAL for ch in window):
        assert ends == expected
    else:
        assert ends == -1


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Baca juga: Harga Beras Naik Jelang Puasa Pedagang mengaku pasokan berkurang",
            "Harga Beras Naik Jelang Puasa",
        ),
        ("Baca juga: Erick Thohir Jadi Menpora Erick Thohir kini fokus ke Piala Dunia", "Erick Thohir Jadi Menpora"),
        ("Baca juga: Banjir Rendam Medan KotaWarga mengungsi ke masjid", "Banjir Rendam Medan Kota"),
        (
            "Baca juga: Pemilu berjalan damai di seluruh Aceh Komisi Pemilihan Umum (KPU) telah menetapkan hasil",
            "Pemilu berjalan damai di seluruh Aceh",
        ),
        ("Baca juga: Kepala Dinas Dilantik Menurutnya, jalan itu rusak", "Kepala Dinas Dilantik"),
    ],
)
def test_kernel_ends_glued_headlines_where_the_article_resumes(line: str, title: str) -> None:
    start = line.index(":") + 1
    end, expected = both(line, start, len(line), False)
    assert end == expected
    assert line[start:end].strip() == title


def test_neutral_characters_have_no_case_and_no_space() -> None:
    for ch in NEUTRAL:
        assert not (ch.isspace() or ch.isalnum() or ch.isupper() or ch.islower()) and ch.lower() == ch


def test_word_lists_hold_ascii_words() -> None:
    # The kernel answers "not in the list" for any word with a non-ASCII character.
    assert all(word.isascii() for words in news._TITLE_WORD_SETS for word in words)


def test_kernel_declines_non_ascii_text_near_the_headline() -> None:
    line = "Baca juga: Harga Beras Naik \u00c9lan Pedagang pasokan berkurang"
    assert kernel.title_end(line, 10, len(line), False, news._TITLE_WORD_SETS) == -1
    far = "Baca juga: Harga Beras Naik Jelang Puasa Pedagang mengaku. " + "x " * 200 + "\u00e9"
    assert both(far, 10, len(far), False)[0] == news._headline_end(far, 10, len(far), False)
    assert kernel.title_end("", 0, 0, False, news._TITLE_WORD_SETS) == 0
    assert kernel.title_end("abc", 2, 1, False, news._TITLE_WORD_SETS) == -1


def test_kernel_uses_the_word_lists_it_is_given() -> None:
    line = "Harga Beras Naik Sebelumnya harga sempat turun"
    sets = list(news._TITLE_WORD_SETS)
    assert kernel.title_end(line, 0, len(line), False, tuple(sets)) == line.index("Sebelumnya")
    with pytest.raises(TypeError):
        kernel.title_end(line, 0, len(line), False, tuple(sets[:-1]))
    with pytest.raises(TypeError):
        kernel.title_end(line, 0, len(line), False, (*sets[:-1], ["hats"]))


def test_word_filter_has_a_bit_for_every_word_of_every_list() -> None:
    sets = news._TITLE_WORD_SETS
    bits = news._TITLE_WORD_FILTER

    def bit(k: int, size: int, first: str) -> bool:
        index = (k * 16 + min(size, 15)) * 128 + ord(first)
        return bool(bits[index >> 3] >> (index & 7) & 1)

    assert all(bit(k, len(word), word[0]) for k, words in enumerate(sets) for word in words)
    assert not bit(0, 10, "p")  # no word of HEADLINE_LOWER has ten letters and opens with "p"
    assert news._word_filter((frozenset({"abcdefghijklmnopq", "\u00e9t\u00e9", ""}),)) == news._word_filter(
        (frozenset({"abcdefghijklmnop"}),)
    )  # words of 15 letters and more share a length; non-ASCII and empty words never match the kernel's


def test_kernel_with_a_filter_asks_only_the_lists_the_filter_allows() -> None:
    line = "Harga Beras Naik Sebelumnya harga sempat turun"
    sets = news._TITLE_WORD_SETS
    empty = bytes(len(news._TITLE_WORD_FILTER))  # rules every word out of every list
    assert kernel.title_end(line, 0, len(line), False, sets, news._TITLE_WORD_FILTER) == line.index("Sebelumnya")
    assert kernel.title_end(line, 0, len(line), False, sets, empty) != line.index("Sebelumnya")
    with pytest.raises(TypeError):
        kernel.title_end(line, 0, len(line), False, sets, empty[:-1])
    with pytest.raises(TypeError):
        kernel.title_end(line, 0, len(line), False, sets, bytearray(empty))


def test_word_sets_are_passed_in_the_kernels_order() -> None:
    assert news._TITLE_WORD_SETS == (
        P.HEADLINE_LOWER, P.STRONG_STARTERS, P.SENTENCE_STARTERS, P.SHORT_STARTERS, P.SUBJECT_HEADS,
        P.NAME_OPENERS, P.ROLE_WORDS, P.NUMBER_UNITS, P.STRONG_STARTERS | P.SENTENCE_STARTERS,
        news._CAMEL_BRANDS,
    )


def test_step_without_the_kernel_gives_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "JAKARTA, KOMPAS.com - Harga naik. Baca juga: Harga Beras Naik Jelang Puasa Pedagang mengaku rugi."
    with_kernel = news.find_boilerplate([line])
    monkeypatch.setattr(news, "_title_kernel", None)
    assert news.find_boilerplate([line]) == with_kernel
    assert with_kernel.related_links == ["Harga Beras Naik Jelang Puasa"]


def test_kernel_keeps_no_references() -> None:
    line = "Baca juga: Harga Beras Naik Jelang Puasa Kepala Dinas Komisi Pemilihan Umum (KPU) meminta warga. " * 3
    sets = news._TITLE_WORD_SETS
    for _ in range(2000):
        kernel.title_end(line, 10, len(line), False, sets)
        kernel.title_end(line, 10, len(line), False, sets, news._TITLE_WORD_FILTER)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(50_000):
        kernel.title_end(line, 10, len(line), False, sets)
        kernel.title_end(line, 10, len(line), False, sets, news._TITLE_WORD_FILTER)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 2048
