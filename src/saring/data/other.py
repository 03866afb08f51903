"""Handwritten non-news texts: regional languages, Malay, English, gambling spam, junk pages.

All written for saring. Each language pool is a list of sentences that the generator samples
(3-8 at a time) so a benchmark can hold thousands of distinct pages in the language; the
sentences use the words that tell these languages apart from Indonesian (Javanese ``aku, kowe,
ora, wis, karo, sing, arep, lan``; Sundanese ``abdi, teu, anu, jeung, geus``; Malaysian Malay
``kerajaan, ialah, beliau, pada masa, kerana, menerusi, ringgit``).
"""

from __future__ import annotations

__all__ = [
    "BALINESE",
    "CLICKBAIT",
    "ENGLISH",
    "JAVANESE",
    "JUDOL_BRANDS",
    "JUDOL_LINES",
    "JUNK",
    "MALAY",
    "MINANG",
    "SUNDANESE",
    "WIRE_STORY",
]

JAVANESE: tuple[str, ...] = (
    "Wingi sore aku karo kancaku mlaku-mlaku menyang alun-alun, jebul rame banget amarga ana pasar malem.",
    "Kowe wis mangan durung? Yen durung, ayo bareng menyang warunge Mbok Darmi sing cedhak sekolahan.",
    "Aku ora sida mulih kampung minggu iki amarga isih akeh gawean sing kudu dirampungke ing kantor.",
    "Bapakku arep nandur pari maneh sawise udan wis ajeg tiba saben sore.",
    "Sing jenenge urip iku kudu sabar lan nrima, nanging aja lali tetep ikhtiar.",
    "Adhiku lagi sinau kanggo ujian sesuk, mula aku ora wani nyetel musik banter-banter.",
    "Dalan menyang desaku saiki wis apik, ora kaya biyen sing akeh bolongane lan becek yen udan.",
    "Aku seneng banget karo sega pecel gawene ibu, sambele pedhes lan kembang turine seger.",
    "Yen kowe arep teka, kabari aku dhisik ya, mengko tak pethuk ing terminal.",
    "Mbah kakung crita yen jaman biyen bocah-bocah padha dolanan gobak sodor ing latar omah nganti surup.",
    "Aku isih kelingan nalika sekolah SD, saben esuk mlaku bareng kanca-kanca liwat pinggir kali.",
    "Wong-wong ing kampungku padha gotong royong ndandani langgar sing gentenge bocor.",
    "Sesuk aku arep tuku bibit lombok ing pasar, mugi-mugi regane ora larang.",
    "Kowe aja lali nggawa payung, mendhunge wis peteng banget lan anginé gedhé.",
)

SUNDANESE: tuple[str, ...] = (
    "Abdi teh nembe dugi ti Bandung, di jalan macet pisan kusabab aya perbaikan jalan.",
    "Ulah hilap nyandak payung, ayeuna mah sok hujan ujug-ujug dina sonten.",
    "Barudak geus arangkat ka sakola ti subuh keneh, da jarak ka sakolana jauh.",
    "Abdi teu acan tuang ti enjing, lapar pisan, hayu urang milarian tuangeun heula.",
    "Imah anu di juru jalan eta geus lila kosong, teu aya anu nyicingan deui.",
    "Bapa jeung ema keur di sawah, panen parena ayeuna lumayan alus.",
    "Upami aya waktos, mangga ulin ka bumi, engke ku abdi dijemput di terminal.",
    "Kamari abdi meser sayur di pasar, hargana rada mahal tibatan minggu kamari.",
    "Manehna teu daek dahar lamun teu aya sambel jeung lalab.",
    "Dina poe Minggu urang sok babarengan ngabersihan lembur jeung tatangga.",
    "Abdi nyuhunkeun dihapunten upami aya kalepatan dina nyerat ieu.",
    "Budak leutik anu keur ulin di buruan ngadadak ceurik kusabab labuh.",
)

MINANG: tuple[str, ...] = (
    "Ambo alah pulang dari rantau, tapi kampuang kini alah banyak barubah.",
    "Lah makan waang? Kok alun, mari awak makan samo-samo di lapau Uni Ros.",
    "Indak ado nan labiah lamak dari randang buatan amak di rumah.",
    "Urang awak kok marantau, jan lupo jo kampuang halaman.",
    "Bisuak ambo ka pasa, baa kok indak ikuik se?",
    "Hari alah sanjo, pai lah baliak dulu, beko dicari dek amak.",
)

BALINESE: tuple[str, ...] = (
    "Tiang jagi ka peken ngabe canang anggen upacara ring pura benjang pungkur.",
    "Nyen adan ragane? Tiang wantah murid anyar ring sekolah puniki.",
    "Ibi sanja hujan bales pesan, jalan di desa tiang dadi banjir.",
    "Meme sedek ngae jaje uli anggen ngaturang banten ring merajan.",
    "Tiang nunas ampura yening wenten iwang atur tiang.",
)

MALAY: tuple[str, ...] = (
    "Kerajaan negeri telah meluluskan peruntukan tambahan sebanyak RM50 juta bagi menaik taraf jalan luar bandar.",
    "Menurut beliau, langkah itu ialah sebahagian daripada usaha kerajaan untuk merapatkan jurang pembangunan antara bandar dan desa.",
    "Pada masa ini, lebih 200 kampung masih bergantung kepada jalan tanah merah yang sukar dilalui ketika musim tengkujuh.",
    "Kenyataan itu dikeluarkan menerusi laman sosial rasmi jabatan berkenaan pada petang semalam.",
    "Orang ramai diminta supaya tidak menyebarkan maklumat yang belum disahkan kerana ia boleh menimbulkan kekeliruan.",
    "Beliau berkata demikian ketika ditemui pemberita selepas majlis penyerahan sumbangan di dewan orang ramai.",
    "Harga minyak masak dijangka kekal kerana bekalan di pasaran mencukupi, kata kementerian.",
    "Seramai 3,000 peserta menyertai larian amal itu yang berjaya mengumpul lebih RM200,000 untuk tabung pesakit buah pinggang.",
    "Pihak polis sedang menjalankan siasatan lanjut dan menggesa saksi kejadian tampil membantu.",
    "Kerajaan juga akan menyediakan bantuan wang ringgit secara one-off kepada peniaga kecil yang terjejas akibat banjir.",
    "Mereka yang layak boleh membuat semakan status permohonan menerusi portal rasmi bermula minggu hadapan.",
    "Pelancong asing dijangka meningkat kerana penerbangan terus dari beberapa negara telah disambung semula.",
)

ENGLISH: tuple[str, ...] = (
    "The city council approved a new budget on Tuesday that sets aside more money for public transport and flood control.",
    "Officials said the plan would be reviewed again after the rainy season, when the cost of repairs is clearer.",
    "Residents who spoke to reporters said they welcomed the decision but wanted to see work start before the end of the year.",
    "The company reported a 12 percent rise in quarterly revenue, driven mainly by stronger demand in Southeast Asia.",
    "Analysts expect interest rates to remain unchanged until inflation shows a more stable trend.",
    "Click here to subscribe to our newsletter and get the latest updates delivered to your inbox.",
    "This recipe serves four and takes about forty minutes, including the time needed to marinate the chicken.",
    "Our hotel is located five minutes from the beach and offers free breakfast, airport pickup and high-speed Wi-Fi.",
    "The volcano has been placed on the second-highest alert level, and climbers have been told to stay away from the crater.",
    "Students will be able to apply online from next month, and the results will be announced in early August.",
)

JUDOL_BRANDS: tuple[str, ...] = (
    "GACOR88",
    "MAXWIN77",
    "ZEUSJP",
    "PRAGMA4D",
    "HOKI303",
    "JPTOTO",
    "SULTANSPIN",
    "DEWAGACOR",
    "RAJAWD",
    "BOSKU138",
)

# Gambling spam keeps its styled letters and Cyrillic look-alikes on purpose: filters must see them.
JUDOL_LINES: tuple[str, ...] = (
    "{brand} adalah situs slot gacor terpercaya hari ini dengan RTP live tertinggi dan peluang maxwin setiap hari.",
    "Daftar sekarang di {brand} dan nikmati bonus new member 100% langsung di depan tanpa ribet!",
    "Link alternatif {brand} anti blokir, deposit pulsa tanpa potongan mulai 10rb saja.",
    "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 𝐇𝐀𝐑𝐈 𝐈𝐍𝐈 ✅ 𝐌𝐀𝐗𝐖𝐈𝐍 𝐏𝐀𝐒𝐓𝐈 ✅ 𝐖𝐃 𝐂𝐄𝐏𝐀𝐓 ✅ {brand}",
    "ѕlоt gасоr gampang mеnаng, pola jitu scatter hitam turun terus bosku 🔥🔥🔥",
    "Pola gacor malam ini: spin manual 10x, turbo 20x, lalu auto 50x. Dijamin jackpot!",
    "Situs toto 4D resmi dengan hadiah terbesar, bet 100 perak bisa jadi jutaan rupiah.",
    "Kunjungi {brand} sekarang juga, CS online 24 jam siap membantu deposit via DANA, OVO dan QRIS.",
    "Main di {brand} auto sultan 🤑 withdraw berapa pun pasti dibayar lunas!",
    "Bocoran RTP slot pragmatic hari ini update setiap jam, cek sebelum main biar cuan.",
)

CLICKBAIT: tuple[str, ...] = (
    "Link Download MP3 Lagu {song} - {singer}, Lengkap dengan Lirik dan Chord Gitar",
    "Berikut link download lagu {song} yang sedang viral di TikTok. Lagu ini dinyanyikan oleh {singer} dan sudah ditonton jutaan kali.",
    "Untuk mendownload lagu {song} dalam format MP3, silakan klik tautan di bawah ini. Ukuran file 3,8 MB dengan kualitas 320 kbps.",
    "Download MP3 {song} - {singer} KLIK DISINI",
    "Lirik Lagu {song}: Aku di sini menunggumu, di bawah hujan yang tak kunjung reda, berharap kau kembali seperti dulu.",
    "Demikian link download MP3 dan lirik lagu {song}. Semoga bermanfaat dan jangan lupa dukung musisi dengan streaming di platform resmi.",
)
SONGS: tuple[str, ...] = (
    "Rindu di Ujung Senja",
    "Kau Pergi Tanpa Pamit",
    "Lara Hati",
    "Cinta Sepanjang Jalan Pantura",
)
SINGERS: tuple[str, ...] = ("Dinda Ayu Lestari", "Rama Permana", "Sasa Gendhis", "Putri Cahaya Band")

JUNK: tuple[str, ...] = (
    "Loading...",
    "404 Not Found",
    "Halaman yang Anda cari tidak ditemukan. Kembali ke beranda.",
    "Beranda | Berita | Olahraga | Ekonomi | Hiburan | Kontak",
    "Silakan aktifkan JavaScript untuk melihat konten ini.",
    "Copyright © 2024 All Rights Reserved",
    "Tunggu sebentar...",
    '<div class="ad-slot"></div>',
)

# One wire story (our own) that several outlets re-publish with edits. Leads differ in wording,
# the body is shared, and re-publishers append a paragraph of their own.
WIRE_STORY = {
    "title": "Pemprov Salurkan Bantuan Benih untuk Petani Terdampak Banjir",
    "leads": (
        "Pemerintah provinsi menyalurkan bantuan 40 ton benih padi kepada petani yang sawahnya rusak diterjang banjir bulan lalu, agar mereka bisa segera kembali menanam.",
        "Sebanyak 40 ton benih padi disalurkan pemerintah provinsi kepada petani korban banjir bulan lalu supaya mereka dapat segera menanam kembali.",
        "Petani yang sawahnya rusak akibat banjir bulan lalu menerima bantuan 40 ton benih padi dari pemerintah provinsi agar bisa cepat kembali menanam.",
    ),
    "body": (
        "Kepala dinas pertanian provinsi mengatakan bantuan tersebut menyasar sekitar 1.600 hektare sawah di tujuh kecamatan yang mengalami puso. Benih dibagikan melalui kelompok tani berdasarkan data yang telah diverifikasi petugas penyuluh.",
        '"Kami ingin petani tidak kehilangan satu musim tanam. Kalau terlambat, dampaknya bukan hanya ke pendapatan petani tetapi juga ke stok pangan daerah," katanya.',
        "Selain benih, pemerintah provinsi juga menyiapkan bantuan pupuk dan pinjaman alat mesin pertanian untuk mempercepat pengolahan lahan yang tertimbun lumpur.",
        "Salah seorang petani penerima bantuan mengaku lega karena tabungannya sudah habis untuk memperbaiki rumah yang ikut terendam. Ia berencana mulai menyemai benih pekan depan.",
        "Dinas pertanian mencatat kerugian petani akibat banjir tersebut ditaksir mencapai Rp 18 miliar, belum termasuk kerusakan saluran irigasi yang masih dalam pendataan.",
    ),
    "appended": (
        "Sementara itu, anggota DPRD provinsi meminta pemerintah mempercepat perbaikan tanggul yang jebol agar banjir serupa tidak terulang pada musim hujan berikutnya.",
        "Pemerintah kabupaten setempat juga berencana mengusulkan asuransi usaha tani bagi petani di wilayah rawan banjir mulai tahun depan.",
        "Bantuan serupa sebelumnya juga disalurkan kepada petani jagung di wilayah utara provinsi yang terdampak kekeringan.",
    ),
}
