"""Executors: run a plan's tasks locally (process pool) or on a Ray cluster."""

from __future__ import annotations

from typing import Any, Protocol

from saring.run.plan import RunMismatchError, RunPlan, RunResult

__all__ = ["Executor", "RunMismatchError", "RunPlan", "RunResult", "make_executor"]


class Executor(Protocol):
    name: str

    def run(self, plan: RunPlan) -> dict[str, Any]: ...


def make_executor(name: str = "local", workers: int = 1, progress: bool = True,
                  ray_address: str | None = None) -> Executor:
    if name == "local":
        from saring.run.local import LocalExecutor

        return LocalExecutor(workers, progress)
    if name == "ray":
        try:
            from saring.run.ray import RayExecutor
        except ImportError as error:
            raise RuntimeError(f"the ray executor needs the ray extra: pip install 'saring[ray]' ({error})") from None
        return RayExecutor(workers, progress, ray_address)
    raise ValueError(f"unknown executor {name!r}; choose local or ray")
