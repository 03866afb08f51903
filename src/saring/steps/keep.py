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
        return _check(_compile(self), metadata)[0]


_Check = tuple[tuple[str, ...], Any, Any, Any, Any, Any, bool]


def _compile(rule: KeepRule) -> _Check:
    """A rule as plain values: two dozen rules per document add up as pydantic attribute reads."""
    return (
        tuple(rule.field.split(".")),
        rule.min,
        rule.max,
        None if rule.in_ is None else _hashable_set(rule.in_),
        None if rule.not_in is None else _hashable_set(rule.not_in),
        rule.equals,
        rule.missing == "keep",
    )


def _check(check: _Check, metadata: dict[str, Any]) -> tuple[bool, Any]:
    """Whether ``metadata`` passes, and the value read (``quality.word_count`` is nested)."""
    path, low, high, allowed, refused, equals, keep_missing = check
    value: Any = metadata.get(path[0])
    for part in path[1:]:
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return keep_missing, None
    failed = (
        (low is not None and value < low)
        or (high is not None and value > high)
        or (allowed is not None and value not in allowed)
        or (refused is not None and value in refused)
        or (equals is not None and value != equals)
    )
    return not failed, value


def _hashable_set(values: list[Any]) -> frozenset[Any] | list[Any]:
    try:
        return frozenset(values)
    except TypeError:
        return values


class KeepOptions(StepOptions):
    rules: list[KeepRule]


@register
class Keep(Step):
    """Drop a document with the reason of the first keep rule it fails."""

    name = "keep"
    description = "Apply thresholds to scores other steps wrote into metadata; drops with the rule's reason."
    Options = KeepOptions

    def __init__(self, options: KeepOptions | None = None) -> None:
        super().__init__(options)
        self._checks = [(_compile(rule), rule) for rule in self.options.rules]

    def process(self, document: Document) -> Document | Drop:
        for check, rule in self._checks:
            passed, value = _check(check, document.metadata)
            if not passed:
                return Drop(rule.reason, {"field": rule.field, "value": value})
        return document

    def metadata_reads(self) -> tuple[str, ...]:
        return tuple(rule.field.split(".")[0] for rule in self.options.rules)

