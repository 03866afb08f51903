"""Unicode and whitespace normalisation: the first step of every preset.

Crawled Indonesian text arrives with mojibake (``â€œ`` for a curly quote), NBSP between words
(a third of real news), ``\\r\\n`` and lone ``\\r`` line ends, zero-width characters and runs of
blank lines. Later steps match lines with plain patterns, so they need one canonical form.

ftfy repairs mojibake, but costs ~1 µs per character: only text that shows the byte patterns of
UTF-8-read-as-cp1252 goes to it, and ftfy sees only the words around each pair. A C kernel
(``_normalize.c``) screens and cleans the common text (NBSP, tabs, ``\\r\\n``, zero-width
characters, stray spaces, blank runs) in one pass, ~3 µs; the pure-Python path gives the same result.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

from saring import kernels
from saring.document import Document
from saring.step import Drop, Step, StepOptions, register

_kernel = kernels.load("saring.steps._normalize")

# A lead byte of a 2-4 byte UTF-8 sequence (as Latin-1) followed by a continuation byte as
# Latin-1 or as its cp1252 rendering: the fingerprint of mojibake.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# Line separators that str.splitlines honours but our "\n"-based line model does not.
_LINE_BREAKS = re.compile("\r\n|[\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]")
# Spaces other than U+0020 and NBSP (thin, ideographic...) become a plain space.
_SPACES = re.compile("[\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters and C0/C1 controls (not \n) are dropped: C0 and zero-width ones before the
# mojibake check (one inside a mojibake pair would hide it), C1 and the soft hyphen after it
# (they are themselves bytes of mojibake: ” read as cp1252 is â€ plus U+009D).
_INVISIBLE = re.compile("[\u0000-\u0008\u000e-\u001b\u007f\u200b-\u200d\u2060\ufeff]")
# Characters of context ftfy sees on each side of a mojibake pair (then out to a space).
_MOJIBAKE_CONTEXT = 80
# Where ftfy may act once a text shows mojibake: the pairs, and a lead character before a space
# (``Â `` is NBSP's mojibake after NBSP became a space; ftfy restores such bytes in mojibake text).
_MOJIBAKE_ANCHOR = re.compile(_MOJIBAKE.pattern + "|[\u00c2-\u00f4] ")
_C1_CONTROLS = re.compile("[\u0080-\u0084\u0086-\u009f\u00ad]")
# Anything the slow path fixes: the above, \r and \t, and the lead characters of UTF-8 read as
# cp1252 (Ã, Â, â, ð, Å...). One search of this (~12 µs on 2 KB) spares clean text all the rest.
_ATTENTION = re.compile(
    "[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u00c2-\u00c5\u00ce-\u00d1\u00e0-\u00e3\u00f0"
    "\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]"
)


def _tidy_spaces(text: str) -> str:
    """No space at either end of a line, no run of spaces inside one."""
    if "\n" in text:  # 63% of crawled news is one line: skip the line-edge checks
        while " \n" in text:
            text = text.replace(" \n", "\n")
        while "\n " in text:
            text = text.replace("\n ", "\n")
    while "  " in text:
        text = text.replace("  ", " ")
    if text.startswith(" ") or text.endswith(" "):
        text = text.strip(" ")
    return text


def _fix_windows(text: str, form: str) -> str:
    """ftfy on the words around each mojibake pair, not on the whole text.

    ftfy costs ~1 µs per character (2-3 ms for a one-line article with a single ``Â±``), and its
    verdict on a pair rests on the pair and its neighbours; other text passes through as it is.
    """
    windows: list[list[int]] = []
    for match in _MOJIBAKE_ANCHOR.finditer(text):
        start = max(match.start() - _MOJIBAKE_CONTEXT, 0)
        start = text.rfind(" ", 0, start) + 1 if start else 0
        end = text.find(" ", match.end() + _MOJIBAKE_CONTEXT)
        end = len(text) if end < 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    pieces = []
    position = 0
    for start, end in windows:
        pieces.append(text[position:start])
        pieces.append(ftfy.fix_text(text[start:end], normalization=form, uncurl_quotes=False))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _finish(text: str) -> str:
    """C1 controls and the soft hyphen out, odd spaces to a plain space."""
    return _SPACES.sub(" ", _C1_CONTROLS.sub("", text).replace("\u00a0", " "))


class NormalizeOptions(StepOptions):
    fix_mojibake: bool = True
    unicode_form: str = "NFC"
    max_blank_lines: int = 1
    """Runs of blank lines are cut to this many (1 keeps paragraph breaks visible)."""


@register
class Normalize(Step):
    """Repair mojibake, NFC-normalise, unify spaces and line breaks, trim blank lines."""

    name = "normalize"
    description = "Unicode (ftfy, NFC) and whitespace normalisation; keeps every non-blank line."
    Options = NormalizeOptions

    def process(self, document: Document) -> Document | Drop:
        if _kernel is None:
            self._prepare(document)
            self._tidy(document)
        else:
            self._clean_compiled(document)
        if not document.text:
            return Drop("empty_text")
        return document

    def _clean_compiled(self, document: Document) -> None:
        """The kernel screens the text as read and cleans it in one go, unless Python must repair it.

        It screens for NFC only; for another form it tidies what Python has repaired. Characters it
        cannot vouch for as NFC it leaves to ``unicodedata`` (its spaces and line ends never compose).
        """
        options = self.options
        text = document.text
        result = _kernel.clean(text, options.max_blank_lines, True) if options.unicode_form == "NFC" else None
        if result is None or (result[2] and not unicodedata.is_normalized("NFC", text)):
            self._prepare(document)
            result = _kernel.clean(document.text, options.max_blank_lines, False)
        document.text, numbers, _ = result
        if numbers is not None:
            origin = document.origin
            document.origin = numbers if origin is None else [origin[number - 1] for number in numbers]

    def _prepare(self, document: Document) -> None:
        """Everything but the whitespace: line breaks, mojibake, odd characters, NFC."""
        # A regex pass over 2 KB costs ~12-25 µs, a str method ~1 µs: test cheaply, then fix.
        text = document.text
        if text.isascii():
            if "\r" in text or "\t" in text or "\x0b" in text or "\x0c" in text:
                document.text = self._slow_path(document)
            return
        if "\u00a0" in text:
            text = text.replace("\u00a0", " ")
            document.text = text
        if _ATTENTION.search(text):
            document.text = self._slow_path(document)
        elif not unicodedata.is_normalized(self.options.unicode_form, text):
            document.text = unicodedata.normalize(self.options.unicode_form, text)

    def _tidy(self, document: Document) -> None:
        """Strip and collapse spaces per line, trim blank lines: what the kernel does in one pass."""
        text = document.text = _tidy_spaces(document.text)
        multiline = "\n" in text
        if multiline and ("\n\n" in text or text.startswith("\n") or text.endswith("\n")):
            self._trim_blank_lines(document)

    def _slow_path(self, document: Document) -> str:
        """Line breaks, mojibake, odd spaces and invisible characters: rare, so regexes are fine."""
        if _LINE_BREAKS.search(document.text):
            self._split_breaks(document)
        text = _INVISIBLE.sub("", document.text.replace("\t", " "))
        if self.options.fix_mojibake and _MOJIBAKE.search(text):
            return self._repair_mojibake(text)
        if not unicodedata.is_normalized(self.options.unicode_form, text):
            text = unicodedata.normalize(self.options.unicode_form, text)
        return _finish(text)

    def _repair_mojibake(self, text: str) -> str:
        """ftfy, then the clean-up ftfy leaves to us, repeated (at most 3 times) while that clean-up
        exposes more mojibake: ftfy judges a pair by its neighbours, which a C1 control, an NBSP or a
        run of spaces can hide (``\x8dÎ\x80``), and normalising the output must change nothing."""
        form = self.options.unicode_form
        for _ in range(3):
            fixed = _tidy_spaces(_finish(_INVISIBLE.sub("", _fix_windows(text, form))))
            done = fixed == text or not _MOJIBAKE.search(fixed)
            text = fixed
            if done:
                break
        return text if unicodedata.is_normalized(form, text) else unicodedata.normalize(form, text)

    @staticmethod
    def _split_breaks(document: Document) -> None:
        """Re-split lines on \\r and Unicode separators, keeping each piece's original number."""
        lines: list[str] = []
        origin: list[int] = []
        for index, line in enumerate(document.lines()):
            number = document.original_line(index)
            for piece in _LINE_BREAKS.split(line.removesuffix("\r")):
                lines.append(piece)
                origin.append(number)
        document.replace_lines(lines, origin)

    def _trim_blank_lines(self, document: Document) -> None:
        """Drop leading/trailing blank lines and cut runs; blank lines are layout, not content."""
        lines = document.lines()
        keep_lines: list[str] = []
        keep_origin: list[int] = []
        blank_run = 0
        for index, line in enumerate(lines):
            if not line:
                blank_run += 1
                if not keep_lines or blank_run > self.options.max_blank_lines:
                    continue
            else:
                blank_run = 0
            keep_lines.append(line)
            keep_origin.append(document.original_line(index))
        while keep_lines and not keep_lines[-1]:
            keep_lines.pop()
            keep_origin.pop()
        document.replace_lines(keep_lines, keep_origin)
