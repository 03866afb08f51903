from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from saring.dedup.lines import LineDedup, LineDedupOptions, line_keys
from saring.document import Document
from saring.step import Drop, get_step

FURNITURE = "Ikuti kanal WhatsApp Warta Nusantara untuk berita terkini setiap hari"
COPYRIGHT = "Copyright © 2024 Warta Nusantara. All rights reserved."
BODIES = [
    "Pemerintah provinsi meresmikan jembatan baru yang menghubungkan dua kecamatan di tepi sungai.",
    "Harga cabai rawit di pasar induk turun setelah pasokan dari daerah sentra kembali normal.",
    "Tim sepak bola kebanggaan kota itu menang tipis atas tamu mereka dalam laga Minggu malam.",
    "Ratusan pelajar mengikuti lomba baca puisi yang digelar perpustakaan daerah pekan ini.",
    "Dinas kesehatan membuka layanan vaksinasi keliling di sejumlah kelurahan padat penduduk.",
]


def _corpus() -> list[Document]:
    documents = []
    for i, body in enumerate(BODIES):
        # The copyright year differs per page; digits are folded, so the line still counts as one.
        copyright_line = COPYRIGHT.replace("2024", str(2020 + i))
        text = f"{body}\nTerima kasih.\n{FURNITURE}\n{copyright_line}"
        documents.append(Document(id=f"berita-{i}", text=text))
    return documents


def test_keys_fold_case_digits_and_spaces() -> None:
    a, short = line_keys("Copyright  2023 WARTA\nOke.", min_chars=10)
    assert a == line_keys("copyright 1999 warta", min_chars=10)[0]
    assert short is None


@given(st.text())
def test_one_key_per_line_for_any_text(text: str) -> None:
    assert len(line_keys(text, min_chars=5)) == len(text.split("\n"))


def test_repeated_lines_removed_with_line_numbers(run_corpus) -> None:
    step = get_step("line_dedup")(LineDedupOptions(max_documents=3))
    outcomes = run_corpus(step, [_corpus()[:2], _corpus()[2:]])
    for i, body in enumerate(BODIES):
        document = outcomes[f"berita-{i}"]
        assert document.text == f"{body}\nTerima kasih."
        assert [(r.line, r.reason, r.step) for r in document.removals] == [
            (3, "repeated_line", "line_dedup"),
            (4, "repeated_line", "line_dedup"),
        ]
        assert document.removals[0].text == FURNITURE


def test_lines_at_the_limit_are_kept(run_corpus) -> None:
    outcomes = run_corpus(LineDedup(LineDedupOptions(max_documents=5)), [_corpus()])
    assert all(not o.removals and FURNITURE in o.text for o in outcomes.values())


def test_document_of_only_furniture_is_dropped(run_corpus) -> None:
    shell = Document(id="kosong", text=f"{FURNITURE}\n\n{COPYRIGHT}")
    outcomes = run_corpus(LineDedup(LineDedupOptions(max_documents=3)), [[*_corpus(), shell]])
    assert outcomes["kosong"] == Drop("empty_after_line_dedup")


def test_nothing_repeated_leaves_documents_untouched(run_corpus) -> None:
    documents = [Document(id=str(i), text=body) for i, body in enumerate(BODIES)]
    outcomes = run_corpus(LineDedup(), [documents])
    assert [o.text for o in outcomes.values()] == BODIES
