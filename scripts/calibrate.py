"""Write ``quotex/calibration.json``: how often quotes found each way were right on the dev gold.

    python scripts/calibrate.py [GOLD_DIR ...]      # default: ../shared/eval/dev and dev-news

Only complete gold counts (every quote annotated): a prediction matched to a required gold
quote with the right speaker is right; matched to nothing, wrong; matched to optional gold,
not counted (GUIDELINES 6). The gold itself is other people's data and stays outside the
project; the table holds only counts.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotex.calibration import evidence, key  # noqa: E402
from quotex.evaluation import load_gold  # noqa: E402
from quotex.evaluation.matching import match_document, speaker_right  # noqa: E402
from quotex.pipeline import draft, finish  # noqa: E402
from quotex.resolve import resolve_speakers  # noqa: E402

OUT = ROOT / "quotex" / "calibration.json"
DEFAULT = [ROOT.parent / "shared" / "eval" / "dev", ROOT.parent / "shared" / "eval" / "dev-news"]


def main(argv: list[str]) -> None:
    docs = [d for d in load_gold(argv or DEFAULT) if d.complete]
    counts: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for doc in docs:
        found = draft(doc.text)
        resolved, _ = resolve_speakers(found.text, found.candidates, found.norm.lowered)
        quotes = finish(found, calibrated=False).quotes
        preds = [dict(q.to_dict(), _ev=evidence(c, r)) for q, c, r in zip(quotes, found.candidates, resolved)]
        matching = match_document(doc, preds)
        outcomes = [(p["_ev"], speaker_right((p.get("speaker") or {}).get("name"), pair.gold))
                    for pair in matching.pairs for p in [pair.predicted]]
        outcomes += [(p["_ev"], False) for p in matching.unmatched]
        for ev, right in outcomes:
            for k in key(ev):
                counts[k][0] += right
                counts[k][1] += 1
    about = ("Right end-to-end / seen, per evidence (kind|rule score|speaker route), on the complete dev gold; "
             "written by scripts/calibrate.py, read by quotex.calibration.")
    OUT.write_text(json.dumps({"about": about, "counts": dict(sorted(counts.items()))}, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(counts)} keys from {len(docs)} documents, {int(counts['*'][1])} predictions")


if __name__ == "__main__":
    main(sys.argv[1:])
