"""Keep rules: the deciding half of annotate-then-decide.

Scoring steps write numbers and labels into ``metadata``; this step reads them and drops a
document with the reason of the first rule it fails. Because it only reads metadata, a threshold
can be changed and re-applied without recomputing a single score.

In YAML::

    - keep:
        rules:
          - {reason: lang_not_id, field: language, in: [ind]}
          - {reason: low_lang_score, field: language_score, min: 0.65}
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from saring.document import Document
from saring.step import Drop, Step, StepOptions, register


class KeepRule(StepOptions):
    """Keep a document only if ``metadata[field]`` passes every bound given here."""

    reason: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    field: str
    min: float | None = None
    max: float | None = None
    in_: list[Any] | None = Field(default=None, alias="in")
    not_in: list[Any] | None = None
    equals: Any = None
    missing: str = Field(default="keep", pattern=r"^(keep|drop)$")
    """What to do when a document has no value for ``field`` (e.g. a step skipped it)."""

    @model_validator(mode="after")
    def _has_a_bound(self) -> KeepRule:
        if self.min is None and self.max is None and self.in_ is None and self.not_in is None and self.equals is None:
            raise ValueError(f"keep rule {self.reason!r} sets no bound (min, max, in, not_in or equals)")
        return self

    def passes(self, metadata: dict[str, Any]) -> bool:
        value = _lookup(metadata, self.field)
        if value is None:
            return self.missing == "keep"
        if self.min is not None and value < self.min:
            return False
        if self.max is not None and value > self.max:
            return False
        if self.in_ is not None and value not in self.in_:
            return False
        if self.not_in is not None and value in self.not_in:
            return False
        return self.equals is None or value == self.equals


def _lookup(metadata: dict[str, Any], dotted: str) -> Any:
    """``quality.word_count`` reads ``metadata["quality"]["word_count"]``."""
    value: Any = metadata
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


class KeepOptions(StepOptions):
    rules: list[KeepRule]


@register
class Keep(Step):
    """Drop a document with the reason of the first keep rule it fails."""

    name = "keep"
    description = "Apply thresholds to scores other steps wrote into metadata; drops with the rule's reason."
    Options = KeepOptions

    def process(self, document: Document) -> Document | Drop:
        for rule in self.options.rules:
            if not rule.passes(document.metadata):
                return Drop(rule.reason, {"field": rule.field, "value": _lookup(document.metadata, rule.field)})
        return document

    @property
    def reads_fields(self) -> tuple[str, ...]:
        return tuple(rule.field.split(".")[0] for rule in self.options.rules)
