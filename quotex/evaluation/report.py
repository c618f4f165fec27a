"""An :class:`~quotex.evaluation.metrics.Evaluation` as JSON-ready data and as the printed summary."""

from __future__ import annotations

import json
from typing import Any

from quotex.evaluation.metrics import PRF, Evaluation

__all__ = ["evaluation_to_dict", "format_errors", "format_summary"]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _prf(prf: PRF) -> dict[str, Any]:
    if prf.predicted is None:
        return {"r": _round(prf.recall), "tp": prf.tp, "gold": prf.gold}
    return {"p": _round(prf.precision), "r": _round(prf.recall), "f1": _round(prf.f1), "tp": prf.tp, "pred": prf.predicted, "gold": prf.gold}


def evaluation_to_dict(result: Evaluation) -> dict[str, Any]:
    """The figures as one JSON object, ratios rounded to four decimals (the keys of the shared ``score.py``)."""
    out: dict[str, Any] = {
        "docs": result.documents,
        "gold_quotes": result.gold_quotes,
        "detection": _prf(result.detection),
        "end_to_end": _prf(result.end_to_end),
        "attribution_acc": _round(result.attribution),
        "by_kind": {k: {"r": _round(v.recall), "gold": v.gold} for k, v in result.recall_by_kind.items()},
        "kind_acc": _round(result.kind_accuracy),
        "boundary": {"token_f1": _round(result.boundary_token_f1), "within_2_chars": _round(result.boundary_within_2_chars)},
        "cited_outlet": _prf(result.cited_outlet),
        "publisher_acc": _round(result.publisher_accuracy),
        "entity": _prf(result.entity),
        "cue_acc": _round(result.cue_accuracy),
        "role_acc": _round(result.role_accuracy),
    }
    if result.calibration_error is not None:
        out["calibration"] = {"ece": _round(result.calibration_error), "n": result.calibrated_predictions}
    if not result.complete:
        out["note"] = "incomplete gold (scope direct): read recall and attribution_acc only"
    if result.chars_per_second is not None:
        out["chars_per_s"] = round(result.chars_per_second)
    return out


def _fixed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_summary(result: Evaluation) -> str:
    """The figures as a few readable lines (three decimals, from the four-decimal values)."""
    d = evaluation_to_dict(result)
    lines = [f"docs {d['docs']}, gold quotes {d['gold_quotes']}"]
    for name in ("detection", "end_to_end"):
        lines.append(f"  {name:12} " + "  ".join(f"{k} {d[name][k]:.3f}" for k in ("p", "r", "f1") if k in d[name]))
    lines.append(f"  attribution_acc {d['attribution_acc']:.3f}  kind_acc {d['kind_acc']:.3f}  entity F1 {d['entity']['f1']:.3f}")
    lines.append("  recall by kind: " + ", ".join(f"{k} {v['r']:.3f} ({v['gold']})" for k, v in d["by_kind"].items()))
    lines.append(f"  boundary token F1 {d['boundary']['token_f1']:.3f}, within 2 chars {d['boundary']['within_2_chars']:.3f}")
    co = d["cited_outlet"]
    lines.append(f"  cited outlet P {co['p']:.3f} R {co['r']:.3f} F1 {co['f1']:.3f} ({co['gold']} gold)"
                 f"  publisher_acc {_fixed(d['publisher_acc'])}  cue_acc {_fixed(d['cue_acc'])}  role_acc {_fixed(d['role_acc'])}")
    if "calibration" in d:
        lines.append(f"  confidence calibration error (ECE, 10 bins) {d['calibration']['ece']:.3f} over {d['calibration']['n']} predictions")
    if "note" in d:
        lines.append("  " + d["note"])
    if "chars_per_s" in d:
        lines.append(f"  speed {d['chars_per_s']:,} chars/s (in this scoring run)")
    return "\n".join(lines)


def format_errors(result: Evaluation) -> str:
    """Every miss, spurious quote, wrong speaker and wrong outlet, grouped by document."""
    lines: list[str] = []
    for doc in result.errors:
        if not doc:
            continue
        lines.append(f"## {doc.id}")
        for kind in ("missed", "spurious", "wrong_speaker", "wrong_outlet"):
            lines.extend(f"  {kind:13} {json.dumps(item, ensure_ascii=False)}" for item in getattr(doc, kind))
    return "\n".join(lines)
