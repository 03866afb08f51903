"""House styles of the outlets the generator imitates: datelines, in-body inserts, tails.

Each style is data, written from the boilerplate patterns real Indonesian crawls show (dateline
families, ``Baca juga`` variants, ad markers, credits, CTAs, related blocks). The wording of every
CTA and notice here is our own paraphrase of the pattern, not a copy of an outlet's text.

Templates take ``{CITY}``/``{City}`` (dateline city), ``{h}`` (a related headline), ``{title}``,
``{reporter}``, ``{editor}``, ``{i1}``/``{i2}`` (editor initials), ``{mast}`` (regional masthead),
``{year}`` and ``{tags}``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["OUTLETS", "Outlet"]


@dataclass(frozen=True, slots=True)
class Outlet:
    """How one outlet's pages look once a scraper has flattened them to text."""

    name: str
    url: str
    datelines: tuple[str, ...]
    dateline_style: str
    """The dateline family, named for the label file (see ``generate.DATELINE_STYLES``)."""
    national: bool
    related: tuple[str, ...]
    """Templates of a ``Baca juga`` style line pointing at one headline ``{h}``."""
    inserts: tuple[tuple[str, str], ...] = ()
    """(family, text) lines scrapers leave between paragraphs: ad markers, video embeds."""
    tails: tuple[tuple[str, str, float], ...] = ()
    """(family, template, probability) lines after the body, in order."""
    block_headings: tuple[str, ...] = ()
    """Headings of the trailing related block (followed by 2-5 headlines)."""
    inline_credit: str = ""
    """Template closing the last paragraph with editor initials, like ``({i1}/{i2})``."""
    captions: tuple[str, ...] = ("Foto: {caption}",)
    mastheads: tuple[tuple[str, str], ...] = ()
    """(masthead, city) pairs of regional editions; the article is set in that city."""
    single_line: float = 0.6
    """Share of this outlet's documents flattened to one line."""
    language: str = "id"


_GOOGLE_NEWS = "Simak berita dan artikel pilihan lainnya di Google News"
_WA_CHANNEL = "Ikuti saluran WhatsApp kami untuk mendapatkan update berita terbaru setiap hari, klik di sini."

OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        name="kompas.com",
        url="https://{section}.kompas.com/read/{y}/{m:02d}/{d:02d}/{n}/{slug}",
        datelines=("{CITY}, KOMPAS.com - ", "KOMPAS.com - "),
        dateline_style="city_outlet",
        national=False,
        related=("Baca juga: {h}",),
        tails=(
            ("credit", "Penulis: {reporter}", 0.5),
            ("credit", "Editor: {editor}", 0.5),
            (
                "cta",
                "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu untuk mengakses berita Kompas.com: WhatsApp Channel dan Google News.",
                0.5,
            ),
            ("navigation", "Tags: {tags}", 0.2),
        ),
        captions=("KOMPAS.com/{REPORTER} {caption}", "Foto: {caption}"),
    ),
    Outlet(
        name="detik.com",
        url="https://{section}.detik.com/berita/d-{n7}/{slug}",
        datelines=("{City} - ", "Jakarta - "),
        dateline_style="bare_title",
        national=False,
        related=("Baca juga: {h}", "Lihat juga: {h}"),
        inserts=(("ad", "SCROLL TO CONTINUE WITH CONTENT"), ("ad", "[Gambas:Video 20detik]")),
        tails=(
            ("cta", 'Simak Video "{h}"', 0.3),
            ("navigation", "Halaman selanjutnya", 0.15),
            ("navigation", "Halaman 2 dari 2", 0.1),
        ),
        inline_credit="({i1}/{i2})",
        single_line=0.7,
    ),
    Outlet(
        name="liputan6.com",
        url="https://www.liputan6.com/{section}/read/{n7}/{slug}",
        datelines=("Liputan6.com, {City} - ",),
        dateline_style="outlet_city",
        national=True,
        related=("Baca Juga", "Baca Juga {h}"),
        inserts=(("ad", "Advertisement"),),
        tails=(
            ("cta", "Simak juga video pilihan berikut ini:", 0.4),
            ("cta", "Lihat juga: {h}", 0.2),
        ),
        block_headings=("Berita Terkait", "Rekomendasi"),
    ),
    Outlet(
        name="tempo.co",
        url="https://www.tempo.co/{section}/{slug}-{n7}",
        datelines=("TEMPO.CO, {City} - ",),
        dateline_style="outlet_city",
        national=True,
        related=("Pilihan Editor: {h}", "Baca juga: {h}"),
        tails=(("credit", "Reporter: {reporter}", 0.3), ("credit", "Editor: {editor}", 0.3)),
        block_headings=("Artikel Terkait",),
    ),
    Outlet(
        name="republika.co.id",
        url="https://{section}.republika.co.id/berita/{code}/{slug}",
        datelines=("REPUBLIKA.CO.ID, {CITY} -- ",),
        dateline_style="outlet_city",
        national=True,
        related=("Baca juga : {h}", "BACA JUGA: {h}"),
        inserts=(("ad", "Advertisement"),),
        tails=(("credit", "(ant)", 0.2), ("credit", "Rep: {reporter} Red: {editor}", 0.4)),
        block_headings=("Berita Lainnya", "Terpopuler"),
    ),
    Outlet(
        name="cnnindonesia.com",
        url="https://www.cnnindonesia.com/{section}/{y}{m:02d}{d:02d}1{n6}-20-{n6}/{slug}",
        datelines=("{City}, CNN Indonesia -- ",),
        dateline_style="cnn",
        national=True,
        related=("Baca halaman selanjutnya",),
        inserts=(("ad", "SCROLL TO CONTINUE WITH CONTENT"), ("ad", "[Gambas:Video CNN]")),
        inline_credit="({i1}/{i2})",
        single_line=0.7,
    ),
    Outlet(
        name="antaranews.com",
        url="https://www.antaranews.com/berita/{n7}/{slug}",
        datelines=("{City} (ANTARA) - ",),
        dateline_style="antara",
        national=False,
        related=("Baca juga: {h}",),
        tails=(
            ("credit", "Pewarta: {reporter}", 0.8),
            ("credit", "Editor: {editor}", 0.8),
            ("credit", "Copyright © ANTARA {year}", 0.7),
            (
                "credit",
                "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
                0.2,
            ),
        ),
        single_line=0.55,
    ),
    Outlet(
        name="tribunnews.com",
        url="https://{host}/{y}/{m:02d}/{d:02d}/{slug}",
        datelines=("{mast}, {CITY} - ",),
        dateline_style="city_outlet",
        national=False,
        related=("Baca juga: {h}", "Baca: {h}"),
        tails=(
            ("cta", "Artikel ini telah tayang di {Mast} dengan judul {title}", 0.5),
            ("credit", "Penulis: {reporter}", 0.5),
            ("credit", "Editor: {editor}", 0.5),
            ("cta", "Ikuti berita terbaru {Mast} lainnya di Google News", 0.3),
            ("cta", "Dapatkan informasi lain dari {Mast} via saluran WhatsApp", 0.3),
        ),
        block_headings=("Berita Terkait", "Terpopuler"),
        captions=("{MAST}/{REPORTER} - {caption}", "Foto: {caption}"),
        mastheads=(
            ("TRIBUNSUMSEL.COM", "Palembang"),
            ("TRIBUNJATENG.COM", "Semarang"),
            ("TRIBUNPEKANBARU.COM", "Pekanbaru"),
            ("TRIBUNJABAR.ID", "Bandung"),
            ("TRIBUN-MEDAN.COM", "Medan"),
            ("SERAMBINEWS.COM", "Banda Aceh"),
            ("TRIBUNJOGJA.COM", "Yogyakarta"),
            ("BANJARMASINPOST.CO.ID", "Banjarmasin"),
        ),
        single_line=0.4,
    ),
    Outlet(
        name="suaramerdeka.com",
        url="https://{host}/{section}/{n6}/{slug}",
        datelines=("{mast} - ",),
        dateline_style="masthead",
        national=False,
        related=("Baca Juga: {h}",),
        block_headings=("Artikel Terkait",),
        mastheads=(
            ("BLORA.SUARAMERDEKA.COM", "Blora"),
            ("KUDUS.SUARAMERDEKA.COM", "Kudus"),
            ("BANYUMAS.SUARAMERDEKA.COM", "Banyumas"),
            ("SOLO.SUARAMERDEKA.COM", "Solo"),
        ),
        single_line=0.3,
    ),
    Outlet(
        name="okezone.com",
        url="https://{section}.okezone.com/read/{y}/{m:02d}/{d:02d}/{n3}/{n7}/{slug}",
        datelines=("{CITY} - ",),
        dateline_style="bare_upper",
        national=True,
        related=("Baca juga: {h}",),
        tails=(("cta", "Follow Berita Okezone di Google News", 0.4),),
        inline_credit="({i1})",
        single_line=0.75,
    ),
    Outlet(
        name="sindonews.com",
        url="https://{section}.sindonews.com/read/{n7}/{n2}/{slug}-{n10}",
        datelines=("{CITY} - ", "{CITY} – "),
        dateline_style="bare_upper",
        national=True,
        related=("Baca Juga: {h}", "Lihat Juga: {h}"),
        tails=(("cta", "Baca berita menarik lainnya di Google News", 0.3),),
        inline_credit="({i1})",
        single_line=0.75,
    ),
    Outlet(
        name="bisnis.com",
        url="https://{section}.bisnis.com/read/{y}{m:02d}{d:02d}/{n2}/{n7}/{slug}",
        datelines=("Bisnis.com, {CITY} - ", "Bisnis.com, {CITY} — "),
        dateline_style="outlet_city",
        national=True,
        related=("Baca Juga", "Baca Juga : {h}", "Baca Juga {h}"),
        tails=(
            ("cta", "Cek Berita dan Artikel yang lain di Google News dan WA Channel", 0.6),
            ("credit", "Editor: {editor}", 0.3),
        ),
        single_line=0.3,
    ),
    Outlet(
        name="jpnn.com",
        url="https://www.jpnn.com/news/{slug}",
        datelines=("jpnn.com, {CITY} - ", "jpnn.com - {CITY} - "),
        dateline_style="outlet_city",
        national=True,
        related=("Baca Juga: {h}",),
        tails=(("credit", "({i1}/jpnn)", 0.7), ("credit", "Redaktur & Reporter : {reporter}", 0.3)),
        single_line=0.65,
    ),
    Outlet(
        name="kontan.co.id",
        url="https://{section}.kontan.co.id/news/{slug}",
        datelines=("KONTAN.CO.ID - {CITY}. ",),
        dateline_style="kontan",
        national=True,
        related=("Baca Juga: {h}",),
        tails=(
            ("credit", "Reporter: {reporter}", 0.5),
            ("credit", "Editor: {editor}", 0.5),
            ("cta", "Cek Berita dan Artikel yang lain di Google News", 0.5),
        ),
        single_line=0.5,
    ),
    Outlet(
        name="cnbcindonesia.com",
        url="https://www.cnbcindonesia.com/{section}/{y}{m:02d}{d:02d}{n6}-4-{n6}/{slug}",
        datelines=("{City}, CNBC Indonesia - ",),
        dateline_style="cnn",
        national=True,
        related=("Baca: {h}",),
        inserts=(("ad", "[Gambas:Video CNBC]"), ("ad", "ADVERTISEMENT")),
        inline_credit="({i1}/{i2})",
        single_line=0.6,
    ),
    Outlet(
        name="beritasatu.com",
        url="https://www.beritasatu.com/{section}/{n7}/{slug}",
        datelines=("{City}, Beritasatu.com - ",),
        dateline_style="city_outlet",
        national=True,
        related=("BACA JUGA{h}", "BACA JUGA {h}"),
        inserts=(("ad", "ADVERTISEMENT"),),
        tails=(("navigation", "Halaman: 1 2 3", 0.4), ("navigation", "Tags: {tags}", 0.3)),
        block_headings=("Berita Terkait", "Terpopuler", "Berita Lainnya"),
        single_line=0.2,
    ),
    Outlet(
        name="bernama.com",
        url="https://www.bernama.com/bm/news.php?id={n7}",
        datelines=("KUALA LUMPUR: ", "{CITY}: "),
        dateline_style="malay",
        national=True,
        related=(),
        tails=(("credit", "-- BERNAMA", 0.9),),
        single_line=0.3,
        language="ms",
    ),
)
