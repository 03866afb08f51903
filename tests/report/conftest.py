"""A small output directory written directly in saring's output schema, and one headless Chromium.

The corpus has every kind of removal (whole documents, whole lines, spans), the metadata keys the
report draws, a duplicate cluster, and hostile documents (markup, script, event handlers,
``javascript:`` links, quotes that try to end an attribute, one very long line).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from saring.io.output import DOCUMENT_SCHEMA, REMOVED_SCHEMA

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
OUTLETS = ["kompas.com", "detik.com", "tempo.co", "antaranews.com"]
HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '<a href="javascript:window.__pwned=1">klik di sini</a>',
    '"><svg onload="window.__pwned=1"> \' onmouseover=\'window.__pwned=1',
]


def _removal(line: int, text: str, reason: str, step: str, span: bool = False) -> dict[str, Any]:
    return {"line": line, "text": text, "reason": reason, "step": step, "span": span}


def _article(i: int) -> str:
    return "\n".join(
        [
            f"Harga beras di pasar induk naik {i} persen pekan ini menurut pedagang setempat.",
            "Kementerian Perdagangan menyiapkan operasi pasar di sejumlah kota besar.",
            f"Operasi pasar dijadwalkan berlangsung selama {i + 2} hari mulai Senin.",
        ]
    )


def _metadata(i: int, **extra: Any) -> str:
    metadata = {
        "language": "id" if i % 5 else "jv",
        "language_score": 0.6 + (i % 4) / 10,
        "source": OUTLETS[i % len(OUTLETS)],
        "dateline": {
            "place": "JAKARTA" if i % 2 else "SURABAYA",
            "outlet": OUTLETS[i % len(OUTLETS)],
            "raw": "JAKARTA -",
        },
        "quality": {"word_count": 30 + i, "mean_word_length": 5.1 + i / 100},
        "spam": {"judol": i / 100, "adult": 0.0},
        "pii": {"email": i % 3, "phone": 1} if i % 4 == 0 else {},
        "url": f"https://{OUTLETS[i % len(OUTLETS)]}/berita/{i}",
        **extra,
    }
    return json.dumps(metadata)


def build_output(root: Path) -> Path:
    """Write the corpus as ``documents/`` and ``removed/`` Parquet plus ``stats.json``; return ``root``."""
    kept: list[dict[str, Any]] = []
    for i in range(40):
        kept.append(
            {
                "id": f"kompas-{i:03d}",
                "text": _article(i),
                "metadata": _metadata(i, dup_cluster=f"kompas-{i:03d}", dup_cluster_size=2 if i == 0 else 1),
                "removals": [
                    _removal(1, "JAKARTA, KOMPAS.com -", "dateline", "news", span=True),
                    _removal(
                        3, "Baca juga: Harga cabai merah turun di Jawa Timur", "related_link_line", "news"
                    ),
                    _removal(5, "Simak berita pilihan lainnya di kanal WhatsApp", "promo_line", "news"),
                ]
                if i % 2 == 0
                else [],
            }
        )
    for n, text in enumerate(HOSTILE):
        kept.append(
            {
                "id": f'hostile-{n}"><b>x</b>',
                "text": f"Berita biasa.\n{text}\nPenutup berita.",
                "metadata": _metadata(n, title=text, url="javascript:window.__pwned=1", source=text),
                "removals": [
                    _removal(2, text, "html_markup_line", "news"),
                    _removal(3, text, "hostile_span", "news", span=True),
                ],
            }
        )
    kept.append(
        {"id": "long-line", "text": "Kalimat panjang " * 4000, "metadata": _metadata(7), "removals": []}
    )
    removed = [
        {
            "id": "kompas-000-copy",
            "text": _article(0),
            "metadata": _metadata(0),
            "removals": [],
            "step": "exact_dedup",
            "reason": "exact_duplicate",
            "details": json.dumps({"duplicate_of": "kompas-000"}),
        },
        *(
            {
                "id": f"judi-{i}",
                "text": f"Situs slot gacor terpercaya {i}\nDaftar sekarang bonus 100%",
                "metadata": _metadata(i, spam={"judol": 0.97, "adult": 0.01}),
                "removals": [],
                "step": "keep",
                "reason": "judol_spam",
                "details": None,
            }
            for i in range(6)
        ),
        {
            "id": "hostile-removed",
            "text": HOSTILE[0] + "\n" + HOSTILE[1],
            "metadata": _metadata(1),
            "removals": [],
            "step": "keep",
            "reason": "too_short",
            "details": None,
        },
    ]
    if root.exists():
        shutil.rmtree(root)
    (root / "documents").mkdir(parents=True)
    (root / "removed").mkdir()
    pq.write_table(
        pa.Table.from_pylist(kept, schema=DOCUMENT_SCHEMA), root / "documents" / "part-00000.parquet"
    )
    pq.write_table(
        pa.Table.from_pylist(removed, schema=REMOVED_SCHEMA), root / "removed" / "part-00000-0.parquet"
    )
    stats = {
        "config": "test",
        "output": str(root),
        "input": len(kept) + len(removed) + 1,
        "kept": len(kept),
        "removed": len(removed),
        "errors": 1,
        "seconds": 0.1,
        "removed_by_step": {"keep": {"judol_spam": 6, "too_short": 1}, "exact_dedup": {"exact_duplicate": 1}},
        "errors_by_kind": {"bad_json": 1},
    }
    (root / "stats.json").write_text(json.dumps(stats))
    return root


@pytest.fixture(scope="session")
def output_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_output(tmp_path_factory.mktemp("report") / "out")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (extra: test)")
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
