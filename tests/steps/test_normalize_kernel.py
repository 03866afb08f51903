"""The C kernel of the normalize step gives exactly what the pure-Python path gives.

Both paths run on the same documents (own fixtures and hypothesis text), and every observable part
of the result is compared: text, line origins, removals and the drop verdict.
"""

from __future__ import annotations

import resource
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saring.document import Document
from saring.step import Drop
from saring.steps import normalize as module
from saring.steps.normalize import Normalize, NormalizeOptions

kernel = pytest.importorskip("saring.steps._normalize", reason="the C kernel is not built (no compiler)")

FIXTURES = [
    "JAKARTA - Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp80.000 per kilogram.",
    "  Bupati\u00a0Sleman meresmikan  jembatan baru.\u00a0 \nWarga  menyambut gembira. \n\n\n\nBaca juga: Jalan rusak  ",
    "Gubernur berkata:\r\n\r\n\r\n\u201cKami siap.\u201d\r\nRapat\tdimulai pukul\t09.00 WIB.\r",
    "Baris satu\rbaris dua\r\rbaris empat\nbaris lima\r\n",
    "Polisi\u200b menangkap\u2060 dua\ufeff tersangka\u200d.\n\u200b\n\nKasus didalami.",
    "Mantan menteri itu berkata â€œcukupâ€\u009d.\u00a0Lalu pergi.\r\n",
    "Caf\u00e9 \u2013 kedai kopi\tdi Bandung \u2013 ramai.\r\n",
    "Ustaz membaca \u0628\u0650\u0633\u0652\u0645\u0650 \u0627\u0644\u0644\u0651\u064e\u0647\u0650 sebelum acara.",
    "Kata e\u0301 ditulis dengan aksen terpisah.\r\n",
    "Kata e\u200d\u0301 dengan penghubung lebar nol.",
    "Emoji \U0001f64f\U0001f3fb di akhir baris \n\n\n",
    "\n\n  \n\u00a0\n",
    "",
    "   ",
    "Kontrol\x01 di teks ASCII\x1f tanpa tab",
    "Kontrol\x01 di teks ASCII\tdengan tab",
    "Pemisah\x0bhalaman\x0cdan\x1cbaris",
    "Harga naik 5\u00a0% \u00a0\u00a0 menurut\u2028BPS\u2029kemarin",
    "Lebar\u3000penuh dan tipis\u2009spasi",
    "\u00e9\u2013 pasangan mojibake\tdengan tab",
    "\u00e9\u2013 pasangan mojibake tanpa tab",
    "\u00e9\u200b\u2013 pasangan terpisah karakter tak terlihat",
]
OPTIONS = [
    {},
    {"max_blank_lines": 0},
    {"max_blank_lines": 2},
    {"max_blank_lines": -1},
    {"max_blank_lines": 10**30},
    {"unicode_form": "NFKC"},
    {"unicode_form": "NFD"},
    {"fix_mojibake": False},
]


def outcome(step: Normalize, text: str, origin: list[int] | None = None) -> tuple:
    document = Document("d", text, origin=origin)
    result = step.process(document)
    return (result if isinstance(result, Drop) else None, document.text, document.origin, document.removals)


def both_paths(text: str, options: dict, origin: list[int] | None = None) -> tuple[tuple, tuple]:
    step = Normalize(NormalizeOptions(**options))
    compiled = outcome(step, text, origin)
    saved, module._kernel = module._kernel, None
    try:
        python = outcome(step, text, origin)
    finally:
        module._kernel = saved
    return compiled, python


@pytest.mark.parametrize("options", OPTIONS, ids=[str(o) for o in OPTIONS])
@pytest.mark.parametrize("text", FIXTURES)
def test_kernel_and_python_agree_on_fixtures(text: str, options: dict) -> None:
    compiled, python = both_paths(text, options)
    assert compiled == python


def test_fixtures_are_cleaned_as_documented() -> None:
    document = Document("d", FIXTURES[2])
    Normalize().process(document)
    assert document.lines() == ["Gubernur berkata:", "", "\u201cKami siap.\u201d", "Rapat dimulai pukul 09.00 WIB."]
    assert document.origin == [1, 2, 4, 5]
    document = Document("d", FIXTURES[3])
    Normalize().process(document)
    assert document.lines() == ["Baris satu", "baris dua", "", "baris empat", "baris lima"]
    assert document.origin == [1, 1, 1, 1, 2]


def test_result_strings_take_their_narrowest_kind() -> None:
    # NBSP is the only non-ASCII character: the cleaned text must be a true ASCII str.
    text, origin, check_nfc = kernel.clean("Harga\u00a0naik ", 1, True)
    assert text == "Harga naik" and text.isascii() and origin is None and not check_nfc
    # a zero-width space was the only character above U+00FF
    text, _, _ = kernel.clean("Caf\u00e9\u200b buka", 1, True)
    assert text == "Caf\u00e9 buka" and text == "Caf\u00e9" + " buka"
    unchanged = "Teks bersih."
    assert kernel.clean(unchanged, 1, True)[0] is unchanged


def test_characters_python_must_repair_are_handed_back() -> None:
    assert kernel.clean("mojibake \u00c3\u00a9", 1, True) is None
    assert kernel.clean("garis\u2028baru", 1, True) is None
    assert kernel.clean("\u00e9\u2013\t", 1, True) is None  # a mojibake pair in a text the slow path sees
    assert kernel.clean("\u00e9\u2013 ", 1, True) is not None  # ... which it would not see without the tab
    assert kernel.clean("e\u200d\u0301", 1, True) is None  # the marks would meet once the joiner goes
    assert kernel.clean("e\u0301", 1, True)[2] is True  # may not be NFC: Python checks


def test_bad_arguments_raise() -> None:
    with pytest.raises(TypeError):
        kernel.clean(b"bytes", 1, True)
    with pytest.raises(TypeError):
        kernel.clean("teks", "1", True)


# NBSP, tab, CR and LF are replaced or moved by the kernel before Python checks NFC on the original
# text; that is only sound if none of them takes part in a canonical composition.
def test_characters_the_kernel_rewrites_never_compose() -> None:
    rewritten = {0x20, 0x09, 0x0A, 0x0D, 0xA0}
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            assert not rewritten & {int(part, 16) for part in decomposition.split()}


def test_characters_the_kernel_calls_nfc_are() -> None:
    """Every character the kernel passes without asking Python is NFC next to any other such one."""
    seconds = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))  # Hangul vowels and final jamo
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            seconds.update(int(part, 16) for part in decomposition.split()[1:])
    trusted = []
    for code in range(0x80, 0x3000):
        result = kernel.clean("a" + chr(code), 1, True)
        if result is not None and not result[2]:
            trusted.append(code)
    assert 0x2013 in trusted and 0xE9 in trusted  # the dash and é of real news pass
    for code in trusted:
        character = chr(code)
        assert unicodedata.combining(character) == 0
        assert unicodedata.is_normalized("NFC", character)
        assert code not in seconds


PIECES = st.one_of(
    st.sampled_from(
        [" ", " ", "\n", "\n", "\r", "\r\n", "\t", "\u00a0", "\u200b", "\u2060", "\ufeff", "\x01", "\x1f",
         "\x0b", "\u2028", "\u00e9", "\u2013", "\u00c3", "\u00a9", "\u0301", "\u00ad", "\u0085", "\u3000",
         "a", "b", "Z", ".", "\U0001f600"]
    ),
    st.characters(),
)
TEXT = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=400)
@given(text=TEXT, max_blank_lines=st.integers(-1, 3), form=st.sampled_from(["NFC", "NFKC"]))
def test_kernel_and_python_agree_on_any_text(text: str, max_blank_lines: int, form: str) -> None:
    compiled, python = both_paths(text, {"max_blank_lines": max_blank_lines, "unicode_form": form})
    assert compiled == python


@given(text=TEXT)
def test_kernel_and_python_agree_on_renumbered_documents(text: str) -> None:
    lines = text.count("\n") + 1
    origin = [3 * number + 7 for number in range(lines)]  # as if an earlier step had dropped lines
    compiled, python = both_paths(text, {}, origin)
    assert compiled == python


def test_many_calls_do_not_grow_memory() -> None:
    texts = [text * 20 for text in FIXTURES]
    for text in texts:
        kernel.clean(text, 1, True)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(2000):
        for text in texts:
            kernel.clean(text, 1, True)
            kernel.clean(text, 0, False)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 4096  # KiB
