"""Read-only SQL over an output directory's Parquet files, with no import step.

DuckDB reads ``documents/`` and ``removed/`` in place; one view, ``facts``, puts kept and removed
documents side by side with the metadata fields the report and the explorer filter and count by.
Every metadata key is optional: a missing key is NULL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import orjson

REMOVAL_SQL_TYPE = "STRUCT(line INTEGER, text VARCHAR, reason VARCHAR, step VARCHAR, span BOOLEAN)[]"
EMPTY_SELECT = (
    "SELECT NULL::VARCHAR AS id, NULL::VARCHAR AS text, NULL::VARCHAR AS metadata, "
    f"NULL::{REMOVAL_SQL_TYPE} AS removals, NULL::VARCHAR AS step, NULL::VARCHAR AS reason, "
    "NULL::VARCHAR AS details WHERE false"
)
FACTS_SQL = """
CREATE VIEW facts AS
SELECT
    id, status, step, reason, details, text, metadata, removals,
    length(text) AS chars,
    metadata ->> '$.language' AS language,
    TRY_CAST(metadata ->> '$.language_score' AS DOUBLE) AS language_score,
    coalesce(metadata ->> '$.source', metadata ->> '$.outlet') AS source,
    metadata ->> '$.dateline.place' AS dateline,
    coalesce(details ->> '$.duplicate_of', metadata ->> '$.dup_cluster', id) AS cluster,
    TRY_CAST(metadata ->> '$.dup_cluster_size' AS INTEGER) AS cluster_size,
    metadata -> '$.quality' AS quality,
    metadata -> '$.spam' AS spam,
    metadata -> '$.pii' AS pii,
    [r.reason FOR r IN coalesce(removals, [])] AS removal_reasons
FROM docs
"""


class OutputNotFoundError(FileNotFoundError):
    """The directory is not a saring output (no documents/, removed/ or stats.json)."""


def _parquet_files(folder: Path) -> list[str]:
    return sorted(str(path) for path in folder.glob("*.parquet")) if folder.is_dir() else []


def _read(files: list[str], with_decision: bool) -> str:
    if not files:
        return EMPTY_SELECT
    listed = ", ".join("'" + name.replace("'", "''") + "'" for name in files)
    decision = (
        "step, reason, details"
        if with_decision
        else ("NULL::VARCHAR AS step, NULL::VARCHAR AS reason, NULL::VARCHAR AS details")
    )
    return f"SELECT id, text, metadata, removals, {decision} FROM read_parquet([{listed}])"


class OutputStore:
    """One DuckDB connection over one local output directory; use :meth:`cursor` per thread."""

    def __init__(self, output: str | Path) -> None:
        self.root = Path(output)
        kept = _parquet_files(self.root / "documents")
        removed = _parquet_files(self.root / "removed")
        if not kept and not removed and not (self.root / "stats.json").is_file():
            raise OutputNotFoundError(
                f"{self.root} is not a saring output directory (no documents/, removed/ "
                f"or stats.json); run `saring run INPUT -o {self.root}` first"
            )
        self.connection = duckdb.connect(":memory:")
        self.connection.execute(
            f"CREATE VIEW docs AS SELECT *, 'kept' AS status FROM ({_read(kept, False)}) "
            f"UNION ALL SELECT *, 'removed' AS status FROM ({_read(removed, True)})"
        )
        self.connection.execute(FACTS_SQL)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self.connection.cursor()

    def stats(self) -> dict[str, Any]:
        path = self.root / "stats.json"
        return orjson.loads(path.read_bytes()) if path.is_file() else {}

    def close(self) -> None:
        self.connection.close()
