"""The figures of GUIDELINES section 6, counted over matched documents.

:func:`score_predictions` scores predictions already made (any system's, as
``to_dict()`` data); :func:`evaluate` runs quotex on the gold texts and scores that.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Union

import attrs

from quotex.evaluation.gold import GoldDocument, load_gold
from quotex.evaluation.matching import (
    match_document,
    normal_name,
    normal_outlet,
    outlets_agree,
    speaker_right,
    token_f1,
    words,
)

__all__ = ["DocumentErrors", "Evaluation", "PRF", "Prediction", "evaluate", "read_predictions", "score_predictions"]

#: One document's predictions: its quotes as ``Quote.to_dict()`` data, and the publisher's name.
Prediction = tuple[Sequence[Mapping[str, Any]], Union[str, None]]
_BINS = 10


@attrs.frozen
class PRF:
    """Precision, recall and F1 with their counts; ``predicted`` is ``None`` where precision cannot be read."""

    tp: int
    gold: int
    predicted: int | None

    @property
    def precision(self) -> float | None:
        if self.predicted is None:
            return None
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class DocumentErrors:
    """What one document got wrong: missed gold, spurious predictions, wrong speakers and outlets."""

    id: str
    missed: tuple[dict[str, Any], ...] = ()
    spurious: tuple[dict[str, Any], ...] = ()
    wrong_speaker: tuple[dict[str, Any], ...] = ()
    wrong_outlet: tuple[dict[str, Any], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.missed or self.spurious or self.wrong_speaker or self.wrong_outlet)


@attrs.frozen
class Evaluation:
    """Every figure of one scoring run. Ratios are ``None`` where nothing could be counted."""

    documents: int
    gold_quotes: int
    complete: bool  #: false when some gold is incomplete (``scope: direct``): read recall and attribution only
    detection: PRF
    end_to_end: PRF
    attribution: float
    recall_by_kind: Mapping[str, PRF]
    kind_accuracy: float
    boundary_token_f1: float
    boundary_within_2_chars: float
    cited_outlet: PRF
    publisher_accuracy: float | None
    entity: PRF
    cue_accuracy: float | None
    role_accuracy: float | None
    calibration_error: float | None  #: expected calibration error of ``confidence``, 10 equal bins
    calibrated_predictions: int
    errors: tuple[DocumentErrors, ...] = ()
    chars_per_second: float | None = None


def _ratio(hits: float, total: int) -> float | None:
    return hits / total if total else None


def _calibration_error(points: Sequence[tuple[float, bool]]) -> float | None:
    if not points:
        return None
    bins: dict[int, list[tuple[float, bool]]] = {}
    for confidence, right in points:
        bins.setdefault(min(int(confidence * _BINS), _BINS - 1), []).append((confidence, right))
    gap = 0.0
    for members in bins.values():
        mean_confidence = sum(c for c, _ in members) / len(members)
        accuracy = sum(r for _, r in members) / len(members)
        gap += abs(mean_confidence - accuracy) * len(members)
    return gap / len(points)


def _publisher_right(predicted: str | None, gold: str | None) -> bool:
    """Both absent, or both named with one normalised name inside the other."""
    if not predicted or not gold:
        return not predicted and not gold
    mine, theirs = normal_outlet(predicted), normal_outlet(gold)
    return mine in theirs or theirs in mine


def score_predictions(docs: Sequence[GoldDocument], predictions: Mapping[str, Prediction], chars_per_second: float | None = None) -> Evaluation:
    """Score ``predictions`` (by document id) against ``docs``; a document without predictions predicted nothing."""
    gold_total = predicted_total = found = right = 0
    kind_gold: Counter[str] = Counter()
    kind_found: Counter[str] = Counter()
    same_kind = 0
    boundary_f1: list[float] = []
    within_2 = 0
    cited_tp = cited_predicted = cited_gold = 0
    publishers_right = publishers = 0
    cues_right = cues = roles_right = roles = 0
    entity_tp = entity_predicted = entity_gold = 0
    calibration: list[tuple[float, bool]] = []
    all_errors: list[DocumentErrors] = []
    for doc in docs:
        quotes, publisher = predictions.get(doc.id, ((), None))
        matching = match_document(doc, [dict(q) for q in quotes])
        text = doc.text
        required = [g for g in doc.quotes if not g.optional]
        gold_total += len(required)
        kind_gold.update(g.kind for g in required)
        if doc.complete:
            predicted_total += len(matching.pairs) + len(matching.unmatched)
        # the outlets the gold gives each speaker, by position: a citation carried over to a
        # later quote of the same speaker is not held against precision
        cited_before: dict[str, list[tuple[int, str]]] = {}
        for g in sorted(doc.quotes, key=lambda q: q.start):
            for name in g.outlets:
                cited_before.setdefault(normal_name(g.speaker), []).append((g.start, normal_outlet(name)))
        wrong_speaker: list[dict[str, Any]] = []
        wrong_outlet: list[dict[str, Any]] = []
        sources: list[tuple[Any, str | None]] = []
        for pair in matching.pairs:
            pred, gold = pair.predicted, pair.gold
            found += 1
            kind_found[gold.kind] += 1
            same_kind += pred.get("kind") == gold.kind
            boundary_f1.append(token_f1(words(text, *pair.predicted_span), words(text, *pair.gold_span)))
            within_2 += abs(pair.predicted_span[0] - pair.gold_span[0]) <= 2 and abs(pair.predicted_span[1] - pair.gold_span[1]) <= 2
            speaker = pred.get("speaker") or {}
            ok = speaker_right(speaker.get("name"), gold)
            right += ok
            if doc.complete and pred.get("confidence") is not None:
                calibration.append((float(pred["confidence"]), ok))
            sources.append((speaker.get("entity"), gold.speaker))
            if not ok:
                wrong_speaker.append({"text": gold.text[:90], "gold": gold.speaker, "pred": speaker.get("name")})
            outlet = pred.get("outlet") or {}
            cited = outlet.get("name") if outlet.get("source") == "cited" else None
            gold_outlets = [normal_outlet(n) for n in gold.outlets]
            cited_gold += bool(gold_outlets)
            if cited:
                mine = normal_outlet(cited)
                hit = any(outlets_agree(mine, g) for g in gold_outlets)
                carried = not gold_outlets and any(
                    start < gold.start and outlets_agree(mine, g) for start, g in cited_before.get(normal_name(gold.speaker), ())
                )
                cited_predicted += not carried
                cited_tp += hit
                if not hit and not carried:
                    wrong_outlet.append({"text": gold.text[:60], "gold": list(gold.outlets) or None, "pred": cited})
            elif gold_outlets:
                wrong_outlet.append({"text": gold.text[:60], "gold": list(gold.outlets), "pred": None})
            if gold.cue:
                cues += 1
                mine, theirs = normal_name((pred.get("cue") or {}).get("text")), normal_name(gold.cue)
                cues_right += bool(mine) and (mine == theirs or mine in theirs or theirs in mine)
            if gold.role:
                roles += 1
                roles_right += token_f1(normal_name(speaker.get("role")).split(), normal_name(gold.role).split()) >= 0.5
        for a in range(len(sources)):
            for b in range(a + 1, len(sources)):
                (entity_a, gold_a), (entity_b, gold_b) = sources[a], sources[b]
                if not gold_a or not gold_b:
                    continue
                same_predicted = entity_a is not None and entity_a == entity_b
                same_gold = normal_name(gold_a) == normal_name(gold_b)
                entity_predicted += same_predicted
                entity_gold += same_gold
                entity_tp += same_predicted and same_gold
        spurious: list[dict[str, Any]] = []
        if doc.complete:
            publishers += 1
            publishers_right += _publisher_right(publisher, doc.publisher)
            for pred in matching.unmatched:
                if pred.get("confidence") is not None:
                    calibration.append((float(pred["confidence"]), False))
                spurious.append({"text": text[int(pred["start"]) : int(pred["end"])][:90], "kind": pred.get("kind"),
                                 "speaker": (pred.get("speaker") or {}).get("name")})
        missed = tuple({"text": g.text[:90], "kind": g.kind, "speaker": g.speaker} for g in matching.missed)
        all_errors.append(DocumentErrors(doc.id, missed, tuple(spurious), tuple(wrong_speaker), tuple(wrong_outlet)))
    complete = all(d.complete for d in docs)
    counted = predicted_total if complete else None
    return Evaluation(
        documents=len(docs),
        gold_quotes=gold_total,
        complete=complete,
        detection=PRF(found, gold_total, counted),
        end_to_end=PRF(right, gold_total, counted),
        attribution=right / found if found else 0.0,
        recall_by_kind={k: PRF(kind_found[k], n, None) for k, n in sorted(kind_gold.items())},
        kind_accuracy=same_kind / found if found else 0.0,
        boundary_token_f1=sum(boundary_f1) / len(boundary_f1) if boundary_f1 else 0.0,
        boundary_within_2_chars=within_2 / found if found else 0.0,
        cited_outlet=PRF(cited_tp, cited_gold, cited_predicted),
        publisher_accuracy=_ratio(publishers_right, publishers),
        entity=PRF(entity_tp, entity_gold, entity_predicted),
        cue_accuracy=_ratio(cues_right, cues),
        role_accuracy=_ratio(roles_right, roles),
        calibration_error=_calibration_error(calibration),
        calibrated_predictions=len(calibration),
        errors=tuple(all_errors),
        chars_per_second=chars_per_second,
    )


def read_predictions(path: str | os.PathLike[str]) -> dict[str, Prediction]:
    """Predictions from JSON Lines, one ``{"id", "quotes": [...], "publisher"}`` a line."""
    out: dict[str, Prediction] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            doc_id = str(record["id"])
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: a prediction line is a JSON object with an 'id' ({error})") from None
        publisher = record.get("publisher")
        out[doc_id] = (record.get("quotes") or [], publisher.get("name") if isinstance(publisher, dict) else publisher)
    return out


def evaluate(
    gold: Iterable[str | os.PathLike[str] | GoldDocument],
    *,
    backend: str = "rules",
    stanza_dir: str | os.PathLike[str] | None = None,
    predictions: Mapping[str, Prediction] | None = None,
) -> Evaluation:
    """Score quotex (or ``predictions``) on gold files or folders, as GUIDELINES section 6 defines it.

    >>> evaluation = evaluate(["gold/"])          # doctest: +SKIP
    >>> evaluation.end_to_end.f1                  # doctest: +SKIP
    """
    items = list(gold)
    paths = [g for g in items if not isinstance(g, GoldDocument)]
    docs = [g for g in items if isinstance(g, GoldDocument)] + load_gold(paths)
    if predictions is not None:
        return score_predictions(docs, predictions)
    from quotex.extractor import shared_extractor

    extractor = shared_extractor(backend, stanza_dir)
    made: dict[str, Prediction] = {}
    chars = 0
    started = time.perf_counter()
    for doc in docs:
        result = extractor.extract(doc.text)
        made[doc.id] = ([q.to_dict() for q in result.quotes], result.publisher.name if result.publisher else None)
        chars += len(doc.text)
    return score_predictions(docs, made, chars / max(time.perf_counter() - started, 1e-9))
