"""Indonesian news boilerplate: decide body vs boilerplate for every line, keep every word of the article.

Crawled news keeps the page furniture around the article, often glued into the paragraphs by the
scraper (63% of real articles are a single line). This step removes whole lines and cuts spans out
of lines, recording each removal with its reason, strips the dateline prefix from the first body
line, and keeps what the furniture says about the article in ``metadata``: ``dateline``
({place, outlet, raw}), ``source`` (the outlet's domain), ``related_titles`` (headlines of a related
block), ``related_links`` (titles of ``Baca juga`` links and video teasers), ``authors`` and
``editors``. When unsure it keeps the line: a lost article line costs more than a kept advert. Text
with no marker passes through untouched.

One scan per document: a literal scan finds the few places where a marker can start (in C when
``saring.steps._news`` is built, else with a regex; same positions), and the full patterns are tried
there only. The C scan also answers what would otherwise cost a search of the whole text (marks,
signatures, ``(ANTARA``) and which lines are plain paragraphs; ``saring.steps._news_title`` finds where a
glued headline ends in ASCII text. Without them the same answers come from Python. A second scan runs only when a cut could expose more (two pieces
joined into a marker, a new last line), so cleaning clean text changes nothing.

Reasons (``span`` = cut out of a kept line; a line left empty by its spans is dropped whole):

- ``dateline``: ``JAKARTA, KOMPAS.com -``, ``Jakarta (ANTARA) -``, detik's ``Medan -`` … (span), or a
  dateline alone on its line.
- ``related_link_line`` / ``related_link_inline``: ``Baca juga: Judul`` on its own line / glued into a
  paragraph (span), bisnis' bare ``Baca Juga``, ``Simak Video "…"`` teasers, a Title Case headline
  after the last paragraph.
- ``related_block``: a header (``Artikel Terkait``, ``Berita Lainnya``, ``Terpopuler`` …) and the run of
  headline lines under it.
- ``ad_marker``: ``ADVERTISEMENT``, ``SCROLL TO CONTINUE WITH CONTENT``, ``Advertisement``, ``Iklan``,
  ``loading...``.
- ``embed``: ``[Gambas:Video 20detik]``-style placeholders, ``pic.twitter.com/…`` links and the tweet's
  credit after them (``— Nama (@akun) 5 Januari 2025``, also as a line), Instagram's ``View this post on
  Instagram`` / ``A post shared by Nama (@akun)`` (and Indonesian forms).
- ``credit_line``: ``Pewarta: … Editor: …``, ``(Penulis: … | Editor: …)``, ``Laporan Wartawan …``,
  trailing initials ``(astj/astj)``, ``(mcr12/jpnn)``, ``(*)``, ``(Ari)``, ``-- BERNAMA``, Tempo's
  ``… berkontribusi dalam penulisan artikel ini``.
- ``copyright``: ``Copyright © ANTARA 2025`` and the anti-crawling notice after it.
- ``caption_line``: ``Foto: …``, ``Image caption …``, ``Hak atas foto …``, ``Perbesar``, a line ending in a
  photo credit ``(Kompas.com/Nama)`` or ``SERAMBINEWS.COM/NAMA``, a photo caption above the dateline or
  glued before ANTARA's, bisnis' ``Perbesar`` glued before its Google News prompt, the title repeated or a
  source line (``Dokumentasi …``) above the dateline, a caption glued between two paragraphs that ends in
  ``(dok. Nama)`` or places people in the picture (``(kiri)``).
- ``call_to_action``: Google News / WhatsApp / Telegram / app prompts, ``Klik di sini`` promos, jpnn's
  ``Simak! Video Pilihan Redaksi:``, ``Artikel ini telah tayang di …``.
- ``navigation``: ``Halaman: 1 2 selanjutnya``, ``Halaman 2 dari 2``, ``Baca halaman selanjutnya``,
  breadcrumbs, tag lists (``Tags:``, ``Topik:``, ``# A# B``, detik's lowercase tags after the initials).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import Field

from saring import kernels
from saring.document import Document, Span
from saring.domains import registrable_domain, url_domain
from saring.step import Drop, Step, StepOptions, register
from saring.steps import news_patterns as P

_kernel = kernels.load("saring.steps._news")
_title_kernel = kernels.load("saring.steps._news_title")
_cut_kernel = kernels.load("saring._document")

__all__ = ["News", "NewsFindings", "find_boilerplate"]

_TOKEN = re.compile(r"\S+")
# Candidates for a paragraph glued to the end of a headline (``…Hari IniAnies``, ``…DPD RISultan``,
# ``2024Pewarta``, ``Jokowi"Ya``): a scan for the capital or quote (rarer than the lower-case letter
# before it, and a leading character class lets the regex engine skip ahead), then the checks in
# ``_glue_position``.
_GLUE_CANDIDATE = re.compile(r"[A-Z\"\u201c](?:(?<=[a-z0-9].)|(?=[A-Z]{2}[a-z]{3}))")
_CAPS_THEN_WORD = re.compile(r"[A-Z]{3}[a-z]{3}")
_LOWER_OR_DIGIT = "abcdefghijklmnopqrstuvwxyz0123456789"
_WORD = re.compile(r"[A-Za-z]+")
# Word endings that are brand names written in camel case, not a glued sentence (WhatsApp, detikJatim,
# LinkedIn).
_CAMEL_BRANDS = frozenset({"hats", "etik", "nked"})
_QUOTES = '"\u201c'
_CLOSING = '"\u201d'
_MAX_TITLE_CHARS = 250
_MAX_TITLE_WORDS = 25
# sindonews glues several related headlines behind one ``Baca Juga:``.
_MAX_GLUED_TITLES = 5
# Tail markers (credits, copyright, syndication) only count this close to the end of a line, so a
# story that mentions "Editor:" in its middle keeps it.
_TAIL_CREDIT = 400
_TAIL_NOTICE = 700
_STRONG_HEADERS = ("artikel terkait", "berita terkait", "baca juga berita lainnya")
_SPAN_TO_LINE = {"related_link_inline": "related_link_line"}
# "… Redaksi dan Editor: Pak Darmo, …": a label that continues a sentence is prose, not a credit.
_PROSE_BEFORE = re.compile(r"\b[a-z]{2,}\s\(?$")
# An outlet's photo credit glued after a headline: ``Kompas.com / Nama``, ``Kompas.com/Nama``.
_PHOTO_CREDIT = re.compile(r"[A-Z][A-Za-z]+\.(?:com|co\.id)(?:/\S*)?")
_NON_SPACE = re.compile(r"\S")
_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)[,.]?")
# What marks a photo caption glued into a paragraph: its ``(dok. Nama)`` credit, or a person's place in
# the picture (``(kiri)``, ``(kedua dari kanan)``, ``(tengah,``).
_CAPTION_MARK = re.compile(
    r"(?P<credit>\((?:[Dd]ok|DOK)\.?\s[^()\n]{2,50}\))"
    r"|\((?:(?:paling|ke(?:dua|tiga|empat|lima|enam))\s(?:dari\s)?)?(?:kiri|kanan|tengah)[),]"
)
# A news agency's bare photo credit closing a caption: ``…Minggu (4/8/2024). ANTARA/Budi Santoso``,
# ``… 2 Mei 2025. Tempo/Magang/Nama Fotografer``; the name is at most three capitalised words, none of
# them followed by a lower-case word (that capital opens the next paragraph).
_OUTLET_CREDIT = re.compile(
    r"(?P<credit>(?<=[.)] )(?:ANTARA FOTO|ANTARA|TEMPO|Tempo)(?:/[A-Z][A-Za-z]+)*"
    r"/[A-Z][a-z]+(?! ?[a-z])(?: [A-Z][a-z]+(?! ?[a-z])){0,2}\.?)"
)
_AGENCIES = ("ANTARA", "TEMPO/", "Tempo/")  # the INLINE_TRIGGER literals that open an _OUTLET_CREDIT
_GLUED_JOIN = re.compile(r"[.!?\"\u201d](?=[A-Z])")
_MAX_CAPTION_CHARS = 300
_MAX_TWEET_CHARS = 320  # 280 characters and the "…" detik closes a cut tweet with, with room to spare
_ENDS_SENTENCE = frozenset('.!?"\u201d')
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?(?:\s|$)")
_STARTERS = P.STRONG_STARTERS | P.SENTENCE_STARTERS
# The word lists of the headline logic, in the order saring.steps._news_title takes them.
_TITLE_WORD_SETS = (
    P.HEADLINE_LOWER,
    P.STRONG_STARTERS,
    P.SENTENCE_STARTERS,
    P.SHORT_STARTERS,
    P.SUBJECT_HEADS,
    P.NAME_OPENERS,
    P.ROLE_WORDS,
    P.NUMBER_UNITS,
    _STARTERS,
    _CAMEL_BRANDS,
)


def _word_filter(sets: tuple[frozenset[str], ...]) -> bytes:
    """For saring.steps._news_title: a bit for each (list, word length with 15 standing for 15 and more,
    first character) that an ASCII word of the list has. The kernel only looks up ASCII words, and one
    whose bit is clear is in no list: most of the words it asks about, answered without a lookup."""
    bits = bytearray(len(sets) * 16 * 128 // 8)
    for k, words in enumerate(sets):
        for word in words:
            if word and word.isascii():
                bit = (k * 16 + min(len(word), 15)) * 128 + ord(word[0])
                bits[bit >> 3] |= 1 << (bit & 7)
    return bytes(bits)


_TITLE_WORD_FILTER = _word_filter(_TITLE_WORD_SETS)
# No plain lines: without the kernel every line is classified.
_NO_LINES: frozenset[int] = frozenset()
# What may follow the ")" that TRAILING_PAREN ends at: detik's lower-case tags and spaces, nothing else.
_TAG_TAIL = re.compile(r"[a-z0-9'&.\-\s]*")


@dataclass(slots=True)
class NewsFindings:
    """What the scan decided for one document: lines to drop, spans to cut, metadata to keep."""

    drop: dict[int, str] = field(default_factory=dict)
    cut: dict[int, list[Span]] = field(default_factory=dict)
    dateline: dict[str, str | None] | None = None
    source: str | None = None
    related_titles: list[str] = field(default_factory=list)
    related_links: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    settled: bool = True
    """False when removing what was found may expose more (a new last line, two pieces joined into a marker)."""

    def add_span(self, index: int, start: int, end: int, reason: str) -> None:
        self.cut.setdefault(index, []).append(Span(start, end, reason))

    def __bool__(self) -> bool:
        return bool(self.drop or self.cut)


def find_boilerplate(lines: list[str], datelines: bool = True) -> NewsFindings:
    """Scan the lines of one document once and decide what is boilerplate; changes nothing."""
    return _find(lines, lines[0] if len(lines) == 1 else "\n".join(lines), datelines)


def _find(lines: list[str], text: str, datelines: bool) -> NewsFindings:
    """``find_boilerplate`` for the lines of ``text``, which the step has already joined."""
    found = NewsFindings()
    texts = [line.strip() for line in lines]
    triggers, marks, plain, signature, antara = _scan(lines, text)
    if datelines:
        _find_dateline(lines, texts, found, antara)
    headers = _classify_lines(texts, found, marks, plain)
    _find_related_blocks(texts, headers, found)
    _trailing_headline(texts, found)
    last = _last_kept_line(texts, found)
    for index, positions in triggers.items():
        if index not in found.drop:
            line = lines[index]
            _find_inline(line, index, positions, found)
            heads = "".join(map(line.__getitem__, positions))  # each trigger's first character
            if "(" in heads:
                _glued_captions(line, index, found)
            # An agency's credit opens with "A" or "T": the first characters rule out most lines.
            if ("A" in heads or "T" in heads) and any(line.startswith(_AGENCIES, p) for p in positions):
                _glued_captions(line, index, found, _OUTLET_CREDIT)
    while last > 0 and last in found.cut and not _remainder(lines[last], found.cut[last]):
        last = _last_kept_line(texts[:last], found)  # a link line cut whole is not the last paragraph
    if last != -1:
        _trailing_credit(lines[last], last, found)
    rests = _whole_line_cuts_to_drops(lines, found)
    found.settled = (
        found.settled
        and last not in found.drop
        and not (datelines and _cut_near_start(texts, found))
        and not _tail_may_change(texts, rests, found)
        and not _ending_exposed(rests, last)
    )
    if found.source is None and signature:
        found.source = _signature_source(lines)
    return found


# --- datelines ---------------------------------------------------------------------------------


def _find_dateline(lines: list[str], texts: list[str], found: NewsFindings, antara: bool) -> None:
    """The dateline sits at the start of one of the first lines, after at most a caption or title.

    ``antara`` False promises that the text has no "(ANTARA" (no ANTARA dateline can match)."""
    dateline = P.DATELINE if antara else P.DATELINE_NO_ANTARA
    seen: list[int] = []
    for index, line in enumerate(lines):
        if not texts[index] or _furniture(texts[index]):
            continue
        if len(seen) == 3:
            return
        lead = len(line) - len(line.lstrip()) if line[:1].isspace() else 0
        match = dateline.match(line, lead)
        if match and (not seen or _outlet_group(match)):
            _take_dateline(lines, index, match, lead, seen, found)
            return
        glued = _glued_antara(line) if antara else None
        if glued:
            found.add_span(index, 0, glued.start(), "caption_line")
            _take_dateline(lines, index, glued, glued.start(), [], found)
            return
        seen.append(index)


def _glued_antara(line: str) -> re.Match[str] | None:
    """ANTARA's dateline behind a caption, searched just before its ``(ANTARA)`` in the first 600 chars."""
    position = line.find("(ANTARA)", 0, 600)
    if position == -1:
        return None
    return P.GLUED_ANTARA.search(line, max(0, position - 60), position + 20)


def _furniture(text: str) -> bool:
    """A short line that is boilerplate on its own (``loading...``, a breadcrumb) does not hide a dateline."""
    return len(text) <= 120 and _line_reason(text) not in (
        None,
        "related_header",
        "page_number",
        "caption_line",
    )


def _cut_near_start(texts: list[str], found: NewsFindings) -> bool:
    """With no dateline found, a cut in the first lines may uncover one: look again after the edit."""
    if found.dateline is not None:
        return False
    first = [i for i, text in enumerate(texts) if text][:3]
    return any(i in found.drop or any(s.start < 80 for s in found.cut.get(i, ())) for i in first)


def _outlet_group(match: re.Match[str]) -> str | None:
    return match.group("ao") or match.group("oo") or match.group("po") or match.group("mo")


def _take_dateline(
    lines: list[str], index: int, match: re.Match[str], start: int, before: list[int], found: NewsFindings
) -> None:
    line = lines[index]
    raw = line[start : match.end()].strip()
    if _NON_SPACE.search(line, match.end()) is None:  # nothing after the dateline but spaces
        found.drop[index] = "dateline"
    else:
        found.add_span(index, start, match.end(), "dateline")
    for k, earlier in enumerate(before):
        text = lines[earlier].strip()
        if _caption_like(text) or (k and _credit_or_repeat(text, lines[before[k - 1]], k == len(before) - 1)):
            found.drop[earlier] = "credit_line" if text.startswith("Laporan ") else "caption_line"
    groups = match.groups()
    place, outlet, domain = _dateline_facts(groups if len(groups) == 9 else groups + _NO_GROUPS)
    found.dateline = {"place": place, "outlet": outlet, "raw": raw}
    found.source = domain


# DATELINE's groups in order (GLUED_ANTARA has the first two, ``ap`` and ``ao``, padded with _NO_GROUPS);
# tests/steps/test_news_kernel.py checks the order.
_DATELINE_GROUPS = ("ap", "ao", "oo", "op", "pp", "po", "mo", "up", "dp")
_NO_GROUPS = (None,) * 7


@functools.lru_cache(maxsize=4096)  # a handful of outlets and places make most datelines
def _dateline_facts(groups: tuple[str | None, ...]) -> tuple[str | None, str | None, str | None]:
    """Place, outlet and the outlet's domain from DATELINE's groups."""
    ap, ao, oo, op, pp, po, mo, up, dp = groups
    outlet = ao or oo or po or mo
    place = ap or op or pp or up or dp
    if outlet is None and place and place.lower() in P.OUTLET_DOMAINS:
        outlet, place = place, None
    domain = _domain(outlet) if outlet else None
    if place is None and outlet and domain and outlet.lower().count(".") > domain.count("."):
        place = outlet.split(".")[0]
    return _tidy_place(place), outlet, domain


def _caption_like(text: str) -> bool:
    """A photo caption above the dateline reads as a sentence or names its photographer (``Foto: …``);
    a title line does neither."""
    return len(text) <= 400 and len(text.split()) >= 4 and (text.endswith((".", ")")) or "Foto:" in text)


def _credit_or_repeat(text: str, above: str, last: bool) -> bool:
    """Above the dateline: the title printed again as a caption (the line repeats the one above it), or
    the short source line between a caption and the dateline (``Dokumentasi Tim Media X``)."""
    if text == above.strip():
        return True
    return (
        last
        and _caption_like(above.strip())
        and len(text.split()) <= 8
        and not text.endswith((".", "?", "!", ":", '"', "\u201d"))
    )


def _tidy_place(place: str | None) -> str | None:
    if not place:
        return None
    place = place.strip(" ,.")
    return place.title() if place.isupper() else place


@functools.lru_cache(maxsize=4096)  # outlets repeat from article to article
def _domain(outlet: str) -> str | None:
    """The registrable domain of an outlet name: ``BLORA.SUARAMERDEKA.COM`` -> ``suaramerdeka.com``."""
    name = outlet.strip().lower()
    if name in P.OUTLET_DOMAINS:
        return P.OUTLET_DOMAINS[name]
    return registrable_domain(name)


def _signature_source(lines: list[str]) -> str | None:
    for line in reversed(lines[-3:]):
        start = _signature_floor(line)
        if start == -1:
            continue
        match = P.SIGNATURES.search(line, start)
        if match:
            text = match.group()
            if "detik" in text:
                return "detik.com"
            if "CNN" in text:
                return "cnnindonesia.com"
            return "jpnn.com"
    return None


# Every SIGNATURES match contains one of these literals, at its start except "/JPNN)", which
# follows the match's "(" and a word.
_SIGNATURE_LITERALS = ("detikcom", "detikNews", "(jpnn)", "[Gambas:Video ")


def _signature_floor(line: str) -> int:
    """Where SIGNATURES' first match in ``line`` can start at the earliest, or -1: the line has none of
    its literals. A match that holds a literal at ``k`` starts at ``k`` ("/JPNN)": at the "(" before it,
    no earlier than the last "(" before the literal's first occurrence), so searching from here finds the
    match a search of the whole line finds, without trying the line's every "d" and "(" before."""
    floor = len(line)
    for literal in _SIGNATURE_LITERALS:
        position = line.find(literal)
        if position != -1 and position < floor:
            floor = position
    position = line.find("/JPNN)")
    if position != -1:
        floor = min(floor, max(0, line.rfind("(", 0, position)))
    return -1 if floor == len(line) else floor


# --- whole lines -------------------------------------------------------------------------------


def _classify_lines(
    texts: list[str], found: NewsFindings, marks: bool = True, plain: frozenset[int] | set[int] = _NO_LINES
) -> dict[int, str]:
    """Drop whole boilerplate lines; return the lines that may head a related block, by family.

    ``marks``: whether the text has "lik ", ".COM/" or ".CO.ID/" anywhere (see ``_line_reason``).
    ``plain``: lines that the kernel found to be paragraphs ``_line_reason`` answers None for.
    """
    headers: dict[int, str] = {}
    previous = ""
    drop = found.drop
    for index, text in enumerate(texts):
        if not text or index in drop:
            continue
        size = len(text)
        if size > 400 or index in plain:  # _line_reason's answer, without the call: a paragraph
            previous = ""
            continue
        reason = _short_line_reason(text) if size <= 60 else _line_reason(text, marks)
        if reason in ("related_header", "related_link_line") and len(text) <= 60:
            headers[index] = reason
        if reason == "page_number":
            reason = "navigation" if previous == "navigation" else None
        elif reason == "related_header":
            reason = None
        elif reason is None and text == "News" and previous == "call_to_action":
            reason = "call_to_action"
        if reason is not None:
            found.drop[index] = reason
            if reason == "credit_line":
                _collect_names(text, found)
        previous = reason or ""
    return headers


def _line_reason(text: str, marks: bool = True) -> str | None:
    """The family of a whole (stripped) line, or None; long lines with no boilerplate opening skip the regex.

    ``marks`` False promises that the line has none of "lik ", ".COM/", ".CO.ID/" (its document has none).
    """
    if len(text) <= 60:
        return _short_line_reason(text)
    if len(text) > 400:
        return None
    credit = text.endswith(")")
    if not (credit or (marks and ("lik " in text or ".COM/" in text))) and not _line_head(text):
        return None  # most paragraphs end here
    # LINE's answer, from the variant without the mid-line alternatives the line's substrings rule out
    # ("lik " is common, in "publik ", the click prompt's "lik di" and "lik link" are not).
    outlet = marks and (".COM/" in text or ".CO.ID/" in text)
    click = marks and ("lik di" in text or "lik link" in text)
    if not (credit or outlet or click) and _long_read_also(text):
        return None
    match = P.line_pattern(credit, outlet, click).fullmatch(text)
    return match.lastgroup if match else None


def _long_read_also(text: str) -> bool:
    """True when LINE_ANCHORED cannot match a line longer than 60 characters because it opens with "Baca"
    (any case, in ASCII) and has text past its first 24 characters: the ``Baca juga: Judul …`` paragraphs.

    Of LINE_ANCHORED's alternatives only a few open with "baca": a ``Baca selengkapnya …`` link (at most
    49 characters) and the ``Baca juga``-style labels (at most 24) followed by spaces and a ":" alone."""
    return text[:4].lower() == "baca" and text[:14].isascii() and not text[24:60].isspace()


def _cannot_head(text: str) -> bool:
    """True when LINE_HEAD cannot match ``text``: it opens in ASCII with none of LINE_HEAD's words.

    A set lookup instead of the case-insensitive alternation; a non-ASCII opening is left to the regex
    (case folding there matches more than ASCII letters)."""
    head = text[:3]
    return head.isascii() and head.lower() not in P.LINE_HEAD_OPENINGS and head[:1] not in ("(", "-", "#")


def _line_head(text: str) -> bool:
    """Whether LINE_HEAD matches ``text``, without the regex (60 alternatives tried one by one) where the
    text opens in ASCII, where case folding is ASCII's; an opening quote has no case and opens no
    alternative (tests/steps/test_news_kernel.py checks both against the regex)."""
    if _cannot_head(text):
        return False
    head = text[:14]  # the longest word, "advertisement", and a character for "tags?\b"'s boundary
    if not head.isascii():
        return text[0] not in _CASELESS_OPENINGS and P.LINE_HEAD.match(text) is not None
    lowered = head.lower()
    if lowered[0] in "(-#" or lowered.startswith(_HEAD_WORDS.get(lowered[:3], ())):
        return True
    # ``tags?\b``: "tag" or "tags" before a character that is not a word's.
    return lowered.startswith("tag") and (
        not _word_character(lowered[3:4]) or (lowered[3] == "s" and not _word_character(lowered[4:5]))
    )


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _head_words() -> dict[str, tuple[str, ...]]:
    """LINE_HEAD's literal alternatives by their first three letters."""
    words: dict[str, tuple[str, ...]] = {}
    for alternative in P.LINE_HEAD_ALTERNATIVES:
        word = alternative.removeprefix("\\")
        if word[1:].isalpha():
            words[word[:3]] = (*words.get(word[:3], ()), word)
    return words


_HEAD_WORDS = _head_words()
_CASELESS_OPENINGS = frozenset("\u201c\u201d\u2018\u2019")


@functools.lru_cache(maxsize=4096)  # short lines are mostly furniture that repeats from article to article
def _short_line_reason(text: str) -> str | None:
    return _match_line(text, text.endswith(")") or "lik " in text or ".COM/" in text or ".CO.ID/" in text)


def _match_line(text: str, anywhere: bool) -> str | None:
    """LINE's family for the line. Without ``anywhere`` (a ")" ending, "lik ", ".COM/" or ".CO.ID/" in the
    line) no alternative that can start mid-line can match, and the anchored ones answer alone, faster."""
    match = (P.LINE if anywhere else P.LINE_ANCHORED).fullmatch(text)
    return match.lastgroup if match else None


def _find_related_blocks(texts: list[str], headers: dict[int, str], found: NewsFindings) -> None:
    """A header and the headline lines under it; weak headers only count when the run ends the text."""
    for index, family in headers.items():
        if index in found.drop and found.drop[index] != "related_link_line":
            continue
        text = texts[index]
        titles: list[int] = []
        end_reached = True
        for after in range(index + 1, len(texts)):
            following = texts[after]
            if not following or after in found.drop:
                continue
            if _headline_like(following):
                titles.append(after)
                continue
            end_reached = False
            break
        strong = family == "related_header" and text.lower().rstrip(" :").startswith(_STRONG_HEADERS)
        if not ((strong and titles) or _link_list(text, family, titles, texts)) and not (
            end_reached and (titles or family == "related_header")
        ):
            continue
        found.drop[index] = "related_block"
        for after in titles:
            found.drop[after] = "related_block"
            found.related_titles.append(texts[after])


def _link_list(text: str, family: str, titles: list[int], texts: list[str]) -> bool:
    """A bare ``Baca Juga`` over a few Title Case headlines is a link list even mid-article (Republika).

    bisnis' bare ``Baca Juga`` stands over a paragraph, or a subheading and a results table
    (``1 Nama (Tim) 2 …``), so one headline-like line under it is not enough, nor a line with codes.
    """
    return (
        family == "related_link_line"
        and len(text) <= 12
        and 2 <= len(titles) <= _MAX_GLUED_TITLES
        and all(
            len(words := texts[t].split()) >= 4 and "(" not in texts[t] and _is_title_case(words)
            for t in titles
        )
    )


def _trailing_headline(texts: list[str], found: NewsFindings) -> None:
    """A Title Case headline after the last paragraph is a link to another article (detik, kompas)."""
    if len(texts) < 3:  # fewer than the three kept lines asked for below
        return
    kept = _last_kept(texts, found)
    if len(kept) == 3 and _headline_after(texts[kept[0]], texts[kept[1]]):
        found.drop[kept[0]] = "related_link_line"
        found.related_links.append(texts[kept[0]])


def _last_kept(texts: list[str], found: NewsFindings) -> list[int]:
    """The last three kept lines, last first (fewer when the text has fewer)."""
    kept: list[int] = []
    drop = found.drop
    for index in range(len(texts) - 1, -1, -1):
        if texts[index] and index not in drop:
            kept.append(index)
            if len(kept) == 3:
                break
    return kept


def _headline_after(last: str, before: str) -> bool:
    # The length test of ``_headline_like`` first: a paragraph is not split into words for nothing.
    return (
        _headline_like(last)
        and len(words := last.split()) >= 4
        and not last.endswith(("?", "!", '"', "\u201d", ")"))
        and before.endswith((".", '"', "\u201d", "?", "!"))
        and _is_title_case(words)
        and last[0].isupper()
    )


def _ending_exposed(rests: dict[int, str], last: int) -> bool:
    """Cuts inside the last line may bring initials and their tags together: ``(abc) [embed] tag``."""
    rest = rests.get(last)
    if rest is None:
        return False
    match = _trailing_match(rest, len(rest))
    return match is not None and bool(rest[: match.start()].strip())


def _tail_may_change(texts: list[str], rests: dict[int, str], found: NewsFindings) -> bool:
    """Cuts in the last two lines may leave a trailing headline that this pass did not see."""
    if not rests or len(texts) < 3:  # no cut, or fewer than the three kept lines asked for below
        return False
    kept = _last_kept(texts, found)
    if len(kept) < 3 or (kept[0] not in rests and kept[1] not in rests):
        return False
    last, before = (rests.get(i, texts[i]) for i in (kept[0], kept[1]))
    return bool(last) and _headline_after(last, before)


_START = operator.attrgetter("start")


def _pieces(line: str, spans: list[Span]) -> list[str]:
    """The non-empty pieces of a line between its spans, stripped (in C when ``saring._document`` is built;
    it answers None for a span whose bounds are not plain ints)."""
    if _cut_kernel is not None:
        pieces = _cut_kernel.pieces(line, spans)
        if pieces is not None:
            return pieces
    return _pieces_in_python(line, spans)


def _pieces_in_python(line: str, spans: list[Span]) -> list[str]:
    """``_pieces`` without the kernel."""
    if len(spans) == 1:  # the loop below, unrolled for the common case
        span = spans[0]
        pieces = [line[: span.start].strip(), line[span.end if span.end > 0 else 0 :].strip()]
        return [piece for piece in pieces if piece]
    pieces = []
    position = 0
    for span in sorted(spans, key=_START):
        pieces.append(line[position : span.start].strip())
        if span.end > position:
            position = span.end
    pieces.append(line[position:].strip())
    return [piece for piece in pieces if piece]


def _remainder(line: str, spans: list[Span]) -> str:
    """The text a line keeps after its spans are cut, joined as ``Document.edit`` joins it."""
    return " ".join(_pieces(line, spans))


def _headline_like(text: str) -> bool:
    if len(text) > 180 or text.endswith((".", ",", ";", ":")):
        return False
    return 2 <= len(text.split()) <= _MAX_TITLE_WORDS


def _last_kept_line(texts: list[str], found: NewsFindings) -> int:
    for index in range(len(texts) - 1, -1, -1):
        if texts[index] and index not in found.drop:
            return index
    return -1


# --- spans inside a line -----------------------------------------------------------------------


def _find_inline(line: str, index: int, positions: list[int], found: NewsFindings) -> None:
    matches = _inline_matches(line, positions)
    spans = found.cut.get(index)
    covered = max([s.end for s in spans]) if spans else 0
    for k, match in enumerate(matches):
        start = match.start()
        if start < covered:
            continue
        following = matches[k + 1] if k + 1 < len(matches) else None
        end = _span_end(line, match, following, found, covered)
        if end is None:
            continue
        reason = match.lastgroup or ""
        if reason == "embed" and line.startswith("pic.", start):
            start = _tweet_text_start(line, start, covered)
        found.add_span(index, start, end, _INLINE_REASONS.get(reason, reason))
        covered = end


def _tweet_text_start(line: str, start: int, covered: int) -> int:
    """Where an embedded tweet's text starts before its ``pic.twitter.com`` link (detik glues it into the
    paragraph: ``…pekan depan. What a night for the club!pic.twitter.com/…``): the whole sentences
    just before the link, within a tweet's length, that are in English, not Indonesian."""
    floor = max(covered, start - _MAX_TWEET_CHARS)
    bounds = [m.end() for m in _SENTENCE_END.finditer(line, floor, start)]
    bounds += [m.end() for m in _GLUED_JOIN.finditer(line, floor, start)]
    if covered == floor:
        bounds.append(covered)
    tweet = start
    for bound in sorted(set(bounds), reverse=True):
        if not line[bound:tweet].strip():
            continue  # the sentence end right before the link (``… day! pic.twitter.com``)
        words = {word.lower() for word in _WORD.findall(line, bound, tweet)}
        if words & P.INDONESIAN_FUNCTION_WORDS or not words & P.ENGLISH_FUNCTION_WORDS:
            break
        tweet = bound
    return tweet


def _glued_captions(line: str, index: int, found: NewsFindings, marks: re.Pattern[str] = _CAPTION_MARK) -> None:
    """A photo caption glued between two paragraphs (detik, beritasatu, kompas, tempo):
    ``…kata dia.Caption satu kalimat. (dok. Nama)Paragraf``, ``…kata dia.Caption. Tempo/Nama Paragraf`` (with
    ``_OUTLET_CREDIT`` as ``marks``) or ``…kata dia.Nama (kiri) menyapa warga.``

    The caption is the one sentence from the paragraph join (a sentence end glued to a capital, which
    the article's own sentences never are) to its ``(dok. …)`` credit, or the one sentence after a join
    that places people in the picture (``(kiri)``, ``(kedua kanan)``); anything longer is kept.
    """
    for mark in marks.finditer(line):
        floor = max(0, mark.start() - _MAX_CAPTION_CHARS)
        joins = list(_GLUED_JOIN.finditer(line, floor, mark.start()))
        if not joins:
            continue
        start = joins[-1].end()
        if mark.group("credit"):
            end = mark.end()
            if _SENTENCE_END.search(line[start : mark.start()].rstrip()[:-1]):
                continue
        else:
            if _SENTENCE_END.search(line, start, mark.start()):
                continue
            end = _caption_sentence_end(line, mark.end(), start + 2 * _MAX_CAPTION_CHARS)
            if end is None:
                continue
        if any(s.start < end and start < s.end for s in found.cut.get(index, ())):
            continue
        found.add_span(index, start, end, "caption_line")


def _caption_sentence_end(line: str, position: int, limit: int) -> int | None:
    """The end of the caption sentence: its period before a space, a glued capital or the line's end."""
    sentence = _SENTENCE_END.search(line, position, limit)
    glued = _GLUED_JOIN.search(line, position, limit)
    ends = [m.start() + 1 for m in (sentence, glued) if m]
    if ends:
        return min(ends)
    return len(line.rstrip()) if len(line) <= limit else None


def _scan(lines: list[str], text: str) -> tuple[dict[int, list[int]], bool, frozenset[int] | set[int], bool, bool]:
    """One scan of the whole text (``lines`` joined): where a marker can start, per line (in line order);
    whether the text has a mark (see ``_line_reason``); the lines ``_classify_lines`` can pass over (see
    ``_news.plain_lines``); whether ``_signature_source`` may find a signature (False only when none of
    the literals every signature contains is in the last three lines); whether an ANTARA dateline may
    match (False only when the text has no "(ANTARA")."""
    if _kernel is not None:
        by_line, mark_lines, signature_line, antara = _kernel.scan_lines(text)
        plain = _kernel.plain_lines(lines, _HEAD_WORDS, mark_lines)
        signature = signature_line != -1 and signature_line >= len(lines) - 3
        return by_line, bool(mark_lines), plain, signature, antara
    marks = "lik " in text or ".COM/" in text or ".CO.ID/" in text
    return _triggers_by_line(lines, text), marks, _NO_LINES, True, True


def _triggers_by_line(lines: list[str], text: str) -> dict[int, list[int]]:
    """Where a marker can start, per line (in line order), without the kernel."""
    positions = _trigger_positions(text)
    if not positions:
        return {}
    by_line: dict[int, list[int]] = {}
    index = line_start = 0
    line_end = len(lines[0])
    for position in positions:
        while position > line_end:
            index += 1
            line_start = line_end + 1
            line_end = line_start + len(lines[index])
        by_line.setdefault(index, []).append(position - line_start)
    return by_line


# Triggers that start with a lower-case letter: found with ``str.find``, since a lower-case branch in
# INLINE_TRIGGER would make the regex stop at every such letter.
_LOWER_TRIGGERS = ("selengkapnya baca", "pic.twitter.com/")


def _trigger_positions(text: str) -> list[int]:
    if _kernel is not None:
        return _kernel.trigger_positions(text)
    positions = [m.start() for m in P.INLINE_TRIGGER.finditer(text)]
    extra = False
    for literal in _LOWER_TRIGGERS:
        lower = text.find(literal)
        while lower != -1:
            positions.append(lower)
            extra = True
            lower = text.find(literal, lower + 1)
    return sorted(positions) if extra else positions


def _inline_matches(line: str, positions: list[int]) -> list[re.Match[str]]:
    """INLINE tried only where one of its first words occurs (and just before, for an opening "(")."""
    matches: list[re.Match[str]] = []
    covered = 0
    for position in positions:
        if position < covered:
            continue
        match = None
        if position and line[position - 1] == "(":
            match = P.INLINE.match(line, position - 1)
        match = match or P.INLINE.match(line, position)
        if match:
            matches.append(match)
            covered = match.end()
    return matches


_INLINE_REASONS = {
    "related": "related_link_inline",
    "related_bare": "related_link_inline",
    "video": "related_link_inline",
    "video_repeat": "related_link_inline",
    "caption": "caption_line",
    "caption_marker": "caption_line",
    "syndication": "call_to_action",
    "credit": "credit_line",
}


def _span_end(
    line: str, match: re.Match[str], following: re.Match[str] | None, found: NewsFindings, covered: int
) -> int | None:
    """Where the boilerplate that starts at ``match`` ends, or None when it is not boilerplate here."""
    kind = match.lastgroup
    stop = following.start() if following else len(line)
    if kind == "related":
        end = _related_end(line, match, following, stop)
        title = line[match.end() : end].strip(" )")
        if title:
            found.related_links.append(title)
        return end
    if kind == "caption":
        return _photo_credit_end(line, match.end(), stop)
    if kind == "video":
        return _video_end(line, match.end(), stop)
    if kind == "navigation" and match.group().startswith("Halaman berikut"):
        return min(stop, match.end() + _MAX_TITLE_CHARS)
    if kind == "credit":
        after_text = _NON_SPACE.search(line, covered, match.start()) is not None
        end = _credit_end(line, match.start(), stop, found, after_text)
        if end is None and stop < len(line):
            found.settled = False  # the name may continue past the next marker once that is cut
        return end
    if kind in ("syndication", "copyright"):
        return len(line) if len(line) - match.start() <= _TAIL_NOTICE else None
    return match.end()


def _related_end(line: str, match: re.Match[str], following: re.Match[str] | None, stop: int) -> int:
    """Where a related link's headline ends: the next link, the end of the line, or ``_title_end``.

    ANTARA lists links in sentence case (``Baca juga: Jeka Saragih jadi petarung MMA Indonesia dengan
    penghasilan tertinggi Baca juga: …``), where a capital inside the title looks like a new sentence;
    with no sentence end before the next link, the words between are all the headline.
    """
    start = match.end()
    in_parens = match.group().startswith("(")
    if (
        not in_parens
        and following is not None
        and following.lastgroup in ("related", "related_bare")
        and stop - start <= _MAX_TITLE_CHARS
        and not _SENTENCE_END.search(line, start, stop)
        and len(line[start:stop].split()) <= _MAX_TITLE_WORDS
    ):
        return stop
    if (
        stop == len(line)
        and _NON_SPACE.search(line, 0, match.start()) is None
        and _headline_like(line[start:stop].strip())
    ):
        return stop
    end = _title_end(line, start, stop, in_parens)
    if in_parens and line[end : end + 1] == "." and line[: match.start()].rstrip()[-1:] in _ENDS_SENTENCE:
        return end + 1  # ``… katanya. (Baca juga: Judul).`` : the period after the link is the link's
    return end


def _title_end(line: str, start: int, stop: int, in_parens: bool) -> int:
    """``_headline_end``, in C where the text it can look at is ASCII and a few punctuation characters (the
    kernel answers -1 where not)."""
    if _title_kernel is not None:
        end = _title_kernel.title_end(line, start, stop, in_parens, _TITLE_WORD_SETS, _TITLE_WORD_FILTER)
        if end != -1:
            return end
    return _headline_end(line, start, stop, in_parens)


def _headline_end(line: str, start: int, stop: int, in_parens: bool) -> int:
    """The end of a related headline glued into a paragraph.

    Headlines are short, Title Case (or, at ANTARA, sentence case) and carry no final period; the
    paragraph resumes at a glued capital (``…Hari IniAnies``), an opening quote of a long quote,
    a capital after ``?``/``!``/``.``, or a capitalised word followed by ordinary lower-case words.
    """
    limit = min(stop, start + _MAX_TITLE_CHARS)
    if in_parens:
        close = line.find(")", start, limit)
        if close != -1:
            return close + 1
    end, glued = _one_title_end(line, start, limit)
    for _ in range(_MAX_GLUED_TITLES):
        if not glued:
            return end
        after, glued = _one_title_end(line, end, limit)
        words = line[end:after].split()
        if len(words) < 3 or (
            not glued and (len(words) < 4 or words[0] in P.SUBJECT_HEADS or not _is_title_case(words))
        ):
            return end
        end = after
    return end


def _one_title_end(line: str, start: int, limit: int) -> tuple[int, bool]:
    """One headline's end, and whether it ended at a glued capital (another headline may follow).

    Hot: runs for every glued link. The words are split once; a word's offset in the line is found only
    for the word where the headline ends.
    """
    glue = _glue_position(line, start + 3, limit)
    if glue is not None:
        limit = glue
    words = line[start:limit].split()
    count = min(len(words), _MAX_TITLE_WORDS)
    title_case = _is_title_case(words[1:6])
    for j in range(1, count):
        token = words[j]
        first = token[0]
        if not first.isupper():  # a quote is never upper case: the two tests below exclude each other
            if first in _QUOTES and _long_quote(line, _word_start(line, start, words, j), limit):
                return _word_start(line, start, words, j), False
            continue
        if not title_case and j >= 3:
            named = _named_with_acronym(words, j)
            if named is not None:
                return _word_start(line, start, words, named), False
        if (
            words[j - 1][-1] not in "?!."
            and j + 1 < len(words)
            and (following := words[j + 1])[0].isupper()
            and not following[-1].isdigit()
            and "." not in token
            and token.strip(",") not in _STARTERS
        ):
            continue  # a capital before another: what _sentence_start answers then is None
        opening = _sentence_start(words, j, title_case)
        if opening is not None:
            return _word_start(line, start, words, opening), False
    if len(words) > _MAX_TITLE_WORDS:
        return _word_start(line, start, words, _MAX_TITLE_WORDS), False
    return limit, glue is not None


def _sentence_start(words: list[str], j: int, title_case: bool) -> int | None:
    """Whether the article resumes at the capitalised ``words[j]``: the index of its first word, or None."""
    token = words[j]
    before = words[j - 1]
    if (before[-1] in "?!" and j >= 4) or (before[-1] == "." and len(before) > 3 and before[-2].islower()):
        return j
    if "." in token and _PHOTO_CREDIT.fullmatch(token) and ("/" in token or words[j + 1 : j + 2] == ["/"]):
        return j  # a photo credit (``Kompas.com / Nama``) after the headline
    name = token.strip(",")
    after = _after_code(words, j)
    following = words[after : after + 4]
    if not (following and following[0].lstrip("(\"'\u201c")[:1].islower()):
        # No lower-case word follows: only a word that always opens a sentence ends the headline.
        if title_case:
            strong = name in P.STRONG_STARTERS and (token.endswith(",") or token.startswith("Menurut"))
            return j if j >= 2 and strong else None
        return j if j >= 3 and name in P.SENTENCE_STARTERS else None
    if j >= 2 and following[0][-1] in ".!?":
        return j  # a capitalised word and a lower-case one that ends a sentence
    plains = _plain_words(following)
    if not title_case:
        return j if (j >= 3 and name in P.SENTENCE_STARTERS) or (j >= 6 and plains >= 3) else None
    if j < 2:
        return None
    if plains >= 2 or (plains >= 1 and len(following) > 1 and following[1][0].islower()):
        return _subject_start(words, j)
    return j if name in P.SENTENCE_STARTERS or name in P.STRONG_STARTERS else None


def _named_with_acronym(words: list[str], j: int) -> int | None:
    """``… dari Aceh Komisi Pemilihan Umum (KPU) telah``: a body's first mention of an institution, which a
    sentence-case headline (ANTARA) never spells out. Returns where the name starts: the capitalised words
    from ``words[j]`` whose initials spell the acronym; None when they do not (keep the title whole)."""
    if words[j - 1][0].isupper():
        return None
    for k in range(j + 1, min(len(words), j + 7)):
        acronym = _ACRONYM.fullmatch(words[k])
        if acronym:
            letters = acronym.group(1)
            first = k - len(letters)
            initials = "".join(word[0] for word in words[first:k]) if first >= j else ""
            return first if initials == letters else None
        if not words[k][0].isupper():
            return None
    return None


def _word_start(line: str, start: int, words: list[str], j: int) -> int:
    """Where ``words[j]`` (of ``line[start:].split()``) starts in ``line``."""
    position = start
    for word in words[: j + 1]:
        position = line.find(word, position) + len(word)
    return position - len(words[j])


def _after_code(words: list[str], j: int) -> int:
    """Where the words after ``words[j]`` start, past a code or number that is not a quantity.

    ``… Lockdown Indeks LQ45 naik 9,06 poin``, ``… Ormas Pasal 8 beleid itu``: the sentence opens
    at the capital even though a code stands between it and the lower-case words; ``Rp 5 ribu``
    is a quantity of the headline, and so are a year (``Teluk Cendrawasih 2023 makin``) and a number
    after a colon (``Palestina: 61 truk``).
    """
    code = words[j + 1] if j + 2 < len(words) else ""
    if (
        code
        and code[-1].isdigit()
        and (not code.isdigit() or (len(code) <= 3 and words[j][-1].isalpha()))
        and words[j + 2] not in P.NUMBER_UNITS
    ):
        return j + 2
    return j + 1


def _glue_position(line: str, start: int, limit: int) -> int | None:
    for candidate in _GLUE_CANDIDATE.finditer(line, start, limit):
        position = candidate.start()
        previous = line[position - 1] if position > start else ""
        if not previous or previous not in _LOWER_OR_DIGIT:
            if _CAPS_THEN_WORD.match(line, position, limit):
                return position + 2  # ``DPD RISultan``: the word starts at the third capital
            continue
        if candidate.group() in _QUOTES:
            if line[position - 2 : position].isalnum() and line[position + 1 : position + 2].isupper():
                return position
            continue
        before = line[max(0, position - 4) : position]
        word = _WORD.match(line, position)
        word_text = word.group() if word else ""
        if before[-3:].isdigit() and len(word_text) >= 4 and word_text[1:].islower():
            return position
        if len(before) == 4 and before.isalpha() and before[1:].islower() and before not in _CAMEL_BRANDS:
            rest = word_text[1:]
            if (rest.islower() and len(word_text) >= 4) or (
                len(word_text) <= 2 and (not rest or rest.islower())
            ):
                return position
            if word_text in P.SENTENCE_STARTERS or word_text in P.SHORT_STARTERS:
                return position
            if len(word_text) >= 2 and word_text.isupper():
                return position
    return None


def _occurs(needle: list[str], haystack: list[str]) -> bool:
    size = len(needle)
    return any(haystack[k : k + size] == needle for k in range(len(haystack) - size + 1))


def _subject_start(words: list[str], j: int) -> int:
    """Move a sentence start back over its capitalised subject.

    ``… Nusantara [Kepala Dinas Perhubungan] meminta`` (a job title heads it) or ``… Jadi Menpora
    [Erick Thohir] kini`` (the name repeats one already in the headline).
    """
    for back in (2, 1):
        name = words[j - back : j + 1]
        if j - back >= 1 and all(w[0].isupper() for w in name) and _occurs(name, words[: j - back]):
            return j - back
    start = j
    for back in range(j, max(1, j - 5), -1):
        token = words[back]
        if not token[0].isupper():
            break
        if token in P.NAME_OPENERS:
            return back
        before = words[back - 1]
        if before.lower() in P.ROLE_WORDS:
            return j
        if token.strip(",") in P.SUBJECT_HEADS and before[0].isupper():
            start = back
    return start


def _is_title_case(words: list[str]) -> bool:
    """Most words that a headline would capitalise are capitalised (small words do not count)."""
    counted = upper = 0
    for word in words:
        first = word[0]
        if first.isalpha() and word.lower() not in P.HEADLINE_LOWER:
            counted += 1
            upper += first.isupper()
    return not counted or upper >= 0.75 * counted


def _plain_words(words: list[str]) -> int:
    """Ordinary lower-case words (not the small words a Title Case headline keeps in lower case)."""
    return sum(1 for w in words if w[0].islower() and w.strip(",.").lower() not in P.HEADLINE_LOWER)


def _long_quote(line: str, position: int, limit: int) -> bool:
    """An opening quote that starts a quoted sentence of the article, not a quoted word of a headline.

    A quote closed by a comma (``"Kalian tahu aku seperti apa," tutur Kriss``) is speech however short:
    a headline never closes a quote with one.
    """
    for closing in _CLOSING:
        end = line.find(closing, position + 1, position + 80)
        if end != -1:
            return len(line[position:end].split()) >= 6 or line[end - 1] == ","
    return True


def _photo_credit_end(line: str, start: int, stop: int) -> int:
    """``Foto: Nama Fotografer/detikJateng`` ends after the outlet; otherwise like a headline."""
    for k, token in enumerate(_TOKEN.finditer(line, start, min(stop, start + 80))):
        if "/" in token.group():
            return token.end()
        if k == 5:
            break
    return _title_end(line, start, stop, False)


def _video_end(line: str, start: int, stop: int) -> int:
    """detik/CNN video teasers: ``Simak Video "Judul"``, ``Lihat juga Video 'Judul':``, ``… di sini:``."""
    position = start
    while position < len(line) and line[position] in " :":
        position += 1
    if position < len(line) and line[position] in "\"'\u201c\u2018":
        quote = line[position]
        closers = {"\u201c": "\u201d", "\u2018": "\u2019"}.get(quote, quote)
        end = position + 1
        while True:
            end = line.find(closers, end, position + _MAX_TITLE_CHARS)
            if end == -1:
                return min(stop, position + _MAX_TITLE_CHARS)
            if end + 1 >= len(line) or line[end + 1] in " :[.,":
                break
            end += 1
        end += 1
        tail = re.match(r"(?: di sini)?:?", line[end : end + 9])
        return end + (tail.end() if tail else 0)
    if stop - start <= _MAX_TITLE_CHARS:
        return stop
    return _title_end(line, position, stop, False)


def _credit_end(line: str, start: int, stop: int, found: NewsFindings, after_text: bool) -> int | None:
    """Credits near the end of a line: every label, up to the next marker, carries a short name."""
    if len(line) - start > _TAIL_CREDIT:
        return None
    end = stop
    block = line[start:end]
    labels = list(P.CREDIT_LABEL.finditer(block))
    if not labels or labels[0].start() != 0:
        return None
    if after_text and _PROSE_BEFORE.search(line, max(0, start - 20), start):
        return None
    names: list[tuple[str, str]] = []
    for k, label in enumerate(labels):
        value_end = labels[k + 1].start() if k + 1 < len(labels) else len(block)
        value = block[label.end() : value_end].strip(" |)")
        if not value or len(value) > 60 or not _name_like(value):
            return None
        names.append((label.group("label"), value.rstrip(".")))
    for label, value in names:
        _add_name(label, value, found)
    return end


def _name_like(value: str) -> bool:
    """Credit values are names (``Fransiska Ninditya``, ``PR Wire``, ``Edy M Yakub``), not a clause."""
    words = value.rstrip(".").split()
    if not words or len(words) > 8 or "," in value:
        return False
    return sum([w[0].isupper() for w in words]) >= 0.75 * len(words)


def _collect_names(text: str, found: NewsFindings) -> None:
    labels = list(P.CREDIT_LABEL.finditer(text))
    for k, label in enumerate(labels):
        value_end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        _add_name(label.group("label"), text[label.end() : value_end].strip(" |)."), found)


def _add_name(label: str, value: str, found: NewsFindings) -> None:
    if not value:
        return
    if label in P.AUTHOR_LABELS:
        found.authors.append(value)
    elif label in P.EDITOR_LABELS:
        found.editors.append(value)


def _trailing_credit(line: str, index: int, found: NewsFindings) -> None:
    """Author initials (and detik's tag list) ending the last paragraph: ``… kata dia. (astj/astj) tag``.

    Repeated (at most three times) because one ending can sit before another: ``(abc) (def)``.
    """
    end = len(line)
    for _ in range(3):
        end = _before_trailing_spans(line, found.cut.get(index, ()), end)
        match = _trailing_match(line, end)
        if (
            not match
            or not _NON_SPACE.search(line, 0, match.start())
            or not _take_trailing(match, index, found)
        ):
            break
        end = match.start()
        # What the cut leaves may now end in a credit (``… Pewarta: Nama (abc)``): look again. A label
        # needs its ":", which a plain find rules out faster than the regex.
        floor = max(0, end - _TAIL_CREDIT)
        if line.find(":", floor, end) != -1 and P.HAS_CREDIT_LABEL.search(line, floor, end):
            found.settled = False
    else:
        found.settled = False  # more endings may follow; the next pass takes them


def _before_trailing_spans(line: str, spans: list[Span] | tuple[()], end: int) -> int:
    """Where the text of a line ends once the spans that finish it are left out."""
    for span in sorted(spans, key=_START, reverse=True) if len(spans) > 1 else spans:
        if span.start >= end:
            continue
        if line[span.end : end].strip():
            break
        end = span.start
    return end


def _take_trailing(match: re.Match[str], index: int, found: NewsFindings) -> bool:
    # TRAILING_TEXT has the groups prompt and teaser, TRAILING_PAREN has tags.
    text = match.re is P.TRAILING_TEXT
    if text and match["prompt"]:
        found.add_span(index, match.start(), match.end(), "call_to_action")
        return True
    teaser = match["teaser"] if text else None
    if teaser:
        start = match.start()
        while len(words := teaser.split()) < 4 or not _is_title_case(words):
            cut = max(teaser.rfind("! "), teaser.rfind("? "))
            if cut == -1:
                return False
            start += cut + 2  # the sentence before an exclamation was the article's
            teaser = teaser[cut + 2 :]
        found.add_span(index, start, match.end(), "related_link_inline")
        found.related_links.append(teaser)
        return True
    tags = None if text else match["tags"]
    if tags and tags.strip():
        tags_start = match.start("tags")
        found.add_span(index, match.start(), tags_start, "credit_line")
        found.add_span(index, tags_start, match.end(), "navigation")
    else:
        found.add_span(index, match.start(), match.end(), "credit_line")
    return True


_TEXT_END_LAST = frozenset(ending[-1] for ending in P.TRAILING_TEXT_ENDS)


def _trailing_match(line: str, end: int) -> re.Match[str] | None:
    """TRAILING_PAREN tried at the last few "(" before ``end``; TRAILING_TEXT only when the ending fits."""
    candidates = (
        _kernel.trailing_candidates(line, end, P.TRAILING_TEXT_ENDS) if _kernel is not None else None
    )  # None: no kernel, or an ``end`` the kernel leaves to Python
    text, starts = candidates if candidates is not None else _trailing_candidates(line, end)
    if text:
        match = P.TRAILING_TEXT.search(line, max(0, end - 200), end)
        if match:
            return match
    for start in starts:
        match = P.TRAILING_PAREN.match(line, start, end)
        if match:
            return match
    return None


def _trailing_candidates(line: str, end: int) -> tuple[bool, tuple[int, ...]]:
    """Whether TRAILING_TEXT may match before ``end`` (its ending fits), and where TRAILING_PAREN is tried:
    at (or one space before) the last three "(" in the last 600 characters, only when the last ")" is
    followed by tags at most (TRAILING_PAREN ends there). ``_news.trailing_candidates`` in C."""
    text_end = end
    while text_end and line[text_end - 1].isspace():
        text_end -= 1
    # The last character rules out most endings faster than the five suffixes.
    text = (
        bool(text_end)
        and line[text_end - 1] in _TEXT_END_LAST
        and line.endswith(P.TRAILING_TEXT_ENDS, 0, text_end)
    )
    floor = max(0, end - 600)
    close = line.rfind(")", floor, end)
    if close == -1 or not _TAG_TAIL.fullmatch(line, close + 1, end):
        return text, ()
    starts = []
    position = end
    for _ in range(3):
        position = line.rfind("(", floor, position)
        if position == -1:
            break
        starts.append(position - 1 if position and line[position - 1].isspace() else position)
    return text, tuple(starts)


def _whole_line_cuts_to_drops(lines: list[str], found: NewsFindings) -> dict[int, str]:
    """A line whose spans leave only punctuation is dropped whole, under its main span's reason.

    Returns what each line that keeps text keeps after its cuts.
    """
    rests: dict[int, str] = {}
    for index, spans in list(found.cut.items()):
        pieces = _pieces(lines[index], spans)
        rest = " ".join(pieces)
        if rest[:1].isalnum() or any(ch.isalnum() for ch in rest):
            rests[index] = rest
            if found.settled and (
                _join_makes_marker(pieces)
                or _line_reason(rest) is not None
                or (len(lines) > 1 and _headline_like(rest))
            ):
                found.settled = False
            continue
        main = max(spans, key=lambda s: s.end - s.start)
        found.drop[index] = _SPAN_TO_LINE.get(main.reason, main.reason)
        del found.cut[index]
    return rests


def _join_makes_marker(pieces: list[str]) -> bool:
    """Whether joining the pieces a line's cuts leave puts a marker across a seam (``Baca`` + ``juga: …``)."""
    for left, right in itertools.pairwise(pieces):
        joined = f"{left[-40:]} {right[:40]}"
        seam = min(len(left), 40)
        for position in _trigger_positions(joined):
            match = P.INLINE.match(joined, position) if position < seam else None
            if match and match.end() > seam:
                return True
    return False


# --- the step ----------------------------------------------------------------------------------


class NewsOptions(StepOptions):
    datelines: bool = True
    """Strip the dateline prefix and record it in ``metadata.dateline``; a document that already has a
    ``dateline`` (this step ran, or the source gave one) is not searched again."""
    max_passes: int = Field(default=3, ge=1)
    """Cutting one span can expose another (``Baca ADVERTISEMENT juga``); rescan (only then) at most
    this many times in all."""


@register
class News(Step):
    """Remove news boilerplate line by line and span by span; keep its facts in metadata."""

    name = "news"
    description = "Indonesian news boilerplate removal with dateline, source, related titles and credits."
    Options = NewsOptions
    writes = ("dateline", "source", "related_titles", "related_links", "authors", "editors")

    def process(self, document: Document) -> Document | Drop:
        for _ in range(self.options.max_passes):
            datelines = self.options.datelines and "dateline" not in document.metadata
            text = document.text
            # ``document.lines()``; most articles are one line, which a split would only copy.
            lines = text.split("\n") if "\n" in text else [text]
            found = _find(lines, text, datelines)
            _merge_metadata(document.metadata, found)
            if not found:
                break
            document.edit(self.name, drop=found.drop, cut=found.cut, lines=lines)
            if found.settled:
                break
        return document


def _merge_metadata(metadata: dict[str, Any], found: NewsFindings) -> None:
    if found.dateline is not None:
        metadata["dateline"] = found.dateline
    if "source" not in metadata:
        # The outlet the text names, else the domain of the page's URL.
        source = found.source or _url_source(metadata.get("url"))
        if source:
            metadata["source"] = source
    # Most documents have none of the four lists: one test rules them all out.
    if found.related_titles or found.related_links or found.authors or found.editors:
        for key in ("related_titles", "related_links", "authors", "editors"):
            _merge_list(metadata, key, getattr(found, key))


def _merge_list(metadata: dict[str, Any], key: str, values: list[str]) -> None:
    if not values:
        return
    existing = metadata.get(key)
    if existing is not None and not isinstance(existing, list):
        return
    if existing is None:
        metadata[key] = list(values)
    else:
        existing.extend(value for value in values if value not in existing)


def _url_source(url: object) -> str | None:
    """``url_domain(url)``, cached on the URL's scheme and host: a host depends on nothing after them.

    The part kept ends at the first "/", "?" or "#" after "://", which is at or past where ``urlsplit``'s
    netloc ends, so the netloc (and the host) of the part is the URL's (tests/steps/test_news.py)."""
    if not isinstance(url, str):
        return None
    marker = url.find("://")
    if marker == -1:
        return None
    return _host_source(url[: _HOST_END.match(url, marker + 3).end()])


_HOST_END = re.compile(r"[^/?#]*")


@functools.lru_cache(maxsize=4096)  # a corpus comes from a few thousand hosts at most
def _host_source(prefix: str) -> str | None:
    return url_domain(prefix)
