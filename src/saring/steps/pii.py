"""Redact Indonesian personal data with typed tags, and count what was redacted.

``<EMAIL>``, ``<PHONE>``, ``<NIK>``, ``<NPWP>``, ``<CARD>`` and ``<IP>`` replace the matched text in
place; ``metadata["pii"]`` counts them by type (types with no match are left out). Redaction
changes text inside a line, it removes no line, so nothing is recorded in ``removals``.

Numbers are redacted only when they validate, because news is full of digits that look like
personal data and are not:

* NIK: 16 digits whose province/regency code exists and whose DDMMYY is a real date (day + 40 for
  women), checked with python-stdnum (``stdnum.id.nik``); the district digits are not checked.
* NPWP: the dotted ``XX.XXX.XXX.X-XXX.XXX`` form (and ``0XX...`` since 2024) with its Luhn check
  digit (``stdnum.id.npwp``); an undotted 15- or 16-digit NPWP only when "NPWP" precedes it,
  since the check digit alone passes one random number in ten.
* Cards: 13-19 digits starting 2-6 (Visa, Mastercard, Amex, JCB, Discover, UnionPay), Luhn-valid,
  and either written in groups (``4111 1111 1111 1111``) or announced by a word such as "kartu".
* Phones: mobile ``08[1-9]`` / ``+62 8[1-9]`` / ``62 8[1-9]`` with 10-13 digits, or a landline
  ``0`` / ``+62`` / ``(0..)`` with an area code, in groups split by spaces, dots or dashes.
* IPs: public addresses only (``ipaddress``'s ``is_global``), never after "versi"/"version"/"v"
  (software versions such as ``versi 1.2.3.4``).

Not redacted: numbers after ``Rp``/``IDR``/``$`` (prices such as ``Rp 081.234.567``), dates
(``08-12-2024``), times (``09.30``), and numbers glued to a word, a slash-free path or ``=``/``#``
(article ids such as ``?id=081234567890``).

Fast path: e-mails are only tried where the text has an ``@`` (from the start of the address
characters before it), IPv6 only where a colon follows four characters that can start an address
(when the text has ``::`` or seven colons), and the number patterns only in windows around runs of
7+ digits and separators, which the C kernel ``_pii.c`` finds (``_RUN`` when it is not built).
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Callable

from stdnum import luhn
from stdnum.id import nik, npwp

from saring import kernels
from saring.document import Document
from saring.step import Drop, Step, StepOptions, register

_kernel = kernels.load("saring.steps._pii")

_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_EMAIL_LOCAL = frozenset("_.%+-")
"""With ``str.isalnum`` (which is ``\\w`` less "_"), the characters of an address before its ``@``."""

# Every alternative starts with a digit, "+" or "(", so the regex engine skips ahead cheaply.
# Separators are spaces, dots and dashes only: never a newline, so redaction stays inside a line.
_NUMBERS = re.compile(
    r"(?P<npwp>\d{2,3}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3})(?![\w-]|\.\d)"
    r"|(?P<mobile>(?:\+62|62|\(\+62\)|0)[ .-]?8[1-9]\d(?:[ .-]?\d){6,9})(?![\w-]|[ .]\d)"
    r"|(?P<landline>(?:\+62[ .-]?\(?|\(0|0)[2-79]\d{1,2}\)?[ .-]?\d{3,4}[ .-]?\d{3,4})(?![\w-]|[ .]\d)"
    r"|(?P<long>\d(?:[ -]?\d){12,18})(?![\w-]|[ .]\d)"
    r"|(?P<ipv4>\d{1,3}(?:\.\d{1,3}){3})(?![\w-]|\.\d)"
)
# Public IPv6 addresses are global unicast (2000::/3), so they start with 2 or 3.
_IPV6 = re.compile(r"(?<![\w:])[23][0-9a-fA-F]{3}:(?:[0-9a-fA-F]{0,4}:){1,6}[0-9a-fA-F]{0,4}(?![\w:])")
# Every number above holds a run of 7+ digits, spaces, dots and dashes that starts and ends with a
# digit. Finding those runs is ~10x cheaper than running _NUMBERS over the text, which then only
# looks at a window around each run (wide enough for a "(0274) " or "(+62) " prefix).
_RUN = re.compile(r"\d[\d .-]{5,}\d")
_WINDOW = 8
# A match glued to these is part of something else: a word, a decimal, an id in a URL query.
_BAD_BEFORE = frozenset("_.,=#-") | frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
)
_MONEY_BEFORE = re.compile(r"(?:\b(?:rp|idr|usd|sgd|rm)|\$)\.?\s?$", re.IGNORECASE)
_VERSION_BEFORE = re.compile(r"\b(?:versi|version|ver|v)\.?\s?$", re.IGNORECASE)
_NPWP_BEFORE = re.compile(r"npwp", re.IGNORECASE)
_CARD_BEFORE = re.compile(r"kartu|card|visa|mastercard|kredit|debit|\bcc\b", re.IGNORECASE)
_CONTEXT = 30
"""How many characters before a number are searched for a word that announces it."""


def _runs(text: str) -> list[tuple[int, int]]:
    """The spans of ``_RUN``'s matches, left to right."""
    if _kernel is not None:
        return _kernel.runs(text)
    return [run.span() for run in _RUN.finditer(text)]


def _email_spans(text: str) -> list[tuple[int, int]]:
    """The spans ``_EMAIL.finditer`` gives, found from each ``@``.

    A match holds one ``@`` and starts where the run of address characters before it starts (or
    where the previous match ended), so it is tried there alone instead of at every position.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    at = text.find("@")
    while at != -1:
        start = at
        while start > position and (text[start - 1].isalnum() or text[start - 1] in _EMAIL_LOCAL):
            start -= 1
        match = _EMAIL.match(text, start) if start < at else None
        if match is not None:
            spans.append(match.span())
            position = match.end()
        at = text.find("@", max(at + 1, position))
    return spans


def _ipv6_matches(text: str) -> list[re.Match[str]]:
    """``_IPV6.finditer``'s matches, tried only four characters before each colon (where they must start)."""
    matches: list[re.Match[str]] = []
    position = 0
    colon = text.find(":", 4)
    while colon != -1:
        start = colon - 4
        match = _IPV6.match(text, start) if start >= position and text[start] in "23" else None
        if match is not None:
            matches.append(match)
            position = match.end()
        colon = text.find(":", max(colon + 1, position + 4))
    return matches


def _replace(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text with each (start, end, tag) span, in order and not overlapping, replaced by ``<tag>``."""
    pieces: list[str] = []
    position = 0
    for start, end, tag in spans:
        pieces.append(text[position:start])
        pieces.append(f"<{tag}>")
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


class PiiOptions(StepOptions):
    email: bool = True
    phone: bool = True
    nik: bool = True
    npwp: bool = True
    card: bool = True
    ip: bool = True


class _Redactor:
    """One pass over a text: decide each numeric candidate, tag it or leave it, count tags."""

    def __init__(self, options: PiiOptions) -> None:
        self.options = options
        self.deciders: dict[str, Callable[[str, str], str | None]] = {
            "npwp": self._npwp_dotted,
            "mobile": self._phone,
            "landline": self._phone,
            "long": self._long,
            "ipv4": self._ip,
        }

    def redact(self, text: str) -> tuple[str, Counter[str]]:
        counts: Counter[str] = Counter()
        if self.options.email and "@" in text:
            emails = _email_spans(text)
            if emails:
                text = _replace(text, [(start, end, "EMAIL") for start, end in emails])
                counts["EMAIL"] = len(emails)
        spans = self._number_spans(text)
        if self.options.ip and ("::" in text or text.count(":") >= 7):
            spans.extend(
                (m.start(), m.end(), "IP") for m in _ipv6_matches(text) if self._ip(m.group(), "") == "IP"
            )
            spans.sort()
        if not spans:
            return text, counts
        counts.update(tag for _, _, tag in spans)
        return _replace(text, spans), counts

    def _number_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Validated numbers as (start, end, tag), found in windows around runs of digits."""
        spans: list[tuple[int, int, str]] = []
        covered = 0
        for run_start, run_end in _runs(text):
            start = max(run_start - _WINDOW, covered)
            for match in _NUMBERS.finditer(text, start, min(len(text), run_end + _WINDOW)):
                begin = match.start()
                if begin and text[begin - 1] in _BAD_BEFORE:
                    continue
                before = text[max(0, begin - _CONTEXT) : begin]
                tag = self.deciders[match.lastgroup or ""](match.group(), before)
                if tag is not None:
                    spans.append((begin, match.end(), tag))
                    covered = match.end()
        return spans

    def _npwp_dotted(self, number: str, before: str) -> str | None:
        return "NPWP" if self.options.npwp and npwp.is_valid(number) else None

    def _phone(self, number: str, before: str) -> str | None:
        if not self.options.phone or _MONEY_BEFORE.search(before):
            return None
        return "PHONE"

    def _long(self, number: str, before: str) -> str | None:
        digits = number.replace(" ", "").replace("-", "")
        if len(digits) == 16 and self.options.nik and nik.is_valid(digits):
            return "NIK"
        if (
            len(digits) in (15, 16)
            and self.options.npwp
            and _NPWP_BEFORE.search(before)
            and npwp.is_valid(digits)
        ):
            return "NPWP"
        grouped = len(digits) < len(number)
        if (
            self.options.card
            and digits[0] in "23456"
            and (grouped or _CARD_BEFORE.search(before))
            and not _MONEY_BEFORE.search(before)
            and luhn.is_valid(digits)
        ):
            return "CARD"
        return None

    def _ip(self, address: str, before: str) -> str | None:
        if not self.options.ip or _VERSION_BEFORE.search(before) or _MONEY_BEFORE.search(before):
            return None
        try:
            return "IP" if ipaddress.ip_address(address).is_global else None
        except ValueError:
            return None


@register
class Pii(Step):
    """Replace e-mails, phones, NIK, NPWP, card numbers and public IPs with typed tags."""

    name = "pii"
    description = "Redact Indonesian personal data (<EMAIL> <PHONE> <NIK> <NPWP> <CARD> <IP>) and count it."
    Options = PiiOptions
    writes = ("pii",)

    def __init__(self, options: StepOptions | None = None) -> None:
        super().__init__(options)
        self._redactor = _Redactor(self.options)

    def process(self, document: Document) -> Document | Drop:
        text, counts = self._redactor.redact(document.text)
        document.text = text
        document.metadata["pii"] = dict(counts)
        return document
