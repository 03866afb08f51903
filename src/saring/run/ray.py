"""The Ray executor: the same plan and tasks as the local one, spread over a Ray cluster.

Every phase's tasks become Ray tasks (one CPU each). A worker that dies mid-task is retried by
Ray; tasks are idempotent (outputs renamed into place before their completion marker), so a retry
neither loses nor duplicates a document. Nothing funnels through the driver: tasks read and write
the output directory (local disk shared by the cluster, or object storage via fsspec) themselves
and return only their counters.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import ray
from tqdm import tqdm

from saring.run.plan import RunPlan

# Ray retries a task whose worker died this many times (system failures, not exceptions).
MAX_RETRIES = 4


def _call(function: Callable[..., Any], arguments: tuple[Any, ...]) -> Any:
    return function(*arguments)


class RayExecutor:
    name = "ray"

    def __init__(self, workers: int = 1, progress: bool = True, address: str | None = None) -> None:
        self.workers = max(1, workers)
        self.progress = progress
        self.address = address

    def _start(self) -> bool:
        """Join ``address`` or start a local Ray with ``workers`` CPUs; True if we started it."""
        if ray.is_initialized():
            return False
        if self.address:
            ray.init(address=self.address, log_to_driver=False)
        else:
            # Workers must import custom steps (`module:Class` in a config) the way this process does.
            extra = {"runtime_env": {"env_vars": {"PYTHONPATH": os.environ["PYTHONPATH"]}}} \
                if os.environ.get("PYTHONPATH") else {}
            ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False, **extra)
        return True

    def run(self, plan: RunPlan) -> dict[str, Any]:
        started = self._start()
        remote = ray.remote(num_cpus=1, max_retries=MAX_RETRIES)(_call)
        try:
            return plan.execute(lambda phase, calls, documents=False: self._phase(remote, phase, calls))
        finally:
            if started:
                ray.shutdown()

    def _phase(self, remote: Any, phase: str, calls: list[tuple[Callable[..., Any], tuple[Any, ...]]]) -> list[Any]:
        references = [remote.remote(function, arguments) for function, arguments in calls]
        index = {ref: i for i, ref in enumerate(references)}
        results: list[Any] = [None] * len(references)
        pending = list(references)
        with tqdm(total=len(references), unit="task", desc=f"{phase} (ray)", disable=not self.progress,
                  file=sys.stderr) as progress:
            while pending:
                done, pending = ray.wait(pending, num_returns=1, timeout=1.0)
                for reference in done:
                    results[index[reference]] = ray.get(reference)
                    progress.update(1)
        return results
