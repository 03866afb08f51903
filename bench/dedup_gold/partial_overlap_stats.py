"""Overlap features of hand-judged news_dev partial_overlap pairs, per label, and minhash_dedup's verdict.

    PYTHONPATH=src .venv/bin/python bench/dedup_gold/partial_overlap_stats.py [--data ../shared/data]

partial_overlap_judged.jsonl (ids, label, one-line reason; no text) labels pairs that news_dev's rule put
at 5-gram containment 0.5-0.8: ``same_story`` (one story republished, lead rewritten or body trimmed) or
``different_story`` (daily templated series, or separate articles on one event sharing background).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_dedup import DATA, clusters, run, shingles
from saring.dedup.minhash import MinhashDedupOptions, words
from saring.document import Document

HERE = Path(__file__).resolve().parent
_NUMBER = re.compile(r"\d")


def features(a: str, b: str) -> dict[str, float]:
    sa, sb = shingles(a), shingles(b)
    shared = len(sa & sb)
    na = {w for w in words(a) if _NUMBER.search(w)}
    nb = {w for w in words(b) if _NUMBER.search(w)}
    return {
        "jaccard": shared / len(sa | sb),
        "containment": shared / min(len(sa), len(sb)),
        "numbers_shared": len(na & nb) / max(1, min(len(na), len(nb))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    news = args.data / "news_dev.jsonl"
    if not news.exists():
        print(f"skipped: {news} not found (use --data)")
        return
    text = {r["id"]: r["text"] for r in map(json.loads, news.open())}
    judged = [json.loads(line) for line in (HERE / "partial_overlap_judged.jsonl").open()]
    predicted = clusters(run(MinhashDedupOptions(), [Document(i, t) for i, t in text.items()], 4))
    print(
        "| label | pairs | merged by defaults | feature | min | median | max |\n|---|---|---|---|---|---|---|"
    )
    for label in ("same_story", "different_story"):
        pairs = [p for p in judged if p["label"] == label]
        merged = sum(predicted[p["a"]] == predicted[p["b"]] for p in pairs)
        rows = [features(text[p["a"]], text[p["b"]]) for p in pairs]
        for name in rows[0]:
            values = [r[name] for r in rows]
            print(
                f"| {label} | {len(pairs)} | {merged} | {name} | {min(values):.2f} "
                f"| {statistics.median(values):.2f} | {max(values):.2f} |"
            )
    print("\nper pair (label, jaccard, containment, numbers_shared, merged):")
    for p in sorted(judged, key=lambda p: features(text[p["a"]], text[p["b"]])["containment"]):
        f = features(text[p["a"]], text[p["b"]])
        print(
            f"{p['label']:16} J={f['jaccard']:.2f} C={f['containment']:.2f} N={f['numbers_shared']:.2f} "
            f"merged={predicted[p['a']] == predicted[p['b']]} {p['a']} {p['b']}"
        )


if __name__ == "__main__":
    main()
