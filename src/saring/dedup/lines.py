"""Repeated lines (CCNet-style): a line found in many documents is site furniture, not reporting.

Patterns name the furniture someone has seen (``Baca juga``, ``ADVERTISEMENT``); counting finds the
rest: share bars, copyright lines, newsletter prompts, a masthead's fixed background paragraph. A
line is compared after folding case, digits (``0``) and runs of whitespace, so ``Copyright 2023``
and ``copyright  2024`` meet. Lines shorter than ``min_chars`` are never counted, so short, common
body lines (``Terima kasih.``) survive however often they occur.

Run it after exact and near-duplicate removal: before it, the body lines of a syndicated story are
repeated in every copy and would be counted as furniture.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pyarrow as pa
import xxhash
from pydantic import Field

from saring.document import Document
from saring.step import CorpusStep, Drop, StepOptions, register

_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def line_keys(text: str, min_chars: int) -> list[int | None]:
    """The count key (64-bit hash of the folded line) of each line; None for lines too short to count."""
    folded = _DIGIT.sub("0", text.casefold())
    keys: list[int | None] = []
    for line in folded.split("\n"):
        line = _SPACE.sub(" ", line).strip()
        keys.append(xxhash.xxh3_64_intdigest(line.encode()) if len(line) >= min_chars else None)
    return keys


class LineDedupOptions(StepOptions):
    max_documents: int = Field(default=10, ge=1)
    """A line in more than this many documents is removed. On the 4,179-article news sample every
    line above 10 is furniture or a masthead's templated background paragraph; real sentences
    that recur (quotes, set phrases) stay well below it once near-duplicates are gone."""
    min_chars: int = Field(default=15, ge=1)
    """Folded lines shorter than this are never removed: ``Terima kasih.`` (13) stays,
    ``Bagikan artikel ini`` (19) and ``Editor: Budi Santoso`` (20) can go."""
    partitions: int = Field(default=16, ge=1)


@register
class LineDedup(CorpusStep):
    """Remove lines that occur in more than ``max_documents`` documents, from every document."""

    name = "line_dedup"
    description = "Removes lines repeated across many documents (site furniture); reason repeated_line."
    Options = LineDedupOptions

    def __init__(self, options: LineDedupOptions | None = None) -> None:
        super().__init__(options)
        self.partitions = self.options.partitions

    def index(self, documents: list[Document]) -> pa.Table:
        """One row per distinct countable line of each document."""
        lines: list[int] = []
        rows: list[int] = []
        for row, document in enumerate(documents):
            distinct = {k for k in line_keys(document.text, self.options.min_chars) if k is not None}
            lines.extend(distinct)
            rows.extend([row] * len(distinct))
        keys = np.array(lines, np.uint64)
        return pa.table(
            {
                "line": pa.array(keys, pa.uint64()),
                "row": pa.array(rows, pa.int64()),
                "partition": pa.array((keys % np.uint64(self.partitions)).astype(np.int32)),
            }
        )

    def decide(self, keys: pa.Table, round: int = 0) -> pa.Table:
        """For each document, the keys of its lines that too many documents share."""
        lines = keys.column("line").to_numpy()
        _, inverse, counts = np.unique(lines, return_inverse=True, return_counts=True)
        repeated = keys.filter(pa.array(counts[inverse] > self.options.max_documents))
        return pa.table(
            {
                "shard": repeated.column("shard"),
                "row": repeated.column("row"),
                "reason": pa.nulls(repeated.num_rows, pa.string()),
                "line": repeated.column("line"),
            }
        )

    def apply(self, document: Document, decisions: list[dict[str, Any]]) -> Document | Drop:
        if not decisions:
            return document
        repeated = {d["line"] for d in decisions}
        keys = line_keys(document.text, self.options.min_chars)
        document.edit(self.name, drop={i: "repeated_line" for i, k in enumerate(keys) if k in repeated})
        if not document.text.strip():
            return Drop("empty_after_line_dedup")
        return document
