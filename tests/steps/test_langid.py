"""The langid step on short texts written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saring.document import Document
from saring.lid import model as lid_model
from saring.lid.model import LidModel, load_default
from saring.lid.train import train
from saring.step import get_step
from saring.steps import langid
from saring.steps.keep import Keep, KeepOptions
from saring.steps.langid import LangId, LangIdOptions, cld2_shares, sample

INDONESIAN_NEWS = (
    "JAKARTA, Kabarkota.com - Pemerintah Provinsi DKI Jakarta memperpanjang masa pendaftaran sekolah "
    "negeri hingga akhir pekan depan. Kepala Dinas Pendidikan mengatakan perpanjangan itu dilakukan karena "
    "masih banyak orang tua yang belum sempat mengunggah dokumen anaknya.\n"
    "Baca juga: Jadwal Lengkap Pendaftaran Sekolah 2025\n"
    '"Kami tidak ingin ada anak yang tertinggal hanya karena masalah teknis," ujarnya kepada wartawan, '
    "Senin (12/5)."
)
INDONESIAN_SHORT = "Harga cabai di pasar tradisional naik lagi minggu ini, warga mengeluh karena penghasilan tidak bertambah."
MALAY = (
    "KUALA LUMPUR: Kerajaan negeri akan memperuntukkan dana tambahan bagi membaiki jalan kampung yang rosak "
    "akibat banjir bulan lalu. Menteri Besar berkata, kerja-kerja pembaikan dijangka bermula minggu hadapan "
    "dan akan siap sebelum hujung tahun. Beliau turut menasihati penduduk supaya sentiasa berhati-hati ketika "
    "memandu pada waktu malam kerana jalan masih licin."
)
JAVANESE = (
    "Wingi sore aku lunga menyang pasar karo ibuku. Ing kana akeh banget wong sing padha tuku sayuran lan "
    "iwak. Ibu tuku beras sakarung, banjur aku digawani tas sing isine endhog. Bareng mulih, udane deres "
    "banget nganti klambiku teles kabeh."
)
SUNDANESE = (
    "Kamari sonten abdi angkat ka pasar sareng indung. Di ditu seueur pisan jalma anu mésér sayuran sareng "
    "lauk. Indung mésér béas sakarung, teras abdi dibéré kantong anu eusina endog. Basa uih ka bumi, hujan "
    "ageung pisan dugi ka baju abdi baseuh sadayana."
)
ENGLISH = (
    "The city council approved a new budget on Monday that will pay for repairs to several bridges damaged "
    "during last year's floods. Officials said the work should begin next month and is expected to take "
    "about a year to finish."
)
FRENCH = (
    "Le conseil municipal a voté lundi un nouveau budget pour réparer plusieurs ponts endommagés par les "
    "inondations de l'année dernière. Les travaux devraient commencer le mois prochain et durer environ "
    "un an, selon les responsables de la ville, qui promettent de limiter la gêne pour les habitants."
)

# Languages outside the 13, written for these tests: the model must not read any as plain Indonesian.
OTHER_LANGUAGES = {
    "tagalog": (
        "Nagpulong ang mga opisyal ng lungsod noong Lunes upang pag-usapan ang bagong badyet para sa "
        "pagkumpuni ng mga tulay na nasira ng baha noong nakaraang taon. Sinabi ng alkalde na magsisimula "
        "ang trabaho sa susunod na buwan."
    ),
    "dutch": (
        "De gemeenteraad heeft maandag een nieuwe begroting goedgekeurd voor de reparatie van enkele bruggen "
        "die vorig jaar door overstromingen zijn beschadigd. Volgens de wethouder beginnen de werkzaamheden "
        "volgende maand."
    ),
    "spanish": (
        "El ayuntamiento aprobó el lunes un nuevo presupuesto para reparar varios puentes dañados por las "
        "inundaciones del año pasado. Las obras comenzarán el próximo mes y durarán aproximadamente un año, según el alcalde."
    ),
    "turkish": (
        "Belediye meclisi pazartesi günü geçen yılki sellerde hasar gören birkaç köprünün onarımı için yeni "
        "bir bütçeyi onayladı. Yetkililer çalışmaların gelecek ay başlayacağını ve yaklaşık bir yıl "
        "süreceğini söyledi."
    ),
    "vietnamese": (
        "Hội đồng thành phố đã thông qua ngân sách mới vào thứ Hai để sửa chữa một số cây cầu bị hư hại do "
        "lũ lụt năm ngoái. Công việc dự kiến bắt đầu vào tháng tới và kéo dài khoảng một năm, theo các quan "
        "chức thành phố."
    ),
}


@pytest.fixture
def cld2_calls(monkeypatch) -> list[str]:
    """Records the texts the step hands to pycld2 (and still asks it)."""
    calls: list[str] = []

    def recording(text: str) -> dict[str, float]:
        calls.append(text)
        return cld2_shares(text)

    monkeypatch.setattr(langid, "cld2_shares", recording)
    return calls


@pytest.fixture(scope="module")
def step() -> LangId:
    return LangId()


def annotate(step: LangId, text: str) -> dict:
    result = step.process(Document("d", text))
    assert isinstance(result, Document)
    return result.metadata


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (INDONESIAN_NEWS, "ind"),
        (INDONESIAN_SHORT, "ind"),
        (MALAY, "msa"),
        (JAVANESE, "jav"),
        (SUNDANESE, "sun"),
        (ENGLISH, "eng"),
    ],
)
def test_labels_each_language(step: LangId, text: str, language: str) -> None:
    metadata = annotate(step, text)
    assert metadata["language"] == language
    assert 0.0 < metadata["language_score"] <= 1.0


def test_writes_all_declared_keys(step: LangId) -> None:
    metadata = annotate(step, INDONESIAN_NEWS)
    assert set(LangId.writes) <= set(metadata)
    assert metadata["non_ind_fraction"] < 0.1


def test_english_quote_in_indonesian_text_raises_non_ind_fraction(step: LangId) -> None:
    mixed = annotate(step, f"{INDONESIAN_NEWS}\n{ENGLISH}\n{INDONESIAN_NEWS}")
    assert mixed["language"] == "ind"
    assert 0.1 < mixed["non_ind_fraction"] < 0.6


def test_plain_indonesian_is_not_sent_to_pycld2(step: LangId, cld2_calls: list[str]) -> None:
    metadata = annotate(step, INDONESIAN_NEWS)
    assert cld2_calls == []
    assert metadata["language"] == "ind"
    assert metadata["non_ind_fraction"] == 0.0


def test_indonesian_with_an_english_passage_is_measured_by_pycld2(
    step: LangId, cld2_calls: list[str]
) -> None:
    annotate(step, f"{ENGLISH}\n{INDONESIAN_NEWS}")
    assert len(cld2_calls) == 1


@pytest.mark.parametrize("text", [MALAY, JAVANESE, ENGLISH])
def test_other_labels_are_still_checked_by_pycld2(step: LangId, cld2_calls: list[str], text: str) -> None:
    annotate(step, text)
    assert len(cld2_calls) == 1


def test_plain_min_score_above_one_always_asks_pycld2(cld2_calls: list[str]) -> None:
    step = LangId(LangIdOptions(plain_min_score=1.1))
    assert annotate(step, INDONESIAN_NEWS)["language"] == "ind"
    assert len(cld2_calls) == 1


@pytest.mark.parametrize("name", sorted(OTHER_LANGUAGES))
def test_latin_script_language_outside_the_set_reaches_pycld2_and_is_undetermined(
    step: LangId, name: str
) -> None:
    text = OTHER_LANGUAGES[name]
    assert len(text) >= LangIdOptions().other_language_min_chars
    assert not step.plainly_indonesian(step.model.verdict(text))
    assert annotate(step, text)["language"] == "und"


def test_regional_language_counts_as_wholly_non_indonesian(step: LangId) -> None:
    assert annotate(step, JAVANESE)["non_ind_fraction"] == 1.0


@pytest.mark.parametrize(
    "text", ["", "   \n  ", "12345 67 !!! ???", "--- *** ---", "\x00\x0e\x1b", "\ud800\udfff"]
)
def test_empty_or_garbage_is_undetermined(step: LangId, text: str) -> None:
    metadata = annotate(step, text)
    assert metadata["language"] == "und"
    assert metadata["language_score"] == 0.0


@pytest.mark.parametrize("text", ["今天早上我们去市场买菜。", "ذهبنا إلى السوق صباح اليوم"])
def test_short_text_in_another_script_is_undetermined(step: LangId, text: str) -> None:
    assert annotate(step, text)["language"] == "und"


def test_control_characters_and_surrogates_do_not_stop_the_step(step: LangId) -> None:
    metadata = annotate(step, f"\ud800{INDONESIAN_SHORT}\x0e")
    assert metadata["language"] == "ind"


def test_language_outside_the_archipelago_set_is_undetermined(step: LangId) -> None:
    assert len(FRENCH) >= LangIdOptions().other_language_min_chars
    assert annotate(step, FRENCH)["language"] == "und"


def test_short_text_is_left_to_our_model_even_if_cld2_names_another_language(step: LangId) -> None:
    # pycld2 reads short regional-language texts as Italian, Danish or Tagalog; the model knows better.
    assert cld2_shares(FRENCH[:120]).get("fr", 0.0) >= LangIdOptions().other_language_share
    assert annotate(step, FRENCH[:120])["language"] != "und"


def test_cld2_sample_keeps_head_and_tail() -> None:
    text = "awal " * 100 + "tengah " * 400 + "akhir " * 100
    sampled = sample(text, 900)
    assert sampled.startswith("awal") and sampled.endswith("akhir ")
    assert len(sampled) == 901
    assert sample("pendek", 900) == "pendek"


def test_keep_rule_drops_non_indonesian_with_lang_not_id(step: LangId) -> None:
    keep = Keep(
        KeepOptions.model_validate({"rules": [{"reason": "lang_not_id", "field": "language", "in": ["ind"]}]})
    )
    kept = keep.process(step.process(Document("id", INDONESIAN_NEWS)))
    dropped = keep.process(step.process(Document("jv", JAVANESE)))
    assert isinstance(kept, Document)
    assert dropped.reason == "lang_not_id"


def test_registered_under_langid() -> None:
    assert get_step("langid") is LangId


def test_shipped_model_loads_from_package_data() -> None:
    model = load_default()
    assert set(model.labels) == {
        "ind", "msa", "jav", "sun", "min", "ban", "bjn", "ace", "bug", "mad", "nij", "bbc", "eng",
    }  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(step: LangId, text: str) -> None:
    language, score, non_ind = step.identify(text)
    assert language in {*step.model.labels, "und"}
    assert 0.0 <= score <= 1.0
    assert 0.0 <= non_ind <= 1.0


def test_step_uses_a_model_trained_by_saring(tmp_path) -> None:
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text(
        '{"text": "saya pergi ke pasar membeli sayur dan buah", "lang": "ind"}\n'
        '{"text": "mereka tidak datang karena hujan turun deras sekali", "lang": "ind"}\n'
        '{"text": "aku lunga menyang pasar tuku sayuran lan woh", "lang": "jav"}\n'
        '{"text": "dheweke ora teka amarga udane deres banget", "lang": "jav"}\n',
        encoding="utf-8",
    )
    model_path = tmp_path / "tiny.npz"
    train([corpus], model_path, bits=12)
    step = LangId(LangIdOptions(model=str(model_path)))
    assert annotate(step, "kami pergi ke pasar karena hujan")["language"] == "ind"
    assert annotate(step, "aku ora lunga menyang pasar")["language"] == "jav"
    assert LidModel.load(model_path).labels == ("ind", "jav")


# Single news-style sentences, one Indonesian and one Malay wording of each: the pair the model
# confuses most. Written for these tests.
INDONESIAN_SENTENCES = [
    "Pemerintah kota berencana membangun rumah sakit baru karena jumlah pasien terus bertambah.",
    "Polisi mengatakan pelaku sudah ditangkap setelah kabur selama dua minggu.",
    "Saya tidak bisa datang ke rapat besok karena anak saya sedang sakit.",
    "Uang hasil penjualan tanah itu dipakai untuk membayar utang keluarga.",
    "Namun, sebagian warga masih ragu untuk mendaftar melalui aplikasi tersebut.",
    "Mobil itu rusak parah setelah menabrak pohon di pinggir jalan tol.",
    "Pengadilan negeri menolak gugatan yang diajukan oleh perusahaan itu.",
    "Kami akan segera memperbaiki jembatan yang rusak itu, kata kepala dinas.",
]
MALAY_SENTENCES = [
    "Kerajaan negeri bercadang membina hospital baharu kerana bilangan pesakit terus meningkat.",
    "Polis berkata suspek telah ditahan selepas melarikan diri selama dua minggu.",
    "Saya tidak boleh datang ke mesyuarat esok kerana anak saya sedang sakit.",
    "Wang hasil jualan tanah itu digunakan untuk membayar hutang keluarga.",
    "Bagaimanapun, sebahagian penduduk masih ragu-ragu untuk mendaftar menerusi aplikasi tersebut.",
    "Kereta itu rosak teruk selepas melanggar pokok di tepi lebuh raya.",
    "Mahkamah menolak saman yang difailkan oleh syarikat itu.",
    "Kami akan segera membaiki jambatan yang rosak itu, kata ketua jabatan.",
]


@pytest.mark.parametrize(
    ("text", "language"),
    [(text, "ind") for text in INDONESIAN_SENTENCES] + [(text, "msa") for text in MALAY_SENTENCES],
)
def test_single_indonesian_and_malay_sentences(step: LangId, text: str, language: str) -> None:
    assert annotate(step, text)["language"] == language


def test_shipped_model_runs_the_runoff(step: LangId) -> None:
    # Indonesian with few Indonesian-only words: character n-grams alone lean Banjar; the runoff
    # between the two best labels, words weighted 8x, picks Indonesian.
    text = "Banyak mahasiswa mengeluh karena biaya kuliah naik hampir dua kali lipat."
    model = step.model
    totals, _ = model.totals(text)
    assert model.labels[int(totals.argmax())] == "bjn"
    assert model.runoff_word_weight > model.featurizer.word_weight
    assert annotate(step, text)["language"] == "ind"


@pytest.mark.parametrize(
    "text",
    [INDONESIAN_NEWS, INDONESIAN_SHORT, MALAY, JAVANESE, SUNDANESE, ENGLISH, FRENCH,
     *OTHER_LANGUAGES.values(), *INDONESIAN_SENTENCES, *MALAY_SENTENCES],
)  # fmt: skip
def test_pure_python_path_annotates_exactly_as_the_c_kernel(
    step: LangId, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without a C compiler both runs take the numpy path; with one, the first takes the kernel.
    document = step.process(Document("k", text))
    monkeypatch.setattr(lid_model, "_kernel", None)
    assert step.process(Document("p", text)).metadata == document.metadata
