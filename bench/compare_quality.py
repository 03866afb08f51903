"""saring's quality step + keep rules against datatrove's FineWeb-2-style chain, on real news.

Both run on the same documents (news_dev.jsonl after saring's normalize step, or the steps given
with ``--steps``). Speed is documents per CPU-second of this process, so other load on a shared
machine inflates it less than wall-clock time would. datatrove runs
Gopher repetition -> FineWeb quality -> Gopher quality -> C4 quality with FineWeb-2's ``ind_Latn``
thresholds and its ``ind`` word tokenizer (spaCy), as FineWeb-2's own pipeline sets them. Prints
docs/s for each, the drop rate per reason, and where the two decisions differ.

    .venv/bin/python bench/compare_quality.py [--data DIR] [--limit N] [--rules FILE]

Rules come from ``--rules`` (a YAML file holding a ``keep`` step, or a list of rules), else from
the ``news-id`` preset's keep rules on ``quality.*`` fields, else from the snippet proposed in
``tests/steps/test_quality.py``. Needs the ``bench`` extra (datatrove) and spaCy.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from saring.document import Document
from saring.step import Drop, get_step
from saring.steps.keep import Keep, KeepOptions, KeepRule
from saring.steps.quality import FINEWEB2_STOPWORDS, Quality

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"

# FineWeb-2 configs/ind_Latn.yml (huggingface/fineweb-2).
IND_LATN = {
    "dup_line_frac": 0.241,
    "top_n_grams": ((2, 0.194), (3, 0.166), (4, 0.145)),
    "dup_n_grams": ((5, 0.166), (6, 0.155), (7, 0.144), (8, 0.133), (9, 0.122), (10, 0.111)),
    "line_punct_thr": 0.111,
    "new_line_ratio": 0.157,
    "min_avg_word_length": 3,
    "max_avg_word_length": 12,
    "max_non_alpha_words_ratio": 0.805,
}


def load_documents(data: Path, limit: int | None, step_names: list[str]) -> list[Document]:
    """Read news_dev.jsonl and run the given steps (default: normalize) on each document."""
    steps = [get_step(name)() for name in step_names]
    documents = []
    with (data / "news_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            result: Document | Drop = Document(record["id"], record["text"])
            for step in steps:
                result = step.process(result)
                if isinstance(result, Drop):
                    break
            if isinstance(result, Document):
                documents.append(result)
            if limit and len(documents) >= limit:
                break
    return documents


def _rules_from_steps(steps: Any) -> list[KeepRule]:
    rules: list[KeepRule] = []
    for step in steps or []:
        if isinstance(step, dict) and "keep" in step:
            rules.extend(KeepOptions(**step["keep"]).rules)
    return [rule for rule in rules if rule.field.startswith("quality.")]


def load_rules(path: Path | None) -> tuple[list[KeepRule], str]:
    if path is not None:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(loaded, list) and loaded and "reason" in loaded[0]:
            return [KeepRule(**rule) for rule in loaded], str(path)
        return _rules_from_steps(loaded), str(path)
    preset = REPO / "src" / "saring" / "presets" / "news-id.yaml"
    rules = _rules_from_steps(yaml.safe_load(preset.read_text(encoding="utf-8")).get("steps"))
    if not rules:
        raise SystemExit("presets/news-id.yaml has no keep rules")
    return rules, "presets/news-id.yaml"


def run_saring(documents: list[Document], rules: list[KeepRule]) -> tuple[list[str], list[dict], float]:
    quality, keep = Quality(), Keep(KeepOptions(rules=rules))
    texts = [document.text for document in documents]
    decisions, signals = [], []
    start = time.process_time()
    for text in texts:
        document = quality.process(Document("b", text))
        result = keep.process(document)
        decisions.append(result.reason if isinstance(result, Drop) else "keep")
        signals.append(document.metadata["quality"])
    return decisions, signals, time.process_time() - start


def datatrove_chain() -> list[Any]:
    from datatrove.pipeline.filters import (
        C4QualityFilter,
        FineWebQualityFilter,
        GopherQualityFilter,
        GopherRepetitionFilter,
    )

    language = "ind"
    return [
        GopherRepetitionFilter(
            language=language,
            dup_para_frac=0,
            dup_line_char_frac=0,
            dup_para_char_frac=0,
            dup_line_frac=IND_LATN["dup_line_frac"],
            top_n_grams=IND_LATN["top_n_grams"],
            dup_n_grams=IND_LATN["dup_n_grams"],
        ),
        FineWebQualityFilter(
            language=language,
            short_line_thr=999,
            char_duplicates_ratio=0.1,
            line_punct_thr=IND_LATN["line_punct_thr"],
            new_line_ratio=IND_LATN["new_line_ratio"],
        ),
        GopherQualityFilter(
            language=language,
            min_avg_word_length=IND_LATN["min_avg_word_length"],
            max_avg_word_length=IND_LATN["max_avg_word_length"],
            max_non_alpha_words_ratio=IND_LATN["max_non_alpha_words_ratio"],
            stop_words=sorted(FINEWEB2_STOPWORDS),
            min_stop_words=2,
        ),
        C4QualityFilter(language=language, filter_no_terminal_punct=False),
    ]


def run_datatrove(documents: list[Document]) -> tuple[list[str], float]:
    from datatrove.data import Document as DatatroveDocument

    chain = datatrove_chain()
    peers = [DatatroveDocument(text=document.text, id=document.id) for document in documents]
    chain[0].filter(DatatroveDocument(text="Pemanasan tokenizer dan model.", id="warmup"))
    start = time.process_time()
    decisions = [datatrove_decision(chain, peer) for peer in peers]
    return decisions, time.process_time() - start


def datatrove_decision(chain: list[Any], peer: Any) -> str:
    """``keep``, or the reason (else the name) of the first of datatrove's filters that drops ``peer``."""
    for step in chain:
        verdict = step.filter(peer)
        if verdict is not True and not (isinstance(verdict, tuple) and verdict[0]):
            return verdict[1] if isinstance(verdict, tuple) else step.name
    return "keep"


def report_rates(name: str, decisions: list[str]) -> None:
    total = len(decisions)
    counts = Counter(decisions)
    dropped = total - counts["keep"]
    print(f"\n{name}: dropped {dropped}/{total} ({dropped / total:.1%})")
    for reason, count in counts.most_common():
        if reason != "keep":
            print(f"  {reason:28s} {count:5d}  {count / total:6.2%}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="documents to use (default: all)")
    parser.add_argument("--rules", type=Path, default=None)
    parser.add_argument(
        "--steps",
        default="normalize",
        help="comma-separated saring steps run before both (e.g. normalize,news)",
    )
    args = parser.parse_args()
    if not (args.data / "news_dev.jsonl").exists():
        print(f"no news_dev.jsonl under {args.data}; pass --data DIR", file=sys.stderr)
        return 0
    try:
        import datatrove  # noqa: F401
        import spacy  # noqa: F401
    except ImportError as error:
        print(f"{error.name} is not installed: pip install -e '.[bench]' spacy", file=sys.stderr)
        return 0

    documents = load_documents(args.data, args.limit, args.steps.split(","))
    rules, source = load_rules(args.rules)
    mean_chars = sum(len(d.text) for d in documents) / len(documents)
    print(f"{len(documents)} documents (mean {mean_chars:.0f} chars after {args.steps}); rules from {source}")

    ours, signals, our_seconds = run_saring(documents, rules)
    theirs, their_seconds = run_datatrove(documents)
    our_rate, their_rate = len(documents) / our_seconds, len(documents) / their_seconds
    print("\ndocs per CPU-second (one process, one core):")
    print(f"saring quality + keep : {our_rate:9.0f} docs/s")
    print(f"datatrove chain       : {their_rate:9.0f} docs/s")
    print(f"ratio                 : {our_rate / their_rate:9.1f}x")

    report_rates("saring", ours)
    report_rates("datatrove", theirs)

    print("\nagreement:")
    both = Counter((a == "keep", b == "keep") for a, b in zip(ours, theirs, strict=True))
    print(
        f"  both keep {both[True, True]}, both drop {both[False, False]}, "
        f"only saring drops {both[False, True]}, only datatrove drops {both[True, False]}"
    )
    pairs = Counter((a, b) for a, b in zip(ours, theirs, strict=True) if (a == "keep") != (b == "keep"))
    for (a, b), count in pairs.most_common(12):
        print(f"  saring {a:26s} datatrove {b:26s} {count:5d}")
    alpha = sorted(s["alpha_word_frac"] for s in signals)
    print(
        f"\nsaring alpha_word_frac: min {alpha[0]:.3f}, p1 {alpha[len(alpha) // 100]:.3f}, "
        f"median {alpha[len(alpha) // 2]:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
