"""The quality regression: quotex scored with its own evaluator on the shared dev gold.

Fails when end-to-end F1, attribution or recall drops more than 0.01 below the figures
recorded in ``tests/quality_figures.json``. The gold lives beside the project in
``../shared/eval`` (other people's articles, never committed here); without it these
tests skip, except in CI (``CI=true`` or ``QUOTEX_REQUIRE_EVAL=1``), where they fail.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

import quotex
from quotex.evaluation import evaluation_to_dict

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
RECORDED = json.loads((Path(__file__).parent / "quality_figures.json").read_text(encoding="utf-8"))
TOLERANCE = 0.01
SETS = sorted(RECORDED["rules"])


def _require_eval() -> Path:
    if (EVAL / "dev").is_dir():
        return EVAL
    if os.environ.get("QUOTEX_REQUIRE_EVAL") == "1" or os.environ.get("CI") == "true":
        pytest.fail(f"the shared gold is required here but {EVAL} is missing")
    pytest.skip("no ../shared/eval beside the project")


@pytest.fixture(scope="module")
def rules_figures() -> dict[str, dict]:
    root = _require_eval()
    return {name: evaluation_to_dict(quotex.evaluate([root / name])) for name in SETS}


def _measures(figures: dict) -> dict[str, float]:
    """The guarded measures of one set: end to end, attribution and recall."""
    return {
        "end_to_end_f1": figures["end_to_end"].get("f1", figures["end_to_end"]["r"]),
        "attribution": figures["attribution_acc"],
        "recall": figures["detection"]["r"],
    }


@pytest.mark.parametrize("gold_set", SETS)
@pytest.mark.parametrize("measure", ["end_to_end_f1", "attribution", "recall"])
def test_no_drop_below_recorded_figures(rules_figures, gold_set, measure):
    now = _measures(rules_figures[gold_set])[measure]
    recorded = RECORDED["rules"][gold_set][measure]
    assert now >= recorded - TOLERANCE, f"{gold_set} {measure}: {now:.4f}, recorded {recorded:.4f}"


def test_stanza_backend_no_loss_beyond_tolerance(rules_figures):
    """The stanza backend on a full model loses nowhere by more than 0.01 against the rules."""
    from conftest import full_model_dir, require_stanza

    model = require_stanza(full_model_dir())
    root = _require_eval()
    figures = evaluation_to_dict(quotex.evaluate([root / "dev-news"], backend="stanza", stanza_dir=model))
    for measure, value in _measures(figures).items():
        assert value >= _measures(rules_figures["dev-news"])[measure] - TOLERANCE, (measure, value)


def _shared_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("gold_set", SETS)
def test_own_evaluator_equals_the_shared_scorer(rules_figures, gold_set):
    """``quotex evaluate`` gives the shared ``score.py``'s figures, every key, to four decimals."""
    scorer = _shared_scorer()
    docs = scorer.load_gold([str(EVAL / gold_set)])
    theirs, _ = scorer.score(docs, quotex)
    mine = dict(rules_figures[gold_set])
    theirs.pop("chars_per_s", None)
    mine.pop("chars_per_s", None)
    assert mine == theirs
