"""How long the report and the explorer's queries take on a large synthetic output directory.

    python bench/report_scale.py --documents 1000000

Writes N synthetic ~1.5 KB documents (kept and removed, with metadata and removals) in saring's
output schema into a temporary directory, then times ``write_report`` and the explorer's list,
search, filter and document queries (through its HTTP app, in process).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from saring.io.output import DOCUMENT_SCHEMA, REMOVED_SCHEMA

SHARD_ROWS = 100_000
OUTLETS = ["kompas.com", "detik.com", "tempo.co", "antaranews.com", "cnnindonesia.com", "liputan6.com"]
PARAGRAPH = (
    "Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak akibat banjir "
    "pekan lalu, kata kepala dinas pekerjaan umum kepada wartawan di kantornya."
)


def _rows(start: int, count: int, removed: bool) -> list[dict]:
    rows = []
    for i in range(start, start + count):
        metadata = {
            "language": "id" if i % 7 else "jv",
            "language_score": (i % 100) / 100,
            "source": OUTLETS[i % len(OUTLETS)],
            "dateline": {"place": "JAKARTA" if i % 3 else "MEDAN"},
            "quality": {"word_count": 200 + i % 300, "stop_word_ratio": (i % 50) / 100},
            "spam": {"judol": (i % 97) / 97},
            "pii": {"email": i % 2} if i % 10 == 0 else {},
            "dup_cluster": f"doc-{i}",
            "dup_cluster_size": 1,
        }
        row = {
            "id": f"doc-{i}",
            "text": "\n".join(f"{PARAGRAPH} ({i}.{n})" for n in range(8)),
            "metadata": json.dumps(metadata),
            "removals": [
                {
                    "line": 9,
                    "text": "Baca juga: berita lain",
                    "reason": "related_link_line",
                    "step": "news",
                    "span": False,
                }
            ]
            if i % 4 == 0
            else [],
        }
        if removed:
            row.update(step="keep", reason="low_quality" if i % 2 else "judol_spam", details=None)
        rows.append(row)
    return rows


def build(root: Path, documents: int) -> None:
    (root / "documents").mkdir(parents=True)
    (root / "removed").mkdir()
    for shard, start in enumerate(range(0, documents, SHARD_ROWS)):
        count = min(SHARD_ROWS, documents - start)
        kept = count * 9 // 10
        pq.write_table(
            pa.Table.from_pylist(_rows(start, kept, False), schema=DOCUMENT_SCHEMA),
            root / "documents" / f"part-{shard:05d}.parquet",
            compression="zstd",
        )
        pq.write_table(
            pa.Table.from_pylist(_rows(start + kept, count - kept, True), schema=REMOVED_SCHEMA),
            root / "removed" / f"part-{shard:05d}-0.parquet",
            compression="zstd",
        )
    (root / "stats.json").write_text(json.dumps({"input": documents, "errors": 0, "config": "bench"}))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=200_000)
    args = parser.parse_args()
    from starlette.testclient import TestClient

    from saring.report.explore import create_app
    from saring.report.html import write_report

    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory) / "out"
        started = time.perf_counter()
        build(root, args.documents)
        print(f"built {args.documents:,} documents in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        write_report(str(root))
        print(f"write_report: {time.perf_counter() - started:.2f} s")
        client = TestClient(create_app(str(root), allowed_hosts=["testserver"]))
        for path in [
            "/",
            "/",
            f"/?page={args.documents // 100}",
            "/?reason=related_link_line&page=3",
            "/?q=berita+lain&language=jv",
            "/?source=tempo.co&min_chars=100",
            "/doc?id=doc-12345",
        ]:
            started = time.perf_counter()
            status = client.get(path).status_code
            print(f"GET {path}: {status} in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
