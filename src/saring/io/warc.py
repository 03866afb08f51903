"""WARC input (``.warc``, ``.warc.gz``): every HTTP response record becomes a document.

The document's text is the page decoded to a string (see :mod:`saring.io.charset`); its metadata
keeps ``url``, ``fetch_date``, ``http_status``, ``content_type``, ``charset`` and ``html`` (true
for HTML pages). Responses that are not 2xx or not HTML are still documents, with empty text, so
the ``extract`` step drops them with a reason (``http_status_not_2xx``, ``not_html``) and the run
accounts for them. Request, metadata, warcinfo and revisit records carry no page: they are not
documents and are not counted.

A WARC cut short is an error record with the byte offset of the first record that is incomplete
(compressed offset for ``.warc.gz``, as in Common Crawl's index). fastwarc stops quietly at a gzip
member cut in its header, so after reading, the gzip members from the last record on are checked
to end properly.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from saring.document import Document
from saring.io.base import Reader, ReadError, Shard, snippet
from saring.io.charset import BadEncoding, decode_html
from saring.io.files import open_binary

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

HTML_TYPES = ("text/html", "application/xhtml+xml")
_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body")


class WarcReader(Reader):
    format = "warc"
    suffixes = (".warc", ".warc.gz")

    def read(self, shard: Shard) -> Iterator[Document | ReadError]:
        try:
            from fastwarc.warc import ArchiveIterator, WarcRecordType
        except ImportError:  # pragma: no cover - depends on the install
            raise ImportError("reading WARC files needs the warc extra: pip install 'saring[warc]'") from None
        path = shard.path
        try:
            raw = open_binary(path)
        except OSError as error:
            yield ReadError(path, 0, "byte", "unreadable_file", str(error))
            return
        last = 0
        records_read = 0
        reported = -1
        with raw:
            # Payloads are read raw, so a record cut short shows as fewer bytes than it declares;
            # transfer and content encodings are undone afterwards (see _http_body).
            records = ArchiveIterator(raw, parse_http=True, auto_decode="none")
            try:
                for record in records:
                    records_read += 1
                    last = record.stream_pos
                    if record.record_type == WarcRecordType.response:
                        item = self._document(path, record)
                        if isinstance(item, ReadError) and item.kind == "truncated_record":
                            reported = last
                        yield item
            except (OSError, ValueError, zlib.error) as error:
                yield ReadError(path, last, "byte", "bad_warc",
                                f"not a WARC, or corrupt after the record at byte {last}: {error}")
                return
        if not records_read:
            yield ReadError(path, 0, "byte", "empty_file", "the file holds no WARC records")
            return
        if path.endswith(".gz"):
            broken = _broken_gzip_member(path, last)
            # A cut inside a response record was reported with that record; one error, not two.
            if broken is not None and broken != reported:
                yield ReadError(path, broken, "byte", "truncated_file",
                                f"the gzip member at byte {broken} ends early: the file was cut short")

    def _document(self, path: str, record: WarcRecord) -> Document | ReadError:
        position = record.stream_pos
        http = record.http_headers
        if http is None or not http.status_code:
            return ReadError(path, position, "byte", "truncated_record",
                             "the response record has no complete HTTP header block")
        if record.content_length > self.options.max_document_bytes:
            return ReadError(path, position, "byte", "document_too_large",
                             f"payload of {record.content_length:,} bytes is over the "
                             f"{self.options.max_document_bytes:,}-byte limit")
        payload = record.reader.read()
        if len(payload) < record.content_length:
            return ReadError(path, position, "byte", "truncated_record",
                             f"the record holds {len(payload):,} of its {record.content_length:,} payload bytes",
                             snippet(payload))
        status = int(http.status_code)
        try:
            payload = _http_body(payload, http.get("Transfer-Encoding"), http.get("Content-Encoding"))
        except (OSError, ValueError, zlib.error) as error:
            return ReadError(path, position, "byte", "bad_content_encoding",
                             f"{record.headers.get('WARC-Target-URI')}: cannot undo the HTTP encoding: {error}",
                             snippet(payload))
        content_type = (record.http_content_type or "").lower() or None
        html = content_type in HTML_TYPES if content_type else payload[:512].lstrip().lower().startswith(_SNIFF)
        metadata = {
            "url": record.headers.get("WARC-Target-URI"),
            "fetch_date": record.record_date.isoformat().replace("+00:00", "Z") if record.record_date else None,
            "http_status": status,
            "content_type": content_type,
            "charset": None,
            "html": html,
        }
        doc_id = (record.record_id or "").strip("<>") or self.default_id(path, position)
        if not html or not 200 <= status < 300:
            return Document(doc_id, "", metadata)
        try:
            decoded = decode_html(payload, record.http_charset)
        except BadEncoding as error:
            return ReadError(path, position, "byte", "bad_encoding",
                             f"{metadata['url']}: {error}", snippet(payload[max(0, error.offset - 40):]))
        metadata["charset"] = decoded.charset
        return Document(doc_id, decoded.text, metadata)


def _http_body(payload: bytes, transfer: str | None, encoding: str | None) -> bytes:
    """Undo ``Transfer-Encoding: chunked`` and ``Content-Encoding`` (gzip, deflate, br) as a browser would.

    Common Crawl stores bodies already decoded (and renames these headers); other crawlers keep the
    bytes as they came over the wire.
    """
    from fastwarc.stream_io import BrotliReader, ChunkedReader, GzipReader

    if transfer and "chunked" in transfer.lower():
        payload = ChunkedReader(io.BytesIO(payload)).read()
    encoding = (encoding or "").strip().lower()
    if encoding in ("", "identity", "none"):
        return payload
    if encoding in ("gzip", "x-gzip"):
        return GzipReader(io.BytesIO(payload)).read()
    if encoding == "deflate":
        try:
            return zlib.decompress(payload)
        except zlib.error:
            return zlib.decompress(payload, -zlib.MAX_WBITS)  # raw deflate, as some servers send it
    if encoding == "br":
        return BrotliReader(io.BytesIO(payload)).read()
    raise ValueError(f"unsupported Content-Encoding {encoding!r}")


def _broken_gzip_member(path: str, offset: int) -> int | None:
    """The offset of the first gzip member from ``offset`` on that does not end, or None."""
    with open_binary(path) as raw:
        raw.seek(offset)
        data = raw.read()
    position = offset
    while data:
        member = zlib.decompressobj(wbits=31)
        try:
            member.decompress(data)
        except zlib.error:
            return position
        if not member.eof:
            return position
        consumed = len(data) - len(member.unused_data)
        position += consumed
        data = member.unused_data
    return None
