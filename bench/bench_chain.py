"""End-to-end per-core throughput of a preset's document steps, against the floor and datatrove.

Issue 4's speed goal is about the whole document-level pipeline as a user runs it: read → every
document step of ``news-id`` (extract … pii, no deduplication) → write, on the 100k benchmark
corpus, one worker. This runs exactly that through ``saring.load(...).run``, the pass-through
floor (read + zstd + orjson + write Parquet) on the same files, and datatrove's FineWeb-2-style
chain (Gopher repetition → FineWeb → Gopher quality → C4, as in compare_quality.py) on a sample,
each in a fresh process. Rates are per CPU-second of that process (and its workers), so other
load on a shared machine inflates them less than wall-clock time would; wall rates are shown too.

    python bench/bench_chain.py                        # 100k docs, news-id
    python bench/bench_chain.py --preset web-id --datatrove-docs 1000
    python bench/bench_chain.py --steps normalize,news --datatrove-docs 0   # issue 3: the news step's share
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

import yaml

import saring
from bench_passthrough import DEFAULT_DATA, ROOT, build_corpus, floor, records
from saring.step import CorpusStep, get_step


def document_steps_yaml(preset: str, only: list[str] | None = None) -> str:
    """The preset's config with its corpus (deduplication) steps left out, or only the ``only`` steps."""
    text = (resources.files("saring") / "presets" / f"{preset}.yaml").read_text(encoding="utf-8")
    config = yaml.safe_load(text)
    steps = [entry for entry in config["steps"] if not issubclass(get_step(next(iter(entry))), CorpusStep)]
    if only:
        steps = [entry for entry in steps if next(iter(entry)) in only]
    return yaml.safe_dump({"name": f"{config['name']}-document-steps", "steps": steps}, sort_keys=False)


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_datatrove(files: list[Path], limit: int) -> int:
    from datatrove.data import Document as DatatroveDocument

    from compare_quality import datatrove_chain, datatrove_decision

    chain = datatrove_chain()
    count = 0
    for path in files:
        for record in records(path):
            datatrove_decision(chain, DatatroveDocument(text=record["text"], id=record["id"]))
            count += 1
            if count >= limit:
                return count
    return count


def child(mode: str, corpus: Path, preset: str, limit: int, only: list[str] | None) -> None:
    files = sorted(corpus.glob("part-*.jsonl.zst"))
    out = Path(tempfile.mkdtemp(prefix=f"bench-chain-{mode}-"))
    try:
        start_cpu, start = cpu_seconds(), time.perf_counter()
        if mode == "floor":
            count = floor(files, out)
        elif mode == "saring":
            stats = saring.load(yaml_text=document_steps_yaml(preset, only)).run(
                [str(f) for f in files], str(out), workers=1, overwrite=True
            )
            count = stats["input"]
        else:
            count = run_datatrove(files, limit)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - start_cpu
    finally:
        shutil.rmtree(out, ignore_errors=True)
    print(json.dumps({"docs": count, "seconds": seconds, "cpu_seconds": cpu}))


def measure(mode: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--corpus-dir", str(args.corpus_dir),
               "--preset", args.preset, "--datatrove-docs", str(args.datatrove_docs)]
    if args.steps:
        command += ["--steps", args.steps]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        return {"error": (result.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--preset", default="news-id")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpus-dir", type=Path, default=ROOT / "bench" / "out" / "passthrough-corpus")
    parser.add_argument("--datatrove-docs", type=int, default=2000,
                        help="documents for datatrove's chain (it runs at ~70 docs/s; 0 skips it)")
    parser.add_argument("--steps", help="only these document steps of the preset, comma-separated "
                        "(e.g. normalize,news for the news step's share of the floor)")
    parser.add_argument("--child")
    args = parser.parse_args()
    only = args.steps.split(",") if args.steps else None
    if args.child:
        child(args.child, args.corpus_dir, args.preset, args.datatrove_docs, only)
        return
    build_corpus(args.corpus_dir, args.docs, args.data)
    print(f"corpus: {args.docs:,} documents in {args.corpus_dir.name}; preset {args.preset}, document steps only:")
    print("  " + ", ".join(next(iter(entry)) for entry in yaml.safe_load(document_steps_yaml(args.preset, only))["steps"]))
    modes = [("floor (read+zstd+orjson+parquet)", "floor"), (f"saring {args.preset} document steps", "saring")]
    if args.datatrove_docs:
        modes.append((f"datatrove FineWeb-2 chain ({args.datatrove_docs:,} docs)", "datatrove"))
    rates = {}
    print(f"{'run':<46}{'docs/CPU-s':>12}{'docs/s wall':>13}")
    for label, mode in modes:
        result = measure(mode, args)
        if "error" in result:
            print(f"{label:<46}  failed: {result['error']}")
            continue
        rates[mode] = result["docs"] / result["cpu_seconds"]
        print(f"{label:<46}{rates[mode]:>12,.0f}{result['docs'] / result['seconds']:>13,.0f}")
    if "saring" in rates and "floor" in rates:
        print(f"\nsaring / floor: {rates['saring'] / rates['floor']:.2f}   (floor is {rates['floor'] / rates['saring']:.1f}x "
              "faster; issue 4 goal for all document steps: within ~6x, >= 5,000 docs/s)")
    if "saring" in rates and "datatrove" in rates:
        print(f"saring / datatrove: {rates['saring'] / rates['datatrove']:.0f}x   (issue 4 goal: >= 75x)")


if __name__ == "__main__":
    main()
