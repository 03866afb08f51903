"""The Python API: what the CLI is a thin layer on, and what notebooks and other pipelines call.

>>> import saring
>>> sieve = saring.load()                      # the default preset, news-id
>>> result = sieve.clean("JAKARTA, KOMPAS.com - Harga beras naik.")
>>> result.text, result.decision               # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from saring.config import DEFAULT_PRESET, PipelineConfig, load_config, load_preset, parse_config
from saring.document import Document
from saring.io import ReadOptions
from saring.pipeline import Failed, Pipeline, Removed, Stats

__all__ = ["CleanResult", "Sieve", "StepFailedError", "load"]


class StepFailedError(RuntimeError):
    """A step raised on a record given to :meth:`Sieve.filter` (a run records it as an error instead)."""


@dataclass
class CleanResult:
    """One cleaned document: text, metadata, what was removed and why, and the keep decision."""

    id: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    removed: list[dict[str, Any]] = field(default_factory=list)
    decision: str = "keep"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "metadata": self.metadata, "removed": self.removed,
                "decision": self.decision}


class Sieve:
    """A loaded pipeline, ready to clean texts, records, datasets or files."""

    def __init__(self, config: PipelineConfig) -> None:
        self.config = config
        self.pipeline: Pipeline = config.build()

    def clean(self, text: str, id: str = "text", metadata: dict[str, Any] | None = None) -> CleanResult:
        """Run the document-level steps on one text without dropping it; say what would happen."""
        document, decision = self.pipeline.clean(Document(id, text, dict(metadata or {})))
        return CleanResult(document.id, document.text, document.metadata,
                           [r.as_dict() for r in document.removals], decision)

    def __call__(self, batch: dict[str, list[Any]], text_field: str = "text") -> dict[str, list[Any]]:
        """For ``dataset.map(sieve, batched=True)``: adds cleaned ``text``, ``metadata`` (JSON),
        ``removed`` (JSON) and ``decision`` columns; filter on ``decision == "keep"`` afterwards.

        The batch's other columns (``url``, ``source`` …) are the documents' input metadata, as
        they are for ``run``, so steps and keep rules that read them see them."""
        outputs = ("metadata", "removed", "decision")
        inputs = [name for name in batch if name not in (text_field, "id", *outputs)]
        size = len(batch[text_field])
        ids = batch.get("id") or [None] * size
        texts, metadata, removed, decisions = [], [], [], []
        for row in range(size):
            doc_id = ids[row]
            given = {name: batch[name][row] for name in inputs if batch[name][row] is not None}
            result = self.clean(batch[text_field][row] or "", str(row) if doc_id in (None, "") else str(doc_id), given)
            texts.append(result.text)
            metadata.append(orjson.dumps(result.metadata, default=str).decode())
            removed.append(orjson.dumps(result.removed).decode())
            decisions.append(result.decision)
        return {**batch, text_field: texts, "metadata": metadata, "removed": removed, "decision": decisions}

    def filter(self, records: Iterable[dict[str, Any]], text_field: str = "text",
               id_field: str = "id") -> Iterator[dict[str, Any]]:
        """Kept records (cleaned), for an iterable of dicts; document-level steps only."""
        stats = Stats()
        documents = (
            Document(str(i if r.get(id_field) in (None, "") else r[id_field]), r[text_field],
                     {k: v for k, v in r.items() if k not in (text_field, id_field)})
            for i, r in enumerate(records)
        )
        for outcome in self.pipeline.process(documents, stats):
            if isinstance(outcome, Failed):
                raise StepFailedError(f"{outcome.message} on record {outcome.document.id!r}") from outcome.error
            if not isinstance(outcome, Removed):
                yield {id_field: outcome.id, text_field: outcome.text, "metadata": outcome.metadata,
                       "removed": [r.as_dict() for r in outcome.removals]}

    def run(self, inputs: list[str] | str, output: str, workers: int = 1, executor: str = "local",
            text_field: str = "text", id_field: str = "id", progress: bool = False, overwrite: bool = False,
            shard_bytes: int | None = None, format: str | None = None, ray_address: str | None = None,
            storage_options: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run the whole pipeline (with deduplication) over files; returns the stats dict."""
        from saring.run import make_executor
        from saring.run.plan import RunPlan

        options = ReadOptions(text_field=text_field, id_field=id_field,
                              **({"shard_bytes": shard_bytes} if shard_bytes else {}))
        plan = RunPlan([inputs] if isinstance(inputs, str) else list(inputs), output, self.config, options,
                       format, storage_options, overwrite)
        return make_executor(executor, workers, progress, ray_address).run(plan)


def load(preset: str | None = None, config: str | Path | None = None, yaml_text: str | None = None) -> Sieve:
    """Load a preset by name (default ``news-id``), a config file, or config YAML text."""
    if sum(x is not None for x in (preset, config, yaml_text)) > 1:
        raise ValueError("give one of preset, config or yaml_text")
    if config is not None:
        return Sieve(load_config(config))
    if yaml_text is not None:
        return Sieve(parse_config(yaml_text))
    return Sieve(load_preset(preset or DEFAULT_PRESET))
