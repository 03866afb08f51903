"""Readers and writers. Readers are looked up by file suffix; see :func:`reader_for`."""

from __future__ import annotations

from saring.io.base import Reader, ReadError, ReadOptions, Shard
from saring.io.files import InputError
from saring.io.html import HtmlReader
from saring.io.jsonl import JsonlReader
from saring.io.parquet import ParquetReader
from saring.io.text import FILES_PER_SHARD, TextReader
from saring.io.warc import WarcReader

__all__ = ["READERS", "ReadError", "ReadOptions", "Reader", "Shard", "known_suffixes", "plan_shards", "reader_for"]

READERS: list[type[Reader]] = [JsonlReader, ParquetReader, TextReader, WarcReader, HtmlReader]


def register_reader(cls: type[Reader]) -> type[Reader]:
    """Add a reader (WARC, HTML) so its suffixes are recognised; later ones win ties."""
    if cls not in READERS:
        READERS.insert(0, cls)
    return cls


def known_suffixes() -> tuple[str, ...]:
    return tuple(s for cls in READERS for s in cls.suffixes)


def reader_for(path: str, options: ReadOptions, format: str | None = None) -> Reader:
    for cls in READERS:
        if (format and cls.format == format) or (not format and path.lower().endswith(cls.suffixes)):
            return cls(options)
    if format:
        raise InputError(f"unknown format {format!r}; known formats: {', '.join(c.format for c in READERS)}")
    raise InputError(
        f"cannot tell the format of {path!r} from its name; known suffixes: {', '.join(known_suffixes())}"
        " (or pass --format)"
    )


def plan_shards(files: list, options: ReadOptions, format: str | None = None) -> list[Shard]:
    """Split input files into shards; files of grouped formats (plain text) share shards."""
    shards: list[Shard] = []
    grouped: dict[str, list[str]] = {}
    for item in files:
        reader = reader_for(item.path, options, format)
        if getattr(reader, "grouped", False):
            grouped.setdefault(reader.format, []).append(item.path)
        else:
            shards.extend(reader.shards(item.path, item.size))
    for fmt, paths in grouped.items():
        for start in range(0, len(paths), FILES_PER_SHARD):
            members = tuple(paths[start : start + FILES_PER_SHARD])
            shards.append(Shard(members[0], fmt, start, start + len(members), members))
    return shards
