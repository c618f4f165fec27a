"""Quality on the shared dev gold, both backends, with quotex's own evaluator.

    python benchmarks/quality.py [--backend rules|stanza|both] [--record]

Prints, per gold set, the figures the quality goals are read from. ``--record`` writes
the rules figures to ``tests/quality_figures.json``, the floor the quality test holds.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import quotex
from quotex.evaluation import evaluation_to_dict

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SHARED_MODEL = ROOT.parent / "shared" / "models" / "stanza-id"
FIGURES = ROOT / "tests" / "quality_figures.json"
SETS = ("dev", "dev-news", "dev-pfsa")


def headline(d: dict) -> dict[str, float | None]:
    """The goal measures of one set's figures."""
    e2e = d["end_to_end"]
    return {
        "end_to_end_f1": e2e.get("f1", e2e["r"]),
        "detection_f1": d["detection"].get("f1"),
        "recall": d["detection"]["r"],
        "attribution": d["attribution_acc"],
        "indirect_recall": d["by_kind"].get("indirect", {}).get("r"),
        "cited_outlet_r": d["cited_outlet"]["r"] if d["cited_outlet"]["gold"] else None,
        "cited_outlet_p": d["cited_outlet"]["p"] if d["cited_outlet"]["gold"] else None,
        "publisher": d["publisher_acc"],
        "role": d["role_acc"],
        "entity_f1": d["entity"]["f1"],
        "ece": d.get("calibration", {}).get("ece"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("rules", "stanza", "both"), default="rules")
    parser.add_argument("--stanza-dir", default=str(SHARED_MODEL))
    parser.add_argument("--record", action="store_true", help="write the rules figures to tests/quality_figures.json")
    args = parser.parse_args()
    backends = ("rules", "stanza") if args.backend == "both" else (args.backend,)
    recorded: dict[str, dict[str, float]] = {}
    for backend in backends:
        options = {"backend": backend, "stanza_dir": args.stanza_dir} if backend == "stanza" else {}
        for name in SETS:
            figures = evaluation_to_dict(quotex.evaluate([EVAL / name], **options))
            h = headline(figures)
            print(f"{backend:6} {name:9} " + "  ".join(f"{k} {v:.3f}" for k, v in h.items() if v is not None), flush=True)
            if backend == "rules":
                recorded[name] = {"end_to_end_f1": h["end_to_end_f1"], "attribution": h["attribution"], "recall": h["recall"]}
    if args.record and recorded:
        about = "Figures recorded on ../shared/eval by benchmarks/quality.py --record; tests/test_quality.py fails on a drop of more than 0.01."
        FIGURES.write_text(json.dumps({"about": about, "rules": recorded}, indent=2) + "\n", encoding="utf-8")
        print(f"recorded in {FIGURES.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
