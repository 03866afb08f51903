"""Extraction quality and speed on saring's own news test pages (``tests/fixtures/html``).

For each extractor, run as the ``extract`` step: token-level precision, recall and F1 against the gold article text (multisets of
lowercased word tokens, as in trafilatura's and ScrapingHub's article-extraction benchmarks), and
pages per second for the extraction alone. With ``saring.steps.news`` present, every extractor is
scored a second time with ``normalize`` + ``news`` run after it (what a preset does). jusText
(NeMo Curator's default) runs as a peer when installed.

    PYTHONPATH=src .venv/bin/python bench/eval_extract.py [--repeat 5] [--pages DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from saring.document import Document
from saring.step import Drop, UnknownStepError, get_step
from saring.steps.extract import Extract, ExtractOptions

ROOT = Path(__file__).resolve().parents[1]
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def scores(predicted: str, gold: str) -> tuple[float, float]:
    got, want = tokens(predicted), tokens(gold)
    common = sum((got & want).values())
    return common / max(1, sum(got.values())), common / max(1, sum(want.values()))


def justext_extractor() -> Callable[[str], str] | None:
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext.get_stoplist("Indonesian")

    def run(html: str) -> str:
        paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def extract_step(**options: object) -> Callable[[str], str]:
    """The ``extract`` step (text, title line removed, metadata parsed) as a function of HTML."""
    step = Extract(ExtractOptions(**options))

    def run(html: str) -> str:
        result = step.process(Document("page", html, {"html": True}))
        return "" if isinstance(result, Drop) else result.text

    return run


def extractors() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {
        "trafilatura": extract_step(extractor="trafilatura"),
        "trafilatura (precision)": extract_step(extractor="trafilatura", precision=True),
        "resiliparse": extract_step(extractor="resiliparse"),
    }
    peer = justext_extractor()
    if peer is not None:
        found["justext (peer)"] = peer
    return found


def news_cleaner() -> Callable[[str], str] | None:
    """normalize + news as a function of text, or None when the news step is not there yet."""
    try:
        news = get_step("news")()
    except UnknownStepError:
        return None
    normalize = get_step("normalize")()

    def clean(text: str) -> str:
        document: Document | Drop = Document("page", text)
        for step in (normalize, news):
            if isinstance(document, Drop):
                return ""
            document = step.process(document)
        return "" if isinstance(document, Drop) else document.text

    return clean


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=ROOT / "tests" / "fixtures" / "html")
    parser.add_argument("--repeat", type=int, default=5, help="timing passes over all pages (the fastest counts)")
    args = parser.parse_args()
    pages = sorted((args.pages / "pages").glob("*.html"))
    if not pages:
        print(f"no pages under {args.pages / 'pages'}", file=sys.stderr)
        return 1
    html = {p.stem: p.read_text(encoding="utf-8") for p in pages}
    gold = {p.stem: (args.pages / "gold" / f"{p.stem}.txt").read_text(encoding="utf-8") for p in pages}
    cleaner = news_cleaner()
    print(f"{len(pages)} pages, {sum(map(len, html.values())) / len(pages) / 1024:.1f} KB HTML each on average")
    if cleaner is None:
        print("saring.steps.news is not present: scores with the news step are not shown")
    print(f"{'extractor':26} {'news':>5} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8}")
    baseline = None
    for name, run in extractors().items():
        outputs = {slug: run(page) for slug, page in html.items()}
        passes = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            for page in html.values():
                run(page)
            passes.append(time.perf_counter() - started)
        # The fastest pass: on a shared machine the others measure the neighbours.
        rate = len(html) / min(passes)
        baseline = baseline or rate
        variants = [("off", outputs)]
        if cleaner is not None:
            variants.append(("on", {slug: cleaner(text) for slug, text in outputs.items()}))
        for label, texts in variants:
            pairs = [scores(texts[slug], gold[slug]) for slug in html]
            precision = sum(p for p, _ in pairs) / len(pairs)
            recall = sum(r for _, r in pairs) / len(pairs)
            f1 = 2 * precision * recall / max(1e-9, precision + recall)
            print(f"{name:26} {label:>5} {precision:9.3f} {recall:7.3f} {f1:6.3f} {rate:8.0f}"
                  f"  ({rate / baseline:.2f}x trafilatura)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
