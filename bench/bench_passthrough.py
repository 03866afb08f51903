"""Pass-through throughput: saring (read → normalise → write) against the floor, in one run.

The floor is what any tool must pay: read + zstd-decompress + orjson-parse + write Parquet (zstd),
with the same libraries and no pipeline. saring runs the same files with only its `normalize`
step, with 1 and 2 workers; datatrove's own pass-through (JsonlReader → JsonlWriter) runs beside
them when it is installed. Each measurement runs in a fresh process; peak RSS is that process's
(and its workers').

    python bench/bench_passthrough.py                      # 100k docs from ../shared/data news
    python bench/bench_passthrough.py --docs 200000 --corpus-dir /tmp/corpus
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
PARTS = 8


def build_corpus(folder: Path, docs: int, data: Path) -> list[Path]:
    """``docs`` documents in PARTS .jsonl.zst files: real news when available, else generated."""
    folder.mkdir(parents=True, exist_ok=True)
    files = sorted(folder.glob("part-*.jsonl.zst"))
    if len(files) == PARTS and (folder / f"count-{docs}").exists():
        return files
    source = data / "news_dev.jsonl"
    if source.exists():
        texts = [json.loads(line)["text"] for line in source.open()]
        origin = "news_dev.jsonl (real Indonesian news, cycled)"
    else:
        from saring.data.generate import generate_corpus

        texts = [generated.record["text"] for generated in generate_corpus(min(docs, 20_000))]
        origin = "saring.data.generate"
    per_part = -(-docs // PARTS)
    compressor = zstandard.ZstdCompressor(level=3)
    for part in range(PARTS):
        lines = []
        for i in range(part * per_part, min(docs, (part + 1) * per_part)):
            lines.append(orjson.dumps({"id": f"doc-{i:08d}", "text": texts[i % len(texts)]}))
        (folder / f"part-{part}.jsonl.zst").write_bytes(compressor.compress(b"\n".join(lines) + b"\n"))
    (folder / f"count-{docs}").write_text(origin)
    return sorted(folder.glob("part-*.jsonl.zst"))


def records(path: Path) -> Iterator[dict]:
    """The records of one .jsonl.zst file: stream-decompressed, parsed with orjson."""
    with path.open("rb") as raw:
        for line in io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw), 1 << 20):
            yield orjson.loads(line)


def floor(files: list[Path], out: Path) -> int:
    """read + decompress + parse + write Parquet, the cheapest honest pass-through."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for index, path in enumerate(files):
        ids, texts = [], []
        for record in records(path):
            ids.append(record["id"])
            texts.append(record["text"])
        count += len(ids)
        pq.write_table(
            pa.table({"id": ids, "text": texts}), out / f"part-{index}.parquet", compression="zstd"
        )
    return count


def saring_run(files: list[Path], out: Path, workers: int) -> int:
    import saring

    sieve = saring.load(yaml_text="name: passthrough\nsteps:\n  - normalize: {}\n")
    stats = sieve.run([str(f) for f in files], str(out), workers=workers, overwrite=True)
    return stats["kept"] + stats["removed"]


def datatrove_run(files: list[Path], out: Path, workers: int) -> int:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    folder = str(files[0].parent)
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(folder, glob_pattern="*.jsonl.zst", compression="zstd"),
            JsonlWriter(str(out / "data")),
        ],
        tasks=PARTS,
        workers=workers,
        logging_dir=str(out / "logs"),
    )
    executor.run()
    return sum(1 for f in (out / "data").glob("*.jsonl.gz") for _ in __import__("gzip").open(f))


def child(mode: str, corpus: Path, workers: int) -> None:
    files = sorted(corpus.glob("part-*.jsonl.zst"))
    out = Path(tempfile.mkdtemp(prefix=f"bench-{mode}-"))
    if mode == "saring":
        # Imported before the clock, like the floor's libraries (imported at the top of this file):
        # the figure is throughput, not interpreter start-up. Building the pipeline stays timed.
        import saring  # noqa: F401
    try:
        start = time.perf_counter()
        if mode == "floor":
            count = floor(files, out)
        elif mode == "saring":
            count = saring_run(files, out, workers)
        else:
            count = datatrove_run(files, out, workers)
        seconds = time.perf_counter() - start
    finally:
        shutil.rmtree(out, ignore_errors=True)
    rss = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    print(json.dumps({"docs": count, "seconds": seconds, "peak_rss_mb": rss / 1024}))


def measure(mode: str, corpus: Path, workers: int) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--workers", str(workers), "--corpus-dir", str(corpus)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        return {"error": result.stderr.strip().splitlines()[-1] if result.stderr else "failed"}
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpus-dir", type=Path, default=ROOT / "bench" / "out" / "passthrough-corpus")
    parser.add_argument("--child")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--skip-datatrove", action="store_true")
    args = parser.parse_args()
    if args.child == "build":
        files = build_corpus(args.corpus_dir, args.docs, args.data)
        decompress = zstandard.ZstdDecompressor().decompress
        lines = (line for f in files for line in decompress(f.read_bytes(), max_output_size=1 << 31).splitlines())
        print(json.dumps({"megabytes": sum(len(orjson.loads(line)["text"].encode()) for line in lines) / 1e6}))
        return
    if args.child:
        child(args.child, args.corpus_dir, args.workers)
        return
    # Built in a child: peak RSS survives exec, so this process must stay small for the children's
    # figures to be their own.
    built = subprocess.run([sys.executable, __file__, "--child", "build", "--docs", str(args.docs), "--data",
                            str(args.data), "--corpus-dir", str(args.corpus_dir)], capture_output=True, text=True,
                           check=True)
    megabytes = json.loads(built.stdout.strip().splitlines()[-1])["megabytes"]
    print(
        f"corpus: {args.docs:,} documents, {megabytes:.1f} MB of text, {PARTS} .jsonl.zst files "
        f"({(args.corpus_dir / f'count-{args.docs}').read_text()}); cores: {os.cpu_count()}"
    )
    runs = [
        ("floor (read+zstd+orjson+parquet)", "floor", 1),
        ("saring pass-through, 1 worker", "saring", 1),
        ("saring pass-through, 2 workers", "saring", 2),
    ]
    if not args.skip_datatrove:
        runs.append(("datatrove JsonlReader→JsonlWriter, 1 worker", "datatrove", 1))
    results = {}
    print(f"{'run':<46}{'docs/s':>10}{'MB/s':>8}{'peak RSS MB':>13}")
    for label, mode, workers in runs:
        result = measure(mode, args.corpus_dir, workers)
        results[(mode, workers)] = result
        if "error" in result:
            print(f"{label:<46}  failed: {result['error']}")
            continue
        rate = result["docs"] / result["seconds"]
        print(f"{label:<46}{rate:>10,.0f}{megabytes / result['seconds']:>8.1f}{result['peak_rss_mb']:>13.0f}")
    floor_rate = _rate(results[("floor", 1)])
    one, two = _rate(results[("saring", 1)]), _rate(results[("saring", 2)])
    print(f"\nsaring 1 worker / floor: {one / floor_rate:.2f}  (floor is {floor_rate / one:.2f}x faster)")
    print(f"saring 2 workers / 1 worker: {two / one:.2f}")
    if ("datatrove", 1) in results and "error" not in results[("datatrove", 1)]:
        print(f"saring 1 worker / datatrove 1 worker: {one / _rate(results[('datatrove', 1)]):.1f}x")


def _rate(result: dict) -> float:
    return result["docs"] / result["seconds"] if "docs" in result else float("nan")


if __name__ == "__main__":
    main()
