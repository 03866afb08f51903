"""The output directory's files: kept and removed documents as Parquet (zstd), errors as JSONL.

Layout (see README)::

    documents/part-<shard>.parquet   id, text, metadata (JSON), removals (list of structs)
    removed/part-<shard>-<stage>.parquet   the same plus step, reason, details (JSON)
    errors/part-<shard>.jsonl        file, position, position_kind, kind, message, snippet
    stats.json

Every file is written under a temporary name and renamed into place when complete, so a file
with its final name is never truncated.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from saring.document import Document, Removal
from saring.io.base import ReadError
from saring.io.files import Storage
from saring.pipeline import Removed

REMOVAL_TYPE = pa.struct(
    [
        ("line", pa.int32()),
        ("text", pa.string()),
        ("reason", pa.string()),
        ("step", pa.string()),
        ("span", pa.bool_()),
    ]
)
REMOVALS_TYPE = pa.list_(REMOVAL_TYPE)
DOCUMENT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("text", pa.string()),
        ("metadata", pa.string()),
        ("removals", REMOVALS_TYPE),
    ]
)
REMOVED_SCHEMA = DOCUMENT_SCHEMA.append(pa.field("step", pa.string())).append(
    pa.field("reason", pa.string())
).append(pa.field("details", pa.string()))
# Line origins let a later stage (dedup) keep original line numbers for removals it records.
WORK_SCHEMA = DOCUMENT_SCHEMA.append(pa.field("origin", pa.list_(pa.int32())))

BATCH_ROWS = 8192


def _dumps(value: Any) -> str:
    try:  # most metadata is plain JSON: orjson without options is the fast path, same bytes
        return orjson.dumps(value).decode()
    except TypeError:  # a non-str key or a value JSON lacks (a date, a set): as text
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS, default=str).decode()


class RemovalColumns:
    """The removals column of a batch, kept as one flat list per struct field plus row offsets.

    Arrow builds the list-of-structs column from these directly, with no dict per removal to read,
    and the batch waiting to be written holds only strings and numbers: nothing the garbage
    collector must walk (containers kept for 8,192 rows age into its oldest generation and bring on
    full collections of the whole heap).
    """

    def __init__(self) -> None:
        self.offsets = [0]
        self.fields: tuple[list[Any], ...] = ([], [], [], [], [])

    def extend(self, documents: Sequence[Document]) -> None:
        offsets = self.offsets
        line, text, reason, step, span = (column.append for column in self.fields)
        total = offsets[-1]
        for document in documents:
            removals = document.removals
            if removals:
                for removal in removals:
                    line(removal.line)
                    text(removal.text)
                    reason(removal.reason)
                    step(removal.step)
                    span(removal.span)
                total += len(removals)
            offsets.append(total)

    def array(self) -> pa.Array:
        values = pa.StructArray.from_arrays(
            [pa.array(column, field.type) for column, field in zip(self.fields, REMOVAL_TYPE, strict=True)],
            fields=list(REMOVAL_TYPE),
        )
        return pa.ListArray.from_arrays(pa.array(self.offsets, pa.int32()), values, type=REMOVALS_TYPE)

    def clear(self) -> None:
        self.offsets = [0]
        for column in self.fields:
            column.clear()


class ParquetSink:
    """Collects rows and writes them to one Parquet file under a temporary name."""

    def __init__(self, storage: Storage, schema: pa.Schema, *parts: str) -> None:
        self.storage, self.schema, self.parts = storage, schema, parts
        self.columns: dict[str, list[Any]] = {name: [] for name in schema.names if name != "removals"}
        self.removals = RemovalColumns()
        self.writer: pq.ParquetWriter | None = None
        self.handle: Any = None
        self.temporary = ""
        self.rows = 0

    def _append_documents(self, documents: Sequence[Document]) -> None:
        """The document columns of a batch: one list comprehension per column, not calls per row."""
        columns = self.columns
        columns["id"].extend([document.id for document in documents])
        columns["text"].extend([document.text for document in documents])
        columns["metadata"].extend([_dumps(d.metadata) if d.metadata else "{}" for d in documents])
        self.removals.extend(documents)

    def _rows_done(self, count: int) -> None:
        self.rows += count
        if len(self.columns["id"]) >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.writer is None:
            self.handle, self.temporary = self.storage.open_write(*self.parts)
            self.writer = pq.ParquetWriter(self.handle, self.schema, compression="zstd")
        columns: dict[str, Any] = {**self.columns, "removals": self.removals.array()}
        table = pa.table(columns, schema=self.schema)
        self.writer.write_table(table)
        for column in self.columns.values():
            column.clear()
        self.removals.clear()

    def close(self) -> bool:
        """Finish and publish the file; returns False (and writes nothing) when no rows came."""
        if self.rows == 0:
            return False
        if self.columns["id"]:
            self._flush()
        assert self.writer is not None
        self.writer.close()
        self.handle.close()
        self.storage.publish(self.temporary, *self.parts)
        return True


class DocumentSink(ParquetSink):
    """Kept documents; with ``work=True`` also their line origins, for a later corpus stage."""

    def __init__(self, storage: Storage, *parts: str, work: bool = False) -> None:
        super().__init__(storage, WORK_SCHEMA if work else DOCUMENT_SCHEMA, *parts)
        self.work = work

    def write(self, document: Document) -> None:
        self.write_many((document,))

    def write_many(self, documents: Sequence[Document]) -> None:
        """Write a batch; row groups still hold exactly BATCH_ROWS rows, as with one write per row."""
        start = 0
        while start < len(documents):
            batch = documents[start : start + BATCH_ROWS - len(self.columns["id"])]
            start += len(batch)
            self._append_documents(batch)
            if self.work:
                self.columns["origin"].extend([document.origin for document in batch])
            self._rows_done(len(batch))


class RemovedSink(ParquetSink):
    def __init__(self, storage: Storage, *parts: str) -> None:
        super().__init__(storage, REMOVED_SCHEMA, *parts)

    def write(self, removed: Removed) -> None:
        self._append_documents((removed.document,))
        self.columns["step"].append(removed.step)
        self.columns["reason"].append(removed.reason)
        self.columns["details"].append(_dumps(removed.details) if removed.details else None)
        self._rows_done(1)


class ErrorSink:
    def __init__(self, storage: Storage, *parts: str) -> None:
        self.storage, self.parts = storage, parts
        self.lines: list[bytes] = []

    def write(self, error: ReadError) -> None:
        self.lines.append(orjson.dumps(error.as_dict()))

    def close(self) -> bool:
        if not self.lines:
            return False
        self.storage.write_bytes(b"\n".join(self.lines) + b"\n", *self.parts)
        return True


def read_documents(storage: Storage, *parts: str) -> Iterator[Document]:
    """Documents back from a work file written by a :class:`DocumentSink` with ``work=True``."""
    with storage.open_read(*parts) as handle:
        table = pq.read_table(handle)
    yield from documents_from_table(table)


def documents_from_table(table: pa.Table) -> Iterable[Document]:
    columns = {name: table.column(name).to_pylist() for name in table.column_names}
    origins = columns.get("origin") or [None] * table.num_rows
    for doc_id, text, metadata, removals, origin in zip(
        columns["id"], columns["text"], columns["metadata"], columns["removals"], origins, strict=True
    ):
        yield Document(
            doc_id,
            text,
            orjson.loads(metadata),
            [Removal(**r) for r in removals],
            origin,
        )
