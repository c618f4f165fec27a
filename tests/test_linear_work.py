"""Work grows linearly with input size on hostile text, counted without a clock.

Wall-clock assertions are noise on a shared machine, so these tests count the
Python and C function calls ``extract`` makes (``sys.setprofile``) at two sizes
of each adversarial family. A loop that rescans earlier text for every new
quote mark or cue word shows up as calls growing with the square of the size.
``benchmarks/adversarial.py`` measures seconds per MB for the same families.
"""

import sys

import pytest

import quotex
from adversarial import FAMILIES

pytestmark = pytest.mark.usefixtures("hang_guard")

SMALL, GROWTH = 3_000, 4
#: Linear work gives a ratio near GROWTH; quadratic work gives near GROWTH**2.
MAX_RATIO = GROWTH * 1.5


def _calls(text: str) -> int:
    count = 0

    def tally(frame, event, arg):
        nonlocal count
        count += 1

    sys.setprofile(tally)
    try:
        quotex.extract(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_calls_grow_linearly_with_size(family):
    generate = FAMILIES[family]
    small, large = _calls(generate(SMALL)), _calls(generate(SMALL * GROWTH))
    assert large <= MAX_RATIO * small, f"{family}: {small} calls at {SMALL} chars, {large} at {SMALL * GROWTH}"


class _ScanCounter:
    """Stands in for a compiled pattern and adds up how many characters its searches cover."""

    def __init__(self, pattern):
        self.pattern, self.scanned = pattern, 0

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        self.scanned += max(0, end - pos)
        return self.pattern.search(text, pos, end)


@pytest.mark.parametrize("family", ["opening marks before words", "deeply nested quotes", "alternating mark styles"])
def test_sentence_break_search_inside_an_open_quote_never_rescans(family, monkeypatch):
    """An open quote meeting more opening marks resumes its sentence-break search where it stopped."""
    from quotex import quote_spans

    scanned = []
    for size in (SMALL, SMALL * GROWTH):
        counter = _ScanCounter(quote_spans._SENTENCE_INSIDE)
        monkeypatch.setattr(quote_spans, "_SENTENCE_INSIDE", counter)
        quotex.extract(FAMILIES[family](size))
        scanned.append(counter.scanned)
    assert scanned[1] <= MAX_RATIO * max(scanned[0], 1), f"{family}: scanned {scanned[0]} then {scanned[1]} characters"
