"""Deterministic generator of saring's bundled sample corpus and of benchmark corpora.

Articles are recombined from the handwritten pools in :mod:`saring.data.pools`, wrapped in an
outlet's house style (:mod:`saring.data.outlets`) and flattened the way scrapers flatten pages:
one line per paragraph or the whole article on one line, glued ``Baca juga``, ``\\r\\n``, NBSP,
mojibake. Because the generator knows what it inserted, it also writes *line labels*: for every
line of a news document, ``body``, ``blank`` or the boilerplate family, plus character spans
for boilerplate inside a body line and the dateline prefix. Those labels are gold for the news
cleaning step.

Everything derives from one ``random.Random(seed)``: same seed, same bytes.

    python -m saring.data.generate --sample src/saring/data/sample
    python -m saring.data.generate --docs 100000 --out bench/corpus.jsonl.zst --labels bench/labels.jsonl
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import functools
import gzip
import io
import random
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from saring.data import other
from saring.data.outlets import OUTLETS, Outlet
from saring.data.pools import (
    CITIES,
    CLOSINGS,
    EDITOR_INITIALS,
    FIRST_NAMES,
    LAST_NAMES,
    MALAY_TOPIC,
    SYNONYMS,
    TOPICS,
    Topic,
)

__all__ = [
    "DATELINE_STYLES",
    "FAMILIES",
    "Article",
    "Generated",
    "JsonlWriter",
    "NewsWriter",
    "OtherWriter",
    "fake_email",
    "fake_nik",
    "fake_phone",
    "generate_corpus",
    "main",
    "sample_documents",
    "wire_copies",
    "write_documents",
    "write_jsonl",
    "write_sample",
]

FAMILIES: dict[str, str] = {
    "body": "article text",
    "blank": "empty or whitespace-only line",
    "dateline": "a dateline standing on its own line (as a span: the prefix of the first body line)",
    "related_link": "one 'Baca juga' style pointer to another article (Baca Juga, BACA JUGA, Baca:, Lihat juga)",
    "related_block": "a trailing block of related headlines and its heading (Artikel Terkait, Terpopuler)",
    "ad": "ad markers and embeds (ADVERTISEMENT, SCROLL TO CONTINUE WITH CONTENT, [Gambas:Video CNN])",
    "credit": "bylines, editor initials, copyright and wire credits (Editor:, Pewarta:, (rzk/dnu), -- BERNAMA)",
    "caption": "photo captions (Foto: ..., KOMPAS.com/NAMA ...)",
    "cta": "calls to action (Google News, WhatsApp channel, Simak video, Artikel ini telah tayang di ...)",
    "navigation": "pagination and tag lists (Halaman selanjutnya, Halaman: 1 2 3, Tags: ...)",
}
DATELINE_STYLES: dict[str, str] = {
    "city_outlet": "JAKARTA, KOMPAS.com - / TRIBUNSUMSEL.COM, PALEMBANG - / Jakarta, Beritasatu.com -",
    "outlet_city": "Liputan6.com, Jakarta - / TEMPO.CO, Jakarta - / REPUBLIKA.CO.ID, JAKARTA -- / jpnn.com, JAKARTA -",
    "antara": "Pekanbaru (ANTARA) -",
    "cnn": "Jakarta, CNN Indonesia -- / Jakarta, CNBC Indonesia -",
    "kontan": "KONTAN.CO.ID - JAKARTA.",
    "bare_upper": "JAKARTA - (okezone, sindonews)",
    "bare_title": "Jakarta - (detik)",
    "masthead": "BLORA.SUARAMERDEKA.COM - (regional masthead, no city)",
    "malay": "KUALA LUMPUR: (bernama)",
}

SAMPLE_SEED = 706
SAMPLE_NEWS_DOCS = 238
# Desks whose stories a national outlet often sets in the capital.
_CAPITAL_DESKS = frozenset({"politik", "ekonomi", "hukum", "teknologi", "internasional", "pendidikan"})
_HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MALAY_CITIES = (
    "KUALA LUMPUR",
    "PUTRAJAYA",
    "JOHOR BAHRU",
    "GEORGE TOWN",
    "KOTA KINABALU",
    "KUCHING",
    "IPOH",
)
_CAPTIONS = (
    "Suasana di lokasi kejadian, {hari} ({tgl}).",
    "Petugas memeriksa kondisi di lapangan. (Dok. Humas {pemda})",
    "Ilustrasi. (ANTARA/{REPORTER})",
    "Warga beraktivitas di {kota}, {hari}.",
    "{tokoh} memberikan keterangan kepada wartawan.",
)
_TAGS = ("berita {kota}", "{prov}", "pemerintah daerah", "viral", "terkini", "{topic}", "info {kota}")
_QUOTED = re.compile(r'"([^"]*)"')
_SLUG = re.compile(r"[^a-z0-9]+")
_SENTENCE = re.compile(r'(?<=[.!?])\s+(?=[A-Z"])')
_SYNONYM = re.compile(r"\b(?:" + "|".join(group[0] for group in SYNONYMS) + r")\b")
_SYNONYM_GROUP = {group[0]: index for index, group in enumerate(SYNONYMS)}
# UTF-8 read as cp1252: the mojibake real crawls carry (0x9d has no cp1252 glyph and stays raw).
_MOJIBAKE = str.maketrans({"“": "â€œ", "”": "â€\x9d", "’": "â€™", "–": "â€“", "—": "â€”", "é": "Ã©"})

Seg = tuple[str, str]
"""A piece of a line and its family; ``sep`` marks joiners that belong to no family."""
_LEADING: tuple[tuple[Seg, ...], ...] = (
    *([()] * 10),
    (("", "sep"),),
    (("", "sep"), ("", "sep")),
    (("   ", "sep"),),
    (("\t", "sep"), ("", "sep")),
)


@dataclass(slots=True)
class Article:
    """What an article says, before an outlet's house style and a scraper have touched it."""

    topic: str
    section: str
    title: str
    paragraphs: list[str]
    city: str
    fill: dict[str, str]
    language: str = "id"


@dataclass(slots=True)
class Generated:
    """One generated record and, for news, its line labels."""

    record: dict[str, Any]
    labels: dict[str, Any] | None = None


@dataclass(slots=True)
class _Block:
    family: str
    text: str
    glue: str = ""
    """'prev': continues the previous line; 'next': prefixes the next block (a dateline)."""
    joiner: str = ""


@dataclass(slots=True)
class _Style:
    """Per-document scraper quirks, drawn once."""

    single_line: bool
    glue: str
    paragraph_break: str
    crlf: bool
    curly: bool
    mojibake: bool
    nbsp: bool
    leading: tuple[Seg, ...]
    """Blank or whitespace lines before the text (16% of real crawls start with whitespace)."""
    trailing: bool
    ad_blanks: int


Part = str | int
"""Literal template text, or the index of a group in ``SYNONYMS`` to be filled per document."""


@functools.cache
def _sentences(template: str) -> tuple[tuple[Part, ...], ...]:
    """A template cut into sentences and each sentence into literal text and synonym slots.

    Parsed once per template: per document, writing a paragraph is then only joins.
    """
    parsed = []
    for sentence in _SENTENCE.split(template):
        parts: list[Part] = []
        position = 0
        for match in _SYNONYM.finditer(sentence):
            parts += [sentence[position : match.start()], _SYNONYM_GROUP[match.group(0)]]
            position = match.end()
        parts.append(sentence[position:])
        parsed.append(tuple(parts))
    return tuple(parsed)


def _write(template: str, words: list[str], rng: random.Random, shorten: bool) -> str:
    """A paragraph template in this document's wording, now and then one sentence shorter.

    Dropping a sentence (never one that opens or closes a quote) keeps recombined articles from
    sharing whole paragraphs verbatim, which would make fresh articles look like near-duplicates.
    """
    sentences = _sentences(template)
    drop = -1
    if shorten and len(sentences) > 1 and rng.random() < 0.5:
        last = len(sentences) - 1 if '"' in template else len(sentences)
        if last > 1:
            drop = rng.randrange(1, last)
    return " ".join(
        "".join(p if isinstance(p, str) else words[p] for p in parts)
        for i, parts in enumerate(sentences)
        if i != drop
    )


def _slug(title: str) -> str:
    return _SLUG.sub("-", title.lower()).strip("-")


class NewsWriter:
    """Writes news articles in an outlet's style, with the labels of every line."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def article(self, outlet: Outlet, topic: Topic | None = None) -> Article:
        rng = self.rng
        masthead = rng.choice(outlet.mastheads) if outlet.mastheads else None
        if outlet.language == "ms":
            topic = MALAY_TOPIC
        topic = topic or rng.choice(TOPICS)
        if masthead:
            city = next(c for c in CITIES if c.name == masthead[1])
        elif outlet.national and topic.name in _CAPITAL_DESKS and rng.random() < 0.5:
            city = CITIES[0]
        else:
            city = rng.choice(CITIES)
        date = datetime.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
        kind = "Kabupaten" if city.kabupaten else "Kota"
        tokoh, tokoh2 = self.person(), self.person()
        fill = {
            "kota": city.name,
            "prov": city.province,
            "daerah": f"{kind} {city.name}" if city.name != "Jakarta" else "Provinsi DKI Jakarta",
            "pemda": f"Pemerintah {kind} {city.name}" if city.name != "Jakarta" else "Pemprov DKI Jakarta",
            "hari": _HARI[date.weekday()],
            "tgl": f"{date.day}/{date.month}/{date.year}",
            "tahun": str(date.year),
            "tokoh": tokoh,
            "nama": tokoh.split()[-1],
            "tokoh2": tokoh2,
            "nama2": tokoh2.split()[-1],
            "topic": topic.name,
            "year": str(date.year),
            "y": str(date.year),
            "m": f"{date.month:02d}",
            "d": f"{date.day:02d}",
        }
        # Leave at least two paragraphs of the desk out, so that two articles rarely share them all.
        count = min(len(topic.paragraphs) - 2, rng.choice((4, 5, 6, 7, 7, 8, 8, 9, 10, 12)))
        lead = rng.randrange(len(topic.leads))
        texts = [topic.leads[lead], *rng.sample(topic.paragraphs, count)]
        if outlet.language == "id":
            texts += rng.sample(CLOSINGS, rng.choice((0, 1, 1, 2)))
        malay = outlet.language == "ms"
        words = [group[0] if malay else rng.choice(group) for group in SYNONYMS]
        paragraphs = [_write(t, words, rng, shorten=i > 0).format_map(fill) for i, t in enumerate(texts)]
        title = topic.titles[lead].format_map(fill)
        return Article(topic.name, topic.section, title, paragraphs, city.name, fill, outlet.language)

    def headline(self) -> str:
        topic = self.rng.choice(TOPICS)
        city = self.rng.choice(CITIES)
        kind = "Kabupaten" if city.kabupaten else "Kota"
        return self.rng.choice(topic.titles).format(
            kota=city.name, prov=city.province, daerah=f"{kind} {city.name}", tokoh=self.person()
        )

    def url(self, article: Article, outlet: Outlet, host: str) -> str:
        rng = self.rng
        f = article.fill
        return outlet.url.format(
            section=article.section,
            y=int(f["y"]),
            m=int(f["m"]),
            d=int(f["d"]),
            n=rng.randrange(10**8, 10**9),
            n2=rng.randrange(10, 99),
            n3=rng.randrange(100, 999),
            n6=rng.randrange(10**5, 10**6),
            n7=rng.randrange(10**6, 10**7),
            n10=rng.randrange(10**9, 10**10),
            code=f"s{rng.randrange(10**5, 10**6):x}",
            host=host,
            slug=_slug(article.title),
        )

    def document(self, article: Article, outlet: Outlet, doc_id: str | None) -> Generated:
        """Render ``article`` in ``outlet``'s style: the record and its line labels."""
        rng = self.rng
        masthead = next((m for m in outlet.mastheads if m[1] == article.city), None)
        mast = masthead[0] if masthead else ""
        host = mast.lower() if mast else outlet.name
        values = dict(article.fill)
        city = _MALAY_CITIES[rng.randrange(len(_MALAY_CITIES))] if outlet.language == "ms" else article.city
        reporter = self.person()
        initials = rng.sample(EDITOR_INITIALS, 2)
        values.update(
            CITY=city.upper(),
            City=city,
            mast=mast,
            MAST=mast,
            Mast=mast.title().replace(".Com", ".com").replace(".Co.Id", ".co.id").replace(".Id", ".id"),
            title=article.title,
            reporter=reporter,
            REPORTER=reporter.split()[0].upper(),
            editor=self.person(),
            i1=initials[0],
            i2=initials[1],
        )
        blocks = self._blocks(article, outlet, values)
        style = self._style(outlet)
        lines = _layout(blocks, style)
        text, labels = _finish(lines, style, outlet)
        record: dict[str, Any] = {}
        if doc_id is not None:
            record["id"] = doc_id
        record["text"] = text
        if rng.random() < 0.75:
            record["url"] = self.url(article, outlet, host)
        record["outlet"] = outlet.name
        record["title"] = article.title
        labels = {"id": doc_id, "outlet": outlet.name, "language": article.language, **labels}
        return Generated(record, labels)

    def _blocks(self, article: Article, outlet: Outlet, values: dict[str, str]) -> list[_Block]:
        rng = self.rng
        blocks: list[_Block] = []
        if rng.random() < (0.45 if outlet.mastheads and outlet.dateline_style == "city_outlet" else 0.06):
            caption = rng.choice(_CAPTIONS).format_map(values)
            blocks.append(
                _Block("caption", rng.choice(outlet.captions).format_map({**values, "caption": caption}))
            )
        if rng.random() < 0.9:
            dateline = rng.choice(outlet.datelines).format_map(values)
            if rng.random() < 0.1:
                blocks.append(_Block("dateline", dateline.rstrip()))
            else:
                blocks.append(_Block("dateline", dateline, glue="next"))
        paragraphs = article.paragraphs
        last = len(paragraphs) - 1
        related_left = rng.choice((0, 1, 1, 2, 2, 3))
        inserts = list(outlet.inserts)
        glue_body = False
        for i, paragraph in enumerate(paragraphs):
            blocks.append(_Block("body", paragraph, glue="prev" if glue_body else ""))
            glue_body = False
            if i == last:
                break
            if i >= 1 and related_left and outlet.related and rng.random() < 0.35:
                related_left -= 1
                template = rng.choice(outlet.related)
                text = template.format(h=self.headline())
                inline = "{h}" in template and rng.random() < 0.3
                blocks.append(_Block("related_link", text, glue="prev" if inline else ""))
                # "...kata dia.Baca juga: JudulKalimat berikutnya": the next paragraph glued on too.
                glue_body = inline and rng.random() < 0.5
                if glue_body:
                    continue
            if inserts and rng.random() < 0.3:
                family, text = inserts.pop(rng.randrange(len(inserts)))
                blocks.append(_Block(family, text))
            if rng.random() < 0.04:
                caption = rng.choice(_CAPTIONS).format_map(values)
                blocks.append(_Block("caption", f"Foto: {caption}"))
        if outlet.inline_credit and rng.random() < 0.8:
            blocks.append(_Block("credit", outlet.inline_credit.format_map(values), glue="prev", joiner=" "))
        for family, template, probability in outlet.tails:
            if rng.random() < probability:
                if "{tags}" in template:
                    tags = rng.sample(_TAGS, rng.randint(2, 5))
                    values["tags"] = ", ".join(t.format_map(values) for t in tags)
                if "{h}" in template:
                    values["h"] = self.headline()
                blocks.append(_Block(family, template.format_map(values)))
        if outlet.block_headings and rng.random() < 0.45:
            blocks.append(_Block("related_block", rng.choice(outlet.block_headings)))
            blocks.extend(_Block("related_block", self.headline()) for _ in range(rng.randint(2, 5)))
        return blocks

    def _style(self, outlet: Outlet) -> _Style:
        rng = self.rng
        mojibake = rng.random() < 0.03
        return _Style(
            single_line=rng.random() < outlet.single_line,
            glue=" " if rng.random() < 0.6 else "",
            paragraph_break="\n" if rng.random() < 0.7 else "\n\n",
            crlf=rng.random() < 0.06,
            curly=mojibake or rng.random() < 0.3,
            mojibake=mojibake,
            nbsp=rng.random() < 0.15,
            leading=rng.choice(_LEADING),
            trailing=rng.random() < 0.08,
            ad_blanks=rng.choice((1, 1, 2, 5)),
        )


def _layout(blocks: list[_Block], style: _Style) -> list[list[Seg]]:
    """Place blocks on lines the way a scraper would have flattened the page."""
    lines: list[list[Seg]] = [[seg] if seg[0] else [] for seg in style.leading]
    current: list[Seg] = []
    pending: Seg | None = None
    previous = ""
    for block in blocks:
        text = _dress(block.family, block.text, style)
        if block.glue == "next":
            pending = (text, block.family)
            continue
        if style.single_line:
            scroll = block.text.startswith("SCROLL") and not style.glue
            joiner = "\r\r\r" if scroll else block.joiner or style.glue
            if current and joiner:
                current.append((joiner, "sep"))
            if pending:
                current.append(pending)
                pending = None
            current.append((text, block.family))
            if scroll:
                current.append(("\r", "sep"))
            continue
        if block.glue == "prev" and current:
            if block.joiner:
                current.append((block.joiner, "sep"))
            current.append((text, block.family))
            continue
        if current:
            lines.append(current)
            blanks = (
                style.ad_blanks if "ad" in (block.family, previous) else style.paragraph_break.count("\n") - 1
            )
            lines.extend([] for _ in range(blanks))
        current = [pending, (text, block.family)] if pending else [(text, block.family)]
        pending = None
        previous = block.family
    if current:
        lines.append(current)
    if style.trailing:
        lines.append([("                          ", "sep")])
    return lines


def _dress(family: str, text: str, style: _Style) -> str:
    """Quotes, NBSP and mojibake as the scraper left them, applied per piece so spans stay exact."""
    if family == "dateline" and style.nbsp and text.endswith(" "):
        text = text[:-1] + "\u00a0"
    if family == "body":
        if style.curly:
            text = _QUOTED.sub("“\\1”", text)
        if style.nbsp:
            text = text.replace(", ", ",\u00a0")
    if style.mojibake:
        text = text.translate(_MOJIBAKE)
    return text


def _finish(lines: list[list[Seg]], style: _Style, outlet: Outlet) -> tuple[str, dict[str, Any]]:
    """Join lines into the text and label each line: a family, or body with spans."""
    texts: list[str] = []
    labels: list[str] = []
    spans: list[dict[str, Any]] = []
    dateline: dict[str, Any] | None = None
    for number, segments in enumerate(lines):
        families = [f for t, f in segments if f != "sep" and t.strip()]
        if not families:
            label = "blank"
        elif "body" in families:
            label = "body"
        else:
            label = families[0]
        position = 0
        for text, family in segments:
            end = position + len(text)
            if family == "dateline":
                dateline = {
                    "line": number,
                    "start": position,
                    "end": end,
                    "text": text,
                    "style": outlet.dateline_style,
                    "own_line": label == "dateline",
                }
            if family not in (label, "sep") and text.strip():
                spans.append({"line": number, "start": position, "end": end, "family": family})
            position = end
        line = "".join(t for t, _ in segments)
        texts.append(line + "\r" if style.crlf else line)
        labels.append(label)
    if style.crlf:
        texts[-1] = texts[-1][:-1]
    return "\n".join(texts), {"lines": labels, "spans": spans, "dateline": dateline}


_LANGUAGE_POOLS: dict[str, tuple[str, ...]] = {
    "javanese": other.JAVANESE,
    "sundanese": other.SUNDANESE,
    "minang": other.MINANG,
    "balinese": other.BALINESE,
    "malay": other.MALAY,
    "english": other.ENGLISH,
}
_SITES: dict[str, str] = {
    "javanese": "https://crita-jawa.web.id/{y}/{n}/{slug}",
    "sundanese": "https://carita-sunda.web.id/{y}/{n}/{slug}",
    "minang": "https://forum-ranah.web.id/thread/{n}",
    "balinese": "https://satua-bali.web.id/{slug}",
    "malay": "https://berita-semasa.com.my/{y}/{n}/{slug}",
    "english": "https://example-news.com/{y}/{n}/{slug}",
    "judol": "https://{brand}.example-slot.xyz/",
    "clickbait": "https://lagu-viral.web.id/download/{slug}",
    "pii": "https://iklan-baris.web.id/properti/{n}",
}


class OtherWriter:
    """Non-news pages: regional languages, Malay, English, gambling spam, clickbait, junk, PII."""

    KINDS: tuple[str, ...] = (
        "javanese",
        "sundanese",
        "minang",
        "balinese",
        "malay",
        "english",
        "judol",
        "clickbait",
        "junk",
        "pii",
    )

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def document(self, kind: str, doc_id: str | None) -> Generated:
        rng = self.rng
        special = {"judol": self._judol, "clickbait": self._clickbait, "junk": self._junk, "pii": self._pii}
        text, title, brand = special[kind]() if kind in special else self._language(kind)
        record: dict[str, Any] = {}
        if doc_id is not None:
            record["id"] = doc_id
        record["text"] = text
        site = _SITES.get(kind)
        if site and rng.random() < 0.8:
            record["url"] = site.format(
                y=rng.randint(2019, 2025),
                n=rng.randrange(1000, 99999),
                slug=_slug(title),
                brand=brand.lower(),
            )
        record["title"] = title
        record["kind"] = kind
        return Generated(record)

    def _language(self, kind: str) -> tuple[str, str, str]:
        rng = self.rng
        pool = _LANGUAGE_POOLS[kind]
        sentences = rng.sample(pool, min(len(pool), rng.randint(3, 8)))
        per_paragraph = rng.randint(2, 3)
        paragraphs = [
            " ".join(sentences[i : i + per_paragraph]) for i in range(0, len(sentences), per_paragraph)
        ]
        return "\n".join(paragraphs), " ".join(sentences[0].split()[:6]), ""

    def _judol(self) -> tuple[str, str, str]:
        rng = self.rng
        brand = rng.choice(other.JUDOL_BRANDS)
        lines = [t.format(brand=brand) for t in rng.sample(other.JUDOL_LINES, rng.randint(4, 8))]
        title = f"{brand} ⚡ Situs Slot Gacor Hari Ini Gampang Maxwin"
        return "\n".join([title, *lines]), title, brand

    def _clickbait(self) -> tuple[str, str, str]:
        rng = self.rng
        values = {"song": rng.choice(other.SONGS), "singer": rng.choice(other.SINGERS)}
        lines = [t.format_map(values) for t in other.CLICKBAIT]
        return "\n".join(lines), lines[0], ""

    def _junk(self) -> tuple[str, str, str]:
        text = self.rng.choice(other.JUNK)
        return text, "", ""

    def _pii(self) -> tuple[str, str, str]:
        rng = self.rng
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        lines = [
            f"Dijual cepat rumah tipe 45 di {rng.choice(CITIES).name}, SHM, dekat sekolah dan pasar.",
            f"Hubungi Bapak/Ibu {name} di {fake_phone(rng)} (WA aktif) atau email {fake_email(rng, name)}.",
            f"Untuk survei lokasi, siapkan fotokopi KTP. Pemilik: {name}, NIK {fake_nik(rng)}.",
            "Harga masih bisa nego tipis, tanpa perantara.",
        ]
        return "\n".join(lines), "Dijual Rumah Tipe 45 SHM", ""


def fake_nik(rng: random.Random) -> str:
    """A 16-digit NIK that passes structural checks (region, birth date, serial) but names nobody."""
    region = rng.choice(("3374", "3578", "3273", "3171", "1671", "7371", "5171"))
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    return f"{region}{rng.randint(1, 20):02d}{day:02d}{rng.randint(1, 12):02d}{rng.randint(60, 99):02d}{rng.randint(1, 200):04d}"


def fake_phone(rng: random.Random) -> str:
    """A well-formed Indonesian mobile number in the conventional placeholder range 0812-3456-78xx."""
    return rng.choice(("0812-3456-78{:02d}", "+62 812-3456-78{:02d}", "08123456 78{:02d}")).format(
        rng.randrange(100)
    )


def fake_email(rng: random.Random, name: str) -> str:
    user = name.lower().replace(" ", rng.choice((".", "_", "")))
    return f"{user}{rng.randrange(100)}@{rng.choice(('contoh.co.id', 'example.com', 'surel.contoh.id'))}"


def wire_copies(writer: NewsWriter, outlets: list[Outlet], ids: list[str]) -> list[Generated]:
    """One wire story re-published by several outlets: edited lead, appended paragraph, own boilerplate."""
    story = other.WIRE_STORY
    pangan = next(t for t in TOPICS if t.name == "pangan")
    base = writer.article(OUTLETS_BY_NAME["antaranews.com"], pangan)
    documents = []
    for k, (outlet, doc_id) in enumerate(zip(outlets, ids, strict=True)):
        paragraphs = [story["leads"][k % len(story["leads"])], *story["body"]]
        if k:
            paragraphs.append(story["appended"][(k - 1) % len(story["appended"])])
        city = writer.rng.choice(outlet.mastheads)[1] if outlet.mastheads else base.city
        article = Article(base.topic, base.section, story["title"], paragraphs, city, base.fill)
        documents.append(writer.document(article, outlet, doc_id))
    return documents


OUTLETS_BY_NAME: dict[str, Outlet] = {o.name: o for o in OUTLETS}
# Rough shares of outlets in Indonesian news crawls; every outlet stays represented.
_OUTLET_WEIGHTS = tuple(
    {
        "detik.com": 4,
        "kompas.com": 3,
        "antaranews.com": 3,
        "tribunnews.com": 3,
        "okezone.com": 2,
        "bernama.com": 0.5,
    }.get(o.name, 1)
    for o in OUTLETS
)


# Pages drawn from small pools (Minang, Balinese, clickbait) recur near-identically, as spam templates
# do; they are kept rare so a dedup benchmark is not dominated by them.
_KIND_WEIGHTS = tuple(
    {"minang": 0.5, "balinese": 0.5, "clickbait": 0.5, "pii": 1, "junk": 1}.get(kind, 2)
    for kind in OtherWriter.KINDS
)


def _sample_news(rng: random.Random, count: int) -> Iterator[Generated]:
    """Every outlet in turn; one record in twenty without an id, for deterministic-id code paths."""
    writer = NewsWriter(rng)
    for i in range(count):
        outlet = OUTLETS[i % len(OUTLETS)]
        doc_id = None if rng.random() < 0.05 else f"news-{i:04d}"
        yield writer.document(writer.article(outlet), outlet, doc_id)


def generate_corpus(docs: int, seed: int = 0) -> Iterator[Generated]:
    """A benchmark corpus: mostly news, with copies, re-published wire copies and other pages mixed in.

    ~3% exact copies and ~3% re-published near-copies of earlier articles (another outlet, a dropped
    and an added paragraph), ~6% non-news pages; the rest fresh news.
    """
    rng = random.Random(seed)
    news = NewsWriter(rng)
    others = OtherWriter(rng)
    recent: list[tuple[Generated, Article]] = []
    """Fresh news documents that later ones may copy or re-publish (a bounded, random window)."""
    for i in range(docs):
        doc_id = f"gen-{seed}-{i:07d}"
        roll = rng.random()
        if roll < 0.03 and recent:
            source, _ = rng.choice(recent)
            yield Generated({**source.record, "id": doc_id}, {**(source.labels or {}), "id": doc_id})
            continue
        if roll < 0.06 and recent:
            article = _republished(rng, rng.choice(recent)[1])
            yield news.document(article, rng.choices(OUTLETS, _OUTLET_WEIGHTS)[0], doc_id)
            continue
        if roll < 0.12:
            yield others.document(rng.choices(OtherWriter.KINDS, _KIND_WEIGHTS)[0], doc_id)
            continue
        outlet = rng.choices(OUTLETS, _OUTLET_WEIGHTS)[0]
        article = news.article(outlet)
        generated = news.document(article, outlet, doc_id)
        if len(recent) < 2000:
            recent.append((generated, article))
        else:
            recent[rng.randrange(2000)] = (generated, article)
        yield generated


def _republished(rng: random.Random, article: Article) -> Article:
    """The article as another outlet runs it: one paragraph cut, one of the desk's added."""
    topic = next((t for t in (*TOPICS, MALAY_TOPIC) if t.name == article.topic), TOPICS[0])
    paragraphs = list(article.paragraphs)
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    paragraphs.append(rng.choice(topic.paragraphs).format_map(article.fill))
    return Article(
        article.topic,
        article.section,
        article.title,
        paragraphs,
        article.city,
        article.fill,
        article.language,
    )


def sample_documents(seed: int = SAMPLE_SEED) -> tuple[list[Generated], list[Generated]]:
    """The bundled sample: news (every outlet, round robin) and the other pages."""
    rng = random.Random(seed)
    news = list(_sample_news(rng, SAMPLE_NEWS_DOCS))
    others = OtherWriter(rng)
    other_docs: list[Generated] = []
    counts = {
        "javanese": 5,
        "sundanese": 4,
        "minang": 3,
        "balinese": 3,
        "malay": 5,
        "english": 4,
        "judol": 5,
        "clickbait": 2,
        "junk": 6,
        "pii": 2,
    }
    for kind, n in counts.items():
        for _ in range(n):
            doc_id = None if rng.random() < 0.1 else f"other-{len(other_docs):04d}"
            other_docs.append(others.document(kind, doc_id))
    wire_outlets = [
        OUTLETS_BY_NAME[n] for n in ("antaranews.com", "republika.co.id", "okezone.com", "jpnn.com")
    ]
    ids = [f"other-{len(other_docs) + k:04d}" for k in range(len(wire_outlets))]
    other_docs.extend(wire_copies(NewsWriter(rng), wire_outlets, ids))
    for source in rng.sample(news[:60], 3):
        copy = {**source.record, "id": f"other-{len(other_docs):04d}"}
        other_docs.append(Generated(copy, {**source.labels, "id": copy["id"]}))
    # A hacked news page: spam lines appended under a real-looking article.
    hacked = dict(news[5].record, id=f"other-{len(other_docs):04d}", kind="judol_injected")
    spam = rng.sample(other.JUDOL_LINES, 3)
    hacked["text"] += "\n" + "\n".join(line.format(brand=other.JUDOL_BRANDS[0]) for line in spam)
    other_docs.append(Generated(hacked))
    spaced = dict(other_docs[0].record, id=f"other-{len(other_docs):04d}")
    spaced["text"] = "  " + spaced["text"].upper().replace(" ", "  ")
    other_docs.append(Generated(spaced))
    return news, other_docs


def broken_lines() -> list[bytes]:
    """Records for the reader's error path; bytes, so the invalid UTF-8 is real."""
    return [
        orjson.dumps(
            {"id": "broken-ok", "text": "Satu-satunya baris yang sehat di berkas ini.", "outlet": "contoh"}
        ),
        b'{"id": "broken-json", "text": "Berita ini terpotong di tengah jalan',
        b'{"id": "broken-utf8", "text": "Harga cabai naik \xff\xfe\xc3( di pasar induk"}',
        b'{"id": "broken-missing-text", "title": "Judul tanpa isi", "outlet": "contoh"}',
        b'{"id": "broken-number", "text": 20240312}',
        b'{"id": "broken-null", "text": null}',
        bytes(range(1, 10)) + b"\x89PNG\x1a\x00\x00\x00\x0dIHDR\xff\xd8\xff\xe0" + bytes(range(14, 32)),
        b"[1, 2, 3]",
        b"",
    ]


class JsonlWriter:
    """Streams records to JSONL, compressed by suffix (.gz with a fixed header, .zst)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.count = 0
        self._out = _open_out(path)
        self._buffer = io.BytesIO()

    def write(self, record: dict[str, Any]) -> None:
        self._buffer.write(orjson.dumps(record))
        self._buffer.write(b"\n")
        self.count += 1
        if self._buffer.tell() > 1 << 20:
            self._flush()

    def _flush(self) -> None:
        self._out.write(self._buffer.getvalue())
        self._buffer = io.BytesIO()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._flush()
        self._out.close()


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Write records as JSONL (compressed by suffix); returns the count."""
    with JsonlWriter(path) as out:
        for record in records:
            out.write(record)
    return out.count


def _open_out(path: Path) -> Any:
    if path.suffix == ".gz":
        # mtime=0 and no file name in the header: the same records give the same bytes.
        return gzip.GzipFile(filename="", mode="wb", fileobj=path.open("wb"), mtime=0, compresslevel=9)
    if path.suffix == ".zst":
        import zstandard

        return zstandard.ZstdCompressor(level=3).stream_writer(path.open("wb"), closefd=True)
    return path.open("wb")


def write_documents(
    generated: Iterable[Generated], out: JsonlWriter, labels: JsonlWriter | None, file: str
) -> None:
    """Write each record, and the line labels of each news record (with its position in ``file``)."""
    for index, g in enumerate(generated):
        out.write(g.record)
        if labels is not None and g.labels is not None:
            labels.write({"file": file, "index": index, **g.labels})


def write_sample(directory: Path, seed: int = SAMPLE_SEED) -> list[Path]:
    """Regenerate the bundled sample in ``directory``; byte-identical for the same seed."""
    news, other_docs = sample_documents(seed)
    paths = [directory / n for n in ("news.jsonl.gz", "other.jsonl", "broken.jsonl", "news_labels.jsonl")]
    with JsonlWriter(paths[3]) as labels:
        with JsonlWriter(paths[0]) as out:
            write_documents(news, out, labels, paths[0].name)
        with JsonlWriter(paths[1]) as out:
            write_documents(other_docs, out, labels, paths[1].name)
    paths[2].write_bytes(b"\n".join(broken_lines()))
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m saring.data.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--sample", type=Path, help="regenerate the bundled sample into this folder")
    parser.add_argument("--docs", type=int, default=0, help="documents to generate for a benchmark corpus")
    parser.add_argument("--out", type=Path, help="benchmark corpus path (.jsonl, .jsonl.gz, .jsonl.zst)")
    parser.add_argument("--labels", type=Path, help="also write line labels of the news documents here")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.sample:
        for path in write_sample(args.sample, args.seed or SAMPLE_SEED):
            print(f"wrote {path}")
        return 0
    if not args.out or args.docs <= 0:
        parser.error("give --sample DIR, or --docs N and --out PATH")
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(JsonlWriter(args.out))
        labels = stack.enter_context(JsonlWriter(args.labels)) if args.labels else None
        write_documents(generate_corpus(args.docs, args.seed), out, labels, args.out.name)
    print(f"wrote {out.count} documents to {args.out}")
    if labels is not None:
        print(f"wrote {labels.count} label records to {args.labels}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
