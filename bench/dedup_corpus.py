"""Generated Indonesian news articles and labelled near-duplicate variants, for the dedup benchmarks.

Every sentence here was written for this file. An article is drawn from a topic's sentence
templates with random places, people, numbers and days, so two articles on one topic share
phrasing the way templated news series do (hard non-duplicates), while a variant of one article
(re-datelined, new lead, appended paragraph, different site furniture, or an excerpt: the first
half of it, contained in the full story) is a labelled duplicate. A same-topic article that carries
one paragraph of another verbatim (a shared background or template paragraph) is not.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from saring.document import Document

PLACES = [
    "Semarang",
    "Surabaya",
    "Makassar",
    "Medan",
    "Palembang",
    "Pontianak",
    "Kupang",
    "Ambon",
    "Jayapura",
    "Banjarmasin",
    "Padang",
    "Pekanbaru",
    "Mataram",
    "Denpasar",
    "Manado",
    "Kendari",
    "Jambi",
    "Bengkulu",
    "Cirebon",
    "Tasikmalaya",
    "Garut",
    "Klaten",
    "Kudus",
    "Jember",
    "Banyuwangi",
    "Malang",
    "Bogor",
    "Bekasi",
]
PEOPLE = [
    "Andi Prasetyo",
    "Siti Rahmawati",
    "Budi Santoso",
    "Dewi Lestari",
    "Rudi Hartono",
    "Yuliana Putri",
    "Hendra Gunawan",
    "Fitri Handayani",
    "Agus Salim",
    "Rina Marlina",
    "Joko Susilo",
    "Maya Sari",
    "Teguh Wibowo",
    "Nur Aini",
    "Bambang Sudarmo",
    "Intan Permata",
    "Fajar Nugroho",
    "Lina Marpaung",
]
ROLES = [
    "Kepala Dinas Pekerjaan Umum",
    "Wakil Wali Kota",
    "Kapolres",
    "Kepala BPBD",
    "Ketua DPRD",
    "Camat",
    "Kepala Dinas Kesehatan",
    "Kepala Dinas Pendidikan",
    "Sekretaris Daerah",
    "Kepala Bidang Humas",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober"]

TOPICS: dict[str, list[str]] = {
    "banjir": [
        "Hujan deras yang mengguyur {place} sejak {day} sore membuat {n} rumah warga terendam banjir.",
        "Ketinggian air di permukiman padat penduduk dilaporkan mencapai {m} sentimeter.",
        "{role} {place}, {person}, mengatakan petugas telah menyiagakan perahu karet di titik rawan.",
        "Sebanyak {n} jiwa terpaksa mengungsi ke balai desa dan masjid terdekat.",
        "Warga mengeluhkan saluran drainase yang tersumbat sampah sehingga air cepat meluap.",
        "Dapur umum didirikan untuk memenuhi kebutuhan makan para pengungsi selama {m} hari.",
        "Menurut {person}, genangan diperkirakan surut apabila hujan tidak kembali turun.",
        "Pemerintah daerah menyalurkan bantuan berupa selimut, tikar, beras dan obat-obatan.",
        "Sejumlah ruas jalan utama lumpuh dan kendaraan roda dua banyak yang mogok.",
        "Badan Meteorologi memperkirakan curah hujan tinggi masih akan terjadi hingga akhir {month}.",
    ],
    "pemilu": [
        "Komisi Pemilihan Umum {place} menetapkan {n} calon anggota legislatif dalam rapat pleno {day}.",
        "Ketua KPU {place}, {person}, meminta seluruh peserta mematuhi aturan masa kampanye.",
        "Badan Pengawas Pemilu menemukan {m} alat peraga kampanye yang dipasang di tempat terlarang.",
        "Para calon diminta tidak menggunakan fasilitas pemerintah dan tempat ibadah untuk berkampanye.",
        "Logistik pemilu mulai didistribusikan ke {n} tempat pemungutan suara pada awal {month}.",
        "{role} {place} menjamin keamanan selama tahapan pemilu berlangsung.",
        "Debat publik antarkandidat akan digelar sebanyak {m} kali dan disiarkan langsung televisi lokal.",
        "Masyarakat diimbau memeriksa nama mereka dalam daftar pemilih tetap sebelum hari pencoblosan.",
        "Menurut {person}, partisipasi pemilih pada pemilu sebelumnya mencapai {m} persen.",
        "Petugas kelompok penyelenggara pemungutan suara mengikuti bimbingan teknis selama {m} hari.",
    ],
    "pangan": [
        "Harga cabai rawit di pasar tradisional {place} naik menjadi Rp{n}.000 per kilogram pada {day}.",
        "Pedagang menyebut kenaikan harga dipicu berkurangnya pasokan dari daerah sentra produksi.",
        "{role} {place}, {person}, mengatakan pihaknya akan menggelar operasi pasar murah.",
        "Harga beras medium relatif stabil di kisaran Rp{m}.000 per kilogram.",
        "Ibu rumah tangga mengaku harus mengurangi belanja sayur karena harga terus merangkak naik.",
        "Stok bawang merah di gudang Bulog dinilai cukup hingga {m} bulan ke depan.",
        "Menurut {person}, cuaca buruk membuat banyak petani gagal panen pada musim ini.",
        "Satgas pangan akan memantau distribusi untuk mencegah penimbunan oleh spekulan.",
        "Harga daging ayam ras justru turun karena permintaan menurun setelah hari raya.",
        "Pemerintah menyiapkan subsidi ongkos angkut agar harga di tingkat konsumen bisa ditekan.",
    ],
    "bola": [
        "Persatuan sepak bola {place} menang {m}-1 atas tamunya dalam laga lanjutan liga pada {day} malam.",
        "Gol kemenangan dicetak pada menit ke-{n} melalui sundulan kepala memanfaatkan umpan sepak pojok.",
        "Pelatih {person} mengaku puas dengan penampilan anak asuhnya meski sempat tertinggal.",
        "Sebanyak {n} ribu penonton memadati stadion sejak sore hari.",
        "Hasil ini membuat tim tuan rumah naik ke peringkat {m} klasemen sementara.",
        "Kapten tim menyebut kemenangan ini dipersembahkan untuk para suporter setia.",
        "Pertandingan sempat dihentikan beberapa menit karena hujan deras mengguyur lapangan.",
        "Manajemen klub berencana menambah pemain baru pada bursa transfer bulan {month}.",
        "Wasit mengeluarkan {m} kartu kuning dalam laga yang berlangsung keras tersebut.",
        "Laga berikutnya akan dimainkan di kandang lawan pekan depan.",
    ],
    "kesehatan": [
        "Dinas Kesehatan {place} mencatat {n} kasus demam berdarah sejak awal {month}.",
        "{role} {place}, {person}, mengimbau warga melakukan gerakan menguras, menutup dan mendaur ulang.",
        "Pengasapan dilakukan di {m} kelurahan yang menjadi wilayah endemis.",
        "Sebagian besar pasien adalah anak-anak usia sekolah dasar.",
        "Rumah sakit daerah menyiapkan ruang perawatan tambahan untuk mengantisipasi lonjakan pasien.",
        "Menurut {person}, kasus biasanya meningkat saat peralihan musim kemarau ke musim hujan.",
        "Kader jumantik dikerahkan untuk memeriksa jentik nyamuk dari rumah ke rumah.",
        "Puskesmas membuka layanan pemeriksaan gratis setiap {day} pagi.",
        "Warga diminta segera membawa anggota keluarga ke fasilitas kesehatan bila demam tinggi.",
        "Angka kematian akibat penyakit ini tercatat {m} orang sepanjang tahun.",
    ],
    "jalan": [
        "Kecelakaan lalu lintas melibatkan truk dan minibus terjadi di jalur lintas {place} pada {day} dini hari.",
        "Sebanyak {m} orang dilaporkan luka-luka dan dilarikan ke rumah sakit terdekat.",
        "Kasat Lantas Polres {place}, {person}, mengatakan truk diduga mengalami rem blong.",
        "Arus lalu lintas sempat tersendat hingga {n} meter selama proses evakuasi.",
        "Polisi telah memeriksa sopir truk dan sejumlah saksi di lokasi kejadian.",
        "Kondisi jalan yang menurun dan berkelok membuat ruas tersebut dikenal rawan kecelakaan.",
        "Warga sekitar membantu mengevakuasi para korban sebelum petugas tiba.",
        "Menurut {person}, kedua kendaraan telah diderek ke kantor polisi untuk penyelidikan.",
        "Dinas Perhubungan berencana memasang rambu tambahan dan lampu peringatan di lokasi itu.",
        "Pengendara diimbau memeriksa kondisi kendaraan sebelum melakukan perjalanan jauh.",
    ],
}
GENERIC = [
    "Hal itu disampaikan dalam keterangan tertulis yang diterima wartawan pada {day}.",
    "Ia berharap seluruh pihak dapat bekerja sama agar persoalan ini cepat teratasi.",
    "Pihaknya akan terus berkoordinasi dengan instansi terkait di tingkat provinsi.",
    "Masyarakat diminta tidak mudah percaya pada kabar yang belum jelas sumbernya.",
    "Evaluasi menyeluruh akan dilakukan setelah kegiatan ini selesai pada akhir {month}.",
]
EXTRA = [
    "Sementara itu, sejumlah warga mengaku belum menerima informasi resmi dari pemerintah setempat.",
    "Di tempat terpisah, anggota dewan meminta pemerintah menyiapkan anggaran tambahan untuk penanganan.",
    "Pengamat kebijakan publik menilai langkah tersebut sudah tepat, tetapi pelaksanaannya perlu diawasi.",
    "Sebelumnya, kejadian serupa pernah terjadi di wilayah yang sama sekitar {m} tahun lalu.",
    "Tokoh masyarakat setempat mengajak warga saling membantu dan menjaga ketertiban lingkungan.",
    "Data terbaru akan diumumkan secara berkala melalui akun media sosial resmi pemerintah daerah.",
]
HEADERS = [
    ["Beranda > Regional > {place}", "Reporter: {person} | Editor: {person2}"],
    ["BERITA TERKINI", "{day}, {d} {month} 2024 | 10:{mm} WIB"],
    ["Home / News / Daerah", "Oleh {person} - {d} {month} 2024"],
]
FOOTERS = [
    [
        "Baca juga: Pemerintah Siapkan Anggaran Tambahan untuk {place}",
        "Simak berita menarik lainnya di kanal kami.",
        "Ikuti kami di media sosial untuk kabar terbaru setiap hari.",
    ],
    ["Editor: {person2}", "Copyright © 2024 Kabar Daerah. Seluruh hak cipta dilindungi."],
    ["Bagikan artikel ini:", "Facebook Twitter WhatsApp Telegram", "Artikel Terkait"],
]
DATELINES = ["{place} (ANTARA) - ", "{upper}, KOMPAS.com - ", "{place}, Kabar Daerah - ", "{upper} - "]


@dataclass(slots=True)
class Sample:
    id: str
    text: str
    group: str
    """Documents with the same group are duplicates of each other; the others are not."""
    kind: str


class ArticleMaker:
    """Random articles and variants; one ``random.Random`` so a seed reproduces the set."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def fill(self, template: str, slots: dict[str, str]) -> str:
        return template.format(**slots)

    def slots(self) -> dict[str, str]:
        r = self.rng
        place = r.choice(PLACES)
        return {
            "place": place,
            "upper": place.upper(),
            "person": r.choice(PEOPLE),
            "person2": r.choice(PEOPLE),
            "role": r.choice(ROLES),
            "day": r.choice(DAYS),
            "month": r.choice(MONTHS),
            "n": str(r.randint(12, 980)),
            "m": str(r.randint(2, 60)),
            "d": str(r.randint(1, 28)),
            "mm": f"{r.randint(0, 59):02d}",
        }

    def sentence(self, template: str, slots: dict[str, str]) -> str:
        # Fresh numbers per sentence, same place and people per article.
        fresh = self.slots()
        return template.format(**{**fresh, **{k: slots[k] for k in ("place", "upper", "person", "role")}})

    def article(self, topic: str) -> tuple[list[list[str]], dict[str, str]]:
        """Paragraphs of sentences: 7-11 topic sentences in a random order, plus a generic one."""
        r = self.rng
        slots = self.slots()
        chosen = r.sample(TOPICS[topic], r.randint(7, 10)) + r.sample(GENERIC, 1)
        sentences = [self.sentence(t, slots) for t in chosen]
        paragraphs, i = [], 0
        while i < len(sentences):
            size = r.randint(2, 3)
            paragraphs.append(sentences[i : i + size])
            i += size
        return paragraphs, slots

    @staticmethod
    def render(paragraphs: list[list[str]]) -> str:
        return "\n".join(" ".join(p) for p in paragraphs)

    def variant(self, paragraphs: list[list[str]], slots: dict[str, str], kind: str) -> str:
        r = self.rng
        paragraphs = [list(p) for p in paragraphs]
        if kind == "redatelined":
            paragraphs[0][0] = self.fill(r.choice(DATELINES), slots) + paragraphs[0][0]
            paragraphs[-1][-1] = paragraphs[-1][-1] + f" ({r.choice(['ant', 'kmp', 'red'])}/{slots['mm']})"
        elif kind == "edited_lead":
            paragraphs[0][0] = self.sentence(r.choice(EXTRA), slots)
            word_swaps = {"mengatakan": "menyebutkan", "sejumlah": "beberapa", "warga": "penduduk"}
            paragraphs = [[_swap(s, word_swaps) for s in p] for p in paragraphs[:2]] + paragraphs[2:]
        elif kind == "appended":
            paragraphs.append([self.sentence(t, slots) for t in r.sample(EXTRA, 2)])
        elif kind == "boilerplate":
            head = [self.fill(line, slots) for line in r.choice(HEADERS)]
            foot = [self.fill(line, slots) for line in r.choice(FOOTERS)]
            return "\n".join([*head, self.render(paragraphs), *foot])
        elif kind == "excerpt":
            paragraphs = paragraphs[: max(2, (len(paragraphs) + 1) // 2)]
            paragraphs[0][0] = self.fill(r.choice(DATELINES), slots) + paragraphs[0][0]
        elif kind == "trimmed":
            paragraphs[0][0] = self.fill(r.choice(DATELINES), slots) + paragraphs[0][0]
            paragraphs = paragraphs[:-1] if len(paragraphs) > 3 else paragraphs
        return self.render(paragraphs)


def _swap(sentence: str, swaps: dict[str, str]) -> str:
    return " ".join(swaps.get(w, w) for w in sentence.split(" "))


VARIANTS = ("redatelined", "edited_lead", "appended", "boilerplate", "trimmed", "excerpt")


def labelled_set(stories: int, seed: int = 706) -> list[Sample]:
    """``stories`` originals with 1-3 variants each, and as many unrelated articles on the same topics;
    every other one of those repeats one paragraph of its story's original (not a duplicate)."""
    maker = ArticleMaker(seed)
    samples: list[Sample] = []
    topics = sorted(TOPICS)
    for s in range(stories):
        topic = topics[s % len(topics)]
        paragraphs, slots = maker.article(topic)
        group = f"story-{s:04d}"
        samples.append(Sample(f"{group}-original", maker.render(paragraphs), group, "original"))
        for kind in maker.rng.sample(VARIANTS, maker.rng.randint(1, 3)):
            samples.append(Sample(f"{group}-{kind}", maker.variant(paragraphs, slots, kind), group, kind))
        lone, _ = maker.article(topic)
        kind = "same_topic"
        if s % 2:
            lone.insert(maker.rng.randrange(len(lone) + 1), maker.rng.choice(paragraphs))
            kind = "shared_paragraph"
        samples.append(Sample(f"single-{s:04d}", maker.render(lone), f"single-{s:04d}", kind))
    maker.rng.shuffle(samples)
    return samples


def run_spilled(step, shards, folder: str, count_only: bool = False):
    """Run a corpus step's phases in this process, spilling every table to Parquet like the executor.

    ``shards`` is iterated twice (index, then apply) and may rebuild each shard on the fly. Only
    one shard's keys or one partition's rows are in memory at a time, so peak RSS measures the
    step, not the driver. Returns each document id's outcome (a Document or a Drop), or with
    ``count_only`` the number of documents dropped.
    """
    from collections import defaultdict
    from pathlib import Path

    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    root = Path(folder)

    def spill(table: pa.Table, round_number: int, name: str) -> None:
        column = table.column("partition")
        for value in pc.unique(column).to_pylist():
            target = root / f"round{round_number}" / f"p{value}"
            target.mkdir(parents=True, exist_ok=True)
            pq.write_table(
                table.filter(pc.equal(column, value)).drop_columns(["partition"]), target / f"{name}.parquet"
            )

    for number, documents in enumerate(shards):
        keys = step.index(documents)
        if "row" not in keys.column_names:
            keys = keys.append_column("row", pa.array(range(len(documents)), pa.int64()))
        keys = keys.append_column("shard", pa.array([f"s{number:05d}"] * keys.num_rows, pa.string()))
        spill(keys, 0, f"shard{number}")
    decisions = root / "decisions"
    decisions.mkdir(parents=True, exist_ok=True)
    for round_number in range(step.rounds):
        folder_r = root / f"round{round_number}"
        for part in sorted(folder_r.iterdir()) if folder_r.exists() else []:
            keys = pa.concat_tables(
                [pq.read_table(f) for f in sorted(part.glob("*.parquet"))], promote_options="default"
            )
            result = step.decide(keys, round_number)
            if result.num_rows == 0:
                continue
            if round_number < step.rounds - 1:
                spill(result, round_number + 1, part.name)
            else:
                pq.write_table(result, decisions / f"{part.name}.parquet")
    by_row: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for file in sorted(decisions.glob("*.parquet")):
        for record in pq.read_table(file).to_pylist():
            by_row[(record.pop("shard"), record.pop("row"))].append(record)
    outcomes: dict[str, object] = {}
    dropped = 0
    for number, documents in enumerate(shards):
        for row, document in enumerate(documents):
            outcome = step.apply(document, by_row.get((f"s{number:05d}", row), []))
            if count_only:
                dropped += not isinstance(outcome, Document)
            else:
                outcomes[document.id] = outcome
    return dropped if count_only else outcomes
