from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saring.io.charset import BadEncoding, decode_html, meta_charset

KALIMAT = "\u201cHarga naik,\u201d kata pedagang \u2013 caf\u00e9 di Bandung \u2026 "


def html(body: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(("data", "http", "charset"), [
    # Valid UTF-8 wins even behind a server's default ISO-8859-1 header.
    (html(KALIMAT * 20).encode("utf-8"), "iso-8859-1", "utf-8"),
    # Not UTF-8: the HTTP header, then the <meta> tag, then a guess.
    (html(KALIMAT * 20).encode("cp1252"), "windows-1252", "cp1252"),
    (html(KALIMAT * 20, '<meta charset="windows-1252">').encode("cp1252"), None, "cp1252"),
    (html(KALIMAT * 20, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
     .encode("cp1252"), None, "cp1252"),
    # uchardet's guess: a windows code page that shares these characters with cp1252.
    (html(KALIMAT * 20).encode("cp1252"), None, "cp125"),
    # An unknown label is skipped, not fatal.
    (html(KALIMAT * 20).encode("cp1252"), "x-no-such-charset", "cp125"),
    # Byte-order marks.
    (b"\xef\xbb\xbf" + html(KALIMAT).encode("utf-8"), None, "utf-8"),
    (b"\xff\xfe" + html(KALIMAT).encode("utf-16-le"), None, "utf-16-le"),
])
def test_charset_order(data: bytes, http: str | None, charset: str) -> None:
    decoded = decode_html(data, http)
    assert decoded.charset.startswith(charset)
    assert KALIMAT in decoded.text


def test_a_stray_byte_is_tolerated_a_broken_page_is_not() -> None:
    good = html("Harga beras naik. " * 200).encode("utf-8")
    stray = good[:500] + b"\xff" + good[500:]
    assert "\ufffd" in decode_html(stray, "utf-8").text
    broken = good[:500] + bytes(range(0x80, 0x100)) * 4 + good[500:]
    with pytest.raises(BadEncoding, match=r"undecodable bytes as utf-8 \(first at byte 500\)") as error:
        decode_html(broken, "utf-8")
    assert error.value.offset == 500


def test_meta_charset_is_read_from_the_head_only() -> None:
    assert meta_charset(b'<meta charset="UTF-8">') == "utf-8"
    assert meta_charset(b"<meta content='text/html; charset=gbk' http-equiv=Content-Type>") == "gbk"
    assert meta_charset(b" " * 5000 + b'<meta charset="gbk">') is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([None, "utf-8", "cp1252", "shift_jis", "bogus", "utf-16"]))
def test_any_bytes_decode_or_raise_bad_encoding(data: bytes, http: str | None) -> None:
    try:
        decoded = decode_html(data, http)
    except BadEncoding as error:
        assert 0 <= error.offset < len(data)
    else:
        assert isinstance(decoded.text, str)
