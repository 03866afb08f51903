"""A step that raises on some documents, importable by worker processes as ``failing_steps:Explodes``."""

from __future__ import annotations

from saring.document import Document
from saring.step import Drop, Step


class Explodes(Step):
    """Raises on any document whose text mentions 'meledak' (a stand-in for a bug in a step)."""

    name = "explodes"

    def process(self, document: Document) -> Document | Drop:
        if "meledak" in document.text:
            raise ValueError("cannot handle this text")
        return document
