"""The local executor: worker processes over shards, a live progress bar, resumable.

With one worker everything runs in this process (easy to profile and debug). With more, a
process pool runs the tasks of each phase; workers report progress through shared counters that
the parent polls for the bar.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

import pyarrow as pa
from tqdm import tqdm

from saring.io import Shard
from saring.run.plan import RunPlan
from saring.run.tasks import RunContext, apply_task, decide_task, document_task, index_task, pipeline_for

_COUNTERS: Any = None


def _init_worker(counters: Any) -> None:
    global _COUNTERS
    _COUNTERS = counters


def _report(documents: int, text_bytes: int, kept: int) -> None:
    if _COUNTERS is not None:
        with _COUNTERS.get_lock():
            _COUNTERS[0] += documents
            _COUNTERS[1] += text_bytes
            _COUNTERS[2] += kept
        on_update = getattr(_COUNTERS, "on_update", None)  # only the in-process counters have one
        if on_update is not None:
            on_update()


def _document_task(context: RunContext, shard: Shard) -> dict[str, Any]:
    return document_task(context, shard, _report)


def _pool_context() -> mp.context.BaseContext:
    """Fork the workers from this process, unless it runs other threads.

    Forking is the cheapest start and, unlike a fork server or spawn, does not re-run the
    caller's script in each worker (a script without a ``__main__`` guard keeps working). But
    forking a process with running threads (Ray, gRPC, a notebook's event loop) can deadlock or
    crash the child, so then the workers come from a clean fork server instead.
    """
    if threading.active_count() == 1:
        return mp.get_context("fork")
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(["saring.run.tasks"])
    return context


class ProgressBar:
    """Tasks done per phase; documents/s, text MB/s and kept % while the document steps run."""

    def __init__(self, total: int, enabled: bool, description: str, documents: bool) -> None:
        self.bar = tqdm(total=total, unit="task", desc=description, disable=not enabled, file=sys.stderr,
                        dynamic_ncols=True, leave=True)
        self.documents = documents
        """Only the document phase counts documents; corpus phases show tasks done."""
        self.start = self.shown = time.perf_counter()

    def update(self, counters: Any, shards_done: int, throttle: bool = False) -> None:
        now = time.perf_counter()
        if self.bar.disable or (throttle and now - self.shown < 0.5):
            return
        self.shown = now
        self.bar.n = shards_done
        if not self.documents:
            self.bar.refresh()
            return
        documents, text_bytes, kept = counters[0], counters[1], counters[2]
        elapsed = max(now - self.start, 1e-9)
        self.bar.set_postfix_str(
            f"{documents:,} docs, {documents / elapsed:,.0f} docs/s, {text_bytes / elapsed / 1e6:.1f} MB/s, "
            f"kept {100 * kept / max(documents, 1):.1f}%",
            refresh=True,
        )

    def close(self) -> None:
        self.bar.close()


class LocalExecutor:
    """Runs a :class:`RunPlan` on this machine with ``workers`` processes."""

    name = "local"

    def __init__(self, workers: int = 1, progress: bool = True) -> None:
        self.workers = max(1, workers)
        self.progress = progress

    def run(self, plan: RunPlan) -> dict[str, Any]:
        context = _pool_context()
        if self.workers > 1 and context.get_start_method() == "fork":
            _warm_up(plan)
        counters = context.Array("q", 3) if self.workers > 1 else _LocalCounters()
        if self.workers == 1:
            _init_worker(counters)
        pool = (
            ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker, initargs=(counters,))
            if self.workers > 1
            else None
        )
        try:
            return plan.execute(lambda phase, calls, documents=False: self._phase(pool, counters, phase, calls,
                                                                                  documents))
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            _init_worker(None)

    def _phase(self, pool: ProcessPoolExecutor | None, counters: Any, phase: str,
               calls: list[tuple[Callable[..., Any], tuple[Any, ...]]], documents: bool) -> list[Any]:
        progress = ProgressBar(len(calls), self.progress, phase, documents)
        results: list[Any] = [None] * len(calls)
        try:
            if pool is None:
                done = 0
                # In-process, the task itself refreshes the bar (at most twice a second).
                counters.on_update = lambda: progress.update(counters, done, throttle=True)
                for index, (function, arguments) in enumerate(calls):
                    results[index] = _local(function)(*arguments)
                    done = index + 1
                    progress.update(counters, done)
                counters.on_update = None
                return results
            futures: dict[Future, int] = {
                pool.submit(_local(function), *arguments): index for index, (function, arguments) in enumerate(calls)
            }
            pending: Iterable[Future] = set(futures)
            done_count = 0
            while pending:
                done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    results[futures[future]] = future.result()
                    done_count += 1
                progress.update(counters, done_count)
            return results
        finally:
            progress.close()


def _warm_up(plan: RunPlan) -> None:
    """Build the pipeline and load pyarrow's conversion code once, before forking: each worker
    inherits them instead of paying for them itself (~0.2 s of CPU per worker, ~10% of a 100k
    pass-through), which is what lets 2 workers approach twice the speed of one."""
    pipeline_for(plan.context)
    pa.array([""])


class _LocalCounters(list):
    """Counters for the in-process path, with the lock interface of a shared array."""

    def __init__(self) -> None:
        super().__init__([0, 0, 0])
        self.on_update: Callable[[], None] | None = None

    def get_lock(self) -> Any:
        from contextlib import nullcontext

        return nullcontext()


def _local(function: Callable[..., Any]) -> Callable[..., Any]:
    """Document tasks report progress to the shared counters in this executor."""
    return _document_task if function is document_task else function


__all__ = ["LocalExecutor", "apply_task", "decide_task", "index_task"]
