"""Near-duplicates by MinHash LSH, clustered in rounds so that no stage is a single task.

Indonesian news is re-published: regional mastheads carry one story, portals copy each other and
wire copy is re-datelined. Those copies share most of their word 5-grams, so they meet in at least
one LSH band bucket; the copy kept is the longest text, then the smallest id (then shard and row,
which only matter when ids repeat), a rule independent of worker count and shard order.

Signatures are computed for a whole shard at once with numpy: the text is folded to lowercase
words, every word is hashed by a polynomial over its UTF-8 bytes (prefix sums, no per-word Python),
5-grams are combined from word hashes, and ``bands * rows`` multiply-shift hash functions take the
minimum per document. No per-shingle Python object is ever made, which is what bounds datatrove's
and a plain rensa loop's speed (their shingling runs in Python).

Bands and rows (text-dedup and FineWeb use 5-word shingles; FineWeb uses 14 x 8). The chance that
a pair with Jaccard J shares a bucket is ``1 - (1 - J**rows) ** bands``; with 25 x 5 (threshold
``(1/25) ** (1/5)`` ~ 0.53) it is 0.008 at J=0.2, 0.55 at J=0.5, 0.99 at J=0.7 and ~1.0 from
J=0.8. The low threshold catches copies with new leads, appended paragraphs or different site
furniture (measured J 0.55-0.8); false candidates are removed by checking the estimated Jaccard of
the pair on full signatures (``min_jaccard``) before any edge enters clustering. 125 hashes rather
than 100 (20 x 5) cost no measurable time end to end (32 CPU s per 100k either way) and narrow that
estimate's noise (standard error 0.045 at J=0.5): pairs at J 0.4-0.5 passed it less often, F1 on
the generated set 0.959/0.966/0.972 -> 0.978/0.977/0.984 over seeds 1-3.

Containment (``containment``, on by default at 0.8). Syndicated copies are often trimmed or
extended: a copy that is the first half of the story has Jaccard ~0.5 with it however exact the
copy, and 25 x 5 catches that pair half the time. So a second set of bands, 50 x 2 over the first
100 hashes (salted apart from the first set), makes a pair a candidate with probability 0.12 at J=0.05,
0.40 at 0.1, 0.87 at 0.2, 0.99 at 0.3 and ~1.0 from 0.4; a fully contained copy with a fifth of
the longer one's shingles has J=0.2. Such a candidate is a duplicate when its estimated containment
reaches the threshold: each document's distinct shingle count travels with it, and
|A&B| = J * (|A| + |B|) / (1 + J). Pairs more unequal than ``containment_min_ratio`` (1:5) are not
judged that way: the estimate's standard error, ~1/sqrt(ratio * 100), lets short blurbs sharing a
site's boilerplate pass. Because the extra bands make nearly every pair near either threshold a
candidate, the containment check uses the agreement less ``containment_margin`` standard errors
(without it, pairs just below the threshold pass on noise). Two articles sharing one template
paragraph have containment ~0.2-0.5 and stay apart. The keeper rule is unchanged (longest text),
so the short copy names the long one.
More candidates only add star edges (member to the bucket's best), so rounds grow linearly.

Phases (``partition`` regroups rows between rounds; bucket partitions are ``bucket % partitions``,
node partitions ``xxh3(id) % partitions``):

* ``index``: per document, one row per band (its bucket key, at the bucket's partition) and one
  row with the full signature (at the document's node partition).
* round 0, per bucket partition: for each bucket with two or more members, an edge from every
  other member to the bucket's best member, sent to the member's node partition.
* round 1, per node partition: each edge picks up its member's signature and moves to the best
  member's node partition.
* round 2, per node partition: edges whose two signatures agree on fewer than ``min_jaccard`` of
  their hash functions, and whose estimated containment is below ``containment``, are dropped (LSH
  false positives); the rest become both-way candidates.
* rounds 3.., per node partition: hash-to-min connected components (Chitnis et al. 2013): each
  node sends its candidate set to its best member and the best member to the others; stars
  converge in one round, chains in O(log diameter). In the last of them each node offers itself,
  with its signature, to its best member.
* last round, per node partition: the best member's partition holds every member of its component
  (once hash-to-min has converged), each with its signature, and splits it around kept copies. A
  member whose signature agrees with the best member's on ``min_jaccard`` of the hashes (or is
  contained in it, or contains it) is dropped as its duplicate; so is one close, by a stricter
  check (the Jaccard estimate less ``containment_margin`` standard errors), to one of those
  duplicates that agrees with the best member on ``hop_jaccard`` (an excerpt of the original whose
  kept copy has a new lead), with ``via`` naming it. The members left (a false link joined two
  stories, or a chain drifted: a ~ b ~ c, but not a ~ c) re-form a cluster around their own best
  member the same way, up to ``split_rounds`` times; any left after that stay alone. Each kept copy
  records its cluster's size. If a component has not converged in ``cluster_rounds``, some
  duplicates survive; nothing is dropped that is not close to the kept copy or to a close copy of it.

Only rows of documents that share a bucket travel past round 1, so the later rounds are small.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import numpy as np
import pyarrow as pa
import xxhash
from pydantic import Field

from saring.document import Document
from saring.step import CorpusStep, Drop, StepOptions, register

_BYTE_BASE = np.uint64(0x100000001B3)  # FNV prime: odd, so invertible modulo 2**64
_BYTE_BASE_INVERSE = np.uint64(pow(0x100000001B3, -1, 1 << 64))
# Word bytes: ASCII letters and digits and every byte of a non-ASCII character; what separates
# words (ASCII punctuation, space, the U+0080-U+00BF and U+2000-U+207F blocks of symbols, quotes,
# dashes and NBSP) is cleared below. One table lookup replaces a per-text regex (6x faster).
_WORD_BYTE = np.zeros(256, bool)
_WORD_BYTE[[*range(ord("0"), ord("9") + 1), *range(ord("a"), ord("z") + 1), *range(128, 256)]] = True


def word_bytes(data: np.ndarray) -> np.ndarray:
    """A mask of the bytes of lowercased UTF-8 ``data`` that belong to words."""
    is_word = _WORD_BYTE[data]
    # U+0080-U+00BF is C2 xx; U+2000-U+207F is E2 80 xx and E2 81 xx.
    latin = np.flatnonzero(data[:-1] == 0xC2)
    is_word[latin] = is_word[latin + 1] = False
    general = np.flatnonzero((data[:-2] == 0xE2) & ((data[1:-1] == 0x80) | (data[1:-1] == 0x81)))
    is_word[general] = is_word[general + 1] = is_word[general + 2] = False
    return is_word


def words(text: str) -> list[str]:
    """The words a shingle is made of, as :class:`Signer` sees them (for tests and evaluation)."""
    data = np.frombuffer(text.lower().encode(), np.uint8)
    mask = word_bytes(data)
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    raw = data.tobytes()
    return [raw[a:b].decode() for a, b in zip(starts, ends, strict=True)]


def _mix(values: np.ndarray) -> np.ndarray:
    """Murmur3's 64-bit finaliser: spreads every input bit over every output bit."""
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> np.uint64(33))


class _Powers:
    """``base**i`` and ``base**-i`` modulo 2**64, grown on demand and reused across shards."""

    def __init__(self) -> None:
        self.forward = np.ones(1, np.uint64)
        self.inverse = np.ones(1, np.uint64)

    def upto(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self.forward) < n:
            size = max(n, 2 * len(self.forward))
            self.forward = np.concatenate(([np.uint64(1)], np.cumprod(np.full(size - 1, _BYTE_BASE))))
            self.inverse = np.concatenate(([np.uint64(1)], np.cumprod(np.full(size - 1, _BYTE_BASE_INVERSE))))
        return self.forward[:n], self.inverse[:n]


class Signer:
    """MinHash signatures for many texts at once: word n-gram shingles, multiply-shift hashing.

    Deterministic for a given ``seed`` on any machine, so shards signed by different workers meet.
    """

    def __init__(
        self, permutations: int, ngram: int = 5, seed: int = 1, chunk: int = 4096, batch: int = 500
    ) -> None:
        rng = np.random.default_rng(seed)
        # Multiply-shift hashing: the high 32 bits of a * x mod 2**64 for odd a, on 64-bit shingle
        # hashes that are already well mixed. One multiply per value, no modulo.
        self.multipliers = rng.integers(0, 1 << 63, permutations, dtype=np.uint64) | np.uint64(1)
        self.gram_weights = _mix(np.arange(1, ngram + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))
        self.ngram = ngram
        self.chunk = chunk
        self.batch = batch
        self.powers = _Powers()

    def shingles(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """64-bit hashes of every word n-gram, and each text's first shingle index (plus the end).

        A text shorter than ``ngram`` words is one shingle of all its words; a text with no word
        has no shingle.
        """
        encoded = [t.lower().encode() for t in texts]
        data = np.frombuffer(b" " + b" ".join(encoded) + b" ", np.uint8)
        # Texts are separated by a space, so no word spans two texts.
        text_starts = np.zeros(len(texts) + 1, np.int64)
        np.cumsum([len(e) + 1 for e in encoded], out=text_starts[1:])
        is_word = word_bytes(data)
        edges = np.diff(is_word.astype(np.int8))
        starts = np.flatnonzero(edges == 1) + 1
        ends = np.flatnonzero(edges == -1) + 1
        forward, inverse = self.powers.upto(len(data))
        prefix = np.zeros(len(data) + 1, np.uint64)
        np.cumsum(data.astype(np.uint64) * forward, out=prefix[1:])
        words = _mix((prefix[ends] - prefix[starts]) * inverse[starts] + (ends - starts).astype(np.uint64))
        word_text = np.searchsorted(text_starts, starts, side="right") - 1
        text_first_word = np.searchsorted(word_text, np.arange(len(texts) + 1))
        counts = np.diff(text_first_word)
        n = self.ngram
        grams = np.maximum(counts - n + 1, np.minimum(counts, 1))
        shingle_starts = np.zeros(len(texts) + 1, np.int64)
        np.cumsum(grams, out=shingle_starts[1:])
        # The k-th shingle of a text starts at that text's first word + k.
        first = np.repeat(text_first_word[:-1] - shingle_starts[:-1], grams) + np.arange(shingle_starts[-1])
        length = np.repeat(np.minimum(counts, n), grams)
        hashes = np.zeros(len(first), np.uint64)
        padded = np.concatenate((words, np.zeros(n, np.uint64)))
        for k in range(n):
            hashes += np.where(k < length, padded[first + k], np.uint64(0)) * self.gram_weights[k]
        return _mix(hashes), shingle_starts

    def sign(self, texts: list[str]) -> np.ndarray:
        """A ``(len(texts), permutations)`` uint32 matrix; a text with no word gets all-max rows."""
        return self.sign_counted(texts)[0]

    def sign_counted(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Signatures as :meth:`sign`, and each text's number of distinct shingles.

        Texts go through in batches of ``batch`` so that the per-byte arrays stay small.
        """
        parts = [self._sign(texts[i : i + self.batch]) for i in range(0, len(texts), self.batch)]
        if not parts:
            return np.zeros((0, len(self.multipliers)), np.uint32), np.zeros(0, np.int64)
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def _sign(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        hashes, starts = self.shingles(texts)
        signatures = np.full((len(texts), len(self.multipliers)), np.iinfo(np.uint32).max, np.uint32)
        nonempty = np.flatnonzero(np.diff(starts) > 0)
        firsts = starts[nonempty]
        multipliers = self.multipliers[:, None]
        i = 0
        while i < len(nonempty):
            j = max(i + 1, int(np.searchsorted(firsts, firsts[i] + self.chunk, side="right")) - 1)
            docs = nonempty[i:j]
            first, last = starts[docs[0]], starts[docs[-1] + 1]
            # Hash functions by rows keeps each reduction contiguous (5x faster than by columns);
            # the shift to the high 32 bits is monotonic, so it can follow the minimum.
            values = multipliers * hashes[None, first:last]
            minima = np.minimum.reduceat(values, starts[docs] - first, axis=1)
            signatures[docs] = (minima >> np.uint64(32)).T
            i = j
        return signatures, _distinct_counts(hashes, starts)


def _distinct_counts(hashes: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Distinct shingles per text: one sort of (text, high 44 bits of the hash) keys.

    A batch holds far fewer than 2**20 texts; two distinct shingles of one text share 44 bits with
    probability ~n**2 / 2**45, negligible for a news article's few hundred shingles.
    """
    text = np.repeat(np.arange(len(starts) - 1, dtype=np.uint64), np.diff(starts))
    keys = np.sort((text << np.uint64(44)) | (hashes >> np.uint64(20)))
    first = np.ones(len(keys), bool)
    first[1:] = keys[1:] != keys[:-1]
    return np.bincount((keys[first] >> np.uint64(44)).astype(np.int64), minlength=len(starts) - 1)


def collision_probability(jaccard: float, bands: int, rows: int) -> float:
    """The chance that a pair with this Jaccard similarity shares at least one band bucket."""
    return 1.0 - (1.0 - jaccard**rows) ** bands


def estimated_containment(agreement: float, shingles: int, other_shingles: int) -> float:
    """The share of the smaller shingle set found in the other, from the signatures' agreement.

    Agreement estimates Jaccard J = |A&B| / |A|B|; with |A|B| = |A| + |B| - |A&B| that gives
    |A&B| = J * (|A| + |B|) / (1 + J).
    """
    smaller = min(shingles, other_shingles)
    if smaller <= 0:
        return 0.0
    return min(1.0, agreement * (shingles + other_shingles) / (1.0 + agreement) / smaller)


class MinhashDedupOptions(StepOptions):
    bands: int = Field(default=25, ge=1)
    """25 x 5: P(candidate) 0.99 at J=0.7, ~1.0 from J=0.8 (see the module docstring)."""
    rows: int = Field(default=5, ge=1)
    ngram: int = Field(default=5, ge=1)
    """Word 5-grams, as text-dedup and FineWeb; shorter texts are one shingle of all their words."""
    min_jaccard: float = Field(default=0.5, ge=0.0, le=1.0)
    """Candidates whose signatures agree on fewer hash functions than this are not duplicates."""
    containment: float | None = Field(default=0.8, gt=0.0, le=1.0)
    """Also a duplicate: a pair whose estimated containment (share of the shorter document's
    shingles in the longer one) reaches this, so a trimmed copy goes as a duplicate of the full one.
    0.8 is where news_dev's rule puts ``contained_or_expanded``; template look-alikes sit at 0.2-0.75.
    ``None`` turns the containment stage (and its bands) off."""
    containment_min_ratio: float = Field(default=0.2, ge=0.0, le=1.0)
    """Containment is judged only when the shorter document has this share of the longer one's
    shingles: the estimate's standard error is ~1/sqrt(ratio * permutations), 0.2 at 0.2 with 125
    hashes; below it, short blurbs sharing a site's boilerplate with a long article pass as contained."""
    containment_margin: float = Field(default=1.0, ge=0.0)
    """Containment is estimated from the agreement less this many standard errors
    (``sqrt(J * (1 - J) / permutations)``): a pair's estimate must clear the threshold with room, so
    the many candidates of the extra bands do not let noisy ~0.65-containment pairs through."""
    containment_bands: int = Field(default=50, ge=1)
    """50 x 2 extra bands, for pairs of unequal size: see the module docstring for their S-curve."""
    containment_rows: int = Field(default=2, ge=1)
    cluster_rounds: int = Field(default=3, ge=1)
    """Hash-to-min rounds; stars converge in one, a chain of d links in ~log2(d)."""
    hop_jaccard: float = Field(default=0.7, ge=0.0, le=1.0)
    """A member not close to the kept copy is still its duplicate when it is close to one of the
    copy's duplicates that agrees with the copy on this share of hashes (a copy, not a look-alike
    that passed on noise); 1.0 turns it off."""
    split_rounds: int = Field(default=3, ge=0)
    """How many times the members of a cluster that are not close to its kept copy re-form a cluster
    around their own best member (a false link or a drifting chain joined two stories); 0 leaves
    them all alone."""
    partitions: int = Field(default=16, ge=1)
    seed: int = 1


Node = tuple[int, str, str, int, int]
"""(-length, id, shard, row, shingles): sorting puts the copy to keep (longest, then smallest id)
first; the distinct shingle count, last, never decides the order (shard and row are unique)."""

_NODE = ("id", "length", "shard", "row", "shingles")


@register
class MinhashDedup(CorpusStep):
    """Drop near-duplicate documents, keeping the longest copy and recording each cluster's size."""

    name = "minhash_dedup"
    description = "MinHash LSH near-duplicates over word 5-grams; keeps the longest, then smallest id."
    Options = MinhashDedupOptions
    writes = ("dup_cluster", "dup_cluster_size")

    def __init__(self, options: MinhashDedupOptions | None = None) -> None:
        super().__init__(options)
        o = self.options
        self.partitions = o.partitions
        self.rounds = 4 + o.cluster_rounds
        self.permutations = o.bands * o.rows
        self.signer = Signer(self.permutations, o.ngram, o.seed)
        # A variable-size list: a null costs an offset, where a fixed-size one costs a full signature.
        self.signature_type = pa.list_(pa.uint32())
        self.schema = pa.schema(
            [
                pa.field("role", pa.int8()),
                *(pa.field(f"node_{k}", t) for k, t in zip(_NODE, _NODE_TYPES, strict=True)),
                *(pa.field(f"other_{k}", t) for k, t in zip(_NODE, _NODE_TYPES, strict=True)),
                pa.field("signature", self.signature_type),
                pa.field("partition", pa.int32()),
            ]
        )

    def index(self, documents: list[Document]) -> pa.Table:
        """Per document: one row per band (its bucket) and one row with its full signature."""
        o = self.options
        signatures, counts = self.signer.sign_counted([d.text for d in documents])
        has_words = signatures[:, 0] != np.iinfo(np.uint32).max
        keys = [_band_keys(signatures, o.bands, o.rows, 0)]
        if o.containment is not None:
            keys.append(_band_keys(signatures, o.containment_bands, o.containment_rows, o.bands))
        every = np.concatenate(keys, axis=1)
        buckets = every[has_words].ravel()
        ids = [d.id for d in documents]
        lengths = [len(d.text) for d in documents]
        kept = np.flatnonzero(has_words)
        per_band = np.repeat(kept, every.shape[1])
        band_rows = pa.table(
            {
                "bucket": pa.array(buckets, pa.uint64()),
                "signature": pa.nulls(len(buckets), self.signature_type),
                "id": pa.array(ids, pa.string()).take(per_band),
                "length": pa.array(lengths, pa.int64()).take(per_band),
                "shingles": pa.array(counts, pa.int64()).take(per_band),
                "row": pa.array(per_band, pa.int64()),
                "partition": pa.array((buckets % np.uint64(self.partitions)).astype(np.int32)),
            }
        )
        signature_rows = pa.table(
            {
                "bucket": pa.nulls(len(kept), pa.uint64()),
                "signature": pa.ListArray.from_arrays(
                    pa.array(np.arange(len(kept) + 1, dtype=np.int32) * self.permutations),
                    pa.array(signatures[kept].ravel()),
                ),
                "id": pa.array([ids[i] for i in kept], pa.string()),
                "length": pa.array([lengths[i] for i in kept], pa.int64()),
                "shingles": pa.array(counts[kept], pa.int64()),
                "row": pa.array(kept, pa.int64()),
                "partition": pa.array([self._partition(ids[i]) for i in kept], pa.int32()),
            }
        )
        return pa.concat_tables([band_rows, signature_rows])

    def decide(self, keys: pa.Table, round: int = 0) -> pa.Table:
        if round == 0:
            return self._bucket_edges(keys)
        rows = _Rows(keys, self.permutations)
        if round == 1:
            return self._attach_signatures(rows)
        if round == 2:
            return self._verify(rows)
        if round < self.rounds - 2:
            return self._hash_to_min(rows)
        if round == self.rounds - 2:
            return self._propose(rows)
        return self._decisions(rows)

    def apply(self, document: Document, decisions: list[dict[str, Any]]) -> Document | Drop:
        for decision in decisions:
            if decision["reason"]:
                details = {"duplicate_of": decision["duplicate_of"]}
                if decision["via"]:
                    details["via"] = decision["via"]
                return Drop(decision["reason"], details)
        document.metadata["dup_cluster"] = document.id
        document.metadata["dup_cluster_size"] = max([1, *(d["dup_cluster_size"] for d in decisions)])
        return document

    def _close(self, best: Node, member: Node, agreement: float, strict: bool = False) -> bool:
        """A duplicate pair: similar as a whole, or (with ``containment``) one mostly inside the other.

        The Jaccard check is the same with containment on or off. The containment check takes the
        agreement less ``containment_margin`` standard errors: the extra bands make every pair near
        its threshold a candidate, and without the margin half of those just below it would pass on
        noise. (Applying the margin to the Jaccard check too cost real news_dev partial-overlap
        pairs, 24 -> 13 of 172, for no gain on contained ones: 37 vs 40 of 45.) ``strict`` applies it
        to both, for a member matched through a duplicate rather than to the kept copy itself: such
        a link adds a second chance to pass on noise (without it, precision on the generated set
        fell from 0.97 to 0.95)."""
        o = self.options
        lower = agreement - o.containment_margin * math.sqrt(
            agreement * (1.0 - agreement) / self.permutations
        )
        similar = (lower if strict else agreement) >= o.min_jaccard
        if similar or o.containment is None:
            return similar
        shorter, longer = sorted((best[4], member[4]))
        if shorter < o.containment_min_ratio * longer:
            return False
        return estimated_containment(max(0.0, lower), shorter, longer) >= o.containment

    def _partition(self, id: str) -> int:
        return xxhash.xxh3_64_intdigest(id.encode()) % self.partitions

    def _bucket_edges(self, keys: pa.Table) -> pa.Table:
        """Every member of a shared bucket points at the bucket's best member; signatures pass on."""
        is_band = keys.column("bucket").is_valid().to_numpy(zero_copy_only=False)
        bands = keys.filter(pa.array(is_band))
        bucket = bands.column("bucket").to_numpy()
        order = np.argsort(bucket, kind="stable")
        sorted_buckets = bucket[order]
        shared = np.zeros(len(order), bool)
        if len(order) > 1:
            same = sorted_buckets[1:] == sorted_buckets[:-1]
            shared[1:] |= same
            shared[:-1] |= same
        members = bands.take(pa.array(order[shared]))
        groups: dict[int, list[Node]] = defaultdict(list)
        for b, node in zip(members.column("bucket").to_pylist(), _nodes(members, ""), strict=True):
            groups[b].append(node)
        edges = set()
        for nodes in groups.values():
            best = min(nodes)
            edges.update((node, best) for node in nodes if node != best)
        signatures = keys.filter(pa.array(~is_band))
        matrix = _matrix(signatures.column("signature"), self.permutations)
        nodes = _nodes(signatures, "")
        return pa.concat_tables(
            [self._table(_EDGE, edges), self._table(_SIGNATURE, [(n, None) for n in nodes], matrix)]
        )

    def _attach_signatures(self, rows: _Rows) -> pa.Table:
        """Send each edge, with its member's signature, to the best member's partition."""
        members = sorted({(best, node) for node, best in rows.edges if node in rows.signature_of})
        signatures = rows.matrix[[rows.signature_of[node] for _, node in members]]
        return pa.concat_tables(
            [
                self._table(_MEMBER, members, signatures),
                self._table(_SIGNATURE, rows.signature_rows(), rows.matrix),
            ]
        )

    def _verify(self, rows: _Rows) -> pa.Table:
        """Keep edges whose signatures agree on ``min_jaccard`` of their hashes; both ends keep signatures."""
        similar: set[tuple[Node, Node]] = set()
        signatures: dict[Node, np.ndarray] = {}
        for (best, node), signature, agreement in rows.member_agreement():
            if self._close(best, node, agreement):
                similar.update(((node, best), (best, node)))
                signatures[node] = signature
                signatures[best] = rows.matrix[rows.signature_of[best]]
        return self._with_signatures(similar, signatures)

    def _hash_to_min(self, rows: _Rows) -> pa.Table:
        out = set()
        for node, others in rows.neighbours().items():
            cluster = others | {node}
            best = min(cluster)
            out.update((best, member) for member in cluster)
            out.update((member, best) for member in cluster if member != best)
        signatures = {node: rows.matrix[i] for node, i in rows.signature_of.items()}
        return self._with_signatures(out, signatures)

    def _propose(self, rows: _Rows) -> pa.Table:
        """Each node offers itself, with its signature, to its best member for the final check."""
        own, members = [], []
        for node, others in rows.neighbours().items():
            best = min(others | {node})
            own.append((node, best))
            if best != node:
                members.append((best, node))
        matrix = rows.matrix
        return pa.concat_tables(
            [
                self._table(_SIGNATURE, own, matrix[[rows.signature_of[n] for n, _ in own]]),
                self._table(_MEMBER, members, matrix[[rows.signature_of[n] for _, n in members]]),
            ]
        )

    def _decisions(self, rows: _Rows) -> pa.Table:
        """Each cluster is split around kept copies (:meth:`_split`): members close enough to one (or
        to one of its duplicates) are dropped as its duplicates; a kept copy records its sub-cluster's size."""
        members: dict[Node, list[tuple[Node, np.ndarray]]] = defaultdict(list)
        for (best, node), signature in zip(rows.members, rows.member_matrix, strict=True):
            members[best].append((node, signature))
        decided: list[tuple[Node, str | None, str | None, str | None, int | None]] = []
        for node, best in rows.signature_rows():
            if best != node:
                continue
            for keeper, accepted in self._split(node, rows.matrix[rows.signature_of[node]], members[node]):
                decided.append((keeper, None, None, None, 1 + len(accepted)))
                decided.extend(
                    (member, "minhash_duplicate", keeper[1], None if via is None else via[1], None)
                    for member, via in accepted
                )
        decided.sort()
        return pa.table(
            {
                "shard": pa.array([d[0][2] for d in decided], pa.string()),
                "row": pa.array([d[0][3] for d in decided], pa.int64()),
                "reason": pa.array([d[1] for d in decided], pa.string()),
                "duplicate_of": pa.array([d[2] for d in decided], pa.string()),
                "via": pa.array([d[3] for d in decided], pa.string()),
                "dup_cluster_size": pa.array([d[4] for d in decided], pa.int32()),
            }
        )

    def _split(
        self, best: Node, signature: np.ndarray, members: list[tuple[Node, np.ndarray]]
    ) -> list[tuple[Node, list[tuple[Node, Node | None]]]]:
        """(kept copy, its duplicates each with the member it was matched through) for one cluster.

        The members close to the best member are its duplicates; a member that is not, but is close
        to one of them (an excerpt of the original, whose kept copy has an edited lead), is one too,
        through it. Those left re-form a cluster around their own best member, up to
        ``split_rounds`` times, and any left after that stay alone. One false link (A' ~ B) joins two
        stories {A, A'} and {B, B'}; without the split, B and B' both fail against A and stay, so
        B' is a duplicate missed. Every drop is checked against the kept copy or a copy close to it."""
        out = []
        keeper, rest = best, sorted(members, key=lambda m: m[0])
        for level in range(self.options.split_rounds + 1):
            if level:
                if not rest:
                    break
                (keeper, signature), rest = rest[0], rest[1:]
            accepted: list[tuple[Node, Node | None]] = []
            near, failed = [], []
            for member, other in rest:
                agreement = float((signature == other).mean())
                if self._close(keeper, member, agreement):
                    accepted.append((member, None))
                    if agreement >= self.options.hop_jaccard:
                        near.append((member, other))
                else:
                    failed.append((member, other))
            rest = []
            hops = near[:_HOP_LIMIT]
            hop_matrix = np.array([h[1] for h in hops], np.uint32).reshape(len(hops), self.permutations)
            for member, other in failed:
                via = self._through(member, other, hops, hop_matrix)
                if via is None:
                    rest.append((member, other))
                else:
                    accepted.append((member, via))
            out.append((keeper, accepted))
        return out

    def _through(
        self, member: Node, signature: np.ndarray, hops: list[tuple[Node, np.ndarray]], matrix: np.ndarray
    ) -> Node | None:
        """The duplicate of the kept copy (``hops``, signatures in ``matrix``) most like ``member``,
        if ``member`` is close to it."""
        if not hops:
            return None
        agreement = (matrix == signature).mean(axis=1)
        nearest = int(np.argmax(agreement))
        via = hops[nearest][0]
        return via if self._close(via, member, float(agreement[nearest]), strict=True) else None

    def _with_signatures(self, edges: set[tuple[Node, Node]], signatures: dict[Node, np.ndarray]) -> pa.Table:
        nodes = sorted(signatures)
        matrix = np.array([signatures[n] for n in nodes], np.uint32).reshape(len(nodes), self.permutations)
        return pa.concat_tables(
            [self._table(_EDGE, edges), self._table(_SIGNATURE, [(n, None) for n in nodes], matrix)]
        )

    def _table(self, role: int, pairs: Any, signatures: np.ndarray | None = None) -> pa.Table:
        """Rows of one role: (node, other) pairs, at the node's partition, with optional signatures."""
        pairs = list(pairs)
        columns: dict[str, Any] = {"role": pa.array([role] * len(pairs), pa.int8())}
        for side, prefix in ((0, "node_"), (1, "other_")):
            for key, type, position in zip(_NODE, _NODE_TYPES, _TUPLE_POSITION, strict=True):
                values = [None if p[side] is None else p[side][position] for p in pairs]
                if key == "length":
                    values = [None if v is None else -v for v in values]
                columns[prefix + key] = pa.array(values, type)
        if signatures is None:
            columns["signature"] = pa.nulls(len(pairs), self.signature_type)
        else:
            offsets = np.arange(len(pairs) + 1, dtype=np.int32) * self.permutations
            columns["signature"] = pa.ListArray.from_arrays(pa.array(offsets), pa.array(signatures.ravel()))
        columns["partition"] = pa.array([self._partition(p[0][1]) for p in pairs], pa.int32())
        return pa.table(columns, schema=self.schema)


_HOP_LIMIT = 64
"""A member that fails against its kept copy is compared with at most this many of the copy's
duplicates (the longest), so a cluster of thousands costs members x 64 comparisons, not members**2."""

_SIGNATURE, _EDGE, _MEMBER = 0, 1, 2
"""Row roles: a node's signature (``other`` is its best member once known); an edge between two
nodes; a member offering itself, with its signature, to the best member (``node``)."""


class _Rows:
    """One partition's rows of a clustering round, split by role, as Python nodes."""

    def __init__(self, keys: pa.Table, width: int) -> None:
        role = keys.column("role").to_numpy()
        nodes, others = _nodes(keys, "node_"), _nodes(keys, "other_")
        signature_rows = np.flatnonzero(role == _SIGNATURE)
        self.signature_of: dict[Node, int] = {}
        self.best_of: dict[Node, Node | None] = {}
        for i, row in enumerate(signature_rows):
            node = nodes[row]
            if node not in self.signature_of:
                self.signature_of[node] = i
                self.best_of[node] = others[row]
        self.matrix = _matrix(keys.column("signature").take(pa.array(signature_rows)), width)
        self.edges = [(nodes[i], others[i]) for i in np.flatnonzero(role == _EDGE)]
        member_rows = np.flatnonzero(role == _MEMBER)
        self.members = [(nodes[i], others[i]) for i in member_rows]
        self.member_matrix = _matrix(keys.column("signature").take(pa.array(member_rows)), width)

    def signature_rows(self) -> list[tuple[Node, Node | None]]:
        """(node, best) for every signature row, in the order of ``matrix``."""
        return [(node, self.best_of[node]) for node in self.signature_of]

    def neighbours(self) -> dict[Node, set[Node]]:
        out: dict[Node, set[Node]] = defaultdict(set)
        for node, other in self.edges:
            out[node].add(other)
        return out

    def member_agreement(self) -> list[tuple[tuple[Node, Node], np.ndarray, float]]:
        """Each (best, member) row with the member's signature and the share of hashes it agrees on."""
        out = []
        for (best, member), signature in zip(self.members, self.member_matrix, strict=True):
            index = self.signature_of.get(best)
            agreement = 0.0 if index is None else float((self.matrix[index] == signature).mean())
            out.append(((best, member), signature, agreement))
        return out


_NODE_TYPES = (pa.string(), pa.int64(), pa.string(), pa.int64(), pa.int64())
_TUPLE_POSITION = (1, 0, 2, 3, 4)  # where id, length, shard, row, shingles sit in a Node tuple


def _nodes(table: pa.Table, prefix: str) -> list[Node | None]:
    ids, lengths, shards, rows, shingles = (table.column(prefix + k).to_pylist() for k in _NODE)
    return [
        None if i is None else (-n, i, s, r, c)
        for i, n, s, r, c in zip(ids, lengths, shards, rows, shingles, strict=True)
    ]


def _band_keys(signatures: np.ndarray, bands: int, rows: int, salt: int) -> np.ndarray:
    """A ``(documents, bands)`` matrix of bucket keys; band ``k`` hashes ``rows`` signature columns,
    taken in turn (wrapping around when ``bands * rows`` exceeds the signature), salted by ``salt + k``
    so that two band sets over the same columns never share a bucket."""
    n, width = signatures.shape
    columns = np.arange(bands * rows) % width
    values = signatures[:, columns].reshape(n, bands, rows).astype(np.uint64)
    buckets = np.zeros((n, bands), np.uint64)
    for r in range(rows):
        buckets = _mix(buckets * np.uint64(0x9E3779B97F4A7C15) + values[:, :, r])
    return _mix(buckets ^ np.arange(salt + 1, salt + bands + 1, dtype=np.uint64))


def _matrix(column: pa.ChunkedArray, width: int) -> np.ndarray:
    """A list column of signatures (no nulls) as a ``(rows, width)`` uint32 matrix."""
    flat = pa.concat_arrays([chunk.flatten() for chunk in column.chunks]) if column.num_chunks else None
    if flat is None or len(flat) == 0:
        return np.zeros((0, width), np.uint32)
    return flat.to_numpy().reshape(-1, width)
