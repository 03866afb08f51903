"""Handwritten Indonesian news prose that the generator recombines into articles.

Every text here was written for saring; none is taken from a real article. Paragraphs are generic
enough to recombine inside one topic, and carry placeholders filled per document so that one
article names one place and one set of people throughout:

``{kota}`` city, ``{prov}`` province, ``{daerah}`` "Kota X"/"Kabupaten X", ``{pemda}`` its
government, ``{hari}`` weekday, ``{tgl}`` d/m/yyyy, ``{tahun}`` year, ``{tokoh}``/``{nama}`` an
official's full and short name, ``{tokoh2}``/``{nama2}`` a second speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CITIES",
    "CLOSINGS",
    "EDITOR_INITIALS",
    "FIRST_NAMES",
    "LAST_NAMES",
    "MALAY_TOPIC",
    "SYNONYMS",
    "TOPICS",
    "City",
    "Topic",
]


@dataclass(frozen=True, slots=True)
class Topic:
    """One news desk: headline templates, lead paragraphs and body paragraphs.

    ``titles[i]`` is the headline of ``leads[i]``; titles past the last lead only serve as
    related headlines.
    """

    name: str
    section: str
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class City:
    name: str
    province: str
    kabupaten: bool = False


CITIES: tuple[City, ...] = (
    City("Jakarta", "DKI Jakarta"),
    City("Surabaya", "Jawa Timur"),
    City("Bandung", "Jawa Barat"),
    City("Semarang", "Jawa Tengah"),
    City("Medan", "Sumatera Utara"),
    City("Palembang", "Sumatera Selatan"),
    City("Pekanbaru", "Riau"),
    City("Makassar", "Sulawesi Selatan"),
    City("Padang", "Sumatera Barat"),
    City("Yogyakarta", "DI Yogyakarta"),
    City("Denpasar", "Bali"),
    City("Banjarmasin", "Kalimantan Selatan"),
    City("Pontianak", "Kalimantan Barat"),
    City("Manado", "Sulawesi Utara"),
    City("Kupang", "Nusa Tenggara Timur"),
    City("Mataram", "Nusa Tenggara Barat"),
    City("Jambi", "Jambi"),
    City("Samarinda", "Kalimantan Timur"),
    City("Balikpapan", "Kalimantan Timur"),
    City("Ambon", "Maluku"),
    City("Jayapura", "Papua"),
    City("Banda Aceh", "Aceh"),
    City("Malang", "Jawa Timur"),
    City("Bogor", "Jawa Barat"),
    City("Solo", "Jawa Tengah"),
    City("Blora", "Jawa Tengah", kabupaten=True),
    City("Kudus", "Jawa Tengah", kabupaten=True),
    City("Banyumas", "Jawa Tengah", kabupaten=True),
    City("Sleman", "DI Yogyakarta", kabupaten=True),
    City("Garut", "Jawa Barat", kabupaten=True),
    City("Lumajang", "Jawa Timur", kabupaten=True),
    City("Kampar", "Riau", kabupaten=True),
    City("Ogan Ilir", "Sumatera Selatan", kabupaten=True),
    City("Gowa", "Sulawesi Selatan", kabupaten=True),
)

FIRST_NAMES: tuple[str, ...] = (
    "Andi",
    "Rina",
    "Bambang",
    "Dewi",
    "Hendra",
    "Yusuf",
    "Siti",
    "Agus",
    "Fitri",
    "Rizal",
    "Nurul",
    "Teguh",
    "Wulan",
    "Arif",
    "Lestari",
    "Fajar",
    "Indah",
    "Dimas",
    "Ratna",
    "Eko",
    "Maya",
    "Joko",
    "Herlina",
    "Ilham",
    "Sri",
    "Taufik",
    "Yohana",
    "Gede",
    "Made",
    "Marthen",
    "Daeng",
    "Hasanuddin",
)
LAST_NAMES: tuple[str, ...] = (
    "Saputra",
    "Marlina",
    "Sutrisno",
    "Kartikasari",
    "Prasetyo",
    "Maulana",
    "Rahmawati",
    "Setiawan",
    "Handayani",
    "Syahputra",
    "Hidayat",
    "Wibowo",
    "Pangaribuan",
    "Nasution",
    "Siregar",
    "Lubis",
    "Purnomo",
    "Susanti",
    "Hakim",
    "Wijaya",
    "Kurniawan",
    "Permana",
    "Simanjuntak",
    "Tanjung",
    "Wirawan",
    "Pattiasina",
    "Manurung",
    "Sembiring",
    "Harahap",
    "Ramadhan",
    "Suryadi",
    "Fauzi",
)
EDITOR_INITIALS: tuple[str, ...] = (
    "rzk",
    "dnu",
    "han",
    "ymn",
    "put",
    "wis",
    "aik",
    "fjp",
    "ega",
    "mae",
    "bai",
    "lir",
    "knv",
    "dwi",
    "rdp",
    "tor",
    "gbr",
    "sun",
    "nkn",
    "idh",
    "abr",
    "isa",
    "zap",
    "hri",
)

POLITIK = Topic(
    name="politik",
    section="politik",
    titles=(
        "DPRD {daerah} Sahkan Perda Baru, Fraksi Oposisi Walk Out",
        "KPU {kota} Tetapkan Daftar Pemilih Tetap, Jumlahnya Naik",
        "{tokoh} Resmi Dilantik, Janjikan Birokrasi Lebih Ramping",
        "Bawaslu Temukan Dugaan Politik Uang Jelang Pilkada {daerah}",
        "Koalisi Partai di {prov} Mulai Bergeser Jelang Pendaftaran Calon",
    ),
    leads=(
        "Dewan Perwakilan Rakyat Daerah (DPRD) {daerah} akhirnya mengesahkan rancangan peraturan daerah tentang penataan organisasi perangkat daerah dalam rapat paripurna pada {hari} ({tgl}). Pengesahan itu diwarnai aksi walk out dua fraksi yang menilai pembahasan dilakukan terburu-buru.",
        "Komisi Pemilihan Umum (KPU) {daerah} menetapkan daftar pemilih tetap (DPT) untuk pemilihan kepala daerah mendatang sebanyak 612.408 orang. Jumlah itu naik sekitar 3,1 persen dibandingkan pemilu sebelumnya.",
        "{tokoh} resmi dilantik sebagai penjabat kepala daerah {daerah} di aula kantor gubernur {prov}, {hari} ({tgl}). Dalam sambutan pertamanya, ia berjanji memangkas rantai birokrasi yang selama ini dikeluhkan warga.",
        "Badan Pengawas Pemilu (Bawaslu) {daerah} menemukan sedikitnya tujuh laporan dugaan praktik politik uang menjelang masa tenang. Laporan itu kini tengah diklarifikasi bersama Sentra Gakkumdu.",
    ),
    paragraphs=(
        "Ketua DPRD {daerah}, {tokoh}, mengatakan seluruh tahapan pembahasan sudah sesuai tata tertib dewan. Menurut dia, panitia khusus telah menggelar rapat dengar pendapat dengan akademisi, organisasi masyarakat sipil dan perwakilan aparatur sipil negara.",
        '"Kami tidak menutup ruang kritik. Tapi keputusan harus diambil karena tenggat dari kementerian sudah dekat. Kalau ditunda lagi, yang dirugikan justru pelayanan kepada masyarakat," ujar {nama} kepada wartawan usai rapat.',
        "Sementara itu, juru bicara fraksi yang memilih keluar ruangan, {tokoh2}, menyebut draf akhir perda baru dibagikan kepada anggota dewan satu hari sebelum paripurna. Ia menilai waktu tersebut tidak cukup untuk menelaah isi pasal demi pasal.",
        '"Ini bukan soal setuju atau tidak setuju. Ini soal cara. Kami minta naskahnya dikaji ulang, terutama pasal yang mengatur peleburan dinas," kata {nama2}.',
        "Berdasarkan data yang dihimpun, perda tersebut akan melebur 34 organisasi perangkat daerah menjadi 27. Pemerintah daerah mengklaim langkah itu dapat menghemat belanja pegawai hingga Rp 48 miliar per tahun.",
        "Ketua KPU {daerah}, {tokoh}, menjelaskan penambahan jumlah pemilih terutama berasal dari pemilih pemula yang genap berusia 17 tahun pada hari pemungutan suara. Selain itu, ada pula warga pindahan yang sudah mengurus dokumen kependudukan.",
        "Ia menambahkan, petugas pemutakhiran data telah mencoret lebih dari 9.000 nama karena meninggal dunia, pindah domisili, atau tercatat ganda. Proses pencocokan dan penelitian dilakukan dari rumah ke rumah selama sebulan penuh.",
        '"Kami imbau masyarakat mengecek namanya melalui laman resmi atau aplikasi. Kalau belum terdaftar, segera lapor ke PPS di desa atau kelurahan masing-masing," kata {nama}.',
        "Komisioner Bawaslu {daerah}, {tokoh2}, mengatakan laporan yang masuk umumnya berupa pembagian sembako dan uang tunai dengan nominal Rp 50.000 hingga Rp 100.000 per orang. Sebagian pelapor turut menyertakan rekaman video sebagai bukti.",
        "Menurut {nama2}, pihaknya masih memeriksa apakah unsur pidana pemilu terpenuhi. Jika terbukti, pelaku dapat dijerat pidana penjara paling lama tiga tahun dan denda hingga puluhan juta rupiah.",
        "Pengamat politik dari salah satu universitas negeri di {kota}, {tokoh2}, menilai dinamika koalisi di tingkat daerah kerap tidak sejalan dengan peta koalisi nasional. Partai, kata dia, lebih banyak menghitung peluang menang ketimbang kesamaan platform.",
        '"Di daerah itu pragmatismenya tinggi. Hari ini berseberangan, besok bisa satu perahu. Pemilih sebenarnya sudah terbiasa dengan pola seperti itu," ujarnya saat dihubungi, {hari}.',
        "Dalam pelantikan tersebut hadir pula unsur forum koordinasi pimpinan daerah, tokoh agama, serta para kepala organisasi perangkat daerah. Acara berlangsung sekitar satu jam dengan pengamanan dari kepolisian setempat.",
        "{nama} menegaskan tidak akan melakukan rotasi pejabat secara besar-besaran dalam waktu dekat. Ia memilih mengevaluasi kinerja setiap dinas terlebih dahulu selama tiga bulan pertama masa jabatannya.",
        'Sejumlah warga yang ditemui di sekitar kantor dewan berharap perubahan struktur pemerintahan tidak membuat layanan administrasi semakin berbelit. "Yang penting urus KTP dan izin usaha cepat, itu saja," kata seorang pedagang.',
    ),
)

EKONOMI = Topic(
    name="ekonomi",
    section="ekonomi",
    titles=(
        "Harga Cabai Rawit di {kota} Tembus Rp 80.000 per Kilogram",
        "Inflasi {prov} Melandai, Beras Masih Jadi Penyumbang Utama",
        "Ekspor Kopi {prov} Naik, Petani Nikmati Harga Tinggi",
        "OJK Ingatkan Warga {kota} Waspadai Pinjol Ilegal",
        "UMKM {daerah} Didorong Masuk Pasar Digital",
    ),
    leads=(
        "Harga cabai rawit di sejumlah pasar tradisional di {kota} kembali melonjak dalam sepekan terakhir. Pantauan pada {hari} ({tgl}), cabai rawit merah dijual Rp 75.000 hingga Rp 80.000 per kilogram, naik hampir dua kali lipat dibandingkan awal bulan.",
        "Badan Pusat Statistik (BPS) {prov} mencatat inflasi tahunan pada bulan lalu sebesar 2,41 persen, lebih rendah dibandingkan bulan sebelumnya. Meski melandai, kelompok makanan, minuman dan tembakau masih menjadi penyumbang terbesar.",
        "Nilai ekspor kopi dari {prov} sepanjang semester pertama tahun ini meningkat sekitar 18 persen dibandingkan periode yang sama tahun lalu. Kenaikan harga di pasar dunia membuat petani di sentra produksi ikut menikmati keuntungan.",
        "Otoritas Jasa Keuangan (OJK) mengingatkan masyarakat {kota} agar tidak tergiur tawaran pinjaman online yang tidak terdaftar. Sepanjang tahun ini, pengaduan terkait penagihan kasar oleh pinjol ilegal terus bertambah.",
    ),
    paragraphs=(
        'Seorang pedagang di pasar induk, {tokoh2}, mengatakan pasokan dari sentra produksi berkurang karena hujan deras membuat banyak tanaman cabai busuk sebelum dipanen. "Barangnya sedikit, yang beli tetap banyak. Jadi harga naik terus," katanya.',
        "Kenaikan harga membuat sebagian pembeli mengurangi belanja. Pemilik warung makan di kawasan terminal mengaku kini hanya membeli setengah dari kebutuhan biasanya dan mencampur cabai segar dengan cabai kering.",
        "Kepala Dinas Perdagangan {daerah}, {tokoh}, mengatakan pihaknya akan menggelar operasi pasar di lima titik mulai pekan depan. Pemerintah daerah juga berkoordinasi dengan daerah penghasil untuk menambah pasokan.",
        '"Kami pastikan stok aman, hanya distribusinya yang terganggu cuaca. Dalam dua minggu ke depan kami perkirakan harga mulai turun," ujar {nama} saat meninjau pasar, {hari}.',
        "Kepala BPS {prov}, {tokoh}, menjelaskan komoditas beras, daging ayam ras dan bawang merah memberikan andil inflasi terbesar. Sebaliknya, tarif angkutan udara dan harga bensin nonsubsidi justru menahan laju inflasi.",
        "Secara bulanan, terjadi deflasi tipis 0,08 persen yang dipicu turunnya harga sayuran setelah panen raya di beberapa kabupaten. Namun, BPS mengingatkan tekanan harga bisa kembali muncul menjelang hari besar keagamaan.",
        "Ekonom dari salah satu perguruan tinggi di {kota}, {tokoh2}, menilai pemerintah daerah perlu memperkuat cadangan pangan agar gejolak harga tidak terus berulang setiap musim hujan. Menurut dia, gudang milik daerah masih jauh dari memadai.",
        "Ketua kelompok tani kopi di lereng gunung, {tokoh2}, mengatakan harga kopi gelondong merah di tingkat petani kini mencapai Rp 14.000 per kilogram. Dua tahun lalu harganya tidak sampai separuhnya.",
        '"Sekarang anak-anak muda mulai mau balik ke kebun. Dulu mereka pilih kerja di kota karena kopi tidak ada harganya," tutur {nama2} sambil menjemur biji kopi di halaman rumahnya.',
        "Dinas Perkebunan mencatat luas kebun kopi rakyat di {prov} mencapai lebih dari 80.000 hektare. Sebagian besar masih dikelola secara tradisional dengan produktivitas di bawah satu ton per hektare.",
        "Kepala OJK perwakilan {prov}, {tokoh}, mengatakan ciri utama pinjol ilegal adalah meminta akses ke seluruh kontak dan galeri foto di telepon peminjam. Bunga dan dendanya pun tidak transparan.",
        '"Sebelum meminjam, cek dulu legalitasnya. Pinjam sesuai kebutuhan dan kemampuan bayar, bukan sesuai keinginan," kata {nama}. Masyarakat juga dapat melapor melalui kontak resmi OJK bila menjadi korban penagihan tidak beretika.',
        "Sejumlah pelaku usaha mikro mengaku kesulitan mengakses kredit perbankan karena tidak memiliki agunan. Kondisi itu membuat sebagian dari mereka terjebak pada pinjaman berbunga tinggi dari rentenir maupun aplikasi tak berizin.",
        "Pemerintah daerah menargetkan 5.000 pelaku UMKM terdaftar di platform lokapasar hingga akhir tahun. Pendampingan meliputi pemotretan produk, pengemasan, hingga pengurusan sertifikat halal secara gratis.",
        "Data Bank Indonesia menunjukkan transaksi pembayaran menggunakan kode QR di {prov} tumbuh lebih dari dua kali lipat dalam setahun terakhir. Pertumbuhan terbesar terjadi di pasar tradisional dan warung makan.",
    ),
)

OLAHRAGA = Topic(
    name="olahraga",
    section="sport",
    titles=(
        "Tuan Rumah Tumbang di Kandang, Pelatih Soroti Lini Belakang",
        "Atlet Muda {kota} Sabet Emas Kejuaraan Nasional Pencak Silat",
        "Timnas U-20 Gelar TC di {kota}, 30 Pemain Dipanggil",
        "Ribuan Pelari Ramaikan Maraton {kota}, Jalan Utama Ditutup",
        "Ganda Putra Indonesia Melaju ke Semifinal",
    ),
    leads=(
        "Tim tuan rumah harus menelan kekalahan 1-2 saat menjamu lawannya dalam lanjutan kompetisi Liga 2 di stadion kebanggaan warga {kota}, {hari} ({tgl}) malam. Dua gol tim tamu lahir dari kesalahan koordinasi lini belakang.",
        "Atlet pencak silat asal {daerah}, {tokoh2}, meraih medali emas pada kejuaraan nasional yang berlangsung sepekan terakhir. Ia mengalahkan juara bertahan di partai final kelas tanding putri dengan skor meyakinkan.",
        "Sebanyak 30 pemain dipanggil mengikuti pemusatan latihan tim nasional U-20 yang digelar di {kota} mulai {hari} ({tgl}). Pemusatan latihan ini menjadi bagian persiapan menghadapi kualifikasi Piala Asia.",
        "Lebih dari 7.000 pelari dari berbagai daerah mengikuti ajang maraton tahunan di {kota} pada {hari} ({tgl}) pagi. Sejumlah ruas jalan utama ditutup sejak subuh untuk mengamankan jalur lomba.",
    ),
    paragraphs=(
        "Tuan rumah sebenarnya unggul lebih dulu lewat sundulan kepala pada menit ke-17 memanfaatkan sepak pojok. Namun, keunggulan itu hanya bertahan hingga menjelang turun minum setelah bek tengah salah mengantisipasi umpan terobosan.",
        'Pelatih kepala, {tokoh}, mengakui timnya kehilangan konsentrasi di babak kedua. "Kami bermain bagus 60 menit, tapi sepak bola itu 90 menit. Dua gol lawan itu murni kesalahan kami sendiri," ujarnya dalam jumpa pers seusai laga.',
        "Kekalahan ini membuat tim kebanggaan warga {kota} tertahan di peringkat kelima klasemen sementara dengan koleksi 14 poin dari sembilan pertandingan. Selisih dengan zona promosi kini mencapai empat angka.",
        "Sekitar 12.000 penonton memadati tribun meski hujan sempat mengguyur sebelum sepak mula. Panitia pelaksana mencatat pendapatan tiket laga tersebut menjadi yang tertinggi musim ini.",
        'Kapten tim, {tokoh2}, meminta maaf kepada suporter dan berjanji timnya akan bangkit pada laga tandang pekan depan. "Kami tahu suporter kecewa. Kami juga kecewa. Tidak ada waktu untuk menyesal terlalu lama," katanya.',
        "{nama2} yang baru berusia 19 tahun itu sudah berlatih pencak silat sejak duduk di bangku sekolah dasar. Ia berlatih di padepokan kecil dekat rumahnya, enam hari dalam sepekan, di bawah asuhan pamannya sendiri.",
        "Ketua pengurus provinsi pencak silat {prov}, {tokoh}, mengatakan kontingen daerahnya meraih total tiga emas, dua perak dan lima perunggu. Hasil itu melampaui target yang dipasang sebelum keberangkatan.",
        "Pelatih timnas U-20, {tokoh}, menyebut pemilihan {kota} sebagai lokasi pemusatan latihan karena fasilitas lapangan dan cuacanya mendukung. Tim dijadwalkan menjalani dua laga uji coba melawan klub lokal.",
        '"Saya ingin melihat siapa yang paling siap secara fisik dan mental. Nama besar tidak menjamin tempat di skuad akhir," kata {nama} saat ditemui di sela latihan sore.',
        "Dari 30 pemain yang dipanggil, delapan di antaranya merupakan wajah baru hasil pemantauan kompetisi usia muda. Tiga pemain lain berkarier di luar negeri dan baru bergabung pada pekan kedua.",
        "Pelari asal Kenya mendominasi kategori maraton penuh putra dengan catatan waktu 2 jam 16 menit. Di kategori putri, pelari nasional berhasil finis terdepan dan memecahkan rekor lomba.",
        "Ketua panitia, {tokoh2}, mengatakan tahun ini panitia menambah pos minum dan pos kesehatan di setiap dua kilometer. Langkah itu diambil setelah tahun lalu sejumlah peserta mengalami kram dan dehidrasi.",
        "Wali kota berharap ajang lari tahunan tersebut menggerakkan ekonomi warga. Hotel di pusat kota dilaporkan penuh sejak dua hari sebelum lomba, sementara pedagang kuliner kebanjiran pembeli di sekitar garis finis.",
        "Pasangan ganda putra Indonesia menang dua gim langsung 21-17, 21-19 atas wakil Denmark dalam laga perempat final. Pertandingan berlangsung ketat, terutama pada gim kedua ketika lawan sempat memimpin 18-15.",
        '"Kami sempat tertekan, tapi pelatih bilang main sabar saja, jangan buru-buru menyerang. Alhamdulillah bisa membalikkan keadaan," ujar salah satu pemain usai pertandingan.',
    ),
)

KESEHATAN = Topic(
    name="kesehatan",
    section="health",
    titles=(
        "Kasus DBD di {kota} Melonjak, Dinkes Gencarkan Fogging",
        "Cakupan Imunisasi Anak di {prov} Belum Capai Target",
        "RSUD {kota} Tambah Layanan Cuci Darah untuk Pasien BPJS",
        "Angka Stunting {daerah} Turun, Pemda Targetkan 14 Persen",
        "Dokter Ingatkan Bahaya Konsumsi Gula Berlebih pada Anak",
    ),
    leads=(
        "Dinas Kesehatan {daerah} mencatat 412 kasus demam berdarah dengue (DBD) sejak awal tahun, tiga di antaranya meninggal dunia. Angka itu hampir dua kali lipat dibandingkan periode yang sama tahun lalu.",
        "Cakupan imunisasi dasar lengkap bagi anak di {prov} hingga pertengahan tahun baru mencapai 71 persen. Angka tersebut masih jauh dari target nasional sebesar 95 persen.",
        "Rumah Sakit Umum Daerah (RSUD) {kota} menambah 20 unit mesin hemodialisis untuk memperpendek antrean pasien gagal ginjal. Selama ini pasien harus menunggu hingga dua bulan untuk mendapat jadwal cuci darah.",
        "Angka prevalensi stunting di {daerah} turun menjadi 19,2 persen berdasarkan hasil survei terbaru. Pemerintah daerah menargetkan angka itu bisa ditekan hingga 14 persen dalam dua tahun ke depan.",
    ),
    paragraphs=(
        "Kepala Dinas Kesehatan {daerah}, {tokoh}, mengatakan lonjakan kasus dipicu curah hujan tinggi yang menyebabkan banyak genangan air di permukiman. Genangan tersebut menjadi tempat berkembang biak nyamuk Aedes aegypti.",
        '"Fogging itu hanya membunuh nyamuk dewasa. Kuncinya tetap pemberantasan sarang nyamuk, menguras, menutup dan mendaur ulang barang bekas," kata {nama} saat dikonfirmasi, {hari} ({tgl}).',
        "Sebagian besar pasien DBD merupakan anak usia sekolah. Dinas kesehatan meminta orang tua segera membawa anak ke fasilitas kesehatan apabila mengalami demam tinggi mendadak lebih dari dua hari.",
        'Salah seorang warga, {tokoh2}, mengatakan dua anggota keluarganya sempat dirawat di rumah sakit karena DBD. "Di gang kami hampir setiap rumah ada yang kena. Baru sekarang petugas datang menyemprot," ujarnya.',
        "Menurut {nama}, rendahnya cakupan imunisasi antara lain disebabkan keraguan sebagian orang tua terhadap keamanan vaksin. Informasi keliru yang beredar di media sosial ikut memperburuk keadaan.",
        "Pemerintah provinsi akan menggelar bulan imunisasi anak secara serentak di seluruh posyandu, puskesmas dan sekolah. Petugas juga akan mendatangi rumah warga yang anaknya belum mendapat imunisasi lengkap.",
        "Direktur RSUD {kota}, {tokoh}, menjelaskan penambahan mesin hemodialisis dibiayai dari anggaran pendapatan dan belanja daerah. Unit baru itu mulai beroperasi penuh pada awal bulan depan dengan dua sif layanan.",
        '"Dulu ada pasien yang harus ke kota lain hanya untuk cuci darah. Ongkosnya besar, badannya juga sudah lemah. Sekarang mudah-mudahan tidak perlu lagi," kata {nama}.',
        "Dokter spesialis anak, {tokoh2}, mengingatkan konsumsi minuman manis kemasan secara rutin dapat memicu obesitas dan diabetes pada usia muda. Menurut dia, kasus diabetes pada anak kini semakin sering ditemui di ruang praktik.",
        '"Batas gula tambahan untuk anak itu kecil sekali, sekitar empat sendok makan sehari. Satu botol minuman manis saja sudah bisa melewati batas itu," ujar {nama2}.',
        "Penurunan stunting, kata {nama}, tidak lepas dari program pemberian makanan tambahan bagi ibu hamil dan balita serta pendampingan keluarga berisiko oleh kader. Setiap desa kini memiliki tim pendamping keluarga.",
        "Meski demikian, masih ada kecamatan dengan angka stunting di atas 25 persen, terutama di wilayah yang akses air bersih dan sanitasinya buruk. Pemerintah daerah akan memprioritaskan pembangunan jamban sehat di wilayah tersebut.",
        "Kementerian Kesehatan sebelumnya mengimbau masyarakat memanfaatkan layanan skrining kesehatan gratis di puskesmas. Pemeriksaan meliputi tekanan darah, gula darah, hingga deteksi dini kanker bagi kelompok usia tertentu.",
        "Petugas puskesmas setempat mengaku kewalahan karena jumlah pasien meningkat tajam dalam dua pekan terakhir. Beberapa pasien terpaksa dirawat di lorong karena ruang perawatan sudah penuh.",
    ),
)

DAERAH = Topic(
    name="daerah",
    section="regional",
    titles=(
        "Jalan Penghubung Antarkecamatan di {daerah} Rusak Parah, Warga Tanam Pisang",
        "Pemda {kota} Bangun Pasar Rakyat Baru Senilai Rp 35 Miliar",
        "Festival Budaya {kota} Kembali Digelar Setelah Vakum",
        "Warga {daerah} Keluhkan Krisis Air Bersih Saat Kemarau",
        "Alun-alun {kota} Direvitalisasi, PKL Direlokasi",
    ),
    leads=(
        "Warga di dua kecamatan di {daerah} menanam pohon pisang di tengah jalan penghubung yang rusak parah sebagai bentuk protes. Jalan sepanjang 12 kilometer itu sudah bertahun-tahun tidak diperbaiki.",
        "{pemda} mulai membangun pasar rakyat baru di atas lahan seluas dua hektare dengan anggaran sekitar Rp 35 miliar. Pasar itu ditargetkan rampung dan bisa ditempati pedagang pada akhir tahun depan.",
        "Festival budaya tahunan {kota} kembali digelar pada {hari} ({tgl}) setelah tiga tahun vakum. Ribuan warga memadati jalan protokol untuk menyaksikan kirab budaya yang diikuti puluhan kelompok kesenian.",
        "Ratusan kepala keluarga di {daerah} mulai kesulitan mendapatkan air bersih seiring datangnya musim kemarau. Sumur-sumur warga mengering dan sungai di sekitar permukiman surut.",
    ),
    paragraphs=(
        "Salah seorang tokoh pemuda, {tokoh2}, mengatakan jalan tersebut merupakan satu-satunya akses warga untuk membawa hasil pertanian ke pasar. Saat hujan, kendaraan roda empat kerap terperosok di lubang yang dalam.",
        '"Sudah berkali-kali kami usulkan di musrenbang, tapi tidak pernah terealisasi. Akhirnya warga sepakat tanam pisang, biar pemerintah lihat sendiri," ujar {nama2}.',
        "Kepala Dinas Pekerjaan Umum {daerah}, {tokoh}, mengatakan perbaikan jalan tersebut sudah masuk dalam rencana anggaran tahun depan. Untuk sementara, pihaknya akan menimbun lubang dengan batu dan sirtu.",
        "Bupati meminta warga bersabar karena keterbatasan anggaran membuat perbaikan jalan harus dilakukan bertahap. Menurut dia, total panjang jalan kabupaten yang rusak mencapai lebih dari 200 kilometer.",
        "Pasar baru itu dirancang dua lantai dengan kapasitas sekitar 800 kios dan los. Bangunan dilengkapi instalasi pengolahan air limbah, area parkir, ruang laktasi serta tempat penampungan sampah sementara.",
        "Kepala Dinas Perdagangan, {tokoh}, memastikan pedagang lama mendapat prioritas menempati kios di pasar baru tanpa dipungut biaya. Selama pembangunan, pedagang direlokasi ke pasar darurat di lahan parkir stadion.",
        'Sebagian pedagang mengaku khawatir omzet mereka turun selama menempati pasar darurat. "Pembeli belum tahu kami pindah ke sini. Seminggu ini dagangan banyak yang tidak laku," kata {tokoh2}, pedagang sayur.',
        "Kirab budaya dibuka dengan penampilan ratusan penari yang membawakan tarian tradisional khas daerah. Di belakangnya, rombongan pembawa gunungan hasil bumi diarak menuju alun-alun dan diperebutkan warga.",
        "Wali kota {kota}, {tokoh}, mengatakan festival ini menjadi momentum kebangkitan pariwisata daerah. Pemerintah menargetkan kunjungan wisatawan naik 20 persen dibandingkan tahun sebelumnya.",
        "Selain kirab, panitia juga menggelar bazar UMKM, lomba kuliner tradisional dan pertunjukan musik di sejumlah panggung. Rangkaian festival berlangsung selama empat hari hingga akhir pekan.",
        "Untuk memenuhi kebutuhan sehari-hari, warga terpaksa membeli air dari pedagang keliling seharga Rp 5.000 per jeriken. Bagi keluarga dengan penghasilan pas-pasan, pengeluaran itu cukup memberatkan.",
        "Badan Penanggulangan Bencana Daerah (BPBD) telah menyalurkan bantuan air bersih menggunakan truk tangki ke desa-desa terdampak. Setiap desa mendapat jatah dua tangki dalam sepekan.",
        '"Bantuan air dari BPBD sangat membantu, tapi cepat habis. Kami berharap ada sumur bor permanen supaya tidak begini terus setiap tahun," tutur {tokoh2}, warga setempat.',
        "Revitalisasi alun-alun meliputi penataan taman, pembangunan jalur pejalan kaki yang ramah disabilitas, serta penambahan lampu penerangan. Pedagang kaki lima yang selama ini berjualan di trotoar dipindahkan ke kawasan kuliner di sisi timur.",
    ),
)

TEKNOLOGI = Topic(
    name="teknologi",
    section="tekno",
    titles=(
        "Pemerintah Percepat Pembangunan BTS di Desa Tertinggal {prov}",
        "Waspada Modus Penipuan File APK Undangan Pernikahan",
        "Startup Agritech Asal {kota} Raih Pendanaan Seri A",
        "Data Pribadi Diduga Bocor, Warga Diminta Ganti Kata Sandi",
        "Sekolah di {daerah} Mulai Pakai Kecerdasan Buatan untuk Belajar",
    ),
    leads=(
        "Pemerintah menargetkan pembangunan 240 menara base transceiver station (BTS) di desa-desa yang belum terjangkau sinyal di {prov} rampung tahun ini. Sebagian besar lokasi berada di wilayah pegunungan dan pulau kecil.",
        "Kepolisian mengimbau masyarakat {kota} berhati-hati terhadap pesan berisi berkas aplikasi berformat APK yang dikirim melalui aplikasi percakapan. Modus yang menyamar sebagai undangan pernikahan itu sudah memakan banyak korban.",
        "Perusahaan rintisan teknologi pertanian asal {kota} mengumumkan perolehan pendanaan seri A senilai 12 juta dolar AS. Dana itu akan dipakai untuk memperluas layanan ke lebih banyak petani di luar Jawa.",
        "Sejumlah pengguna layanan digital melaporkan akun mereka diambil alih pihak tak dikenal setelah muncul dugaan kebocoran data. Pakar keamanan siber meminta warga segera mengganti kata sandi dan mengaktifkan verifikasi dua langkah.",
    ),
    paragraphs=(
        "Menurut {tokoh}, pejabat di kementerian yang membidangi komunikasi dan digital, kendala utama pembangunan menara ada pada pengangkutan material ke lokasi yang hanya bisa dijangkau dengan perahu atau berjalan kaki.",
        'Warga desa selama ini harus naik ke bukit atau memanjat pohon untuk mendapatkan sinyal telepon. "Kalau mau kirim tugas sekolah anak, kami harus jalan setengah jam ke puncak," kata {tokoh2}, seorang guru honorer.',
        "Kasat Reskrim Polres setempat, {tokoh}, menjelaskan berkas APK tersebut berisi program jahat yang mampu membaca pesan singkat, termasuk kode OTP perbankan. Pelaku kemudian menguras rekening korban dalam hitungan menit.",
        '"Jangan pernah memasang aplikasi dari luar toko aplikasi resmi. Kalau ada kiriman berkas dari nomor tak dikenal, langsung hapus saja," ujar {nama}.',
        "Salah seorang korban mengaku kehilangan tabungan lebih dari Rp 20 juta setelah membuka berkas yang dikira foto paket kiriman. Ia baru sadar ketika menerima notifikasi transfer yang tidak pernah ia lakukan.",
        "Pendiri sekaligus CEO perusahaan, {tokoh2}, mengatakan platformnya kini melayani sekitar 40.000 petani yang tergabung dalam ratusan kelompok tani. Petani bisa memesan pupuk, menjual hasil panen dan berkonsultasi dengan agronom lewat satu aplikasi.",
        '"Masalah petani itu klasik: modal, akses pasar dan informasi. Teknologi tidak menyelesaikan semuanya, tapi bisa memotong rantai yang terlalu panjang," kata {nama2}.',
        "Pakar keamanan siber, {tokoh2}, menyebut kebocoran data di Indonesia kerap terjadi karena lemahnya pengamanan sistem dan minimnya audit berkala. Data yang bocor biasanya dijual kembali di forum gelap.",
        "Ia menyarankan pengguna tidak memakai satu kata sandi untuk semua akun. Pengelola kata sandi dan verifikasi dua langkah dinilai cukup efektif mencegah pengambilalihan akun meskipun data sudah telanjur bocor.",
        "Undang-Undang Pelindungan Data Pribadi mewajibkan pengendali data memberi tahu pemilik data paling lambat tiga kali 24 jam setelah kebocoran terjadi. Namun, hingga kini belum banyak lembaga yang menjalankan kewajiban tersebut.",
        "Sejumlah sekolah menengah di {daerah} mulai memanfaatkan aplikasi berbasis kecerdasan buatan untuk membantu siswa berlatih soal dan menulis esai. Guru tetap memeriksa hasil kerja siswa secara langsung.",
        'Kepala sekolah, {tokoh}, mengatakan pihaknya membuat aturan ketat agar siswa tidak sekadar menyalin jawaban dari mesin. "Kami ajarkan cara bertanya yang baik dan cara memeriksa kebenaran jawabannya," ujarnya.',
        "Tingkat penetrasi internet di Indonesia terus meningkat dan kini mencapai sekitar 79 persen dari total penduduk. Meski begitu, kesenjangan kecepatan akses antara kota besar dan daerah terpencil masih lebar.",
    ),
)

HUKUM = Topic(
    name="hukum",
    section="hukum",
    titles=(
        "Kejari {kota} Tahan Mantan Kades Terkait Korupsi Dana Desa",
        "Polisi Bongkar Sindikat Curanmor Antarkabupaten di {prov}",
        "Terdakwa Kasus Penipuan Investasi Divonis 6 Tahun Penjara",
        "Polda {prov} Tangkap Pengedar Sabu, Barang Bukti 3 Kilogram",
        "Hakim Tolak Eksepsi Terdakwa Korupsi Proyek Jalan {daerah}",
    ),
    leads=(
        "Kejaksaan Negeri {kota} menahan seorang mantan kepala desa berinisial SR yang diduga menyelewengkan dana desa senilai Rp 780 juta. Tersangka langsung dibawa ke rumah tahanan setelah menjalani pemeriksaan selama enam jam pada {hari} ({tgl}).",
        "Jajaran kepolisian di {prov} membongkar sindikat pencurian kendaraan bermotor yang beraksi lintas kabupaten. Lima orang ditangkap dan puluhan sepeda motor hasil curian disita sebagai barang bukti.",
        "Majelis hakim Pengadilan Negeri {kota} menjatuhkan vonis enam tahun penjara kepada terdakwa kasus penipuan investasi bodong yang merugikan ratusan nasabah. Putusan itu lebih ringan dari tuntutan jaksa.",
        "Direktorat Reserse Narkoba Polda {prov} menangkap dua pria yang diduga menjadi kurir jaringan narkoba antarprovinsi. Dari tangan keduanya, polisi menyita sabu seberat sekitar tiga kilogram yang disembunyikan di dalam ban serep.",
    ),
    paragraphs=(
        "Kepala Seksi Pidana Khusus Kejari {kota}, {tokoh}, mengatakan penyimpangan terjadi pada pengelolaan dana desa selama tiga tahun anggaran. Sejumlah kegiatan fisik dilaporkan selesai, padahal di lapangan tidak pernah dikerjakan.",
        '"Tersangka kami tahan selama 20 hari ke depan untuk kepentingan penyidikan. Tidak menutup kemungkinan ada tersangka lain," kata {nama} kepada wartawan di kantornya.',
        "Penetapan tersangka dilakukan setelah penyidik memeriksa 27 saksi, termasuk perangkat desa, bendahara dan pihak rekanan. Penyidik juga telah mengantongi hasil audit kerugian keuangan negara dari inspektorat.",
        "Kapolres setempat, {tokoh}, menjelaskan para pelaku berbagi peran mulai dari pemetik, penadah hingga penjual. Motor hasil curian dijual tanpa surat dengan harga Rp 2 juta sampai Rp 4 juta per unit melalui media sosial.",
        '"Pelaku biasanya mengincar motor yang diparkir di halaman rumah tanpa kunci ganda. Dalam hitungan detik, motor bisa dibawa kabur," ujar {nama} dalam konferensi pers.',
        "Para tersangka dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan dengan ancaman hukuman maksimal tujuh tahun penjara. Sementara penadah dijerat pasal penadahan.",
        "Dalam amar putusannya, majelis hakim menyatakan terdakwa terbukti secara sah dan meyakinkan melakukan penipuan dan penggelapan secara berlanjut. Hakim juga memerintahkan aset terdakwa yang disita dikembalikan kepada para korban secara proporsional.",
        'Kuasa hukum terdakwa, {tokoh2}, mengatakan pihaknya masih pikir-pikir apakah akan mengajukan banding. "Kami hormati putusan majelis, tapi ada beberapa fakta persidangan yang menurut kami tidak dipertimbangkan," ujarnya.',
        "Sejumlah korban yang hadir di ruang sidang tampak kecewa dengan putusan tersebut. Mereka menilai hukuman enam tahun tidak sebanding dengan kerugian yang mereka derita, yang ditaksir mencapai Rp 40 miliar.",
        "Penangkapan berawal dari informasi masyarakat tentang mobil mencurigakan yang kerap keluar masuk jalur lintas provinsi pada malam hari. Petugas kemudian melakukan penyekatan di pintu tol dan menghentikan kendaraan tersebut.",
        "Kedua tersangka mengaku diupah Rp 30 juta untuk sekali pengantaran. Polisi masih memburu pengendali jaringan yang diduga berada di luar daerah.",
        "Dalam sidang lanjutan, majelis hakim menolak eksepsi yang diajukan penasihat hukum terdakwa dan memerintahkan jaksa penuntut umum melanjutkan pemeriksaan perkara dengan menghadirkan saksi-saksi.",
        "Jaksa penuntut umum mendakwa terdakwa merugikan keuangan negara sebesar Rp 3,2 miliar dalam proyek peningkatan jalan. Berdasarkan hasil uji laboratorium, ketebalan aspal tidak sesuai dengan spesifikasi kontrak.",
    ),
)

PENDIDIKAN = Topic(
    name="pendidikan",
    section="edukasi",
    titles=(
        "Pendaftaran Sekolah Jalur Zonasi di {kota} Dibuka, Ini Syaratnya",
        "Ratusan Guru Honorer {daerah} Tuntut Kejelasan Status",
        "Gedung SD di {daerah} Rusak, Siswa Belajar di Teras",
        "Mahasiswa {kota} Ciptakan Alat Deteksi Banjir Berbasis Sensor",
        "Beasiswa Daerah untuk 1.000 Pelajar Kurang Mampu Dibuka",
    ),
    leads=(
        "Dinas Pendidikan {daerah} resmi membuka pendaftaran peserta didik baru jenjang SD dan SMP mulai {hari} ({tgl}). Tahun ini, kuota jalur zonasi ditetapkan minimal 50 persen dari daya tampung setiap sekolah.",
        "Ratusan guru honorer di {daerah} menggelar aksi damai di depan kantor bupati menuntut kejelasan status kepegawaian. Sebagian dari mereka sudah mengabdi lebih dari 15 tahun dengan honor di bawah upah minimum.",
        "Siswa di salah satu sekolah dasar negeri di {daerah} terpaksa belajar di teras dan musala karena atap dua ruang kelas ambruk. Peristiwa itu terjadi saat hujan deras disertai angin kencang beberapa waktu lalu.",
        "Sekelompok mahasiswa di {kota} merancang alat pendeteksi ketinggian air berbasis sensor yang dapat mengirim peringatan dini ke telepon warga. Alat itu sudah diuji coba di bantaran sungai yang kerap meluap.",
    ),
    paragraphs=(
        "Kepala Dinas Pendidikan {daerah}, {tokoh}, mengatakan pendaftaran dilakukan secara daring melalui laman resmi. Orang tua yang kesulitan dapat datang ke posko bantuan di setiap sekolah tujuan.",
        "Selain zonasi, calon siswa dapat mendaftar melalui jalur afirmasi bagi keluarga kurang mampu, jalur perpindahan tugas orang tua, serta jalur prestasi akademik dan nonakademik.",
        '"Kami minta orang tua tidak memalsukan domisili. Tim verifikasi akan turun ke lapangan, dan kalau terbukti curang, pendaftarannya kami batalkan," tegas {nama}.',
        "Koordinator aksi, {tokoh2}, mengatakan para guru honorer meminta pemerintah daerah mengusulkan formasi pegawai pemerintah dengan perjanjian kerja sebanyak-banyaknya. Ia menyebut masih banyak guru yang menerima honor Rp 300.000 per bulan.",
        '"Kami mengajar sama seperti guru PNS, bebannya sama, tanggung jawabnya sama. Kami hanya minta diperlakukan adil," kata {nama2} di depan massa aksi.',
        "Perwakilan pemerintah daerah yang menemui massa berjanji menyampaikan tuntutan itu kepada pimpinan dan kementerian terkait. Setelah berorasi sekitar dua jam, massa membubarkan diri dengan tertib.",
        "Kepala sekolah, {tokoh}, mengatakan kerusakan gedung sudah dilaporkan kepada dinas pendidikan sejak dua tahun lalu. Kayu penyangga atap sudah lapuk dimakan rayap dan dinding retak di beberapa bagian.",
        '"Anak-anak belajar di teras kalau tidak hujan. Kalau hujan, kami pindah ke musala atau ruang guru, berdesak-desakan," ujarnya. Kondisi tersebut membuat kegiatan belajar mengajar tidak efektif.',
        "Ketua tim mahasiswa, {tokoh2}, menjelaskan alat tersebut menggunakan sensor ultrasonik yang mengukur jarak permukaan air setiap lima menit. Data dikirim melalui jaringan seluler ke server dan diteruskan sebagai pesan singkat.",
        "Biaya pembuatan satu unit alat hanya sekitar Rp 1,5 juta, jauh lebih murah dibandingkan perangkat serupa buatan pabrikan. Tim berharap pemerintah daerah tertarik memasang alat itu di titik-titik rawan banjir.",
        "Program beasiswa daerah menyasar pelajar SMA dan SMK dari keluarga penerima bantuan sosial yang memiliki nilai rapor baik. Setiap penerima akan mendapat bantuan biaya pendidikan Rp 3 juta per tahun.",
        "Pendaftaran beasiswa dibuka selama tiga pekan dan seleksi dilakukan secara terbuka. Panitia menegaskan tidak ada pungutan apa pun dalam proses seleksi dan meminta masyarakat melapor bila ada oknum yang meminta uang.",
        "Data Badan Pusat Statistik menunjukkan angka putus sekolah di jenjang menengah masih cukup tinggi di wilayah perdesaan. Faktor ekonomi dan jarak sekolah yang jauh menjadi penyebab utama.",
    ),
)

BENCANA = Topic(
    name="bencana",
    section="nasional",
    titles=(
        "Banjir Rendam Ratusan Rumah di {daerah}, Warga Mengungsi",
        "BMKG Prakirakan Hujan Lebat di {prov} Sepekan ke Depan",
        "Tanah Longsor Tutup Akses Jalan Provinsi di {daerah}",
        "Gempa Magnitudo 5,2 Guncang {prov}, Tidak Berpotensi Tsunami",
        "Kebakaran Hutan dan Lahan di {prov} Meluas, Titik Panas Bertambah",
    ),
    leads=(
        "Banjir merendam sedikitnya 640 rumah di empat kecamatan di {daerah} setelah hujan deras mengguyur sejak {hari} ({tgl}) sore. Ketinggian air di permukiman warga mencapai satu meter di beberapa titik.",
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan hujan dengan intensitas sedang hingga lebat berpotensi terjadi di sebagian besar wilayah {prov} dalam sepekan ke depan. Masyarakat diminta mewaspadai banjir, longsor dan angin kencang.",
        "Tanah longsor menutup badan jalan provinsi yang menghubungkan {daerah} dengan kabupaten tetangga pada {hari} ({tgl}) dini hari. Arus lalu lintas lumpuh total selama beberapa jam.",
        "Gempa bumi bermagnitudo 5,2 mengguncang wilayah {prov} pada {hari} ({tgl}) pukul 03.14 WIB. BMKG menyatakan gempa tersebut tidak berpotensi tsunami.",
    ),
    paragraphs=(
        "Kepala Pelaksana BPBD {daerah}, {tokoh}, mengatakan banjir dipicu luapan sungai yang tidak mampu menampung debit air dari wilayah hulu. Sebagian tanggul juga jebol di dua lokasi.",
        '"Tim gabungan sudah mengevakuasi warga, terutama lansia, ibu hamil dan anak-anak. Kami dirikan posko pengungsian di balai desa dan sekolah," ujar {nama} saat dihubungi, {hari} malam.',
        "Hingga berita ini diturunkan, tercatat sekitar 1.200 jiwa mengungsi. Tidak ada korban jiwa, namun sejumlah warga mengeluhkan gatal-gatal dan diare setelah beberapa hari tinggal di pengungsian.",
        'Seorang warga, {tokoh2}, mengaku air masuk ke rumahnya begitu cepat sehingga ia tidak sempat menyelamatkan barang-barang. "Kulkas, kasur, buku sekolah anak semuanya terendam. Yang penting keluarga selamat," katanya.',
        "Kepala stasiun meteorologi setempat, {tokoh}, menjelaskan peningkatan curah hujan dipengaruhi aktifnya gelombang atmosfer serta suhu muka laut yang hangat di perairan sekitar. Kondisi itu memicu pertumbuhan awan hujan.",
        '"Hujan lebat umumnya terjadi siang hingga malam hari. Warga yang tinggal di lereng bukit dan bantaran sungai kami minta meningkatkan kewaspadaan," kata {nama}.',
        "Alat berat dikerahkan untuk menyingkirkan material longsor berupa tanah dan batang pohon yang menimbun jalan sepanjang sekitar 40 meter. Petugas memberlakukan sistem buka tutup setelah satu lajur bisa dilalui.",
        "Tidak ada korban jiwa dalam peristiwa itu. Namun, sebuah rumah di bawah tebing rusak berat tertimpa material longsor dan penghuninya kini menumpang di rumah kerabat.",
        "Berdasarkan analisis BMKG, episenter gempa terletak di laut pada kedalaman 24 kilometer. Jenis gempa merupakan gempa dangkal akibat aktivitas sesar aktif di wilayah tersebut.",
        "Getaran gempa dirasakan cukup kuat oleh warga di sejumlah kecamatan sehingga banyak yang berhamburan keluar rumah. Beberapa rumah dilaporkan mengalami retak dinding dan genteng berjatuhan.",
        "Satelit mendeteksi lebih dari 150 titik panas di {prov} dalam tiga hari terakhir. Sebagian besar berada di lahan gambut yang sulit dipadamkan karena api menjalar di bawah permukaan tanah.",
        "Kabut asap mulai menyelimuti sejumlah daerah dan menurunkan jarak pandang. Dinas kesehatan membagikan masker gratis dan meminta warga mengurangi aktivitas di luar ruangan.",
        "Satgas penanggulangan karhutla mengerahkan helikopter untuk pengeboman air di titik-titik yang sulit dijangkau jalur darat. Petugas gabungan TNI, Polri, Manggala Agni dan masyarakat peduli api juga disiagakan.",
        "BPBD mengimbau masyarakat tidak panik dan tidak mudah percaya pada informasi yang belum jelas sumbernya. Informasi resmi hanya disampaikan melalui kanal BMKG dan pemerintah daerah.",
    ),
)

TRANSPORTASI = Topic(
    name="transportasi",
    section="otomotif",
    titles=(
        "Arus Mudik di Tol Trans Jawa Mulai Padat, Polisi Siapkan Contraflow",
        "Bandara {kota} Tambah Rute Penerbangan Baru",
        "Tarif Angkutan Kota {kota} Naik, Sopir Keluhkan Sepi Penumpang",
        "Kecelakaan Beruntun di Jalan Lintas {prov}, Tiga Orang Luka",
        "Pembangunan Jalan Tol Seksi Baru di {prov} Capai 70 Persen",
    ),
    leads=(
        "Volume kendaraan yang melintas di jalan tol Trans Jawa mulai meningkat tajam pada H-5 Lebaran. Polisi menyiapkan skema contraflow dan one way jika kepadatan terus bertambah.",
        "Bandar udara di {kota} membuka dua rute penerbangan baru mulai bulan depan. Penambahan rute diharapkan mendongkrak kunjungan wisatawan dan memperlancar arus barang.",
        "Organisasi angkutan darat di {kota} menaikkan tarif angkutan kota sebesar Rp 1.000 untuk semua jurusan. Kenaikan itu disebut untuk menyesuaikan harga bahan bakar dan suku cadang.",
        "Kecelakaan beruntun yang melibatkan sebuah truk bermuatan pasir, dua mobil pribadi dan satu sepeda motor terjadi di jalan lintas {prov} pada {hari} ({tgl}) sore. Tiga orang mengalami luka-luka.",
    ),
    paragraphs=(
        "Kepala Korps Lalu Lintas, {tokoh}, mengatakan puncak arus mudik diperkirakan terjadi dua hari menjelang Lebaran. Petugas akan ditempatkan di setiap gerbang tol dan rest area untuk mengatur arus kendaraan.",
        '"Kami imbau pemudik beristirahat setiap empat jam perjalanan. Jangan memaksakan diri kalau sudah mengantuk, lebih baik berhenti," ujar {nama}.',
        "Pengelola jalan tol mencatat lebih dari 160.000 kendaraan keluar dari wilayah Jabodetabek dalam 24 jam terakhir. Angka itu naik sekitar 30 persen dibandingkan hari biasa.",
        "General Manager bandara, {tokoh}, mengatakan rute baru akan dilayani setiap hari dengan pesawat berkapasitas 180 penumpang. Tingkat keterisian pada pekan pertama penjualan tiket sudah mencapai 65 persen.",
        'Pemerintah daerah memberikan insentif berupa promosi pariwisata bersama maskapai. "Kita ingin orang datang ke sini bukan hanya untuk urusan dinas, tetapi juga berlibur," kata {tokoh2}.',
        "Sejumlah sopir angkot mengeluhkan penumpang yang terus berkurang sejak maraknya ojek daring. Dalam sehari, mereka mengaku hanya membawa pulang penghasilan bersih sekitar Rp 70.000.",
        '"Dulu sebelum ada ojek online, sehari bisa narik sepuluh rit. Sekarang empat rit saja sudah syukur," kata {tokoh2}, sopir angkot jurusan terminal.',
        "Kasat Lantas Polres setempat, {tokoh}, menduga kecelakaan dipicu rem truk yang tidak berfungsi saat melintasi turunan panjang. Truk kemudian menabrak kendaraan di depannya hingga terjadi tabrakan beruntun.",
        "Para korban luka dilarikan ke rumah sakit terdekat untuk mendapat perawatan. Sopir truk telah diamankan untuk dimintai keterangan, sementara kendaraan yang terlibat dievakuasi ke pos polisi terdekat.",
        "Kecelakaan itu sempat menimbulkan kemacetan hingga dua kilometer. Arus lalu lintas berangsur normal setelah seluruh kendaraan berhasil dipinggirkan sekitar pukul 19.00.",
        "Kepala balai pelaksanaan jalan nasional mengatakan pembebasan lahan menjadi kendala utama pembangunan jalan tol seksi baru. Masih ada sekitar 40 bidang tanah yang menunggu putusan pengadilan terkait ganti rugi.",
        "Jika rampung, jalan tol tersebut akan memangkas waktu tempuh antara dua kota dari empat jam menjadi sekitar satu setengah jam. Pemerintah menargetkan ruas itu dapat difungsikan saat libur akhir tahun.",
        "Kementerian Perhubungan juga menyediakan program mudik gratis menggunakan bus dan kapal bagi masyarakat. Pendaftaran dilakukan secara daring dan kuotanya cepat habis dalam hitungan hari.",
    ),
)

LINGKUNGAN = Topic(
    name="lingkungan",
    section="lingkungan",
    titles=(
        "TPA {kota} Overkapasitas, Sampah Menggunung di Pinggir Jalan",
        "Warga Tanam 10.000 Mangrove di Pesisir {daerah}",
        "Sungai di {kota} Tercemar Limbah, Ikan Mati Mengapung",
        "Harimau Sumatera Terekam Kamera Jebak di Hutan {prov}",
        "Pemkot {kota} Larang Kantong Plastik Sekali Pakai di Pasar Modern",
    ),
    leads=(
        "Tempat pembuangan akhir (TPA) sampah di {kota} sudah melebihi kapasitas. Akibatnya, truk pengangkut sampah antre berjam-jam dan tumpukan sampah mulai terlihat di sejumlah tempat pembuangan sementara di pinggir jalan.",
        "Ratusan relawan bersama warga pesisir menanam 10.000 bibit mangrove di kawasan pantai {daerah} pada {hari} ({tgl}). Penanaman dilakukan untuk menahan abrasi yang terus menggerus garis pantai.",
        "Ribuan ikan ditemukan mati mengapung di aliran sungai yang melintasi {kota}. Warga menduga kematian massal ikan itu disebabkan limbah pabrik yang dibuang ke sungai.",
        "Kamera jebak yang dipasang petugas konservasi di kawasan hutan lindung di {prov} merekam keberadaan seekor harimau sumatera dewasa. Temuan itu menjadi kabar baik bagi upaya pelestarian satwa dilindungi tersebut.",
    ),
    paragraphs=(
        "Kepala Dinas Lingkungan Hidup {daerah}, {tokoh}, mengakui volume sampah yang masuk ke TPA mencapai 900 ton per hari, jauh melampaui kapasitas pengolahan. Sebagian besar merupakan sampah organik dari rumah tangga dan pasar.",
        '"Kami sedang menyiapkan lahan perluasan dan teknologi pengolahan sampah menjadi energi. Tapi yang paling penting sebenarnya pengurangan dari sumbernya, yaitu rumah tangga," kata {nama}.',
        'Warga sekitar TPS mengeluhkan bau busuk dan lalat yang masuk ke rumah. "Sudah seminggu tidak diangkut. Kalau malam baunya sampai ke dalam kamar," ujar {tokoh2}.',
        "Koordinator relawan, {tokoh2}, mengatakan garis pantai di wilayah itu mundur hingga 50 meter dalam sepuluh tahun terakhir. Beberapa rumah warga bahkan sudah hilang tergerus ombak.",
        "Bibit mangrove yang ditanam berasal dari pembibitan kelompok perempuan nelayan setempat. Selain menahan abrasi, hutan mangrove juga menjadi tempat berkembang biak kepiting dan ikan yang menopang penghasilan warga.",
        "Petugas dinas lingkungan hidup telah mengambil sampel air sungai untuk diuji di laboratorium. Hasilnya diperkirakan keluar dalam sepekan dan akan menjadi dasar penindakan jika ditemukan pelanggaran.",
        '"Airnya berubah hitam dan berbau sejak dua hari lalu. Kami yang biasa mencari ikan di sini tidak berani lagi turun ke sungai," kata {tokoh2}, nelayan sungai.',
        "Aturan pelarangan kantong plastik sekali pakai mulai berlaku tiga bulan setelah ditetapkan. Pengelola pasar modern dan toko swalayan wajib menyediakan kantong belanja ramah lingkungan.",
        "Sebagian pembeli menyambut baik aturan tersebut, tetapi ada juga yang mengeluh karena lupa membawa tas belanja. Pemerintah kota berencana membagikan tas belanja kain secara gratis di pasar-pasar.",
        "Kepala balai konservasi sumber daya alam, {tokoh}, mengatakan harimau yang terekam diperkirakan berusia lima hingga tujuh tahun. Petugas masih menganalisis pola loreng untuk memastikan apakah individu itu sudah pernah tercatat sebelumnya.",
        "Populasi harimau sumatera di alam liar diperkirakan tinggal sekitar 600 ekor. Perburuan liar dan alih fungsi hutan menjadi perkebunan masih menjadi ancaman terbesar.",
        "Balai konservasi mengimbau warga yang berkebun di sekitar kawasan hutan tidak memasang jerat babi. Jerat semacam itu kerap melukai harimau dan satwa dilindungi lainnya.",
    ),
)

PANGAN = Topic(
    name="pangan",
    section="ekonomi",
    titles=(
        "Petani {daerah} Panen Raya, Harga Gabah Anjlok",
        "Bulog {prov} Serap 40.000 Ton Beras Petani",
        "Pupuk Subsidi Langka, Petani {daerah} Antre di Kios",
        "Harga Telur Ayam di {kota} Turun, Peternak Merugi",
        "Produksi Jagung {prov} Ditargetkan Naik 15 Persen",
    ),
    leads=(
        "Petani padi di {daerah} mengeluhkan anjloknya harga gabah kering panen saat memasuki puncak panen raya. Di tingkat petani, gabah kini dihargai Rp 5.200 per kilogram, di bawah harga pembelian pemerintah.",
        "Perum Bulog Kantor Wilayah {prov} telah menyerap sekitar 40.000 ton setara beras dari petani lokal sejak awal tahun. Penyerapan akan terus dilakukan untuk memperkuat cadangan beras pemerintah.",
        "Petani di sejumlah desa di {daerah} harus mengantre berjam-jam di kios resmi untuk mendapatkan pupuk bersubsidi. Stok pupuk yang datang tidak sebanding dengan kebutuhan saat musim tanam.",
        "Harga telur ayam ras di tingkat peternak di {kota} turun menjadi Rp 21.000 per kilogram dalam dua pekan terakhir. Peternak mengaku merugi karena harga itu di bawah biaya produksi.",
    ),
    paragraphs=(
        "Ketua kelompok tani, {tokoh2}, mengatakan tengkulak menekan harga dengan alasan kadar air gabah masih tinggi karena sering hujan. Petani yang butuh uang cepat untuk modal tanam berikutnya terpaksa menjual.",
        '"Biaya tanam naik terus, pupuk mahal, upah buruh tani naik. Kalau harga gabah segini, kami hampir tidak dapat apa-apa," keluh {nama2}.',
        "Pimpinan Wilayah Perum Bulog {prov}, {tokoh}, mengatakan pihaknya membeli gabah dan beras sesuai harga pembelian pemerintah. Bulog juga menggandeng mitra penggilingan untuk mempercepat penyerapan di daerah sentra.",
        '"Stok beras di gudang kami saat ini cukup untuk kebutuhan lima bulan ke depan. Masyarakat tidak perlu khawatir," kata {nama}.',
        "Kepala Dinas Pertanian {daerah}, {tokoh}, mengakui alokasi pupuk bersubsidi tahun ini lebih kecil dibandingkan usulan daerah. Pemerintah daerah sudah mengajukan penambahan kuota kepada kementerian.",
        "Ia meminta petani terdaftar dalam kelompok tani dan sistem elektronik rencana kebutuhan agar berhak memperoleh pupuk bersubsidi. Petani yang belum terdaftar tidak bisa menebus pupuk dengan harga subsidi.",
        "Sebagian petani akhirnya membeli pupuk nonsubsidi dengan harga dua hingga tiga kali lipat. Ada pula yang mengurangi takaran pemupukan sehingga khawatir hasil panen tidak maksimal.",
        "Pemerintah provinsi menargetkan produksi jagung naik 15 persen melalui perluasan areal tanam dan bantuan benih unggul. Lahan kering yang selama ini tidak dimanfaatkan akan ditanami jagung.",
        'Seorang peternak ayam petelur, {tokoh2}, mengatakan harga pakan yang terus naik membuat biaya produksi mencapai Rp 24.000 per kilogram telur. "Setiap hari kami nombok. Kalau begini terus, banyak peternak kecil yang gulung tikar," ujarnya.',
        "Turunnya harga telur dipicu melimpahnya pasokan sementara permintaan melemah setelah musim hajatan berakhir. Peternak berharap pemerintah menyerap telur untuk program bantuan pangan.",
        "Di tingkat konsumen, harga beras medium di pasar tradisional masih bertahan di kisaran Rp 12.500 hingga Rp 13.000 per kilogram. Pedagang menyebut harga baru akan turun setelah beras hasil panen masuk ke pasar.",
        "Pengamat pertanian menilai pemerintah perlu memperbanyak pengering gabah milik kelompok tani. Dengan pengering, petani bisa menyimpan gabah lebih lama dan menjual saat harga membaik.",
    ),
)

INTERNASIONAL = Topic(
    name="internasional",
    section="internasional",
    titles=(
        "WNI di Luar Negeri Diimbau Waspada Usai Demonstrasi Meluas",
        "Indonesia Kirim Bantuan Kemanusiaan ke Wilayah Terdampak Gempa",
        "Harga Minyak Dunia Naik, Pemerintah Kaji Dampak ke APBN",
        "Delegasi Indonesia Bahas Perdagangan Sawit di Forum Internasional",
    ),
    leads=(
        "Kementerian Luar Negeri mengimbau warga negara Indonesia (WNI) di sebuah negara di Eropa Timur untuk meningkatkan kewaspadaan menyusul demonstrasi yang meluas di sejumlah kota besar. Hingga kini tidak ada WNI yang dilaporkan menjadi korban.",
        "Pemerintah Indonesia mengirimkan bantuan kemanusiaan berupa tenda, obat-obatan dan makanan siap saji ke wilayah yang terdampak gempa besar di kawasan Asia Tengah. Bantuan diberangkatkan menggunakan pesawat TNI Angkatan Udara.",
        "Harga minyak mentah dunia naik lebih dari 4 persen dalam sepekan setelah ketegangan di kawasan Timur Tengah meningkat. Pemerintah tengah menghitung dampak kenaikan itu terhadap anggaran subsidi energi.",
    ),
    paragraphs=(
        "Direktur Pelindungan WNI, {tokoh}, mengatakan perwakilan RI terus memantau situasi dan menjalin komunikasi dengan simpul-simpul masyarakat Indonesia, termasuk mahasiswa dan pekerja migran.",
        '"WNI kami minta menghindari lokasi demonstrasi, selalu membawa dokumen identitas dan melapor diri melalui portal resmi. Kalau ada keadaan darurat, hubungi nomor hotline kedutaan," kata {nama}.',
        "Tercatat sekitar 1.400 WNI tinggal di negara tersebut, sebagian besar merupakan pelajar dan pekerja di sektor perhotelan. Kedutaan besar telah menyiapkan rencana kontinjensi jika situasi memburuk.",
        "Bantuan kemanusiaan seberat 30 ton itu dilepas langsung oleh pejabat pemerintah di pangkalan udara. Indonesia juga mengirimkan tim medis yang terdiri dari dokter dan perawat untuk membantu penanganan korban luka.",
        "Menurut data otoritas setempat, gempa tersebut menewaskan lebih dari 300 orang dan merusak ribuan bangunan. Banyak korban selamat masih tinggal di tenda darurat di tengah suhu udara yang dingin.",
        "Ekonom senior, {tokoh2}, menilai setiap kenaikan harga minyak sebesar satu dolar AS per barel akan menambah beban subsidi dan kompensasi energi dalam jumlah signifikan. Di sisi lain, penerimaan negara dari sektor migas juga ikut naik.",
        '"Pemerintah punya dua pilihan, menambah subsidi atau menyesuaikan harga. Keduanya punya konsekuensi. Yang perlu dijaga adalah daya beli masyarakat bawah," ujar {nama2}.',
        "Dalam forum tersebut, delegasi Indonesia menegaskan komitmen terhadap praktik perkebunan sawit berkelanjutan dan meminta negara mitra tidak menerapkan kebijakan yang diskriminatif terhadap produk petani kecil.",
        "Indonesia merupakan produsen minyak sawit terbesar di dunia. Jutaan petani kecil menggantungkan hidup pada komoditas tersebut, sehingga aturan dagang di negara tujuan ekspor berdampak langsung ke desa-desa.",
    ),
)

# Paragraphs any desk may end on: context, follow-ups, "belum ada keterangan" lines.
CLOSINGS: tuple[str, ...] = (
    "Hingga berita ini diturunkan, pihak terkait belum memberikan keterangan resmi. Upaya konfirmasi melalui pesan singkat dan sambungan telepon belum mendapat tanggapan.",
    "Persoalan serupa sebenarnya bukan kali pertama terjadi di {daerah}. Tahun lalu, keluhan yang sama sempat disampaikan warga dalam rapat dengar pendapat di gedung dewan, namun tindak lanjutnya tidak jelas.",
    "{nama} berjanji akan menyampaikan perkembangan terbaru kepada publik secara berkala. Ia juga meminta masyarakat ikut mengawasi pelaksanaan program di lapangan.",
    'Anggota DPRD {prov} dari daerah pemilihan setempat, {tokoh2}, meminta pemerintah bergerak cepat. "Jangan tunggu masalahnya membesar baru turun tangan," ujarnya.',
    "Di media sosial, unggahan tentang peristiwa itu ramai dibagikan warganet. Sebagian besar komentar meminta pemerintah segera mencari jalan keluar yang tidak merugikan masyarakat kecil.",
    "Pemerintah {prov} menyatakan siap memberikan dukungan anggaran apabila kebutuhan di tingkat kabupaten dan kota melebihi kemampuan daerah.",
    "Rapat koordinasi lanjutan dijadwalkan berlangsung pekan depan dengan melibatkan instansi vertikal, akademisi dan perwakilan warga.",
    "Menurut catatan redaksi, persoalan ini sudah beberapa kali muncul dalam pemberitaan sejak {tahun}, tetapi belum pernah benar-benar tuntas.",
    'Warga berharap janji yang disampaikan para pejabat tidak berhenti sebagai wacana. "Kami sudah sering dengar janji. Yang kami tunggu buktinya," kata seorang warga yang enggan disebut namanya.',
    "Sementara itu, kepolisian setempat memastikan situasi tetap aman dan kondusif. Personel disiagakan di sejumlah titik untuk mengantisipasi kerawanan.",
    "Kepala Bappeda {daerah} menambahkan, program tersebut akan dievaluasi pada akhir tahun anggaran untuk menentukan apakah perlu dilanjutkan atau diubah skemanya.",
    "Ombudsman perwakilan {prov} mengaku telah menerima sejumlah laporan terkait persoalan itu dan akan meminta klarifikasi dari instansi yang bertanggung jawab.",
    "Informasi lebih lanjut dapat diperoleh melalui layanan pengaduan pemerintah daerah yang dibuka setiap hari kerja mulai pukul 08.00 hingga 16.00.",
    "Berdasarkan pantauan di lokasi pada {hari} siang, aktivitas warga berangsur normal. Sejumlah petugas masih terlihat berjaga di sekitar lokasi.",
)

# A word of the pools, then words that may stand in for it; the generator picks one per document so
# that two articles built from the same paragraphs still differ in wording.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("mengatakan", "menyatakan", "menuturkan", "menerangkan"),
    ("menjelaskan", "memaparkan", "mengungkapkan"),
    ("ujar", "tutur"),
    ("sejumlah", "beberapa"),
    ("menambahkan", "menambahkan pula"),
    ("pihaknya", "jajarannya", "instansinya"),
    ("terus", "terus-menerus"),
    ("kini", "saat ini", "sekarang"),
    ("hingga", "sampai"),
    ("segera", "secepatnya"),
    ("pekan", "minggu"),
    ("mencapai", "menyentuh"),
    ("menilai", "berpendapat"),
    ("sudah", "telah"),
    ("telah", "sudah"),
    ("tersebut", "itu"),
    ("namun", "tetapi"),
    ("melalui", "lewat"),
    ("apabila", "jika", "bila"),
    ("sebelumnya", "sebelum ini"),
    ("mengaku", "mengakui"),
)
"""Only words whose stand-ins fit every context in the pools (so no "kata": "kata sandi")."""

TOPICS: tuple[Topic, ...] = (
    POLITIK,
    EKONOMI,
    OLAHRAGA,
    KESEHATAN,
    DAERAH,
    TEKNOLOGI,
    HUKUM,
    PENDIDIKAN,
    BENCANA,
    TRANSPORTASI,
    LINGKUNGAN,
    PANGAN,
    INTERNASIONAL,
)

# Malaysian Malay (bernama house style): kerajaan, beliau, pada masa, menerusi, ringgit.
MALAY_TOPIC = Topic(
    name="malaysia",
    section="general",
    titles=(
        "Kerajaan Umum Bantuan Tunai Tambahan Untuk Golongan B40",
        "JPS Pantau Paras Air Sungai Susulan Hujan Lebat Berterusan",
        "Kementerian Pendidikan Perkenal Modul Literasi Digital Baharu",
        "Harga Ayam Dijangka Stabil Menjelang Musim Perayaan",
    ),
    leads=(
        "Kerajaan akan menyalurkan bantuan tunai tambahan berjumlah RM1.2 bilion kepada golongan berpendapatan rendah bermula bulan hadapan, kata Menteri Kewangan II {tokoh}.",
        "Jabatan Pengairan dan Saliran (JPS) sedang memantau paras air di beberapa batang sungai utama susulan hujan lebat berterusan sejak petang semalam, menurut kenyataan jabatan itu hari ini.",
        "Kementerian Pendidikan akan memperkenalkan modul literasi digital baharu di semua sekolah rendah mulai sesi persekolahan akan datang bagi melengkapkan murid dengan kemahiran asas teknologi.",
        "Harga ayam di pasaran dijangka kekal stabil menjelang musim perayaan kerana bekalan daripada penternak tempatan mencukupi, kata Ketua Pengarah Jabatan Perkhidmatan Veterinar.",
    ),
    paragraphs=(
        "Beliau berkata bantuan itu akan disalurkan terus ke dalam akaun bank penerima yang berdaftar dan mereka tidak perlu membuat sebarang permohonan baharu.",
        '"Kerajaan sentiasa prihatin terhadap beban kos sara hidup rakyat, terutamanya mereka yang tinggal di kawasan bandar dengan pendapatan yang terhad," katanya pada sidang media selepas merasmikan program di sini.',
        "Menurut beliau, seramai 4.1 juta isi rumah dijangka menerima manfaat daripada inisiatif tersebut yang merupakan sebahagian daripada langkah kerajaan untuk merancakkan ekonomi domestik.",
        "Pada masa yang sama, orang ramai dinasihatkan supaya sentiasa berwaspada terhadap sebarang pautan palsu yang mendakwa menawarkan bantuan wang ringgit menerusi aplikasi pesanan ringkas.",
        "Menerusi kenyataan itu, JPS memaklumkan paras air di dua stesen telah melepasi paras amaran manakala satu stesen lagi berada pada paras bahaya.",
        "Penduduk di kawasan rendah dinasihatkan supaya bersiap sedia untuk berpindah sekiranya diarahkan oleh pihak berkuasa, selain sentiasa merujuk laman sesawang rasmi bagi maklumat terkini.",
        "Modul berkenaan dibangunkan dengan kerjasama universiti tempatan dan syarikat teknologi, dan akan diajar selama satu jam seminggu sebagai sebahagian daripada mata pelajaran sedia ada.",
        "Beliau menambah, guru-guru akan menjalani latihan khas pada cuti persekolahan bagi memastikan pelaksanaan modul berjalan lancar di semua negeri, termasuk di Sabah dan Sarawak.",
        "Menurutnya, jabatan itu akan terus memantau harga di peringkat pemborong dan peruncit serta tidak teragak-agak mengambil tindakan terhadap peniaga yang menaikkan harga sesuka hati.",
        "Ini ialah kali kedua dalam tempoh setahun kerajaan mengumumkan langkah seumpamanya kerana keadaan ekonomi global yang tidak menentu memberi kesan kepada harga barangan keperluan.",
        "Sementara itu, {tokoh2} yang merupakan penganalisis ekonomi di sebuah universiti awam berpendapat bantuan bersasar lebih berkesan berbanding subsidi pukal yang turut dinikmati golongan berada.",
        '"Kita tidak mahu wang rakyat dibazirkan. Setiap ringgit mesti sampai kepada mereka yang benar-benar memerlukan," katanya ketika dihubungi.',
        "Tinjauan di beberapa pasar raya sekitar ibu negara mendapati orang ramai masih berbelanja secara berhemat dan lebih cenderung membeli barangan keperluan asas sahaja.",
        "Seorang peniaga di pasar borong, yang hanya mahu dikenali sebagai Pak Mat, berkata jualannya merosot hampir separuh sejak awal tahun kerana kos operasi yang meningkat.",
        "Dalam pada itu, Pusat Kawalan Operasi Bencana negeri melaporkan seramai 1,240 mangsa daripada 380 keluarga masih ditempatkan di 14 pusat pemindahan sementara sehingga pagi ini.",
        "Agensi itu turut menasihatkan pengguna jalan raya supaya mengelak laluan yang dinaiki air dan memandu dengan berhati-hati, terutamanya pada waktu malam.",
        "Menteri berkenaan juga menjelaskan bahawa pihaknya sedang meneliti cadangan untuk memperluas program itu ke sekolah menengah pada tahun hadapan, bergantung kepada peruntukan yang diluluskan.",
        "Persatuan Ibu Bapa dan Guru di beberapa buah sekolah menyambut baik langkah tersebut kerana ia dapat membantu murid menggunakan teknologi secara bertanggungjawab.",
        "Bagaimanapun, beberapa pertubuhan pengguna menggesa kerajaan memperketat pemantauan di peringkat runcit kerana harga di sesetengah kawasan luar bandar didapati lebih tinggi.",
        "Untuk rekod, kerajaan telah memperuntukkan lebih RM10 bilion bagi pelbagai bentuk bantuan tunai dan subsidi dalam Belanjawan tahun ini.",
    ),
)
