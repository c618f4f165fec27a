"""Scoring extraction against gold files: detection and end-to-end P/R/F1.

A predicted quote matches a gold quote when their character spans overlap by
at least half of the shorter one; each gold quote matches at most one
prediction. End-to-end also needs the speaker's name to agree (case- and
hyphen-insensitive; one name's words contained in the other's).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs

import quotex


@attrs.frozen
class Scores:
    gold: int
    predicted: int
    detected: int
    attributed: int

    @staticmethod
    def _f1(hits: int, gold: int, predicted: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 1.0
        r = hits / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def detection(self) -> tuple[float, float, float]:
        return self._f1(self.detected, self.gold, self.predicted)

    @property
    def end_to_end(self) -> tuple[float, float, float]:
        return self._f1(self.attributed, self.gold, self.predicted)

    def __add__(self, other: "Scores") -> "Scores":
        return Scores(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other))))


def _words(name: str | None) -> set[str]:
    return set((name or "").lower().replace("-", " ").split())


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    a, b = _words(predicted), _words(gold)
    if not a or not b:
        return not a and not b
    return a <= b or b <= a


def load_gold(path: Path, text: str) -> list[dict[str, Any]]:
    """Gold quotes with their offsets found in ``text`` (each gold text occurs once)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in gold["quotes"]:
        start = text.find(item["text"])
        if start < 0:
            raise ValueError(f"{path.name}: gold text not in the seed: {item['text'][:60]!r}")
        out.append({**item, "start": start, "end": start + len(item["text"])})
    return out


def score(text: str, gold: list[dict[str, Any]], extraction: quotex.Extraction | None = None) -> Scores:
    extraction = extraction or quotex.extract(text)
    predicted = list(extraction.quotes)
    used: set[int] = set()
    detected = attributed = 0
    for g in gold:
        for i, q in enumerate(predicted):
            if i in used:
                continue
            overlap = min(q.end, g["end"]) - max(q.start, g["start"])
            if overlap >= 0.5 * min(q.end - q.start, g["end"] - g["start"]):
                used.add(i)
                detected += 1
                if same_speaker(q.speaker.name if q.speaker else None, g["speaker"]):
                    attributed += 1
                break
    return Scores(len(gold), len(predicted), detected, attributed)
