from __future__ import annotations

from collections.abc import Callable

from saring.dedup.exact import ExactDedup, text_key
from saring.document import Document
from saring.step import Drop


def test_key_ignores_case_and_whitespace():
    assert text_key("Harga  Beras\nNaik") == text_key("harga beras naik ")
    assert text_key("harga beras naik") != text_key("harga beras turun")


def test_longest_copy_survives_then_smallest_id_whatever_the_sharding(run_corpus: Callable) -> None:
    same = "Banjir merendam tiga desa di Kabupaten Bandung."
    shards = [
        [Document("c", same), Document("x", "Teks lain sama sekali.")],
        [Document("b", same.upper()), Document("a", same + " "), Document("z", same)],
    ]
    for reverse in (False, True):
        for layout in (shards, [shards[0] + shards[1]]):
            outcomes = run_corpus(ExactDedup(ExactDedup.Options(partitions=3)), layout, reverse=reverse)
            dropped = {i: o.details["duplicate_of"] for i, o in outcomes.items() if isinstance(o, Drop)}
            # "a" has a trailing space: the longest text, so it is the copy kept
            assert dropped == {"b": "a", "c": "a", "z": "a"}
            assert all(o.reason == "exact_duplicate" for o in outcomes.values() if isinstance(o, Drop))
            assert outcomes["a"].metadata["exact_copies"] == 4
            assert "exact_copies" not in outcomes["x"].metadata
