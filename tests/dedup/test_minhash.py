from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saring.dedup.minhash import (
    MinhashDedup,
    MinhashDedupOptions,
    Signer,
    collision_probability,
    estimated_containment,
    words,
)
from saring.document import Document
from saring.step import Drop, get_step

BANJIR = (
    "Hujan deras yang mengguyur Kota Semarang sejak Selasa sore membuat sejumlah ruas jalan tergenang "
    "air setinggi lutut orang dewasa. Warga di Kelurahan Tambaklorok terpaksa mengungsi ke balai "
    "warga karena air masuk ke rumah mereka.\n"
    "Kepala Badan Penanggulangan Bencana Daerah setempat mengatakan petugas telah menyiagakan perahu "
    "karet dan pompa air di titik-titik rawan. Menurut dia, genangan diperkirakan surut dalam dua hari "
    "apabila hujan tidak kembali turun dengan intensitas tinggi.\n"
    "Pemerintah kota juga membuka dapur umum untuk memenuhi kebutuhan makan para pengungsi. Bantuan "
    "berupa selimut, tikar dan obat-obatan disalurkan melalui posko kelurahan hingga Rabu malam.\n"
    "Warga diminta tetap waspada terhadap kemungkinan banjir susulan, terutama yang tinggal di bantaran "
    "sungai dan kawasan pesisir utara yang kerap terdampak rob."
)
PANEN = (
    "Petani padi di Kabupaten Karawang mulai memanen hasil tanam musim ini lebih awal dari jadwal biasanya. "
    "Harga gabah kering panen di tingkat petani tercatat naik dibandingkan bulan lalu, sehingga banyak "
    "petani memilih menjual langsung ke penggilingan.\n"
    "Dinas Pertanian setempat menyebutkan luas lahan yang dipanen mencapai ribuan hektare. Produktivitas "
    "rata-rata dinilai cukup baik meski sebagian sawah sempat terserang hama wereng pada awal musim.\n"
    "Para petani berharap pemerintah menjaga ketersediaan pupuk bersubsidi menjelang musim tanam berikutnya "
    "agar hasil panen tetap stabil."
)
BANJIR_LAIN = (
    "Banjir kembali melanda Kota Semarang setelah hujan turun sepanjang malam. Ketinggian air di beberapa "
    "permukiman mencapai pinggang orang dewasa dan memutus akses jalan menuju pelabuhan.\n"
    "Relawan dari berbagai organisasi membantu mengevakuasi lansia dan anak-anak menggunakan perahu. "
    "Sebagian pengungsi ditampung di masjid dan sekolah yang berada di lokasi lebih tinggi.\n"
    "Wali kota meninjau lokasi dan meminta dinas terkait segera memperbaiki saluran drainase yang tersumbat "
    "sampah sehingga air tidak lagi meluap ke jalan."
)


def _dateline(text: str, place: str) -> str:
    return f"{place} (ANTARA) - {text}"


def _documents(texts: dict[str, str]) -> list[Document]:
    return [Document(id=key, text=value) for key, value in texts.items()]


def test_words_fold_case_and_punctuation() -> None:
    assert words("“Kami—akan” TERUS, memantau 10.000 orang;\u00a0naïve_uji") == [
        "kami",
        "akan",
        "terus",
        "memantau",
        "10",
        "000",
        "orang",
        "naïve",
        "uji",
    ]


def test_signatures_estimate_jaccard_and_ignore_batch_position() -> None:
    signer = Signer(256)
    edited = BANJIR.replace("Selasa sore", "Selasa siang")
    together = signer.sign([PANEN, BANJIR, edited, ""])
    alone = signer.sign([edited])
    assert (together[2] == alone[0]).all()
    assert (together[3] == np.iinfo(np.uint32).max).all()
    a, b = set(_grams(BANJIR)), set(_grams(edited))
    assert abs((together[1] == together[2]).mean() - len(a & b) / len(a | b)) < 0.1
    assert (together[0] == together[1]).mean() < 0.1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(), max_size=6))
def test_any_text_signs_the_same_alone_or_in_a_batch(texts: list[str]) -> None:
    signer = Signer(8, batch=4)
    together = signer.sign(texts)
    assert together.shape == (len(texts), 8)
    for i, text in enumerate(texts):
        assert (signer.sign([text])[0] == together[i]).all()


def _grams(text: str) -> list[tuple[str, ...]]:
    w = words(text)
    return [tuple(w[i : i + 5]) for i in range(len(w) - 4)]


def test_s_curve_of_the_defaults() -> None:
    options = MinhashDedupOptions()
    assert collision_probability(0.7, options.bands, options.rows) > 0.97
    assert collision_probability(0.8, options.bands, options.rows) > 0.999
    assert collision_probability(0.2, options.bands, options.rows) < 0.01


def test_near_duplicates_dropped_with_evidence(run_corpus) -> None:
    step = get_step("minhash_dedup")()
    texts = {
        "a-wire": BANJIR,
        "b-redatelined": _dateline(BANJIR, "Semarang"),
        "c-appended": BANJIR + "\nArtikel ini telah tayang di portal berita daerah dengan judul yang sama.",
        "d-other-topic": PANEN,
        "e-same-topic": BANJIR_LAIN,
    }
    outcomes = run_corpus(step, [_documents(texts)])
    keeper = outcomes["c-appended"]
    assert not isinstance(keeper, Drop)
    assert keeper.metadata == {"dup_cluster": "c-appended", "dup_cluster_size": 3}
    for copy in ("a-wire", "b-redatelined"):
        assert outcomes[copy] == Drop("minhash_duplicate", {"duplicate_of": "c-appended"})
    for other in ("d-other-topic", "e-same-topic"):
        assert outcomes[other].metadata == {"dup_cluster": other, "dup_cluster_size": 1}


def test_exact_copies_keep_smallest_id(run_corpus) -> None:
    outcomes = run_corpus(MinhashDedup(), [_documents({"z": PANEN, "m": PANEN, "q": PANEN.upper()})])
    assert outcomes["z"] == outcomes["q"] == Drop("minhash_duplicate", {"duplicate_of": "m"})


@pytest.mark.parametrize("reverse", [False, True])
def test_kept_copy_independent_of_shards_and_order(run_corpus, reverse: bool) -> None:
    texts = {
        f"doc-{i}": text
        for i, text in enumerate(
            [BANJIR, PANEN, _dateline(BANJIR, "Jakarta"), BANJIR_LAIN, _dateline(PANEN, "Karawang"), PANEN]
        )
    }
    documents = _documents(texts)
    one = run_corpus(MinhashDedup(MinhashDedupOptions(partitions=1)), [documents])
    two = run_corpus(
        MinhashDedup(MinhashDedupOptions(partitions=7)), [documents[3:][::-1], documents[:3]], reverse=reverse
    )
    assert _summary(one) == _summary(two)
    assert _summary(one)["doc-0"] == "minhash_duplicate:doc-2"
    assert _summary(one)["doc-5"] == "minhash_duplicate:doc-4"


def _summary(outcomes: dict) -> dict[str, str]:
    return {
        key: f"{o.reason}:{o.details['duplicate_of']}"
        if isinstance(o, Drop)
        else f"kept:{o.metadata['dup_cluster_size']}"
        for key, o in outcomes.items()
    }


def test_chain_of_copies_collapses_to_one_cluster(run_corpus) -> None:
    # Each version adds a paragraph; neighbours are near-duplicates, the ends are further apart.
    extra = [
        "Sementara itu, aparat kepolisian mengatur arus lalu lintas yang dialihkan ke jalur alternatif.",
        "Pedagang di pasar tradisional terdekat memilih menutup lapak mereka hingga air benar-benar surut.",
        "Sekolah-sekolah di wilayah terdampak meliburkan siswa selama dua hari ke depan.",
    ]
    versions = {f"v{i}": "\n".join([BANJIR, *extra[:i]]) for i in range(4)}
    outcomes = run_corpus(MinhashDedup(MinhashDedupOptions(partitions=3)), [_documents(versions)])
    assert outcomes["v3"].metadata["dup_cluster_size"] == 4
    assert {outcomes[f"v{i}"].details["duplicate_of"] for i in range(3)} == {"v3"}


def test_texts_without_words_are_left_alone(run_corpus) -> None:
    outcomes = run_corpus(MinhashDedup(), [_documents({"kosong": "... !!! ---", "isi": PANEN})])
    assert outcomes["kosong"].metadata == {"dup_cluster": "kosong", "dup_cluster_size": 1}


def test_members_too_far_from_the_kept_copy_stay(run_corpus) -> None:
    # a ~ b ~ c ~ d overlap by 5 of 6 paragraphs each, so clustering links them all, but d shares
    # only 3 paragraphs with a (Jaccard ~0.33): the final check against the kept copy keeps d.
    paragraphs = [" ".join(f"p{i:02d}w{j:02d}" for j in range(40)) for i in range(9)]
    texts = {name: "\n".join(paragraphs[k : k + 6]) for k, name in enumerate("abcd")}
    outcomes = run_corpus(MinhashDedup(MinhashDedupOptions(partitions=4)), [_documents(texts)])
    assert outcomes["b"] == Drop("minhash_duplicate", {"duplicate_of": "a"})
    assert outcomes["d"].metadata == {"dup_cluster": "d", "dup_cluster_size": 1}
    assert outcomes["a"].metadata["dup_cluster_size"] >= 2


LANJUTAN = (
    "Sementara itu, Dinas Perhubungan mengalihkan arus kendaraan dari jalan arteri utara ke jalur "
    "tengah kota karena genangan di sejumlah simpang belum bisa dilalui kendaraan kecil.\n"
    "Sejumlah sekolah dasar di kawasan pesisir meliburkan siswanya selama dua hari. Kepala sekolah "
    "menyebut ruang kelas di lantai bawah masih tergenang dan buku pelajaran banyak yang basah.\n"
    "Pedagang di pasar ikan mengaku kehilangan pembeli sejak pagi. Mereka berharap pemerintah segera "
    "menormalkan sungai yang mengalami pendangkalan agar banjir serupa tidak terulang setiap musim hujan.\n"
    "Hingga Rabu malam, petugas gabungan masih berjaga di posko dan mendata kerugian warga yang rumahnya "
    "rusak akibat terjangan air."
)
TEMPLATE = (
    "Ikuti perkembangan berita daerah lainnya melalui kanal regional kami yang diperbarui setiap hari, "
    "dan sampaikan informasi atau keluhan warga melalui layanan pesan redaksi yang tersedia sepanjang waktu."
)


def test_estimated_containment_from_jaccard_and_sizes() -> None:
    # |A| = 100 inside |B| = 200 with |A&B| = 75: Jaccard 75 / 225.
    assert estimated_containment(75 / 225, 100, 200) == pytest.approx(0.75)
    assert estimated_containment(1.0, 50, 60) == 1.0
    assert estimated_containment(0.3, 0, 10) == 0.0


def test_contained_copy_dropped_as_duplicate_of_the_full_story(run_corpus) -> None:
    full = BANJIR + "\n" + LANJUTAN
    # The first half of the story, re-datelined: Jaccard ~0.53, so 25 x 5 alone misses it about half the time.
    excerpt = _dateline(BANJIR, "Semarang")
    a, b = set(_grams(excerpt)), set(_grams(full))
    assert len(a & b) / len(a | b) < 0.6 and len(a & b) / len(a) > 0.9
    texts = {"a-excerpt": excerpt, "b-full": full, "c-other": PANEN}
    outcomes = run_corpus(MinhashDedup(MinhashDedupOptions(partitions=3)), [_documents(texts)])
    assert outcomes["a-excerpt"] == Drop("minhash_duplicate", {"duplicate_of": "b-full"})
    assert outcomes["b-full"].metadata == {"dup_cluster": "b-full", "dup_cluster_size": 2}
    assert outcomes["c-other"].metadata["dup_cluster_size"] == 1
    jaccard_only = run_corpus(MinhashDedup(MinhashDedupOptions(containment=None)), [_documents(texts)])
    assert not isinstance(jaccard_only["a-excerpt"], Drop)


def test_articles_sharing_one_template_paragraph_are_kept(run_corpus) -> None:
    texts = {"banjir": BANJIR_LAIN + "\n" + TEMPLATE, "panen": PANEN + "\n" + TEMPLATE, "asli": BANJIR}
    outcomes = run_corpus(MinhashDedup(MinhashDedupOptions(partitions=2)), [_documents(texts)])
    for key in texts:
        assert outcomes[key].metadata == {"dup_cluster": key, "dup_cluster_size": 1}


@pytest.mark.parametrize("reverse", [False, True])
def test_contained_copies_independent_of_shards_and_order(run_corpus, reverse: bool) -> None:
    full = BANJIR + "\n" + LANJUTAN
    paragraphs = full.split("\n")
    texts = {
        "doc-0": _dateline(BANJIR, "Jakarta"),
        "doc-1": PANEN + "\n" + TEMPLATE,
        "doc-2": full,
        "doc-3": _dateline("\n".join(paragraphs[2:6]), "Semarang"),
        "doc-4": BANJIR_LAIN + "\n" + TEMPLATE,
        "doc-5": "\n".join(paragraphs[1:]),
    }
    documents = _documents(texts)
    one = run_corpus(MinhashDedup(MinhashDedupOptions(partitions=1)), [documents])
    two = run_corpus(
        MinhashDedup(MinhashDedupOptions(partitions=5)), [documents[3:][::-1], documents[:3]], reverse=reverse
    )
    assert _summary(one) == _summary(two)
    assert {key: _summary(one)[key] for key in ("doc-0", "doc-3", "doc-5")} == dict.fromkeys(
        ("doc-0", "doc-3", "doc-5"), "minhash_duplicate:doc-2"
    )
    assert _summary(one)["doc-2"] == "kept:4"


def _bridged_stories() -> dict[str, str]:
    """Two stories, a and d, of 12 paragraphs each sharing 6 (Jaccard ~0.33), each with a copy,
    and b: a copy of a that drifted halfway to d (Jaccard ~0.6 with both), the false link."""
    paragraphs = {i: " ".join(f"p{i:02d}w{j:02d}" for j in range(40)) for i in range(19)}
    edited = " ".join(f"q18w{j:02d}" for j in range(40))

    def story(numbers: range, last: str | None = None) -> str:
        texts = [paragraphs[i] for i in numbers]
        return "\n".join([*texts[:-1], last or texts[-1]])

    return {
        "a": story(range(1, 13)),
        "b": story(range(4, 16)),
        "d": story(range(7, 19)),
        "e": story(range(7, 19), edited),
    }


@pytest.mark.parametrize("reverse", [False, True])
def test_members_far_from_the_kept_copy_re_form_their_own_cluster(run_corpus, reverse: bool) -> None:
    # {a, b, d, e} is one component through b, kept copy a; d and e fail against a, but e is a copy
    # of d: they form their own cluster rather than both staying alone.
    documents = _documents(_bridged_stories())
    one = run_corpus(MinhashDedup(MinhashDedupOptions(partitions=1)), [documents])
    two = run_corpus(
        MinhashDedup(MinhashDedupOptions(partitions=4)), [documents[2:], documents[:2]], reverse=reverse
    )
    assert _summary(one) == _summary(two)
    assert _summary(one) == {
        "a": "kept:2",
        "b": "minhash_duplicate:a",
        "d": "kept:2",
        "e": "minhash_duplicate:d",
    }
    assert one["d"].metadata["dup_cluster"] == "d"


def test_without_split_rounds_members_far_from_the_kept_copy_stay_alone(run_corpus) -> None:
    step = MinhashDedup(MinhashDedupOptions(split_rounds=0, partitions=2))
    outcomes = _summary(run_corpus(step, [_documents(_bridged_stories())]))
    assert outcomes == {"a": "kept:2", "b": "minhash_duplicate:a", "d": "kept:1", "e": "kept:1"}


@pytest.mark.parametrize("hop_jaccard", [0.7, 1.0])
def test_excerpt_of_a_copy_joins_through_it(run_corpus, hop_jaccard: float) -> None:
    # The kept copy has a rewritten two-paragraph lead and one more paragraph (Jaccard ~0.8 with the
    # original); the excerpt (first 6 of 16 paragraphs, lead included) is contained in the original
    # but only ~0.67 in the kept copy, so it is a duplicate only through the original.
    paragraphs = [" ".join(f"p{i:02d}w{j:02d}" for j in range(40)) for i in range(17)]
    lead = [" ".join(f"q{i:02d}w{j:02d}" for j in range(40)) for i in range(2)]
    texts = {
        "asli": "\n".join(paragraphs[:16]),
        "cuplikan": "\n".join(paragraphs[:6]),
        "suntingan": "\n".join([*lead, *paragraphs[2:17]]),
    }
    step = MinhashDedup(MinhashDedupOptions(hop_jaccard=hop_jaccard, partitions=3))
    outcomes = run_corpus(step, [_documents(texts)])
    assert outcomes["asli"] == Drop("minhash_duplicate", {"duplicate_of": "suntingan"})
    if hop_jaccard < 1.0:
        assert outcomes["cuplikan"] == Drop("minhash_duplicate", {"duplicate_of": "suntingan", "via": "asli"})
        assert outcomes["suntingan"].metadata == {"dup_cluster": "suntingan", "dup_cluster_size": 3}
    else:
        assert outcomes["cuplikan"].metadata == {"dup_cluster": "cuplikan", "dup_cluster_size": 1}
