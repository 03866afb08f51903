import dataclasses
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saring.document import Document, Removal, Span


def test_edit_records_original_line_numbers_across_two_edits():
    document = Document("d", "judul\nbaca juga: x\nisi satu\niklan\nisi dua")
    document.edit("first", drop={1: "related_link_line"})
    document.edit("second", drop={2: "ad_marker"})
    assert document.text == "judul\nisi satu\nisi dua"
    assert [(r.line, r.reason, r.step) for r in document.removals] == [
        (2, "related_link_line", "first"),
        (4, "ad_marker", "second"),
    ]


def test_cut_span_keeps_the_rest_of_the_line():
    document = Document("d", "Harga naik, kata dia.Baca juga: Judul Lain\nbaris dua")
    line = document.lines()[0]
    start = line.index("Baca juga")
    document.edit("news", cut={0: [Span(start, len(line), "related_link_inline")]})
    assert document.text == "Harga naik, kata dia.\nbaris dua"
    assert document.removals[0].span is True
    assert document.removals[0].text == "Baca juga: Judul Lain"
    assert document.removals[0].line == 1


def test_cut_in_the_middle_joins_with_one_space():
    document = Document("d", "Rabu (10/9). ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Ia menjelaskan.")
    line = document.text
    start = line.index("ADVERTISEMENT")
    end = line.index("Ia ")
    document.edit("news", cut={0: [Span(start, end, "ad_marker")]})
    assert document.text == "Rabu (10/9). Ia menjelaskan."


def test_a_line_cut_to_nothing_disappears_without_double_counting():
    document = Document("d", "ADVERTISEMENT\nisi")
    document.edit("news", cut={0: [Span(0, 13, "ad_marker")]})
    assert document.text == "isi"
    assert len(document.removals) == 1


def test_edit_ignores_indices_past_the_text_and_a_drop_wins_over_a_cut():
    document = Document("d", "satu\ndua\ntiga")
    document.edit("s", drop={1: "ad_marker", 7: "navigation", -1: "navigation"}, cut={1: [Span(0, 1, "x")], 9: []})
    assert document.text == "satu\ntiga"
    assert document.origin == [1, 3]
    assert [(r.line, r.text, r.reason, r.span) for r in document.removals] == [(2, "dua", "ad_marker", False)]


def test_spans_are_cut_in_order_of_start_and_overlaps_are_cut_once():
    document = Document("d", "a BBB c DDD e")
    document.edit("s", cut={0: [Span(8, 11, "later"), Span(2, 5, "first"), Span(3, 6, "overlap")]})
    assert document.text == "a c e"
    assert [(r.text, r.reason) for r in document.removals] == [("BBB", "first"), ("DDD", "later")]


def test_an_edit_with_nothing_to_change_keeps_the_original_numbering():
    document = Document("d", "a\nb")
    document.edit("s")
    document.edit("s", drop={}, cut={})
    assert document.origin is None
    document.edit("s", cut={0: []})
    assert document.text == "a\nb" and document.origin == [1, 2]


def test_removal_and_span_stay_frozen_value_objects():
    removal = Removal(3, "x", "ad_marker", "news")
    assert removal == Removal(3, "x", "ad_marker", "news", False)
    assert hash(removal) == hash(Removal(3, "x", "ad_marker", "news"))
    assert removal.span is False and Removal(1, "x", "r", "s", span=True).span is True
    assert dataclasses.replace(removal, span=True).as_dict()["span"] is True
    assert pickle.loads(pickle.dumps(Span(1, 2, "r"))) == Span(1, 2, "r")
    with pytest.raises(dataclasses.FrozenInstanceError):
        removal.line = 4  # type: ignore[misc]
    with pytest.raises(TypeError, match=r"Removal.__init__\(\) missing"):
        Removal(1)  # type: ignore[call-arg]


def _reference_edit(text: str, origin: list[int] | None, drop: dict, cut: dict) -> tuple[str, list[int], list]:
    """The plain per-line algorithm Document.edit must agree with."""
    removals = []
    lines, numbers = [], []
    for i, line in enumerate(text.split("\n")):
        number = origin[i] if origin is not None else i + 1
        if drop.get(i) is not None:
            removals.append((number, line, drop[i], False))
            continue
        if cut.get(i):
            pieces, position = [], 0
            for span in sorted(cut[i], key=lambda s: s.start):
                start = max(span.start, position)
                if span.end <= start:
                    continue
                if line[start : span.end].strip():
                    removals.append((number, line[start : span.end].strip(), span.reason, True))
                pieces.append(line[position:start])
                position = span.end
            pieces.append(line[position:])
            line = pieces[0] if len(pieces) == 1 else " ".join(p.strip() for p in pieces if p.strip())
            if not line.strip():
                continue
        lines.append(line)
        numbers.append(number)
    return "\n".join(lines), numbers, removals


spans = st.builds(lambda a, b, r: Span(min(a, b), max(a, b), r), st.integers(0, 30), st.integers(0, 30),
                  st.sampled_from(["x", "y"]))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=" ab\u00e9\U0001f600\t\u2003", max_size=12), min_size=1, max_size=6),
    st.dictionaries(st.integers(-1, 7), st.sampled_from(["p", "q"]), max_size=3),
    st.dictionaries(st.integers(-1, 7), st.lists(spans, max_size=3), max_size=4),
    st.booleans(),
    st.booleans(),
)
def test_edit_agrees_with_the_plain_per_line_algorithm(lines, drop, cut, renumbered, split_by_caller):
    text = "\n".join(lines)
    origin = [n * 2 + 5 for n in range(len(lines))] if renumbered else None
    document = Document("d", text, origin=list(origin) if origin else None)
    document.edit("s", drop=drop, cut=cut, lines=document.lines() if split_by_caller else None)
    if not drop and not cut:
        assert document.text == text
        return
    expected_text, expected_origin, expected_removals = _reference_edit(text, origin, drop, cut)
    assert document.text == expected_text
    assert document.origin == expected_origin
    assert [(r.line, r.text, r.reason, r.span) for r in document.removals] == expected_removals
