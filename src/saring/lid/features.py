"""Hashed character n-gram and word features, computed with numpy in a few vector operations.

A per-character Python loop costs ~1 µs a character, ten times the budget of a 2 KB document, so
the text becomes one array of code points and every n-gram order is one multiply-add over it.
Words are hashed with prefix sums of ``c[j] * Q**j`` (``Q`` the inverse of the base modulo 2**64),
which gives each word's polynomial hash without a loop. All arithmetic wraps modulo 2**64, so the
hashes are the same on every machine and in every process (unlike Python's salted ``hash``).
The C kernel ``_features.c`` computes the same symbols and hashes: a change here is a change there.
"""

from __future__ import annotations

import numpy as np

__all__ = ["Featurizer"]

# Constants are 0-d arrays: numpy takes them in an array operation about twice as fast as scalars.
_BASE = np.array(0x100000001B3, dtype=np.uint64)
_MIX = np.array(0x9E3779B97F4A7C15, dtype=np.uint64)
_SPACE = 32
# Code points from here up are folded to one symbol: the model only knows Latin-script languages,
# and text the model cannot place (an und verdict) is left to pycld2.
_LATIN_END = 0x250
_WORD_SALT = np.array(0x51ED27 * 100, dtype=np.uint64)


def _ascii_table() -> bytes:
    """For ``bytes.translate``: ASCII letters and the apostrophe stay, every other byte becomes a space."""
    return bytes(
        code if (chr(code).isalpha() and code < 128) or code == ord("'") else _SPACE for code in range(256)
    )


_ASCII = _ascii_table()


def _symbol_table() -> np.ndarray:
    """Letters (and the apostrophes of Buginese/Acehnese spelling) map to themselves, all else to a space."""
    table = np.full(_LATIN_END + 1, _SPACE, dtype=np.uint64)
    for code in range(_LATIN_END):
        if chr(code).isalpha():
            table[code] = code
    for code in (ord("'"), 0x2019):
        table[min(code, _LATIN_END)] = ord("'")
    table[_LATIN_END] = _LATIN_END
    return table


class Featurizer:
    """Text -> hashed feature indices in ``range(2**bits)``: char n-grams of ``orders`` plus words.

    When scoring, each word counts ``word_weight`` times: Indonesian and Malay share most
    character n-grams and differ mostly in whole words (``karena``/``kerana``, ``bisa``/``boleh``);
    weighting words 4x lifted the lowest held-out accuracy (ind) from 95% to 96%.
    """

    def __init__(
        self,
        bits: int = 18,
        orders: tuple[int, ...] = (3, 4),
        max_chars: int = 600,
        word_weight: int = 4,
    ) -> None:
        self.bits = bits
        self.orders = tuple(sorted(orders))
        self.max_chars = max_chars
        self.word_weight = word_weight
        self._shift = np.array(64 - bits, dtype=np.uint64)
        self.table = _symbol_table()
        """Symbol of each code point below U+0250 (and of all above, the last entry)."""
        inverse = np.uint64(pow(int(_BASE), -1, 1 << 64))
        # str.lower() may lengthen the text ('İ' becomes 'i' and a combining dot): at most twice.
        length = 2 * max_chars + 3
        with np.errstate(over="ignore"):
            self._powers = np.concatenate(([np.uint64(1)], np.cumprod(np.full(length - 1, _BASE))))
            self._inverse_powers = np.concatenate(([np.uint64(1)], np.cumprod(np.full(length - 1, inverse))))
        self._salts = {n: np.array(n * 0x51ED27, dtype=np.uint64) for n in self.orders}

    def head(self, text: str) -> str:
        """The part of ``text`` the features are made of: its first ``max_chars`` characters, lower-cased."""
        return text[: self.max_chars].lower()

    def symbols(self, text: str) -> np.ndarray:
        """Lower-cased code points, non-letters as single spaces, padded with a space at both ends."""
        return self._symbols(text)[0]

    def indices(self, text: str) -> tuple[np.ndarray, int]:
        """Feature indices (with repeats) of ``text``, and where its word features begin.

        Empty when the text has no letters, or when most of its letters are not Latin: the model
        knows only Latin-script languages and must not guess one for Chinese or Arabic text.
        The hashes of every kind are written into one buffer and mixed in place: at ~600 symbols a
        numpy call costs about a microsecond whatever it does, so the number of calls is the cost.
        (Integer arrays wrap modulo 2**64 silently; only numpy scalars warn on overflow.)
        """
        symbols, non_latin = self._symbols(text)
        n = len(symbols)
        space = symbols == _SPACE
        spaces = np.flatnonzero(space)
        letters = n - len(spaces)
        if n < 3 or 2 * non_latin > letters:
            return np.empty(0, dtype=np.intp), 0
        sizes = [letters if order == 1 else max(n - order + 1, 0) for order in self.orders]
        words_from = sum(sizes)
        out = np.empty(words_from + len(spaces) - 1, dtype=np.uint64)
        hashes = symbols
        order = 1
        start = 0
        for n_order, size in zip(self.orders, sizes, strict=True):
            part = out[start : start + size]
            while order < n_order:
                hashes = hashes[:-1] * _BASE
                hashes += symbols[order:]
                order += 1
            if n_order == 1:
                part[:] = symbols[~space]
            else:
                np.add(hashes, self._salts[n_order], out=part)
            start += size
        self._word_hashes(symbols, spaces, out[words_from:])
        out *= _MIX
        out >>= self._shift
        return out.view(np.int64), words_from

    def _symbols(self, text: str) -> tuple[np.ndarray, int]:
        """:meth:`symbols`, and how many of them are the non-Latin symbol.

        ASCII text (60% of Indonesian news heads) takes a shortcut through ``bytes.translate`` and
        ``split``, a few C calls in place of a dozen numpy ones; the result is the same.
        """
        lowered = self.head(text)
        if lowered.isascii():
            words = lowered.encode("ascii").translate(_ASCII).split()
            joined = b"".join((b" ", b" ".join(words), b" ")) if words else b" "
            return np.frombuffer(joined, dtype=np.uint8).astype(np.uint64), 0
        codes = np.frombuffer(lowered.encode("utf-32-le", "replace"), dtype=np.uint32)
        symbols = self.table.take(np.minimum(codes, _LATIN_END))
        space = symbols == _SPACE
        # A symbol is kept unless it is a space after a space (or after the leading pad).
        keep = np.empty(len(symbols), dtype=bool)
        keep[0] = False
        np.logical_not(space[:-1], out=keep[1:])
        keep |= ~space
        kept = symbols[keep]
        padded = np.empty(len(kept) + 2, dtype=np.uint64)
        padded[0] = _SPACE
        padded[1:-1] = kept
        padded[-1] = _SPACE
        non_latin = int(np.count_nonzero(kept == _LATIN_END))
        if not len(kept) or kept[-1] == _SPACE:
            return padded[:-1], non_latin
        return padded, non_latin

    def _word_hashes(self, symbols: np.ndarray, spaces: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Polynomial hash of each word with its two bounding spaces (`` kami ``), salted, into ``out``."""
        n = len(symbols)
        prefix = np.empty(n + 1, dtype=np.uint64)
        prefix[0] = 0
        np.cumsum(symbols * self._inverse_powers[:n], out=prefix[1:])
        ends = spaces[1:]
        np.subtract(prefix[1:].take(ends), prefix.take(spaces[:-1]), out=out)
        out *= self._powers.take(ends)
        out += _WORD_SALT
        return out
