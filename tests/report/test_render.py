"""Putting removed lines and spans back at their original line numbers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from saring.document import Document, Span
from saring.report.render import context, reconstruct


def _removals(document: Document) -> list[dict]:
    return [removal.as_dict() for removal in document.removals]


def test_removed_lines_and_cut_spans_return_to_their_lines() -> None:
    document = Document("a", "JAKARTA - Harga naik.\nBaca juga: Cabai turun\nPedagang mengeluh.\nIklan")
    document.edit("news", drop={1: "related_link_line", 3: "ad_line"}, cut={0: [Span(0, 9, "dateline")]})
    shown = reconstruct(document.text, _removals(document))
    assert [(line.number, line.text) for line in shown] == [
        (1, "Harga naik."),
        (2, "Baca juga: Cabai turun"),
        (3, "Pedagang mengeluh."),
        (4, "Iklan"),
    ]
    assert [line.removed.reason if line.removed else None for line in shown] == [
        None,
        "related_link_line",
        None,
        "ad_line",
    ]
    assert [(cut.text, cut.reason) for cut in shown[0].cuts] == [("JAKARTA -", "dateline")]


def test_a_line_cut_to_nothing_keeps_its_place_when_the_numbering_shows_it() -> None:
    document = Document("a", "Satu.\nBaca juga: Dua\nTiga.\nIklan")
    document.edit("news", drop={3: "ad_line"}, cut={1: [Span(0, 14, "inline_related")]})
    shown = reconstruct(document.text, _removals(document))
    assert [(line.number, line.text) for line in shown] == [(1, "Satu."), (2, ""), (3, "Tiga."), (4, "Iklan")]
    assert shown[1].cuts[0].reason == "inline_related"


def test_context_keeps_changed_lines_and_their_neighbours() -> None:
    document = Document("a", "\n".join(f"baris {n}" for n in range(1, 11)))
    document.edit("news", drop={5: "promo_line"})
    shown = context(reconstruct(document.text, _removals(document)), around=1)
    assert [line.number if line else None for line in shown] == [None, 5, 6, 7, None]


@given(st.lists(st.text(alphabet="ab ", min_size=1, max_size=8), min_size=1, max_size=12), st.data())
def test_every_original_line_comes_back_in_order(lines: list[str], data: st.DataObject) -> None:
    document = Document("a", "\n".join(lines))
    indices = data.draw(st.sets(st.integers(0, len(lines) - 1)))
    document.edit("test", drop={i: "dropped" for i in indices})
    shown = reconstruct(document.text, _removals(document))
    assert [line.text for line in shown] == lines
    assert {line.number - 1 for line in shown if line.removed} == indices
