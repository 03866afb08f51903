"""Small corpora written by the tests themselves (no data outside the repo)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import duckdb
import zstandard

ARTICLE = (
    "JAKARTA, KOMPAS.com - Pemerintah Provinsi DKI Jakarta memperpanjang masa tanggap darurat banjir "
    "hingga akhir pekan karena hujan deras diperkirakan masih turun di wilayah hulu.\n"
    "Kepala Pelaksana BPBD DKI mengatakan, genangan di sejumlah wilayah Jakarta Timur belum surut dan "
    "ratusan warga masih mengungsi di sekolah serta masjid terdekat.\n"
    "\"Kami masih menyiagakan pompa mobile di titik-titik rawan dan meminta warga tetap waspada,\" ujarnya, "
    "Senin (12/2/2024).\n"
    "Menurut dia, bantuan makanan siap saji, selimut, dan obat-obatan sudah dikirim ke posko pengungsian "
    "sejak Minggu malam.\n"
)


def write_jsonl(path: Path, records: list[dict], compress: str | None = None) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    if compress == "gz":
        data = gzip.compress(data)
    elif compress == "zst":
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


def make_records(count: int, prefix: str = "doc", unique: bool = True) -> list[dict]:
    """Distinct short Indonesian documents (unless ``unique`` is False: then every 3rd repeats)."""
    records = []
    for i in range(count):
        n = i if unique else i - i % 3
        records.append({
            "id": f"{prefix}-{i:05d}",
            "score": i % 10,
            "text": f"Berita {prefix} nomor {n}: warga Desa Sukamaju menanam {n} bibit pohon mangrove.\n"
                    f"Kegiatan itu diikuti pelajar dan relawan dari {n % 7 + 1} kecamatan.",
        })
    return records


def outputs(out: Path) -> dict:
    """What a run produced, independent of file names and order."""
    con = duckdb.connect()
    kept = sorted(con.execute(f"select id, text from read_parquet('{out}/documents/*.parquet')").fetchall())
    removed = sorted(
        con.execute(f"select id, step, reason from read_parquet('{out}/removed/*.parquet')").fetchall()
    )
    stats = json.loads((out / "stats.json").read_text())
    for volatile in ("seconds", "output", "shards"):
        stats.pop(volatile)
    return {"kept": kept, "removed": removed, "stats": stats}
