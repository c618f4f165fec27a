"""Stage 3: find the spans between quotation marks in one paragraph.

Handles every mark style, ``”`` used as an opener, apostrophes inside words,
nested marks, and quotes that never close (they run to the paragraph's end,
or to a cue that the writer forgot to close before: ``"Ya, kata dia.``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotex.lang.id import cues, quote_marks


@attrs.frozen
class QuoteSpan:
    """Marks at ``open`` and ``close - 1``; the words in ``[start, end)``."""

    open: int
    start: int
    end: int
    close: int
    closed: bool
    double: bool


_OPEN_CONTEXT = frozenset(" \t\n([{<—–-/:;,=")
_FORGOTTEN_CLOSE = regex.compile(
    r"[,.!?]\s+(?:" + "|".join(sorted(cues.AFTER_CUES, key=len, reverse=True)) + r")(?:nya)?\b(?=[^\"“”]{0,150}$)",
    regex.IGNORECASE,
)
_MAX_SINGLE_WORDS = 60
_SENTENCE_INSIDE = regex.compile(r"[.!?]\s")
_CUE_WORDS = "|".join(sorted(cues.AFTER_CUES, key=len, reverse=True))
#: A cue right after a mark: the mark closes the quote before it, though a space stands before
#: it and none after (``”Di semua masjid sudah diberitahukan, “ucapnya.``, a style of scrape).
_CUE_AFTER_MARK = regex.compile(r"(?:" + _CUE_WORDS + r")(?:nya)?\b", regex.IGNORECASE)
#: After a sentence's end, a mark with a space after it opens a quote when such a spaced close
#: ends it in the paragraph: ``… Covid-19.” Sampai saat ini kami masih melakukan tracing, “ujarnya.``
_SPACED_QUOTE_AHEAD = regex.compile(
    r"[ \t]+\p{Lu}[^\"“”\n]{0,400}?[,.!?][ \t]+[\"“”](?:" + _CUE_WORDS + r")(?:nya)?\b", regex.IGNORECASE
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _make(text: str, open_: int, close: int, closed: bool, double: bool) -> QuoteSpan | None:
    start, end = _trim(text, open_ + 1, close - 1 if closed else close)
    if start >= end:
        return None
    return QuoteSpan(open_, start, end, close, closed, double)


def _unclosed(text: str, open_: int, end: int) -> QuoteSpan | None:
    """An unclosed double quote: up to a forgotten cue, else to the paragraph end."""
    cue = None
    for cue in _FORGOTTEN_CLOSE.finditer(text, open_ + 1, end):
        pass
    if cue is not None:
        stop = cue.start() + (0 if text[cue.start()] == "," else 1)
        span = _make(text, open_, stop, False, True)
        if span is not None:
            return QuoteSpan(span.open, span.start, span.end, stop, False, True)
    return _make(text, open_, end, False, True)


def mark_positions(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where the quote marks of ``text[start:end]`` are, in order.

    Each mark is looked for on its own with ``str.find`` (a memchr-fast search): four
    times faster than a character-class scan, and most texts hold few marks.
    """
    end = len(text) if end is None else end
    found: list[int] = []
    find = text.find
    for mark in quote_marks.ALL:
        if mark not in text:  # most marks are in no document: the plain test costs least
            continue
        i = find(mark, start, end)
        while i >= 0:
            found.append(i)
            i = find(mark, i + 1, end)
    found.sort()
    return found


def _curly_close_before_cue(text: str, marks: Sequence[int], k: int, end: int) -> bool:
    """Whether the mark after ``marks[k - 1]`` is a closing ``”`` right before a cue (``,” tulis Trump``)."""
    if k >= len(marks) or text[marks[k]] not in quote_marks.DOUBLE_CLOSERS:
        return False
    after = marks[k] + 1
    while after < end and text[after] == " ":
        after += 1
    return after > marks[k] + 1 and _CUE_AFTER_MARK.match(text, after, end) is not None


def find_quote_spans(text: str, start: int, end: int, marks: Sequence[int] | None = None) -> list[QuoteSpan]:
    """Top-level quote spans in ``text[start:end]``, in order, never overlapping.

    ``marks``: the positions of the quote marks in that range (:func:`mark_positions`),
    when the caller has them.
    """
    if marks is None:
        marks = mark_positions(text, start, end)
    spans: list[QuoteSpan] = []
    double_open = -1  # position of the open double mark, or -1
    single_open = -1
    nested = 0
    scanned = start  # the open quote has no sentence break before here (keeps the scan linear)
    for k, i in enumerate(marks):
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        can_open = (prev in _OPEN_CONTEXT or prev.isspace() or prev in quote_marks.ALL) and not nxt.isspace()
        can_close = not prev.isspace() and not nxt.isalnum()
        is_double = ch in quote_marks.DOUBLE
        if not is_double and prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe: Jum'at, Qur'an
        if double_open >= 0:
            if not is_double:
                continue  # single marks inside a double quote are content
            if can_open and not can_close and i - 2 >= start and text[i - 2] in ",.!?" and _CUE_AFTER_MARK.match(text, i + 1, end):
                span = _make(text, double_open, i + 1, True, True)  # a spaced close before its cue
                if span:
                    spans.append(span)
                double_open = -1
                continue
            if can_open and not can_close and ch not in quote_marks.DOUBLE_CLOSERS:
                if _SENTENCE_INSIDE.search(text, max(double_open, scanned), i):
                    # a new quote after a forgotten close: end the old one here
                    span = _unclosed(text, double_open, i)
                    if span:
                        spans.append(span)
                    double_open, nested = i, 0
                else:
                    nested += 1
                    scanned = i
                continue
            if nested:
                nested -= 1
                continue
            if ch == '"' and text[double_open] == '"' and _curly_close_before_cue(text, marks, k + 1, end):
                continue  # '"Terlambat" Jerome Powell merugikan …,” tulis Trump': the straight pair is inside the quote
            span = _make(text, double_open, i + 1, True, True)
            if span:
                spans.append(span)
            double_open = -1
            continue
        if single_open >= 0:
            if is_double:
                single_open = -1  # the single mark was an apostrophe after all
            elif can_close:
                span = _make(text, single_open, i + 1, True, False)
                if span and len(text[span.start : span.end].split()) <= _MAX_SINGLE_WORDS:
                    spans.append(span)
                single_open = -1
                continue
            else:
                continue
        if is_double:
            if ch in quote_marks.DOUBLE_OPENERS or can_open or not can_close:
                double_open, nested = i, 0
            elif prev in ".!?" and nxt in " \t" and _SPACED_QUOTE_AHEAD.match(text, i + 1, end):
                double_open, nested = i, 0  # a spaced open after a sentence, closed by a spaced close before a cue
        elif ch in quote_marks.SINGLE_OPENERS and not nxt.isspace():
            single_open = i
        elif can_open and nxt.isalnum():
            single_open = i
    if double_open >= 0:
        span = _unclosed(text, double_open, end)
        if span:
            spans.append(span)
    return spans
