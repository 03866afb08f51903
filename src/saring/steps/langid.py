"""Language identification that tells Indonesian from Malay and the regional languages.

Offline detectors know Indonesian, Malay, Javanese and Sundanese at best; none knows Minangkabau,
Banjar, Balinese, Acehnese, Buginese, Madurese, Ngaju or Toba Batak, and they call many of those
documents Indonesian. So two layers: saring's own naive Bayes model (``saring.lid``) picks among
the 13 labels; pycld2 (every script) decides whether a document is in a language outside that set
and measures the share of foreign bytes (code-mixing). pycld2 costs ~35 µs a KB, more than the
model, so it is skipped for text the model reads as plainly Indonesian (see ``LangIdOptions``).
Decisions are per document: no tool separates Indonesian from Malay on a 40-character line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pycld2

from saring.document import Document
from saring.lid.model import LidModel, Verdict, load_default
from saring.step import Drop, Step, StepOptions, register

UNDETERMINED = "und"
# pycld2 codes our own model covers (or that it gives archipelago text it cannot place: 'un').
_COVERED = frozenset({"id", "ms", "jw", "su", "en", "un"})
# Bytes that do not count as foreign in an Indonesian document: Indonesian, the relatives cld2
# mistakes it for on short stretches, and bytes it cannot place (numbers, names).
NOT_FOREIGN = frozenset({"id", "ms", "jw", "su", "un"})
# cld2 rejects control characters as "invalid UTF-8" and Python cannot encode lone surrogates;
# normalize removes both, but the step must not fail on raw input.
_CONTROL = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff]")


class LangIdOptions(StepOptions):
    model: str | None = None
    """Path to a model trained with ``saring lid train``; None uses the one shipped in the package."""
    other_language_share: float = 0.7
    """A document whose bytes pycld2 gives at least this share to languages outside the 13 is ``und``."""
    cld2_max_chars: int = 1500
    """pycld2 reads at most this many characters (two thirds from the head, one third from the tail):
    its time grows with length (~35 µs a KB), and the foreign share of a long article is estimated
    well enough from its beginning and end."""
    other_language_min_chars: int = 200
    """Below this length pycld2's verdict is not trusted: it called 35 of lid_train's ~125-character
    regional-language texts Italian, Danish, Tagalog or Afar (flagged reliable), our model none."""
    plain_min_score: float = 0.9
    """pycld2 is skipped (``non_ind_fraction`` 0) for an ``ind`` verdict at least this sure that also
    passes the two checks below. That is 75% of news_dev articles; pycld2 would have found >= 10%
    foreign bytes (English names, boilerplate) in 8 of them (of 42 such articles in all)."""
    plain_min_fit: float = -10.5
    """...whose mean log-probability per feature is at least this. 99.9% of news_dev articles and of
    lid_train's ind items fit better; ten foreign texts written for the tests (Tagalog, French,
    Turkish, Vietnamese...) fit worse, so text in a language the model does not know reaches pycld2."""
    plain_max_english_share: float = 0.03
    """...and in which at most this share of the feature weight leans English (news_dev median 1.6%).
    Higher skips pycld2 more often: 0.05 asks it about 9% of news_dev instead of 25%, but zeroes
    the foreign share of 20 of the 42 articles where it is >= 10%."""


def cld2_shares(text: str) -> dict[str, float]:
    """pycld2's share (0-1) of the text's bytes per language code; empty when cld2 cannot read it."""
    try:
        result = pycld2.detect(text)
    except (pycld2.error, UnicodeError):
        try:
            result = pycld2.detect(_CONTROL.sub(" ", text).encode("utf-8", "replace"))
        except pycld2.error:
            return {}
    shares: dict[str, float] = {}
    for _, code, percent, _ in result[2]:
        if percent:
            shares[code] = shares.get(code, 0.0) + percent / 100.0
    return shares


def sample(text: str, limit: int) -> str:
    """The whole text when short; else its first two thirds and last third of ``limit`` characters."""
    if len(text) <= limit:
        return text
    head = limit * 2 // 3
    return f"{text[:head]}\n{text[head - limit :]}"


@register
class LangId(Step):
    """Write ``language`` (ISO 639-3), ``language_score`` (0-1) and ``non_ind_fraction`` (0-1).

    ``non_ind_fraction`` is pycld2's share of the sampled bytes in a language other than Indonesian
    (or Malay/Javanese/Sundanese, which it confuses with it); 1.0 for any label but ``ind``; 0.0 without
    asking pycld2 when the model reads the text as plainly Indonesian (``plain_*`` options), so it
    flags documents with a large foreign part, not the odd English name in an Indonesian article.
    """

    name = "langid"
    description = (
        "Language ID for Indonesian, Malay, 10 regional languages and English (pycld2 + saring's own model)."
    )
    Options = LangIdOptions
    writes = ("language", "language_score", "non_ind_fraction")

    def __init__(self, options: LangIdOptions | None = None) -> None:
        super().__init__(options)
        self._model: LidModel | None = None

    @property
    def model(self) -> LidModel:
        """Loaded on first use, so building a pipeline (or a worker that never runs it) stays cheap."""
        if self._model is None:
            path = self.options.model
            self._model = LidModel.load(Path(path)) if path else load_default()
        return self._model

    def process(self, document: Document) -> Document | Drop:
        language, score, non_ind = self.identify(document.text)
        document.metadata["language"] = language
        document.metadata["language_score"] = round(score, 4)
        document.metadata["non_ind_fraction"] = round(non_ind, 4)
        return document

    def identify(self, text: str) -> tuple[str, float, float]:
        """``(language, score, non_ind_fraction)`` for one document's text."""
        verdict = self.model.verdict(text)
        if self.plainly_indonesian(verdict):
            return verdict.language, verdict.score, 0.0
        shares = cld2_shares(sample(text, self.options.cld2_max_chars))
        other = sum(share for code, share in shares.items() if code not in _COVERED)
        if other >= self.options.other_language_share and len(text) >= self.options.other_language_min_chars:
            return UNDETERMINED, other, 1.0
        if verdict.language != "ind":
            return verdict.language, verdict.score, 1.0
        foreign = sum(share for code, share in shares.items() if code not in NOT_FOREIGN)
        return verdict.language, verdict.score, min(foreign, 1.0)

    def plainly_indonesian(self, verdict: Verdict) -> bool:
        """Whether the model's verdict is sure enough that pycld2 has nothing to add."""
        options = self.options
        return (
            verdict.language == "ind"
            and verdict.score >= options.plain_min_score
            and verdict.fit >= options.plain_min_fit
            and verdict.english_share <= options.plain_max_english_share
        )
