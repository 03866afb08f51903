"""The step protocol and the registry that config files name steps from.

A step is a small class with one job. It takes a document and returns it (text changed, lines
removed, metadata added) or a :class:`Drop` with a short snake_case reason. Steps that score
(annotate) write into ``document.metadata``; whether a score drops a document is decided by a
separate keep rule (the ``keep`` step), so retuning a threshold never means recomputing a score.

Steps that must see the whole corpus before deciding (deduplication) subclass
:class:`CorpusStep` and run in three phases that an executor can spread over workers.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from dataclasses import dataclass
from typing import Any, ClassVar

import pyarrow as pa
from pydantic import BaseModel, ConfigDict

from saring.document import Document

__all__ = [
    "CorpusStep",
    "Drop",
    "NoOptions",
    "Step",
    "StepOptions",
    "UnknownStepError",
    "get_step",
    "register",
    "registered_steps",
]


class StepOptions(BaseModel):
    """Base for a step's options: unknown keys are an error, so typos fail at load time."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class NoOptions(StepOptions):
    pass


@dataclass(slots=True, frozen=True)
class Drop:
    """A step's verdict that a document leaves the corpus, and why."""

    reason: str
    details: dict[str, Any] | None = None


class Step:
    """One document in, the document (possibly changed) or a :class:`Drop` out.

    ``reads`` and ``writes`` name the metadata keys a step needs and fills, so a config that
    orders steps wrongly fails when it is loaded rather than an hour into a run.
    ``document_level`` is False for steps that need the corpus (they are skipped by ``clean``).
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    Options: ClassVar[type[StepOptions]] = NoOptions
    reads: ClassVar[tuple[str, ...]] = ()
    writes: ClassVar[tuple[str, ...]] = ()
    document_level: ClassVar[bool] = True

    def __init__(self, options: StepOptions | None = None) -> None:
        self.options = options if options is not None else self.Options()

    def metadata_reads(self) -> tuple[str, ...]:
        """The metadata keys this configured step reads (``reads``, unless options decide it)."""
        return self.reads

    def process(self, document: Document) -> Document | Drop:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.options!r})"


class CorpusStep(Step):
    """A step that decides with knowledge of the whole corpus, in phases an executor can spread.

    1. ``index``: for the documents of one shard, a small Arrow table of keys (hashes, lengths,
       signatures) with an int32 ``partition`` column in ``range(self.partitions)``. Either one row
       per document, in order, or an int64 ``row`` column (the document's position in the list)
       when a document gives several keys. The executor adds a ``shard`` column and stores it.
    2. ``decide(keys, round)``: called once per partition with every row of that partition, for
       ``round`` in ``range(self.rounds)``. Before the last round the result must again carry a
       ``partition`` column; the executor regroups all partitions' results by it for the next
       round (this is how connected components run in rounds with no single-task stage). The
       last round returns decisions: ``shard``, ``row``, ``reason`` (null to keep) and any
       per-document facts ``apply`` needs.
    3. ``apply``: per shard, each document with its decision rows as dicts (possibly none).

    No phase knows about files or workers, so the local and Ray executors run the same code.
    """

    document_level: ClassVar[bool] = False
    partitions: int = 1
    rounds: int = 1

    def index(self, documents: list[Document]) -> pa.Table:
        raise NotImplementedError

    def decide(self, keys: pa.Table, round: int = 0) -> pa.Table:
        raise NotImplementedError

    def apply(self, document: Document, decisions: list[dict[str, Any]]) -> Document | Drop:
        raise NotImplementedError

    def process(self, document: Document) -> Document | Drop:
        """Within a single document nothing is a duplicate; the corpus phases do the work."""
        return document


class UnknownStepError(KeyError):
    pass


_REGISTRY: dict[str, type[Step]] = {}
_DISCOVERED = False


def register(cls: type[Step]) -> type[Step]:
    """Class decorator: make a step available to configs under ``cls.name``."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    existing = _REGISTRY.get(cls.name)
    if existing is not None and existing is not cls:
        raise ValueError(f"two steps are named {cls.name!r}: {existing.__name__} and {cls.__name__}")
    _REGISTRY[cls.name] = cls
    return cls


def _discover() -> None:
    """Import every module under saring.steps and saring.dedup so their steps register."""
    global _DISCOVERED
    if _DISCOVERED:
        return
    for package_name in ("saring.steps", "saring.dedup"):
        package = importlib.import_module(package_name)
        for module in pkgutil.iter_modules(package.__path__):
            if not module.name.startswith("_"):
                importlib.import_module(f"{package_name}.{module.name}")
    _DISCOVERED = True


def _import_own_module(name: str) -> None:
    """Import only the module a step's name points to (``news`` → saring.steps.news,
    ``exact_dedup`` → saring.dedup.exact): a worker then loads the steps its pipeline uses,
    not every step's libraries. Anything else is left to full discovery."""
    for module_name in (f"saring.steps.{name}", f"saring.dedup.{name.removesuffix('_dedup')}"):
        if importlib.util.find_spec(module_name) is not None:
            importlib.import_module(module_name)
            return


def _import_step(path: str) -> type[Step]:
    module_name, _, class_name = path.partition(":")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except Exception as error:  # a user's module: any failure to import it is a config error
        raise UnknownStepError(f"cannot import step {path!r}: {type(error).__name__}: {error}") from None
    if not (isinstance(cls, type) and issubclass(cls, Step)):
        raise UnknownStepError(f"{path!r} is not a saring Step subclass")
    return cls


def registered_steps() -> dict[str, type[Step]]:
    _discover()
    return dict(sorted(_REGISTRY.items()))


def get_step(name: str) -> type[Step]:
    """A registered step by name, or a user's own step class given as ``package.module:ClassName``."""
    if ":" in name:
        return _import_step(name)
    if name not in _REGISTRY and name.isidentifier():
        _import_own_module(name)
    if name not in _REGISTRY:
        _discover()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise UnknownStepError(f"unknown step {name!r}; known steps: {known}") from None
