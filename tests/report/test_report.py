"""The HTML report: right counts, examples with the removed text marked, renders offline in Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("plotly", reason="the web extra is not installed (plotly)")

from saring.cli import main
from saring.report.html import write_report


@pytest.fixture(scope="module")
def report(output_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(write_report(str(output_dir), str(tmp_path_factory.mktemp("html") / "report.html")))


def _figures(report: Path) -> dict[str, dict]:
    page = report.read_text()
    data = re.search(r'<script type="application/json" id="figures">(.*?)</script>', page, re.S)
    assert data is not None
    return {figure["title"]: figure for figure in json.loads(data.group(1))}


def test_the_funnel_follows_the_steps_in_pipeline_order(report: Path) -> None:
    funnel = _figures(report)["Documents through the pipeline"]["data"][0]
    assert funnel["y"] == ["input records", "readable", "after keep", "kept (after exact_dedup)"]
    assert funnel["x"] == [54, 53, 46, 45]


def test_counts_by_reason_source_and_personal_data(report: Path) -> None:
    figures = _figures(report)
    removed = figures["Documents removed, by step / reason"]["data"][0]
    assert dict(zip(removed["y"], removed["x"], strict=True)) == {
        "keep / judol_spam": 6,
        "exact_dedup / exact_duplicate": 1,
        "keep / too_short": 1,
    }
    lines = {
        trace["name"]: dict(zip(trace["y"], trace["x"], strict=True))
        for trace in figures["Lines and spans removed, by step / reason"]["data"]
    }
    assert lines["whole lines"]["news / related_link_line"] == 20
    assert lines["spans cut from lines"]["news / dateline"] == 20
    pii = figures["Personal data found, by type"]["data"][0]
    assert dict(zip(pii["y"], pii["x"], strict=True)) == {"phone": 14.0, "email": 10.0}
    sources = figures["Top sources (outlets)"]["data"]
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in sources[0]["y"]
    assert "quality: word_count (sample)" in figures


def test_the_report_is_self_contained(report: Path) -> None:
    page = report.read_text()
    assert not re.search(r"<(script|img|iframe)[^>]+src=|<link[^>]+href=", page)
    assert "Content-Security-Policy" in page


def test_report_renders_in_chromium_with_charts_and_examples(browser, report: Path, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(report.as_uri())
    page.wait_for_selector(".plot .main-svg")
    charts = page.locator("section.chart").count()
    assert charts >= 10
    assert page.locator(".plot .plot-container").count() == charts
    assert page.locator(".plot .bars path, .plot .funnel path").count() > 20
    assert page.evaluate("window.__pwned") is None
    related = page.locator(".example .line.removed[data-reason=related_link_line]").first
    assert "Baca juga" in related.text_content()
    assert page.locator("mark.cut[data-reason=dateline]").first.text_content() == "JAKARTA, KOMPAS.com -"
    assert "duplicate of kompas-000" in page.text_content("main")
    page.screenshot(path=str(tmp_path / "report.png"))
    page.close()
    assert not problems


def test_saring_report_command_writes_the_file(output_dir: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "r.html"
    assert main(["report", str(output_dir), "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert target.stat().st_size > 1_000_000
    assert main(["report", str(tmp_path / "missing")]) == 2


def test_report_of_a_pipeline_run(tmp_path: Path) -> None:
    import saring

    source = tmp_path / "in.jsonl"
    rows = [
        {"id": f"a{i}", "text": "Warga Bandung menanam pohon di taman kota setiap Minggu pagi."}
        for i in range(3)
    ]
    source.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    sieve = saring.load(yaml_text="name: t\nsteps:\n  - normalize: {}\n  - exact_dedup: {}\n")
    sieve.run([str(source)], str(tmp_path / "out"))
    funnel = _figures(Path(write_report(str(tmp_path / "out"))))["Documents through the pipeline"]["data"][0]
    assert funnel["x"] == [3, 3, 1]
