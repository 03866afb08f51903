"""The report: one self-contained HTML file that shows what a run kept, removed and why.

Counts come from DuckDB aggregates over the Parquet files (texts are never loaded for them);
distributions are drawn from a deterministic sample (the documents with the smallest id hashes);
examples are a few documents per reason, chosen the same way, so two builds of one output agree.
Charts are plotly, with plotly.js inlined: the file opens without a network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from jinja2 import Environment, PackageLoader, select_autoescape

from saring.report.render import ShownLine, context, reconstruct
from saring.report.store import OutputStore

SAMPLE_ROWS = 10_000
EXAMPLES_PER_REASON = 3
TOP = 20
MAX_SIGNALS = 12
LINE_CHARS = 600
KEPT_COLOR, REMOVED_COLOR, SPAN_COLOR = "#2f7d5b", "#c0392b", "#d68910"

TEMPLATES = Environment(
    loader=PackageLoader("saring.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)


@dataclass
class Example:
    """A document shown for one reason: its lines (``None`` = elided) and what to say about it."""

    id: str
    status: str
    lines: list[ShownLine | None]
    note: str = ""


@dataclass
class ReasonExamples:
    step: str
    reason: str
    kind: str
    count: int
    examples: list[Example] = field(default_factory=list)


def _label(value: Any) -> str:
    """Chart labels come from documents: plotly reads a few HTML tags in labels, so escape them."""
    return html.escape(str(value), quote=False) if value is not None else "(none)"


def _bar(
    title: str,
    labels: list[Any],
    series: dict[str, tuple[list[float], str]],
    horizontal: bool = True,
    **layout: Any,
) -> dict[str, Any]:
    names = [_label(label) for label in labels]
    traces = []
    for name, (values, color) in series.items():
        trace = {"type": "bar", "name": name, "marker": {"color": color}}
        trace.update(
            {"y": names, "x": values, "orientation": "h"} if horizontal else {"x": names, "y": values}
        )
        traces.append(trace)
    size = {"height": max(260, 26 * len(names) + 90)} if horizontal else {}
    axis = {"yaxis": {"autorange": "reversed", "automargin": True}} if horizontal else {}
    return {"title": title, "data": traces, "layout": {"barmode": "stack", **size, **axis, **layout}}


def _histogram(title: str, series: dict[str, tuple[list[float], str]], **layout: Any) -> dict[str, Any]:
    traces = [
        {
            "type": "histogram",
            "name": name,
            "x": values,
            "marker": {"color": color},
            "opacity": 0.75,
            "bingroup": 1,
            "nbinsx": 50,
        }
        for name, (values, color) in series.items()
        if values
    ]
    return {"title": title, "data": traces, "layout": {"barmode": "overlay", **layout}}


class ReportBuilder:
    """Collects every count, sample and example the report shows, from one output directory."""

    def __init__(self, store: OutputStore) -> None:
        self.store = store
        self.sql = store.cursor()
        self.sql.execute(
            "CREATE TEMP TABLE f AS SELECT id, status, step, reason, details, chars, language, "
            "language_score, source, dateline, cluster, quality, spam, pii FROM facts"
        )
        self.sql.execute(
            "CREATE TEMP TABLE cuts AS SELECT id, status, r.line AS line, r.reason AS reason, "
            "r.step AS step, r.span AS span FROM (SELECT id, status, unnest(removals) AS r FROM docs)"
        )
        self.sql.execute(
            f"CREATE TEMP TABLE sample AS SELECT * FROM f ORDER BY hash(id), id LIMIT {SAMPLE_ROWS}"
        )

    def rows(self, query: str, *parameters: Any) -> list[tuple[Any, ...]]:
        return self.sql.execute(query, list(parameters)).fetchall()

    def values(self, query: str, status: str) -> list[float]:
        return [row[0] for row in self.rows(query, status)]

    def figures(self, stats: dict[str, Any]) -> list[dict[str, Any]]:
        charts = [
            self.funnel(stats),
            self.reasons(),
            self.lines(),
            self.lengths(),
            self.languages(),
            self.language_scores(),
            *self.signals("quality"),
            *self.signals("spam"),
            self.clusters(),
            self.top("source", "Top sources (outlets)"),
            self.top("dateline", "Top dateline places"),
            self.pii(),
        ]
        return [chart for chart in charts if chart and any(trace.get("x") for trace in chart["data"])]

    def funnel(self, stats: dict[str, Any]) -> dict[str, Any]:
        """Input records, then what is left after each step that removed something, in pipeline order."""
        by_step = dict(
            self.rows("SELECT step, count(*) FROM f WHERE status = 'removed' GROUP BY step ORDER BY step")
        )
        ((total,),) = self.rows("SELECT count(*) FROM f")
        errors = stats.get("errors", 0)
        stages, counts = ["input records", "readable"], [stats.get("input", total + errors), total]
        order = [step for step in stats.get("steps") or stats.get("removed_by_step", {}) if step in by_step]
        for step in order + [step for step in by_step if step not in order]:
            stages.append(f"after {_label(step)}")
            counts.append(counts[-1] - by_step[step])
        stages[-1] = f"kept ({stages[-1]})" if len(stages) > 2 else stages[-1]
        if len(stages) == 2:
            stages, counts = [*stages, "kept"], [*counts, total]
        return {
            "title": "Documents through the pipeline",
            "data": [
                {
                    "type": "funnel",
                    "y": stages,
                    "x": counts,
                    "textinfo": "value+percent initial",
                    "marker": {"color": KEPT_COLOR},
                }
            ],
            "layout": {"yaxis": {"automargin": True}},
        }

    def reasons(self) -> dict[str, Any]:
        rows = self.rows(
            "SELECT step || ' / ' || reason, count(*) AS n FROM f WHERE status = 'removed' "
            "GROUP BY ALL ORDER BY n DESC, 1"
        )
        return _bar(
            "Documents removed, by step / reason",
            [r[0] for r in rows],
            {"documents": ([r[1] for r in rows], REMOVED_COLOR)},
        )

    def lines(self) -> dict[str, Any]:
        rows = self.rows(
            "SELECT step || ' / ' || reason AS label, count(*) FILTER (NOT span), "
            "count(*) FILTER (span), count(*) AS n FROM cuts GROUP BY label ORDER BY n DESC, label"
        )
        return _bar(
            "Lines and spans removed, by step / reason",
            [r[0] for r in rows],
            {
                "whole lines": ([r[1] for r in rows], REMOVED_COLOR),
                "spans cut from lines": ([r[2] for r in rows], SPAN_COLOR),
            },
        )

    def lengths(self) -> dict[str, Any]:
        ((cap,),) = self.rows("SELECT coalesce(quantile_cont(chars, 0.99), 1) FROM sample")
        query = f"SELECT least(chars, {int(cap)}) FROM sample WHERE status = ? AND chars IS NOT NULL"
        return _histogram(
            "Length in characters (sample; the top 1% folded into the last bin)",
            {
                "kept": (self.values(query, "kept"), KEPT_COLOR),
                "removed": (self.values(query, "removed"), REMOVED_COLOR),
            },
        )

    def languages(self) -> dict[str, Any]:
        rows = self.rows(
            "SELECT language, count(*) FILTER (status = 'kept'), count(*) FILTER (status = 'removed'), "
            "count(*) AS n FROM f WHERE language IS NOT NULL GROUP BY language "
            f"ORDER BY n DESC, language LIMIT {TOP}"
        )
        return _bar(
            "Languages",
            [r[0] for r in rows],
            {"kept": ([r[1] for r in rows], KEPT_COLOR), "removed": ([r[2] for r in rows], REMOVED_COLOR)},
        )

    def language_scores(self) -> dict[str, Any]:
        query = "SELECT language_score FROM sample WHERE status = ? AND language_score IS NOT NULL"
        return _histogram(
            "Language score (sample)",
            {
                "kept": (self.values(query, "kept"), KEPT_COLOR),
                "removed": (self.values(query, "removed"), REMOVED_COLOR),
            },
        )

    def signals(self, group: str) -> list[dict[str, Any]]:
        rows = self.rows(
            f"SELECT j.key, s.status, TRY_CAST(j.value AS DOUBLE) AS v FROM sample s, "
            f"json_each(s.{group}) j WHERE v IS NOT NULL AND j.type <> 'BOOLEAN'"
        )
        by_key: dict[str, dict[str, list[float]]] = {}
        for key, status, value in rows:
            by_key.setdefault(key, {"kept": [], "removed": []})[status].append(value)
        charts = []
        for key in sorted(by_key)[:MAX_SIGNALS]:
            series = by_key[key]
            charts.append(
                _histogram(
                    f"{group}: {_label(key)} (sample)",
                    {"kept": (series["kept"], KEPT_COLOR), "removed": (series["removed"], REMOVED_COLOR)},
                    height=260,
                )
            )
        return charts

    def clusters(self) -> dict[str, Any]:
        rows = self.rows(
            "SELECT n, count(*) FROM (SELECT cluster, count(*) AS n FROM f GROUP BY cluster "
            "HAVING n > 1) GROUP BY n ORDER BY n"
        )
        return _bar(
            "Duplicate clusters by size (documents per cluster)",
            [r[0] for r in rows],
            {"clusters": ([r[1] for r in rows], "#5b6bbf")},
            horizontal=False,
            xaxis={"type": "category", "title": {"text": "documents in the cluster"}},
        )

    def top(self, column: str, title: str) -> dict[str, Any]:
        rows = self.rows(
            f"SELECT {column}, count(*) FILTER (status = 'kept'), "
            f"count(*) FILTER (status = 'removed'), count(*) AS n FROM f WHERE {column} IS NOT NULL "
            f"GROUP BY 1 ORDER BY n DESC, 1 LIMIT {TOP}"
        )
        return _bar(
            title,
            [r[0] for r in rows],
            {"kept": ([r[1] for r in rows], KEPT_COLOR), "removed": ([r[2] for r in rows], REMOVED_COLOR)},
        )

    def pii(self) -> dict[str, Any]:
        rows = self.rows(
            "SELECT j.key, sum(TRY_CAST(j.value AS DOUBLE)) AS n FROM f, json_each(f.pii) j "
            "GROUP BY 1 ORDER BY n DESC, 1"
        )
        return _bar(
            "Personal data found, by type",
            [r[0] for r in rows],
            {"occurrences": ([r[1] for r in rows], "#7d3c98")},
        )

    def examples(self) -> list[ReasonExamples]:
        groups: dict[tuple[str, str, str], ReasonExamples] = {}
        picks: list[tuple[tuple[str, str, str], str]] = []
        for step, reason, doc_id, count in self.rows(
            "SELECT step, reason, id, count(*) OVER (PARTITION BY step, reason) FROM f "
            "WHERE status = 'removed' "
            "QUALIFY row_number() OVER (PARTITION BY step, reason ORDER BY hash(id), id) <= ? "
            "ORDER BY 4 DESC, step, reason, hash(id), id",
            EXAMPLES_PER_REASON,
        ):
            key = (step, reason, "document")
            groups.setdefault(key, ReasonExamples(step, reason, "documents removed", count))
            picks.append((key, doc_id))
        for step, reason, span, doc_id, count in self.rows(
            "SELECT step, reason, span, id, count(*) OVER (PARTITION BY step, reason, span) FROM "
            "(SELECT DISTINCT step, reason, span, id FROM cuts) "
            "QUALIFY row_number() OVER (PARTITION BY step, reason, span ORDER BY hash(id), id) <= ? "
            "ORDER BY 5 DESC, step, reason, span, hash(id), id",
            EXAMPLES_PER_REASON,
        ):
            kind = "documents with spans cut" if span else "documents with lines removed"
            key = (step, reason, kind)
            groups.setdefault(key, ReasonExamples(step, reason, kind, count))
            picks.append((key, doc_id))
        documents = {
            row[0]: row[1:]
            for row in self.rows(
                "SELECT id, status, text, removals, details FROM docs WHERE id IN (SELECT unnest(?))",
                sorted({doc_id for _, doc_id in picks}),
            )
        }
        for key, doc_id in picks:
            if doc_id in documents:
                groups[key].examples.append(_example(doc_id, documents[doc_id], key))
        return list(groups.values())


def _clip(line: ShownLine) -> ShownLine:
    if len(line.text) > LINE_CHARS:
        line.text = line.text[:LINE_CHARS] + f" … ({len(line.text) - LINE_CHARS:,} more characters)"
    return line


def _example(doc_id: str, row: tuple[Any, ...], key: tuple[str, str, str]) -> Example:
    status, text, removals, details = row
    lines = reconstruct(text or "", removals)
    step, reason, kind = key
    if kind == "document":
        duplicate_of = orjson.loads(details).get("duplicate_of") if details else None
        note = f"duplicate of {duplicate_of}" if duplicate_of else ""
        shown: list[ShownLine | None] = [*lines[:12], None] if len(lines) > 12 else list(lines)
        return Example(doc_id, status, [_clip(line) if line else None for line in shown], note)
    for line in lines:
        if line.removed and (line.removed.reason, line.removed.step) != (reason, step):
            line.removed = None
        line.cuts = [cut for cut in line.cuts if (cut.reason, cut.step) == (reason, step)]
    return Example(doc_id, status, [_clip(line) if line else None for line in context(lines)])


def _script_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def _json_for_html(value: Any) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return (
        orjson.dumps(value).decode().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )


def plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


DRAW_JS = """
const figures = JSON.parse(document.getElementById("figures").textContent);
figures.forEach((figure, i) => {
  const layout = Object.assign({margin: {l: 10, r: 20, t: 10, b: 40}, height: 320,
    xaxis: {automargin: true}, yaxis: {automargin: true},
    font: {family: "system-ui, sans-serif", size: 12}, legend: {orientation: "h"},
    paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)"}, figure.layout);
  Plotly.newPlot("chart-" + i, figure.data, layout, {displaylogo: false, responsive: true});
});
"""


def write_report(output: str, path: str | None = None) -> str:
    """Write the HTML report of an output directory (default ``OUT/report.html``); return its path."""
    started = time.perf_counter()
    store = OutputStore(output)
    try:
        builder = ReportBuilder(store)
        stats = store.stats()
        figures = builder.figures(stats)
        examples = builder.examples()
        ((kept, removed),) = builder.rows(
            "SELECT count(*) FILTER (status = 'kept'), count(*) FILTER (status = 'removed') FROM f"
        )
    finally:
        store.close()
    library = plotly_js()
    target = Path(path) if path else Path(output) / "report.html"
    page = TEMPLATES.get_template("report.html").render(
        title=f"saring report: {Path(output).resolve().name}",
        stats=stats,
        kept=kept,
        removed=removed,
        figures=figures,
        figures_json=_json_for_html(figures),
        examples=examples,
        sample_rows=SAMPLE_ROWS,
        css=(Path(__file__).parent / "static" / "style.css").read_text(),
        plotly_js=library,
        draw_js=DRAW_JS,
        script_hashes=f"{_script_hash(library)} {_script_hash(DRAW_JS)}",
        built_seconds=time.perf_counter() - started,
    )
    target.write_text(page, encoding="utf-8")
    return str(target)
