"""Measure the ``news`` step against a line-labelled gold, beside C4's line rules and jusText.

Gold = ``bench/news_gold/dev_labels.jsonl`` (labels for real articles of ``../shared/data/news_dev.jsonl``;
the texts stay in shared/ and are joined here at run time; drafted from the step's own output, so optimistic)
+ ``bench/news_gold/dev_labels_blind.jsonl`` (80 other news_dev articles, 6-7 per outlet, seed 20261129,
labelled from the raw text before the step was run on them) + ``bench/news_gold/dev_labels_blind2.jsonl``
(a second blind round: 75 more news_dev articles in neither file above, up to 7 per outlet, seed 20261130,
labelled the same way, to measure recall on text no rule was written from) + ``bench/news_gold/fixtures.txt`` (documents
written for saring, labelled by hand). Every text is run through ``normalize`` first, as in the pipeline,
and label offsets refer to the normalised lines.

Metrics, over non-whitespace characters, with the gold dateline prefix left out of every count:
- boilerplate precision / recall: removed chars that are boilerplate / boilerplate chars removed;
- body-line loss: article lines (label ``body``) removed whole; body-char loss: article chars removed;
- line precision / recall: whole boilerplate lines (label not ``body``) vs lines removed whole;
- inline-span accuracy: gold spans inside article lines whose removed run matches exactly;
- dateline accuracy: documents whose removed dateline prefix equals the gold one (none = none).

Peers, measured on the same gold in the same run:
- C4: datatrove's ``C4QualityFilter`` line rules (terminal punctuation, >= 3 words, javascript,
  policy), with ``min_num_sentences=-1`` so that only line removal is measured; a document it drops
  whole (``{`` or lorem ipsum) counts as every line removed;
- jusText with its Indonesian stoplist and default parameters, one ``<p>`` per line.

Speed: the step alone (``find_boilerplate`` + ``Document.edit``) on every news_dev text after normalize,
in CPU time of this process (best of ``--repeat``), which other work on a shared machine disturbs less
than wall time.

Run: ``PYTHONPATH=src python bench/eval_news.py [--data ../shared/data] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from saring.document import Document
from saring.steps.news import News, find_boilerplate
from saring.steps.normalize import Normalize

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[0].parent / "shared" / "data"
NON_BOILERPLATE = {"body", "blank", "dateline"}


@dataclass
class GoldDoc:
    id: str
    lines: list[str]
    labels: list[str]
    spans: list[tuple[int, int, int, str]]
    dateline: tuple[int, int, int] | None


@dataclass
class Prediction:
    """Removed character ranges per line, and the dateline prefix the system stripped (if any)."""

    removed: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    dateline: str | None = None


# --- gold ----------------------------------------------------------------------------------------


def normalised_lines(doc_id: str, text: str) -> list[str]:
    document = Document(doc_id, text)
    Normalize().process(document)
    return document.lines()


def line_key(line: str) -> str:
    """Labels name lines by a short hash, so the label file holds no third-party text."""
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:10]


def load_dev_gold(labels_path: Path, data_dir: Path) -> tuple[list[GoldDoc], list[str]]:
    """Join the labels with the shared texts; a document whose normalised lines changed is stale."""
    texts = {}
    with (data_dir / "news_dev.jsonl").open(encoding="utf-8") as handle:
        for row in handle:
            record = json.loads(row)
            texts[record["id"]] = record["text"]
    gold, stale = [], []
    with labels_path.open(encoding="utf-8") as handle:
        for row in handle:
            item = json.loads(row)
            lines = normalised_lines(item["id"], texts[item["id"]])
            kept = [i for i, line in enumerate(lines) if line.strip()]
            if [line_key(lines[i]) for i in kept] != [key for key, _ in item["lines"]]:
                stale.append(item["id"])
                continue
            labels = ["blank"] * len(lines)
            for i, (_, label) in zip(kept, item["lines"], strict=True):
                labels[i] = label
            spans = [(kept[k], start, end, reason) for k, start, end, reason in item["spans"]]
            dateline = (kept[item["dateline"][0]], *item["dateline"][1:]) if item["dateline"] else None
            gold.append(GoldDoc(item["id"], lines, labels, spans, dateline))
    return gold, stale


def load_fixture_gold(path: Path) -> list[GoldDoc]:
    """Parse ``=== id`` / ``label|text`` documents with ``⟦reason:text⟧`` inline marks."""
    gold: list[GoldDoc] = []
    current: GoldDoc | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        if raw.startswith("=== "):
            current = GoldDoc(raw[4:].strip(), [], [], [], None)
            gold.append(current)
            continue
        assert current is not None, "a fixture line before any '=== id'"
        label, marked = raw.split("|", 1)
        line, spans = _parse_marks(marked)
        index = len(current.lines)
        current.lines.append(line)
        current.labels.append(label if line else "blank")
        for start, end, reason in spans:
            if reason == "dateline":
                current.dateline = (index, start, end)
            else:
                current.spans.append((index, start, end, reason))
        if label == "dateline":
            current.dateline = (index, 0, len(line))
    for doc in gold:
        if normalised_lines(doc.id, "\n".join(doc.lines)) != doc.lines:
            raise SystemExit(f"fixture {doc.id} is not in normalised form")
    return gold


def _parse_marks(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans = []
    position = 0
    length = 0
    while True:
        opening = marked.find("\u27e6", position)
        if opening == -1:
            out.append(marked[position:])
            break
        out.append(marked[position:opening])
        length += opening - position
        closing = marked.index("\u27e7", opening)
        reason, text = marked[opening + 1 : closing].split(":", 1)
        spans.append((length, length + len(text), reason))
        out.append(text)
        length += len(text)
        position = closing + 1
    return "".join(out), spans


# --- systems -------------------------------------------------------------------------------------


def predict_saring(lines: list[str]) -> Prediction:
    found = find_boilerplate(lines)
    prediction = Prediction()
    for index in found.drop:
        prediction.removed[index] = [(0, len(lines[index]))]
    for index, spans in found.cut.items():
        prediction.removed.setdefault(index, []).extend((s.start, s.end) for s in spans)
    if found.dateline:
        prediction.dateline = found.dateline["raw"]
    return prediction


def predict_c4(lines: list[str]) -> Prediction:
    from datatrove.data import Document as DtDocument
    from datatrove.pipeline.filters.c4_filters import CITATION_REGEX, C4QualityFilter

    c4 = _C4_CACHE.setdefault("filter", C4QualityFilter(min_num_sentences=-1))
    document = DtDocument(text="\n".join(lines), id="x")
    kept = c4.filter(document)
    prediction = Prediction()
    if kept is not True:
        prediction.removed = {i: [(0, len(line))] for i, line in enumerate(lines) if line.strip()}
        return prediction
    kept_lines = document.text.split("\n") if document.text else []
    position = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if position < len(kept_lines) and CITATION_REGEX.sub("", line.strip()) == kept_lines[position]:
            position += 1
        else:
            prediction.removed[index] = [(0, len(line))]
    return prediction


_C4_CACHE: dict[str, object] = {}


def predict_justext(lines: list[str]) -> Prediction:
    import justext

    stoplist = _JUSTEXT_CACHE.setdefault("stoplist", justext.get_stoplist("Indonesian"))
    indexed = [i for i, line in enumerate(lines) if line.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(lines[i])}</p>" for i in indexed) + "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), stoplist)
    prediction = Prediction()
    if len(paragraphs) != len(indexed):
        raise SystemExit("jusText merged or split paragraphs; cannot map them back to lines")
    for index, paragraph in zip(indexed, paragraphs, strict=True):
        if paragraph.is_boilerplate:
            prediction.removed[index] = [(0, len(lines[index]))]
    return prediction


_JUSTEXT_CACHE: dict[str, object] = {}


# --- scoring -------------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    removed: int = 0
    boilerplate: int = 0
    body_chars: int = 0
    body_removed: int = 0
    body_lines: int = 0
    body_lines_lost: int = 0
    bp_lines: int = 0
    bp_lines_removed: int = 0
    lines_removed: int = 0
    spans: int = 0
    spans_exact: int = 0
    datelines: int = 0
    datelines_exact: int = 0


def score(gold: list[GoldDoc], system: Callable[[list[str]], Prediction]) -> Counts:
    counts = Counts()
    for doc in gold:
        prediction = system(doc.lines)
        for index, line in enumerate(doc.lines):
            _score_line(doc, index, line, prediction, counts)
        counts.datelines += 1
        expected = (
            doc.lines[doc.dateline[0]][doc.dateline[1] : doc.dateline[2]].strip() if doc.dateline else None
        )
        counts.datelines_exact += expected == (prediction.dateline.strip() if prediction.dateline else None)
    return counts


def _score_line(doc: GoldDoc, index: int, line: str, prediction: Prediction, counts: Counts) -> None:
    universe = [i for i, ch in enumerate(line) if not ch.isspace()]
    if doc.dateline and doc.dateline[0] == index:
        universe = [i for i in universe if not doc.dateline[1] <= i < doc.dateline[2]]
    if not universe:
        return
    label = doc.labels[index]
    gold_set = set(universe) if label not in NON_BOILERPLATE else set()
    line_spans = [s for s in doc.spans if s[0] == index]
    for _, start, end, _reason in line_spans:
        gold_set.update(i for i in universe if start <= i < end)
    removed = {i for start, end in prediction.removed.get(index, ()) for i in range(start, end)}
    removed_set = removed.intersection(universe)
    counts.tp += len(removed_set & gold_set)
    counts.removed += len(removed_set)
    counts.boilerplate += len(gold_set)
    body = set(universe) - gold_set
    counts.body_chars += len(body)
    counts.body_removed += len(body & removed_set)
    whole = len(removed_set) >= 0.95 * len(universe)
    counts.lines_removed += whole
    if label == "body":
        counts.body_lines += 1
        counts.body_lines_lost += whole
        for _, start, end, _reason in line_spans:
            counts.spans += 1
            counts.spans_exact += _run(gold_set, universe, start, end) == _run(
                removed_set, universe, start, end
            )
    elif label not in NON_BOILERPLATE:
        counts.bp_lines += 1
        counts.bp_lines_removed += whole


def _run(chars: set[int], universe: list[int], start: int, end: int) -> frozenset[int]:
    """The maximal run of ``chars`` (along non-space positions) around the span ``[start, end)``."""
    inside = [k for k, i in enumerate(universe) if start <= i < end]
    if not inside or not all(universe[k] in chars for k in inside):
        return frozenset()
    low, high = inside[0], inside[-1]
    while low > 0 and universe[low - 1] in chars:
        low -= 1
    while high + 1 < len(universe) and universe[high + 1] in chars:
        high += 1
    return frozenset(universe[low : high + 1])


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def report(name: str, counts: Counts, datelines: bool) -> str:
    precision = _ratio(counts.tp, counts.removed)
    recall = _ratio(counts.tp, counts.boilerplate)
    line_precision = _ratio(counts.bp_lines_removed, counts.lines_removed)
    line_recall = _ratio(counts.bp_lines_removed, counts.bp_lines)
    dateline = f"{_ratio(counts.datelines_exact, counts.datelines):.3f}" if datelines else "  n/a"
    return (
        f"{name:<10} {precision:9.3f} {recall:7.3f} {_ratio(counts.body_lines_lost, counts.body_lines):10.2%}"
        f" {_ratio(counts.body_removed, counts.body_chars):10.2%} {line_precision:8.3f} {line_recall:8.3f}"
        f" {_ratio(counts.spans_exact, counts.spans):7.3f} {dateline:>8}"
    )


# --- speed ---------------------------------------------------------------------------------------


def measure_speed(data_dir: Path, repeat: int) -> str:
    texts = []
    with (data_dir / "news_dev.jsonl").open(encoding="utf-8") as handle:
        for row in handle:
            record = json.loads(row)
            document = Document(record["id"], record["text"])
            Normalize().process(document)
            texts.append(document.text)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    step = News()
    best = float("inf")
    for _ in range(repeat):
        documents = [Document(str(i), t) for i, t in enumerate(texts)]
        started = time.process_time()
        for document in documents:
            step.process(document)
        best = min(best, time.process_time() - started)
    return (
        f"news step alone, one core: {len(texts) / best:,.0f} docs/s, {megabytes / best:.2f} MB/s "
        f"({len(texts)} news_dev docs, {megabytes:.1f} MB after normalize, CPU time, best of {repeat})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding news_dev.jsonl")
    parser.add_argument("--gold", type=Path, default=HERE / "news_gold")
    parser.add_argument("--repeat", type=int, default=3, help="timing repetitions (best is kept)")
    parser.add_argument("--no-peers", action="store_true", help="skip C4 and jusText")
    args = parser.parse_args(argv)
    if not (args.data / "news_dev.jsonl").exists():
        print(f"no news_dev.jsonl under {args.data}; pass --data (the shared dev data is not in the repo)")
        return 0
    dev, stale = load_dev_gold(args.gold / "dev_labels.jsonl", args.data)
    blind, blind_stale = load_dev_gold(args.gold / "dev_labels_blind.jsonl", args.data)
    blind2, blind2_stale = load_dev_gold(args.gold / "dev_labels_blind2.jsonl", args.data)
    stale += blind_stale + blind2_stale
    if stale:
        print(
            f"warning: {len(stale)} labelled documents changed under normalize and were skipped: {stale[:5]}"
        )
    fixtures = load_fixture_gold(args.gold / "fixtures.txt")
    systems: list[tuple[str, Callable[[list[str]], Prediction], bool]] = [("saring", predict_saring, True)]
    if not args.no_peers:
        systems += [("c4", predict_c4, False), ("justext", predict_justext, False)]
    header = (
        f"{'system':<10} {'precision':>9} {'recall':>7} {'body-line':>10} {'body-char':>10}"
        f" {'line-P':>8} {'line-R':>8} {'spans':>7} {'dateline':>8}"
    )
    for title, gold in (
        ("dev (real articles)", dev),
        ("blind (other real articles, labelled by reading before running the step)", blind),
        ("blind2 (a second blind round, labelled the same way)", blind2),
        ("fixtures (hand-written)", fixtures),
        ("all", dev + blind + blind2 + fixtures),
    ):
        lines = sum(len(d.lines) for d in gold)
        spans = sum(len(d.spans) for d in gold)
        print(f"\n== {title}: {len(gold)} documents, {lines} lines, {spans} inline spans")
        print(header)
        for name, system, datelines in systems:
            print(report(name, score(gold, system), datelines))
    print()
    print(measure_speed(args.data, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
