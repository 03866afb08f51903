"""The C line cutter (saring._document) against its pure-Python paths: Document.edit's _cut_line and the
news step's _pieces."""

from __future__ import annotations

import resource
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from saring import document, kernels
from saring.document import Document, Removal, Span
from saring.steps import news

kernel = kernels.load("saring._document")

needs_kernel = pytest.mark.skipif(kernel is None, reason="saring._document is not built (no C compiler)")

# Lines with spaces of every width (a str.strip() space that is not ASCII among them), 2- and 4-byte
# characters, and empty lines.
lines = st.one_of(
    st.text(alphabet=" ab.\u00e9\u2003\u3000\x1c\t\U0001f600", max_size=24),
    st.text(max_size=30),
)
bounds = st.lists(st.tuples(st.integers(-30, 30), st.integers(-30, 30)), max_size=4)
REASONS = ("dateline", "credit_line", "related_link_inline", "navigation")


def spans_of(pairs: list[tuple[int, int]]) -> list[Span]:
    return [Span(start, end, REASONS[k % len(REASONS)]) for k, (start, end) in enumerate(pairs)]


def both_cuts(line: str, spans: list[Span]) -> tuple[tuple[str, list[Removal]], tuple[str, list[Removal]]]:
    assert kernel is not None
    in_c: list[Removal] = []
    kept = kernel.cut_line(in_c, line, 7, spans, "news", Removal)
    in_python: list[Removal] = []
    return (kept, in_c), (document._cut_line(in_python, line, 7, spans, "news"), in_python)


@needs_kernel
@settings(max_examples=500, deadline=None)
@given(lines, bounds)
@example("  Jakarta - Harga naik.  (abc/def) ", [(0, 11), (24, 34)])
@example("Baca juga: Judul", [(0, 16), (0, 16)])
@example("a b", [(1, 1), (2, 2)])
@example("\u3000x\u3000", [(5, 2)])
@example("", [(0, 0)])
def test_cut_line_in_c_is_the_python_cut(line: str, pairs: list[tuple[int, int]]) -> None:
    in_c, in_python = both_cuts(line, spans_of(pairs))
    assert in_c == in_python


@needs_kernel
def test_cut_line_records_each_cut_and_joins_what_is_left() -> None:
    removals: list[Removal] = []
    line = "Medan -    Banjir merendam desa. (abc/def) "
    credit = line.index("(abc")
    spans = [Span(credit - 1, len(line), "credit_line"), Span(0, 11, "dateline")]
    kept = kernel.cut_line(removals, line, 3, spans, "news", Removal)
    assert kept == "Banjir merendam desa."
    assert removals == [
        Removal(3, "Medan -", "dateline", "news", True),
        Removal(3, "(abc/def)", "credit_line", "news", True),
    ]


@needs_kernel
def test_cut_line_leaves_spans_that_are_not_plain_ints_to_python() -> None:
    removals: list[Removal] = []
    assert kernel.cut_line(removals, "abc def", 1, [Span(0, 3, "x"), Span(4.0, 7, "y")], "s", Removal) is None
    assert kernel.cut_line(removals, "abc def", 1, [Span(0, 2**70, "x")], "s", Removal) is None
    assert removals == []
    with pytest.raises(TypeError):
        kernel.cut_line(removals, b"abc", 1, [], "s", Removal)


@needs_kernel
@settings(max_examples=500, deadline=None)
@given(lines, bounds)
@example("a b", [(1, 1), (2, 2)])
@example("abc", [(-2, -1)])
@example(" x ", [])
def test_pieces_in_c_are_the_python_pieces(line: str, pairs: list[tuple[int, int]]) -> None:
    spans = spans_of(pairs)
    assert kernel.pieces(line, spans) == news._pieces_in_python(line, spans)


@needs_kernel
def test_pieces_leave_spans_that_are_not_plain_ints_to_python() -> None:
    assert kernel.pieces("abc def", [Span(0, 2**70, "x")]) is None
    assert news._pieces("abc def", [Span(4, 2**70, "x")]) == ["abc"]


def edited(text: str, pairs: list[tuple[int, int]], drop: dict[int, str]) -> tuple[str, list[Removal], Any]:
    doc = Document("d", text)
    count = len(text.split("\n"))
    cut = {k % count: spans_of(pairs[k:]) for k in range(len(pairs))}
    doc.edit("news", drop=drop, cut=cut)
    return doc.text, doc.removals, doc.origin


@needs_kernel
@settings(max_examples=200, deadline=None)
@given(
    st.lists(lines, min_size=1, max_size=4).map("\n".join),
    bounds,
    st.dictionaries(st.integers(-1, 4), st.sampled_from(REASONS)),
)
def test_edit_gives_the_same_document_without_the_kernel(
    text: str, pairs: list[tuple[int, int]], drop: dict[int, str]
) -> None:
    with_kernel = edited(text, pairs, drop)
    saved = document._kernel
    document._kernel = None
    try:
        without = edited(text, pairs, drop)
    finally:
        document._kernel = saved
    assert with_kernel == without


@needs_kernel
def test_kernel_keeps_no_references() -> None:
    line = "Jakarta (ANTARA) - Harga \u00e9 naik \U0001f600 di pasar.  (abc/def) tag satu " * 4
    spans = [Span(60, 80, "credit_line"), Span(0, 19, "dateline"), Span(70, 90, "navigation")]
    for _ in range(2000):
        kernel.cut_line([], line, 1, spans, "news", Removal)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(100_000):
        kernel.cut_line([], line, 1, spans, "news", Removal)
        kernel.cut_line([], line, 1, spans[:1], "news", Removal)
        kernel.pieces(line, spans)
        kernel.pieces(line, [Span(0, 2**70, "x")])
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 2048
