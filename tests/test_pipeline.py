"""The pipeline's batch path gives the same outcomes and accounting as its per-document path."""

from __future__ import annotations

from saring.document import Document
from saring.pipeline import Pipeline, Removed, Stats
from saring.step import Drop, Step
from saring.steps.normalize import Normalize


class DropsShortLines(Step):
    """Drops a document whose first line is short: a second dropping step, after normalize."""

    name = "short_first_line"

    def process(self, document: Document) -> Document | Drop:
        if len(document.lines()[0]) < 12:
            return Drop("short_first_line", {"length": len(document.lines()[0])})
        return document


def documents() -> list[Document]:
    texts = [
        "Harga beras\u00a0naik di Pasar Cipinang.\n\n\nPedagang mengeluh.",
        " \u200b\n\u00a0\n",
        "Singkat.\nBaris kedua.",
        "Banjir bandang\r\nmerendam tiga kecamatan di Bekasi.",
        "",
    ]
    return [Document(f"d{i}", text) for i, text in enumerate(texts)]


def summary(outcomes: list) -> list:
    return [
        (o.document.id, o.step, o.reason, o.details) if isinstance(o, Removed) else (o.id, o.text, o.origin)
        for o in outcomes
    ]


def test_process_batch_matches_process():
    pipeline = Pipeline([Normalize(), DropsShortLines()])
    one, many = Stats(), Stats()
    expected = summary(list(pipeline.process(documents(), one)))
    batch = pipeline.process_batch(documents(), many)
    assert summary(batch) == expected
    assert one.to_dict() == many.to_dict()
    assert many.input == 5
    assert [o.reason for o in batch if isinstance(o, Removed)] == ["empty_text", "short_first_line", "empty_text"]


def test_count_kept_batch_counts_like_count_kept():
    kept = [o for o in Pipeline([Normalize()]).process_batch(documents(), Stats()) if isinstance(o, Document)]
    kept[0].edit("news", drop={1: "related_link_line"})
    one, many = Stats(), Stats()
    for document in kept:
        Pipeline.count_kept(document, one)
    Pipeline.count_kept_batch(kept, many)
    assert one.to_dict() == many.to_dict() and many.kept == 3
    assert many.lines_removed == {"related_link_line": 1}


def test_a_step_that_raises_fails_one_document_and_the_batch_goes_on():
    from failing_steps import Explodes
    from saring.pipeline import Failed

    pipeline = Pipeline([Normalize(), Explodes(), DropsShortLines()])
    batch = [Document("a", "Gudang petasan meledak di Tangerang."), Document("b", "Singkat."),
             Document("c", "Harga beras naik di Pasar Cipinang.")]
    stats = Stats()
    outcomes = pipeline.process_batch(batch, stats)
    assert isinstance(outcomes[0], Failed) and outcomes[0].step == "explodes"
    assert outcomes[0].message == "step 'explodes' raised ValueError: cannot handle this text"
    assert isinstance(outcomes[1], Removed) and outcomes[2].id == "c"
    assert (stats.input, stats.errors, stats.errors_by_kind["step_failed"], stats.removed_total) == (3, 1, 1, 1)


class Records(Step):
    """Notes which document it saw, under its own label; drops the ids it is told to."""

    name = "records"

    def __init__(self, label: str, log: list[tuple[str, str]], drop: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.label, self.log, self.drop = label, log, drop

    def process(self, document: Document) -> Document | Drop:
        self.log.append((self.label, document.id))
        return Drop("dropped_here") if document.id in self.drop else document


def test_each_step_runs_over_the_batch_in_order_and_outcomes_keep_input_order():
    log: list[tuple[str, str]] = []
    pipeline = Pipeline([Records("first", log, drop=("b",)), Records("second", log, drop=("d",)),
                         Records("third", log)])
    batch = [Document(name, f"Berita {name} tentang cuaca.") for name in "abcde"]
    outcomes = pipeline.process_batch(batch, Stats())
    assert log == [("first", "a"), ("first", "b"), ("first", "c"), ("first", "d"), ("first", "e"),
                   ("second", "a"), ("second", "c"), ("second", "d"), ("second", "e"),
                   ("third", "a"), ("third", "c"), ("third", "e")]
    assert summary(outcomes) == summary(list(pipeline.process(
        [Document(name, f"Berita {name} tentang cuaca.") for name in "abcde"], Stats())))
    assert [o.id if isinstance(o, Document) else o.reason for o in outcomes] == [
        "a", "dropped_here", "c", "dropped_here", "e"]
