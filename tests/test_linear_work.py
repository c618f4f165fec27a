"""Work grows linearly with input size on hostile text, counted without a clock.

Wall-clock assertions are noise on a shared machine, so these tests count the
Python lines ``extract`` executes (``sys.settrace``, generator expressions
included) and the C functions it calls (``sys.setprofile``) at two sizes of
each adversarial family. A loop that rescans earlier text or earlier results
for every new quote mark, cue word or back-reference shows up as work growing
with the square of the size.
``benchmarks/adversarial.py`` measures seconds per MB for the same families.
"""

import sys

import pytest

import quotex
from adversarial import FAMILIES

pytestmark = pytest.mark.usefixtures("hang_guard")

SMALL, GROWTH = 3_000, 4
#: Linear work gives a ratio near GROWTH (3.5-4.1 on every family today); quadratic work pushes it towards GROWTH**2.
#: The counts are deterministic, so the margin can be tight without flaking.
MAX_RATIO = GROWTH * 1.15


def _calls(text: str) -> int:
    """Python lines executed plus C functions called while extracting ``text``."""
    count = 0

    def tally(frame, event, arg):
        nonlocal count
        count += 1
        return tally  # trace lines inside every frame, generator expressions included

    def tally_c(frame, event, arg):
        nonlocal count
        if event == "c_call":
            count += 1

    sys.settrace(tally)
    sys.setprofile(tally_c)
    try:
        quotex.extract(text)
    finally:
        sys.settrace(None)
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


def _assert_scan_grows_linearly(monkeypatch, module, name: str, family: str) -> None:
    """Characters searched by ``module.name`` at two sizes of ``family`` grow no faster than the text."""
    scanned = []
    for size in (SMALL, SMALL * GROWTH):
        counter = _ScanCounter(getattr(module, name))
        monkeypatch.setattr(module, name, counter)
        quotex.extract(FAMILIES[family](size))
        scanned.append(counter.scanned)
        monkeypatch.undo()
    assert scanned[1] <= MAX_RATIO * max(scanned[0], 1), f"{family}: scanned {scanned[0]} then {scanned[1]} characters"


@pytest.mark.parametrize("family", ["opening marks before words", "deeply nested quotes", "alternating mark styles"])
def test_sentence_break_search_inside_an_open_quote_never_rescans(family, monkeypatch):
    """An open quote meeting more opening marks resumes its sentence-break search where it stopped."""
    from quotex import quote_spans

    _assert_scan_grows_linearly(monkeypatch, quote_spans, "_SENTENCE_INSIDE", family)


@pytest.mark.parametrize("family", ["alternating mark styles", "alternating marks with words", "quote marks in a row"])
def test_verb_search_after_each_quote_stays_near_the_quote(family, monkeypatch):
    """The check for a verb after a quote's speaker looks a bounded way ahead, not to the sentence end."""
    from quotex import attribute

    _assert_scan_grows_linearly(monkeypatch, attribute, "_SPEECH_WORD", family)


@pytest.mark.parametrize("size", [50, 3_000])
def test_tokenize_builds_no_more_tokens_than_asked_for(size, monkeypatch):
    """A run of marks with no space is one piece of text; tokens past the limit must not be built."""
    from quotex.speakers import tokens

    built = []

    class CountingToken(tokens.Token):
        __slots__ = ()

        def __init__(self, *args):
            built.append(args)
            super().__init__(*args)

    monkeypatch.setattr(tokens, "Token", CountingToken)
    text = FAMILIES["alternating mark styles"](size)
    assert len(tokens.tokenize(text, 0, len(text), limit=4)) == 4
    assert len(built) == 4
