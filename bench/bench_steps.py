"""Per-step cost of a preset's document steps: docs/s of CPU time for each, and its share of the total.

The documents go through the preset's document steps in order, as in a run: each step gets what
the steps before it kept, and a step's time is the CPU time (this process's, so other load on a
shared machine inflates it less than wall-clock time would) of its ``process`` calls alone.
With ``--repeat`` the whole chain runs again on fresh copies and each step keeps its best time.
Documents are real news (news_dev.jsonl from ../shared/data) when present, else generated ones.

    .venv/bin/python bench/bench_steps.py [--preset news-id] [--data DIR] [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from saring.config import load_preset
from saring.document import Document
from saring.step import Drop, Step

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"


def load_records(data: Path, limit: int) -> tuple[list[dict[str, Any]], str]:
    """Records with ``id`` and ``text``: news_dev.jsonl when it exists, else generated news."""
    source = data / "news_dev.jsonl"
    if source.exists():
        with source.open(encoding="utf-8") as handle:
            records = [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]
        return records, str(source)
    from saring.data.generate import generate_corpus

    print(f"{source} not found: timing generated documents instead (saring.data.generate)")
    return [generated.record for generated in generate_corpus(limit)], "saring.data.generate"


def fresh_documents(records: list[dict[str, Any]]) -> list[Document]:
    """Documents as the JSONL reader makes them: every field but id and text is metadata."""
    documents = []
    for record in records:
        metadata = {key: value for key, value in record.items() if key not in ("id", "text")}
        documents.append(Document(str(record["id"]), record["text"], metadata))
    return documents


def time_chain(steps: list[Step], documents: list[Document]) -> list[tuple[int, float]]:
    """For each step: how many documents it processed, and the CPU seconds it took."""
    results = []
    for step in steps:
        process = step.process
        start = time.process_time()
        outcomes = [process(document) for document in documents]
        seconds = time.process_time() - start
        results.append((len(documents), seconds))
        documents = [outcome for outcome in outcomes if not isinstance(outcome, Drop)]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--preset", default="news-id")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=5000, help="documents to time (default 5000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the chain; each step keeps its best")
    args = parser.parse_args()

    records, origin = load_records(args.data, args.limit)
    names: list[str] = []
    best: list[tuple[int, float]] = []
    for _ in range(max(args.repeat, 1)):
        # Fresh steps each run, so lazily loaded models are loaded (and timed) once per run, like a worker.
        steps = load_preset(args.preset).build().document_steps
        names = [step.name for step in steps]
        run = time_chain(steps, fresh_documents(records))
        best = run if not best else [min(a, b, key=lambda r: r[1]) for a, b in zip(best, run, strict=True)]

    total = sum(seconds for _, seconds in best)
    print(
        f"preset {args.preset}: {len(records)} documents from {origin}, best of {args.repeat} runs, CPU time"
    )
    print(f"{'step':<12} {'docs in':>8} {'CPU s':>8} {'docs/s':>10} {'share':>7}")
    for name, (count, seconds) in zip(names, best, strict=True):
        rate = f"{count / seconds:,.0f}" if seconds > 0 else "-"
        share = seconds / total if total > 0 else 0.0
        print(f"{name:<12} {count:>8} {seconds:>8.3f} {rate:>10} {share:>7.1%}")
    rate = f"{len(records) / total:,.0f}" if total > 0 else "-"
    print(f"{'all':<12} {len(records):>8} {total:>8.3f} {rate:>10} {1:>7.0%}")


if __name__ == "__main__":
    main()
