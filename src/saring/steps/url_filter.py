"""Drop documents by their URL: gambling and adult hosts, and spam planted on hacked sites.

Judol spam is as easy to see in a URL (``slot-gacor-maxwin.xyz``, ``dinkes.kab.go.id/slot-gacor/``)
as in its text, and the URL costs nothing to check. The step reads ``metadata["url"]``; documents
without one pass through.

Blocklist format (UTF-8 text, one pattern per line)::

    # a comment; blank lines are ignored
    [judol_domain]            # a section: the drop reason for the patterns under it
    *slot*gacor*              # a glob over the host name ("*" is any run of characters)
    judi-bola.example         # no "*": this host and every subdomain of it
    [judol_hacked_site]
    *.go.id/*gacor*           # with "/": a glob over host + path (+ "?query"); "*" before the
                              # first "/" stays inside the host

Patterns before any section drop with ``blocked_domain``. Hosts are lowercased, without port and
``www.``; paths are lowercased and percent-decoded. Section names are snake_case drop reasons.
The shipped lists (``saring/data/blocklists/*.txt``) are used unless ``defaults: false``; a
``blocklist`` path adds a list of your own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pydantic import field_validator

from saring.document import Document
from saring.step import Drop, Step, StepOptions, register

__all__ = ["Blocklist", "BlocklistError", "UrlFilter", "UrlFilterOptions", "parse_blocklist", "read_blocklist",
           "url_parts"]

DEFAULT_REASON = "blocked_domain"
_SECTION = re.compile(r"^\[([a-z][a-z0-9_]*)\]$")


class BlocklistError(ValueError):
    """A blocklist line that is not a pattern, a comment or a section."""


def _glob(pattern: str, host_only: bool) -> str:
    star = "[^/]*" if host_only else ".*"
    return star.join(re.escape(piece) for piece in pattern.split("*"))


@dataclass
class Blocklist:
    """Exact hosts in a dict (fast for long lists), glob patterns in one combined regex each."""

    hosts: dict[str, str] = field(default_factory=dict)
    host_globs: list[tuple[str, str]] = field(default_factory=list)
    path_globs: list[tuple[str, str]] = field(default_factory=list)

    def add(self, pattern: str, reason: str) -> None:
        pattern = pattern.lower().removeprefix("www.")
        if "/" in pattern:
            host, _, path = pattern.partition("/")
            self.path_globs.append((_glob(host, True) + "/" + _glob(path, False), reason))
        elif "*" in pattern:
            self.host_globs.append((_glob(pattern, True), reason))
        else:
            self.hosts.setdefault(pattern, reason)

    def compile(self) -> CompiledBlocklist:
        return CompiledBlocklist(self.hosts, _combine(self.host_globs), _combine(self.path_globs))


def _combine(globs: list[tuple[str, str]]) -> tuple[re.Pattern[str] | None, list[str]]:
    """One regex over all globs; group ``g<i>`` matching means reason ``i``."""
    if not globs:
        return None, []
    reasons = sorted({reason for _, reason in globs})
    groups = [
        f"(?P<g{i}>" + "|".join(pattern for pattern, r in globs if r == reason) + ")"
        for i, reason in enumerate(reasons)
    ]
    return re.compile("|".join(groups)), reasons


@dataclass(frozen=True)
class CompiledBlocklist:
    hosts: dict[str, str]
    host_regex: tuple[re.Pattern[str] | None, list[str]]
    path_regex: tuple[re.Pattern[str] | None, list[str]]

    def reason(self, host: str, path: str) -> str | None:
        """The reason a URL (host, path) is blocked, or None."""
        if self.hosts:
            labels = host.split(".")
            for start in range(len(labels)):
                found = self.hosts.get(".".join(labels[start:]))
                if found:
                    return found
        for regex, reasons, subject in ((*self.host_regex, host), (*self.path_regex, f"{host}/{path}")):
            if regex is not None:
                match = regex.fullmatch(subject)
                if match:
                    return reasons[int(match.lastgroup[1:])]  # type: ignore[index]
        return None


def parse_blocklist(text: str, source: str, into: Blocklist | None = None) -> Blocklist:
    blocklist = into or Blocklist()
    reason = DEFAULT_REASON
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            section = _SECTION.match(line)
            if not section:
                raise BlocklistError(f"{source}, line {number}: a section is [snake_case_reason], got {line!r}")
            reason = section.group(1)
        elif any(ch.isspace() for ch in line):
            raise BlocklistError(f"{source}, line {number}: one pattern per line, got {line!r}")
        else:
            blocklist.add(line, reason)
    return blocklist


def url_parts(url: str) -> tuple[str, str] | None:
    """(host, path[?query]) as patterns see them, or None when the URL has no host."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return None
    if not host:
        return None
    path = unquote(parts.path).lower().lstrip("/")
    if parts.query:
        path += "?" + unquote(parts.query).lower()
    return host, path


def read_blocklist(path: str, into: Blocklist | None = None) -> Blocklist:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise BlocklistError(f"cannot read blocklist {path}: {error.strerror}") from None
    return parse_blocklist(text, path, into)


class UrlFilterOptions(StepOptions):
    blocklist: str | None = None
    """A blocklist file of your own (format above), used with the shipped lists."""
    defaults: bool = True
    """Use the shipped lists (judol and adult hosts, judol pages on hacked .go.id/.ac.id sites)."""

    @field_validator("blocklist")
    @classmethod
    def _readable(cls, path: str | None) -> str | None:
        """A missing or malformed list fails when the config is loaded, not at the first document."""
        if path is not None:
            read_blocklist(path)
        return path


@register
class UrlFilter(Step):
    """Drop a document whose URL matches a blocklist pattern, with the pattern's section as reason."""

    name = "url_filter"
    description = "Drop documents whose URL host or path matches a blocklist (judol, adult, hacked sites)."
    Options = UrlFilterOptions
    reads = ("url",)

    def __init__(self, options: UrlFilterOptions | None = None) -> None:
        super().__init__(options)
        self._compiled = self._load()

    def _load(self) -> CompiledBlocklist:
        blocklist = Blocklist()
        if self.options.defaults:
            folder = resources.files("saring") / "data" / "blocklists"
            for item in sorted(folder.iterdir(), key=lambda i: i.name):
                if item.name.endswith(".txt"):
                    parse_blocklist(item.read_text(encoding="utf-8"), f"blocklist {item.name}", blocklist)
        if self.options.blocklist:
            read_blocklist(self.options.blocklist, blocklist)
        return blocklist.compile()

    def process(self, document: Document) -> Document | Drop:
        url = document.metadata.get("url")
        if not url:
            return document
        parts = url_parts(url)
        if parts is None:
            return document
        reason = self._compiled.reason(*parts)
        return document if reason is None else Drop(reason, {"url": url})
