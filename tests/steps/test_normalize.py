import pytest
from hypothesis import given
from hypothesis import strategies as st

from saring.document import Document
from saring.step import Drop
from saring.steps import normalize as module
from saring.steps.normalize import Normalize


@pytest.fixture(autouse=True, params=["kernel", "python"])
def path(request, monkeypatch):
    """Every test runs on the C kernel (where built) and on the pure-Python path."""
    if request.param == "python":
        monkeypatch.setattr(module, "_kernel", None)
    elif module._kernel is None:
        pytest.skip("the C kernel is not built")
    return request.param


def normalize(text: str) -> Document:
    result = Normalize().process(Document("d", text))
    assert isinstance(result, Document)
    return result


def test_mojibake_nbsp_crlf_and_blank_runs():
    document = normalize("\n\n  Ia berkata â€œcukupâ€\u009d.\u00a0Lalu pergi. \r\n\r\n\r\n\r\nParagraf\u200b kedua\r")
    assert document.text == "Ia berkata “cukup”. Lalu pergi.\n\nParagraf kedua"
    # the three lines left keep their original line numbers
    assert [document.original_line(i) for i in range(3)] == [3, 4, 7]


def test_lone_carriage_returns_split_lines_with_their_original_number():
    document = normalize("satu\rdua\ntiga")
    assert document.lines() == ["satu", "dua", "tiga"]
    assert document.origin == [1, 1, 2]


def test_ascii_text_passes_unchanged():
    text = "JAKARTA - Harga cabai naik.\nPedagang mengeluh."
    assert normalize(text).text == text


def test_empty_after_normalisation_is_dropped_with_a_reason():
    assert Normalize().process(Document("d", " \u200b\n\u00a0\n")) == Drop("empty_text")


@given(st.text())
def test_never_raises_keeps_every_non_blank_line_and_is_idempotent(text):
    result = Normalize().process(Document("d", text))
    if isinstance(result, Drop):
        return
    once = result.text
    lines = once.split("\n")
    numbers = [result.original_line(i) for i in range(len(lines))]
    assert numbers == sorted(numbers) and numbers[-1] <= text.count("\n") + 1
    assert not once.startswith(("\n", " ")) and not once.endswith(("\n", " "))
    again = Normalize().process(Document("d", once))
    assert isinstance(again, Document) and again.text == once


@pytest.mark.parametrize("text", ["\x8d\u00ce\x80", "\x8d\u00e1\x80\x80"])
def test_a_c1_control_inside_mojibake_is_repaired_in_one_pass(text):
    # "\x8d" hides the pair from ftfy until it is removed; the step then runs ftfy again
    once = normalize(text).text
    assert normalize(once).text == once


def test_mojibake_is_repaired_where_it_is_and_nowhere_else():
    # ftfy sees the words around each pair; a far-off "Â\xa0" (NBSP's mojibake) is an anchor too
    filler = "Harga cabai di pasar tradisional naik lagi pekan ini. " * 6
    text = filler + "Suhu mencapai Â±30 derajat. " + filler + "kata dia.Â\u00a0Pedagang mengeluh. " + filler
    out = normalize(text).text
    assert "±30 derajat" in out and "kata dia. Pedagang" in out and "Â" not in out
    assert out.startswith(filler.strip()[:40]) and normalize(out).text == out
