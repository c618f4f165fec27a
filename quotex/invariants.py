"""The promises every result keeps, as a checker that lists what is broken.

Used by the tests, the corpus check and the fuzzer, and handy for callers who
post-process results: ``find_violations(text, extract(text))`` is ``[]`` always.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from quotex.model import Extraction

__all__ = ["find_violations"]


def _spans_of(extraction: Extraction) -> Iterator[tuple[str, str, int, int]]:
    """Every (label, text-or-None, start, end) span the result points into the source."""
    if extraction.publisher is not None:
        p = extraction.publisher
        yield "publisher", "", p.start, p.end
    for i, q in enumerate(extraction.quotes):
        yield f"quote {i}", q.text, q.start, q.end
        if q.cue is not None:
            yield f"quote {i} cue", q.cue.text, q.cue.start, q.cue.end
        if q.speaker is not None and q.speaker.mention is not None:
            m = q.speaker.mention
            yield f"quote {i} speaker", m.text, m.start, m.end
        if q.outlet is not None:
            yield f"quote {i} outlet", "", q.outlet.start, q.outlet.end


def find_violations(text: str, extraction: Extraction) -> list[str]:
    """Describe each broken promise of ``extraction`` about ``text``; empty when all hold.

    Checks: every span lies inside ``text`` and slices to its own ``text`` field,
    quotes are in document order and never overlap, confidence is within 0..1,
    and ``to_dict()`` survives a JSON round trip unchanged.
    """
    problems: list[str] = []
    for label, expected, start, end in _spans_of(extraction):
        if not 0 <= start <= end <= len(text):
            problems.append(f"{label}: span {start}..{end} outside text of length {len(text)}")
        elif expected and text[start:end] != expected:
            problems.append(f"{label}: text[{start}:{end}] != its text {expected[:40]!r}")
    last_end = -1
    for i, q in enumerate(extraction.quotes):
        if q.start < last_end:
            problems.append(f"quote {i}: starts at {q.start}, before the previous quote ends at {last_end}")
        last_end = max(last_end, q.end)
        if not 0.0 <= q.confidence <= 1.0:
            problems.append(f"quote {i}: confidence {q.confidence} outside 0..1")
    data = extraction.to_dict()
    try:
        if json.loads(json.dumps(data)) != data:
            problems.append("to_dict() changes through a JSON round trip")
    except (TypeError, ValueError) as error:
        problems.append(f"to_dict() is not JSON-serialisable: {error}")
    return problems
