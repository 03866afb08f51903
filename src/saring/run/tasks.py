"""The units of work of a run, shared by every executor.

A run is: one *document task* per input shard (read → document steps → write), then for each
corpus step (deduplication) an *index task* per shard, *decide tasks* per partition and round,
and an *apply task* per shard. Each task writes its outputs under temporary names, renames them
into place, and only then writes its completion marker; a task whose marker exists is skipped, so
re-running an interrupted run finishes it without losing or duplicating a document.

Tasks are plain functions of picklable arguments, so the local process pool and Ray run the same
code. Work files live under ``OUT/_saring/``.
"""

from __future__ import annotations

import gc
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from saring.config import PipelineConfig
from saring.document import Document
from saring.io import ReadError, ReadOptions, Shard, reader_for
from saring.io.files import Storage, storage_options
from saring.io.output import DocumentSink, ErrorSink, RemovedSink, read_documents
from saring.pipeline import Failed, Pipeline, Removed, Stats

WORK = "_saring"
PROGRESS_EVERY = 256


@dataclass(frozen=True)
class RunContext:
    """Everything a task needs, small enough to send to another process or machine."""

    output: str
    config: PipelineConfig
    read_options: ReadOptions
    format: str | None = None
    storage: dict[str, Any] = field(default_factory=dict)


_PIPELINES: dict[str, Pipeline] = {}


def pipeline_for(context: RunContext) -> Pipeline:
    """Build the pipeline once per process (model files and regexes load once)."""
    key = context.config.fingerprint()
    if key not in _PIPELINES:
        _PIPELINES[key] = context.config.build()
    return _PIPELINES[key]


def storage_for(context: RunContext) -> Storage:
    if context.storage:
        storage_options(context.storage)
    return Storage(context.output)


def marker_name(task: str) -> tuple[str, str, str]:
    return (WORK, "markers", f"{task}.json")


def read_marker(storage: Storage, task: str) -> dict[str, Any] | None:
    if not storage.exists(*marker_name(task)):
        return None
    return orjson.loads(storage.read_bytes(*marker_name(task)))


def write_marker(storage: Storage, task: str, payload: dict[str, Any]) -> None:
    storage.write_bytes(orjson.dumps(payload), *marker_name(task))


def stage_file(stage: int, shard_id: str) -> tuple[str, ...]:
    return (WORK, f"stage{stage}", f"part-{shard_id}.parquet")


# Progress counters shared with the parent process: documents, text bytes, kept.
Progress = Callable[[int, int, int], None]


def _no_progress(documents: int, text_bytes: int, kept: int) -> None:
    return None


class FrozenHeap:
    """Keeps the objects alive once the steps are warm out of the garbage collector's full passes.

    The pipeline's models, tables and regexes are tens of thousands of objects that live for the
    whole task; each full collection (about one per 10,000 documents, as batches age into the
    oldest generation) walked them all, ~2% of a news run. ``gc.freeze`` sets them aside, and
    ``stop`` hands them back, so a run inside someone's own process leaves its collector as it
    was. Nothing is done when something else already froze objects: that is theirs to undo.
    """

    def __init__(self) -> None:
        self.active = False

    def start(self) -> None:
        if not self.active and not gc.get_freeze_count():
            gc.freeze()
            self.active = True

    def stop(self) -> None:
        if self.active:
            gc.unfreeze()
            self.active = False


def document_task(context: RunContext, shard: Shard, progress: Progress = _no_progress) -> dict[str, Any]:
    """Read one shard, run the document steps, write kept/removed/errors; return its stats."""
    task = f"documents-{shard.id}"
    storage = storage_for(context)
    done = read_marker(storage, task)
    if done is not None:
        return done
    pipeline = pipeline_for(context)
    final = not pipeline.corpus_steps
    reader = reader_for(shard.path, context.read_options, context.format or shard.format)
    stats = Stats()
    errors = ErrorSink(storage, "errors", f"part-{shard.id}.jsonl")
    removed = RemovedSink(storage, "removed", f"part-{shard.id}-documents.parquet")
    kept_parts = ("documents", f"part-{shard.id}.parquet") if final else stage_file(0, shard.id)
    kept = DocumentSink(storage, *kept_parts, work=not final)
    passed = 0
    seen = 0

    def run_batch(batch: list[Document], text_bytes: int) -> None:
        nonlocal passed, seen
        outcomes = pipeline.process_batch(batch, stats)
        passing = [outcome for outcome in outcomes if isinstance(outcome, Document)]
        if len(passing) < len(outcomes):
            for number, outcome in enumerate(outcomes, seen + 1):
                if isinstance(outcome, Removed):
                    removed.write(outcome)
                elif isinstance(outcome, Failed):
                    errors.write(_step_failure(shard, number, outcome))
        seen += len(outcomes)
        kept.write_many(passing)
        if final:
            Pipeline.count_kept_batch(passing, stats)
        passed += len(passing)
        progress(len(outcomes), text_bytes, len(passing))
        heap.start()  # after the first batch: lazily loaded models are in by now

    # Documents go through the steps and into the sinks PROGRESS_EVERY at a time: per-batch calls
    # and list comprehensions instead of generator hops and method calls for every document.
    batch: list[Document] = []
    text_bytes = 0
    heap = FrozenHeap()
    try:
        for item in reader.read(shard):
            if isinstance(item, ReadError):
                stats.input += 1
                stats.errors += 1
                stats.errors_by_kind[item.kind] += 1
                errors.write(item)
                continue
            batch.append(item)
            text_bytes += len(item.text)
            if len(batch) == PROGRESS_EVERY:
                run_batch(batch, text_bytes)
                batch, text_bytes = [], 0
        run_batch(batch, text_bytes)
    finally:
        heap.stop()
    errors.close()
    removed.close()
    kept.close()
    payload = {"stats": stats.to_dict(), "passed": passed}
    write_marker(storage, task, payload)
    return payload


def _step_failure(shard: Shard, number: int, failed: Failed) -> ReadError:
    """The error record of a document a step raised on: its number among the shard's documents, its id."""
    document = failed.document
    return ReadError(shard.path, number, "document", "step_failed",
                     f"{failed.message} on document {document.id!r} (shard {shard.id})", document.text[:200])


def index_task(context: RunContext, step_number: int, shard_id: str) -> None:
    """Corpus step ``step_number`` (1-based): write this shard's keys, bucketed by partition."""
    task = f"step{step_number}-index-{shard_id}"
    storage = storage_for(context)
    if read_marker(storage, task) is not None:
        return
    step = pipeline_for(context).corpus_steps[step_number - 1]
    source = stage_file(step_number - 1, shard_id)
    if storage.exists(*source):
        documents = list(read_documents(storage, *source))
        keys = step.index(documents)
        if "row" not in keys.column_names:
            if keys.num_rows != len(documents):
                raise ValueError(f"step {step.name}: index without a 'row' column must give one row per document")
            keys = keys.append_column("row", pa.array(range(len(documents)), pa.int64()))
        keys = keys.append_column("shard", pa.array([shard_id] * keys.num_rows, pa.string()))
        _write_partitions(storage, keys, (WORK, f"step{step_number}", "round0"), f"from-{shard_id}")
    write_marker(storage, task, {})


def decide_task(context: RunContext, step_number: int, round_number: int, partition: int) -> None:
    """One partition of one round of a corpus step's decide phase."""
    task = f"step{step_number}-decide{round_number}-p{partition}"
    storage = storage_for(context)
    if read_marker(storage, task) is not None:
        return
    step = pipeline_for(context).corpus_steps[step_number - 1]
    folder = (WORK, f"step{step_number}", f"round{round_number}", f"p{partition}")
    tables = []
    for name in storage.list(*folder):
        if name.endswith(".parquet"):
            with storage.open_read(*folder, name) as handle:
                tables.append(pq.read_table(handle))
    if tables:
        keys = pa.concat_tables(tables, promote_options="default").drop_columns(["partition"])
        result = step.decide(keys, round_number)
        last = round_number == step.rounds - 1
        if not last:
            _write_partitions(storage, result, (WORK, f"step{step_number}", f"round{round_number + 1}"),
                              f"from-p{partition}")
        else:
            _write_decisions(storage, result, (WORK, f"step{step_number}", "decisions"), f"p{partition}")
    write_marker(storage, task, {})


def apply_task(context: RunContext, step_number: int, shard_id: str,
               progress: Progress = _no_progress) -> dict[str, Any]:
    """Apply corpus step ``step_number``'s decisions to one shard and write what passes."""
    task = f"step{step_number}-apply-{shard_id}"
    storage = storage_for(context)
    done = read_marker(storage, task)
    if done is not None:
        return done
    pipeline = pipeline_for(context)
    step = pipeline.corpus_steps[step_number - 1]
    final = step_number == len(pipeline.corpus_steps)
    stats = Stats()
    source = stage_file(step_number - 1, shard_id)
    passed = 0
    if storage.exists(*source):
        decisions = _read_decisions(storage, (WORK, f"step{step_number}", "decisions", shard_id))
        removed = RemovedSink(storage, "removed", f"part-{shard_id}-{step_number}-{step.name}.parquet")
        kept_parts = ("documents", f"part-{shard_id}.parquet") if final else stage_file(step_number, shard_id)
        kept = DocumentSink(storage, *kept_parts, work=not final)
        for row, document in enumerate(read_documents(storage, *source)):
            result = step.apply(document, decisions.get(row, []))
            if isinstance(result, Document):
                passed += 1
                kept.write(result)
                if final:
                    Pipeline.count_kept(result, stats)
            else:
                stats.removed[(step.name, result.reason)] += 1
                removed.write(Removed(document, step.name, result.reason, result.details))
        progress(0, 0, passed)
        removed.close()
        kept.close()
    payload = {"stats": stats.to_dict(), "passed": passed}
    write_marker(storage, task, payload)
    return payload


def _write_partitions(storage: Storage, table: pa.Table, folder: tuple[str, ...], name: str) -> None:
    if table.num_rows == 0:
        return
    if "partition" not in table.column_names:
        raise ValueError("a corpus step's index or intermediate round must return a 'partition' column")
    partitions = table.column("partition")
    for value in pc.unique(partitions).to_pylist():
        part = table.filter(pc.equal(partitions, value))
        _write_table(storage, part, (*folder, f"p{value}", f"{name}.parquet"))


def _write_decisions(storage: Storage, table: pa.Table, folder: tuple[str, ...], name: str) -> None:
    if table.num_rows == 0:
        return
    shards = table.column("shard")
    for value in pc.unique(shards).to_pylist():
        part = table.filter(pc.equal(shards, value)).drop_columns(["shard"])
        _write_table(storage, part, (*folder, value, f"{name}.parquet"))


def _write_table(storage: Storage, table: pa.Table, parts: tuple[str, ...]) -> None:
    handle, temporary = storage.open_write(*parts)
    with handle:
        pq.write_table(table, handle, compression="zstd")
    storage.publish(temporary, *parts)


def _read_decisions(storage: Storage, folder: tuple[str, ...]) -> dict[int, list[dict[str, Any]]]:
    by_row: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for name in storage.list(*folder):
        if not name.endswith(".parquet"):
            continue
        with storage.open_read(*folder, name) as handle:
            for record in pq.read_table(handle).to_pylist():
                by_row[record.pop("row")].append(record)
    return by_row


def clear_temporaries(root: str) -> None:
    """Remove half-written files a killed run left behind (local output only)."""
    for folder, _, names in os.walk(root):
        for name in names:
            if ".tmp-" in name:
                os.remove(os.path.join(folder, name))
