"""The Document and the record of what was removed from it.

Every line a step removes, and every span it cuts out of a line, is recorded on the document with
the step, the reason and the line's number in the *original* input, so that each input line is
either in the output text or in `removals`. Line numbers are 1-based over ``text.split("\\n")`` of
the text as it was read.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from saring import kernels

_kernel = kernels.load("saring._document")

__all__ = ["Document", "Removal", "Span"]


@dataclass(slots=True, frozen=True)
class Removal:
    """One removed line (``span=False``) or one span cut out of a kept line (``span=True``)."""

    line: int
    text: str
    reason: str
    step: str
    span: bool = False

    def __init__(self, line: int, text: str, reason: str, step: str, span: bool = False) -> None:
        _SET_LINE(self, line)
        _SET_TEXT(self, text)
        _SET_REASON(self, reason)
        _SET_STEP(self, step)
        _SET_SPAN(self, span)

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "reason": self.reason, "step": self.step, "span": self.span}


@dataclass(slots=True, frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of one current line, to be cut with a reason."""

    start: int
    end: int
    reason: str

    def __init__(self, start: int, end: int, reason: str) -> None:
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_SPAN_REASON(self, reason)


# Frozen dataclasses set each field through ``object.__setattr__`` (to get past ``frozen``), which
# doubles the cost of the Span and Removal objects a step makes for every cut; the ``__init__`` written
# in each class body (dataclass keeps it) makes the same assignments through the slots' own setters.
_SET_LINE, _SET_TEXT, _SET_REASON, _SET_STEP, _SET_SPAN = (
    getattr(Removal, name).__set__ for name in ("line", "text", "reason", "step", "span")
)
_SET_START, _SET_END, _SET_SPAN_REASON = (getattr(Span, name).__set__ for name in ("start", "end", "reason"))


@dataclass(slots=True)
class Document:
    """A unit of text moving through the pipeline.

    ``origin`` maps each current line to its original line number; ``None`` means the lines are
    still the original ones, which keeps the common path (no line removed) free of bookkeeping.
    """

    id: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    removals: list[Removal] = field(default_factory=list)
    origin: list[int] | None = None

    def lines(self) -> list[str]:
        return self.text.split("\n")

    def original_line(self, index: int) -> int:
        """The original 1-based line number of current line ``index`` (0-based)."""
        return self.origin[index] if self.origin is not None else index + 1

    def replace_lines(self, lines: Sequence[str], origin: Sequence[int]) -> None:
        """Swap in new lines with their original line numbers; for steps that re-split text."""
        if len(lines) != len(origin):
            raise ValueError("every line needs an original line number")
        self.text = "\n".join(lines)
        self.origin = list(origin)

    def edit(
        self,
        step: str,
        drop: Mapping[int, str] | None = None,
        cut: Mapping[int, Sequence[Span]] | None = None,
        *,
        lines: list[str] | None = None,
    ) -> None:
        """Remove whole lines (``drop``: index -> reason) and cut spans out of lines (``cut``).

        Indices are 0-based current line indices. Removals are recorded with original line
        numbers. A line whose spans leave only whitespace is dropped, and its pieces are recorded
        as spans, so nothing is counted twice. ``lines``: ``self.lines()`` when the caller has just
        split them (it saves a second split); the edit consumes that list.
        """
        if not drop and not cut:
            return
        if lines is None:
            lines = self.text.split("\n")
        count = len(lines)
        origin = self.origin
        removals = self.removals
        # Only the lines named in drop or cut change; visiting just those (in line order) keeps the
        # cost of an edit independent of the document's length.
        if not drop:
            drop = _NO_DROP
            indices: Iterable[int] = sorted(cut) if len(cut) > 1 else cut
        elif not cut:
            cut = _NO_CUT
            indices = sorted(drop) if len(drop) > 1 else drop
        else:
            indices = sorted({*drop, *cut})
        gone: list[int] = []
        for i in indices:
            if not 0 <= i < count:
                continue
            number = origin[i] if origin is not None else i + 1
            reason = drop.get(i)
            if reason is not None:
                removals.append(Removal(number, lines[i], reason, step))
                gone.append(i)
                continue
            spans = cut.get(i)
            if spans:
                line = _kernel.cut_line(removals, lines[i], number, spans, step, Removal) if _kernel else None
                if line is None:  # no kernel, or a span whose bounds the kernel leaves to Python
                    line = _cut_line(removals, lines[i], number, spans, step)
                if line and not line.isspace():
                    lines[i] = line
                else:
                    gone.append(i)
        kept_origin = list(origin) if origin is not None else list(range(1, count + 1))
        for i in reversed(gone):  # gone is in line order
            del lines[i]
            del kept_origin[i]
        self.text = "\n".join(lines)
        self.origin = kept_origin

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "metadata": self.metadata,
            "removed": [r.as_dict() for r in self.removals],
        }


_span_start = operator.attrgetter("start")
_NO_DROP: Mapping[int, str] = {}
_NO_CUT: Mapping[int, Sequence[Span]] = {}


def _cut_line(removals: list[Removal], line: str, number: int, spans: Sequence[Span], step: str) -> str:
    """What is left of a line once its spans are cut out; each cut is recorded in ``removals``.

    ``saring._document.cut_line`` does the same in C (tests/test_document_kernel.py)."""
    if len(spans) == 1:  # most cut lines have one span: the loop below, unrolled
        span = spans[0]
        start = span.start if span.start > 0 else 0
        end = span.end
        if end <= start:
            return line
        removed = line[start:end].strip()
        if removed:
            removals.append(Removal(number, removed, span.reason, step, True))
        before = line[:start].strip()
        after = line[end:].strip()
        return f"{before} {after}" if before and after else before or after
    pieces: list[str] = []
    position = 0
    for span in sorted(spans, key=_span_start) if len(spans) > 1 else spans:
        start = span.start
        if start < position:
            start = position
        end = span.end
        if end <= start:
            continue
        removed = line[start:end].strip()
        if removed:
            removals.append(Removal(number, removed, span.reason, step, True))
        pieces.append(line[position:start])
        position = end
    pieces.append(line[position:])
    return _join_pieces(pieces)


def _join_pieces(pieces: list[str]) -> str:
    """Join what is left of a line after cuts, with one space where two pieces meet."""
    if len(pieces) == 1:
        return pieces[0]
    stripped = [piece.strip() for piece in pieces]
    return " ".join([piece for piece in stripped if piece])
