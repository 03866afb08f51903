"""Ray's overhead against the local executor, and scaling from 1 to 2 workers, in one run.

The same corpus and preset go through both executors; each measurement runs in a fresh process.
Ray's start-up (a local cluster) is reported apart from the run itself, since a real cluster is
started once for many runs.

    python bench/bench_ray.py                          # 20k docs, news-id preset
    python bench/bench_ray.py --docs 100000 --preset web-id
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_passthrough import DEFAULT_DATA, ROOT, build_corpus


def child(executor: str, workers: int, corpus: Path, preset: str) -> None:
    import saring
    from saring.run.plan import RunPlan

    files = [str(p) for p in sorted(corpus.glob("part-*.jsonl.zst"))]
    out = Path(tempfile.mkdtemp(prefix=f"bench-{executor}-"))
    sieve = saring.load(preset=preset)
    startup = 0.0
    try:
        if executor == "ray":
            import ray

            from saring.run.ray import RayExecutor

            began = time.perf_counter()
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
            startup = time.perf_counter() - began
            runner = RayExecutor(workers, progress=False)
        else:
            from saring.run.local import LocalExecutor

            runner = LocalExecutor(workers, progress=False)
        began = time.perf_counter()
        stats = runner.run(RunPlan(files, str(out), sieve.config))
        seconds = time.perf_counter() - began
    finally:
        shutil.rmtree(out, ignore_errors=True)
    print(json.dumps({"docs": stats["input"], "kept": stats["kept"], "seconds": seconds, "startup": startup}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--preset", default="news-id")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpus-dir", type=Path, default=ROOT / "bench" / "out" / "ray-corpus")
    parser.add_argument("--child")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.workers, args.corpus_dir, args.preset)
        return
    build_corpus(args.corpus_dir, args.docs, args.data)
    print(f"corpus: {args.docs:,} documents in 8 .jsonl.zst files; preset {args.preset}")
    print(f"{'executor':<10}{'workers':>8}{'seconds':>10}{'docs/s':>10}{'start-up s':>12}")
    results = {}
    for executor in ("local", "ray"):
        for workers in (1, 2):
            run = subprocess.run([sys.executable, __file__, "--child", executor, "--workers", str(workers),
                                  "--corpus-dir", str(args.corpus_dir), "--preset", args.preset],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{executor:<10}{workers:>8}  failed: {run.stderr.strip().splitlines()[-1]}")
                continue
            result = json.loads(run.stdout.strip().splitlines()[-1])
            results[(executor, workers)] = result
            print(f"{executor:<10}{workers:>8}{result['seconds']:>10.2f}{result['docs'] / result['seconds']:>10,.0f}"
                  f"{result['startup']:>12.2f}")
    if ("local", 2) in results and ("ray", 2) in results:
        overhead = results[("ray", 2)]["seconds"] / results[("local", 2)]["seconds"] - 1
        print(f"\nRay vs local at 2 workers: {100 * overhead:+.1f}% time (start-up excluded)")
    for executor in ("local", "ray"):
        if (executor, 1) in results and (executor, 2) in results:
            speedup = results[(executor, 1)]["seconds"] / results[(executor, 2)]["seconds"]
            print(f"{executor}: 2 workers / 1 worker = {speedup:.2f}x")


if __name__ == "__main__":
    main()
