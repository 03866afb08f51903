from saring.document import Document, Span


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
