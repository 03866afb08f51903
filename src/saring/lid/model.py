"""The language-ID model: per-language weights over hashed features, saved as one small ``.npz``.

Weights are stored as uint8 with a per-language offset and step (a quarter of float32's size;
held-out accuracy does not move), and kept that way in memory: the rows a document gathers are
16 bytes (numpy copies those faster than 52-byte float32 rows) and the offset and step are
applied to the 13 sums, not to the 2**18 rows.

A C kernel (``_features.c``) hashes the features, sums their rows and ranks the labels in one call
(~6 µs a news article against ~45 µs of numpy calls); the numpy path stays, with the same results.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import IO, NamedTuple

import numpy as np

from saring import kernels
from saring.lid.features import Featurizer

_kernel = kernels.load("saring.lid._features")

__all__ = ["DEFAULT_MODEL", "LidModel", "Quantized", "Verdict", "load_default"]

DEFAULT_MODEL = "langid-v1.npz"
# A feature "leans English" when English is at least e**2 (~7x) likelier than Indonesian for it.
_ENGLISH_MARGIN = 2.0


class Verdict(NamedTuple):
    """The model's reading of a text, with what a caller needs to decide whether to ask pycld2 too."""

    language: str
    score: float
    fit: float
    """Mean log-probability per feature under ``language``: low when none of the labels explains the text."""
    english_share: float
    """Share of the feature weight that leans English over Indonesian; 1.0 when the model lacks either label."""


# low, step, the uint8 codes (or floats that cast to them) and the English-lean flags (or None).
_Quantization = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]


def _quantize(weights: np.ndarray, english_pair: tuple[int, int] | None) -> _Quantization:
    """Per-label offset and step that map float32 log-probabilities onto 0..255, and the codes."""
    low = weights.min(axis=0)
    step = (weights.max(axis=0) - low) / np.float32(255.0)
    step[step == 0] = 1.0
    codes = np.round((weights - low) / step)
    english = None
    if english_pair is not None:
        eng, ind = english_pair
        english = weights[:, eng] - weights[:, ind] > _ENGLISH_MARGIN
    return low, step, codes, english


class Quantized(NamedTuple):
    """Weights as a model file stores them: ``codes * step + low`` (float32) per label."""

    codes: np.ndarray
    low: np.ndarray
    step: np.ndarray

    @property
    def shape(self) -> tuple[int, ...]:
        return self.codes.shape

    def requantize(self, english_pair: tuple[int, int] | None) -> _Quantization:
        """What :func:`_quantize` gives for these weights, from the 256 levels of each label.

        A code's weight, and so its new code, depends on the code alone; so the 2**bits rows are
        not turned into floats and back (that took most of a worker's 50 ms model load).
        """
        columns = np.arange(self.codes.shape[1])
        levels = np.arange(256, dtype=np.float32)[:, None] * self.step + self.low
        lowest, highest = _column_range(self.codes)
        low = levels[lowest, columns]
        step = (levels[highest, columns] - low) / np.float32(255.0)
        step[step == 0] = 1.0
        recoded = np.round((levels - low) / step)
        if np.array_equal(recoded, np.broadcast_to(np.arange(256, dtype=np.float32)[:, None], recoded.shape)):
            codes = self.codes
        else:
            codes = recoded[self.codes, columns]
        english = None
        if english_pair is not None:
            eng, ind = english_pair
            english = levels[self.codes[:, eng], eng] - levels[self.codes[:, ind], ind] > _ENGLISH_MARGIN
        return low, step, codes, english


def _column_range(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-column min and max; numpy reduces a (2**18, 13) array down its long axis 50x slower than
    the same bytes viewed as 256 columns as wide, so rows are grouped 256 to a row first."""
    group = math.gcd(len(codes), 256)
    wide = np.ascontiguousarray(codes).reshape(-1, group * codes.shape[1])
    return (
        wide.min(axis=0).reshape(group, -1).min(axis=0),
        wide.max(axis=0).reshape(group, -1).max(axis=0),
    )


_UNDETERMINED = Verdict("und", 0.0, float("-inf"), 0.0)
# Per-column sums over the character n-grams and over the words, and how many of each.
_Sums = tuple[list[float], list[float], int, int]
# Per-label totals, the largest, the runoff's winner, the total feature weight, the English share.
_Ranking = tuple[list[float], float, int, float, float]


class LidModel:
    """Per-language log-probabilities of hashed features; a document gets the label with the largest sum.

    ``temperature`` turns the per-feature mean of those sums into a probability, so that
    ``language_score`` measures how clearly a text leans one way rather than growing with length.

    Second stage, a runoff: the two best labels are compared again with words weighted
    ``runoff_word_weight`` times instead of ``featurizer.word_weight``. Character n-grams sort out
    the family; between two close relatives (Indonesian and Malay above all: ``karena``/``kerana``,
    ``uang``/``wang``) whole words decide. 8 instead of 4 lifted the pooled held-out accuracy of
    ind, msa and five regional languages and cut non-ind items labelled ind (see MODEL.md).
    ``language_score`` stays the first stage's: the runoff only says which of the two gets it.
    """

    def __init__(
        self,
        labels: Sequence[str],
        weights: np.ndarray | Quantized,
        featurizer: Featurizer,
        temperature: float = 1.0,
        runoff_word_weight: float | None = None,
    ) -> None:
        if weights.shape != (1 << featurizer.bits, len(labels)):
            raise ValueError(f"weights of shape {weights.shape} do not fit {len(labels)} labels")
        self.labels = tuple(labels)
        self.featurizer = featurizer
        self.temperature = temperature
        self.runoff_word_weight = float(
            featurizer.word_weight if runoff_word_weight is None else runoff_word_weight
        )
        self._knows_english = "eng" in self.labels and "ind" in self.labels
        pair = (self.labels.index("eng"), self.labels.index("ind")) if self._knows_english else None
        if isinstance(weights, Quantized):
            self._low, self._step, codes, english = weights.requantize(pair)
        else:
            self._low, self._step, codes, english = _quantize(np.asarray(weights, dtype=np.float32), pair)
        # One more column flags the features that lean English; the rows are padded to a multiple of
        # 16 bytes, the width numpy's take copies fastest.
        labels = len(self.labels)
        self._rows = np.zeros((len(codes), (labels + 16) // 16 * 16), dtype=np.uint8)
        self._rows[:, :labels] = codes
        if english is not None:
            self._rows[:, labels] = english
        self._low_list, self._step_list = self._low.tolist(), self._step.tolist()
        # The kernel's symbol table also maps A-Z as a-z: the lower-case of an ASCII head, which so
        # skips str.lower() (lower-cased text has no A-Z, so this changes nothing else).
        self._kernel_table = featurizer.table.copy()
        self._kernel_table[ord("A") : ord("Z") + 1] = self._kernel_table[ord("a") : ord("z") + 1]
        # What the C kernel's ranking needs besides the rows, in the layout it reads.
        english_column = labels if self._knows_english else -1
        self._constants = np.array(
            [
                featurizer.word_weight,
                self.runoff_word_weight,
                english_column,
                *self._low_list,
                *self._step_list,
            ],
            dtype=np.float64,
        )
        self._ones = np.empty(0, dtype=np.float32)

    @property
    def weights(self) -> np.ndarray:
        """The log-probabilities, shape ``(2**bits, labels)``, as the uint8 rows encode them."""
        return self._rows[:, : len(self.labels)].astype(np.float32) * self._step + self._low

    def totals(self, text: str) -> tuple[np.ndarray, float] | None:
        """Per-label weighted sums and the total feature weight, or None for text without letters."""
        sums = self._column_sums(text)
        if sums is None:
            return None
        totals, count = self._totals(sums, self.featurizer.word_weight)
        return np.array(totals, dtype=np.float32), count

    def predict(self, text: str) -> tuple[str, float]:
        """The best label and its probability; ``("und", 0.0)`` for text without letters."""
        verdict = self.verdict(text)
        return verdict.language, verdict.score

    def verdict(self, text: str) -> Verdict:
        """The best label, its probability, how well it fits, and how English the features lean."""
        ranking = self._ranking(text)
        if ranking is None:
            return _UNDETERMINED
        totals, top, best, count, english_share = ranking
        scale = self.temperature / count
        exp = math.exp
        score = 1.0 / sum([exp((total - top) * scale) for total in totals])
        return Verdict(self.labels[best], score, top / count, english_share)

    def _ranking(self, text: str) -> _Ranking | None:
        """The first stage's totals and their largest, the runoff's winner, the feature weight, the
        English share; None for text without features.

        The C kernel, when built, does the same double operations in the same order (same bits).
        """
        if _kernel is not None:
            featurizer = self.featurizer
            head = text[: featurizer.max_chars]
            if not head.isascii():
                head = head.lower()
            return _kernel.ranked(
                head,
                self._kernel_table,
                self._rows,
                featurizer.bits,
                featurizer.orders,
                self._constants,
            )
        sums = self._column_sums(text)
        if sums is None:
            return None
        word_weight = self.featurizer.word_weight
        totals, count = self._totals(sums, word_weight)
        # Thirteen numbers: plain Python is cheaper than five numpy calls.
        top = max(totals)
        best = totals.index(top)
        second = max((label for label in range(len(totals)) if label != best), key=totals.__getitem__)
        runoff = self.runoff_word_weight
        if self._total(sums, second, runoff) > self._total(sums, best, runoff):
            best = second
        english_share = 1.0
        if self._knows_english:
            chars, words, _, _ = sums
            english = len(self.labels)
            english_share = (chars[english] + word_weight * words[english]) / count
        return totals, top, best, count, english_share

    def _column_sums(self, text: str) -> _Sums | None:
        """:meth:`_sums` of the text's features, or None when it has none; by the C kernel when built.

        Both paths sum uint8 weights, which float32 holds exactly at these counts, so they agree exactly.
        """
        featurizer = self.featurizer
        if _kernel is not None:
            return _kernel.column_sums(
                featurizer.head(text), featurizer.table, self._rows, featurizer.bits, featurizer.orders
            )
        indices, words_from = featurizer.indices(text)
        if len(indices) == 0:
            return None
        return self._sums(indices, words_from)

    def _sums(self, indices: np.ndarray, words_from: int) -> _Sums:
        """Per-column sums of the gathered uint8 rows over the character n-grams and over the words.

        The column after the labels' counts the features that lean English. A vector-matrix product
        sums the rows three times faster than ``.sum(axis=0)``.
        """
        count = len(indices)
        if len(self._ones) < count:
            self._ones = np.ones(2 * count, dtype=np.float32)
        rows = self._rows.take(indices, axis=0).astype(np.float32)
        chars = (self._ones[:words_from] @ rows[:words_from]).tolist()
        words = (self._ones[: count - words_from] @ rows[words_from:]).tolist()
        return chars, words, words_from, count - words_from

    def _totals(self, sums: _Sums, word_weight: float) -> tuple[list[float], float]:
        """Per-label log-probability sums with words counted ``word_weight`` times, and the total weight."""
        chars, words, n_chars, n_words = sums
        weight = float(n_chars + word_weight * n_words)
        totals = [
            low * weight + step * (char + word_weight * word)
            for low, step, char, word in zip(self._low_list, self._step_list, chars, words, strict=False)
        ]
        return totals, weight

    def _total(self, sums: _Sums, label: int, word_weight: float) -> float:
        """One label's log-probability sum with words counted ``word_weight`` times."""
        chars, words, n_chars, n_words = sums
        weight = n_chars + word_weight * n_words
        return self._low_list[label] * weight + self._step_list[label] * (
            chars[label] + word_weight * words[label]
        )

    def save(self, path: str | Path | IO[bytes]) -> None:
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            weights=self._rows[:, : len(self.labels)],
            low=self._low,
            step=self._step,
            bits=self.featurizer.bits,
            orders=np.array(self.featurizer.orders),
            max_chars=self.featurizer.max_chars,
            word_weight=self.featurizer.word_weight,
            temperature=self.temperature,
            runoff_word_weight=self.runoff_word_weight,
        )

    @classmethod
    def load(cls, path: str | Path | IO[bytes]) -> LidModel:
        with np.load(path) as data:
            featurizer = Featurizer(
                bits=int(data["bits"]),
                orders=tuple(int(n) for n in data["orders"]),
                max_chars=int(data["max_chars"]),
                word_weight=int(data["word_weight"]),
            )
            weights = Quantized(data["weights"], data["low"], data["step"])
            # Files from before the runoff lack the key: theirs is the first stage's word weight.
            runoff = float(data["runoff_word_weight"]) if "runoff_word_weight" in data else None
            return cls(
                [str(label) for label in data["labels"]],
                weights,
                featurizer,
                float(data["temperature"]),
                runoff,
            )


def load_default() -> LidModel:
    """The model shipped in the package (``saring/models/langid-v1.npz``)."""
    with resources.files("saring").joinpath("models", DEFAULT_MODEL).open("rb") as handle:
        return LidModel.load(handle)
