"""The spam step: folding of disguised text, judol/adult/clickbait scores, and what must not be flagged.

Every fixture here was written for these tests; none is taken from a crawl.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from saring.document import Document
from saring.step import Drop, get_step
from saring.steps.keep import Keep
from saring.steps.spam import Spam, fold, score_text

FLAG = 0.5

JUDOL_PAGE = """\
𝐌𝐀𝐍𝐆𝐆𝐀𝟖𝟖 | Situs Slot Gacor Hari Ini Gampang Maxwin Terpercaya 2024
LOGIN
DAFTAR
Selamat datang di МАNGGА88, bandar slot online resmi dengan RTP live tertinggi.
Deposit via DANA, OVO dan pulsa tanpa potongan, minimal depo 10 ribu.
Pola gacor mahjong ways dan gates of olympus diperbarui setiap jam.
Bonus new member 100%, WD lancar berapa pun kemenangannya.
Link alternatif ＭＡＮＧＧＡ８８ selalu aktif, DEP🅞SIT sekarang dan raih jackpot scatter hitam!
"""

# A police story about a raid on an online-gambling ring: dense with the topic, but it is news.
POLICE_STORY = """\
SURABAYA, KOMPAS.com - Polda Jawa Timur menangkap lima tersangka pengelola situs judi online \
yang beroperasi dari sebuah rumah kontrakan di Sidoarjo. Kapolda Jawa Timur mengatakan, para \
pelaku mengelola tiga situs judi slot dan togel dengan perputaran uang sekitar Rp 2 miliar per bulan.
"Para tersangka berperan sebagai admin, operator deposit, dan pengelola rekening penampung," ujarnya \
dalam konferensi pers, Selasa (14/5/2024). Polisi menyita 12 telepon genggam, empat laptop, dan \
puluhan buku tabungan. Saldo di rekening penampung telah diblokir bekerja sama dengan PPATK.
Menurut penyidik, pemain diminta daftar melalui aplikasi pesan lalu mengisi saldo lewat dompet \
digital. Situs tersebut juga dipromosikan lewat komentar di media sosial dengan iming-iming \
bonus dan kemenangan besar.
Kominfo mencatat telah memblokir lebih dari 2 juta konten judi online sejak 2018. Para tersangka \
dijerat Pasal 303 KUHP tentang perjudian dan Pasal 27 UU ITE dengan ancaman penjara hingga 10 tahun.
"""

GENERIC_WORDS_NEWS = """\
JAKARTA, KOMPAS.com - Bank Indonesia mencatat saldo uang elektronik yang beredar naik 12 persen \
sepanjang kuartal pertama. Nasabah kini bisa mengecek saldo dan daftar transaksi langsung dari \
situs resmi bank tanpa harus datang ke kantor cabang.
Direktur Departemen Komunikasi BI mengatakan, masyarakat juga diminta waspada terhadap situs \
palsu yang meminta data pribadi. "Pastikan alamat situs sudah benar sebelum daftar atau login," \
katanya di Jakarta, Rabu (3/4/2024).
Menurut dia, daftar penyelenggara uang elektronik yang berizin dapat dilihat di laman resmi BI.
"""

CLICKBAIT_PAGE = """\
Download Lagu Rindu Setengah Hati MP3 Terbaru 2024 Gratis
Download lagu Rindu Setengah Hati mp3 full album kualitas 320kbps.
Link Download MP3 ada di bawah, klik tombol untuk unduh lagu gratis tanpa iklan.
Lirik dan Chord Rindu Setengah Hati - kunci gitar mudah untuk pemula.
Download MP4 video klip resmi juga tersedia.
"""

ADULT_PAGE = (
    "Kumpulan video bokep terbaru tanpa sensor. Cerita dewasa dan video bokep gratis, update setiap hari."
)

PORNOGRAPHY_LAW_NEWS = """\
BANDUNG, KOMPAS.com - Polisi menangkap seorang pria yang menyebarkan konten porno melalui \
media sosial. Kapolrestabes Bandung mengatakan, tersangka dijerat Undang-Undang Pornografi \
dengan ancaman penjara hingga 12 tahun. Penyidik masih menelusuri korban lain, ujarnya.
"""

# A glued numbered list, as scrapers leave it: "Mall10. Fashion11." looks like WORD+digits.
GLUED_LIST_NEWS = (
    "JAKARTA, KOMPAS.com - Berikut daftar gerai yang tutup sementara:1. Toko Buku2. Apotek3. Bakery"
    "4. Kopi5. Salon6. Optik7. Sepatu8. Roti9. Trans Shopping Mall10. Trans Fashion11. Aigner12. "
    "Hugo Boss13. Transmart Hardware14. Trans Hello15. Ruang Belajar16. Toko Mainan17. Metro18."
)

NEWS_PARAGRAPH = (
    "Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan provinsi yang rusak akibat "
    "banjir. Kepala dinas pekerjaan umum mengatakan, pengerjaan dimulai bulan depan dan ditargetkan "
    "selesai sebelum musim mudik. Warga diminta melapor bila menemukan lubang baru melalui layanan "
    "pengaduan resmi pemerintah kota.\n"
)


def test_fold_styled_letters_and_lookalikes() -> None:
    assert fold("𝐌𝐀𝐍𝐆𝐆𝐀𝟖𝟖") == "MANGGA88"
    assert fold("МАNGGА88") == "MANGGA88"  # Cyrillic М, А
    assert fold("ＭＡＮＧＧＡ８８") == "MANGGA88"
    assert fold("DEP🅞SIT") == "DEPOSIT"
    assert fold("Ⓢⓛⓞⓣ") == "Slot"
    assert fold("𝔹𝕆𝕎𝕆𝟠𝟠") == "BOWO88"


def test_fold_removes_invisibles_and_joins_spaced_letters() -> None:
    assert fold("sl\u200bo\u200dt ga\u00adcor") == "slot gacor"
    assert fold("main s l o t g a c o r yuk") == "main slotgacor yuk"
    assert fold("di A L E X I S 1 7 aja") == "di ALEXIS17 aja"
    assert fold("ALEXIS⭐17⭐ mantap") == "ALEXIS17  mantap"


def test_fold_leaves_plain_indonesian_alone() -> None:
    text = "Harga cabai naik 20 persen, kata pedagang di Pasar Minggu."
    assert fold(text) == text


def test_judol_page_with_styled_letters_and_cyrillic_is_flagged() -> None:
    scores = score_text(JUDOL_PAGE)
    assert scores.judol > 0.95
    assert "MANGGA88" in scores.brands
    assert scores.styled_tokens >= 2
    assert scores.judol_terms >= 5


def test_spaced_out_keyword_comment_is_flagged() -> None:
    assert score_text("Bosen kerja terus, mending main s l o t g a c o r biar cepet kaya").judol > FLAG


def test_brand_token_comment_is_flagged() -> None:
    scores = score_text("Gila sih, baru main di KAKTUS77 langsung dapet rezeki nomplok")
    assert scores.judol > FLAG
    assert scores.brands == ["KAKTUS77"]


def test_styled_brand_alone_is_flagged() -> None:
    assert score_text("Mantap kontennya bang, salam dari 𝐊𝐀𝐊𝐓𝐔𝐒𝟕𝟕").judol > FLAG


def test_police_story_about_a_judol_raid_is_not_flagged() -> None:
    scores = score_text(POLICE_STORY)
    assert scores.judol < 0.3
    assert scores.judol_terms > 0  # the topic is seen, it just does not decide


def test_generic_words_alone_score_nothing() -> None:
    assert score_text(GENERIC_WORDS_NEWS).judol == 0.0


def test_long_article_mentioning_judi_online_is_not_flagged() -> None:
    mention = "Polisi juga menertibkan lapak judi online dan situs judi slot di sekitar terminal.\n"
    article = (NEWS_PARAGRAPH * 20 + mention) * 3
    assert len(article) > 19_000
    assert score_text(article).judol < 0.1


def test_glued_numbered_list_is_not_a_brand() -> None:
    scores = score_text(GLUED_LIST_NEWS)
    assert scores.brands == []
    assert scores.judol < FLAG


def test_years_and_bond_series_are_not_brands() -> None:
    text = "Pemerintah membuka penawaran sukuk PBS014 dan SBR005 menjelang Pemilu2024 dengan kupon USD50."
    assert score_text(text).brands == []


def test_clickbait_mp3_page_is_a_separate_reason() -> None:
    scores = score_text(CLICKBAIT_PAGE)
    assert scores.clickbait_download > 0.9
    assert scores.judol < FLAG
    assert scores.adult == 0.0


def test_news_with_a_download_link_is_not_clickbait() -> None:
    text = NEWS_PARAGRAPH * 2 + "Dokumen visi misi lengkap bisa diunduh melalui link download berikut.\n"
    assert score_text(text).clickbait_download < FLAG


def test_adult_keywords_are_flagged() -> None:
    scores = score_text(ADULT_PAGE)
    assert scores.adult > FLAG
    assert scores.judol < FLAG


def test_news_about_pornography_law_is_not_adult() -> None:
    assert score_text(PORNOGRAPHY_LAW_NEWS).adult < FLAG


def test_clean_news_scores_zero() -> None:
    scores = score_text(NEWS_PARAGRAPH * 3)
    assert (scores.judol, scores.adult, scores.clickbait_download) == (0.0, 0.0, 0.0)


def test_step_annotates_metadata_and_leaves_text() -> None:
    step = get_step("spam")()
    assert isinstance(step, Spam)
    document = Document("d1", JUDOL_PAGE)
    result = step.process(document)
    assert result is document
    assert document.text == JUDOL_PAGE
    spam = document.metadata["spam"]
    assert set(spam) >= {"judol", "adult", "clickbait_download", "brands", "styled_tokens"}
    assert spam["judol"] > FLAG


def test_keep_rules_drop_with_the_reason() -> None:
    keep = Keep(
        Keep.Options(
            rules=[
                {"reason": "judol_spam", "field": "spam.judol", "max": FLAG},
                {"reason": "adult_content", "field": "spam.adult", "max": FLAG},
                {"reason": "clickbait_download", "field": "spam.clickbait_download", "max": FLAG},
            ]
        )
    )
    step = Spam()
    verdicts = {}
    for name, text in [
        ("judol", JUDOL_PAGE),
        ("adult", ADULT_PAGE),
        ("mp3", CLICKBAIT_PAGE),
        ("news", POLICE_STORY),
    ]:
        verdict = keep.process(step.process(Document(name, text)))
        verdicts[name] = verdict.reason if isinstance(verdict, Drop) else "kept"
    assert verdicts == {
        "judol": "judol_spam",
        "adult": "adult_content",
        "mp3": "clickbait_download",
        "news": "kept",
    }


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_scores_in_range_without_error(text: str) -> None:
    scores = score_text(text)
    for value in (scores.judol, scores.adult, scores.clickbait_download):
        assert 0.0 <= value < 1.0 or value == 1.0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("slotgacor88 ·.-𝐒𝐋𝐎𝐓𝟖АЕО🅞ＳＬ\u200b⭐\n")))
def test_fold_leaves_no_foldable_character(text: str) -> None:
    folded = fold(text)
    assert folded.isascii() or not any(c in folded for c in "𝐒𝐋𝐎𝐓𝟖АЕО🅞ＳＬ\u200b⭐")
