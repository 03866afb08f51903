"""Put removed lines and spans back where they came from, for showing a document as it was read.

The output keeps the cleaned text and a record of each removal with its original line number, not
the original text. Kept lines take the line numbers no whole-line removal claims, in order; a line
whose spans were all cut away has no kept line, so its number is left free for it. Where a cut span
sat inside its line is not recorded: spans are shown at the start of the line they came from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Cut:
    text: str
    reason: str
    step: str


@dataclass(slots=True)
class ShownLine:
    """One original line: kept text (possibly after cuts), or a whole removed line with its reason."""

    number: int
    text: str
    removed: Cut | None = None
    cuts: list[Cut] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.removed is not None or bool(self.cuts)


def reconstruct(text: str, removals: Iterable[Mapping[str, Any]] | None) -> list[ShownLine]:
    """The document's lines in original order, with every recorded removal in place."""
    kept = text.split("\n") if text else []
    whole: dict[int, list[Cut]] = defaultdict(list)
    cuts: dict[int, list[Cut]] = defaultdict(list)
    for removal in removals or ():
        target = cuts if removal.get("span") else whole
        target[int(removal["line"])].append(Cut(removal["text"] or "", removal["reason"], removal["step"]))
    last = max([len(kept) + len(whole), *whole, *cuts, 1])
    free = [n for n in range(1, last + 1) if n not in whole]
    emptied = sorted(set(cuts) - set(whole), reverse=True)[: max(0, len(free) - len(kept))]
    free = [n for n in free if n not in emptied]
    if not kept and free:
        kept = [""]  # an empty text is one empty line when the numbering leaves room for it
    free = free[: len(kept)]
    shown = [ShownLine(number, line) for number, line in zip(free, kept, strict=True)]
    shown += [ShownLine(number, "") for number in emptied]
    for number, removed in whole.items():
        shown += [ShownLine(number, cut.text, removed=cut) for cut in removed]
    shown.sort(key=lambda line: (line.number, line.removed is None))
    for line in shown:
        if line.number in cuts and line.removed is None:
            line.cuts = cuts.pop(line.number)
    return shown


def context(lines: list[ShownLine], around: int = 2, limit: int = 40) -> list[ShownLine | None]:
    """The changed lines with ``around`` lines either side; ``None`` marks an elided stretch."""
    keep = set()
    for index, line in enumerate(lines):
        if line.changed:
            keep.update(range(max(0, index - around), min(len(lines), index + around + 1)))
    chosen: list[ShownLine | None] = []
    previous = -1
    for index in sorted(keep)[:limit]:
        if index != previous + 1:
            chosen.append(None)
        chosen.append(lines[index])
        previous = index
    if previous != len(lines) - 1:
        chosen.append(None)
    return chosen
