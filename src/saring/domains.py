"""Outlet domains: the stable key a corpus is grouped by (``source`` in metadata).

Steps that learn where a document comes from (``extract`` from the page's URL, ``news`` from a
dateline or an outlet's signature) write the same form, the registrable domain, so
``blora.suaramerdeka.com`` and ``SUARAMERDEKA.COM`` both group as ``suaramerdeka.com``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["registrable_domain", "url_domain"]

# Second-level suffixes after which the registrable domain has three labels.
SECOND_LEVEL = frozenset({"co.id", "or.id", "ac.id", "go.id", "web.id", "sch.id", "my.id", "net.id",
                          "com.my", "gov.my", "co.uk"})


def registrable_domain(host: str) -> str | None:
    """``news.detik.com`` -> ``detik.com``, ``www.antaranews.co.id`` -> ``antaranews.co.id``."""
    name = host.strip().strip(".").lower()
    if "." not in name or " " in name:
        return None
    labels = name.split(".")
    keep = 3 if ".".join(labels[-2:]) in SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def url_domain(url: object) -> str | None:
    """The registrable domain of a URL's host, or None when there is no usable host."""
    if not isinstance(url, str) or "://" not in url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return registrable_domain(host) if host else None
