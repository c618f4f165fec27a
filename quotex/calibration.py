"""Confidence that means something: how often quotes found the same way were right on the dev gold.

Each quote carries its *evidence*: its kind, the rule that found it (the rule's own
score, ``Candidate.confidence``) and how its speaker was found (named in the text, a
pronoun or description, a continuation, or none). ``calibration.json`` holds, per
evidence, how many such quotes the dev gold had and how many were right end to end
(quote and speaker); it is written by ``scripts/calibrate.py``. A quote's confidence is
that rate, shrunk towards the rate of its kind and speaker route when the dev gold saw
few such quotes, so quotes given 0.9 are right about nine times in ten.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from quotex.attribute import Candidate
from quotex.resolve import ResolvedSpeaker

__all__ = ["Evidence", "confidence", "evidence"]

#: (kind, the rule's score, how the speaker was found)
Evidence = tuple[str, str, str]
#: How many dev quotes a rate needs before it outweighs the rate above it.
_PRIOR_WEIGHT = 6.0


def speaker_route(cand: Candidate, resolved: ResolvedSpeaker | None) -> str:
    """How the speaker of ``cand`` was found: ``named``, ``pointed`` (pronoun, description), ``continued`` or ``none``."""
    if resolved is None:
        return "none"
    if cand.inherits or cand.speaker is None:
        return "continued"
    if cand.speaker.kind in ("pronoun", "descriptor"):
        return "pointed"
    return "named"


def evidence(cand: Candidate, resolved: ResolvedSpeaker | None) -> Evidence:
    """The evidence a quote is scored by."""
    return (cand.kind.value, f"{cand.confidence:.2f}", speaker_route(cand, resolved))


@lru_cache(maxsize=1)
def _table() -> dict[str, list[float]]:
    data = json.loads((resources.files(__package__) / "calibration.json").read_text(encoding="utf-8"))
    return data["counts"]


def _rate(key: str, prior: float) -> float:
    right, seen = _table().get(key, (0.0, 0.0))
    return (right + _PRIOR_WEIGHT * prior) / (seen + _PRIOR_WEIGHT)


@lru_cache(maxsize=4096)
def confidence(ev: Evidence) -> float:
    """The calibrated confidence of a quote with evidence ``ev`` (a probability of being right end to end)."""
    kind, score, route = ev
    overall = _rate("*", 0.5)
    by_route = _rate(f"{kind}|*|{route}", overall)
    return round(_rate(f"{kind}|{score}|{route}", by_route), 4)


def key(ev: Evidence) -> list[str]:
    """The table keys that ``ev`` counts towards, from the most general."""
    kind, score, route = ev
    return ["*", f"{kind}|*|{route}", f"{kind}|{score}|{route}"]
