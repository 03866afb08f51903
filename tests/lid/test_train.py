"""Training and the features it rests on: deterministic, quick, and loud about bad input."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saring.lid.features import Featurizer
from saring.lid.model import LidModel
from saring.lid.train import DEFAULT_RUNOFF_WORD_WEIGHT, TrainingDataError, fit, train

EXAMPLES = [
    ("saya tidak bisa datang karena sedang sakit", "ind"),
    ("harga beras di pasar naik sejak pekan lalu", "ind"),
    ("saya tidak boleh datang kerana sedang sakit", "msa"),
    ("harga beras di pasar naik sejak minggu lepas", "msa"),
    ("the price of rice at the market rose last week", "eng"),
    ("i could not come because i was sick", "eng"),
]


def test_word_hashes_do_not_depend_on_position() -> None:
    featurizer = Featurizer(bits=16)
    symbols = featurizer.symbols("kami pergi ke pasar kami")
    spaces = np.flatnonzero(symbols == ord(" "))
    first = featurizer._word_hashes(symbols, spaces, np.empty(len(spaces) - 1, dtype=np.uint64))
    assert first[0] == first[-1]
    assert len(set(first.tolist())) == 4


def test_symbols_fold_case_digits_and_punctuation() -> None:
    featurizer = Featurizer(bits=16)
    symbols = featurizer.symbols("  Kami, 2024!  PERGI ")
    assert "".join(map(chr, symbols)) == " kami pergi "


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_ascii_shortcut_gives_the_symbols_of_the_code_point_path(text: str) -> None:
    # A trailing no-break space (a non-letter, so a space) sends the text down the general path.
    featurizer = Featurizer(bits=16)
    assert np.array_equal(featurizer.symbols(text), featurizer.symbols(f"{text}\u00a0"))
    assert featurizer.symbols(text).dtype == np.uint64


def test_text_without_letters_has_no_features() -> None:
    indices, _ = Featurizer(bits=16).indices("2024 - 12 / 05 !!!")
    assert len(indices) == 0


def test_training_is_deterministic() -> None:
    first = fit(EXAMPLES, Featurizer(bits=12))
    second = fit(list(reversed(EXAMPLES)), Featurizer(bits=12))
    assert first.labels == second.labels == ("eng", "ind", "msa")
    assert np.array_equal(first.weights, second.weights)


def test_saved_model_predicts_like_the_trained_one(tmp_path) -> None:
    model = train_tiny(tmp_path)
    loaded = LidModel.load(tmp_path / "m.npz")
    for text in ("saya tidak bisa pergi", "saya tidak boleh pergi kerana hujan", "the market was closed"):
        assert loaded.predict(text)[0] == model.predict(text)[0]
    assert loaded.predict("saya tidak boleh pergi kerana hujan")[0] == "msa"


def test_verdict_reports_fit_and_english_lean(tmp_path) -> None:
    model = train_tiny(tmp_path)
    english = model.verdict("the price of rice at the market rose")
    indonesian = model.verdict("harga beras di pasar naik sejak pekan lalu")
    assert english.language == "eng" and indonesian.language == "ind"
    assert english.english_share > 0.5 > indonesian.english_share
    assert model.verdict("zzqx vvkj wqxz").fit < indonesian.fit
    assert model.verdict("2024 !!!").language == "und"


def test_totals_sum_the_weights_and_the_score_is_their_softmax(tmp_path) -> None:
    model = train_tiny(tmp_path)
    text = "saya tidak boleh pergi kerana hujan"
    totals, count = model.totals(text)
    indices, words_from = model.featurizer.indices(text)
    weights = np.where(np.arange(len(indices)) < words_from, 1.0, model.featurizer.word_weight)
    assert totals == pytest.approx(weights @ model.weights[indices], rel=1e-5)
    expected = np.exp((totals - totals.max()) * model.temperature / count)
    assert model.verdict(text).score == pytest.approx(1.0 / expected.sum(), rel=1e-5)


def train_tiny(tmp_path) -> LidModel:
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(f'{{"text": "{text}", "lang": "{lang}"}}\n' for text, lang in EXAMPLES))
    return train([path], tmp_path / "m.npz", bits=12)


def test_record_without_lang_is_an_error_naming_the_line(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "satu", "lang": "ind"}\n{"text": "dua"}\n')
    with pytest.raises(TrainingDataError, match=r"bad.jsonl:2"):
        train([path], tmp_path / "m.npz")


def test_one_language_is_not_enough() -> None:
    with pytest.raises(TrainingDataError, match="at least two languages"):
        fit([("saya pergi", "ind"), ("kami pulang", "ind")], Featurizer(bits=12))


def test_runoff_weight_is_trained_saved_and_loaded(tmp_path) -> None:
    model = train_tiny(tmp_path)
    assert model.runoff_word_weight == DEFAULT_RUNOFF_WORD_WEIGHT > model.featurizer.word_weight
    assert LidModel.load(tmp_path / "m.npz").runoff_word_weight == DEFAULT_RUNOFF_WORD_WEIGHT


def test_file_without_runoff_weight_keeps_the_first_stage_label(tmp_path) -> None:
    train_tiny(tmp_path)
    with np.load(tmp_path / "m.npz") as data:
        arrays = {key: data[key] for key in data.files if key != "runoff_word_weight"}
    np.savez_compressed(tmp_path / "old.npz", **arrays)
    old = LidModel.load(tmp_path / "old.npz")
    assert old.runoff_word_weight == old.featurizer.word_weight
    for text, _ in EXAMPLES:
        totals, _ = old.totals(text)
        assert old.predict(text)[0] == old.labels[int(np.argmax(totals))]


def runoff_model(runoff_word_weight: float, text: str) -> LidModel:
    """Two labels: every character n-gram of ``text`` leans msa by 1, every word leans ind by 1."""
    featurizer = Featurizer(bits=16)
    indices, words_from = featurizer.indices(text)
    weights = np.full((1 << 16, 2), -12.0, dtype=np.float32)
    weights[indices[:words_from]] = (-6.0, -5.0)
    weights[indices[words_from:]] = (-5.0, -6.0)
    return LidModel(("ind", "msa"), weights, featurizer, runoff_word_weight=runoff_word_weight)


def test_runoff_between_the_two_best_labels_weighs_words_more() -> None:
    # Short words: about six character n-grams per word, so words weighted 4x lose and 8x win.
    text = "di ke ya tu di ke ya tu"
    indices, words_from = Featurizer(bits=16).indices(text)
    assert 4 * (len(indices) - words_from) < words_from < 8 * (len(indices) - words_from)
    first_stage = runoff_model(4.0, text).verdict(text)
    runoff = runoff_model(8.0, text).verdict(text)
    assert first_stage.language == "msa"
    assert runoff.language == "ind"
    # The score is the first stage's, whichever of the two the runoff picks.
    assert runoff.score == pytest.approx(first_stage.score)
