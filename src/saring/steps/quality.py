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

Speed: one regex pass for words, one bigram count, and n-grams longer than two are only built
where every bigram repeats (see ``_NGrams``), so ordinary prose costs little beyond tokenising.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import Any

from saring.document import Document
from saring.step import Drop, Step, StepOptions, register

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
INDONESIAN_STOPWORDS = frozenset(_INDONESIAN_STOPWORDS_TEXT.split())


def _duplicates(items: list[str]) -> tuple[int, int]:
    """Number of items equal to an earlier item, and their total characters."""
    seen: set[str] = set()
    count = chars = 0
    for item in items:
        if item in seen:
            count += 1
            chars += len(item)
        else:
            seen.add(item)
    return count, chars


def _may_have_symbols(text: str) -> bool:
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded.translate(None, _ASCII_SYMBOLS)) < len(encoded):
        return True
    if text.isascii():
        return False
    if any(map(encoded.__contains__, _SYMBOL_BYTES)):
        return True
    return encoded.count(b"\xe2") > sum(map(encoded.count, _GENERAL_PUNCTUATION))


class _NGrams:
    """Repetition of word n-grams, counted only where repetition is possible.

    An n-gram that occurs twice has every one of its bigrams occurring twice, so after one
    bigram count the longer n-grams are only looked at in runs of repeated bigrams, which are
    short and few in real prose.
    """

    def __init__(self, words: list[str], text_length: int) -> None:
        self.words = words
        self.text_length = text_length
        self.bigram_counts = Counter(pairwise(words))
        repeated = map(self.bigram_counts.__getitem__, pairwise(words))
        self.candidates = [i for i, count in enumerate(repeated) if count > 1]

    def chars(self, start: int, n: int) -> int:
        return sum(map(len, self.words[start : start + n]))

    def extend(self, n: int) -> None:
        """Keep the positions where an n-gram can repeat, given those where an (n-1)-gram can."""
        previous = set(self.candidates)
        self.candidates = [i for i in self.candidates if i + 1 in previous]

    def top_fraction(self, n: int) -> float:
        """Characters of the most frequent repeated n-gram (with its spaces) times its count, over the text."""
        if n == 2:
            counts = self.bigram_counts
        else:
            words = self.words
            counts = Counter(tuple(words[i : i + n]) for i in self.candidates)
        if not counts:
            return 0.0
        # most_common(1) is max() over items: the first-inserted of equally frequent n-grams wins.
        ((gram, best),) = counts.most_common(1)
        if best < 2:
            return 0.0
        return best * (sum(map(len, gram)) + n - 1) / self.text_length

    def duplicated_fraction(self, n: int) -> float:
        """Characters of words covered by a repeated (not first) occurrence of an n-gram, over the text."""
        words = self.words
        seen: set[tuple[str, ...]] = set()
        covered_until = 0
        chars = 0
        for i in self.candidates:
            gram = tuple(words[i : i + n])
            if gram not in seen:
                seen.add(gram)
                continue
            start = max(i, covered_until)
            chars += self.chars(start, i + n - start)
            covered_until = i + n
        return chars / self.text_length


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

    def process(self, document: Document) -> Document | Drop:
        document.metadata["quality"] = self.signals(document.text)
        return document

    def signals(self, text: str) -> dict[str, Any]:
        signals: dict[str, Any] = {}
        length = max(len(text), 1)
        lines = [line for line in text.split("\n") if line.strip()]
        self._line_signals(signals, text, lines, length)
        words = _WORD.findall(text.lower())
        self._word_signals(signals, text, words)
        self._ngram_signals(signals, words, length)
        return signals

    def _line_signals(self, signals: dict[str, Any], text: str, lines: list[str], length: int) -> None:
        line_count = max(len(lines), 1)
        # normalize leaves at most one blank line between paragraphs, so a plain split suffices.
        paragraphs = [paragraph for paragraph in text.split("\n\n") if paragraph.strip()]
        dup_lines, dup_line_chars = _duplicates(lines)
        signals["line_count"] = len(lines)
        signals["dup_line_frac"] = dup_lines / line_count
        signals["dup_para_frac"] = _duplicates(paragraphs)[0] / max(len(paragraphs), 1)
        signals["dup_line_char_frac"] = dup_line_chars / length
        signals["char_dup_frac"] = dup_line_chars / max(length - text.count("\n"), 1)
        short = self.options.short_line_length
        # One line is 0 or 1 by its last sentence alone: scrapers that glue an article into one line
        # often end it with a credit or a related title. Undefined (None) there; keep rules pass it.
        signals["punct_line_frac"] = (
            sum(line.rstrip().endswith(_LINE_END_PUNCTUATION) for line in lines) / line_count
            if len(lines) > 1
            else None
        )
        signals["short_line_frac"] = sum(len(line) <= short for line in lines) / line_count
        signals["bullet_line_frac"] = sum(line.lstrip().startswith(_BULLETS) for line in lines) / line_count
        signals["ellipsis_line_frac"] = sum(line.rstrip().endswith(_ELLIPSES) for line in lines) / line_count

    @staticmethod
    def _word_signals(signals: dict[str, Any], text: str, words: list[str]) -> None:
        word_count = len(words)
        per_word = max(word_count, 1)
        symbols = len(_SYMBOL_RUN.findall(text)) if _may_have_symbols(text) else 0
        hashes = text.count("#")
        ellipses = text.count("...") + text.count("…")
        stopword_count = len(list(filter(INDONESIAN_STOPWORDS.__contains__, words)))
        signals["word_count"] = word_count
        signals["mean_word_length"] = sum(map(len, words)) / per_word
        signals["symbol_word_ratio"] = max(hashes, ellipses) / per_word
        signals["alpha_word_frac"] = word_count / max(word_count + symbols, 1)
        signals["newline_per_word"] = text.count("\n") / per_word
        signals["stopword_count"] = stopword_count
        signals["stopword_ratio"] = stopword_count / per_word
        signals["ind_stopwords"] = len(FINEWEB2_STOPWORDS.intersection(words))

    def _ngram_signals(self, signals: dict[str, Any], words: list[str], length: int) -> None:
        top = self.options.top_ngrams
        duplicated = self.options.duplicated_ngrams
        for n in top:
            signals[f"top_{n}gram_char_frac"] = 0.0
        for n in duplicated:
            signals[f"dup_{n}gram_char_frac"] = 0.0
        ngrams = _NGrams(words, length)
        for n in range(2, max(*top, *duplicated) + 1):
            if not ngrams.candidates:
                return
            if n > 2:
                ngrams.extend(n)
            if n in top:
                signals[f"top_{n}gram_char_frac"] = ngrams.top_fraction(n)
            if n in duplicated:
                signals[f"dup_{n}gram_char_frac"] = ngrams.duplicated_fraction(n)
