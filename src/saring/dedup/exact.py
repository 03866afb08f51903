"""Exact duplicates: one copy of each normalised text survives, chosen the same way every run.

The key is a 64-bit xxhash of the text with case and whitespace folded, so copies that differ
only in spacing or capitalisation meet. The copy kept is the longest text, then the smallest id
(see :mod:`saring.dedup.keyed`); it records how many copies there were in ``exact_copies``.
"""

from __future__ import annotations

import re

from saring.dedup.keyed import KeyedDedup, hash_key
from saring.document import Document
from saring.step import register

__all__ = ["ExactDedup", "text_key"]

_SPACE = re.compile(r"\s+")


def text_key(text: str) -> int:
    """The exact-duplicate key of a text: case and whitespace do not matter."""
    return hash_key(_SPACE.sub(" ", text).strip().casefold())


@register
class ExactDedup(KeyedDedup):
    """Remove documents whose normalised text equals a kept document's."""

    name = "exact_dedup"
    description = "Exact duplicates over case/space-folded text; keeps the longest, then smallest id."
    reason = "exact_duplicate"
    copies_field = "exact_copies"

    def key(self, document: Document) -> int:
        return text_key(document.text)
