"""Scoring quotex (or any system) against gold files, as GUIDELINES section 6 defines it.

``gold`` reads and checks the files, ``matching`` pairs predicted and gold spans,
``metrics`` counts and computes the figures, ``report`` prints them. :func:`evaluate`
runs the whole of it.
"""

from quotex.evaluation.gold import GoldDocument, GoldFormatError, GoldQuote, load_gold
from quotex.evaluation.metrics import DocumentErrors, Evaluation, evaluate, score_predictions
from quotex.evaluation.report import evaluation_to_dict, format_errors, format_summary

__all__ = [
    "DocumentErrors",
    "Evaluation",
    "GoldDocument",
    "GoldFormatError",
    "GoldQuote",
    "evaluate",
    "evaluation_to_dict",
    "format_errors",
    "format_summary",
    "load_gold",
    "score_predictions",
]
