"""Parquet input: any file with a string text column; shards are runs of row groups."""

from __future__ import annotations

from collections.abc import Iterator

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from saring.document import Document, Removal
from saring.io.base import Reader, ReadError, Shard
from saring.io.files import open_binary


class ParquetReader(Reader):
    format = "parquet"
    suffixes = (".parquet",)

    def shards(self, path: str, size: int) -> list[Shard]:
        if size <= self.options.shard_bytes:
            return [Shard(path, self.format)]
        try:
            with open_binary(path) as handle:
                metadata = pq.ParquetFile(handle).metadata
        except Exception:
            return [Shard(path, self.format)]  # read() will record why it cannot be read
        shards: list[Shard] = []
        start, group_bytes = 0, 0
        for group in range(metadata.num_row_groups):
            group_bytes += metadata.row_group(group).total_byte_size
            if group_bytes >= self.options.shard_bytes:
                shards.append(Shard(path, self.format, start, group + 1))
                start, group_bytes = group + 1, 0
        if start < metadata.num_row_groups or not shards:
            shards.append(Shard(path, self.format, start, metadata.num_row_groups))
        return shards

    def read(self, shard: Shard) -> Iterator[Document | ReadError]:
        text_field, id_field = self.options.text_field, self.options.id_field
        try:
            handle = open_binary(shard.path)
        except OSError as error:
            yield ReadError(shard.path, 0, "row", "unreadable_file", str(error))
            return
        with handle:
            try:
                parquet = pq.ParquetFile(handle)
            except Exception as error:
                yield ReadError(shard.path, 0, "row", "bad_parquet", f"not a readable Parquet file: {error}")
                return
            schema = parquet.schema_arrow
            if text_field not in schema.names or not _is_string(schema.field(text_field).type):
                found = ", ".join(f"{f.name}: {f.type}" for f in schema)
                yield ReadError(shard.path, 0, "row", "wrong_schema",
                                f"no string column {text_field!r} (use --text-field); columns: {found}")
                return
            groups = range(shard.start, shard.end if shard.end is not None else parquet.num_row_groups)
            row = sum(parquet.metadata.row_group(g).num_rows for g in range(shard.start))
            for group in groups:
                group_end = row + parquet.metadata.row_group(group).num_rows
                try:  # a corrupt page spoils its row group, not the file or the run
                    for batch in parquet.iter_batches(row_groups=[group], batch_size=4096):
                        for record in batch.to_pylist():
                            yield self._to_document(record, shard.path, row, text_field, id_field)
                            row += 1
                except (OSError, pa.ArrowException) as error:
                    yield ReadError(shard.path, row, "row", "bad_parquet",
                                    f"rows {row} to {group_end - 1} (row group {group}) cannot be read: {error}")
                row = group_end

    def _to_document(self, record: dict, path: str, row: int, text_field: str, id_field: str) -> Document | ReadError:
        text = record.pop(text_field)
        if text is None:
            return ReadError(path, row, "row", "missing_text", f"row {row} has a null {text_field!r}")
        if len(text) > self.options.max_document_bytes:
            return ReadError(path, row, "row", "document_too_large",
                             f"text of {len(text):,} characters is over the limit", text[:120])
        doc_id = record.pop(id_field, None)
        if doc_id is None or doc_id == "":
            doc_id = self.default_id(path, row)
        removals = _saring_removals(record.pop("removals", None))
        metadata = _saring_metadata(record.pop("metadata", None))
        metadata.update((k, v) for k, v in record.items() if v is not None and _jsonable(v))
        return Document(str(doc_id), text, metadata, removals)


def _saring_metadata(value: object) -> dict:
    """saring's own output keeps metadata as a JSON object in a string column: read it back."""
    if isinstance(value, str):
        try:
            loaded = orjson.loads(value)
        except orjson.JSONDecodeError:
            return {"metadata": value}
        return loaded if isinstance(loaded, dict) else {"metadata": loaded}
    return {"metadata": value} if value is not None and _jsonable(value) else {}


def _saring_removals(value: object) -> list[Removal]:
    """The removal records of a saring output, so a second run adds to them."""
    if not isinstance(value, list):
        return []
    fields = ("line", "text", "reason", "step", "span")
    return [Removal(**{f: item[f] for f in fields}) for item in value if isinstance(item, dict) and
            all(f in item for f in fields)]


def _is_string(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_string_view(kind)


def _jsonable(value: object) -> bool:
    return isinstance(value, str | int | float | bool | list | dict)
