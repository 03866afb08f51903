"""The C kernel (``saring.lid._features``) against the numpy path it replaces: the same numbers, bit for bit.

Every comparison runs the model twice on one text, once with the kernel and once with
``saring.lid.model._kernel`` set to None, and asserts equal sums, totals and verdicts (not approximately).
"""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saring.lid import model as model_module
from saring.lid.features import Featurizer
from saring.lid.model import LidModel, Quantized, load_default
from saring.lid.train import fit

kernel = model_module._kernel
needs_kernel = pytest.mark.skipif(kernel is None, reason="saring.lid._features is not built (no C compiler)")

# Written for these tests: plain news prose, Malay, Javanese, scripts and characters that take the
# kernel's less common paths (2- and 4-byte strings, surrogates, case folding that lengthens text).
TEXTS = [
    "JAKARTA - Pemerintah kota menambah jadwal kereta komuter mulai pekan depan karena penumpang terus bertambah.",
    "Kerajaan negeri akan membaiki jalan kampung yang rosak akibat banjir bulan lalu, kata Menteri Besar.",
    "Wingi sore aku lunga menyang pasar karo ibuku, banjur udane deres banget.",
    "Warga Desa Sukamaju menggelar kerja bakti membersihkan saluran air sebelum musim hujan tiba. " * 12,
    "“Kami sudah siap,” ujar Kepala Dinas kepada wartawan di Balai Kota, Senin (12/5).",
    "Ana’ mappakainge’ ri tau matoanna, nasaba’ maega jama-jamang ri bola.",
    "Café à São Paulo — naïve façade, ÉTÉ, Ærø, ß, Ǆ, ǅ, ǆ",
    "今天早上我们去市场买菜。",
    "ذهبنا إلى السوق صباح اليوم",
    "Berita 😀 hari ini 𝐉𝐀𝐊𝐀𝐑𝐓𝐀 dan 𝔰𝔞𝔶𝔞",
    "İstanbul İzmir " * 60,
    "İ" * 700,
    "\ud800 saya \udfff pergi ke pasar \ud83d",
    "K\u212a \u212b \u1e9e \u0130 \u03a3\u03a3 \u2019 ' x'y",
    "",
    " ",
    "a",
    "ab",
    "abc",
    "12345 !!! ???",
    "a b c d e f g",
    "x" * 2000,
]


def both_paths(model: LidModel, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple, tuple]:
    """(kernel, numpy) results of every public number the model gives for ``text``."""

    def numbers() -> tuple:
        totals = model.totals(text)
        totals = None if totals is None else (totals[0].tobytes(), totals[1])
        return tuple(model.verdict(text)), totals, model._column_sums(text)

    with_kernel = numbers()
    with monkeypatch.context() as patch:
        patch.setattr(model_module, "_kernel", None)
        without = numbers()
    return with_kernel, without


@pytest.fixture(scope="module")
def shipped() -> LidModel:
    return load_default()


@needs_kernel
@pytest.mark.parametrize("text", TEXTS)
def test_kernel_gives_the_numbers_of_the_numpy_path(
    shipped: LidModel, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_kernel, without = both_paths(shipped, text, monkeypatch)
    assert with_kernel == without


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(st.characters(exclude_categories=()), max_size=800),
        st.text(st.sampled_from("aeiou ngkbrst’'İIK\u212aéÉ.,\n-"), max_size=900),
    )
)
def test_kernel_matches_on_arbitrary_text(shipped: LidModel, text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        with_kernel, without = both_paths(shipped, text, monkeypatch)
    assert with_kernel == without


def test_text_that_lower_case_lengthens_has_features(monkeypatch: pytest.MonkeyPatch) -> None:
    # 'İ'.lower() is two characters, so 600 of them are 1,200 symbols: more than max_chars.
    monkeypatch.setattr(model_module, "_kernel", None)
    _, words_from = Featurizer(bits=16).indices("İ" * 600)
    assert words_from == 1200 + 1199  # trigrams and 4-grams of 1,202 symbols
    assert load_default().verdict("İ" * 600).language != "und"


def odd_model(labels: int, featurizer: Featurizer) -> LidModel:
    """Random weights: no English column when the labels lack eng, 32-byte rows past 15 labels."""
    rng = np.random.default_rng(labels)
    names = [f"l{i:02d}" for i in range(labels)]
    weights = rng.normal(-10.0, 2.0, size=(1 << featurizer.bits, labels)).astype(np.float32)
    return LidModel(names, weights, featurizer, temperature=4.0, runoff_word_weight=6.0)


@needs_kernel
@pytest.mark.parametrize(
    ("labels", "featurizer"),
    [
        (2, Featurizer(bits=10, orders=(1, 2), max_chars=40, word_weight=3)),
        (5, Featurizer(bits=12, orders=(3, 3, 5), max_chars=300)),
        (20, Featurizer(bits=12)),
    ],
)
def test_kernel_follows_other_orders_widths_and_labels(
    labels: int, featurizer: Featurizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = odd_model(labels, featurizer)
    for text in TEXTS:
        with_kernel, without = both_paths(model, text, monkeypatch)
        assert with_kernel == without


@needs_kernel
def test_kernel_on_a_trained_model_without_english(monkeypatch: pytest.MonkeyPatch) -> None:
    model = fit(
        [("saya pergi ke pasar karena hujan", "ind"), ("saya pergi ke pasar kerana hujan", "msa")],
        Featurizer(bits=12),
    )
    for text in TEXTS:
        with_kernel, without = both_paths(model, text, monkeypatch)
        assert with_kernel == without
    assert model.verdict("kami pergi karena hujan").english_share == 1.0


@needs_kernel
def test_kernel_rejects_arguments_that_do_not_fit(shipped: LidModel) -> None:
    featurizer = shipped.featurizer
    args = ("kami", featurizer.table, shipped._rows, featurizer.bits, featurizer.orders)
    with pytest.raises(TypeError):
        kernel.column_sums(b"kami", *args[1:])
    with pytest.raises(ValueError, match="rows"):
        kernel.column_sums("kami", featurizer.table, shipped._rows, featurizer.bits - 1, featurizer.orders)
    with pytest.raises(ValueError, match="rows"):
        kernel.column_sums("kami", featurizer.table, shipped._rows[:, :13].copy(), featurizer.bits, (3,))
    with pytest.raises(ValueError, match="table"):
        kernel.column_sums("kami", featurizer.table[:10], shipped._rows, featurizer.bits, (3,))
    with pytest.raises(ValueError, match="orders"):
        kernel.column_sums("kami", featurizer.table, shipped._rows, featurizer.bits, (0, 3))
    with pytest.raises(ValueError, match="constants"):
        kernel.ranked(*args, np.zeros(2))
    with pytest.raises(TypeError):
        kernel.ranked(*args)


@needs_kernel
def test_kernel_keeps_no_memory(shipped: LidModel) -> None:
    # tracemalloc sees PyMem allocations and every Python object, so a leaked buffer or reference shows.
    texts = TEXTS * 20
    for text in texts:
        shipped.verdict(text)
        shipped.totals(text)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for text in texts * 5:
        shipped.verdict(text)
        shipped.totals(text)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert after - before < 4096


def test_loading_quantized_weights_gives_the_model_the_float_weights_give(shipped: LidModel) -> None:
    # The shipped file's codes span 0..255 in every column, so they load as they are; codes that do not
    # (a model saved by hand) are re-coded. Either way, the float path's numbers to the bit.
    rng = np.random.default_rng(0)
    narrow = rng.integers(10, 200, size=(1 << 12, 3), dtype=np.uint8)
    cases = [
        (
            shipped.labels,
            shipped._rows[:, : len(shipped.labels)],
            shipped._low,
            shipped._step,
            shipped.featurizer,
        ),
        (
            ("eng", "ind", "msa"),
            narrow,
            np.float32([-12, -11, -13]),
            np.float32([0.05, 0.04, 0.06]),
            Featurizer(12),
        ),
    ]
    for labels, codes, low, step, featurizer in cases:
        fast = LidModel(labels, Quantized(codes, low, step), featurizer)
        slow = LidModel(labels, codes.astype(np.float32) * step + low, featurizer)
        assert np.array_equal(fast._rows, slow._rows)
        assert fast._low.tobytes() == slow._low.tobytes()
        assert fast._step.tobytes() == slow._step.tobytes()
