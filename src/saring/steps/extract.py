"""HTML to article text: the first step for input from a crawl (WARC, saved pages).

Only documents a reader marked as pages (``metadata["html"]``) are touched: a page becomes its main
text, one paragraph per line, with ``title``, ``authors``, ``date`` and ``site_name`` taken from the
page's own metadata (JSON-LD ``NewsArticle``, Open Graph, ``<meta name="author">``) and ``source``
(the site's domain) from its URL: the fields the ``news`` step fills. Documents without the flag
(JSONL, Parquet, text) pass through, so every preset can start with ``extract``. Responses the
reader kept only to count them are dropped here with a reason: ``http_status_not_2xx``,
``not_html``.

A pathological page must not stall a worker, so each extraction runs under a wall-clock limit set
*outside* the extractor: a ``SIGALRM`` timer raises in the extracting thread and the page is
dropped as ``extract_timeout``. Limitation: a signal can only interrupt Python code, so one long
call inside C (lxml parsing a huge page, resiliparse) ends before the limit takes effect; and
timers work only in a process's main thread (where the local executor's workers and plain Ray tasks
run steps), so in another thread extraction runs without a limit.
"""

from __future__ import annotations

import html as html_lib
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, Literal

import orjson

from saring.document import Document
from saring.domains import url_domain
from saring.step import Drop, Step, StepOptions, register

__all__ = [
    "Extract",
    "ExtractOptions",
    "ExtractTimeout",
    "extract_text",
    "load_extractor",
    "page_metadata",
    "time_limit",
    "without_title",
]


class ExtractTimeout(BaseException):
    """Raised by the timer; a BaseException so an extractor's ``except Exception`` cannot swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`ExtractTimeout` in this thread after ``seconds`` of wall time."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    expired = False

    def _expire(signum: int, frame: Any) -> None:
        nonlocal expired
        expired = True
        raise ExtractTimeout(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    # The timer repeats every 50 ms after it first fires: an extractor with a bare ``except:``
    # (trafilatura's fallbacks have some) that swallows one timeout is interrupted again.
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:
        raise ExtractTimeout(f"no result after {seconds} s (the extractor swallowed the timeout)")


Extractor = Callable[[str, str | None, bool], str]


def _trafilatura() -> Extractor:
    import trafilatura

    def run(html: str, url: str | None, precision: bool) -> str:
        return trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                                   favor_precision=precision, deduplicate=False, output_format="txt") or ""

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, url: str | None, precision: bool) -> str:
        return extract_plain_text(html, preserve_formatting=True, main_content=True, list_bullets=False,
                                  alt_texts=False, comments=False)

    return run


_LOADERS: dict[str, Callable[[], Extractor]] = {"trafilatura": _trafilatura, "resiliparse": _resiliparse}


@cache
def load_extractor(name: str) -> Extractor:
    """Import an extractor once per process, outside any time limit (importing trafilatura takes ~1 s)."""
    try:
        return _LOADERS[name]()
    except ImportError:  # pragma: no cover - depends on the install
        raise ImportError(f"the {name} extractor needs the warc extra: pip install 'saring[warc]'") from None


def extract_text(html: str, extractor: str = "trafilatura", url: str | None = None, precision: bool = False) -> str:
    """Main text of a page, one paragraph per line, no blank lines."""
    raw = load_extractor(extractor)(html, url, precision)
    return "\n".join(line for line in (part.strip() for part in raw.split("\n")) if line)


_META = re.compile(r"<meta\b[^>]{1,2000}>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_JSON_LD = re.compile(r"""<script\b[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script>""",
                      re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                  "OpinionNewsArticle", "WebPage"}

# <meta> keys (property, name or itemprop, lowercased) that carry each field, best first.
_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "date": ("article:published_time", "datepublished", "pubdate", "publishdate", "content_publisheddate",
             "dc.date.issued", "dc.date", "date"),
    "author": ("author", "article:author", "content_author", "dc.creator", "twitter:creator"),
    "site": ("og:site_name", "application-name"),
}


# Extractors put the headline above the body; it is in metadata["title"], and left in the text it
# would be a duplicate line in every article. It sits within the first few lines (after a site name).
_TITLE_LINES = 3


def without_title(text: str, title: str | None) -> str:
    """The text without the line (among the first few) that repeats the page's title."""
    if not title:
        return text
    key = _SPACE.sub(" ", title).strip().casefold()
    lines = text.split("\n")
    for index, line in enumerate(lines[:_TITLE_LINES]):
        if _SPACE.sub(" ", line).strip().casefold() == key:
            return "\n".join(lines[:index] + lines[index + 1:])
    return text


def _clean(value: Any) -> str:
    return _SPACE.sub(" ", html_lib.unescape(str(value))).strip()


def _meta_tags(html: str) -> dict[str, str]:
    """``<meta>`` key -> content, first occurrence wins."""
    found: dict[str, str] = {}
    for tag in _META.finditer(html):
        attributes = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
                      for m in _ATTRIBUTE.finditer(tag.group(0))}
        key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
        content = attributes.get("content")
        if key and content and content.strip():
            found.setdefault(key.lower(), _clean(content))
    return found


def _json_ld_articles(html: str) -> Iterator[dict[str, Any]]:
    for block in _JSON_LD.finditer(html):
        try:
            data = orjson.loads(block.group(1).strip())
        except orjson.JSONDecodeError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            stack.extend(item.get("@graph") or [])
            kind = item.get("@type")
            kinds = set(kind) if isinstance(kind, list) else {kind}
            if kinds & _ARTICLE_TYPES:
                yield item


def _names(value: Any) -> list[str]:
    """Author names from JSON-LD (a string, a Person, or a list of them)."""
    items = value if isinstance(value, list) else [value]
    names = [_clean(item.get("name", "") if isinstance(item, dict) else item) for item in items if item]
    return [name for name in names if name and "://" not in name]


def page_metadata(html: str, url: str | None = None) -> dict[str, Any]:
    """Title, authors, publish date and site a page states about itself (only the fields it has)."""
    meta = _meta_tags(html)
    article = next((a for a in _json_ld_articles(html) if a.get("@type") != "WebPage"), None)
    if article is None:
        article = next(_json_ld_articles(html), {})
    result: dict[str, Any] = {}
    title = article.get("headline") or next((meta[k] for k in _META_KEYS["title"] if k in meta), None)
    if not title:
        match = _TITLE.search(html)
        title = match.group(1) if match else None
    if title:
        result["title"] = _clean(title)
    authors = _names(article.get("author"))
    if not authors:
        authors = [name for key in _META_KEYS["author"] if key in meta for name in _names(meta[key])][:1]
    if authors:
        result["authors"] = list(dict.fromkeys(authors))
    date = article.get("datePublished") or next((meta[k] for k in _META_KEYS["date"] if k in meta), None)
    if date:
        result["date"] = _clean(date)
    publisher = article.get("publisher")
    site = next((meta[k] for k in _META_KEYS["site"] if k in meta), None)
    if not site and isinstance(publisher, dict) and publisher.get("name"):
        site = _clean(publisher["name"])
    if site:
        result["site_name"] = site
    # ``source`` is the site's domain, as the news step writes it (a stable key to group by); the
    # display name, when the page gives one, is ``site_name``.
    domain = url_domain(url)
    if domain or site:
        result["source"] = domain or site
    return result


class ExtractOptions(StepOptions):
    extractor: Literal["trafilatura", "resiliparse"] = "trafilatura"
    """trafilatura: best precision and recall on our test pages; resiliparse: many times faster."""
    precision: bool = False
    """trafilatura's favor_precision: on our pages +0.005 precision, same recall, 1.4x slower, and no
    gain once the news step has run (bench/eval_extract.py)."""
    timeout_seconds: float = 1.0
    """Wall-clock limit per page (datatrove's trafilatura limit too); our test pages take 2-6 ms each
    (bench/eval_extract.py), the pathological one in the tests takes trafilatura 4.5 s."""
    metadata: bool = True
    """Fill title, authors, date and source from the page's own metadata."""


@register
class Extract(Step):
    """Turn pages into article text with their metadata; pass through what is not a page."""

    name = "extract"
    description = "HTML -> main text (trafilatura or resiliparse) with title, authors, date, source; time-limited."
    Options = ExtractOptions
    writes = ("title", "authors", "date", "source", "site_name", "extractor")

    def process(self, document: Document) -> Document | Drop:
        metadata = document.metadata
        is_html = metadata.get("html")
        if is_html is None:
            return document
        status = metadata.get("http_status")
        if status is not None and not 200 <= status < 300:
            return Drop("http_status_not_2xx", {"http_status": status})
        if not is_html:
            return Drop("not_html", {"content_type": metadata.get("content_type")})
        options = self.options
        url = metadata.get("url")
        load_extractor(options.extractor)
        try:
            with time_limit(options.timeout_seconds):
                text = extract_text(document.text, options.extractor, url, options.precision)
                found = page_metadata(document.text, url) if options.metadata else {}
        except ExtractTimeout:
            return Drop("extract_timeout", {"seconds": options.timeout_seconds, "html_chars": len(document.text)})
        for key, value in found.items():
            if not metadata.get(key):
                metadata[key] = value
        text = without_title(text, metadata.get("title"))
        if not text:
            return Drop("extract_empty", {"html_chars": len(document.text)})
        del metadata["html"]
        metadata["extractor"] = options.extractor
        # The article text is the document from here on: later steps' line numbers count its lines.
        document.text = text
        document.origin = None
        return document
