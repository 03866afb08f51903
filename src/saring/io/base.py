"""What readers promise: shards to split work on, and documents or error records out of a shard.

A reader never raises on bad input. A record it cannot read becomes a :class:`ReadError` with the
file, its position (byte offset, line or row) and a snippet of the raw bytes, and reading goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import xxhash

from saring.document import Document

__all__ = ["ReadError", "ReadOptions", "Reader", "Shard", "snippet"]

SNIPPET_BYTES = 120


@dataclass(slots=True, frozen=True)
class Shard:
    """A unit of work: a file, or a byte/row range of one, read by one worker."""

    path: str
    format: str
    start: int = 0
    end: int | None = None
    """Exclusive end (bytes for JSONL, row groups for Parquet, file count for text lists)."""
    members: tuple[str, ...] = ()
    """For formats whose shard is a group of small files (plain text, HTML)."""

    @property
    def id(self) -> str:
        """Stable across runs for the same input: names output files and completion markers."""
        key = f"{self.format}\0{self.path}\0{self.start}\0{self.end}\0" + "\0".join(self.members)
        return xxhash.xxh3_64_hexdigest(key.encode())


@dataclass(slots=True)
class ReadError:
    """One input record that could not become a document."""

    file: str
    position: int
    position_kind: str
    kind: str
    message: str
    snippet: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "position": self.position,
            "position_kind": self.position_kind,
            "kind": self.kind,
            "message": self.message,
            "snippet": self.snippet,
        }


@dataclass(slots=True, frozen=True)
class ReadOptions:
    text_field: str = "text"
    id_field: str = "id"
    shard_bytes: int = 64 * 1024 * 1024
    """Uncompressed JSONL files larger than this are split at line boundaries."""
    max_document_bytes: int = 20 * 1024 * 1024
    """Longer records become `document_too_large` errors instead of slowing every step."""
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.shard_bytes < 1:  # a negative step would plan no shards and read nothing, silently
            raise ValueError(f"shard_bytes must be positive, got {self.shard_bytes}")


def snippet(raw: bytes | str, limit: int = SNIPPET_BYTES) -> str:
    """A short, printable view of raw input for an error record."""
    if isinstance(raw, bytes):
        raw = raw[:limit].decode("utf-8", errors="backslashreplace")
    return raw[:limit]


class Reader:
    """Reads one input format. Subclasses register a ``format`` and the suffixes they claim."""

    format: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: ReadOptions) -> None:
        self.options = options

    def shards(self, path: str, size: int) -> list[Shard]:
        """Split one input file (``size`` bytes) into shards; default: the whole file."""
        return [Shard(path, self.format)]

    def read(self, shard: Shard) -> Iterator[Document | ReadError]:
        raise NotImplementedError

    @staticmethod
    def default_id(path: str, position: int) -> str:
        """A deterministic id for input without one: file name and position."""
        return f"{path.rsplit('/', 1)[-1]}:{position}"
