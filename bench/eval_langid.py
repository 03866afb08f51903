"""Held-out evaluation of the ``langid`` step on ``lid_train.jsonl``, and its keep rate on real news.

The split is by translation group (``parallel_id``; for news and web items without one, the source
article), so no translation of a held-out sentence is trained on. Prints per-language accuracy and
the confusion matrix for saring's step and for pycld2 alone (and lingua / fastText when installed),
the share of non-Indonesian documents labelled ``ind``, the share of Indonesian news kept at several
``language_score`` thresholds, and the step's speed on ~2 KB news documents.

    .venv/bin/python bench/eval_langid.py [--data ../shared/data] [--model-out PATH] [--fold K]
    .venv/bin/python bench/eval_langid.py --pooled     # the step's held-out labels over all 5 folds

``--runoff-word-weight 4`` gives the model without its second stage, the runoff (same weights).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import orjson

from saring.lid.train import DEFAULT_RUNOFF_WORD_WEIGHT, fit
from saring.steps.langid import NOT_FOREIGN, LangId, LangIdOptions, cld2_shares, sample

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
LABELS = ("ind", "msa", "jav", "sun", "min", "ban", "bjn", "ace", "bug", "mad", "nij", "bbc", "eng")
CLD2_TO_ISO = {"id": "ind", "ms": "msa", "jw": "jav", "su": "sun", "en": "eng"}
THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, "rb") as handle:
        return [orjson.loads(line) for line in handle if line.strip()]


def group_of(record: dict) -> str:
    """Translations share a parallel_id; news items are grouped by their source article."""
    return record["parallel_id"] or f"{record['source_path']}#{record['row']}"


def is_held_out(record: dict, fold: int) -> bool:
    return zlib.crc32(group_of(record).encode()) % 5 == fold


def cld2_label(text: str) -> str:
    shares = cld2_shares(text)
    if not shares:
        return "und"
    return CLD2_TO_ISO.get(max(shares, key=shares.__getitem__), "und")


def cld2_foreign_share(text: str, step: LangId) -> float:
    """What ``non_ind_fraction`` would be for an ``ind`` document if pycld2 were always asked."""
    shares = cld2_shares(sample(text, step.options.cld2_max_chars))
    return min(1.0, sum(share for code, share in shares.items() if code not in NOT_FOREIGN))


def optional_peers() -> dict[str, Callable[[str], str]]:
    """lingua and fastText only if already installed (this benchmark installs nothing)."""
    peers: dict[str, Callable[[str], str]] = {}
    try:
        from lingua import LanguageDetectorBuilder
    except ImportError:
        print("lingua: not installed, skipped")
    else:
        detector = LanguageDetectorBuilder.from_all_languages().build()

        def lingua_label(text: str) -> str:
            language = detector.detect_language_of(text)
            code = language.iso_code_639_3.name.lower() if language else "und"
            return {"zsm": "msa", "may": "msa"}.get(code, code)

        peers["lingua"] = lingua_label
    print("fastText lid.176: a model download, not available offline; skipped")
    return peers


def report(name: str, gold: list[str], predicted: list[str]) -> None:
    total = Counter(gold)
    correct = Counter(g for g, p in zip(gold, predicted, strict=True) if g == p)
    accuracy = {lang: correct[lang] / total[lang] for lang in LABELS if total[lang]}
    non_ind = [p for g, p in zip(gold, predicted, strict=True) if g != "ind"]
    print(f"\n== {name}: held-out accuracy per language (n docs)")
    print("  ".join(f"{lang} {accuracy[lang]:.3f} ({total[lang]})" for lang in accuracy))
    print(
        f"min {min(accuracy.values()):.3f}; non-ind labelled ind: {non_ind.count('ind') / len(non_ind):.2%}"
    )
    columns = [*LABELS, "und"]
    matrix = Counter(zip(gold, predicted, strict=True))
    print("confusion (rows gold, columns predicted)")
    print("     " + " ".join(f"{c:>4}" for c in columns))
    for lang in LABELS:
        if total[lang]:
            print(f"{lang:>4} " + " ".join(f"{matrix[lang, c]:>4}" for c in columns))


def unit_table(records: list[dict], predicted: list[str]) -> None:
    """Accuracy per language and unit: news prefixes, NusaX short texts and single sentences differ."""
    total = Counter((r["lang"], r["unit"]) for r in records)
    correct = Counter(
        (r["lang"], r["unit"]) for r, p in zip(records, predicted, strict=True) if p == r["lang"]
    )
    print(
        "per unit: "
        + "  ".join(
            f"{lang}/{unit} {correct[lang, unit] / n:.3f}" for (lang, unit), n in sorted(total.items())
        )
    )


def threshold_table(
    gold: list[str], results: list[tuple[str, float, float]], news: list[tuple[str, float, float]]
):
    print("\n== keep rule `language in [ind] and language_score >= t`")
    print("   t  held-out ind kept  held-out non-ind kept as ind  news_dev kept")
    ind = [r for g, r in zip(gold, results, strict=True) if g == "ind"]
    other = [r for g, r in zip(gold, results, strict=True) if g != "ind"]
    for t in THRESHOLDS:

        def kept(rows: list[tuple[str, float, float]], t: float = t) -> float:
            return sum(1 for lang, score, _ in rows if lang == "ind" and score >= t) / len(rows)

        print(f"{t:4.2f}  {kept(ind):17.2%}  {kept(other):28.2%}  {kept(news):13.2%}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model-out", type=Path, help="where to keep the model trained on the train split")
    parser.add_argument("--speed-docs", type=int, default=2000)
    parser.add_argument(
        "--fold", type=int, default=0, choices=range(5), help="which fifth of the groups is held out"
    )
    parser.add_argument(
        "--runoff-word-weight",
        type=float,
        default=DEFAULT_RUNOFF_WORD_WEIGHT,
        help="word weight of the runoff between the two best labels (4, the first stage's, turns it off)",
    )
    parser.add_argument(
        "--pooled", action="store_true", help="only the step's held-out report, pooled over the 5 folds"
    )
    args = parser.parse_args()
    lid_path, news_path = args.data / "lid_train.jsonl", args.data / "news_dev.jsonl"
    if not lid_path.exists() or not news_path.exists():
        print(f"data not found under {args.data} (need lid_train.jsonl and news_dev.jsonl); pass --data")
        return 0

    records = read_jsonl(lid_path)
    if args.pooled:
        return pooled(records, args.runoff_word_weight)
    train = [r for r in records if not is_held_out(r, args.fold)]
    test = [r for r in records if is_held_out(r, args.fold)]
    print(
        f"lid_train: {len(train)} train / {len(test)} held-out documents (fold {args.fold}, split by group)"
    )
    started = time.perf_counter()
    model = fit(((r["text"], r["lang"]) for r in train), runoff_word_weight=args.runoff_word_weight)
    print(f"trained in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        model_path = args.model_out or Path(tmp) / "langid-heldout.npz"
        model.save(model_path)
        step = LangId(LangIdOptions(model=str(model_path)))
        step.model  # noqa: B018 - load before timing

    gold = [r["lang"] for r in test]
    results = [step.identify(r["text"]) for r in test]
    report("saring langid (pycld2 + own model)", gold, [lang for lang, _, _ in results])
    unit_table(test, [lang for lang, _, _ in results])
    report("pycld2 alone", gold, [cld2_label(r["text"]) for r in test])
    peers = optional_peers()
    for name, peer in peers.items():
        report(name, gold, [peer(r["text"]) for r in test])

    joined = join_documents(test)
    joined_gold = [lang for lang, _ in joined]
    print(f"\n~1 KB documents: {len(joined)} made by joining held-out items of one language and unit")
    report("saring langid, ~1 KB documents", joined_gold, [step.identify(text)[0] for _, text in joined])
    report("pycld2 alone, ~1 KB documents", joined_gold, [cld2_label(text) for _, text in joined])
    for name, peer in peers.items():
        report(f"{name}, ~1 KB documents", joined_gold, [peer(text) for _, text in joined])

    news_docs = [r["text"] for r in read_jsonl(news_path)]
    news = [step.identify(text) for text in news_docs]
    labels = Counter(lang for lang, _, _ in news)
    print(
        f"\n== news_dev.jsonl ({len(news_docs)} real Indonesian articles): labels {dict(labels.most_common())}"
    )
    print(f"pycld2 alone labels ind: {sum(cld2_label(t) == 'ind' for t in news_docs) / len(news_docs):.2%}")
    non_ind = np.array([f for _, _, f in news])
    print(f"non_ind_fraction: median {np.median(non_ind):.3f}, p99 {np.quantile(non_ind, 0.99):.3f}")
    cld2_skipped = np.array([step.plainly_indonesian(step.model.verdict(text)) for text in news_docs])
    foreign = np.array([cld2_foreign_share(text, step) for text in news_docs])
    print(f"pycld2 asked for {1 - cld2_skipped.mean():.1%} of articles (the rest are plainly Indonesian)")
    for share in (0.05, 0.1, 0.2):
        print(
            f"  articles where pycld2 finds >= {share:.0%} foreign bytes: {(foreign >= share).sum()}, "
            f"of them skipped (non_ind_fraction 0): {(cld2_skipped & (foreign >= share)).sum()}"
        )
    threshold_table(gold, results, news)

    temperature_table(model, test)
    speed(step, news_docs[: args.speed_docs])
    return 0


def held_out_step(train: list[dict], runoff_word_weight: float) -> LangId:
    """The step with a model trained on ``train`` only."""
    model = fit(((r["text"], r["lang"]) for r in train), runoff_word_weight=runoff_word_weight)
    with tempfile.TemporaryDirectory() as tmp:
        model.save(Path(tmp) / "langid-heldout.npz")
        step = LangId(LangIdOptions(model=str(Path(tmp) / "langid-heldout.npz")))
        step.model  # noqa: B018 - load while the file exists
    return step


def pooled(records: list[dict], runoff_word_weight: float) -> int:
    """Every record labelled by the model that did not train on its fold: the least noisy comparison."""
    tested: list[dict] = []
    predicted: list[str] = []
    for fold in range(5):
        train = [r for r in records if not is_held_out(r, fold)]
        test = [r for r in records if is_held_out(r, fold)]
        step = held_out_step(train, runoff_word_weight)
        tested += test
        predicted += [step.identify(r["text"])[0] for r in test]
    report(f"saring langid, pooled over 5 folds (runoff word weight {runoff_word_weight:g})",
           [r["lang"] for r in tested], predicted)  # fmt: skip
    unit_table(tested, predicted)
    return 0


def join_documents(records: list[dict], size: int = 1000) -> list[tuple[str, str]]:
    """Consecutive held-out items of one language and unit joined into ~``size``-character documents.

    The issue's targets are stated on ~1 KB documents, while most lid_train items are one sentence.
    """
    buffers: dict[tuple[str, str], list[str]] = {}
    documents = []
    for record in records:
        key = (record["lang"], record["unit"])
        parts = buffers.setdefault(key, [])
        parts.append(record["text"])
        if sum(len(part) for part in parts) >= size:
            documents.append((key[0], " ".join(parts)))
            parts.clear()
    return documents


def temperature_table(model, test: list[dict]) -> None:
    """Held-out log loss of ``language_score`` per temperature: the default is the minimum."""
    index = {label: i for i, label in enumerate(model.labels)}
    rows = []
    for record in test:
        result = model.totals(record["text"])
        if result is not None:
            rows.append((result[0] / result[1], index[record["lang"]]))
    print("\n== temperature (held-out log loss of the softmax over per-feature mean scores)")
    for temperature in (1, 2, 4, 8, 16, 32):
        losses = []
        for mean, gold in rows:
            z = (mean - mean.max()) * temperature
            losses.append(np.log(np.exp(z).sum()) - z[gold])
        print(f"T={temperature:>3}: {np.mean(losses):.4f}")


def best_time(run: Callable[[], object], repeats: int = 3) -> float:
    """Process CPU seconds of the fastest run: the machine is shared, so wall time is noise."""
    times = []
    for _ in range(repeats):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times)


def speed(step: LangId, texts: list[str]) -> None:
    from saring.document import Document

    documents = [Document(str(i), text) for i, text in enumerate(texts)]
    size = sum(len(t.encode()) for t in texts) / len(texts)
    elapsed = best_time(lambda: [step.process(document) for document in documents])
    cld2_elapsed = best_time(lambda: [cld2_shares(text) for text in texts])
    print(
        f"\n== speed on {len(texts)} news_dev docs (mean {size:.0f} bytes), CPU time of one core, best of 3"
    )
    print(
        f"langid step: {len(texts) / elapsed:,.0f} docs/s; pycld2 alone: {len(texts) / cld2_elapsed:,.0f} docs/s"
    )


if __name__ == "__main__":
    sys.exit(main())
