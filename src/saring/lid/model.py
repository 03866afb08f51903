"""The language-ID model: per-language weights over hashed features, saved as one small ``.npz``.

Weights are stored as uint8 with a per-language offset and step (a quarter of float32's size;
held-out accuracy does not move), and kept that way in memory: the rows a document gathers are
16 bytes (numpy copies those faster than 52-byte float32 rows) and the offset and step are
applied to the 13 sums, not to the 2**18 rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import IO, NamedTuple

import numpy as np

from saring.lid.features import Featurizer

__all__ = ["DEFAULT_MODEL", "LidModel", "Verdict", "load_default"]

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


_UNDETERMINED = Verdict("und", 0.0, float("-inf"), 0.0)


class LidModel:
    """Per-language log-probabilities of hashed features; a document gets the label with the largest sum.

    ``temperature`` turns the per-feature mean of those sums into a probability, so that
    ``language_score`` measures how clearly a text leans one way rather than growing with length.
    """

    def __init__(
        self, labels: Sequence[str], weights: np.ndarray, featurizer: Featurizer, temperature: float = 1.0
    ) -> None:
        if weights.shape != (1 << featurizer.bits, len(labels)):
            raise ValueError(f"weights of shape {weights.shape} do not fit {len(labels)} labels")
        self.labels = tuple(labels)
        self.featurizer = featurizer
        self.temperature = temperature
        weights = np.asarray(weights, dtype=np.float32)
        self._low = weights.min(axis=0)
        self._step = (weights.max(axis=0) - self._low) / np.float32(255.0)
        self._step[self._step == 0] = 1.0
        # One more column flags the features that lean English; the rows are padded to a multiple of
        # 16 bytes, the width numpy's take copies fastest.
        labels = len(self.labels)
        self._rows = np.zeros((len(weights), (labels + 16) // 16 * 16), dtype=np.uint8)
        self._rows[:, :labels] = np.round((weights - self._low) / self._step)
        self._knows_english = "eng" in self.labels and "ind" in self.labels
        if self._knows_english:
            english, indonesian = self.labels.index("eng"), self.labels.index("ind")
            self._rows[:, labels] = weights[:, english] - weights[:, indonesian] > _ENGLISH_MARGIN
        self._low_list, self._step_list = self._low.tolist(), self._step.tolist()
        self._feature_weights = np.empty(0, dtype=np.float32)

    @property
    def weights(self) -> np.ndarray:
        """The log-probabilities, shape ``(2**bits, labels)``, as the uint8 rows encode them."""
        return self._rows[:, : len(self.labels)].astype(np.float32) * self._step + self._low

    def totals(self, text: str) -> tuple[np.ndarray, float] | None:
        """Per-label weighted sums and the total feature weight, or None for text without letters."""
        indices, words_from = self.featurizer.indices(text)
        if len(indices) == 0:
            return None
        totals, count, _ = self._sums(indices, words_from)
        return np.array(totals, dtype=np.float32), count

    def predict(self, text: str) -> tuple[str, float]:
        """The best label and its probability; ``("und", 0.0)`` for text without letters."""
        verdict = self.verdict(text)
        return verdict.language, verdict.score

    def verdict(self, text: str) -> Verdict:
        """The best label, its probability, how well it fits, and how English the features lean."""
        indices, words_from = self.featurizer.indices(text)
        if len(indices) == 0:
            return _UNDETERMINED
        totals, count, english_share = self._sums(indices, words_from)
        # Thirteen numbers: plain Python is cheaper than five numpy calls.
        top = max(totals)
        best = totals.index(top)
        scale = self.temperature / count
        score = 1.0 / sum(math.exp((total - top) * scale) for total in totals)
        if not self._knows_english:
            english_share = 1.0
        return Verdict(self.labels[best], score, top / count, english_share)

    def _sums(self, indices: np.ndarray, words_from: int) -> tuple[list[float], float, float]:
        """Weighted per-label sums of the features' log-probabilities, the total feature weight, and
        the (weighted) share of features that lean English."""
        count = len(indices)
        if len(self._feature_weights) < count:
            self._feature_weights = np.ones(2 * count, dtype=np.float32)
        weights = self._feature_weights[:count]
        word_weight = self.featurizer.word_weight
        weights[:words_from] = 1.0
        weights[words_from:] = word_weight
        total_weight = float(words_from + word_weight * (count - words_from))
        # A vector-matrix product sums the gathered rows three times faster than .sum(axis=0).
        sums = (weights @ self._rows.take(indices, axis=0).astype(np.float32)).tolist()
        totals = [
            low * total_weight + step * total
            for low, step, total in zip(self._low_list, self._step_list, sums, strict=False)
        ]
        return totals, total_weight, sums[len(totals)] / total_weight

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
            weights = data["weights"].astype(np.float32) * data["step"] + data["low"]
            return cls(
                [str(label) for label in data["labels"]], weights, featurizer, float(data["temperature"])
            )


def load_default() -> LidModel:
    """The model shipped in the package (``saring/models/langid-v1.npz``)."""
    with resources.files("saring").joinpath("models", DEFAULT_MODEL).open("rb") as handle:
        return LidModel.load(handle)
