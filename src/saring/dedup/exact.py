"""Exact duplicates: one copy of each normalised text survives, chosen the same way every run.

The key is a 64-bit xxhash of the text with case and whitespace folded, so copies that differ
only in spacing or capitalisation meet. The copy kept is the longest text, then the smallest id:
a rule a user can predict, independent of worker count and shard order (dolma's choice is not).
"""

from __future__ import annotations

import re
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import xxhash

from saring.document import Document
from saring.step import CorpusStep, Drop, StepOptions, register

_SPACE = re.compile(r"\s+")


def text_key(text: str) -> int:
    """The exact-duplicate key of a text: case and whitespace do not matter."""
    return xxhash.xxh3_64_intdigest(_SPACE.sub(" ", text).strip().casefold().encode())


class ExactDedupOptions(StepOptions):
    partitions: int = 16
    """Hash partitions for the decide phase; each runs as its own task."""


@register
class ExactDedup(CorpusStep):
    """Remove documents whose normalised text equals a kept document's."""

    name = "exact_dedup"
    description = "Exact duplicates over case/space-folded text; keeps the longest, then smallest id."
    Options = ExactDedupOptions

    def __init__(self, options: ExactDedupOptions | None = None) -> None:
        super().__init__(options)
        self.partitions = self.options.partitions

    def index(self, documents: list[Document]) -> pa.Table:
        keys = [text_key(d.text) for d in documents]
        return pa.table(
            {
                "key": pa.array(keys, pa.uint64()),
                "partition": pa.array([k % self.partitions for k in keys], pa.int32()),
                "length": pa.array([len(d.text) for d in documents], pa.int64()),
                "id": pa.array([d.id for d in documents], pa.string()),
            }
        )

    def decide(self, keys: pa.Table, round: int = 0) -> pa.Table:
        if keys.num_rows == 0:
            return _empty_decisions()
        # Sort so that within each key the keeper (longest, then smallest id) comes first.
        order = pc.sort_indices(
            keys, sort_keys=[("key", "ascending"), ("length", "descending"), ("id", "ascending")]
        )
        keys = keys.take(order)
        key_list = keys.column("key").to_pylist()
        ids = keys.column("id").to_pylist()
        reasons: list[str | None] = []
        duplicate_of: list[str | None] = []
        sizes: list[int] = []
        start = 0
        while start < len(key_list):
            end = start
            while end < len(key_list) and key_list[end] == key_list[start]:
                end += 1
            for i in range(start, end):
                reasons.append(None if i == start else "exact_duplicate")
                duplicate_of.append(None if i == start else ids[start])
                sizes.append(end - start)
            start = end
        return pa.table(
            {
                "shard": keys.column("shard"),
                "row": keys.column("row"),
                "reason": pa.array(reasons, pa.string()),
                "duplicate_of": pa.array(duplicate_of, pa.string()),
                "exact_copies": pa.array(sizes, pa.int32()),
            }
        )

    def apply(self, document: Document, decisions: list[dict[str, Any]]) -> Document | Drop:
        for decision in decisions:
            if decision["reason"]:
                return Drop(decision["reason"], {"duplicate_of": decision["duplicate_of"]})
            if decision["exact_copies"] > 1:
                document.metadata["exact_copies"] = decision["exact_copies"]
        return document


def _empty_decisions() -> pa.Table:
    return pa.table(
        {
            "shard": pa.array([], pa.string()),
            "row": pa.array([], pa.int64()),
            "reason": pa.array([], pa.string()),
            "duplicate_of": pa.array([], pa.string()),
            "exact_copies": pa.array([], pa.int32()),
        }
    )
