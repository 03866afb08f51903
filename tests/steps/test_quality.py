"""The quality step's signals, and the keep rules proposed for the presets.

Each rule test builds a document that fails exactly that rule: the test checks the reason the
Keep step drops it with, and that no other rule would have dropped it.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saring.config import load_preset
from saring.document import Document
from saring.step import Drop, get_step
from saring.steps import quality
from saring.steps.keep import Keep, KeepOptions
from saring.steps.quality import Quality, QualityOptions

# The rules under test are the ones the preset ships (quality's, among the others in its keep step).
RULES = next(s for s in load_preset("news-id").steps if s.name == "keep").options["rules"]
RULES = KeepOptions(rules=RULES).rules


@pytest.fixture(autouse=True, params=["kernel", "python"])
def signals_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs on the C kernel and on the pure-Python path, which must give the same signals."""
    if request.param == "python":
        monkeypatch.setattr(quality, "_kernel", None)
    elif quality._kernel is None:
        pytest.skip("saring.steps._quality is not built (no C compiler): the pure-Python path runs")


# A healthy article (written for these tests): every rule passes.
ARTICLE_LINES = [
    "Banjir kembali merendam puluhan rumah warga di Desa Sukamaju pada Selasa pagi.",
    "Air mulai naik sejak pukul 04.00 setelah hujan deras mengguyur kawasan hulu sungai semalaman.",
    "Kepala desa mengatakan sebagian besar warga sudah mengungsi ke balai desa yang lebih tinggi.",
    "Petugas gabungan dari BPBD, TNI dan Polri membantu evakuasi lansia serta anak-anak.",
    "Menurut catatan sementara, tidak ada korban jiwa dalam peristiwa tersebut.",
    "Namun kerugian ditaksir mencapai ratusan juta rupiah karena sawah seluas 40 hektare ikut terendam.",
    "Warga berharap pemerintah kabupaten segera memperbaiki tanggul yang jebol tahun lalu.",
    "Dinas pekerjaan umum berjanji mengirim alat berat begitu debit air mulai surut.",
    "Sementara itu, dapur umum didirikan oleh relawan untuk memenuhi kebutuhan makan pengungsi.",
    "BMKG memperkirakan hujan dengan intensitas sedang hingga lebat masih akan turun tiga hari ke depan.",
]
ARTICLE = "\n".join(ARTICLE_LINES)


def failing(text: str) -> list[str]:
    metadata = Quality().process(Document("t", text)).metadata
    return [rule.reason for rule in RULES if not rule.passes(metadata)]


def dropped_reason(text: str) -> str | None:
    document = Quality().process(Document("t", text))
    result = Keep(KeepOptions(rules=RULES)).process(document)
    return result.reason if isinstance(result, Drop) else None


def assert_trips_only(text: str, reason: str) -> None:
    assert failing(text) == [reason]
    assert dropped_reason(text) == reason


def unique_words(count: int, prefix: str = "kata") -> list[str]:
    """Distinct made-up words (kataab, kataac, ...), so no n-gram repeats by accident."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [f"{prefix}{letters[i // 26 % 26]}{letters[i % 26]}" for i in range(count)]


def filler(count: int, prefix: str = "isi") -> str:
    """``count`` distinct words, each after a common stopword: Indonesian-like ratios, no repeated bigram."""
    stopwords = ("yang", "dan", "di", "untuk", "dengan", "pada")
    return " ".join(f"{stopwords[i % 6]} {word}" for i, word in enumerate(unique_words(count, prefix)))


def test_registered_and_annotates_only() -> None:
    assert get_step("quality") is Quality
    document = Quality().process(Document("t", ARTICLE))
    assert isinstance(document, Document)
    assert document.text == ARTICLE
    assert document.removals == []


def test_healthy_article_passes_every_rule() -> None:
    assert failing(ARTICLE) == []


def test_word_signals_ignore_punctuation_and_numbers() -> None:
    signals = Quality().signals("Harga cabai naik 25 persen, dari Rp 40.000 menjadi Rp 50.000 per kilogram.")
    assert signals["word_count"] == 10
    assert signals["alpha_word_frac"] == 1.0
    assert signals["ind_stopwords"] == 1


def test_reduplication_is_one_word() -> None:
    signals = Quality().signals("Anak-anak bermain di halaman.")
    assert signals["word_count"] == 4


def test_stopword_signals() -> None:
    signals = Quality().signals("Dia sudah pulang dari kantor dan makan malam di rumah yang baru.")
    assert signals["ind_stopwords"] == 4
    assert signals["stopword_count"] == 7
    assert signals["stopword_ratio"] == pytest.approx(7 / 12)


def test_dup_line_frac() -> None:
    text = "\n".join(ARTICLE_LINES[:8] + ["Iklan."] * 4)
    assert_trips_only(text, "gopher_dup_line_frac")


def test_dup_para_frac() -> None:
    paragraphs = [
        f"{ARTICLE_LINES[i]} {ARTICLE_LINES[i + 1]}\n{filler(8, f'isi{i}')}." for i in range(0, 10, 2)
    ]
    text = "\n\n".join([*paragraphs, *["Iklan."] * 4])
    assert_trips_only(text, "gopher_dup_para_frac")


def test_top_2gram() -> None:
    cafes, tastes = unique_words(7, "kedai"), unique_words(7, "rasa")
    text = " ".join(f"Di {cafe} kopi susu {taste}." for cafe, taste in zip(cafes, tastes, strict=True))
    assert_trips_only(f"{text} {filler(10)}.", "gopher_top_2gram")


def test_top_3gram() -> None:
    groups, days = unique_words(4, "rombongan"), unique_words(4, "hari")
    text = " ".join(f"Rombongan {g} di kota yogyakarta {d}." for g, d in zip(groups, days, strict=True))
    assert_trips_only(f"{text} {filler(15)}.", "gopher_top_3gram")


def test_top_4gram() -> None:
    groups, days = unique_words(3, "rombongan"), unique_words(3, "hari")
    text = " ".join(
        f"Rombongan {g} di pulau kepulauan seribu {d}." for g, d in zip(groups, days, strict=True)
    )
    assert_trips_only(f"{text} {filler(15)}.", "gopher_top_4gram")


def repeated_ngrams_document(n: int, phrases: int, filler_words: int) -> str:
    """``phrases`` distinct n-word phrases, each said twice with different neighbours."""
    words = unique_words(phrases * n, "frasa")
    chunks = [" ".join(words[i * n : (i + 1) * n]) for i in range(phrases)]
    left = unique_words(2 * phrases, "kiri")
    first = " ".join(f"Yang {left[i]} {chunk}." for i, chunk in enumerate(chunks))
    second = " ".join(f"Dan {left[phrases + i]} {chunk}." for i, chunk in enumerate(chunks))
    return f"{first} {filler(filler_words)}. {second}"


@pytest.mark.parametrize(
    ("n", "filler_words"),
    # Filler lengths put each fraction mid-way between its threshold and the next n's.
    [(5, 53), (6, 128), (7, 173), (8, 229), (9, 296), (10, 379)],
)
def test_duplicated_ngrams(n: int, filler_words: int) -> None:
    text = repeated_ngrams_document(n, 10, filler_words)
    assert_trips_only(text, f"gopher_dup_{n}gram")


def test_punct_lines() -> None:
    text = "\n".join(line.rstrip(".") for line in ARTICLE_LINES[:9]) + "\n" + ARTICLE_LINES[9]
    assert_trips_only(text, "fineweb_punct_lines")


def test_punct_lines_is_undefined_for_one_line() -> None:
    text = " ".join(ARTICLE_LINES) + " Warga terdampak banjir menunggu bantuan logistik"
    assert Quality().signals(text)["punct_line_frac"] is None
    assert failing(text) == []


def test_short_lines() -> None:
    short = [
        "Hujan reda.",
        "Warga lega.",
        "Sawah rusak.",
        "Jalan licin.",
        "Sungai surut.",
        "Sekolah libur.",
        "Pasar sepi.",
    ]
    text = "\n".join([ARTICLE_LINES[0] + " " + " ".join(ARTICLE_LINES[1:4]), *short, *ARTICLE_LINES[4:6]])
    text += " " + " ".join(ARTICLE_LINES[6:])
    assert_trips_only(text, "fineweb_short_lines")


def test_char_dup() -> None:
    scores = "Hasil lengkap: 21-19, 18-21, 21-17; 21-15, 19-21, 21-16; 21-12, 21-14, 21-18; 22-20, 21-11."
    text = "\n".join([*ARTICLE_LINES[:4], scores, *ARTICLE_LINES[4:8], scores])
    assert_trips_only(text, "fineweb_char_dup")


def test_newline_ratio() -> None:
    words = unique_words(45, "pemerintahan")
    lines = [f"Yang {words[i]} dan {words[i + 1]} {words[i + 2]}." for i in range(0, 45, 3)]
    assert_trips_only("\n".join(lines), "fineweb_newline_ratio")


def test_word_count() -> None:
    assert_trips_only(" ".join(ARTICLE_LINES[:3]), "gopher_word_count")


def test_mean_word_length() -> None:
    slugs = unique_words(40, "pemberitahuan-penyelenggaraan-")
    text = " ".join(f"Yang {a} dan {b}." for a, b in zip(slugs[::2], slugs[1::2], strict=True))
    assert_trips_only(text, "gopher_mean_word_length")


def test_symbol_ratio() -> None:
    tags = unique_words(20, "tagar")
    lines = [f"{line[:-1]} #{tags[2 * i]} #{tags[2 * i + 1]}." for i, line in enumerate(ARTICLE_LINES)]
    assert_trips_only("\n".join(lines), "gopher_symbol_ratio")


def test_bullet_lines() -> None:
    assert_trips_only("\n".join(f"- {line}" for line in ARTICLE_LINES), "gopher_bullet_lines")


def test_ellipsis_lines() -> None:
    lines = [line[:-1] + "..." if i % 2 else line for i, line in enumerate(ARTICLE_LINES)]
    assert_trips_only("\n".join(lines), "gopher_ellipsis_lines")


def test_alpha_ratio() -> None:
    text = "\n".join(f"★★★ ⭐ ✅ ➡️ {line}" for line in ARTICLE_LINES)
    assert_trips_only(text, "gopher_alpha_ratio")


def test_few_stopwords() -> None:
    text = (
        "Mereka akan tetap bekerja meskipun hujan turun sejak pagi. Kami juga sudah siap "
        "membantu warga kampung sebelah bila banjir datang lagi. Menurut petugas, air sungai "
        "naik sekitar satu meter selama malam tadi. Sebagian warga memilih bertahan sambil "
        "menjaga barang berharga. Relawan membagikan makanan, selimut serta obat-obatan kepada "
        "mereka. Petugas berharap cuaca segera membaik sehingga aktivitas sekolah bisa kembali "
        "normal minggu depan."
    )
    assert_trips_only(text, "few_stopwords")


def test_low_stopword_ratio() -> None:
    products = " ".join(unique_words(60, "produk"))
    text = f"Katalog dan daftar harga di toko: {products}."
    assert_trips_only(text, "low_stopword_ratio")


@given(st.text(max_size=300))
def test_any_text_gives_finite_signals(text: str) -> None:
    signals = Quality().signals(text)
    assert all(value >= 0 for value in signals.values() if value is not None)
    assert 0.0 <= signals["alpha_word_frac"] <= 1.0


# The n-gram signals are computed by a fast path (quality._repeated_ngrams); this is the plain
# definition they must agree with exactly.
ALL_NS = (2, 3, 4, 5, 6, 7, 8, 9, 10)


def reference_ngram_signals(words: list[str], length: int) -> dict[str, float]:
    signals = {}
    for n in ALL_NS:
        grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
        counts = Counter(grams)
        most = max(counts.values(), default=0)
        top = 0.0
        if most >= 2:
            gram = next(g for g in grams if counts[g] == most)  # the earliest of the most frequent
            top = most * (sum(map(len, gram)) + n - 1) / length
        seen: set[tuple[str, ...]] = set()
        covered: set[int] = set()
        for i, gram in enumerate(grams):
            if gram in seen:
                covered.update(range(i, i + n))
            seen.add(gram)
        signals[f"top_{n}gram_char_frac"] = top
        signals[f"dup_{n}gram_char_frac"] = sum(len(words[i]) for i in covered) / length
    return signals


def ngram_signals(text: str) -> dict[str, float]:
    signals = Quality(QualityOptions(top_ngrams=ALL_NS, duplicated_ngrams=ALL_NS)).signals(text)
    return {key: value for key, value in signals.items() if "gram_" in key}


# A small vocabulary, so that n-grams of every length repeat, overlap and tie.
REPEATING_WORDS = st.lists(
    st.sampled_from(["dan", "yang", "di", "rumah", "anak-anak", "banjir", "x"]), max_size=120
)


@given(REPEATING_WORDS)
def test_ngram_signals_match_their_definition(words: list[str]) -> None:
    text = " ".join(words)
    assert ngram_signals(text) == reference_ngram_signals(words, max(len(text), 1))


def test_ngram_signals_of_a_copied_article_match_their_definition() -> None:
    text = f"{ARTICLE}\nIklan.\n{ARTICLE}\n{ARTICLE_LINES[3]}"
    assert text.isascii()
    words = re.findall("[a-z][a-z0-9-]*", text.lower())  # the step's words, for ASCII text
    signals = ngram_signals(text)
    assert signals == reference_ngram_signals(words, len(text))
    assert signals["dup_10gram_char_frac"] > 0.4
