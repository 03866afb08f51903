"""Quality signals tuned for Indonesian: Gopher repetition, FineWeb line signals, Gopher quality.

The step only annotates: every signal goes into ``metadata["quality"]`` and keep rules in the
preset decide (thresholds from FineWeb-2's ``ind_Latn`` config, cited there). Three choices
differ from datatrove's implementation on purpose:

* Words are runs of letters and digits that contain at least one letter (one compiled regex,
  no spaCy). Punctuation and bare numbers are not words, so ``alpha_word_frac`` no longer falls
  below 0.8 on ordinary news because every comma, period and year counted as a "word"
  (datatrove's rule drops about a third of real Indonesian articles that way).
* Duplicated 5–10-gram fractions count the characters of every word covered by a repeated
  occurrence of an n-gram (the first occurrence is not counted), rather than datatrove's greedy
  left-to-right skip; the two agree on real repetition.
* ``punct_line_frac`` is None for a one-line document: a scraper that glues an article into one
  line decides it by the last sentence alone, which is often a credit or a related title.
* A top n-gram fraction is 0 when no n-gram occurs twice (datatrove reports the first n-gram,
  which only matters for documents too short to pass the word-count rule anyway).

Speed: the signals are ratios of counts, and a small C kernel, ``_quality.c``, computes the whole
dict in one call (~22 µs for a 2 KB article, against ~160 µs in Python), lowercasing the text itself
where it provably matches ``str.lower`` (``_kernel.fold``) and calling ``lower()`` elsewhere. Its
pure-Python twins ``_line_counts`` and ``_word_counts`` run where the kernel is not built and give the
same counts and signals (tested on both): one regex pass for words, one pass of bigrams through a dict,
and n-grams longer than two only where shorter ones repeat (see ``_repeated_ngrams``). The kernel
refuses texts of 2**31 characters or more.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, compress, count, islice, repeat
from operator import add, le, ne
from typing import Any, NamedTuple

from saring import kernels
from saring.document import Document
from saring.step import Drop, Step, StepOptions, register

_kernel = kernels.load("saring.steps._quality")

# A word (in lowercased text): a Latin letter, then letters, digits and hyphens, so reduplication
# ("anak-anak") and "covid-19" are one word and bare numbers are none. Latin only: other
# scripts are langid's business. Measured ~35% faster than \w-based patterns with the same effect.
_WORD = re.compile("[a-z\u00df-\u024f][a-z0-9\u00df-\u024f-]*")
# Runs of symbols that are neither letters, digits, whitespace nor punctuation: emoji, arrows,
# stars, box drawing, math and currency signs, ASCII $+<=>^`|~. These are the "non-alphabetic
# words" Gopher's alpha ratio is meant to catch once punctuation and numbers are set aside.
_SYMBOL_RUN = re.compile(
    "[$+<=>^`|~\u00a2-\u00a9\u00ac\u00ae-\u00b1\u00b4\u00d7\u00f7\u2100-\u2bff\u2e80-\u2fff"
    "\U0001f000-\U0001faff]+"
)
# Cheap pre-checks on the UTF-8 bytes that let most documents skip the symbol scan (a charset scan
# costs ~10 ns/char): ASCII symbols by deleting them, the rest through their UTF-8 lead bytes.
_ASCII_SYMBOLS = b"$+<=>^`|~"
# U+0080-U+00BF (C2 ..), multiplication and division signs, and anything four bytes long (emoji).
_SYMBOL_BYTES = (b"\xc2", b"\xc3\x97", b"\xc3\xb7", b"\xf0")
# U+2000-U+20FF (quotes, dashes, ellipsis, currency) lead with E2 80-83; any other E2 sequence is
# U+2100-U+2FFF (letterlike, arrows, maths, technical, boxes, shapes, dingbats).
_GENERAL_PUNCTUATION = (b"\xe2\x80", b"\xe2\x81", b"\xe2\x82", b"\xe2\x83")

# FineWeb's stop characters, plus the closing curly quotes and ellipsis Indonesian news uses.
_LINE_END_PUNCTUATION = (".", "!", "?", '"', "'", "”", "’", "…")
_BULLETS = ("•", "-", "*", "·", "▪", "►", "‣", "◦", "–")
_ELLIPSES = ("...", "…")

# FineWeb-2's ind_Latn stopwords (huggingface/fineweb-2 configs/ind_Latn.yml); it requires >= 2.
FINEWEB2_STOPWORDS = frozenset(
    ("dan", "yang", "di", "pada", "dari", "ini", "dengan", "adalah", "untuk", "dalam")
)

# Indonesian function words, after the stopwords-iso / spaCy ``id`` lists: conjunctions,
# prepositions, pronouns, particles, auxiliaries, quantifiers and question words. Regional
# languages (Javanese, Sundanese, Balinese, Minang, Banjar) share few of them, Malay most.
_INDONESIAN_STOPWORDS_TEXT = """
    ada adalah adanya adapun agak agaknya agar akan akankah akhirnya aku akulah amat amatlah anda
    andalah antar antara antaranya apa apaan apabila apakah apalagi apatah atau ataukah ataupun
    bagai bagaikan bagaimana bagaimanakah bagaimanapun bagi bagian bahkan bahwa bahwasanya baik
    banyak baru bawah beberapa begini beginilah begitu begitulah begitupun belum belumlah berapa
    berapakah berbagai berikut berikutnya bersama betapa biasa biasanya bila bilamana bisa boleh
    bukan bukankah bukanlah bukannya cukup dahulu dalam dan dapat dari daripada datang dekat demi
    demikian demikianlah dengan depan di dia dialah diri dirinya dong dulu engkau harus hampir
    hanya hanyalah hal harusnya hingga ia ialah ibarat ingin ini inilah itu itulah jadi jangan
    janganlah jika jikalau juga justru kalau kalaulah kalaupun kali kalian kami kamilah kamu
    kamulah kan kapan kapankah kapanpun karena karenanya kata ke kecuali kedua keduanya kemudian
    kenapa kepada kepadanya ketika kini kita kitalah lagi lah lain lainnya lalu lama lebih maka
    makin malah malahan mana manakala manalagi masih masing-masing mau maupun melainkan melalui
    memang mengapa mereka merekalah meski meskipun mungkin nah namun nanti nya oleh olehnya pada
    padahal padanya para pasti per pernah pula pun saat saja sama sambil sampai sana sangat
    sangatlah saya sayalah se sebab sebabnya sebagai sebagaimana sebagian sebaliknya sebelum
    sebelumnya sebenarnya seberapa sebuah secara sedang sedangkan sedikit segala segera sehingga
    sejak sekadar sekali sekalipun sekarang sekitar selain selalu selama selanjutnya seluruh
    semakin sementara sempat semua semuanya sendiri sendirinya seorang seperti sepertinya
    sering serta sesuatu sesudah setelah setiap setidaknya sini situ suatu sudah sudahlah supaya
    tadi tak tanpa tapi telah tentang tentu tentunya terhadap terlalu termasuk tersebut
    tetap tetapi tiap tidak tidakkah tidaklah toh untuk walau walaupun yaitu yakni yang
"""
INDONESIAN_STOPWORDS = frozenset(_INDONESIAN_STOPWORDS_TEXT.split()) | FINEWEB2_STOPWORDS
_STOPWORD_TABLE = (
    _kernel.stopword_table(sorted(INDONESIAN_STOPWORDS), sorted(FINEWEB2_STOPWORDS)) if _kernel else b""
)


def _duplicates(items: list[str]) -> tuple[int, int]:
    """Number of items equal to an earlier item, and their total characters."""
    distinct = set(items)
    return len(items) - len(distinct), sum(map(len, items)) - sum(map(len, distinct))


def _may_have_symbols(text: str) -> bool:
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded.translate(None, _ASCII_SYMBOLS)) < len(encoded):
        return True
    if text.isascii():
        return False
    if any(map(encoded.__contains__, _SYMBOL_BYTES)):
        return True
    return encoded.count(b"\xe2") > sum(map(encoded.count, _GENERAL_PUNCTUATION))


def _repeated_ngrams(words: list[str], longest: int) -> Iterator[tuple[int, Callable[[int], int], list[int]]]:
    """Word n-grams that occur more than once, for n = 2, 3, ... up to ``longest``.

    For each n this yields ``(n, first_of, later)``: ``later`` holds the start of every n-gram
    equal to an earlier one, in text order, and ``first_of(start)`` gives where that n-gram first
    occurs. It stops at the first n where nothing repeats, since no longer n-gram can then.

    Why it looks like this: it runs on every document (~300 words, n up to 10). The bigrams are
    all the words, so their loop runs in C (``map``/``compress`` over a dict):
    ``first.setdefault(gram, start)`` hands back where the gram first occurred, and a start that
    differs from it is a later occurrence. An n-gram (n >= 3) is the pair (where its (n-1)-word
    prefix first occurs, its last word), which is exact. It can only repeat where the (n-1)-grams
    at i and i + 1 both repeat: a few dozen starts in real prose, where a plain loop is cheaper
    than a chain of iterators.
    """
    if longest < 2:
        return
    first: dict[tuple[Any, str], int] = {}
    firsts = list(map(first.setdefault, zip(words, islice(words, 1, None), strict=False), count()))
    if len(first) == len(firsts):
        return
    later = list(compress(count(), map(ne, firsts, count())))
    first_of = firsts.__getitem__
    yield 2, first_of, later
    for n in range(3, longest + 1):
        repeated = {*later, *map(first_of, later)}
        first = {}
        first_at: dict[int, int] = {}
        later = []
        for start in sorted(repeated):
            if start + 1 in repeated:
                first_at[start] = at = first.setdefault((first_of(start), words[start + n - 1]), start)
                if at != start:
                    later.append(start)
        if not later:
            return
        first_of = first_at.__getitem__
        yield n, first_of, later


def _most_frequent(firsts: Iterable[int]) -> tuple[int, int]:
    """How often the most frequent n-gram occurs, and where it first occurs (the earliest of equally
    frequent ones), given the first occurrence of each later occurrence's n-gram."""
    counts = Counter(firsts)
    most = max(counts.values())
    return most + 1, min([start for start, times in counts.items() if times == most])


class _LineCounts(NamedTuple):
    """What the line signals are computed from, over non-blank lines; the C kernel and
    ``_line_counts`` both give it."""

    lines: int
    duplicated_lines: int
    duplicated_line_chars: int
    paragraphs: int
    duplicated_paragraphs: int
    punctuated: int
    short: int
    bulleted: int
    ellipsis: int


def _line_counts(text: str, short: int) -> _LineCounts:
    """The pure-Python twin of ``_kernel.line_counts``."""
    lines = list(filter(str.strip, text.split("\n")))
    # normalize leaves at most one blank line between paragraphs, so a plain split suffices.
    paragraphs = list(filter(str.strip, text.split("\n\n")))
    duplicated_lines, duplicated_line_chars = _duplicates(lines)
    ends = list(map(str.rstrip, lines))
    return _LineCounts(
        lines=len(lines),
        duplicated_lines=duplicated_lines,
        duplicated_line_chars=duplicated_line_chars,
        paragraphs=len(paragraphs),
        duplicated_paragraphs=_duplicates(paragraphs)[0],
        punctuated=sum(map(str.endswith, ends, repeat(_LINE_END_PUNCTUATION))),
        short=sum(map(le, map(len, lines), repeat(short))),
        bulleted=sum(map(str.startswith, map(str.lstrip, lines), repeat(_BULLETS))),
        ellipsis=sum(map(str.endswith, ends, repeat(_ELLIPSES))),
    )


class _WordCounts(NamedTuple):
    """What the word signals are computed from; the C kernel and ``_word_counts`` both give it."""

    words: int
    word_chars: int
    stopwords: int
    ind_stopwords: int
    """Distinct FineWeb-2 stopwords among the words."""
    symbol_runs: int
    top: Sequence[int]
    """For n = 2, 3, ...: the most frequent n-gram's count times its characters (with its spaces)."""
    duplicated: Sequence[int]
    """For n = 2, 3, ...: characters of the words covered by a later occurrence of an n-gram, each once."""


def _word_counts(text: str, longest: int) -> _WordCounts:
    """The pure-Python twin of ``_kernel.word_counts``; both sequences end where nothing repeats."""
    words = _WORD.findall(text.lower())
    symbols = len(_SYMBOL_RUN.findall(text)) if _may_have_symbols(text) else 0
    stopwords = list(filter(INDONESIAN_STOPWORDS.__contains__, words))
    top = []
    duplicated = []
    for n, first_of, later in _repeated_ngrams(words, longest):
        times, start = _most_frequent(map(first_of, later))
        top.append(times * (sum(map(len, words[start : start + n])) + n - 1))
        covered = set(chain.from_iterable(map(range, later, map(add, later, repeat(n)))))
        duplicated.append(sum(map(len, map(words.__getitem__, covered))))
    return _WordCounts(
        words=len(words),
        word_chars=len("".join(words)),
        stopwords=len(stopwords),
        # FineWeb-2's stopwords are among ours, so looking among the stopwords found is enough.
        ind_stopwords=len(FINEWEB2_STOPWORDS.intersection(stopwords)),
        symbol_runs=symbols,
        top=top,
        duplicated=duplicated,
    )


# The line and word signals, in the order both paths write them; the n-gram ones follow.
_FIXED_KEYS = (
    *("line_count", "dup_line_frac", "dup_para_frac", "dup_line_char_frac", "char_dup_frac"),
    *("punct_line_frac", "short_line_frac", "bullet_line_frac", "ellipsis_line_frac", "word_count"),
    *("mean_word_length", "symbol_word_ratio", "alpha_word_frac", "newline_per_word", "stopword_count"),
    *("stopword_ratio", "ind_stopwords"),
)


class QualityOptions(StepOptions):
    short_line_length: int = 30
    """FineWeb's short-line cut (characters)."""
    top_ngrams: tuple[int, ...] = (2, 3, 4)
    duplicated_ngrams: tuple[int, ...] = (5, 6, 7, 8, 9, 10)


@register
class Quality(Step):
    """Write Gopher repetition, FineWeb line and Gopher quality signals to ``metadata.quality``."""

    name = "quality"
    description = "Annotate Gopher/FineWeb quality signals and Indonesian stopword counts; decides nothing."
    Options = QualityOptions
    writes = ("quality",)

    def __init__(self, options: StepOptions | None = None) -> None:
        super().__init__(options)
        options = self.options
        self._longest = max(*options.top_ngrams, *options.duplicated_ngrams)
        # The kernel fills the dict in this order, the pure-Python path's order.
        keys = (
            *_FIXED_KEYS,
            *(f"top_{n}gram_char_frac" for n in options.top_ngrams),
            *(f"dup_{n}gram_char_frac" for n in options.duplicated_ngrams),
        )
        self._kernel_arguments = (
            _STOPWORD_TABLE,
            options.short_line_length,
            self._longest,
            options.top_ngrams,
            options.duplicated_ngrams,
            keys,
        )

    def process(self, document: Document) -> Document | Drop:
        document.metadata["quality"] = self.signals(document.text)
        return document

    def signals(self, text: str) -> dict[str, Any]:
        if _kernel is not None:
            return _kernel.signals(text, *self._kernel_arguments)
        options = self.options
        signals: dict[str, Any] = {}
        length = max(len(text), 1)
        lines = _line_counts(text, options.short_line_length)
        words = _word_counts(text, self._longest)
        self._line_signals(signals, text, lines, length)
        self._word_signals(signals, text, words)
        self._ngram_signals(signals, words, length)
        return signals

    @staticmethod
    def _line_signals(signals: dict[str, Any], text: str, counts: _LineCounts, length: int) -> None:
        line_count = max(counts.lines, 1)
        signals["line_count"] = counts.lines
        signals["dup_line_frac"] = counts.duplicated_lines / line_count
        signals["dup_para_frac"] = counts.duplicated_paragraphs / max(counts.paragraphs, 1)
        signals["dup_line_char_frac"] = counts.duplicated_line_chars / length
        signals["char_dup_frac"] = counts.duplicated_line_chars / max(length - text.count("\n"), 1)
        # One line is 0 or 1 by its last sentence alone: scrapers that glue an article into one line
        # often end it with a credit or a related title. Undefined (None) there; keep rules pass it.
        signals["punct_line_frac"] = counts.punctuated / line_count if counts.lines > 1 else None
        signals["short_line_frac"] = counts.short / line_count
        signals["bullet_line_frac"] = counts.bulleted / line_count
        signals["ellipsis_line_frac"] = counts.ellipsis / line_count

    @staticmethod
    def _word_signals(signals: dict[str, Any], text: str, counts: _WordCounts) -> None:
        word_count = counts.words
        per_word = max(word_count, 1)
        hashes = text.count("#")
        ellipses = text.count("...") + text.count("…")
        signals["word_count"] = word_count
        signals["mean_word_length"] = counts.word_chars / per_word
        signals["symbol_word_ratio"] = max(hashes, ellipses) / per_word
        signals["alpha_word_frac"] = word_count / max(word_count + counts.symbol_runs, 1)
        signals["newline_per_word"] = text.count("\n") / per_word
        signals["stopword_count"] = counts.stopwords
        signals["stopword_ratio"] = counts.stopwords / per_word
        signals["ind_stopwords"] = counts.ind_stopwords

    def _ngram_signals(self, signals: dict[str, Any], counts: _WordCounts, length: int) -> None:
        # counts.top[n - 2] and counts.duplicated[n - 2] stop at the first n where nothing repeats.
        for n in self.options.top_ngrams:
            repeats = 2 <= n < len(counts.top) + 2
            signals[f"top_{n}gram_char_frac"] = counts.top[n - 2] / length if repeats else 0.0
        for n in self.options.duplicated_ngrams:
            repeats = 2 <= n < len(counts.duplicated) + 2
            signals[f"dup_{n}gram_char_frac"] = counts.duplicated[n - 2] / length if repeats else 0.0
