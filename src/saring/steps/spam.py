"""Score online-gambling ("judol"), adult and clickbait-download spam.

Indonesian crawls are flooded with judi online pages (hacked .go.id/.ac.id sites serving
``slot gacor`` landing pages) and comment spam that hides a brand behind styled Unicode
(``𝐀𝐄𝐑𝐎𝟖𝟖``, ``ＷＥＴＯＮ88``, Cyrillic ``АЕRО88``, ``DEP🅞SIT``, ``A L E X I S 1 7``). Keyword
lists alone catch little, so the rules run on a *folded* view of the text (the document's text is
never changed):

1. **Fold.** Styled letters and digits (math alphanumerics, fullwidth, circled/squared/negative
   enclosed, regional indicators, small capitals, super/subscripts, Lycian look-alikes) map to
   ASCII by their Unicode names (what NFKC does for most of them, plus the enclosed forms NFKC
   leaves alone), precomputed as one ``str.translate`` table; Cyrillic and Greek look-alikes
   (``А Е О Р С``, ``Α Ο Ρ``) map to Latin; zero-width characters and combining marks are
   removed; emoji between a word and its digits are dropped (``ALEXIS⭐17``); runs of single
   spaced-out letters are joined (``s l o t g a c o r``, ``A E RO88``, ``S U K S E S 303``).
2. **Match**, per reason, three kinds of evidence:

   * *decisive* (2 points each): explicit gambling terms (``gacor``, ``maxwin``, ``togel``,
     ``scatter``, ``slot gacor``, ``mahjong ways``, ``slot online``, ``wd lancar`` ...);
     **brand tokens**: a word of 3+ letters plus 2-4 digits or ``4D`` (``alexis17``, ``AERO88``,
     ``PAWPAW4D``), or an upper-case word ending in ``TOTO``/``BET``/``SLOT``/``TOGEL``/``GACOR``
     (``OLXTOTO``), styled words also in ``WIN``/``JP``/``HOKI``; and **styled or spaced-out
     words**, evidence by themselves (62% of judol comments use styled letters, 1.7% of clean
     ones), 1 point each, at most 1.5 so a comment typed in bold is not spam by itself;
   * *topic* words (``judi``, ``slot``, ``jackpot``, ``toto``, ``depo``, ``wd``, ``rtp``,
     ``zeus``, ``casino`` ...): news uses them too (``slot penerbangan``, ``Depo Pertamina``), so
     without decisive evidence they add at most 1 point;
   * *generic* words (``saldo``, ``situs``, ``daftar``, ``deposit``, ``alternatif``): they fire
     on ~8% of real news, so they only add weight (half a point each, never more than the other
     evidence) and never decide alone.

3. **Score** ``1 - exp(-points / (2 * max(1, words / 50)))``: evidence is weighed per 50 words,
   so a 20 KB story that says "judi online" a dozen times scores low while a spam page, dense
   with signals, scores near 1; 2 points in a comment give 0.63. Law-enforcement and reporting
   words (``polisi``, ``tersangka``, ``diblokir``, ``Kominfo``, ``judol``, ``ujarnya`` ...) divide
   the points by ``1 + 0.5 * distinct words``: news *about* judol is exactly what a keyword list
   confuses with judol.

Brand weight depends on how the token looks: styled 3; upper- or lower-case 3 with typical spam
digits (``88``, ``77``, ``777``, ``17``, ``4D`` ...) else 2; title-case 2 or 1. A brand counts at
most twice. Not brands: digits that read as a year (``Pemilu2024``), series codes with a leading
zero (``PBS014``, ``SBR005``), currencies and glued rupiah (``USD50``, ``JanuariRp607``),
``@mentions``, runs of consecutive numbers (a glued list: ``Mall10. Fashion11. Aigner12``) and a
few tokens common in news (``COVID19``, ``IDX30``, ``JKT48``, ``Densus88``).

The clickbait-download score (``Download Lagu ... MP3``, ``Link Download MP3``, ``Lirik dan
Chord``, ``320kbps``, ``full album``) and the adult score (a small, conservative keyword set)
use the same formula with their own decisive and topic terms. Keep rules in the presets decide::

    - keep:
        rules:
          - {reason: judol_spam, field: spam.judol, max: 0.5}
          - {reason: adult_content, field: spam.adult, max: 0.5}
          - {reason: clickbait_download, field: spam.clickbait_download, max: 0.5}

Speed: most news leaves after one pre-check pass (``_scan``: the C kernel ``_spam.c``, or
``bytes.translate`` and substring tests in pure Python): no styled character, no letters glued to
digits, no spaced-out letters, no upper-case gambling suffix and no trigger word means every score
is 0. The same pass counts the words the scores need. With the kernel, the brand and spaced-letter
regexes only run where the kernel found a token or run they could match.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from saring import kernels
from saring.document import Document
from saring.step import Drop, Step, register

_kernel = kernels.load("saring.steps._spam")

__all__ = ["Spam", "SpamScores", "fold", "score_text"]

# --- folding -----------------------------------------------------------------------------------

# Blocks whose characters are styled Latin letters/digits; each is mapped by its Unicode name.
_STYLED_BLOCKS = (
    (0x0250, 0x02FF),  # IPA and modifier letters: small capitals ɢ ʀ ʏ, modifier ʰ
    (0x1D00, 0x1DBF),  # phonetic extensions: small capitals ᴀ ʙ ᴄ, modifier letters
    (0x2070, 0x209F),  # super- and subscripts
    (0x2100, 0x214F),  # letterlike symbols: ℕ ℤ ℝ
    (0x2460, 0x24FF),  # enclosed alphanumerics: Ⓐ ⓐ ①
    (0x2776, 0x2793),  # dingbat circled digits ❶
    (0xA730, 0xA7FF),  # small capital ꜱ
    (0xFF10, 0xFF5A),  # fullwidth digits and letters
    (0x10280, 0x1032F),  # Lycian, Carian, Old Italic: used as T/E/A look-alikes in brands
    (0x1D400, 0x1D7FF),  # mathematical alphanumerics: 𝐒𝐋𝐎𝐓 𝟖𝟖
    (0x1F100, 0x1F1FF),  # enclosed alphanumeric supplement: 🄰 🅐 🅰 and regional indicators
)
_LETTER_NAME = re.compile(r"(CAPITAL|SMALL|SYMBOL|LYCIAN|CARIAN|ITALIC)(?: LETTER)? ([A-Z])$")
_DIGIT_NAME = re.compile(r"(?:DIGIT|SCRIPT) (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$")
_DIGITS = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")
# Cyrillic and Greek letters that look like Latin ones (upper and lower case).
_HOMOGLYPHS = {
    "А": "A", "В": "B", "Е": "E", "Ѕ": "S", "І": "I", "Ј": "J", "К": "K", "М": "M", "Н": "H",
    "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "У": "Y", "а": "a", "в": "b", "е": "e",
    "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x",
    "ѕ": "s", "і": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "α": "a", "ι": "i", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
}  # fmt: skip
# Emoji and dingbats that decorate brands ("ALEXIS⭐17⭐", "💚WETON88💚") fold to a marker: removed
# between letters and digits, a space elsewhere.
_DECORATIONS = ((0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F300, 0x1FAFF), (0xFE0F, 0xFE0F))
_MARK = "\x1a"
# Invisible characters (zero-width, soft hyphen, joiners) and combining marks (strike-through
# ``s̶l̶o̶t̶``) are removed.
_REMOVED = [
    *range(0x0300, 0x0370),
    0x00AD,
    0x034F,
    0x180E,
    *range(0x200B, 0x2010),
    *range(0x2060, 0x2065),
    0xFEFF,
]


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for start, end in _STYLED_BLOCKS:
        for codepoint in range(start, end + 1):
            name = unicodedata.name(chr(codepoint), "")
            letter = _LETTER_NAME.search(name)
            if letter:
                table[codepoint] = letter[2].lower() if letter[1] == "SMALL" else letter[2]
                continue
            digit = _DIGIT_NAME.search(name)
            if digit:
                table[codepoint] = str(_DIGITS.index(digit[1]))
    for start, end in _DECORATIONS:
        for codepoint in range(start, end + 1):
            table.setdefault(codepoint, _MARK)
    for source, target in _HOMOGLYPHS.items():
        table[ord(source)] = target
    for codepoint in _REMOVED:
        table[codepoint] = None
    return table


def _char_class(codepoints: list[int]) -> str:
    """A regex character class for a set of code points, as ranges of consecutive ones."""
    ranges: list[str] = []
    points = sorted(codepoints)
    start = previous = points[0]
    for codepoint in [*points[1:], -1]:
        if codepoint == previous + 1:
            previous = codepoint
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else ""))
        start = previous = codepoint
    return "[" + "".join(ranges) + "]"


def _utf8_pattern(codepoints: list[int]) -> re.Pattern[bytes]:
    """A bytes regex matching the UTF-8 form of any of ``codepoints``.

    Scanning bytes is much faster than a str character class with astral ranges, which the regex
    engine cannot turn into a bitmap.
    """
    lasts: dict[bytes, set[int]] = {}
    for codepoint in codepoints:
        encoded = chr(codepoint).encode()
        lasts.setdefault(encoded[:-1], set()).add(encoded[-1])
    branches = [
        re.escape(prefix) + b"[" + b"".join(re.escape(bytes([b])) for b in sorted(ends)) + b"]"
        for prefix, ends in sorted(lasts.items())
    ]
    return re.compile(b"|".join(branches))


_FOLD = _build_fold_table()
_FOLDABLE = _utf8_pattern(list(_FOLD))
# Styled letters proper (not invisibles, not the Cyrillic/Greek of a Russian or Greek text).
_STYLED_CODEPOINTS = [
    c for c, v in _FOLD.items() if v is not None and v != _MARK and c > 0x24F and not 0x370 <= c < 0x530
]
_STYLED_BYTES = _utf8_pattern(_STYLED_CODEPOINTS)
_STYLED_CHAR = re.compile(_char_class([*_STYLED_CODEPOINTS, *(ord(c) for c in _HOMOGLYPHS)]))
# Three or more single letters/digits separated by a space or punctuation, maybe ending in a
# token with digits: "s l o t", "A.L.E.X", "【H】【o】【k】【i】", "A E RO88", "S U K S E S 303".
# Runs after folding, so ASCII classes suffice (and are much faster).
_SPACED = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z0-9][ .\-_*|·•【】\[\]]{1,2}){2,}[A-Za-z0-9]"
    r"(?:[A-Za-z0-9]*[0-9]|[ .\-_*|·•【】\[\]]{1,2}[0-9]{2,4})?(?![A-Za-z0-9])"
)
_GLUED_MARK = re.compile("(?<=[A-Za-z])\x1a+(?=[0-9])")
_SPACED_SEPARATOR = re.compile(r"[ .\-_*|·•【】\[\]]")


def _foldable(text: str) -> bool:
    return not text.isascii() and _FOLDABLE.search(text.encode("utf-8", "surrogatepass")) is not None


def _join_spaced(text: str) -> str:
    if _SPACED.search(text):
        return _SPACED.sub(lambda m: _SPACED_SEPARATOR.sub("", m[0]), text)
    return text


def _translate(text: str) -> str:
    folded = text.translate(_FOLD)
    if _MARK in folded:
        folded = _GLUED_MARK.sub("", folded).replace(_MARK, " ")
    return folded


def fold(text: str) -> str:
    """The text with styled letters and look-alikes as ASCII, invisibles removed, spaced letters joined."""
    return _join_spaced(_translate(text) if _foldable(text) else text)


# --- evidence ----------------------------------------------------------------------------------


def _word_set(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_JUDOL_DECISIVE = (
    "gacor maxwin togel scatter sbobet freespin slot88 slot777 joker123 pgsoft wede"
    " | mahjong ways | gates of olympus | sweet bonanza | starlight princess | pragmatic play | rtp live"
    " | slot gacor | rtp slot | pola slot | bocoran slot | bandar slot | agen slot | situs slot | slot online"
    " | slot dana | slot pulsa | deposit pulsa | depo pulsa | wd lancar | toto macau | free spin | buy spin"
    " | jp paus | live casino | casino online | sabung ayam online | idn poker | anti rungkad"
)
_JUDOL_TOPIC = (
    "judi slot jackpot toto rtp depo wd zeus olympus mahjong casino kasino poker baccarat"
    " roulette taruhan betting parlay spin jp bonanza pragmatic sabung rungkad"
)
_JUDOL_GENERIC = (
    "saldo situs daftar deposit withdraw login alternatif terpercaya resmi bonus promo cuan hoki menang"
    " gampang member rezeki sultan modal receh untung dana ovo gopay pulsa nagih ketagihan event"
)
_CLICKBAIT_DECISIVE = (
    "320kbps 128kbps stafaband planetlagu lk21 indoxxi layarkaca21 rebahin ganool"
    " | download lagu | download mp3 | download mp4 | mp3 download | lagu mp3"
    " | lirik dan chord | chord dan lirik | lirik lagu dan chord | chord gitar | kunci gitar"
    " | mp3 gratis | download gratis | free download | full album | unduh lagu"
    " | download video | download film | apk mod | mod apk | nonton film gratis | streaming gratis"
)
_CLICKBAIT_TOPIC = "download unduh mp3 mp4 lirik chord gratis apk album"
_ADULT_DECISIVE = (
    "bokep ngentot ngewe memek kontol colmek toket xnxx xvideos pornhub hentai cersex"
    " | cerita sex | cerita dewasa | video sex | video bokep | open bo | situs dewasa"
    " | film dewasa | tante girang"
)
_ADULT_TOPIC = "porno porn sex seks bugil telanjang mesum sange jav vcs"
# Law-enforcement and reporting words: news *about* gambling or pornography, not spam.
_CONTEXT = _word_set(
    "polisi polres polsek polda polri kapolres kapolsek kapolda tersangka ditangkap menangkap diamankan"
    " penangkapan pelaku pasal kuhp penjara pidana reskrim satgas pemberantasan memberantas kominfo"
    " komdigi ppatk ojk memblokir diblokir pemblokiran korban kecanduan pengadilan jaksa hakim terdakwa"
    " judol razia mengatakan ujarnya katanya tuturnya jelasnya menurutnya kapolri bareskrim"
)


def _terms(spec: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Split a ``word word | phrase | phrase`` spec into single words and phrases."""
    parts = [part.strip() for part in spec.split("|")]
    return _word_set(parts[0]), tuple(parts[1:])


# Words too common to send a text down the full path on their own; each phrase keeps a rarer word.
_COMMON = _word_set(
    "of new link video film free lagu open cerita situs agen bandar live online ayam dan dana bola kunci"
    " lancar pola bonus anti play full streaming member buy gudang idn princess paus gates nonton pulsa"
)


@dataclass(frozen=True)
class _Reason:
    """The terms of one reason: decisive words and phrases, topic words, generic words."""

    words: frozenset[str]
    phrases: tuple[str, ...]
    topic: frozenset[str]
    generic: frozenset[str] = frozenset()

    @classmethod
    def of(cls, decisive: str, topic: str, generic: str = "") -> _Reason:
        words, phrases = _terms(decisive)
        return cls(words, phrases, _word_set(topic), _word_set(generic))

    @property
    def phrase_words(self) -> frozenset[str]:
        return frozenset(w for p in self.phrases for w in p.split()) - _COMMON

    @property
    def phrase_tokens(self) -> dict[bytes, list[list[bytes]]]:
        """The phrases as token lists by first token, in the order they are tried (see ``_count_phrases``)."""
        by_first: dict[bytes, list[list[bytes]]] = {}
        for phrase in self.phrases:
            tokens = [w.encode() for w in phrase.split()]
            by_first.setdefault(tokens[0], []).append(tokens)
        return by_first


_JUDOL = _Reason.of(_JUDOL_DECISIVE, _JUDOL_TOPIC, _JUDOL_GENERIC)
_CLICKBAIT = _Reason.of(_CLICKBAIT_DECISIVE, _CLICKBAIT_TOPIC)
_ADULT = _Reason.of(_ADULT_DECISIVE, _ADULT_TOPIC)
# Per reason, compiled once: the words whose presence warrants a phrase search (every phrase has
# one), and the phrases as token lists.
_COMPILED = {r: (r.phrase_words, r.phrase_tokens) for r in (_JUDOL, _CLICKBAIT, _ADULT)}
_PHRASE_LENGTH = max(len(p) for _, by_first in _COMPILED.values() for ps in by_first.values() for p in ps)
# Any of these words sends a text down the full path; generic words alone never score, so they don't.
_TRIGGERS = frozenset().union(*(r.words | r.topic | words for r, (words, _) in _COMPILED.items()))
_COUNTED = frozenset(word.encode() for word in _TRIGGERS | _JUDOL.generic | _CONTEXT)

_WORD = re.compile(r"\w+")
# A Latin letter next to a Cyrillic/Greek look-alike: АЕRО88 (a Russian word alone is no evidence).
_MIXED_SCRIPT = re.compile(r"[A-Za-z][\u0370-\u052f]|[\u0370-\u052f][A-Za-z0-9]")
_SUFFIX_BYTES = (b"TOTO", b"T0T0", b"BET", b"SLOT", b"TOGEL", b"GACOR")
_TRIGGER_BYTES = frozenset(word.encode() for word in _TRIGGERS)


def _shape(byte: int) -> int:
    """The pre-check's view of a byte: ASCII letter -> "a", digit -> "0", spacing punctuation -> " "."""
    char = chr(byte)
    if byte >= 128:
        return ord("#")
    if char.isalpha():
        return ord("a")
    if char.isdigit():
        return ord("0")
    return ord(" ") if char in " .-_*|[]" else ord("#")


_SHAPE = bytes(_shape(byte) for byte in range(256))
_NOT_CAPITALS = bytes(b for b in range(256) if not (65 <= b <= 90 or b == ord("0")))
_ALNUM = bytes(b if chr(b).isalnum() and b < 128 else ord(" ") for b in range(256))
# A brand token: 3+ letters then 2-4 digits (or 4D), or an upper-case word ending in a gambling
# suffix (OLXTOTO). The lookarounds stand in for \b, which treats "_" as a letter.
_BRAND = re.compile(
    r"(?<![A-Za-z0-9@])(?:([A-Za-z]{3,})([0-9]{2,4}|4[dD])|[A-Z]{3,}(?:T[O0]T[O0]|BET|SLOT|T[O0]GEL|GAC[O0]R))(?![A-Za-z0-9])"
)
# In styled writing any of these endings marks a brand (PULAUWIN, PEMUJAJP, jerukbet).
_STYLED_BRAND = re.compile(_BRAND.pattern.replace("GAC[O0]R)", "GAC[O0]R|WIN|JP|H[O0]KI)"))
# Digits that spam brands favour (measured on judol_dev comments: 88, 17, 77, 99, 777, 69 ...);
# repeated digits (88, 777) are typical too.
_SPAM_DIGITS = _word_set("17 69 76 138 168 188 303 308 328 855 919 998 007 123 4d")
_CURRENCIES = _word_set("usd idr eur sgd jpy myr aud gbp cny hkd krw sar")
_YEAR = re.compile(r"(?:19|20)[0-9][0-9]")
# Letter+digit tokens common in Indonesian news (stock indices, events, groups, formats).
_NOT_BRANDS = _word_set(
    "covid19 idx30 idx80 jkt48 cop28 galeri24 kompas100 sbr005 densus88 dewa19 mp3 mp4 ps5"
    " menyabet disabet merembet alphabet"
)


@dataclass(slots=True)
class SpamScores:
    """Scores in [0, 1] per reason and the evidence behind them."""

    judol: float = 0.0
    adult: float = 0.0
    clickbait_download: float = 0.0
    judol_terms: int = 0
    brands: list[str] = field(default_factory=list)
    styled_tokens: int = 0
    adult_terms: int = 0
    clickbait_terms: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "judol": self.judol,
            "adult": self.adult,
            "clickbait_download": self.clickbait_download,
            "judol_terms": self.judol_terms,
            "brands": self.brands,
            "styled_tokens": self.styled_tokens,
            "adult_terms": self.adult_terms,
            "clickbait_terms": self.clickbait_terms,
        }


# Tuned on judol_dev comments against real news (bench/eval_spam.py): without decisive evidence,
# topic words add at most this many points; a styled word that is not a brand adds _STYLED_POINT,
# at most _STYLED_CAP, so a comment typed entirely in bold letters is not spam by itself.
_TOPIC_ALONE = 1.0
_STYLED_POINT = 1.0
_STYLED_CAP = 1.5


def _squash(points: float, words: int) -> float:
    """Evidence points per 50 words mapped to [0, 1): 2 points in a short text give 0.63."""
    if points <= 0:
        return 0.0
    return round(1.0 - math.exp(-points / (2.0 * max(1.0, words / 50))), 3)


def _brand_weight(letters: str, digits: str, styled: bool) -> float:
    if styled:
        return 3.0
    typical = digits.lower() in _SPAM_DIGITS or (len(digits) > 1 and len(set(digits)) == 1)
    if letters.istitle():
        return 2.0 if typical else 1.0
    return 3.0 if typical else 2.0


def _styled_tokens(text: str) -> list[str]:
    """Whitespace tokens written (partly) in styled letters, folded to ASCII letters and digits."""
    tokens: list[str] = []
    if not _STYLED_BYTES.search(text.encode("utf-8", "surrogatepass")) and not _MIXED_SCRIPT.search(text):
        return tokens
    for token in text.split():
        if not _STYLED_CHAR.search(token):
            continue
        folded = "".join(_WORD.findall(_translate(token)))
        if len(folded) >= 2 and folded.isascii():
            tokens.append(folded)
    return tokens


def _not_a_brand(letters: str, digits: str) -> bool:
    """Letter+digit tokens that news produces: years, series codes, glued rupiah amounts."""
    return (
        _YEAR.fullmatch(digits) is not None
        or (digits[0] == "0" and len(digits) > 2 and digits != "007")  # bond series PBS014, SBR005
        or letters.lower().endswith("rp")  # "JanuariRp607" glued before an amount
        or letters[-3:].lower() in _CURRENCIES  # "USD50", "hargaIDR200"
    )


def _numbered_list(numbers: list[int]) -> set[int]:
    """Numbers that sit in a run of consecutive ones: "Mall10. Fashion11. Aigner12" is a glued list."""
    present = set(numbers)
    return {n for n in present if n - 1 in present or n + 1 in present}


def _brands(folded: str, styled: list[str]) -> dict[str, float]:
    """Brand tokens (upper-cased) with their points; a brand repeated counts at most twice."""
    styled_upper = {token.upper() for token in styled}
    candidates = [(m, False) for m in _brand_matches(folded)]
    candidates += [(m, True) for token in styled for m in _STYLED_BRAND.finditer(token.upper())]
    listed = _numbered_list([int(m[2]) for m, _ in candidates if m[2] and m[2].isdigit()])
    weights: dict[str, float] = {}
    seen: Counter[str] = Counter()
    for match, from_styled in candidates:
        key = match[0].upper()
        letters, digits = match[1], match[2]
        if key.lower() in _NOT_BRANDS or (from_styled and key in seen):
            continue
        if digits and (_not_a_brand(letters, digits) or (digits.isdigit() and int(digits) in listed)):
            continue
        seen[key] += 1
        is_styled = from_styled or key in styled_upper
        weight = _brand_weight(letters, digits, is_styled) if letters else 2.0 + is_styled
        weights[key] = max(weights.get(key, 0.0), weight)
    # News repeats index names (IDX30) too, so repetition adds little.
    return {key: weight * min(seen[key], 2) for key, weight in weights.items()}


def _count_phrases(
    tokens: list[bytes], counts: dict[str, int], anchors: frozenset[str], phrases: dict[bytes, list[list[bytes]]]
) -> int:
    """Non-overlapping phrase matches, left to right, the first phrase in order winning at a token.

    A phrase is a run of whole tokens, so it matches across punctuation (``slot, gacor``). Every
    phrase holds an anchor word, so only the tokens up to a phrase's length before an anchor (whose
    occurrences ``counts`` gives) can start one: the scan never walks the whole text.
    """
    starts: set[int] = set()
    for word in anchors.intersection(counts):
        token, index = word.encode(), -1
        for _ in range(counts[word]):
            index = tokens.index(token, index + 1)
            starts.update(range(max(0, index - _PHRASE_LENGTH + 1), index + 1))
    found = end = 0
    for start in sorted(starts):
        if start < end:
            continue
        for phrase in phrases.get(tokens[start], ()):
            if tokens[start : start + len(phrase)] == phrase:
                found += 1
                end = start + len(phrase)
                break
    return found


class _Evidence:
    """One text's term counts, shared by the three reasons.

    Phrases are matched on the tokens of the lower-cased UTF-8 text with every byte but ASCII
    letters and digits turned into a space (see ``_ALNUM``), so they match across punctuation; the
    tokens are only listed when an anchor word of a phrase is present.
    """

    def __init__(self, folded: str, counts: dict[bytes, int], words: int, styled: list[str]) -> None:
        self.folded = folded
        self.words = words
        self.counts = {w.decode(): n for w, n in counts.items()}
        self.context = sum(1 for w in self.counts if w in _CONTEXT)
        self.styled = [token.lower() for token in styled]
        self._tokens: list[bytes] | None = None

    def _count(self, terms: frozenset[str]) -> int:
        return sum(map(self.counts.__getitem__, terms.intersection(self.counts)))

    def _phrases(self, anchors: frozenset[str], phrases: dict[bytes, list[list[bytes]]]) -> int:
        if self._tokens is None:
            raw = b" " + self.folded.encode("utf-8", "surrogatepass")
            self._tokens = raw.lower().translate(_ALNUM).split()
        return _count_phrases(self._tokens, self.counts, anchors, phrases)

    def score(self, reason: _Reason, extra: float = 0.0) -> tuple[float, int]:
        """(score, terms found) for one reason; ``extra`` adds decisive points (brands, styling)."""
        phrase_words, phrases = _COMPILED[reason]
        decisive = self._count(reason.words)
        if not phrase_words.isdisjoint(self.counts):
            decisive += self._phrases(phrase_words, phrases)
        if self.styled:  # terms glued into a styled or spaced-out brand: JAJANTOGEL, slotgacor
            decisive += sum(1 for t in self.styled for w in reason.words if len(w) > 3 and w in t and w != t)
        topic = self._count(reason.topic)
        generic = self._count(reason.generic)
        decisive_points = 2.0 * decisive + extra
        topic_points = min(topic, _TOPIC_ALONE + decisive_points)
        generic_points = 0.5 * min(generic, decisive_points + topic_points)
        points = (decisive_points + topic_points + generic_points) / (1.0 + 0.5 * self.context)
        return _squash(points, self.words), decisive + topic


def _may_have_brand(raw: bytes) -> bool:
    """Letters glued to digits, spaced-out letters or an upper-case gambling suffix, seen in bytes.

    ``bytes.translate`` and substring tests run in C: the pre-check costs a few microseconds.
    """
    shape = raw.translate(_SHAPE)
    if b"aaa0" in shape or b" a a a" in shape:
        return True
    capitals = raw.translate(None, _NOT_CAPITALS)  # a short string: the searches below are cheap
    return any(suffix in capitals for suffix in _SUFFIX_BYTES)


def _bloom_index(word: bytes) -> int:
    """A 16-bit hash of a word (as _spam.c computes it): the kernel screens tokens with a bitmap of these."""
    hashed = 0
    for byte in word:
        hashed = (((hashed << 5) | (hashed >> 27)) & 0xFFFFFFFF) ^ byte
    return ((hashed * 2654435761) & 0xFFFFFFFF) >> 16


def _bitmap(indices: list[int], bits: int) -> bytes:
    bitmap = bytearray(bits // 8)
    for index in indices:
        bitmap[index >> 3] |= 1 << (index & 7)
    return bytes(bitmap)


assert max(map(len, _COUNTED)) <= 64, "the kernel looks up tokens of at most 64 letters"
_FOLD_BITS = _bitmap(list(_FOLD), max(_FOLD) + 8)
_BLOOM = _bitmap([_bloom_index(word) for word in _COUNTED], 0x10000)


def _scan(text: str) -> tuple[bool, bool, dict[bytes, int], int]:
    """(foldable, brand-shaped, counts of the counted words, token count) of a text, in one pass.

    Brand-shaped is ``_may_have_brand``; tokens are the words of the lower-cased ASCII letters
    and digits (anything else separates them).
    """
    if _kernel is not None:
        return _kernel.scan(text, _FOLD_BITS, _BLOOM, _COUNTED)
    raw = b" " + text.encode("utf-8", "surrogatepass")
    foldable = not text.isascii() and _FOLDABLE.search(raw) is not None
    tokens = raw.lower().translate(_ALNUM).split()
    counts = dict(Counter(w for w in tokens if w in _COUNTED))
    return foldable, _may_have_brand(raw), counts, len(tokens)


def _spaced_words(folded: str) -> list[str]:
    """The spaced-out runs of a folded text ("s l o t", "A E RO88"), separators removed."""
    if _kernel is not None and not _kernel.spaced(folded):
        return []
    return [_SPACED_SEPARATOR.sub("", m[0]) for m in _SPACED.finditer(folded)]


# _BRAND without its lookarounds: the kernel hands over whole tokens, which satisfy them.
_BRAND_TOKEN = re.compile(_BRAND.pattern.removeprefix("(?<![A-Za-z0-9@])").removesuffix("(?![A-Za-z0-9])"))


def _brand_matches(folded: str) -> list[re.Match[str]]:
    """``_BRAND`` matches in a folded text, in order."""
    if _kernel is None:
        return list(_BRAND.finditer(folded))
    matches = (_BRAND_TOKEN.fullmatch(folded, start, end) for start, end in _kernel.brand_spans(folded))
    return [match for match in matches if match is not None]


def score_text(text: str) -> SpamScores:
    """Judol, adult and clickbait-download scores for one text, with the evidence counted."""
    foldable, shaped, counts, words = _scan(text)
    maybe_brand = foldable or shaped
    if not maybe_brand and _TRIGGER_BYTES.isdisjoint(counts):
        return SpamScores()
    styled: list[str] = []
    folded = text
    if foldable:
        styled = _styled_tokens(text)
        folded = _translate(text)
    if maybe_brand:
        # A spaced-out word is styled writing too: "s l o t g a c o r", "A L E X I S 1 7".
        spaced = _spaced_words(folded)
        if spaced:
            styled += [token for token in spaced if len(token) >= 4 and not token.isdigit()]
            folded = _join_spaced(folded)
    if folded is not text:
        counts, words = _scan(folded)[2:]
    brands = _brands(folded, styled) if maybe_brand else {}
    evidence = _Evidence(folded, counts, words, styled)
    styled_points = min(_STYLED_CAP, _STYLED_POINT * sum(1 for t in styled if t.upper() not in brands))
    judol, judol_terms = evidence.score(_JUDOL, sum(brands.values()) + styled_points)
    adult, adult_terms = evidence.score(_ADULT)
    clickbait, clickbait_terms = evidence.score(_CLICKBAIT)
    return SpamScores(
        judol=judol,
        adult=adult,
        clickbait_download=clickbait,
        judol_terms=judol_terms,
        brands=sorted(brands)[:10],
        styled_tokens=len(styled),
        adult_terms=adult_terms,
        clickbait_terms=clickbait_terms,
    )


@register
class Spam(Step):
    """Annotate judol (online gambling), adult and clickbait-download scores; keep rules decide."""

    name = "spam"
    description = "Judol/adult/clickbait-download spam scores (0-1) with evidence, into metadata['spam']."
    writes = ("spam",)

    def process(self, document: Document) -> Document | Drop:
        document.metadata["spam"] = score_text(document.text).as_dict()
        return document
