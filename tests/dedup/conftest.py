"""An in-memory driver for corpus steps: the phases in the order an executor runs them.

It does what the local executor does on disk: ``index`` per shard, ``shard``/``row`` columns
added, rows grouped by ``partition``, ``decide`` per partition per round, regrouped between
rounds, then ``apply`` per document with its decision rows. ``partition_order`` reverses the
order partitions are visited, to show that decisions do not depend on it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from saring.document import Document
from saring.step import CorpusStep, Drop

Outcomes = dict[str, Document | Drop]


def run_corpus_step(step: CorpusStep, shards: list[list[Document]], reverse: bool = False) -> Outcomes:
    """Run ``step`` over ``shards``; return each input id's outcome (a Document or a Drop)."""
    tables = []
    for number, documents in enumerate(shards):
        table = step.index(documents)
        if "row" not in table.column_names:
            assert table.num_rows == len(documents), "an index without 'row' must give one row per document"
            table = table.append_column("row", pa.array(range(len(documents)), pa.int64()))
        table = table.append_column("shard", pa.array([f"shard-{number:03d}"] * table.num_rows, pa.string()))
        tables.append(table)
    keys = pa.concat_tables(tables)
    for round in range(step.rounds):
        partitions = sorted(set(keys.column("partition").to_pylist()), reverse=reverse)
        results = []
        for p in partitions:
            part = keys.filter(pc.equal(keys.column("partition"), p)).drop_columns(["partition"])
            results.append(step.decide(part, round))
        results = [r for r in results if r.num_rows]
        if not results:
            return {d.id: step.apply(d, []) for documents in shards for d in documents}
        keys = pa.concat_tables(results)
    by_document: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for decision in keys.to_pylist():
        by_document[(decision["shard"], decision["row"])].append(decision)
    outcomes: Outcomes = {}
    for number, documents in enumerate(shards):
        for row, document in enumerate(documents):
            outcomes[document.id] = step.apply(document, by_document[(f"shard-{number:03d}", row)])
    return outcomes


@pytest.fixture
def run_corpus() -> Callable[..., Outcomes]:
    return run_corpus_step
