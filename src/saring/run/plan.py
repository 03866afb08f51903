"""A run's plan: which shards, which phases, and the accounting that closes it.

The plan is executor-agnostic: it hands each phase's list of task calls to a ``run_phase``
callback (a process pool, Ray, or a plain loop) and sums up the stats the tasks return. It also
guards resumption: an output directory remembers the config and shards it was started with,
and a run with different ones is refused instead of mixing two corpora.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from saring import __version__
from saring.config import PipelineConfig
from saring.io import ReadOptions, Shard, known_suffixes, plan_shards
from saring.io.files import InputError, Storage, expand_inputs, is_remote, storage_options
from saring.pipeline import Stats
from saring.run.tasks import (
    WORK,
    RunContext,
    apply_task,
    clear_temporaries,
    decide_task,
    document_task,
    index_task,
    storage_for,
)
from saring.step import get_step

RunPhase = Callable[..., list[Any]]


MAX_PARTITIONS = 256


def size_partitions(config: PipelineConfig, shards: int) -> PipelineConfig:
    """Give corpus steps that do not set ``partitions`` one partition per input shard.

    A partition's keys then weigh about what a shard's documents do, so memory per task stays
    flat as the corpus grows, and a small corpus is not spread over files of a few rows each.
    Which copy a dedup step keeps does not depend on the partition count.
    """
    steps = []
    for step in config.steps:
        cls = get_step(step.name)
        if not cls.document_level and "partitions" in cls.Options.model_fields and "partitions" not in step.options:
            step = step.model_copy(update={"options": {**step.options,
                                                       "partitions": max(1, min(shards, MAX_PARTITIONS))}})
        steps.append(step)
    return config.model_copy(update={"steps": steps})


def _inside(path: str, folder: str) -> bool:
    """Whether an input lies in the output directory (``run data/ -o data/out``): its files are not input."""
    if is_remote(path) or is_remote(folder):
        return path.startswith(folder.rstrip("/") + "/")
    return os.path.abspath(path).startswith(os.path.join(os.path.abspath(folder), ""))


class RunMismatchError(RuntimeError):
    """The output directory holds a run with another config or other inputs."""


@dataclass
class RunResult:
    output: str
    stats: Stats
    seconds: float
    shards: int

    def summary(self) -> dict[str, Any]:
        return {"output": self.output, "seconds": round(self.seconds, 3), "shards": self.shards,
                **self.stats.to_dict()}


class RunPlan:
    def __init__(self, inputs: list[str], output: str, config: PipelineConfig,
                 read_options: ReadOptions | None = None, format: str | None = None,
                 storage: dict[str, Any] | None = None, overwrite: bool = False) -> None:
        self.read_options = read_options or ReadOptions()
        if storage:
            storage_options(storage)
        files = [f for f in expand_inputs(inputs, known_suffixes()) if not _inside(f.path, output)]
        if not files:
            raise InputError(f"every input is inside the output directory {output}")
        self.inputs = [[f.path, f.size, f.modified] for f in files]
        self.shards: list[Shard] = plan_shards(files, self.read_options, format)
        config = size_partitions(config, len(self.shards))
        self.context = RunContext(output, config, self.read_options, format, dict(storage or {}))
        self.storage: Storage = storage_for(self.context)
        self.pipeline = config.build()
        self.overwrite = overwrite

    def _manifest(self) -> dict[str, Any]:
        return {
            "config": self.context.config.fingerprint(),
            "config_name": self.context.config.name,
            "shards": [shard.id for shard in self.shards],
            "inputs": self.inputs,
            "text_field": self.read_options.text_field,
            "id_field": self.read_options.id_field,
        }

    def prepare(self) -> None:
        """Start a fresh output, or check that an existing one belongs to this same run."""
        manifest = self._manifest()
        if self.storage.exists(WORK, "run.json"):
            previous = orjson.loads(self.storage.read_bytes(WORK, "run.json"))
            if self.overwrite:
                self._wipe()
            elif previous != manifest:
                what = "inputs that changed since" if previous.get("inputs") != manifest["inputs"] and \
                    previous.get("config") == manifest["config"] else "another config or other inputs than"
                raise RunMismatchError(
                    f"{self.context.output} holds a run with {what} this one; resuming would mix them: "
                    "use another output directory, or --overwrite to start it again"
                )
        elif self.storage.list() and not self.overwrite:
            unknown = [name for name in self.storage.list() if name not in ("documents", "removed", "errors")]
            if unknown:
                raise RunMismatchError(
                    f"{self.context.output} is not empty and is not a saring output; choose another directory"
                )
        elif self.overwrite:
            self._wipe()
        local = self.storage.local_path()
        if local:
            clear_temporaries(local)
        self.storage.makedirs()
        self.storage.write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2), WORK, "run.json")

    def _wipe(self) -> None:
        for folder in (WORK, "documents", "removed", "errors"):
            self.storage.remove_tree(folder)
        for name in ("stats.json", "report.html"):
            if self.storage.exists(name):
                self.storage.remove_tree(name)

    def execute(self, run_phase: RunPhase) -> dict[str, Any]:
        """Run every phase through ``run_phase(name, calls, documents=...)``; returns the stats dict."""
        started = time.perf_counter()
        self.prepare()
        context = self.context
        stats = Stats()
        reports = run_phase("documents", [(document_task, (context, shard)) for shard in self.shards],
                            documents=True)
        for report in reports:
            stats.merge(Stats.from_dict(report["stats"]))
        shard_ids = [shard.id for shard in self.shards]
        for number, step in enumerate(self.pipeline.corpus_steps, start=1):
            run_phase(f"{step.name}: index", [(index_task, (context, number, s)) for s in shard_ids])
            for round_number in range(step.rounds):
                run_phase(
                    f"{step.name}: decide" + (f" (round {round_number + 1})" if step.rounds > 1 else ""),
                    [(decide_task, (context, number, round_number, p)) for p in range(step.partitions)],
                )
            reports = run_phase(f"{step.name}: apply", [(apply_task, (context, number, s)) for s in shard_ids])
            for report in reports:
                stats.merge(Stats.from_dict(report["stats"]))
        stats.check()
        seconds = time.perf_counter() - started
        result = RunResult(context.output, stats, seconds, len(self.shards))
        summary = {"saring_version": __version__, "config": context.config.name,
                   "steps": [step.name for step in self.pipeline.steps], **result.summary()}
        self.storage.write_bytes(orjson.dumps(summary, option=orjson.OPT_INDENT_2), "stats.json")
        return summary
