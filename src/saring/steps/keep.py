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

from itertools import compress
from operator import itemgetter, le
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


class _AllPass:
    """Proves with a few C-level calls that a document passes every rule it handles.

    A document kept by the preset's two dozen rules is the common case; checking them one by one
    in Python is what costs. Min/max rules on a field or a field of a field are read with one
    ``itemgetter`` per parent dict and compared with ``all(map(le, ...))``; a None (a score a step
    leaves out, e.g. ``punct_line_frac`` of a one-line text) passes where its rule keeps missing
    values. ``in`` rules are checked directly. Anything unusual (a missing key or parent, a value
    that does not compare, a failed bound) answers False, and the rules are then checked one by one.
    """

    def __init__(self, checks: list[_Check]) -> None:
        self.members = [(c[0][0], c[0][1:], c[3], c[6]) for c in checks if _in_only(c)]
        groups: dict[str | None, list[_Check]] = {}
        for check in checks:
            if _bounds_only(check):
                groups.setdefault(check[0][0] if len(check[0]) == 2 else None, []).append(check)
        self.groups = [(parent, itemgetter(*(c[0][-1] for c in group)), len(group)) for parent, group in groups.items()]
        ordered = [check for group in groups.values() for check in group]
        self.has_low = [c[1] is not None for c in ordered]
        self.has_high = [c[2] is not None for c in ordered]
        self.lows = [c[1] for c in ordered if c[1] is not None]
        self.highs = [c[2] for c in ordered if c[2] is not None]
        # What a kept None stands in for: a value inside its rule's bounds.
        self.passing = [c[1] if c[1] is not None else c[2] for c in ordered]
        self.keep_missing = [c[6] for c in ordered]

    @staticmethod
    def handles(check: _Check) -> bool:
        return _in_only(check) or _bounds_only(check)

    def check(self, metadata: dict[str, Any]) -> bool:
        for first, rest, allowed, keep_missing in self.members:
            value = metadata.get(first)
            for part in rest:
                value = value.get(part) if isinstance(value, dict) else None
            try:
                if (value is None and not keep_missing) or (value is not None and value not in allowed):
                    return False
            except TypeError:  # an unhashable value: the rules in order decide
                return False
        values: list[Any] = []
        try:
            for parent, getter, size in self.groups:
                container = metadata if parent is None else metadata.get(parent)
                if type(container) is not dict:
                    return False
                if size > 1:
                    values += getter(container)
                else:
                    values.append(getter(container))
        except KeyError:
            return False
        if None in values:
            index = -1
            for _ in range(values.count(None)):
                index = values.index(None, index + 1)
                if not self.keep_missing[index]:
                    return False
                values[index] = self.passing[index]
        try:
            return all(map(le, self.lows, compress(values, self.has_low))) and all(
                map(le, compress(values, self.has_high), self.highs)
            )
        except TypeError:  # a value that does not compare with its bound
            return False


def _bounds_only(check: _Check) -> bool:
    return len(check[0]) <= 2 and check[3] is None and check[4] is None and check[5] is None


def _in_only(check: _Check) -> bool:
    return check[1] is None and check[2] is None and check[3] is not None and check[4] is None and check[5] is None


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
        checks = [check for check, _ in self._checks]
        self._all_pass = _AllPass(checks).check
        self._others = [check for check in checks if not _AllPass.handles(check)]

    def process(self, document: Document) -> Document | Drop:
        metadata = document.metadata
        if self._all_pass(metadata):
            for check in self._others:
                if not _check(check, metadata)[0]:
                    break
            else:
                return document
        for check, rule in self._checks:
            passed, value = _check(check, document.metadata)
            if not passed:
                return Drop(rule.reason, {"field": rule.field, "value": value})
        return document

    def metadata_reads(self) -> tuple[str, ...]:
        return tuple(rule.field.split(".")[0] for rule in self.options.rules)

