"""Quality of minhash_dedup: precision/recall/F1 on a generated labelled set, recall on news_dev pairs.

    PYTHONPATH=src .venv/bin/python bench/eval_dedup.py [--stories 1000] [--data ../shared/data]

The labelled set (bench/dedup_corpus.py) holds originals, their variants (re-datelined, new lead,
appended paragraph, different site furniture, trimmed, excerpt: the first half, contained in the
original) and same-topic articles from the same sentence bank (templated-series look-alikes, 5-gram
Jaccard 0.1-0.4 with the originals), half of which repeat one paragraph of the original verbatim
(shared_paragraph: must stay apart). Scores are over pairs: a pair is predicted duplicate when both
documents end in one cluster; "shared kept apart" is the share of shared_paragraph articles not
put in their original's cluster.
news_dev_neardup_pairs.jsonl is mined by a rule, not judged, so it gives recall per rule class only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dedup_corpus import VARIANTS, labelled_set, run_spilled
from saring.dedup.minhash import MinhashDedup, MinhashDedupOptions, words
from saring.document import Document
from saring.step import Drop

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def clusters(outcomes: dict[str, object]) -> dict[str, str]:
    """Each id's cluster: the id it was dropped as a duplicate of, followed to a kept document."""
    parent = {i: (o.details["duplicate_of"] if isinstance(o, Drop) else i) for i, o in outcomes.items()}
    resolved = {}
    for i in parent:
        j = i
        while parent[j] != j:
            j = parent[j]
        resolved[i] = j
    return resolved


def pair_scores(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    def pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
        groups = defaultdict(list)
        for i, g in labels.items():
            groups[g].append(i)
        return {tuple(sorted(p)) for members in groups.values() for p in combinations(members, 2)}

    g, p = pairs(gold), pairs(predicted)
    tp = len(g & p)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if tp else 0.0


def run(options: MinhashDedupOptions, documents: list[Document], shards: int) -> dict[str, object]:
    size = -(-len(documents) // shards)
    with tempfile.TemporaryDirectory() as folder:
        copies = [Document(d.id, d.text) for d in documents]
        return run_spilled(
            MinhashDedup(options), [copies[i : i + size] for i in range(0, len(copies), size)], folder
        )


def labelled(stories: int) -> None:
    samples = labelled_set(stories)
    documents = [Document(s.id, s.text) for s in samples]
    gold = {s.id: s.group for s in samples}
    kind = {s.id: s.kind for s in samples}
    print(f"labelled set: {len(samples)} documents, {stories} stories, {Counter(kind.values())}")
    print(
        "| bands x rows | min_jaccard | containment | precision | recall | F1 | "
        + " | ".join(VARIANTS)
        + " | shared kept apart |"
    )
    print("|---|---|---|---|---|---|" + "---|" * (len(VARIANTS) + 1))
    configurations = (
        (25, 5, 0.5, None),
        (25, 5, 0.5, 0.8),
        (25, 5, 0.5, 0.7),
        (25, 5, 0.5, 0.9),
        (20, 5, 0.5, 0.8),
        (14, 8, 0.5, 0.8),
    )
    for bands, rows, min_jaccard, containment in configurations:
        options = MinhashDedupOptions(
            bands=bands, rows=rows, min_jaccard=min_jaccard, containment=containment
        )
        predicted = clusters(run(options, documents, 4))
        precision, recall, f1 = pair_scores(gold, predicted)
        origin = {gold[i]: predicted[i] for i in gold if kind[i] == "original"}
        per_kind = []
        for variant in VARIANTS:
            members = [i for i in gold if kind[i] == variant]
            per_kind.append(sum(predicted[i] == origin[gold[i]] for i in members) / max(1, len(members)))
        shared = [i for i in gold if kind[i] == "shared_paragraph"]
        apart = sum(predicted[i] != origin[f"story-{i.removeprefix('single-')}"] for i in shared)
        print(
            f"| {bands} x {rows} | {min_jaccard} | {containment} | {precision:.4f} | {recall:.4f} | {f1:.4f} | "
            + " | ".join(f"{r:.3f}" for r in per_kind)
            + f" | {apart / max(1, len(shared)):.3f} |"
        )


def shingles(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + 5]) for i in range(max(1, len(w) - 4))}


def news_dev(data: Path) -> None:
    news, pairs_file = data / "news_dev.jsonl", data / "news_dev_neardup_pairs.jsonl"
    if not news.exists() or not pairs_file.exists():
        print(f"news_dev check skipped: {news} or {pairs_file} not found (use --data)")
        return
    records = [json.loads(line) for line in news.open()]
    documents = [Document(r["id"], r["text"]) for r in records]
    for containment in (None, 0.8):
        news_dev_recall(records, documents, pairs_file, containment)


def news_dev_recall(
    records: list[dict], documents: list[Document], pairs_file: Path, containment: float | None
) -> None:
    start = time.perf_counter()
    outcomes = run(MinhashDedupOptions(containment=containment), documents, 4)
    elapsed = time.perf_counter() - start
    predicted = clusters(outcomes)
    text = {r["id"]: r["text"] for r in records}
    dropped = [i for i, o in outcomes.items() if isinstance(o, Drop)]
    print(
        f"\nnews_dev, containment={containment}: {len(documents)} documents, "
        f"{len(dropped)} dropped as minhash_duplicate ({elapsed:.1f} s)"
    )
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for line in pairs_file.open():
        pair = json.loads(line)
        total[pair["relation_by_rule"]] += 1
        found[pair["relation_by_rule"]] += predicted[pair["a"]] == predicted[pair["b"]]
    print("| relation_by_rule | pairs | same cluster | recall |\n|---|---|---|---|")
    for relation in ("near_duplicate", "contained_or_expanded", "partial_overlap"):
        print(
            f"| {relation} | {total[relation]} | {found[relation]} | {found[relation] / max(1, total[relation]):.3f} |"
        )
    jaccard, contained = [], []
    for i in dropped:
        a, b = shingles(text[i]), shingles(text[outcomes[i].details["duplicate_of"]])
        jaccard.append(len(a & b) / len(a | b))
        contained.append(len(a & b) / min(len(a), len(b)))
    for name, values in (("Jaccard", jaccard), ("containment", contained)):
        bins = Counter(min(int(j * 10), 9) / 10 for j in values)
        print(
            f"exact 5-gram {name} of each dropped document with the copy it duplicates (bin: count):",
            dict(sorted(bins.items())),
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    labelled(args.stories)
    news_dev(args.data)


if __name__ == "__main__":
    main()
