"""The root of an Indonesian word, so that ``pembatasan`` and ``batasan-batasan`` (``batas``) or
``mendiskusikannya`` and ``diskusikan`` (``diskusi``) count as the same word when statements are compared.

Affixes (``lang/id/morphology``) are stripped only while what is left is a known root
(``lang/id/common_words``: PySastrawi's root dictionary and the UD treebanks); a word with no
such root is kept as it is. Not a full stemmer (no confixes inside reduplication, no
infixes), but a dictionary lookup per candidate: fast enough for every word of an archive.
"""

from __future__ import annotations

from functools import lru_cache

from quotex.lang.id.common_words import COMMON_WORDS
from quotex.lang.id.morphology import ROOT_PREFIXES, ROOT_SUFFIXES

__all__ = ["is_derived_noun", "root_of"]

_SHORTEST_ROOT = 3


@lru_cache(maxsize=200_000)
def root_of(word: str) -> str:
    """The root of a lower-case ``word`` (``membicarakan`` → ``bicara``), or ``word`` when none is known.

    The dictionary also holds derived forms (``batasan``, ``pemimpin``), so stripping goes on
    from what it finds: ``pembatasan`` → ``batasan`` → ``batas``.
    """
    for _ in range(3):
        shorter = _strip_once(word)
        if shorter == word:
            break
        word = shorter
    return word


def _strip_once(word: str) -> str:
    for stem in _without_suffixes(word):
        if stem != word and stem in COMMON_WORDS:
            return stem
        for prefix, dropped in ROOT_PREFIXES:
            if stem.startswith(prefix) and len(stem) - len(prefix) + len(dropped) >= _SHORTEST_ROOT:
                candidate = dropped + stem[len(prefix) :]
                if candidate in COMMON_WORDS:
                    return candidate
                inner = candidate[2:] if candidate.startswith(("per", "ber")) else None
                if inner and len(inner) >= _SHORTEST_ROOT and inner in COMMON_WORDS:
                    return inner
    return word


def _without_suffixes(word: str) -> list[str]:
    """``word``, then ``word`` less a clitic, less a suffix, less both: the stems to look up, longest first."""
    stems = [word]
    for suffixes in ROOT_SUFFIXES:
        for stem in list(stems):
            for suffix in suffixes:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= _SHORTEST_ROOT:
                    stems.append(stem[: -len(suffix)])
    return stems


def is_derived_noun(lower: str) -> bool:
    """A noun made from a known root with ``-an`` (``perekonomian``, ``persiapan``, ``kenaikan``): a field
    of a title or a thing, never a first name (unlike the roots ``Budi``, ``Dewi``, ``Indah``)."""
    return lower.endswith("an") and root_of(lower) != lower
