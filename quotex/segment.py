"""Stage 2: split normalized text into paragraphs and, inside them, sentences.

Sentences never break inside a quote span, so ``"A. B," kata X.`` is one
sentence; that keeps a quote next to its cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from quotex.lang.id import cues, function_words, quote_marks
from quotex.quote_spans import QuoteSpan


class Span(NamedTuple):
    """A ``[start, end)`` range of the normalized text.

    A named pair rather than an attrs class: half a million are made on a large
    archive, and a tuple is made at half the cost and hashed in C.
    """

    start: int
    end: int


#: The leading lookahead changes nothing it matches, but lets the engine jump between
#: candidate characters: a third faster.
_END_MARKS = ".!?…"
_SENTENCE_END = regex.compile(rf"""(?=[{_END_MARKS}])[{_END_MARKS}]+["”’'»)\]]*(?=\s+["“”‘'«(\[]?[\p{{Lu}}\p{{N}}])""")
#: Any mark that can end a sentence (``_SENTENCE_END`` starts with one).
_END_MARK = re.compile(f"[{_END_MARKS}]")
#: A line from its first to its last non-space character (``\s`` as ``str.strip`` sees it).
_PARAGRAPH = re.compile(r"[^\s](?:[^\n]*[^\s])?")
#: The word (with its dots) that ends right before a period, read backwards: one attempt, not twelve.
_WORD_BEFORE = regex.compile(r"([\w.]+)\Z", regex.REVERSE)
_WORD_AFTER = regex.compile(r"\s+[\"“”‘'«(\[]?(\w+)")
#: Words that keep a closing quote's sentence open: '"…." Demikian kata X', '"…?" tanyanya'.
_NO_BREAK_BEFORE = frozenset(cues.AFTER_CUES) | frozenset(c + "nya" for c in cues.AFTER_CUES) | {"demikian"}

#: A line linking other articles: ``Baca juga …``, or a video prompt before its quoted headline or a colon.
_LINK_LINE = regex.compile(
    rf"{regex.escape(function_words.RELATED_LINK)}"
    rf"|(?:{'|'.join(regex.escape(prompt) for prompt in function_words.MEDIA_PROMPTS)})"
    rf"\s*[:{regex.escape(quote_marks.ALL)}]",
    regex.IGNORECASE,
)
#: The letters a link line can open with.
_LINK_INITIALS = frozenset(c for marker in (function_words.RELATED_LINK, *function_words.MEDIA_PROMPTS) for c in (marker[0], marker[0].upper()))
#: A line that holds only the marker: the linked headline is on the next line.
_BARE_MARKER = regex.compile(rf"[ \t]*{regex.escape(function_words.RELATED_LINK)}[ \t]*:?[ \t]*\n", regex.IGNORECASE)


def is_link_line(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` links other articles: headlines, neither quotes nor narration (GUIDELINES 1.2).

    ``Baca juga:`` alone on a line puts its headline on the next one; a next line that ends like
    a sentence (``.``, a closing mark) is the article going on where a scrape dropped the headline.
    """
    if text[line_start : line_start + 1] in _LINK_INITIALS and _LINK_LINE.match(text, line_start) is not None:
        return True  # (most lines open with another letter: no pattern run for them)
    if line_start < 2:
        return False
    previous = text.rfind("\n", 0, line_start - 1) + 1
    if line_start - previous > 20 or text[previous] not in "bB \t" or _BARE_MARKER.match(text, previous, line_start) is None:
        return False
    line_end = text.find("\n", line_start)
    last = text[line_start : len(text) if line_end < 0 else line_end].rstrip()[-1:]
    return last.isalnum() or last in "?!)"


def strip_span(text: str, start: int, end: int, lead: str = ",:;") -> tuple[int, int]:
    """``[start, end)`` without surrounding white space, leading ``lead`` and trailing ``.,;:``."""
    while start < end and (text[start].isspace() or text[start] in lead):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line, trimmed of surrounding white space."""
    return [match.span() for match in _PARAGRAPH.finditer(text)]


def split_paragraphs(text: str) -> Iterator[Span]:
    """Non-blank lines, trimmed of surrounding white space."""
    for start, end in paragraph_bounds(text):
        yield Span(start, end)


def _is_abbreviation(text: str, period: int, floor: int) -> bool:
    match = _WORD_BEFORE.search(text, max(floor, period - 12), period)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "M. Yamin"
    return word in function_words.ABBREVIATIONS


def split_sentences(text: str, paragraph: Span, quotes: Sequence[QuoteSpan]) -> list[Span]:
    """Sentences of one paragraph; a quote span is never cut."""
    if _END_MARK.search(text, paragraph.start, paragraph.end - 1) is None:
        # a sentence ends at a mark with a space and a word after it: without a mark before
        # the last character (two paragraphs in five of those read) the paragraph is one
        # sentence, and the standard library says so faster than the pattern's scan
        return [paragraph] if paragraph.start < paragraph.end else []
    sentences: list[Span] = []
    start = paragraph.start
    q = 0
    for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        cut = match.end()
        while q < len(quotes) and quotes[q].close <= match.start():
            q += 1
        if q < len(quotes) and quotes[q].open < match.start() and cut < quotes[q].close:
            continue  # inside a quote: quotes are never cut
        if q < len(quotes) and match.start() < quotes[q].open < cut:
            cut = quotes[q].open  # ".” Sampai saat ini …": the mark after the period opens the next quote
        if text[match.start()] == "." and match.end() - match.start() == 1 and _is_abbreviation(text, match.start(), start):
            continue
        if text[cut - 1] in "\"”’'»":
            after = _WORD_AFTER.match(text, cut, paragraph.end)
            if after and after.group(1).lower() in _NO_BREAK_BEFORE:
                continue  # '"…." Demikian kata X' keeps the cue with its quote
        sentences.append(Span(start, cut))
        start = cut
        while start < paragraph.end and text[start].isspace():
            start += 1
    if start < paragraph.end:
        sentences.append(Span(start, paragraph.end))
    return sentences
