"""The quality step's C kernel (saring.steps._quality) gives exactly what its pure-Python twins give.

``line_counts`` / ``word_counts`` are compared with ``quality._line_counts`` / ``quality._word_counts``
and the whole signal dict (``signals``, which lowers the text itself where ``fold`` can) with the
kernel on and off, on hand-written Indonesian text and on arbitrary text (every Unicode kind, astral
characters, empty strings, odd whitespace).
"""

from __future__ import annotations

import resource

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saring.steps import quality
from saring.steps.quality import Quality, QualityOptions

kernel = pytest.importorskip("saring.steps._quality", reason="the C kernel is not built (no C compiler)")

# Written for these tests: a short news item with a repeated paragraph, a bullet list, an ellipsis
# line, curly quotes, reduplication and Latin letters outside ASCII.
NEWS = (
    "JAKARTA — Pemerintah kota memperpanjang masa tanggap darurat banjir hingga akhir pekan.\n"
    "\n"
    "“Kami masih menunggu air surut di tiga kecamatan,” kata Kepala BPBD kepada wartawan.\n"
    "\n"
    "• Posko pengungsian di GOR Sukamaju\n"
    "• Dapur umum di halaman kantor kelurahan\n"
    "- Layanan kesehatan gratis untuk anak-anak dan lansia\n"
    "\n"
    "Warga diminta tetap waspada karena hujan diperkirakan turun lagi...\n"
    "\n"
    "“Kami masih menunggu air surut di tiga kecamatan,” kata Kepala BPBD kepada wartawan.\n"
    "\n"
    "Baca juga: Café di Tebet tetap buka, harga kopi naik Rp 5.000 (±10%) ★★★ 🙂\n"
)
REPEATED = "\n".join(["Harga cabai di pasar induk naik lagi pada pekan ini dan yang lalu."] * 4)
FIXTURES = [
    "",
    " ",
    "\n",
    "\n\n\n",
    "a",
    "Ω",
    "İSTANBUL dan ΣΟΦΊΑ",
    NEWS,
    REPEATED,
    NEWS.replace("\n", "\r\n"),
    "Tunggu.... lalu...... lagi.. #viral ##banjir …. ..........\n#",  # dot runs that "..." counts 1, 2, 0, 3 times
    "ŸANG DİTUNGGU ẞ",  # lower() moves Ÿ out of a wider kind; İ grows to two characters
]

# Characters every branch of the kernel cares about, so arbitrary text hits them often.
INTERESTING = (
    "abzAZ09-ßàÿĀɏɐİΣςŸƁ\u212a\u212b\u1e9e\u2c7e"  # word characters, their edges, letters lower() moves
    " \t\r\n\x0b\x0c\x1c\x85\xa0\u2028\u3000"  # str.strip's whitespace
    ".!?\"'”’…#•*·▪►‣◦–"  # line ends, ellipses, bullets
    "$+<=>^`|~¢©¬®±´×÷™Ω℃⇒■⺀⿿🀀🙂🫿\U0001fb00"  # symbols, in and just outside _SYMBOL_RUN's ranges
)
TEXT = st.text(alphabet=st.one_of(st.sampled_from(INTERESTING), st.characters()), max_size=400)
# A small vocabulary joined by line and paragraph breaks, so lines, paragraphs and n-grams repeat.
VOCABULARY = ["dan", "yang", "di", "Dan", "anak-anak", "rumah", "über", "ß", "x1", "...", "•", "🙂", "é"]
SEPARATORS = [" ", "  ", "\n", "\n\n", "\n\n\n", ", ", ". ", " \n "]
REPEATING = st.lists(st.tuples(st.sampled_from(VOCABULARY), st.sampled_from(SEPARATORS)), max_size=150).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


def python_signals(text: str, options: QualityOptions, monkeypatch: pytest.MonkeyPatch) -> dict:
    with monkeypatch.context() as patch:
        patch.setattr(quality, "_kernel", None)
        return Quality(options).signals(text)


def assert_same_signals(text: str, options: QualityOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = python_signals(text, options, monkeypatch)
    signals = Quality(options).signals(text)
    assert signals == expected
    assert list(signals) == list(expected)  # same key order, so written metadata is identical


def assert_same_counts(text: str, short: int = 30, longest: int = 10) -> None:
    assert kernel.line_counts(text, short) == tuple(quality._line_counts(text, short))
    counts = kernel.word_counts(text, text.lower(), quality._STOPWORD_TABLE, longest)
    expected = quality._word_counts(text, longest)
    assert counts[:5] == tuple(expected)[:5]
    assert list(counts[5]) == list(expected.top)
    assert list(counts[6]) == list(expected.duplicated)


def test_the_step_uses_the_kernel() -> None:
    assert quality._kernel is kernel


@pytest.mark.parametrize("text", FIXTURES)
def test_fixtures_give_the_same_counts(text: str) -> None:
    assert_same_counts(text)


def test_news_fixture_exercises_every_count() -> None:
    lines, dup_lines, dup_chars, paragraphs, dup_paragraphs, punctuated, short, bulleted, ellipsis = (
        kernel.line_counts(NEWS, 30)
    )
    assert (lines, dup_lines, paragraphs, dup_paragraphs) == (8, 1, 6, 1)
    assert dup_chars == len(NEWS.splitlines()[2])
    assert (bulleted, ellipsis, short) == (3, 1, 0)
    assert punctuated == 4  # the two quotes, the ellipsis line and the first line; not the bullets
    _, _, stopwords, ind_stopwords, symbol_runs, top, duplicated = kernel.word_counts(
        NEWS, NEWS.lower(), quality._STOPWORD_TABLE, 10
    )
    assert symbol_runs == 3  # ±, ★★★ and 🙂; the — dash and % are punctuation
    assert ind_stopwords == 3  # "di", "untuk", "dan"
    assert stopwords > ind_stopwords
    assert len(top) == len(duplicated) == 9  # the repeated paragraph is 13 words: every n to 10 repeats


@pytest.mark.parametrize("text", FIXTURES)
@pytest.mark.parametrize(
    "options",
    [
        QualityOptions(),
        QualityOptions(short_line_length=0, top_ngrams=(1, 2, 11), duplicated_ngrams=(2, 3, 12)),
        QualityOptions(short_line_length=-1, top_ngrams=(4, 4), duplicated_ngrams=(5,)),
    ],
)
def test_fixtures_give_the_same_signals(
    text: str, options: QualityOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_same_signals(text, options, monkeypatch)


@given(TEXT, st.integers(min_value=-2, max_value=40), st.integers(min_value=1, max_value=12))
def test_arbitrary_text_gives_the_same_counts(text: str, short: int, longest: int) -> None:
    assert_same_counts(text, short, longest)


@given(REPEATING, st.integers(min_value=1, max_value=12))
def test_repeating_text_gives_the_same_counts(text: str, longest: int) -> None:
    assert_same_counts(text, 30, longest)


@given(st.one_of(TEXT, REPEATING))
def test_arbitrary_text_gives_the_same_signals(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert_same_signals(text, QualityOptions(), monkeypatch)


def test_fold_is_lower_wherever_it_folds() -> None:
    """fold lowers each character on its own, so agreeing on every BMP character (astral ones it
    leaves to lower()) makes it agree on any text; Σ, whose lowercase depends on its neighbours, and
    İ, which lowers to two characters, are left to lower()."""
    folded = [(c, kernel.fold(c)) for c in map(chr, range(0x10000))]
    assert [c for c, fold in folded if fold is not None and fold != c.lower()] == []
    assert sum(fold is not None for _, fold in folded) > 60_000
    assert kernel.fold("ÀÉÞ ABC ß µ ÿ") == "àéþ abc ß µ ÿ"
    assert kernel.fold("“Kata” — ĀƁ") == "“kata” — āɓ"
    assert kernel.fold("ΣΑΣ") is None
    assert kernel.fold("İstanbul") is None
    assert kernel.fold("\u212a") is None  # the Kelvin sign lowers to ASCII k
    assert kernel.fold("🙂") is None
    assert kernel.fold("") == ""


@given(TEXT)
def test_fold_agrees_with_lower_on_arbitrary_text(text: str) -> None:
    assert kernel.fold(text) in (None, text.lower())


def test_signals_wants_a_key_per_signal() -> None:
    with pytest.raises(ValueError, match="one key per signal"):
        kernel.signals("dan", quality._STOPWORD_TABLE, 30, 10, (2,), (5,), ("line_count",))


def test_stopword_table_refuses_what_it_cannot_hold() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        kernel.stopword_table(["sudah", "türkçe"], [])
    with pytest.raises(ValueError, match="ASCII"):
        kernel.stopword_table(["x" * 17], [])
    with pytest.raises(ValueError, match="marked"):
        kernel.stopword_table([], [f"w{i}" for i in range(63)])
    with pytest.raises(ValueError, match="stopword table"):
        kernel.word_counts("dan", "dan", b"too short", 10)


def test_stopword_table_marks_count_distinct_words() -> None:
    table = kernel.stopword_table(["dan", "yang", "di"], ["dan", "di"])
    text = "dan yang di dan di dan rumah dani"
    assert kernel.word_counts(text, text, table, 10)[2:4] == (6, 2)


def test_repeated_calls_do_not_grow_memory() -> None:
    """A reference or allocation leaked per call shows as megabytes over 100,000 calls."""
    text = NEWS[:400]
    lowered = text.lower()
    table = quality._STOPWORD_TABLE
    step = Quality()
    folded_by_lower = "İ" + text  # the kernel calls lower() on this one

    def calls(times: int) -> None:
        for _ in range(times):
            kernel.word_counts(text, lowered, table, 10)
            kernel.line_counts(text, 30)
            step.signals(text)
            step.signals(folded_by_lower)
            kernel.fold(text)

    calls(20_000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    calls(100_000)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 2048
