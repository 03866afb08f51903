"""Speed of minhash_dedup: signatures/s against peers, and end-to-end time with peak RSS.

    PYTHONPATH=src .venv/bin/python bench/bench_dedup.py [--docs 100000] [--peer-docs 10000]
        [--data ../shared/data] [--skip-datatrove-stages] [--only-end-to-end] [--bands 14 --rows 8]

The corpus is recombined from news_dev sentences (or, without --data, generated articles): each
document is 10-22 random sentences (~2 KB); 10% are edited copies of an earlier document, so
clustering has real work. Documents are rebuilt per shard from their number, so the driver holds
one shard at a time and peak RSS is the step's, not the corpus's.

Peers run in the same process on the first --peer-docs documents of the same corpus (datatrove's
~124 docs/s would take 15 minutes on 100k): datatrove's MinhashDedupSignature and its 4 stages,
datasketch MinHash in a plain loop, rensa RMinHash in a plain loop (both with Python 5-gram
shingling). All use 5-word shingles; permutations as each peer's default configuration or ours.
Times are CPU seconds of this process (``time.process_time``, all threads): on a shared machine
wall time measures the neighbours.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dedup_corpus import TOPICS, ArticleMaker, run_spilled
from saring.dedup.minhash import MinhashDedup, MinhashDedupOptions, words
from saring.document import Document

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class Corpus:
    """Document ``i`` is a pure function of ``i`` and the sentence pool."""

    def __init__(self, pool: list[str]) -> None:
        self.pool = pool

    def base(self, i: int) -> list[str]:
        rng = random.Random(i * 7919 + 1)
        return [rng.choice(self.pool) for _ in range(rng.randint(10, 22))]

    def text(self, i: int) -> str:
        rng = random.Random(i)
        if i > 0 and rng.random() < 0.1:
            sentences = self.base(rng.randrange(i))
            sentences[rng.randrange(len(sentences))] = rng.choice(self.pool)
            if rng.random() < 0.5:
                sentences.append(rng.choice(self.pool))
        else:
            sentences = self.base(i)
        return " ".join(sentences)

    def documents(self, start: int, stop: int) -> list[Document]:
        return [Document(f"doc-{i:08d}", self.text(i)) for i in range(start, stop)]


def sentence_pool(data: Path) -> list[str]:
    news = data / "news_dev.jsonl"
    if news.exists():
        texts = [json.loads(line)["text"] for line in news.open()]
        print(f"corpus: sentences recombined from {news}")
    else:
        maker = ArticleMaker(1)
        texts = [
            " ".join(" ".join(p) for p in maker.article(t)[0]) for t in sorted(TOPICS) for _ in range(400)
        ]
        print(f"corpus: {news} not found; sentences of generated articles")
    return [s.strip() for t in texts for s in SENTENCE_END.split(t) if len(s.strip()) > 20]


def rate(label: str, count: int, seconds: float, ours: float | None = None) -> float:
    ratio = f"  (saring is {ours / (count / seconds):.1f}x)" if ours else ""
    print(f"{label:<46} {count / seconds:>10,.0f} docs/s  ({count:,} docs, {seconds:.1f} CPU s){ratio}")
    return count / seconds


def ours_signatures(corpus: Corpus, docs: int, shard: int) -> float:
    step = MinhashDedup()
    total = 0.0
    for start in range(0, docs, shard):
        texts = [d.text for d in corpus.documents(start, min(docs, start + shard))]
        t = time.process_time()
        step.signer.sign(texts)
        total += time.process_time() - t
    return rate(f"saring Signer.sign ({step.permutations} perms)", docs, total)


def shingle_strings(text: str) -> list[str]:
    w = words(text)
    return [" ".join(w[i : i + 5]) for i in range(max(1, len(w) - 4))]


def split_tokenizer():
    """A whitespace WordTokenizer for datatrove when spaCy is absent (faster than the real one)."""
    from datatrove.utils.word_tokenizers import WordTokenizer

    class Split(WordTokenizer):
        def word_tokenize(self, text: str) -> list[str]:
            return text.split()

        def sent_tokenize(self, text: str) -> list[str]:
            return text.split("\n")

        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            raise NotImplementedError

    return Split()


def peers(corpus: Corpus, docs: int, ours: float, end_to_end_rate: float, datatrove_stages: bool) -> None:
    texts = [d.text for d in corpus.documents(0, docs)]
    try:
        from datasketch import MinHash

        t = time.process_time()
        for text in texts:
            m = MinHash(num_perm=100, seed=1)
            m.update_batch([s.encode() for s in shingle_strings(text)])
        rate("datasketch MinHash loop (100 perms)", docs, time.process_time() - t, ours)
    except ImportError:
        print("datasketch not installed: skipped")
    try:
        from rensa import RMinHash

        t = time.process_time()
        for text in texts:
            m = RMinHash(num_perm=100, seed=1)
            m.update(shingle_strings(text))
            m.digest()
        rate("rensa RMinHash loop (100 perms)", docs, time.process_time() - t, ours)
    except ImportError:
        print("rensa not installed: skipped")
    try:
        from datatrove.data import Document as DatatroveDocument
        from datatrove.pipeline.dedup.minhash import (
            MinhashConfig,
            MinhashDedupBuckets,
            MinhashDedupCluster,
            MinhashDedupFilter,
            MinhashDedupSignature,
        )
    except ImportError:
        print("datatrove not installed: skipped")
        return
    from loguru import logger

    logger.remove()
    config = MinhashConfig()
    with tempfile.TemporaryDirectory() as folder:

        def documents():
            return (DatatroveDocument(text=text, id=str(i)) for i, text in enumerate(texts))

        try:
            language = "ind"
            signer = MinhashDedupSignature(f"{folder}/sigs", config=config, language=language)
        except ImportError as error:
            # Its Indonesian tokenizer is spaCy's; str.split is faster, so this flatters datatrove.
            print(f"datatrove's 'ind' tokenizer unavailable ({str(error).splitlines()[0]}); using str.split")
            language = "str.split"
            signer = MinhashDedupSignature(f"{folder}/sigs", config=config, language=split_tokenizer())
        t = time.process_time()
        signer.run(documents(), 0, 1)
        signing = time.process_time() - t
        rate(
            f"datatrove MinhashDedupSignature ({config.num_buckets * config.hashes_per_bucket} perms)",
            docs,
            signing,
            ours,
        )
        if not datatrove_stages:
            return
        t = time.process_time()
        for bucket in range(config.num_buckets):
            MinhashDedupBuckets(f"{folder}/sigs", f"{folder}/buckets", config=config).run(
                None, bucket, config.num_buckets
            )
        MinhashDedupCluster(f"{folder}/buckets", f"{folder}/remove", config=config).run(None, 0, 1)
        kept = sum(1 for _ in MinhashDedupFilter(f"{folder}/remove").run(documents(), 0, 1))
        rest = time.process_time() - t
        rate("datatrove 4 stages end to end", docs, signing + rest, end_to_end_rate)
        with tempfile.TemporaryDirectory() as ours_folder:
            shards = [corpus.documents(0, docs)]
            ours_dropped = run_spilled(MinhashDedup(), shards, ours_folder, count_only=True)
        print(
            f"  on these documents datatrove kept {kept:,}, saring kept {docs - ours_dropped:,} of {docs:,}"
        )


def end_to_end(corpus: Corpus, docs: int, shard: int, options: MinhashDedupOptions) -> float:
    step = MinhashDedup(options)
    shards = range(0, docs, shard)

    building = [0.0, 0.0]

    class Lazy(list):
        """Shards rebuilt on access, so only one is alive at a time; building them is not timed."""

        def __iter__(self):
            for start in shards:
                t, wall = time.process_time(), time.perf_counter()
                documents = corpus.documents(start, min(docs, start + shard))
                building[0] += time.process_time() - t
                building[1] += time.perf_counter() - wall
                yield documents

    with tempfile.TemporaryDirectory() as folder:
        t, wall = time.process_time(), time.perf_counter()
        dropped = run_spilled(step, Lazy(), folder, count_only=True)
        elapsed = time.process_time() - t - building[0]
        wall = time.perf_counter() - wall - building[1]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ours = rate("saring minhash_dedup end to end, 1 worker", docs, elapsed)
    print(
        f"  dropped {dropped:,} as minhash_duplicate; peak RSS {peak:,.0f} MiB; "
        f"{elapsed / docs * 1e5:.1f} CPU s ({wall / docs * 1e5:.1f} s wall) per 100k documents"
    )
    return ours


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--peer-docs", type=int, default=10_000)
    parser.add_argument("--shard", type=int, default=10_000)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--skip-datatrove-stages", action="store_true")
    parser.add_argument("--only-end-to-end", action="store_true", help="for peak RSS at a given --docs")
    parser.add_argument("--bands", type=int, help="end to end with other bands (default: the step's)")
    parser.add_argument("--rows", type=int, help="end to end with other rows per band (default: the step's)")
    args = parser.parse_args()
    corpus = Corpus(sentence_pool(args.data))
    shape = {k: v for k, v in (("bands", args.bands), ("rows", args.rows)) if v is not None}
    whole = end_to_end(corpus, args.docs, args.shard, MinhashDedupOptions(**shape))
    if args.only_end_to_end:
        return
    ours = ours_signatures(corpus, args.docs, args.shard)
    peers(corpus, args.peer_docs, ours, whole, not args.skip_datatrove_stages)


if __name__ == "__main__":
    main()
