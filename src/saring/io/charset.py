"""Turning a crawled page's bytes into text: valid UTF-8, else the declared charset, else a guess.

Shared by the WARC and HTML readers. Order: a byte-order mark; then strict UTF-8, because bytes
that are valid UTF-8 and not plain ASCII are practically never another encoding, while servers
that send ``charset=ISO-8859-1`` by default in front of UTF-8 pages are common; then the HTTP
``Content-Type`` charset, then ``<meta charset>`` in the first bytes (as browsers do); then
uchardet's guess. A page whose bytes do not fit the charset it is read with is not silently turned
into mojibake: a stray byte or two (a template glitch) becomes U+FFFD, more than
``MAX_BAD_RATIO`` of the bytes is a :class:`BadEncoding` the reader turns into an error record.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["MAX_BAD_RATIO", "BadEncoding", "Decoded", "decode_html", "meta_charset"]

# One bad byte in a thousand is a glitch; more means the page is not in the charset we read it as.
MAX_BAD_RATIO = 0.001
# Browsers look for <meta charset> in the first 1024 bytes; pages with long <head> scripts push it
# further, so we look a little further.
_META_WINDOW = 4096
_META_CHARSET = re.compile(
    rb"""<meta\s[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class BadEncoding(ValueError):
    """The bytes do not decode with any charset the page claims or that it could be."""

    def __init__(self, charset: str, offset: int, bad: int) -> None:
        super().__init__(f"{bad} undecodable bytes as {charset} (first at byte {offset}); "
                         "the page is not in the charset it declares")
        self.charset = charset
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    charset: str
    """The Python codec the text was decoded with."""


def meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, _META_WINDOW)
    return match.group(1).decode("ascii").lower() if match else None


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    # WHATWG: pages labelled latin-1 / ascii are decoded as windows-1252 by every browser, and a
    # UTF-16 label on a page that has no UTF-16 byte-order mark means UTF-8.
    if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        label = "cp1252"
    elif label.startswith(("utf-16", "utf16")):
        label = "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode(data: bytes, codec: str) -> str:
    """Decode strictly, or tolerate a few bad bytes as U+FFFD; raise BadEncoding beyond that."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if bad > max(1, len(data) * MAX_BAD_RATIO):
            raise BadEncoding(codec, error.start, bad) from None
        return text


def decode_html(data: bytes, http_charset: str | None = None) -> Decoded:
    """Decode a page; raise :class:`BadEncoding` when its bytes fit no charset it may be in."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(_decode(data[len(bom):], codec), codec)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for label in (http_charset, meta_charset(data)):
        codec = _codec(label)
        if codec is not None:
            return Decoded(_decode(data, codec), codec)
    codec = _codec(_sniff(data)) or "cp1252"
    return Decoded(_decode(data, codec), codec)


def _sniff(data: bytes) -> str | None:
    """uchardet's guess (via resiliparse, the warc extra); without it, windows-1252 like a browser."""
    try:
        from resiliparse.parse.encoding import detect_encoding
    except ImportError:  # pragma: no cover - depends on the install
        return None
    return detect_encoding(data, html5_compatible=True)
