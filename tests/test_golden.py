"""Golden tests: the five seed articles against hand-checked gold in tests/golden/."""

from pathlib import Path

import pytest

import quotex
from scoring import Scores, load_gold, score

GOLDEN = Path(__file__).parent / "golden"
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def _total() -> Scores:
    total = Scores(0, 0, 0, 0)
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        total = total + score(text, load_gold(GOLDEN / f"{seed.stem}.json", text))
    return total


def test_every_seed_has_gold():
    assert len(SEEDS) == 5
    assert all((GOLDEN / f"{s.stem}.json").exists() for s in SEEDS)


def test_seed_detection_f1_meets_goal():
    p, r, f1 = _total().detection
    assert f1 >= 0.93, (p, r, f1)


def test_seed_end_to_end_f1_meets_goal():
    p, r, f1 = _total().end_to_end
    assert f1 >= 0.90, (p, r, f1)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_publisher(seed):
    import json

    expected = json.loads((GOLDEN / f"{seed.stem}.json").read_text(encoding="utf-8"))["publisher"]
    publisher = quotex.extract(seed.read_text(encoding="utf-8")).publisher
    assert (publisher.name if publisher else None) == expected


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_offsets_slice_the_text(seed):
    text = seed.read_text(encoding="utf-8")
    for q in quotex.extract(text).quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker and q.speaker.mention:
            m = q.speaker.mention
            assert text[m.start : m.end] == m.text
        if q.cue:
            assert text[q.cue.start : q.cue.end] == q.cue.text


def test_kim_is_one_person_and_kim_dong_yup_another(seed_texts):
    text = seed_texts["004_fa1d447b43482f91"]
    quotes = quotex.extract(text).quotes
    kim = [q for q in quotes if q.speaker and q.speaker.name == "Kim Jong Un"]
    dong = [q for q in quotes if q.speaker and q.speaker.name == "Kim Dong-yup"]
    assert kim and dong
    assert {q.speaker.entity for q in kim} != {q.speaker.entity for q in dong}
    assert len({q.speaker.entity for q in kim}) == 1


def test_short_name_resolves_to_fullest_name(seed_texts):
    quotes = quotex.extract(seed_texts["001_f289a60c1eb80260"]).quotes
    names = {q.speaker.name for q in quotes if q.speaker}
    assert "Kim Jong-un" in names and "Vladimir Putin" in names
    assert "Kim" not in names and "Putin" not in names


def test_pronoun_cue_resolves_to_previous_speaker(seed_texts):
    quotes = quotex.extract(seed_texts["002_7e36faed88cf8238"]).quotes
    ujarnya = next(q for q in quotes if q.cue and q.cue.text == "ujarnya")
    assert ujarnya.speaker.name == "Kyrylo Budanov"
    assert ujarnya.speaker.role == "kepala intelijen militer Ukraina"


def test_role_split_from_name(seed_texts):
    quotes = quotex.extract(seed_texts["003_4cf0f42be387b040"]).quotes
    easley = next(q for q in quotes if q.cue and q.cue.text == "terang")
    assert easley.speaker.name == "Leif-Eric Easley"
    assert easley.speaker.role.startswith("profesor studi internasional")
    assert easley.outlet.name == "CNN" and easley.outlet.source == "cited"
