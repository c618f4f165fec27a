"""Comparing one prediction with one gold quote: trimmed spans, names, outlets, tokens.

Every rule here is a sentence of GUIDELINES section 6; a newsroom's scores depend on
them being exactly these, so each is one small function.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any

import attrs

from quotex.evaluation.gold import GoldDocument, GoldQuote

#: Trimmed from both ends of a span before it is compared: spaces, quote marks, ``, . ; : ! ?``.
TRIMMED = " \t\r\n\u00a0\"'“”‘’«»„‟‚‛,.;:!?"
MIN_JACCARD = 0.5
_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]")
_WORD = re.compile(r"\w+")
_DOMAIN_SUFFIX = re.compile(r"\.(?:com|co\.id|co|id|net|org)\b")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` less the :data:`TRIMMED` characters at either end."""
    while start < end and text[start] in TRIMMED:
        start += 1
    while end > start and text[end - 1] in TRIMMED:
        end -= 1
    return start, end


def normal_name(name: str | None) -> str:
    """A name for comparison: NFKC, case-folded, hyphens as spaces, punctuation dropped, spaces single."""
    if not name:
        return ""
    folded = unicodedata.normalize("NFKC", name).casefold().replace("-", " ").replace("‐", " ")
    return " ".join(_NOT_WORD_OR_SPACE.sub(" ", folded).split())


def normal_outlet(name: str | None) -> str:
    """An outlet name for comparison: case-folded, domain suffix dropped, letters and digits only."""
    folded = unicodedata.normalize("NFKC", name or "").casefold()
    return _NOT_ALNUM.sub("", _DOMAIN_SUFFIX.sub("", folded))


def outlets_agree(a: str, b: str) -> bool:
    """Two normalised outlet names name the same outlet when either contains the other."""
    return bool(a) and bool(b) and (a in b or b in a)


def speaker_right(predicted: str | None, gold: GoldQuote) -> bool:
    """The predicted name equals the gold speaker or an alias, or contains the gold speaker as whole words."""
    name = normal_name(predicted)
    if not name or not gold.speaker:
        return False
    speaker = normal_name(gold.speaker)
    if name == speaker or name in (normal_name(a) for a in gold.aliases):
        return True
    return f" {speaker} " in f" {name} "


def words(text: str, start: int, end: int) -> list[str]:
    """The case-folded ``\\w+`` tokens of ``text[start:end]``."""
    return [w.casefold() for w in _WORD.findall(text, start, end)]


def token_f1(predicted: Sequence[str], gold: Sequence[str]) -> float:
    """F1 of the two token bags (0 when they share nothing)."""
    shared = sum((Counter(predicted) & Counter(gold)).values())
    if not shared:
        return 0.0
    precision, recall = shared / len(predicted), shared / len(gold)
    return 2 * precision * recall / (precision + recall)


@attrs.frozen
class Pair:
    """A prediction matched to a gold quote, with both spans trimmed."""

    predicted: dict[str, Any]
    gold: GoldQuote
    predicted_span: tuple[int, int]
    gold_span: tuple[int, int]


@attrs.frozen
class Matching:
    """One document's matching: counted pairs, unmatched predictions, missed gold, ignored predictions."""

    pairs: tuple[Pair, ...]
    unmatched: tuple[dict[str, Any], ...]
    missed: tuple[GoldQuote, ...]
    ignored: int


def counted_predictions(doc: GoldDocument, predictions: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The predictions the gold can judge: only those inside quote marks for a ``scope: direct`` document."""
    if doc.scope == "direct":
        return [p for p in predictions if p.get("kind") in ("direct", "mixed")]
    return list(predictions)


def match_document(doc: GoldDocument, predictions: Sequence[dict[str, Any]]) -> Matching:
    """Pair predictions with gold one to one, best overlap first (Jaccard of trimmed spans ≥ 0.5).

    A prediction paired with optional gold, or lying mostly inside optional spans, is ignored;
    optional gold is never missed.
    """
    text = doc.text
    gold_spans = [trim(text, g.start, g.end) for g in doc.quotes]
    preds = counted_predictions(doc, predictions)
    pred_spans = [trim(text, int(p["start"]), int(p["end"])) for p in preds]
    overlaps: list[tuple[float, int, int]] = []
    for i, (ps, pe) in enumerate(pred_spans):
        for j, (gs, ge) in enumerate(gold_spans):
            shared = min(pe, ge) - max(ps, gs)
            if shared > 0:
                jaccard = shared / (max(pe, ge) - min(ps, gs))
                if jaccard >= MIN_JACCARD:
                    overlaps.append((jaccard, i, j))
    overlaps.sort(reverse=True)  # best first; ties go to the later prediction, then the later gold
    taken_pred: set[int] = set()
    taken_gold: set[int] = set()
    pairs: list[Pair] = []
    ignored = 0
    for _, i, j in overlaps:
        if i in taken_pred or j in taken_gold:
            continue
        taken_pred.add(i)
        taken_gold.add(j)
        if doc.quotes[j].optional:
            ignored += 1
        else:
            pairs.append(Pair(preds[i], doc.quotes[j], pred_spans[i], gold_spans[j]))
    optional_spans = [span for span, g in zip(gold_spans, doc.quotes) if g.optional]
    unmatched: list[dict[str, Any]] = []
    for i, (ps, pe) in enumerate(pred_spans):
        if i in taken_pred:
            continue
        inside = sum(max(0, min(pe, oe) - max(ps, os_)) for os_, oe in optional_spans)
        if pe > ps and inside >= 0.5 * (pe - ps):
            ignored += 1
        else:
            unmatched.append(preds[i])
    missed = tuple(g for j, g in enumerate(doc.quotes) if j not in taken_gold and not g.optional)
    return Matching(tuple(pairs), tuple(unmatched), missed, ignored)
