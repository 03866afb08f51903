"""The pii step's fast paths find exactly what the regexes they stand in for find.

The C kernel (saring.steps._pii) gives ``_RUN``'s spans; e-mails found from each ``@`` are
``_EMAIL``'s matches; IPv6 addresses tried at each colon are ``_IPV6``'s matches. Each is compared
on hand-written text and on arbitrary text, and the whole redaction with the kernel on and off.
Without the kernel the pure-Python paths are still checked against the regexes.
"""

from __future__ import annotations

import resource

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saring import kernels
from saring.steps import pii

kernel = kernels.load("saring.steps._pii")
needs_kernel = pytest.mark.skipif(kernel is None, reason="the C kernel is not built (no C compiler)")

# Written for these tests: contact lines, amounts, dates, versions and addresses of made-up people.
FIXTURES = [
    "",
    "1234567",
    "Hubungi 0812-3456-7890 atau (021) 555-1234, bukan Rp 081.234.567.",
    "NIK 3171014501900002, NPWP 09.254.294.3-407.000, kartu 4111 1111 1111 1111.",
    "Tanggal 08-12-2024 pukul 09.30, skor 2-1 - 3 - 4 - 5, harga 1.500.000 - 2.000.000",
    "Surat ke budi.santoso@contoh.co.id, cc: sri_wahyuni+berita@mail.example.com.",
    "a@b @@x.id nama@@dua.com titik.@akhir. x@y.z x@y.zz é@ü.com ٣@٤.co",
    "Server 203.0.113.9 dan 8.8.8.8, versi 1.2.3.4, alamat 2001:db8::1 atau 2a00:1450:4001:80b::200e.",
    "jam 10:30:45 dan 11:00, rasio 3:2, 2001:0db8:0000:0000:0000:ff00:0042:8329:abcd ::1 ::",
    "Nomor ١٢٣٤٥٦٧٨٩٠١٢ dan ８１２３４５６７８ dan 0812\u00a03456\u00a07890",
    "id=081234567890 #0812345678901 x0812345678 081234567890123456789",
]

INTERESTING = "0123456789 .-+()@:_%abcdefABCDEF23Rrpxv\n٣８é"
TEXT = st.text(alphabet=st.one_of(st.sampled_from(INTERESTING), st.characters()), max_size=300)
PIECES = [
    "0812", "3456", "7890", "+62", "(021)", "555", "1234", "4111", "09.254.294.3-407.000", "3171014501900002",
    "budi", "santoso", "@", ".", "co.id", "contoh", "mail", "_", "+", "%", "2001:db8::1", "203.0.113.9", "2a00",
    "1450", "::", ":", "Rp", "versi", "kartu", "NPWP", "x", "é", "٣",
]  # fmt: skip
SOUP = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " ", "-", ".", ":", ", "])), max_size=50).map(
    lambda pairs: "".join(piece + separator for piece, separator in pairs)
)


def redact_without_kernel(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    with monkeypatch.context() as patch:
        patch.setattr(pii, "_kernel", None)
        return pii._Redactor(pii.PiiOptions()).redact(text)


def assert_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert pii._runs(text) == [m.span() for m in pii._RUN.finditer(text)]
    assert pii._email_spans(text) == [m.span() for m in pii._EMAIL.finditer(text)]
    assert [m.span() for m in pii._ipv6_matches(text)] == [m.span() for m in pii._IPV6.finditer(text)]
    redacted, counts = pii._Redactor(pii.PiiOptions()).redact(text)
    expected_text, expected_counts = redact_without_kernel(text, monkeypatch)
    assert redacted == expected_text
    assert list(counts.items()) == list(expected_counts.items())


@needs_kernel
def test_the_step_uses_the_kernel() -> None:
    assert pii._kernel is kernel


@pytest.mark.parametrize("text", FIXTURES)
def test_fixtures_give_the_same_results(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_same(text, monkeypatch)


def test_fixtures_exercise_every_path() -> None:
    assert all(pii._runs(text) for text in FIXTURES[2:5])
    assert len(pii._email_spans(FIXTURES[5])) == 2
    assert pii._ipv6_matches(FIXTURES[7])
    assert pii._runs(FIXTURES[9])  # Arabic-Indic and fullwidth digits are \d too


@given(st.one_of(TEXT, SOUP))
def test_arbitrary_text_gives_the_same_results(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert_same(text, monkeypatch)


@needs_kernel
def test_runs_refuses_what_is_not_text() -> None:
    with pytest.raises(TypeError, match="str"):
        kernel.runs(b"0812345678")


@needs_kernel
def test_repeated_calls_do_not_grow_memory() -> None:
    """A reference or allocation leaked per call shows as megabytes over 100,000 calls."""
    text = FIXTURES[2] + FIXTURES[3] + FIXTURES[4]

    def calls(times: int) -> None:
        for _ in range(times):
            kernel.runs(text)

    calls(20_000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    calls(100_000)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 2048
