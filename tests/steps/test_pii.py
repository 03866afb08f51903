"""The pii step: typed redaction of valid personal data, and look-alikes left alone.

Every NIK, NPWP and card number here is made up for the tests: structurally valid (real
province/regency code, real date, correct check digit) but belonging to no one.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saring.document import Document
from saring.step import get_step
from saring.steps.pii import Pii, PiiOptions

# 32 73 05: Kota Bandung; 12 03 90: born 12 March 1990; 0007: serial.
NIK_MAN = "3273051203900007"
# Same place, day 52 = 12 + 40: a woman born 12 March 1990.
NIK_WOMAN = "3273055203900007"
# 31 February does not exist.
NIK_BAD_DATE = "3273053102900001"
# 99 is no province.
NIK_BAD_PROVINCE = "9973051203900007"
# 09.254.294 with Luhn check digit 3, tax office 407, branch 000.
NPWP = "09.254.294.3-407.000"
NPWP_BAD_CHECK = "09.254.294.4-407.000"
NPWP_16 = "0092542943407000"


def redact(text: str, **options: bool) -> Document:
    document = Pii(PiiOptions(**options)).process(Document("t", text))
    assert isinstance(document, Document)
    return document


def test_registered() -> None:
    assert get_step("pii") is Pii


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hubungi 0812-3456-7890 untuk info.", "Hubungi <PHONE> untuk info."),
        ("WA: +62 812 3456 7890.", "WA: <PHONE>."),
        ("Pesan lewat 6285712345678 ya.", "Pesan lewat <PHONE> ya."),
        ("Nomor 0812.3456.7890 aktif.", "Nomor <PHONE> aktif."),
        ("Kantor (021) 5550 1234 buka.", "Kantor <PHONE> buka."),
        ("Telepon 0274 512345 sore.", "Telepon <PHONE> sore."),
        ("Telp:+62 21 5550 1234", "Telp:<PHONE>"),
    ],
)
def test_phone_numbers(text: str, expected: str) -> None:
    document = redact(text)
    assert document.text == expected
    assert document.metadata["pii"] == {"PHONE": 1}


@pytest.mark.parametrize(
    "text",
    [
        "Harganya Rp 081.234.567 per unit.",
        "Sidang digelar 08-12-2024 di Bandung.",
        "Acara pukul 09.30-12.00 WIB.",
        "Lihat tautan berita?id=081234567890 kemarin.",
        "Nomor artikel 20240812123456 diperbarui.",
        "Penduduknya 273.879.750 jiwa.",
        "Periode 2020-2024 dan 2025-2029.",
        "Kode pos 40115 dan 081234 saja.",
    ],
)
def test_look_alikes_are_kept(text: str) -> None:
    document = redact(text)
    assert document.text == text
    assert document.metadata["pii"] == {}


@pytest.mark.parametrize("number", [NIK_MAN, NIK_WOMAN])
def test_valid_nik(number: str) -> None:
    document = redact(f"Tersangka ber-NIK {number} ditahan.")
    assert document.text == "Tersangka ber-NIK <NIK> ditahan."
    assert document.metadata["pii"] == {"NIK": 1}


@pytest.mark.parametrize("number", [NIK_BAD_DATE, NIK_BAD_PROVINCE])
def test_invalid_nik_is_kept(number: str) -> None:
    assert redact(f"Nomor {number} tercatat.").metadata["pii"] == {}


def test_npwp() -> None:
    document = redact(f"NPWP perusahaan {NPWP} terdaftar.")
    assert document.text == "NPWP perusahaan <NPWP> terdaftar."
    assert document.metadata["pii"] == {"NPWP": 1}


def test_npwp_with_wrong_check_digit_is_kept() -> None:
    assert redact(f"NPWP perusahaan {NPWP_BAD_CHECK} terdaftar.").metadata["pii"] == {}


def test_sixteen_digit_npwp_needs_its_name() -> None:
    assert redact(f"NPWP: {NPWP_16}").text == "NPWP: <NPWP>"
    assert redact(f"Kode {NPWP_16}").metadata["pii"] == {}


@pytest.mark.parametrize(
    "text",
    [
        "Kartu 4111 1111 1111 1111 hilang.",
        "Kartu 5500-0000-0000-0004 hilang.",
        "Kartu kredit 378282246310005 hilang.",
    ],
)
def test_cards(text: str) -> None:
    document = redact(text)
    assert "<CARD>" in document.text
    assert document.metadata["pii"] == {"CARD": 1}


@pytest.mark.parametrize(
    "text",
    [
        "Kartu 4111 1111 1111 1112 hilang.",  # Luhn fails
        "Nomor 4111111111111111 tanpa keterangan.",  # no grouping, no card word
        "Kartu 7000 0000 0000 0005 hilang.",  # Luhn-valid, but no card network starts with 7
    ],
)
def test_card_look_alikes_are_kept(text: str) -> None:
    assert redact(text).metadata["pii"] == {}


def test_email() -> None:
    document = redact("Kirim ke redaksi.kota@contoh-media.co.id atau budi_s@mail.example.com.")
    assert document.text == "Kirim ke <EMAIL> atau <EMAIL>."
    assert document.metadata["pii"] == {"EMAIL": 2}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Serangan dari 36.80.12.5 tercatat.", True),
        ("Alamat 2001:4860:4860::8888 diblokir.", True),
        ("Router di 192.168.1.1 dan 127.0.0.1 saja.", False),
        ("Perbarui ke versi 1.2.3.4 sekarang.", False),
        ("Dana Rp 1.250.100.200 cair.", False),
        ("Alamat dokumentasi 2001:db8::1 saja.", False),
    ],
)
def test_ip_addresses(text: str, found: bool) -> None:
    assert redact(text).metadata["pii"] == ({"IP": 1} if found else {})


def test_counts_by_type_and_keeps_lines() -> None:
    text = (
        f"Pelapor ber-NIK {NIK_WOMAN} menghubungi 0812-3456-7890.\n"
        "Surel: pelapor@contoh.id, cadangan 0813 9876 5432.\n"
        "Tidak ada data lain."
    )
    document = redact(text)
    assert document.metadata["pii"] == {"NIK": 1, "PHONE": 2, "EMAIL": 1}
    assert document.text.count("\n") == 2
    assert document.removals == []


def test_options_switch_types_off() -> None:
    document = redact("Hubungi 0812-3456-7890 atau budi@contoh.id.", phone=False)
    assert document.text == "Hubungi 0812-3456-7890 atau <EMAIL>."


@given(st.text(alphabet="0123456789 .-+()@:abcNIK\n", max_size=200))
def test_never_raises_keeps_lines_and_is_idempotent(text: str) -> None:
    once = redact(text)
    assert once.text.count("\n") == text.count("\n")
    assert redact(once.text).text == once.text
