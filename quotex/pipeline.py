"""The extraction pipeline, top to bottom.

normalize → segment and find quote spans → attribute (→ refine with a parse,
stanza backend only) → resolve speakers → link outlets → results in the caller's
offsets. Each stage is its own module; this one only passes plain data between
them. :func:`draft` stops before resolving so a backend can add candidates.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Callable

import attrs

from quotex.attribute import Candidate, find_candidates
from quotex.calibration import confidence, evidence
from quotex.model import Cue, Extraction, Mention, Outlet, Quote, QuoteKind, Speaker
from quotex.normalize import NormalizedText, normalize
from quotex.outlets import OutletMention, ZoneOutlets, carry_citations, find_publisher, find_zone_outlets
from quotex.resolve import ResolvedSpeaker, resolve_speakers
from quotex.segment import Span


SpanMapper = Callable[[int, int], tuple[str, int, int]]


def _span_mapper(original: str, norm: NormalizedText) -> SpanMapper:
    """A function from a normalized ``[start, end)`` to ``(text, start, end)`` in ``original``."""
    if norm.same_offsets:  # nearly every document: no edit changed a length
        return lambda start, end: (original[start:end], start, end)

    def mapped(start: int, end: int) -> tuple[str, int, int]:
        o_start, o_end = norm.original_start(start), norm.original_end(end)
        return original[o_start:o_end], o_start, o_end

    return mapped


def _longest_line(text: str, start: int, end: int) -> tuple[str, int, int]:
    """A quote over a line break the scrape put inside a sentence keeps its longest line (GUIDELINES 1.3)."""
    if "\n" not in text:
        return text, start, end
    best_start, best_end, pos = 0, 0, 0
    for line in text.split("\n"):
        piece_start = pos + len(line) - len(line.lstrip())
        piece_end = pos + len(line.rstrip())
        if piece_end - piece_start > best_end - best_start:
            best_start, best_end = piece_start, piece_end
        pos += len(line) + 1
    if best_end == best_start:
        return text, start, end
    return text[best_start:best_end], start + best_start, start + best_end


def _speaker(span: SpanMapper, resolved: ResolvedSpeaker | None) -> Speaker | None:
    if resolved is None:
        return None
    mention = None
    if resolved.mention is not None:
        mention = Mention(*span(resolved.mention.start, resolved.mention.end))
    return Speaker(resolved.name, resolved.role, resolved.entity, mention, resolved.kind)


def _outlet(span: SpanMapper, found: OutletMention | None, source: str) -> Outlet | None:
    if found is None:
        return None
    _, start, end = span(found.start, found.end)
    return Outlet(found.name, source, start, end)


_ZONE = operator.attrgetter("zone")


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep document order; where two overlap, keep the more confident."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if kept and cand.start < kept[-1].end:
            if cand.confidence > kept[-1].confidence:
                kept[-1] = cand
            continue
        kept.append(cand)
    return kept


@attrs.frozen
class Draft:
    """A document after the rules: its normalized text and quote candidates, not yet resolved."""

    original: str
    norm: NormalizedText
    candidates: list[Candidate]

    @property
    def text(self) -> str:
        return self.norm.text


def draft(original: str) -> Draft:
    """Normalize ``original`` and find its quote candidates with the rules."""
    norm = normalize(original)
    return Draft(original, norm, _without_overlaps(find_candidates(norm.text, norm.lowered)))


def run(original: str) -> Extraction:
    """Extract every quote of ``original`` (a ``str``, already checked) with the rules alone."""
    return finish(draft(original))


def finish(found: Draft, candidates: list[Candidate] | None = None, *, calibrated: bool = True) -> Extraction:
    """Resolve speakers, link outlets and map ``candidates`` (default: the draft's) to the caller's offsets.

    ``calibrated=False`` keeps each rule's own score as the confidence (for ``scripts/calibrate.py``).
    """
    original, norm, text = found.original, found.norm, found.text
    candidates = found.candidates if candidates is None else _without_overlaps(candidates)
    resolved, sources = resolve_speakers(text, candidates, norm.lowered)
    span = _span_mapper(original, norm)
    publisher = _outlet(span, find_publisher(text), "publisher")
    cited: list[Outlet | None] = []
    by_zone: dict[Span, ZoneOutlets] = {}
    per_zone = Counter(map(_ZONE, candidates))
    for i, cand in enumerate(candidates):
        excluded = Span(cand.start, cand.end) if cand.kind is QuoteKind.DIRECT else None
        zone_outlets = by_zone.get(cand.zone)
        if zone_outlets is None:
            # a quote alone in its zone ignores citations inside itself: they need not be looked for
            skip = excluded if per_zone[cand.zone] == 1 else None
            zone_outlets = by_zone[cand.zone] = find_zone_outlets(text, norm.lowered, cand.zone, skip)
        outlet = _outlet(span, zone_outlets.best_outside(excluded), "cited")
        if outlet is None and i and (cand.chain_with_previous or cand.inherits == "chain"):
            outlet = cited[-1]
        cited.append(outlet)
    cited = carry_citations(cited, [r.entity if r is not None else None for r in resolved])
    quotes: list[Quote] = []
    for cand, speaker, outlet in zip(candidates, resolved, cited):
        q_text, start, end = _longest_line(*span(cand.start, cand.end))
        cue = Cue(*span(cand.cue.start, cand.cue.end)) if cand.cue else None
        quotes.append(
            Quote(
                q_text, start, end, cand.kind, _speaker(span, speaker), cue,
                outlet or publisher,
                confidence(evidence(cand, speaker)) if calibrated else min(1.0, max(0.0, cand.confidence)),
            )
        )
    speakers = tuple(s for s in (_speaker(span, r) for r in sources) if s is not None)
    return Extraction(tuple(quotes), publisher, speakers)
