"""Plain-text input: each file is one document, its path the id. Small files are grouped in shards."""

from __future__ import annotations

from collections.abc import Iterator

from saring.document import Document
from saring.io.base import Reader, ReadError, Shard, snippet
from saring.io.files import open_binary

FILES_PER_SHARD = 500


class FileReader(Reader):
    """One document per file; many small files share a shard. Subclasses turn the bytes into text."""

    grouped = True
    kind_of_content = "text"

    def read(self, shard: Shard) -> Iterator[Document | ReadError]:
        for path in shard.members or (shard.path,):
            data = self._load(path)
            yield data if isinstance(data, ReadError) else self.decode(path, data)

    def _load(self, path: str) -> bytes | ReadError:
        try:
            with open_binary(path) as handle:
                data = handle.read(self.options.max_document_bytes + 1)
        except OSError as error:
            return ReadError(path, 0, "byte", "unreadable_file", str(error))
        if len(data) > self.options.max_document_bytes:
            return ReadError(path, 0, "byte", "document_too_large",
                             f"file is over the {self.options.max_document_bytes:,}-byte limit", snippet(data))
        if not data.strip():
            return ReadError(path, 0, "byte", "empty_file", f"the file holds no {self.kind_of_content}")
        return data

    def decode(self, path: str, data: bytes) -> Document | ReadError:
        raise NotImplementedError


class TextReader(FileReader):
    format = "text"
    suffixes = (".txt",)

    def decode(self, path: str, data: bytes) -> Document | ReadError:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as bad:
            return ReadError(path, bad.start, "byte", "invalid_utf8",
                             f"invalid UTF-8 at byte {bad.start}", snippet(data[max(0, bad.start - 40):]))
        if "\x00" in text:
            return ReadError(path, text.index("\x00"), "byte", "binary_data", "the file is binary, not text",
                             snippet(data))
        return Document(path, text.removeprefix("\ufeff"))
