"""One key per source across articles: ``Vladimir Putin``, ``Putin`` and ``Kim Jong-un`` / ``Kim Jong Un`` agree.

Within an article quotex already gives every quote of a source its fullest name
(``Presiden Rusia Vladimir Putin`` → ``Vladimir Putin``, ``Putin`` → ``Vladimir Putin``). Across
articles the key folds case, hyphens and punctuation; a one-word name (``Putin``) joins the one
longer name of the archive that starts or ends with it, and stays apart when several do
(``Kim`` of ``Kim Jong Un`` and ``Kim Dong-yup``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

import regex

__all__ = ["merge_short_names", "speaker_key"]

_NOT_A_NAME_CHARACTER = regex.compile(r"[^\p{L}\p{N}\s]+")
_HYPHENS = regex.compile(r"[-‐‑‒–—]+")


def speaker_key(name: str) -> str:
    """``name`` case-folded, hyphens as spaces, other punctuation dropped, spaces single.

    ``Kim Jong-un`` and ``Kim Jong Un`` give ``kim jong un``; ``Abdul Mu’ti`` gives ``abdul muti``.
    """
    spaced = _HYPHENS.sub(" ", name.casefold())
    return " ".join(_NOT_A_NAME_CHARACTER.sub("", spaced).split())


def merge_short_names(keys: Iterable[str]) -> Mapping[str, str]:
    """For each key of one word, the longer key it stands for, when the archive has exactly one.

    ``{"putin": "vladimir putin"}``; ``kim`` is left out when both ``kim jong un`` and
    ``kim dong yup`` are seen. Keys of several words map to nothing (they are kept).
    """
    counts = Counter(keys)
    by_end: dict[str, set[str]] = defaultdict(set)
    for key in counts:
        words = key.split()
        if len(words) > 1:
            by_end[words[0]].add(key)
            by_end[words[-1]].add(key)
    merged = {}
    for key in counts:
        if " " in key:
            continue
        longer = by_end.get(key, set())
        if len(longer) == 1:
            merged[key] = next(iter(longer))
    return merged
