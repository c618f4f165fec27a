"""The evaluator (GUIDELINES sections 5 and 6) on small gold files written here, one rule a case."""

from __future__ import annotations

import json

import pytest

from quotex.cli import main
from quotex.evaluation import GoldFormatError, evaluate, evaluation_to_dict, load_gold
from quotex.evaluation.gold import GoldDocument, GoldQuote
from quotex.evaluation.matching import normal_name, normal_outlet, speaker_right, trim

TEXT = 'Budi Santoso mengatakan harga beras akan turun bulan depan. "Kami siap membantu warga," kata Budi.'
QUOTE_A = (24, 58)  # harga beras akan turun bulan depan
QUOTE_B = (61, 86)  # Kami siap membantu warga,


def _gold(**quote_fields) -> GoldDocument:
    base = {"start": QUOTE_B[0], "end": QUOTE_B[1], "kind": "direct", "speaker": "Budi Santoso"}
    base.update(quote_fields)
    if "outlet" in base:
        outlet = base.pop("outlet")
        base["outlets"] = (outlet,) if isinstance(outlet, str) else tuple(outlet)
    base["text"] = TEXT[base["start"] : base["end"]]
    return GoldDocument("d1", TEXT, (GoldQuote(**base),), publisher=None)


def _prediction(start=QUOTE_B[0], end=QUOTE_B[1], name="Budi Santoso", entity="e1", outlet=None, source="cited", kind="direct", confidence=0.9):
    return {
        "start": start, "end": end, "kind": kind, "confidence": confidence,
        "speaker": {"name": name, "entity": entity, "role": None},
        "cue": {"text": "kata"},
        "outlet": {"name": outlet, "source": source} if outlet else None,
    }


def _score(gold: GoldDocument, *preds, publisher=None) -> dict:
    return evaluation_to_dict(evaluate([gold], predictions={"d1": (list(preds), publisher)}))


@pytest.mark.parametrize(
    "start,end,matched",
    [
        (QUOTE_B[0], QUOTE_B[1], True),  # exact
        (QUOTE_B[0] - 1, QUOTE_B[1] + 1, True),  # with its quote marks: trimmed away
        (QUOTE_B[0], QUOTE_B[0] + 14, True),  # "Kami siap memb": Jaccard 14/24 >= 0.5
        (QUOTE_B[0], QUOTE_B[0] + 9, False),  # "Kami siap": Jaccard 9/24 < 0.5
    ],
)
def test_a_prediction_matches_at_jaccard_half(start, end, matched):
    figures = _score(_gold(), _prediction(start, end))
    assert figures["detection"]["tp"] == int(matched)
    assert figures["detection"]["pred"] == 1


@pytest.mark.parametrize(
    "predicted,aliases,right",
    [
        ("Budi Santoso", (), True),
        ("budi-santoso", (), True),  # case and hyphens normalised
        ("Menteri Budi Santoso", (), True),  # contains the gold name as whole words
        ("Budi", (), False),
        ("Budi", ("Budi",), True),  # an alias
        ("Budi Santosono", (), False),  # not whole words
        (None, (), False),
    ],
)
def test_speaker_is_right_by_name_alias_or_containment(predicted, aliases, right):
    gold = _gold(aliases=aliases).quotes[0]
    assert speaker_right(predicted, gold) is right


def test_optional_gold_is_never_missed_and_its_matches_are_ignored():
    figures = _score(_gold(optional=True), _prediction())
    assert figures["gold_quotes"] == 0
    assert figures["detection"]["pred"] == 0  # ignored, not spurious


def test_end_to_end_needs_the_right_speaker():
    figures = _score(_gold(), _prediction(name="Siti Aminah"))
    assert figures["detection"]["tp"] == 1 and figures["end_to_end"]["tp"] == 0
    assert figures["attribution_acc"] == 0.0


@pytest.mark.parametrize(
    "gold_outlet,predicted,hit",
    [
        ("Kompas.com", "KOMPAS.com", True),  # domain suffix and case dropped
        ("Radio NV Ukraina", "Radio NV", True),  # one contains the other
        ("CNN", "Reuters", False),
        (["CNN", "Russia 1"], "Russia 1", True),  # any of a list
    ],
)
def test_cited_outlets_compare_normalised(gold_outlet, predicted, hit):
    figures = _score(_gold(outlet=gold_outlet), _prediction(outlet=predicted))
    assert figures["cited_outlet"]["tp"] == int(hit)


def test_a_publisher_outlet_is_not_a_citation():
    figures = _score(_gold(outlet="Kompas.com"), _prediction(outlet="Kompas.com", source="publisher"))
    assert figures["cited_outlet"]["tp"] == 0 and figures["cited_outlet"]["pred"] == 0


def test_a_citation_carried_to_a_later_quote_of_the_same_speaker_costs_no_precision():
    a = GoldQuote(*QUOTE_A, TEXT[slice(*QUOTE_A)], "indirect", "Budi Santoso", outlets=("Kompas.com",))
    b = GoldQuote(*QUOTE_B, TEXT[slice(*QUOTE_B)], "direct", "Budi Santoso")
    doc = GoldDocument("d1", TEXT, (a, b))
    figures = _score(doc, _prediction(*QUOTE_A, kind="indirect", outlet="Kompas.com"), _prediction(outlet="Kompas.com"))
    assert figures["cited_outlet"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "pred": 1, "gold": 1}


def test_scope_direct_gold_counts_only_quotes_in_marks_and_reads_recall():
    doc = GoldDocument("d1", TEXT, _gold().quotes, scope="direct", complete=False)
    figures = evaluation_to_dict(evaluate([doc], predictions={"d1": ([_prediction(), _prediction(*QUOTE_A, kind="indirect")], None)}))
    assert figures["detection"] == {"r": 1.0, "tp": 1, "gold": 1}
    assert "note" in figures and "calibration" not in figures


def test_entity_agreement_is_pairwise():
    a = GoldQuote(*QUOTE_A, TEXT[slice(*QUOTE_A)], "indirect", "Budi Santoso")
    b = GoldQuote(*QUOTE_B, TEXT[slice(*QUOTE_B)], "direct", "Budi Santoso")
    doc = GoldDocument("d1", TEXT, (a, b))
    same = _score(doc, _prediction(*QUOTE_A, kind="indirect"), _prediction())
    split = _score(doc, _prediction(*QUOTE_A, kind="indirect", entity="e2"), _prediction())
    assert same["entity"]["f1"] == 1.0 and split["entity"]["f1"] == 0.0


def test_calibration_error_is_confidence_against_rightness():
    right = _score(_gold(), _prediction(confidence=1.0))
    wrong = _score(_gold(), _prediction(name="Siti", confidence=1.0))
    assert right["calibration"]["ece"] == 0.0 and wrong["calibration"]["ece"] == 1.0


@pytest.mark.parametrize("predicted,gold,right", [("TEMPO.CO", "TEMPO.CO", True), ("Tempo", "TEMPO.CO", True), (None, None, True), ("Kompas.com", None, False)])
def test_publisher_accuracy(predicted, gold, right):
    doc = GoldDocument("d1", TEXT, _gold().quotes, publisher=gold)
    assert evaluation_to_dict(evaluate([doc], predictions={"d1": ([], predicted)}))["publisher_acc"] == float(right)


def test_normalisation_helpers():
    assert normal_name(" Kim  Jong-un ") == "kim jong un"
    assert normal_outlet("Liputan6.com") == normal_outlet("LIPUTAN6") == "liputan6"
    assert trim('x "Halo," y', 2, 9) == (3, 7)


def _write(tmp_path, name: str, data: object) -> None:
    (tmp_path / name).write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")


@pytest.mark.parametrize(
    "content,message",
    [
        ("not json", "cannot read a JSON gold file"),
        ({"text": "abc"}, "'quotes' list"),
        ({"text": "abc", "quotes": [{"start": 0, "end": 2, "text": "xy", "kind": "direct"}]}, "not the quote's text"),
        ({"text": "abc", "quotes": [{"start": 0, "end": 2}]}, "needs start, end, text and kind"),
    ],
)
def test_bad_gold_files_say_what_is_wrong(tmp_path, content, message):
    _write(tmp_path, "bad.json", content)
    with pytest.raises(GoldFormatError, match=message):
        load_gold([tmp_path])


def test_cli_evaluate_scores_a_gold_folder(tmp_path, capsys):
    quote = TEXT[slice(*QUOTE_B)]
    _write(tmp_path, "a.json", {"id": "a", "text": TEXT, "publisher": None, "quotes": [
        {"start": QUOTE_B[0], "end": QUOTE_B[1], "text": quote, "kind": "direct", "speaker": "Budi Santoso",
         "aliases": [], "role": None, "cue": "kata", "outlet": None, "optional": False}]})
    assert main(["evaluate", str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["docs"] == 1 and figures["detection"]["tp"] == 1 and figures["end_to_end"]["tp"] == 1
    assert main(["evaluate", str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "end_to_end" in out and "docs 1, gold quotes 1" in out


def test_cli_evaluate_reports_bad_gold_with_status_2(tmp_path, capsys):
    _write(tmp_path, "bad.json", "not json")
    assert main(["evaluate", str(tmp_path)]) == 2
    assert "cannot read a JSON gold file" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "missing")]) == 2
