"""URL duplicates: one document per page address, however the crawler wrote the address.

Crawls fetch the same article many times: over http and https, with and without ``www.``, with
``utm_*`` tags from a share button, with ``#comments``. The key folds those away (see
:func:`normalise_url`); of each group the longest text is kept, then the smallest id, as in
``exact_dedup``. Documents without a URL are never duplicates here.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pyarrow as pa
import pyarrow.compute as pc
import xxhash

from saring.document import Document
from saring.step import CorpusStep, Drop, StepOptions, register

__all__ = ["UrlDedup", "UrlDedupOptions", "normalise_url"]

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


class UrlDedupOptions(StepOptions):
    partitions: int = 16
    """Hash partitions for the decide phase; each runs as its own task."""


@register
class UrlDedup(CorpusStep):
    """Remove documents whose normalised URL equals a kept document's."""

    name = "url_dedup"
    description = (
        "Duplicate URLs (scheme, www., utm_*, fragment, trailing slash folded); keeps the longest text."
    )
    Options = UrlDedupOptions
    reads = ("url",)

    def __init__(self, options: UrlDedupOptions | None = None) -> None:
        super().__init__(options)
        self.partitions = self.options.partitions

    def index(self, documents: list[Document]) -> pa.Table:
        keys: list[int | None] = []
        for document in documents:
            url = document.metadata.get("url")
            normal = normalise_url(url) if isinstance(url, str) else None
            keys.append(xxhash.xxh3_64_intdigest(normal.encode()) if normal else None)
        return pa.table(
            {
                "key": pa.array(keys, pa.uint64()),
                "partition": pa.array([(k or 0) % self.partitions for k in keys], pa.int32()),
                "length": pa.array([len(d.text) for d in documents], pa.int64()),
                "id": pa.array([d.id for d in documents], pa.string()),
            }
        )

    def decide(self, keys: pa.Table, round: int = 0) -> pa.Table:
        keys = keys.filter(pc.is_valid(keys.column("key")))
        if keys.num_rows == 0:
            return _empty_decisions()
        # Within each key the keeper (longest, then smallest id) comes first.
        order = pc.sort_indices(
            keys, sort_keys=[("key", "ascending"), ("length", "descending"), ("id", "ascending")]
        )
        keys = keys.take(order)
        key_list = keys.column("key").to_pylist()
        ids = keys.column("id").to_pylist()
        reasons: list[str | None] = []
        duplicate_of: list[str | None] = []
        keeper = 0
        for i, key in enumerate(key_list):
            if i == 0 or key != key_list[i - 1]:
                keeper = i
            reasons.append(None if i == keeper else "duplicate_url")
            duplicate_of.append(None if i == keeper else ids[keeper])
        return pa.table(
            {
                "shard": keys.column("shard"),
                "row": keys.column("row"),
                "reason": pa.array(reasons, pa.string()),
                "duplicate_of": pa.array(duplicate_of, pa.string()),
            }
        )

    def apply(self, document: Document, decisions: list[dict[str, Any]]) -> Document | Drop:
        for decision in decisions:
            if decision["reason"]:
                return Drop(decision["reason"], {"duplicate_of": decision["duplicate_of"]})
        return document


def _empty_decisions() -> pa.Table:
    return pa.table(
        {
            "shard": pa.array([], pa.string()),
            "row": pa.array([], pa.int64()),
            "reason": pa.array([], pa.string()),
            "duplicate_of": pa.array([], pa.string()),
        }
    )
