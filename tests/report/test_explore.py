"""The explorer in a real browser: filter, open a document, see removals; hostile text stays inert."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed (uvicorn)")

from saring.report.explore import PortUnavailableError, create_app, serve  # noqa: E402


@pytest.fixture(scope="module")
def server(output_dir: Path) -> Iterator[str]:
    """The explorer on a free loopback port, in a thread of this process."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app_server = uvicorn.Server(uvicorn.Config(create_app(str(output_dir)), log_level="warning"))
    thread = threading.Thread(target=app_server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not app_server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(5)
    sock.close()


@pytest.fixture
def page(browser, server: str):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors


def _raw(server: str, method: str, path: str, host: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """A request sent exactly as written: browsers and httpx tidy up ``..`` before sending."""
    connection = http.client.HTTPConnection(server.removeprefix("http://"), timeout=5)
    connection.putrequest(method, path, skip_host=host is not None)
    if host is not None:
        connection.putheader("Host", host)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def test_filter_by_reason_then_open_a_document_shows_its_removals(page, server: str, tmp_path: Path) -> None:
    page.goto(server + "/")
    page.select_option("select[name=reason]", "related_link_line")
    page.click("form.filters button")
    assert page.inner_text("#total") == "20 documents"
    assert "reason=related_link_line" in page.url
    page.screenshot(path=str(tmp_path / "explorer-list.png"), full_page=True)

    page.click("#documents a >> nth=0")
    assert page.url.startswith(server + "/doc?id=kompas-")
    removed = page.locator(".line.removed[data-reason=related_link_line]")
    assert removed.count() == 1
    assert "Baca juga: Harga cabai merah turun" in removed.inner_text()
    assert "related_link_line" in removed.locator(".badge").inner_text()
    cut = page.locator("mark.cut[data-reason=dateline]")
    assert cut.inner_text() == "JAKARTA, KOMPAS.com -"
    assert page.locator(".line .body").nth(0).inner_text().endswith("pedagang setempat.")
    assert "SURABAYA" in page.locator(".meta").inner_text() or "JAKARTA" in page.locator(".meta").inner_text()
    page.screenshot(path=str(tmp_path / "explorer-document.png"), full_page=True)


def test_a_removed_duplicate_links_to_its_cluster(page, server: str) -> None:
    page.goto(server + "/?status=removed&step=exact_dedup")
    assert page.inner_text("#total") == "1 documents"
    page.click("#documents a")
    assert "exact_duplicate" in page.inner_text("#decision")
    page.click("#decision a >> text=kompas-000")
    assert page.locator("h1.docid").inner_text().endswith("kompas-000")
    assert page.locator("#cluster").inner_text().startswith("kompas-000-copy")


def test_search_length_and_paging(page, server: str) -> None:
    page.goto(server + "/?q=slot+gacor")
    assert page.inner_text("#total") == "6 documents"
    page.goto(server + "/?min_chars=10000")
    assert page.locator("#documents td.id").all_inner_texts() == ["long-line"]
    page.goto(server + "/?q=100%25")
    assert page.inner_text("#total") == "6 documents"
    page.goto(server + "/")
    assert page.locator("#documents tr").count() == 51
    page.click("a[rel=next]")
    assert "page=2" in page.url
    assert page.locator("#documents tr").count() == 1 + 53 - 50


def test_hostile_documents_render_as_inert_text(page, server: str, tmp_path: Path) -> None:
    page.goto(server + "/?q=pwned")
    assert page.evaluate("window.__pwned") is None
    ids = page.locator("#documents td.id a").all_inner_texts()
    assert len(ids) == 5 and "<b>x</b>" in ids[0]
    for href in page.locator("#documents td.id a").evaluate_all("links => links.map(a => a.href)"):
        page.goto(href)
        page.hover(".text")
        page.locator(".meta").hover()
        assert page.evaluate("window.__pwned") is None
        assert page.locator("script, img, svg, iframe, a[href^='javascript']").count() == 0
    page.goto(server + "/doc?id=hostile-removed")
    assert "<script>window.__pwned=1</script>" in page.inner_text(".text")
    page.screenshot(path=str(tmp_path / "explorer-hostile.png"), full_page=True)
    assert page.evaluate("window.__pwned") is None


def test_a_very_long_line_wraps_inside_the_page(page, server: str) -> None:
    page.goto(server + "/doc?id=long-line")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1360


@pytest.mark.parametrize(
    "path",
    [
        "/static/../explore.py",
        "/static/%2e%2e/explore.py",
        "/static/..%2fstore.py",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/../../etc/passwd",
        "/static/%2e%2e%2f%2e%2e%2fcli.py",
        "/doc/../stats.json",
        "/stats.json",
        "/documents/part-00000.parquet",
    ],
)
def test_paths_outside_the_app_are_not_served(server: str, path: str) -> None:
    status, _, body = _raw(server, "GET", path)
    assert status in (400, 404)
    assert b"import" not in body and b"root:" not in body


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("path", ["/", "/doc?id=kompas-000", "/static/style.css"])
def test_only_reading_is_allowed(server: str, method: str, path: str) -> None:
    status, _, _ = _raw(server, method, path)
    assert status == 405


def test_security_headers_and_host_check(server: str) -> None:
    status, headers, _ = _raw(server, "GET", "/static/style.css")
    assert status == 200 and headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "script-src" not in headers["content-security-policy"]
    status, _, _ = _raw(server, "GET", "/", host="attacker.example")
    assert status == 400


def test_bad_parameters_are_refused(server: str) -> None:
    assert _raw(server, "GET", "/?min_chars=abc")[0] == 400
    assert _raw(server, "GET", "/?status=deleted")[0] == 400
    assert _raw(server, "GET", "/doc?id=%27%20OR%201=1%20--")[0] == 404
    assert _raw(server, "GET", "/doc")[0] == 400


def test_binding_beyond_loopback_needs_allow_remote(output_dir: Path) -> None:
    with pytest.raises(PermissionError, match="allow-remote"):
        serve(str(output_dir), host="0.0.0.0", port=1)


def test_a_busy_port_is_a_usage_error_with_advice(output_dir: Path) -> None:
    from saring.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(PortUnavailableError, match="--port"):
            serve(str(output_dir), port=port)
        assert main(["explore", str(output_dir), "--port", str(port)]) == 2
