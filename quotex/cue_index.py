"""Where a document's cue words are (one scan, then lookups), and which ranges hold a quote mark.

Attribution reads a sentence only where it can find something: a quote mark, a
speech verb, a passive cue, ``menurut``, or a cue after a comma (``…, kata X``).
Finding these once per document, in the case-folded text, costs less than
scanning every sentence with every rule; and most paragraphs of news hold none
of them, so they are skipped whole. Plain data in (the case-folded text), positions out.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import regex

from quotex.lang.id import cues
from quotex.quote_spans import mark_positions
from quotex.wordsets import alternation, prefix_led_patterns

__all__ = ["CueIndex"]

_SPEECH = frozenset(w.lower() for w in cues.SPEECH_VERBS)
_PASSIVE = frozenset(w.lower() for w in cues.PASSIVE_CUES)
_ACCORDING_TO = frozenset(w.lower() for w in cues.ACCORDING_TO)
_WORD_CHAR = regex.compile(r"\w")
#: A cue after a comma: ``…, kata``; or one of the few that open a sentence (``Kata Prabowo, …``),
#: found at the cue itself. Without the comma these words are everyday nouns
#: and verbs (``nilai``, ``harapan``) and start no attribution on their own. The
#: space may not be a line break: a cue belongs to its comma's paragraph.
_CUE_AFTER_COMMA = re.compile(r",[^\S\n]*(?:" + alternation(w.lower() for w in cues.AFTER_CUES) + ")")
#: The cues that may open a sentence (``Kata Prabowo, …``), each with the space after it.
_OPENING_CUES = tuple(w.lower() + " " for w in cues.OPENING_CUES)
_SENTENCE_MARKS = ".!?"
_CLOSING_QUOTES = "\"”’"


def _opening_cues(lowered: str) -> list[int]:
    """Where a cue opens a sentence: at the text's start or a line's (after spaces), or after a
    sentence mark (and a closing quote) and a space; a word follows it after spaces.

    Found by a substring search for each cue, then a look around it: a pattern's scan of the
    whole text for sentence starts costs half as much again.
    """
    found = []
    size = len(lowered)
    for cue in _OPENING_CUES:
        pos = lowered.find(cue)
        while pos >= 0:
            before = pos - 1
            while before >= 0 and lowered[before] == " ":
                before -= 1
            mark = lowered[before] if before >= 0 else "\n"
            opens = mark == "\n" or (before < pos - 1 and (
                mark in _SENTENCE_MARKS or (mark in _CLOSING_QUOTES and before > 0 and lowered[before - 1] in _SENTENCE_MARKS)
            ))
            if opens:
                after = pos + len(cue)
                while after < size and lowered[after] == " ":
                    after += 1
                if after < size and (lowered[after].isalnum() or lowered[after] == "_"):
                    found.append(pos)
            pos = lowered.find(cue, pos + 1)
    found.sort()
    return found


#: Words that start a cue anywhere in a sentence, found by literal prefix (the longest listed
#: word at each place). No ``\b``: :func:`_starts_word` drops the matches inside a word, and
#: as every listed word is all word characters, such a match ends inside its own word and so
#: never hides a match at the next word's start (a test checks that the lists hold single words).
_CUE_WORDS = prefix_led_patterns(_SPEECH | _PASSIVE | _ACCORDING_TO)


#: The ASCII word characters as the pattern sees them: an ASCII character before a cue
#: (nearly always a space) is looked up here rather than matched, which costs a tenth.
_ASCII_WORD = frozenset(c for c in map(chr, range(128)) if _WORD_CHAR.match(c))


def _starts_word(lowered: str, pos: int) -> bool:
    """Whether a word starts at ``pos`` (``\\b`` before a word character)."""
    if pos == 0:
        return True
    before = lowered[pos - 1]
    if before.isascii():
        return before not in _ASCII_WORD
    return _WORD_CHAR.match(before) is None


def _between(positions: list[int], start: int, end: int) -> list[int]:
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


def _any_between(positions: list[int], start: int, end: int) -> bool:
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


class CueIndex:
    """The cue positions of one case-folded document, by kind, in order; and which ranges hold a cue or a quote mark."""

    __slots__ = ("lowered", "cues", "speech", "passive", "according_to", "after_comma", "marks")

    def __init__(self, lowered: str):
        self.speech: list[int] = []  #: speech verbs (``mengatakan``), or words they begin
        self.passive: list[int] = []  #: passive cues (``dikatakan``)
        self.according_to: list[int] = []  #: ``menurut``
        for pattern in _CUE_WORDS:
            for match in pattern.finditer(lowered):
                if not _starts_word(lowered, match.start()):
                    continue
                word = match.group()
                kind = self.speech if word in _SPEECH else self.passive if word in _PASSIVE else self.according_to
                kind.append(match.start())
        self.speech.sort()  # each pattern finds its words in order; the patterns interleave
        self.passive.sort()
        self.according_to.sort()
        #: the commas before a cue, and the cues that open a sentence
        self.after_comma = [m.start() for m in _CUE_AFTER_COMMA.finditer(lowered)]
        opening = _opening_cues(lowered)
        if opening:
            self.after_comma = sorted(self.after_comma + opening)
        self.lowered = lowered
        self.cues = sorted(self.speech + self.passive + self.according_to + self.after_comma)  #: all cues
        self.marks = mark_positions(lowered)  #: every quote mark

    def readable(self, ranges: list[tuple[int, int]]) -> list[bool]:
        """For each of ``ranges`` (in text order, not overlapping): does it hold a cue or a quote mark?

        Attribution can start from nothing else. One walk over the cues and marks, not a search per range.
        """
        found = []
        cues, marks = self.cues, self.marks
        cue_count, mark_count, c, m = len(cues), len(marks), 0, 0
        for start, end in ranges:
            while c < cue_count and cues[c] < start:
                c += 1
            while m < mark_count and marks[m] < start:
                m += 1
            found.append((c < cue_count and cues[c] < end) or (m < mark_count and marks[m] < end))
        return found

    def marks_in(self, start: int, end: int) -> list[int]:
        """Positions of the quote marks in ``[start, end)``, in order."""
        return _between(self.marks, start, end)

    def any_cue_in(self, start: int, end: int) -> bool:
        """Whether a cue of any kind starts in ``[start, end)``."""
        return _any_between(self.cues, start, end)

    def speech_in(self, start: int, end: int) -> list[int]:
        return _between(self.speech, start, end)

    def passive_in(self, start: int, end: int) -> list[int]:
        return _between(self.passive, start, end)

    def according_to_in(self, start: int, end: int) -> list[int]:
        return _between(self.according_to, start, end)

    def after_comma_in(self, start: int, end: int) -> list[int]:
        return _between(self.after_comma, start, end)
