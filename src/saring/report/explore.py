"""The explorer: a local, read-only web app over an output directory, with DuckDB on its Parquet files.

Every document field is untrusted web text: templates autoescape, no script runs on any page (the
Content-Security-Policy allows none), links are built only from this app's own paths, document ids
reach SQL only as parameters, and the only files served are this package's stylesheet. Only GET.
By default it binds to loopback and answers only to loopback host names (against DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from urllib.parse import urlencode

import orjson
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from saring.report.render import reconstruct
from saring.report.store import OutputStore

PAGE_ROWS = 50
MAX_PARAMETER = 500
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
# Filters that are one equality on the facts column of the same name (a fixed list: never from the request).
EQUALITY_FILTERS = ("language", "source", "cluster", "step")

TEMPLATES = Environment(
    loader=PackageLoader("saring.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)


class SecurityHeaders:
    """Adds the security headers to every response, errors and static files included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass
class Filters:
    """What the document list is narrowed to, read from (and written back to) the query string."""

    status: str = ""
    reason: str = ""
    language: str = ""
    source: str = ""
    cluster: str = ""
    step: str = ""
    q: str = ""
    min_chars: int | None = None
    max_chars: int | None = None
    page: int = 1

    @classmethod
    def from_request(cls, request: Request) -> Filters:
        params = request.query_params
        text = {
            name: params.get(name, "").strip()
            for name in ("status", "reason", "language", "source", "cluster", "step", "q")
        }
        if any(len(value) > MAX_PARAMETER for value in text.values()):
            raise HTTPException(400, "a filter value is too long")
        if text["status"] not in ("", "kept", "removed"):
            raise HTTPException(400, "status must be kept or removed")
        return cls(
            **text,
            min_chars=_number(params.get("min_chars")),
            max_chars=_number(params.get("max_chars")),
            page=max(1, _number(params.get("page")) or 1),
        )

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        parameters: list[Any] = []
        if self.status:
            clauses.append("status = ?")
            parameters.append(self.status)
        if self.reason:
            clauses.append("(reason = ? OR list_contains(removal_reasons, ?))")
            parameters += [self.reason, self.reason]
        for name in EQUALITY_FILTERS:
            if getattr(self, name):
                clauses.append(f"{name} = ?")
                parameters.append(getattr(self, name))
        if self.q:
            clauses.append("text ILIKE ? ESCAPE '\\'")
            escaped = self.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            parameters.append(f"%{escaped}%")
        if self.min_chars is not None:
            clauses.append("chars >= ?")
            parameters.append(self.min_chars)
        if self.max_chars is not None:
            clauses.append("chars <= ?")
            parameters.append(self.max_chars)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), parameters

    def query(self, **changes: Any) -> str:
        """The query string of these filters with ``changes`` applied; empty values left out."""
        values = {**self.__dict__, **changes}
        return urlencode(
            {k: v for k, v in values.items() if v not in ("", None) and not (k == "page" and v == 1)}
        )


def _number(value: str | None) -> int | None:
    if value is None or value.strip() == "":
        return None
    try:
        return int(value)
    except ValueError:
        raise HTTPException(400, f"not a whole number: {value[:40]!r}") from None


class Explorer:
    """The request handlers, over one :class:`OutputStore`."""

    def __init__(self, store: OutputStore) -> None:
        self.store = store

    def rows(self, query: str, parameters: list[Any]) -> list[tuple[Any, ...]]:
        cursor = self.store.cursor()
        try:
            return cursor.execute(query, parameters).fetchall()
        finally:
            cursor.close()

    @cached_property
    def choices(self) -> dict[str, list[tuple[str, int]]]:
        """The values offered in the filter menus, counted once (a scan) on first use."""
        return {
            "reason": self._reasons(),
            "language": self.rows(
                "SELECT language, count(*) AS n FROM facts WHERE language IS NOT NULL "
                "GROUP BY 1 ORDER BY n DESC, 1 LIMIT 60",
                [],
            ),
            "source": self.rows(
                "SELECT source, count(*) AS n FROM facts WHERE source IS NOT NULL "
                "GROUP BY 1 ORDER BY n DESC, 1 LIMIT 200",
                [],
            ),
            "step": self.rows(
                "SELECT step, count(*) AS n FROM facts WHERE step IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1",
                [],
            ),
        }

    def _reasons(self) -> list[tuple[str, int]]:
        return self.rows(
            "SELECT r, count(DISTINCT id) AS n FROM (SELECT id, reason AS r FROM facts "
            "WHERE reason IS NOT NULL UNION ALL SELECT id, unnest(removal_reasons) AS r FROM facts) "
            "GROUP BY r ORDER BY n DESC, r",
            [],
        )

    def index(self, request: Request) -> Response:
        filters = Filters.from_request(request)
        where, parameters = filters.where()
        found = self.rows(
            f"SELECT id, status, step, reason, language, source, chars, cluster, left(text, 240), "
            f"len(removals) FROM facts{where} LIMIT {PAGE_ROWS + 1} OFFSET ?",
            [*parameters, (filters.page - 1) * PAGE_ROWS],
        )
        ((total,),) = self.rows(f"SELECT count(*) FROM facts{where}", parameters)
        documents = [
            {
                "id": r[0],
                "href": "/doc?" + urlencode({"id": r[0]}),
                "status": r[1],
                "step": r[2],
                "reason": r[3],
                "language": r[4],
                "source": r[5],
                "chars": r[6],
                "cluster": r[7],
                "snippet": r[8],
                "removals": r[9],
            }
            for r in found[:PAGE_ROWS]
        ]
        pages = max(1, -(-total // PAGE_ROWS))
        return self.page(
            "index.html",
            filters=filters,
            documents=documents,
            total=total,
            pages=pages,
            choices=self.choices,
            previous="/?" + filters.query(page=filters.page - 1) if filters.page > 1 else None,
            next="/?" + filters.query(page=filters.page + 1) if len(found) > PAGE_ROWS else None,
        )

    def document(self, request: Request) -> Response:
        doc_id = request.query_params.get("id")
        if doc_id is None:
            raise HTTPException(400, "which document? /doc?id=...")
        found = self.rows(
            "SELECT id, status, step, reason, details, text, metadata, removals, cluster "
            "FROM facts WHERE id = ? LIMIT 10",
            [doc_id],
        )
        if not found:
            raise HTTPException(404, "no document with this id")
        doc_id, status, step, reason, details, text, metadata, removals, cluster = found[0]
        members = self.rows(
            "SELECT id, status, reason, chars FROM facts WHERE cluster = ? AND id <> ? "
            "ORDER BY status, id LIMIT 100",
            [cluster, doc_id],
        )
        fields = orjson.loads(metadata) if metadata else {}
        decision = orjson.loads(details) if details else {}
        duplicate_of = decision.get("duplicate_of") if isinstance(decision, dict) else None
        return self.page(
            "document.html",
            id=doc_id,
            status=status,
            step=step,
            reason=reason,
            copies=len(found),
            details=decision,
            duplicate_href="/doc?" + urlencode({"id": duplicate_of}) if duplicate_of else None,
            lines=reconstruct(text or "", removals),
            metadata=[
                (
                    key,
                    value
                    if isinstance(value, str)
                    else orjson.dumps(value, option=orjson.OPT_INDENT_2).decode(),
                )
                for key, value in fields.items()
            ],
            removals=removals or [],
            cluster=cluster,
            cluster_href="/?" + urlencode({"cluster": cluster}),
            reason_href="/?" + urlencode({"reason": reason}) if reason else None,
            members=[
                {
                    "id": m[0],
                    "href": "/doc?" + urlencode({"id": m[0]}),
                    "status": m[1],
                    "reason": m[2],
                    "chars": m[3],
                }
                for m in members
            ],
        )

    def page(self, template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
        body = TEMPLATES.get_template(template).render(output=str(self.store.root), **values)
        return HTMLResponse(body, status_code=status_code)

    async def error(self, request: Request, error: Exception) -> Response:
        code = error.status_code if isinstance(error, HTTPException) else 500
        detail = error.detail if isinstance(error, HTTPException) else "internal error"
        headers = getattr(error, "headers", None)
        response = self.page("error.html", status_code=code, code=code, detail=detail)
        if headers:
            response.headers.update(headers)
        return response


def create_app(output: str, allowed_hosts: list[str] | None = None) -> Starlette:
    """The explorer app over ``output``; ``allowed_hosts`` are the Host names it answers to."""
    explorer = Explorer(OutputStore(output))
    routes = [
        Route("/", explorer.index, methods=["GET"]),
        Route("/doc", explorer.document, methods=["GET"]),
        Mount("/static", StaticFiles(packages=[("saring.report", "static")]), name="static"),
    ]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or list(LOOPBACK_NAMES)),
    ]
    return Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: explorer.error})


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class PortUnavailableError(OSError):
    """The port is taken or not ours to bind: uvicorn would only log it and exit, so say what to do."""


def _check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise PortUnavailableError(
                f"cannot listen on {host}:{port} ({error.strerror}); pick another port with --port"
            ) from None


def serve(output: str, host: str = "127.0.0.1", port: int = 8765, allow_remote: bool = False) -> None:
    """Serve the explorer until interrupted; a non-loopback ``host`` needs ``allow_remote``."""
    import uvicorn

    if not is_loopback(host):
        if not allow_remote:
            raise PermissionError(
                f"refusing to bind {host}: the explorer shows crawled text to anyone who can "
                f"reach it; pass allow_remote=True (--allow-remote) to bind beyond loopback"
            )
        print(
            f"warning: the explorer is reachable from other machines on {host}:{port}, without a password",
            file=sys.stderr,
        )
    app = create_app(output, allowed_hosts=None if is_loopback(host) else ["*"])
    _check_port_free(host, port)
    print(
        f"saring explore: http://{'[' + host + ']' if ':' in host else host}:{port}/  (Ctrl-C to stop)",
        file=sys.stderr,
    )
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
