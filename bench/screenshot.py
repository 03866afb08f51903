"""Screenshots of the report and the explorer over the demo output, for the README.

    python bench/screenshot.py                  # runs `saring demo` into a temporary directory
    python bench/screenshot.py --output OUT     # or uses an existing output directory

Writes docs/report.png, docs/explorer.png (the document list) and docs/explorer-document.png (the
document with the most removals). Needs playwright
and Debian's chromium (apt-get install -y chromium).
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _demo(directory: Path) -> Path:
    from saring.cli import main

    output = directory / "demo"
    if main(["demo", "-o", str(output)]) != 0:
        sys.exit("saring demo failed")
    return output


def _most_edited(output: Path) -> str:
    from saring.report.store import OutputStore

    store = OutputStore(output)
    try:
        ((doc_id,),) = (
            store.cursor()
            .execute("SELECT id FROM facts ORDER BY len(removals) DESC, status, id LIMIT 1")
            .fetchall()
        )
    finally:
        store.close()
    return doc_id


def _serve(output: Path) -> tuple[str, object, threading.Thread]:
    import uvicorn

    from saring.report.explore import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(str(output)), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server, thread


def shoot(output: Path, docs: Path) -> None:
    from playwright.sync_api import sync_playwright

    from saring.report.html import write_report

    report = Path(write_report(str(output), str(output / "report.html")))
    base, server, thread = _serve(output)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1100})
            page.goto(report.as_uri())
            page.wait_for_selector(".plot .main-svg")
            page.wait_for_timeout(500)
            page.screenshot(path=str(docs / "report.png"))
            page.goto(f"{base}/")
            page.screenshot(path=str(docs / "explorer.png"))
            page.goto(f"{base}/doc?{urlencode({'id': _most_edited(output)})}")
            page.screenshot(path=str(docs / "explorer-document.png"))
            browser.close()
    finally:
        server.should_exit = True
        thread.join(5)
    print(f"wrote report.png, explorer.png and explorer-document.png in {docs}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--output", type=Path, help="an existing output directory (default: run the demo)")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="where to write the PNGs")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing: apt-get install -y chromium")
    args.docs.mkdir(parents=True, exist_ok=True)
    if args.output:
        shoot(args.output, args.docs)
        return
    with tempfile.TemporaryDirectory() as directory:
        shoot(_demo(Path(directory)), args.docs)


if __name__ == "__main__":
    main()
