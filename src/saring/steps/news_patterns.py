"""Pattern tables for the ``news`` step: compiled once, matched once per line.

Each boilerplate family is a named group of one combined regex, so a line is scanned once and the
group that matched names the reason. Patterns are anchored and bounded (``{0,n}``, no nested
quantifiers over the same characters) so a 1 MB line cannot make them backtrack.
"""

from __future__ import annotations

import functools
import re

DASH = r"(?:-{1,2}|\u2013|\u2014)"
# An outlet written as a domain: KOMPAS.com, Beritasatu.com, TEMPO.CO, REPUBLIKA.CO.ID, jpnn.com.
DOMAIN = r"(?:[A-Za-z0-9-]{2,30}\.){1,3}(?i:co\.id|or\.id|com\.my|com|co|id|net|org|my|tv)\b"
NAMED_OUTLET = r"(?:CNN\ Indonesia|CNBC\ Indonesia|Bisnis\.com|VIVA|ANTARA)"
OUTLET = rf"(?:{DOMAIN}|{NAMED_OUTLET})"
PLACE = r"[A-Z][A-Za-z'\u2019.]{1,25}(?:[ -][A-Z][A-Za-z'\u2019.]{0,25}){0,3}"
UPPER_PLACE = r"[A-Z][A-Z'\u2019.]{2,25}(?:[ -][A-Z][A-Z'\u2019.]{0,25}){0,3}"

# Datelines, tried at the start of one of the first lines. Named groups give place and outlet.
_ANTARA_DATELINE = rf"(?P<ap>[A-Z][^()\n]{{0,40}}?),?\s*\((?P<ao>ANTARA(?:/[A-Z]{{2,10}})?)\)\s*{DASH}\s*"
_DATELINE = rf"""
    (?:
        {{antara}}
      | (?P<oo>{OUTLET})\s*(?:,\s*|\s{DASH}\s)(?P<op>{PLACE})\s*(?:{DASH}|\.(?=\s))\s*
      | (?P<pp>{PLACE}),\s*(?P<po>{OUTLET})\s*{DASH}\s*
      | (?P<mo>{DOMAIN})\s*{DASH}\s*
      | (?P<up>{UPPER_PLACE})\s*(?:{DASH}\s+|:\s+)
      | (?P<dp>[A-Z][a-z]{{2,20}}(?:\ [A-Z][a-z]{{2,20}}){{0,2}})\ {DASH}\ (?=[A-Z0-9"\u201c])
    )
    """
DATELINE = re.compile(_DATELINE.replace("{antara}", _ANTARA_DATELINE), re.VERBOSE)
# DATELINE for text with no "(ANTARA": its first alternative, which costs most to try, fails at once
# (same groups, never set), so the matches are DATELINE's.
DATELINE_NO_ANTARA = re.compile(_DATELINE.replace("{antara}", "(?!)(?P<ap>)(?P<ao>)"), re.VERBOSE)
# ANTARA's dateline glued behind a photo caption: ``…bahan debat nanti.Jakarta (ANTARA) - Calon…``.
GLUED_ANTARA = re.compile(
    rf"(?<=[a-z.,!?\"\u201d)])(?P<ap>(?:[A-Z][a-z]+ ){{0,2}}[A-Z][a-z]+),?\s*\((?P<ao>ANTARA)\)\s*{DASH}\s*"
)

# The furniture of embedded posts, as a line or glued into a paragraph (``embed``). A tweet's credit after
# its link: ``— Nama Akun (@akun) December 23, 2025`` (English or Indonesian month, either order).
# Instagram's ``View this post on Instagram`` / ``A post shared by Nama (@akun)`` (older embeds add ``on
# May 1, 2020 at 3:49am PDT``) and their Indonesian forms; a handle named with no "(@" (``kata dia di
# akun @akun``) is the article's own sentence.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember)"
)
TWEET_CREDIT = (
    rf"[-\u2013\u2014]\ ?[^()\n]{{1,60}}\(@\w{{1,30}}\)\ ?"
    rf"(?:{_MONTH}\ \d{{1,2}},?\ \d{{4}}|\d{{1,2}}\ {_MONTH}\ \d{{4}})"
)
INSTAGRAM_SHARED = (
    r"(?:A\ post\ shared\ by|Sebuah\ kiriman\ dibagikan\ oleh)\ [^()\n]{1,80}\(@[\w.]{1,30}\)"
    rf"(?:\ on\ {_MONTH}\ \d{{1,2}},\ \d{{4}}(?:\ at\ \d{{1,2}}:\d{{2}}\ ?[ap]m(?:\ [A-Z]{{2,4}})?)?)?"
)
INSTAGRAM_VIEW = r"(?:View\ this\ post\ on|Lihat\ postingan\ ini\ di)\ Instagram"
# Inside a paragraph the "view" prompt counts only before the "shared by" line or at the line's end, and
# the "shared by" line only before a new sentence (``Lihat postingan ini di Instagram resmi dinas …``,
# ``Sebuah kiriman dibagikan oleh Kadis (@akun) memperlihatkan …`` are the article's).
INSTAGRAM_INLINE = rf"{INSTAGRAM_VIEW}(?=\s?{INSTAGRAM_SHARED}|\s*$) | {INSTAGRAM_SHARED}(?!\ ?[a-z])"

# Whole lines (matched against the stripped line). Order matters only for readability.
# Three alternatives can start anywhere in a line, and each needs something a substring test sees: a
# caption that ends in its credit in parentheses (the line ends with ")"), a caption that ends in an
# outlet's upper-case domain (".COM/", ".CO.ID/"), a "klik di sini" prompt ("lik "). LINE_ANCHORED is
# LINE without them, for the many lines that have none of these: the same answer without the
# backtracking those three cost on every line.
_LINE_CAPTION_CREDIT = r"""
      | [^()]{3,250}\((?:[^()/]{0,30}(?:\.com|\.co\.id|[Tt]ribun|TRIBUN|ANTARA|[Dd]etik|Kompas|KOMPAS|Dok|DOK
            |Foto|FOTO|Istimewa|ISTIMEWA)[^()/]{0,30}/[^()]{2,60} | [Ff]oto:[^()]{2,60} | Dok\.?[^()]{0,60}
            | Istimewa | ISTIMEWA)\)
"""
_LINE_CAPTION_OUTLET = r"""
      | [^\n]{3,300}\b[A-Z][A-Z0-9]{2,30}\.(?:COM|CO\.ID)/[A-Z][A-Z.'\ -]{2,40}
"""
_LINE_CLICK_HERE = r"""
      | .{0,200}\b[Kk]lik\ (?:di\ ?sini|link\ berikut)\b.{0,100}
"""
_LINE = r"""
    (?P<ad_marker>
        ADVERTISEMENT(?:\s*SCROLL\ TO\ CONTINUE\ WITH\ CONTENT)? | Advertisement | (?i:scroll\ to\ continue\ with\ content)
      | Iklan | IKLAN | (?i:loading)\.{0,3} | Sponsored | SPONSORED
    )
  | (?P<embed>\[Gambas:[^\]]{1,60}\] | @tweet_credit@ | @instagram@
      | (?:A\ post\ shared\ by|Sebuah\ kiriman\ dibagikan\ oleh)\ @[\w.]{1,30}
    )
  | (?P<related_link_line>(?i:baca\ juga|baca|simak\ juga|lihat\ juga|tonton\ juga|berita\ terkait)\s*:?
      | Pilihan\ [Ee]ditor\s*:.{1,200} | (?:Saksikan|Simak|Tonton)\ (?:juga\ )?video\ (?:pilihan\ )?(?:di\ bawah\ ini|berikut(?:\ ini)?)\s*:?
    )
  | (?P<related_header>
        (?i:artikel\ terkait|berita\ terkait|berita\ lainnya|artikel\ lainnya|baca\ juga\ berita\ lainnya
        |berita\ pilihan|rekomendasi(?:\ berita|\ untuk\ anda)?|terpopuler|berita\ terpopuler|pilihan\ redaksi
        |berita\ populer|terkini)\s*:?
    )
  | (?P<caption_line>
        Perbesar | (?:Foto|FOTO|Ilustrasi|ILUSTRASI|Keterangan\ foto|Sumber\ foto|Sumber\ gambar)\s*:.{0,300}
      | (?:Image\ caption|Hak\ atas\ foto|Getty\ Images|Photo\ credit).{0,300}
@caption_credit@@caption_outlet@    )
  | (?P<credit_line>
        \(?(?:Editor|EDITOR|Penulis|PENULIS|Reporter|REPORTER|Redaktur|Pewarta|PEWARTA|Penyunting|Kontributor
        |Fotografer|Penerjemah|Sumber|Produser|Narator|Video\ editor)\s*:\s*[^:\n]{1,80}
        (?:\s*\|?\s*(?:Editor|Penulis|Reporter|Redaktur|Penyunting|Pewarta)\s*:\s*[^:\n]{1,80}){0,3}\)?
      | Laporan\ (?:[Ww]artawan|[Rr]eporter|[Kk]ontributor)\ .{1,100}
      | \((?:[a-z]{2,8}(?:/[a-z]{2,8}){0,3}|[A-Za-z]{2,8}/[A-Z]{2,8}|jpnn|ant|antara|ANTARA)\)
      | -{1,2}\ ?BERNAMA
    )
  | (?P<copyright>(?:COPYRIGHT|Copyright|Hak\ [Cc]ipta)\s*(?:©|\(c\)).{0,300} | ©\s*\d{4}.{0,200}
        | Dilarang\ keras\ mengambil\ konten.{0,300})
  | (?P<call_to_action>
        Cek\ Berita\ dan\ Artikel\ yang\ lain\ di\ Google(?:\s*News)?
      | Dapatkan\ (?:update|informasi|berita|notifikasi)\ .{0,200}
      | (?:Ikuti|Follow|Gabung(?:\ ke)?|Join|Simak|Kunjungi|Klik).{0,120}
          (?:Google\ News|WhatsApp|Whatsapp|Telegram|Instagram|Twitter|TikTok|YouTube|Facebook|[Cc]hannel).{0,120}
      | Download\ .{0,80}(?:Google\ Play|App\ ?Store|Play\ ?Store|App\ ?Gallery).{0,200}
      | (?:Artikel|Berita)\ ini\ (?:telah\ )?(?:tayang|terbit|dimuat)\ (?:di|pada)\ .{0,300}
@click_here@    )
  | (?P<navigation>
        Halaman\s*:?(?:\ \d{1,3}){0,20}(?:\ [Ss]elanjutnya)? | Halaman\ \d{1,3}\ dari\ \d{1,3}
      | [Ss]elanjutnya | [Ss]ebelumnya | Next | Prev
      | (?:Baca|Simak)\ (?:selengkapnya|halaman\ selanjutnya)(?:\ (?:di|pada)\ halaman\ (?:selanjutnya|berikut(?:nya)?))?[.!]?
      | Selengkapnya\ di\ sini\.? | Halaman\ selanjutnya\.?
      | (?:Tags?|TAGS?|Topik|TOPIK|Tagar)\s*:.{0,300}
      | \#\s?[^#\n]{1,60}(?:\#\s?[^#\n]{1,60}){1,30}
      | (?:Home|Beranda|HOME)\s*(?:>|\u203a|\u00bb|/).{0,200}
    )
  | (?P<page_number>\d{1,2})
"""


def _line(caption_credit: str, caption_outlet: str, click_here: str) -> re.Pattern[str]:
    pattern = _LINE.replace("@caption_credit@", caption_credit).replace("@caption_outlet@", caption_outlet)
    instagram = f"{INSTAGRAM_VIEW} | {INSTAGRAM_SHARED}"
    pattern = pattern.replace("@tweet_credit@", TWEET_CREDIT).replace("@instagram@", instagram)
    return re.compile(pattern.replace("@click_here@", click_here), re.VERBOSE)


@functools.cache  # compiled when first asked for: most runs ask for a few of the eight
def line_pattern(credit: bool, outlet: bool, click: bool) -> re.Pattern[str]:
    """LINE with only the alternatives that can start mid-line which a line's substrings allow: ``credit``
    (it ends with ")"), ``outlet`` (it has ".COM/" or ".CO.ID/"), ``click`` (it has "lik di" or "lik
    link"). The alternatives left out cannot match the line, so the answer is LINE's, without the
    backtracking they cost."""
    return _line(
        _LINE_CAPTION_CREDIT if credit else "",
        _LINE_CAPTION_OUTLET if outlet else "",
        _LINE_CLICK_HERE if click else "",
    )


LINE = line_pattern(True, True, True)
LINE_ANCHORED = line_pattern(False, False, False)

# The first word of every INLINE alternative, and the marks of a glued photo caption (``(dok``,
# ``(kiri``, an agency's ``TEMPO/``: see ``_glued_captions``). One scan of the whole text for these
# literals finds the few positions where INLINE is then tried anchored; an unanchored scan with INLINE itself is ~20x slower. Grouped by first
# letter, so the engine tries one branch at each capital (~12% faster). steps/_news.c compares the same
# literals in C (~6x faster still); change both together (tests/steps/test_news_kernel.py checks they agree).
INLINE_TRIGGER = re.compile(
    r"A(?:DVERTISEMENT|rtikel|NTARA(?: FOTO)?/| post shared by)|B(?:aca|ACA|erita)|C(?:ek B|OPYRIGHT|opyright)"
    r"|Editor|Foto:|Halaman|Lihat|Pe(?:warta|nulis|nerjemah|nyunting|rbesar)|Re(?:porter|daktur)"
    r"|S(?:CROLL|imak|aksikan|elengkapnya|ebuah kiriman dibagikan|umber)|T(?:onton|EMPO/|empo/)"
    r"|Vi(?:deo|ew this post)|\[Gambas"
    r"|\((?:[Dd]ok|kiri|kanan|tengah|ke(?:dua|tiga|empat|lima|enam) |paling )"
)
# The opening of every LINE alternative that can match a line longer than 60 characters, except
# the two checked by hand (a caption ending in a credit in parentheses, a "klik di sini" prompt).
# Each alternative is a regex: the plain words (and ``\[gambas``) are literals, which news.py's
# ``_line_head`` compares without the regex where a line opens in ASCII.
LINE_HEAD_ALTERNATIVES = (
    "advertisement", "scroll", "iklan", "loading", "sponsored", r"\[gambas", "baca", "simak", "lihat",
    "tonton", "berita", "pilihan", "saksikan", "artikel", "rekomendasi", "terpopuler", "terkini", "perbesar", "foto",
    "ilustrasi", "keterangan", "sumber", "image", "hak", "getty", "photo", r"\(", "editor", "penulis",
    "reporter", "redaktur", "pewarta", "penyunting", "kontributor", "fotografer", "penerjemah", "produser",
    "video", "laporan", "-", "\u2013", "\u2014", "copyright", r"\u00a9", "dilarang", "cek", "dapatkan", "ikuti",
    "follow", "gabung", "join", "kunjungi", "klik", "download", "halaman", r"tags?\b", "topik", "tagar", r"\#", "home",
    "beranda",
)
LINE_HEAD = re.compile("(?i:" + "|".join(LINE_HEAD_ALTERNATIVES) + ")")
# Markers found anywhere inside a line (scrapers glue boilerplate into paragraphs).
INLINE = re.compile(
    r"""
    (?P<ad_marker>ADVERTISEMENT\s*(?:SCROLL\ TO\ CONTINUE\ WITH\ CONTENT)? | SCROLL\ TO\ CONTINUE\ WITH\ CONTENT)
  | (?P<embed>\[Gambas:[^\]\n]{0,60}\] | pic\.twitter\.com/[A-Za-z0-9]{4,20}(?:\s?@tweet_credit@)? | @instagram@)
  | (?P<related_bare>Baca\ Juga(?=[A-Z][a-z]|["\u201c]))
  | (?P<related>
        \(?(?:Baca|BACA)(?:\ (?:juga|Juga|JUGA))?\s?:\s? | (?:Baca|BACA)\ (?:juga|Juga|JUGA)(?=\s?[A-Z0-9"'\u201c])\s?
      | BACA\ JUGA(?=[A-Z]) | (?:Berita|Artikel)\ [Tt]erkait\s?:\s?
    )
  | (?P<video>(?:Simak|Tonton|Lihat|Saksikan)(?:\ juga)?\ (?:[Vv]ideo|VIDEO)\b | (?:Simak|Tonton|Lihat)\ juga(?=\ ['"\u201c]))
  | (?P<video_repeat>Video:?\ (?P<teaser>[^\n]{10,160}?)\ Video:?\ (?P=teaser))
  | (?P<caption>Foto:\ (?=[A-Z]))
  | (?P<caption_marker>Perbesar(?=\s?Cek\ Berita))
  | (?P<call_to_action>Cek\ Berita\ dan\ Artikel\ yang\ lain\ di\ Google(?:\s?News)?)
  | (?P<navigation>
        Halaman\ \d{1,3}\ dari\ \d{1,3} | Halaman\ berikut:
      | (?:Simak|Baca)\ selengkapnya\ (?:di|pada)\ halaman\ (?:selanjutnya|berikut(?:nya)?)[.!]?
      | Baca\ halaman\ selanjutnya(?:[^>\n]{0,200}>>|[.!]?) | Baca\ di\ sini[.!:]?
      | [Ss]elengkapnya\ baca\ di\ sini[.!]? | Selengkapnya\ di\ sini[.!]?
      | Selengkapnya\ di\ [Hh]alaman\ [Bb]erikutnya\.{0,3}
    )
  | (?P<syndication>(?:Artikel|Berita)\ ini\ (?:telah\ )?(?:tayang|terbit|dimuat)\ (?:di|pada)\b)
  | (?P<credit>
        \(?(?:Sumber|Penerjemah|Pewarta|Penulis|Reporter|Editor|Redaktur|Penyunting)\s?:
    )
  | (?P<copyright>(?:COPYRIGHT|Copyright)\s?©\s?ANTARA)
    """.replace("@tweet_credit@", TWEET_CREDIT).replace("@instagram@", INSTAGRAM_INLINE),
    re.VERBOSE,
)

# What ends the last paragraph, matched anchored at a candidate "(" or in the last few hundred
# characters only, so the cost does not grow with the line.
# Author initials, then optionally detik's lowercase tag list: ``(astj/astj) dprd medan`` (a list never
# ends in a period: ``(yoy) sejalan dengan … utama.`` is the article's sentence); also
# Tribun's ``(*)``, Kontan's ``(Intan Nirmala Sari, Willem Kurniawan)``, ANTARA's video crew
# ``(Reporter/Kamera/Editor)``, and upper-case initials or an agency right after the last sentence
# (okezone's ``(LID)``, ``(AFP)``).
TRAILING_PAREN = re.compile(
    r"\s?\((?:[a-z][a-z0-9]{1,9}(?:/[a-z][a-z0-9]{1,9}){0,3}|[A-Za-z]{2,8}/(?:JPNN|jpnn|ANTARA)|ant|antara|\*"
    r"|(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}, ){1,4}[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}"
    r"|(?:[A-Z][\w.]{0,20}(?: [A-Z][\w.]{0,20}){0,4}/){1,6}[A-Z][\w.]{0,20}(?: [A-Z][\w.]{0,20}){0,4})\)"
    r"(?P<tags>(?:\s[a-z0-9][a-z0-9'&.-]{0,40}){0,40})(?<![.,;:])\s*$"
    # okezone's author ``(Ari)``, bisnis' ``(K24)``: one short capitalised word right after the last sentence.
    r"|(?<=[.!?\"\u201d])\s?\((?:[A-Z]{2,4}|[A-Z][A-Za-z0-9]{1,6})\)\s*$"
)
TRAILING_TEXT = re.compile(
    r"\s?-{1,2}\s?BERNAMA\s*$"
    # Contributors named in a closing sentence (Tempo).
    # jpnn's video prompt after the initials: ``… kata dia. (jpnn)Simak! Video Pilihan Redaksi:``.
    r"|(?P<prompt>(?:Simak!?|Jangan [Ss]ampai [Kk]etinggalan|Saksikan|Tonton) [Vv]ideo [Pp]ilihan [Rr]edaksi"
    r"(?: ini)?:?)\s*$"
    r"|(?<=[.!?\"\u201d ])(?:[A-Z][a-z]+ ){1,4}(?:dan (?:[A-Z][a-z]+ ){1,4})?berkontribusi dalam penulisan"
    r" artikel ini\.?\s*$"
    # detik's video teaser title left alone at the very end: ``… kata dia. Judul Video Lain:``, which
    # may exclaim inside (``Momen Panas! Adu Mulut …:``).
    r"|(?<=[.!?\"\u201d] )(?P<teaser>[A-Z0-9](?:[^.!?\"\n]|(?<=\d)\.(?=\d)|[!?](?=\ [A-Z])){10,150}):\s*$"
)
TRAILING_TEXT_ENDS = ("BERNAMA", "artikel ini", "artikel ini.", ":", "Redaksi")
_CREDIT_LABELS = "Sumber|Penerjemah|Pewarta|Penulis|Reporter|Editor|Redaktur|Penyunting|Kontributor"
CREDIT_LABEL = re.compile(rf"\(?(?P<label>{_CREDIT_LABELS})\s?:\s?")
# Where CREDIT_LABEL matches, this does (at the label, after the optional "("), and the other way round:
# a search that only asks whether a label is there. Opening with a word, not "(?", it lets the regex
# engine skip to the labels' first letters instead of trying every position.
HAS_CREDIT_LABEL = re.compile(rf"(?:{_CREDIT_LABELS})\s?:")

AUTHOR_LABELS = frozenset({"Pewarta", "Penulis", "Reporter", "Kontributor"})
EDITOR_LABELS = frozenset({"Editor", "Redaktur", "Penyunting"})

# Outlet names that are not written as a domain.
OUTLET_DOMAINS = {
    "cnn indonesia": "cnnindonesia.com",
    "cnbc indonesia": "cnbcindonesia.com",
    "antara": "antaranews.com",
    "viva": "viva.co.id",
    "bernama": "bernama.com",
}
# Boilerplate that names its outlet even when the dateline does not (detik's bare ``Jakarta -``).
SIGNATURES = re.compile(
    r"\[Gambas:Video 20detik\]|detik(?:com|News)\b|\[Gambas:Video CNN\]|\(\w+/JPNN\)|\(jpnn\)"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case words a Title Case headline still writes in lower case.
HEADLINE_LOWER = _words(
    "di ke dari dan atau yang untuk dengan pada saat soal usai hingga jelang oleh bagi ini itu vs dalam "
    "jadi kini tak bisa akan ada agar karena meski sebagai sampai lewat per hari tahun bulan juga ala "
    "lagi pun demi sejak terhadap antara para si sang tapi serta bukan belum sudah masih usai bakal"
)
# Sentence openers that never start a word of a Title Case headline.
STRONG_STARTERS = _words(
    "Menurut Menurutnya Namun Sementara Sebelumnya Adapun Kemudian Sedangkan Padahal Selanjutnya Diketahui "
    "Berdasarkan Sehingga Meski Meskipun"
)
# Words that head the capitalised subject of an article sentence (``Kepala Dinas Perhubungan meminta``).
SUBJECT_HEADS = _words(
    "Kepala Ketua Menteri Wakil Direktur Presiden Gubernur Bupati Wali Sekretaris Juru Anggota Kapolri "
    "Kapolda Kapolres Kapolsek Kasat Kabid Kadis Pemerintah Polisi Warga Tim Dinas Badan Kementerian Pihak "
    "Komisi Pengamat Pakar Peneliti Analis Dokter Pelatih Manajer Jaksa Hakim Kuasa Pengacara Camat Lurah "
    "Kades Dirut Komisaris Panglima Kapten Pemain Pembalap Petugas Mahasiswa Guru Jubir Pelaku"
)
# Words that always open a subject with the name after them, even behind a headline's job title
# (``… adalah Menteri [Romo Markus] menilai``, ``… Bangsa [Nama Erick Thohir] sebelumnya``).
# Words every Indonesian sentence of some length has one of, and English words that are not Indonesian:
# what tells an embedded English tweet from the article's own sentences.
INDONESIAN_FUNCTION_WORDS = _words(
    "yang dan di ke dari ini itu dengan untuk pada dalam tidak akan adalah juga ada atau oleh karena saat"
    " bisa sudah telah kami kita saya dia ia mereka para namun tersebut menjadi lebih kata ujar"
)
ENGLISH_FUNCTION_WORDS = _words(
    "the of to and is are was were we our you your in for on with this that it at by be has have will from"
)
NAME_OPENERS = _words("Romo Ustaz Ustadz Kiai Habib Pendeta Nama")
# Words after a number that make it a quantity inside a headline (``Naik Rp 5 ribu``), not a code
# before a new sentence.
NUMBER_UNITS = _words(
    "ribu juta miliar triliun persen orang unit kg km ton meter liter hari jam menit detik tahun bulan "
    "pekan kali"
)
# Words after which a job title belongs to the headline (``… Ditunjuk Jadi Ketua Tim``), not to a new sentence.
ROLE_WORDS = _words("jadi menjadi sebagai adalah dan atau para eks mantan calon")
# Three-letter words that open a sentence glued to a headline (``… Lucu JugaTak hanya itu``).
SHORT_STARTERS = _words("Tak Ini Itu Ada Apa")
# Capitalised words that open a sentence of the article, not a word of a related headline.
SENTENCE_STARTERS = _words(
    "Hal Sebelumnya Sementara Namun Selain Menurut Menurutnya Ia Dia Mereka Kami Kita Saat Adapun Kemudian "
    "Sedangkan Selanjutnya Berdasarkan Diketahui Meski Meskipun Bahkan Lalu Padahal Oleh Sehingga Dengan "
    "Dalam Pada Untuk Terkait Tak Tidak Karena Jika Apabila Setelah Sejak Sebab Bagi Hingga Ketika "
    "Tercatat Sebanyak Seperti Selama Secara Sementara Kendati Walaupun Usai Akan Kini Sebagai"
)
# The first three letters of LINE_HEAD's words, lower case ("(", "-" and "#" open it alone, "\u00a9" and
# the dashes are not ASCII): news.py's ``_cannot_head`` looks them up before it runs LINE_HEAD. Change both
# together (tests/steps/test_news_kernel.py checks them against LINE_HEAD).
LINE_HEAD_OPENINGS = _words(
    "adv scr ikl loa spo [ga bac sim lih ton ber pil sak art rek ter per fot ilu ket sum ima hak get pho edi "
    "pen rep red pew kon pro vid lap cop dil cek dap iku fol gab joi kun kli dow hal tag top hom"
)
