"""Sorted-interval lookups that keep attribution linear on hostile text.

A paragraph can hold thousands of quote marks and a "sentence" can run for a
megabyte; scanning every quote or every claimed range for each cue word made
such input quadratic. These two structures answer the same questions with a
binary search instead.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from quotex.quote_spans import QuoteSpan

__all__ = ["QuoteIndex", "IntervalSet"]


class QuoteIndex:
    """The top-level quote spans of one paragraph (in order, never overlapping)."""

    def __init__(self, quotes: Sequence[QuoteSpan]):
        self.quotes = list(quotes)
        self._opens = [q.open for q in self.quotes]
        self._closes = [q.close for q in self.quotes]

    def __len__(self) -> int:
        return len(self.quotes)

    def opening_in(self, start: int, end: int) -> list[QuoteSpan]:
        """Quotes whose opening mark lies in ``[start, end)``."""
        return self.quotes[bisect_left(self._opens, start) : bisect_left(self._opens, end)]

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quote, marks included (``open <= pos < close``)."""
        i = bisect_right(self._opens, pos) - 1
        return i >= 0 and pos < self._closes[i]

    def within(self, start: int, end: int) -> list[QuoteSpan]:
        """Quotes lying wholly inside ``[start, end]``."""
        i = bisect_left(self._opens, start)
        j = bisect_right(self._closes, end)
        return self.quotes[i:j] if i < j else []

    def clause_start(self, start: int, pos: int) -> int:
        """Where the clause before ``pos`` starts: ``start``, or after the last quote closing in ``[start, pos]``."""
        close = self.last_close_between(start, pos)
        return start if close is None else max(start, close)

    def last_close_between(self, start: int, pos: int) -> int | None:
        """The latest closing position in ``[start, pos]``, if any quote closes there."""
        i = bisect_right(self._closes, pos) - 1
        if i >= 0 and self._closes[i] >= start:
            return self._closes[i]
        return None


class IntervalSet:
    """A growing union of ``[start, end)`` ranges with logarithmic overlap queries."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []  # parallel to _starts; ranges kept disjoint and sorted

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``, merging it with every range it overlaps."""
        i = bisect_right(self._ends, start)  # first range that ends after start
        j = bisect_left(self._starts, end)  # ranges before j start before end
        if i < j:
            start = min(start, self._starts[i])
            end = max(end, self._ends[j - 1])
            del self._starts[i:j], self._ends[i:j]
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any part of ``[start, end)`` is in the set (an empty range never is)."""
        i = bisect_right(self._ends, start)  # first range ending after start
        return i < len(self._starts) and self._starts[i] < end and start < end

    def contains(self, pos: int) -> bool:
        """Whether ``pos`` lies in the set."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def first_start_in(self, start: int, end: int) -> int | None:
        """The first range start within ``[start, end)``, if any."""
        i = bisect_left(self._starts, start)
        if i < len(self._starts) and self._starts[i] < end:
            return self._starts[i]
        return None

    def last_end_at_or_before(self, pos: int) -> int | None:
        """The latest range end that is ``<= pos``, if any."""
        i = bisect_right(self._ends, pos) - 1
        return self._ends[i] if i >= 0 else None
