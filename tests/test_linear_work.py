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
