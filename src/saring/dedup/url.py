"""URL duplicates: one document per page address, however the crawler wrote the address.

Crawls fetch the same article many times: over http and https, with and without ``www.``, with
``utm_*`` tags from a share button, with ``#comments``. The key folds those away (see
:func:`normalise_url`); of each group the longest text is kept, then the smallest id, as in
``exact_dedup``. Documents without a URL are never duplicates here.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

from saring.dedup.keyed import KeyedDedup, hash_key
from saring.document import Document
from saring.step import register

__all__ = ["UrlDedup", "normalise_url"]

# Query parameters that say how a visitor arrived, not which page it is.
_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "ref",
        "ref_src",
        "amp",
    }
)


def normalise_url(url: str) -> str | None:
    """Host (lowercase, no ``www.``, no default port) + path (no trailing slash) + sorted query
    without tracking parameters; no scheme, no fragment. None when the URL has no host."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
        port = parts.port
    except ValueError:
        return None
    if not host:
        return None
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING
    )
    path = parts.path.rstrip("/")
    return host + path + ("?" + urlencode(query) if query else "")


@register
class UrlDedup(KeyedDedup):
    """Remove documents whose normalised URL equals a kept document's."""

    name = "url_dedup"
    description = (
        "Duplicate URLs (scheme, www., utm_*, fragment, trailing slash folded); keeps the longest text."
    )
    reads = ("url",)
    reason = "duplicate_url"

    def key(self, document: Document) -> int | None:
        url = document.metadata.get("url")
        normal = normalise_url(url) if isinstance(url, str) else None
        return hash_key(normal) if normal else None
