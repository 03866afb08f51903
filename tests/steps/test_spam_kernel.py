"""The spam step's C kernel (saring.steps._spam) gives exactly what its pure-Python twins give.

``_scan``, ``_spaced_words``, ``_brand_matches`` and the whole score are compared with the kernel on
and off, on hand-written comments and news and on arbitrary text (every Unicode kind, astral and
styled characters, empty strings). The phrase counter is compared with the regex it replaced, with
or without the kernel.
"""

from __future__ import annotations

import re
import resource
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saring import kernels
from saring.steps import spam

kernel = kernels.load("saring.steps._spam")
needs_kernel = pytest.mark.skipif(kernel is None, reason="the C kernel is not built (no C compiler)")

# Written for these tests: comment spam in the disguises the step folds, and news that must stay clean.
FIXTURES = [
    "",
    " ",
    "a b c",
    "1 2 3 4",
    "Gas terus di 𝐀𝐄𝐑𝐎𝟖𝟖 bosku, pasti maxwin hari ini!",
    "Main di ＷＥＴＯＮ88 aja, depo 10k WD lancar 🅰🅻🅴🆇",
    "АЕRО88 situs slot gacor terpercaya",
    "cek A L E X I S 1 7 sekarang, s l o t g a c o r",
    "ALEXIS⭐17⭐ gampang jp, 【H】【o】【k】【i】",
    "daftar di OLXTOTO dan JAJANTOGEL, bonus new member",
    "Info @mimin99 dan @RAJA88: Pemilu2024 sudah lewat, COVID19 juga, harga USD50.",
    "Mall10. Fashion11. Aigner12. Alexis17 dan s̶l̶o̶t̶ gacor\u200b88",
    "Download Lagu Rindu MP3 full album 320kbps, lirik dan chord, kunci  gitar",
    "Polisi menangkap pelaku judi online dan slot, kata Kapolres, ujarnya di Surabaya.",
    "Harga saldo naik; daftar situs resmi bank. Rp 5 juta untuk 2 orang pada 3 Mei.",
    "video bokep dan cerita dewasa, open BO tante girang",
    "Ω İSTANBUL ΣΟΦΊΑ 🙂 \U0001f600 ꜱʟᴏᴛ ᴳᴬᶜᴼᴿ",
    "x" * 70 + "17 slot " + "gacor" * 20,
]

INTERESTING = (
    "abgjstzAEGLORSTZ0123478 .-_*|[]·•【】@\n"  # ASCII letters, digits, every separator
    "𝐀𝐄𝐑𝐎𝟖ＷＥ８ⒶⓐⒶ①❶🄰🅐🅰🇸ᴀꜱʟᴳ"  # styled letters and digits
    "АЕОРСаеорΑΟΡ"  # Cyrillic and Greek look-alikes
    "\u0336\u200b\u00ad\ufeff⭐💚\ufe0f🙂"  # strike-through, invisibles, decorations
    "éß\u2028\U00010280\U0001fb00"  # other Latin, a line separator, Lycian, just past the emoji block
)
WORDS = [
    "slot", "gacor", "TOTO", "OLXTOTO", "JAJANTOGEL", "maxwin", "alexis17", "AERO88", "pawpaw4d",
    "mahjong", "ways", "download", "lagu", "mp3", "lirik", "dan", "chord", "dewasa", "cerita", "open",
    "bo", "polisi", "ujarnya", "saldo", "daftar", "Pemilu2024", "PBS014", "USD50", "@raja88", "s l o t",
    "A L E X I S 1 7", "S U K S E S 303", "𝐀𝐄𝐑𝐎𝟖𝟖", "АЕRО88", "judi", "online", "10", "11", "12",
]  # fmt: skip
SEPARATORS = [" ", "  ", ", ", ". ", "\n", "-", ""]
TEXT = st.text(alphabet=st.one_of(st.sampled_from(INTERESTING), st.characters()), max_size=300)
SOUP = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=60).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


def without_kernel(function: Callable[..., Any], *args: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as patch:
        patch.setattr(spam, "_kernel", None)
        return function(*args)


def brand_groups(text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in spam._brand_matches(text)]


def assert_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    foldable, shaped, counts, words = spam._scan(text)
    expected = without_kernel(spam._scan, text, monkeypatch=monkeypatch)
    assert (foldable, shaped, counts, words) == expected
    assert list(counts) == list(expected[2])  # same order of first occurrence
    folded = spam._translate(text)
    assert spam._spaced_words(folded) == without_kernel(spam._spaced_words, folded, monkeypatch=monkeypatch)
    assert brand_groups(folded) == without_kernel(brand_groups, folded, monkeypatch=monkeypatch)
    scores = spam.score_text(text).as_dict()
    assert scores == without_kernel(spam.score_text, text, monkeypatch=monkeypatch).as_dict()


@needs_kernel
def test_the_step_uses_the_kernel() -> None:
    assert spam._kernel is kernel


@pytest.mark.parametrize("text", FIXTURES)
def test_fixtures_give_the_same_results(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_same(text, monkeypatch)


def test_fixtures_exercise_every_path() -> None:
    scans = [spam._scan(text) for text in FIXTURES]
    assert any(foldable for foldable, *_ in scans)
    assert any(shaped and not foldable for foldable, shaped, *_ in scans)
    assert any(spam._spaced_words(text) for text in FIXTURES)
    assert any(spam._brand_matches(text) for text in FIXTURES)
    assert spam.score_text(FIXTURES[4]).judol > 0.5
    assert spam.score_text(FIXTURES[13]).judol < 0.5


@given(st.one_of(TEXT, SOUP))
def test_arbitrary_text_gives_the_same_results(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert_same(text, monkeypatch)


def phrase_regex(reason: spam._Reason) -> re.Pattern[bytes]:
    """The regex phrases were counted with before ``_count_phrases``."""
    phrases = (re.escape(p.encode()).replace(b"\\ ", b" +") for p in reason.phrases)
    return re.compile(rb"(?<![a-z0-9])(?:" + b"|".join(phrases) + rb")(?![a-z0-9])")


PHRASE_WORDS = sorted({w for r in (spam._JUDOL, spam._CLICKBAIT, spam._ADULT) for p in r.phrases for w in p.split()})


@given(
    st.lists(
        st.tuples(st.sampled_from([*PHRASE_WORDS, "x", "Slot"]), st.sampled_from([" ", ", ", "  ", ".\n"])),
        max_size=40,
    )
)
def test_phrases_count_as_the_regex_did(pairs: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in pairs)
    _, _, counts, _ = spam._scan(text)
    tokens = (b" " + text.encode()).lower().translate(spam._ALNUM).split()
    alnum = (b" " + text.encode()).lower().translate(spam._ALNUM)
    present = {word.decode(): n for word, n in counts.items()}
    for reason in (spam._JUDOL, spam._CLICKBAIT, spam._ADULT):
        anchors, phrases = spam._COMPILED[reason]
        found = spam._count_phrases(tokens, present, anchors, phrases)
        assert found == len(phrase_regex(reason).findall(alnum))


def test_overlapping_phrases_count_once_left_to_right() -> None:
    text = "download lagu mp3 dan lirik lagu dan chord"
    _, _, counts, _ = spam._scan(text)
    tokens = text.encode().split()
    anchors, phrases = spam._COMPILED[spam._CLICKBAIT]
    present = {word.decode(): n for word, n in counts.items()}
    # "download lagu" wins over "lagu mp3"; "lirik lagu dan chord" is one phrase, not "lagu dan ..."
    assert spam._count_phrases(tokens, present, anchors, phrases) == 2


@needs_kernel
def test_scan_refuses_a_short_bloom() -> None:
    with pytest.raises(ValueError, match="65536"):
        kernel.scan("slot", spam._FOLD_BITS, b"\x00" * 16, spam._COUNTED)


@needs_kernel
def test_repeated_calls_do_not_grow_memory() -> None:
    """A reference or allocation leaked per call shows as megabytes over 100,000 calls."""
    text = FIXTURES[4] + FIXTURES[9] + FIXTURES[12]

    def calls(times: int) -> None:
        for _ in range(times):
            kernel.scan(text, spam._FOLD_BITS, spam._BLOOM, spam._COUNTED)
            kernel.spaced(text)
            kernel.brand_spans(text)

    calls(20_000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    calls(100_000)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 2048
