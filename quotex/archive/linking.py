"""Statements: quotes from different articles that report the same utterance of the same source.

Each quote becomes the set of its content words (function words dropped) and a MinHash
signature of that set (datasketch's 64 permutations). Locality-sensitive hashing puts
two quotes of the same source in a common bucket when one of 32 bands of two signature
values agrees, so only likely near-duplicates are compared, never all pairs. A candidate
pair is one statement when the quotes come from different articles and share most of their
words: a Jaccard similarity of at least ``min_jaccard``, or, for a short quote carried inside
a longer one, at least ``min_containment`` of the shorter one's words (and ``min_shared``
words), with the same numbers. Pairs are joined into groups (union-find); copies (the same
words by the same source) are joined before the index sees them.

The index can miss a pair: it misses a pair of Jaccard similarity 0.5 with probability
``(1 - 0.5**2)**32`` = 0.0001, one of 0.3 with 0.05 and one of 0.25 (a short quote inside a
long one) with 0.13 (:func:`miss_rate`); a missed pair still joins its group through another
member that was found. On the news corpus, 21 bands of three values take half the time and
link 2 % fewer quotes: translations of one remark share fewer words than copies do.

datasketch made the MinHash permutations (kept in ``minhash_permutations.json``), and its
``MinHash`` is the reference the signatures are tested against; applying them to all the
quotes of a document at once, and the banding, are a few array operations here, because
datasketch's per-object calls (an ``update_batch`` per quote, 13 µs; its ``MinHashLSH`` index,
0.1 ms per quote) cost more than the extraction on an archive of millions of quotes, and
importing it (it loads SciPy) costs a second of every run.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import defaultdict
from itertools import chain
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any

import attrs

from quotex.roots import root_of
from quotex.lang.id import function_words, pronouns

__all__ = [
    "MIN_WORDS", "NUM_PERM", "QuoteRef", "Statement", "compute_signatures", "content_words", "link_statements", "miss_rate",
    "quote_signature",
]

_WORD = re.compile(r"\w+")  # the standard library's engine finds plain words twice as fast as regex's
#: Words too common to tell two statements apart.
_FILLER = function_words.SPEAKER_STOPS | function_words.ADVERBS | function_words.CLAUSE_OPENERS | pronouns.ALL | pronouns.DEMONSTRATIVES | {
    "ada", "adalah", "merupakan", "bisa", "dapat", "harus", "ya", "itu", "ini", "para", "sangat", "lebih", "semua",
}


@attrs.frozen
class QuoteRef:
    """One quote as linking needs it: where it is, its text, kind and source key."""

    doc_id: str
    index: int  #: its place among its document's quotes
    text: str
    kind: str
    speaker_key: str | None


@attrs.frozen
class Statement:
    """One utterance reported by several articles: the quotes (``(doc_id, index)``) that carry it."""

    id: int
    speaker_key: str
    text: str  #: the words of its longest report
    quotes: tuple[tuple[str, int], ...]

    @property
    def documents(self) -> tuple[str, ...]:
        """The articles that carry it, in the order of :attr:`quotes`, each once."""
        return tuple(dict.fromkeys(doc for doc, _ in self.quotes))


def content_words(text: str) -> frozenset[str]:
    """The roots of the words of ``text`` that are not function words (numbers stay: they tell statements apart).

    Roots (:func:`quotex.roots.root_of`) let two translations of one remark agree on
    ``batasan-batasan`` / ``pembatasan`` or ``diskusikan`` / ``mendiskusikannya``.
    """
    return frozenset(root_of(w) for w in _WORD.findall(text.lower()) if _is_content(w))


def _is_content(word: str) -> bool:
    """Whether a lower-case word of a quote counts for linking: not a letter alone, not a function word."""
    return len(word) > 1 and word not in _FILLER


#: Each word seen, lower-case, to the crc32 of its root (``-1``: a function word, never hashed):
#: words recur across quotes, so each is stemmed and hashed once per process.
_ROOT_HASHES: dict[str, int] = {}
#: The cache is emptied when it holds this many words (a vocabulary grows slowly; this bounds it).
_MAX_CACHED_WORDS = 500_000


def _root_hashes(text: str) -> set[int]:
    """The crc32 hashes of :func:`content_words` of ``text`` (the words' roots, function words dropped)."""
    cache = _ROOT_HASHES
    if len(cache) > _MAX_CACHED_WORDS:
        cache.clear()
    words = _WORD.findall(text.lower())
    found = set(map(cache.get, words))  # one pass in C when every word is known (most quotes)
    if None in found:
        for word in words:
            if word not in cache:
                cache[word] = zlib.crc32(root_of(word).encode("utf-8")) if _is_content(word) else -1
        found = set(map(cache.get, words))
    found.discard(-1)
    return found


#: Signature size and banding: 32 bands of 2 values.
NUM_PERM = 64
BANDS, ROWS = 32, 2
SEED = 1
#: The MinHash permutations (``a``, ``b``): datasketch's, read once per process from
#: ``minhash_permutations.json`` (``scripts/build_minhash_permutations.py`` writes it).
_permutations: Any = None
_MERSENNE_PRIME = (1 << 61) - 1
_MAX_HASH = (1 << 32) - 1


def hash_permutations() -> Any:
    """The permutations of the signatures (a 2 × :data:`NUM_PERM` array of ``uint64``), read the first time.

    They are datasketch's ``MinHash(num_perm=64, seed=1, scheme="legacy")`` permutations, kept
    in a file so that no archive run imports datasketch (whose import loads SciPy, a second).
    """
    global _permutations
    if _permutations is None:
        import numpy as np

        data = json.loads((resources.files(__package__) / "minhash_permutations.json").read_text(encoding="utf-8"))
        _permutations = np.array([data["a"], data["b"]], dtype=np.uint64)
    return _permutations


def use_permutations(permutations: Any) -> None:
    """Take the permutations another process read (:func:`hash_permutations`), so a worker reads no file."""
    global _permutations
    _permutations = permutations


#: Quotes with fewer content words than this are not linked (and get no signature).
MIN_WORDS = 5


def compute_signatures(texts: Sequence[str], min_words: int = MIN_WORDS) -> list[bytes | None]:
    """The MinHash signature of each text's content words (``None``: fewer than ``min_words``).

    The signature is datasketch's ``MinHash(num_perm=64, seed=1, hashfunc=zlib.crc32,
    scheme="legacy")`` of the content words (a test checks they are equal), computed for all
    the texts at once: its permutations applied to every word in one array operation, then
    the minimum per text, instead of one ``update_batch`` call per quote (13 µs each).
    """
    import numpy as np

    words = [_root_hashes(text) for text in texts]
    kept = [i for i, w in enumerate(words) if len(w) >= min_words]
    out: list[bytes | None] = [None] * len(texts)
    if not kept:
        return out
    count = sum(len(words[i]) for i in kept)
    hashes = np.fromiter(chain.from_iterable(words[i] for i in kept), dtype=np.uint64, count=count)
    a, b = hash_permutations()
    with np.errstate(over="ignore"):  # uint64 arithmetic wraps, as datasketch's does
        permuted = ((hashes[:, None] * a[None, :] + b[None, :]) % np.uint64(_MERSENNE_PRIME)) & np.uint64(_MAX_HASH)
    starts = np.cumsum([0] + [len(words[i]) for i in kept[:-1]])
    minima = np.minimum.reduceat(permuted, starts, axis=0).astype("<u4")
    for row, i in enumerate(kept):
        out[i] = minima[row].tobytes()
    return out


def quote_signature(text: str, min_words: int = MIN_WORDS) -> bytes | None:
    """The signature of one quote's content words, or ``None`` when it has too few to be linked."""
    return compute_signatures([text], min_words)[0]


def miss_rate(similarity: float, bands: int = BANDS, rows: int = ROWS) -> float:
    """Probability that banding misses a pair of Jaccard ``similarity`` (no band of ``rows`` values agrees)."""
    return (1 - similarity**rows) ** bands


def link_statements(
    quotes: Sequence[QuoteRef],
    signatures: Sequence[bytes | None] | None = None,
    *,
    min_words: int = MIN_WORDS,
    min_jaccard: float = 0.5,
    min_containment: float = 0.7,
    min_shared: int = 6,
) -> list[Statement]:
    """The statements carried by two or more articles, largest first (then by first appearance).

    ``signatures`` (from :func:`compute_signatures`, as an archive stores them) saves recomputing
    them. Quotes without a source or with fewer than ``min_words`` content words (no signature)
    are never linked: a short phrase (``"membahas semua hal"``) is shared by too many statements
    to tell them apart.
    """
    import numpy as np

    if signatures is None:
        signatures = compute_signatures([q.text for q in quotes], min_words)
    parent = list(range(len(quotes)))
    # copies (the same words by the same source, as outlets carrying one story print them) join at
    # once; only one of them goes on to the index, which would otherwise hold every copy in every band
    first_copy: dict[tuple[str, bytes], int] = {}
    eligible = []
    for i, q in enumerate(quotes):
        sig = signatures[i]
        if q.speaker_key and sig is not None:
            first = first_copy.setdefault((q.speaker_key, sig), i)
            if first == i:
                eligible.append(i)
            else:
                parent[i] = first
    if not first_copy:
        return []
    matrix = np.frombuffer(b"".join(signatures[i] for i in eligible), dtype="<u4").reshape(len(eligible), NUM_PERM)  # type: ignore[misc]
    words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # read only for the pairs compared

    def words_of(i: int) -> tuple[frozenset[str], frozenset[str]]:
        """The quote's content words, and those of them that are numbers."""
        found = words.get(i)
        if found is None:
            content = content_words(quotes[i].text)
            found = words[i] = (content, frozenset(w for w in content if w.isdigit()))
        return found
    speakers: dict[str, int] = {}
    speaker_ids = np.array([speakers.setdefault(quotes[i].speaker_key or "", len(speakers)) for i in eligible], dtype=np.uint64)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tried: set[tuple[int, int]] = set()
    first_copy_index = set(first_copy.values())
    for a, b in _candidate_pairs(matrix, speaker_ids):
        i, j = eligible[a], eligible[b]
        if quotes[i].doc_id == quotes[j].doc_id or (i, j) in tried:
            continue
        root_i, root_j = root(i), root(j)
        if root_i == root_j:
            continue  # already one statement through others
        tried.add((i, j))
        if _same_statement(words_of(i), words_of(j), min_jaccard, min_containment, min_shared):
            parent[root_j] = root_i
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        if parent[i] != i or i in first_copy_index:
            groups[root(i)].append(i)
    found = []
    for members in groups.values():
        if len({quotes[i].doc_id for i in members}) < 2:
            continue
        members.sort()
        longest = max(members, key=lambda i: len(quotes[i].text))
        found.append((members, quotes[longest].text, quotes[members[0]].speaker_key))
    found.sort(key=lambda s: (-len(s[0]), s[0][0]))
    return [
        Statement(n, key or "", text, tuple((quotes[i].doc_id, quotes[i].index) for i in members))
        for n, (members, text, key) in enumerate(found, 1)
    ]


#: A bucket larger than this is compared along its order (each with the next and with the first), not pair by pair.
_LARGEST_BUCKET = 12


#: A source with at most this many quotes has every pair of its signatures compared (vectorised).
SMALL_SOURCE = 200
#: Signature values two quotes must share to be compared word by word (12 of 64: Jaccard about 0.19).
MIN_AGREEING = 12
#: Pairs of signatures compared in one array operation (each pair holds two rows of 256 bytes).
_PAIRS_PER_CHUNK = 50_000


def _candidate_pairs(matrix: Any, speaker_ids: Any) -> Iterator[tuple[int, int]]:
    """Row pairs ``(a, b)``, ``a < b``, of the same speaker that may be one statement.

    For a source with few quotes (most of them), every pair whose signatures agree on at
    least :data:`MIN_AGREEING` values: a direct estimate of their similarity, which misses
    no pair the banding would find. For a source with many, the pairs that agree on a whole
    band: the work stays linear in the number of quotes.
    """
    import numpy as np

    order = np.argsort(speaker_ids, kind="stable")
    ordered = speaker_ids[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    sizes = np.diff(np.r_[starts, len(ordered)])
    large = [order[start : start + size] for start, size in zip(starts[sizes > SMALL_SOURCE].tolist(), sizes[sizes > SMALL_SOURCE].tolist())]
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= SMALL_SOURCE)]).tolist():
        # every source with this many quotes at once: its rows side by side, then each pair of columns
        groups = np.sort(order[starts[sizes == size][:, None] + np.arange(size)], axis=1)
        first, second = np.triu_indices(size, k=1)
        per_chunk = max(1, _PAIRS_PER_CHUNK // len(first))
        for chunk in range(0, len(groups), per_chunk):
            left, right = groups[chunk : chunk + per_chunk, first], groups[chunk : chunk + per_chunk, second]
            agreeing = (matrix[left] == matrix[right]).sum(axis=2) >= MIN_AGREEING
            yield from zip(left[agreeing].tolist(), right[agreeing].tolist())
    if large:
        rows = np.concatenate(large)
        for a, b in _banded_pairs(matrix[rows], speaker_ids[rows]):
            yield (int(rows[a]), int(rows[b])) if rows[a] < rows[b] else (int(rows[b]), int(rows[a]))


def _banded_pairs(matrix: Any, speaker_ids: Any) -> Iterator[tuple[int, int]]:
    """Row pairs of the same speaker that agree on a whole band of :data:`ROWS` values."""
    import numpy as np

    with np.errstate(over="ignore"):
        for band in range(BANDS):
            cols = matrix[:, band * ROWS : (band + 1) * ROWS].astype(np.uint64)
            key = speaker_ids * np.uint64(0x9E3779B97F4A7C15) + np.uint64(band)
            for c in range(ROWS):
                key = (key ^ cols[:, c]) * np.uint64(0xBF58476D1CE4E5B9)
            order = np.argsort(key, kind="stable")
            ordered = key[order]
            starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
            ends = np.r_[starts[1:], len(ordered)]
            for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1]):
                bucket = sorted(order[start:end].tolist())
                if len(bucket) <= _LARGEST_BUCKET:
                    yield from ((bucket[x], bucket[y]) for x in range(len(bucket)) for y in range(x + 1, len(bucket)))
                else:  # many copies of one story: a star and a chain join them at linear cost
                    yield from ((bucket[0], other) for other in bucket[1:])
                    yield from zip(bucket[1:], bucket[2:])


def _same_statement(
    words_a: tuple[frozenset[str], frozenset[str]], words_b: tuple[frozenset[str], frozenset[str]],
    min_jaccard: float, min_containment: float, min_shared: int,
) -> bool:
    """Whether two quotes' content words (with their numbers, :func:`link_statements`' ``words_of``) are one statement's."""
    (a, numbers_a), (b, numbers_b) = words_a, words_b
    if numbers_a != numbers_b:
        return False  # "penjara selama 3 tahun" / "selama 11 tahun": another sentence of the same form
    shared = len(a & b)
    if shared >= min_jaccard * len(a | b):
        return True
    return shared >= min_shared and shared >= min_containment * min(len(a), len(b))
