"""Directories of saved pages (``.html``, ``.htm``): each file is one document, grouped in shards.

The text is the decoded page (charset from ``<meta>``, else UTF-8, else sniffed); ``metadata``
says ``html: true`` so the ``extract`` step turns it into article text, and ``url`` comes from the
page's ``<link rel="canonical">`` when it has one (a saved page has no other record of its URL).
"""

from __future__ import annotations

import re

from saring.document import Document
from saring.io.base import ReadError, snippet
from saring.io.charset import BadEncoding, decode_html
from saring.io.text import FileReader

_LINK = re.compile(r"<link\b[^>]{0,500}>", re.IGNORECASE)
_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
# The canonical link sits in <head>; no need to scan a whole page for it.
_HEAD_CHARS = 65536


def canonical_url(html: str) -> str | None:
    """The href of the page's ``<link rel="canonical">``, if any."""
    for link in _LINK.finditer(html, 0, _HEAD_CHARS):
        tag = link.group(0)
        if _CANONICAL.search(tag):
            href = _HREF.search(tag)
            if href:
                return next(g for g in href.groups() if g is not None).strip() or None
    return None


class HtmlReader(FileReader):
    format = "html"
    suffixes = (".html", ".htm")
    kind_of_content = "HTML"

    def decode(self, path: str, data: bytes) -> Document | ReadError:
        try:
            decoded = decode_html(data)
        except BadEncoding as error:
            return ReadError(path, error.offset, "byte", "bad_encoding", str(error),
                             snippet(data[max(0, error.offset - 40):]))
        metadata = {"html": True, "charset": decoded.charset, "url": canonical_url(decoded.text)}
        return Document(path, decoded.text, metadata)
