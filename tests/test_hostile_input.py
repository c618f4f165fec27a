"""Hostile and odd inputs keep every promise, including every input the fuzzer found."""

import json
from pathlib import Path

import pytest

import quotex
from adversarial import FAMILIES
from quotex.invariants import find_violations

pytestmark = pytest.mark.usefixtures("hang_guard")


@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize("size", [1, 7, 2_000])
def test_adversarial_families_keep_every_promise(family, size):
    text = FAMILIES[family](size)
    assert find_violations(text, quotex.extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "\ud800",  # a lone surrogate
        '"\x00"',
        '"\udfff kata Budi" kata Budi.',
        "kata" * 50,
        "“" * 3 + "”" * 2,
        '"a", kata "b", kata "c", kata',
        "Menurut , .",
        "TEMPO.CO, Jakarta -",
        "dilansir dikutip kepada dengan di lapor",
        '"Ya," ujarnya.\r\n\r\n\u2028"Tidak," katanya.\u2029',
        "&quot;Ya,&quot; kata Budi.&amp;",
        "\u200b\u200b\u200b",
    ],
)
def test_odd_strings_keep_every_promise(text):
    assert find_violations(text, quotex.extract(text)) == []


def test_find_violations_reports_a_broken_offset():
    text = '"Kami siap," kata Budi Santoso.'
    good = quotex.extract(text)
    assert find_violations(text, good) == []
    shifted = type(good)(quotes=tuple(q.__class__(q.text, q.start + 1, q.end + 1, q.kind) for q in good.quotes))
    assert any("!= its text" in p for p in find_violations(text, shifted))
    assert any("outside text" in p for p in find_violations(text[:5], good))


FUZZ_CASES = sorted((Path(__file__).parent / "fuzz_cases").glob("*.json"))


@pytest.mark.parametrize("case", FUZZ_CASES, ids=[c.stem for c in FUZZ_CASES])
def test_inputs_found_by_fuzzing_finish_and_keep_every_promise(case):
    """Each input the fuzzer once stalled or crashed on (the bug it records is in the file)."""
    text = json.loads(case.read_text(encoding="utf-8"))["text"]
    assert find_violations(text, quotex.extract(text)) == []
