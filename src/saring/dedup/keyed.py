"""Duplicates by one key per document: of each group, the longest text survives, then the smallest id.

Exact text and URL deduplication differ only in the key, so they share this: ``index`` hashes
each document's key, ``decide`` sorts a partition by (key, length desc, id) so the keeper of each
group comes first, and ``apply`` drops the others, naming the keeper. The rule is one a user can
predict and does not depend on worker count or shard order (dolma's choice does).
"""

from __future__ import annotations

from typing import Any, ClassVar

import pyarrow as pa
import pyarrow.compute as pc
import xxhash

from saring.document import Document
from saring.step import CorpusStep, Drop, StepOptions

__all__ = ["KeyedDedup", "KeyedDedupOptions", "hash_key"]


def hash_key(text: str) -> int:
    return xxhash.xxh3_64_intdigest(text.encode())


class KeyedDedupOptions(StepOptions):
    partitions: int = 16
    """Hash partitions for the decide phase, each its own task (a run sets one per input shard)."""


class KeyedDedup(CorpusStep):
    """A document whose key equals a kept document's is dropped with ``reason``."""

    Options = KeyedDedupOptions
    reason: ClassVar[str] = ""
    copies_field: ClassVar[str | None] = None
    """Metadata field that records, on the kept document, how many copies its group had."""

    def __init__(self, options: KeyedDedupOptions | None = None) -> None:
        super().__init__(options)
        self.partitions = self.options.partitions

    def key(self, document: Document) -> int | None:
        """The document's 64-bit key; None means it is never a duplicate here."""
        raise NotImplementedError

    def index(self, documents: list[Document]) -> pa.Table:
        keys = [self.key(d) for d in documents]
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
        order = pc.sort_indices(keys, sort_keys=[("key", "ascending"), ("length", "descending"), ("id", "ascending")])
        keys = keys.take(order)
        key_list = keys.column("key").to_pylist()
        ids = keys.column("id").to_pylist()
        reasons: list[str | None] = []
        duplicate_of: list[str | None] = []
        copies: list[int] = []
        start = 0
        while start < len(key_list):
            end = start
            while end < len(key_list) and key_list[end] == key_list[start]:
                end += 1
            for i in range(start, end):
                reasons.append(None if i == start else self.reason)
                duplicate_of.append(None if i == start else ids[start])
                copies.append(end - start)
            start = end
        return pa.table(
            {
                "shard": keys.column("shard"),
                "row": keys.column("row"),
                "reason": pa.array(reasons, pa.string()),
                "duplicate_of": pa.array(duplicate_of, pa.string()),
                "copies": pa.array(copies, pa.int32()),
            }
        )

    def apply(self, document: Document, decisions: list[dict[str, Any]]) -> Document | Drop:
        for decision in decisions:
            if decision["reason"]:
                return Drop(decision["reason"], {"duplicate_of": decision["duplicate_of"]})
            if self.copies_field and decision["copies"] > 1:
                document.metadata[self.copies_field] = decision["copies"]
        return document
