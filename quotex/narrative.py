"""The people narration makes its topic between two quotes: subjects of its sentences.

``Toto Sugito yakin, pandemi …  “…,” katanya.``: the pronoun cue means the person the
narration just named as a subject, not the last person quoted before. A subject here is
a person's phrase at the start of a sentence or of a comma-separated part, followed by
a lower-case word (its verb) or a comma: ``Kamil juga menyatakan``, ``Bagi Toto, …``.
Objects (``kepada Kementerian Kesehatan``, ``dengan Evan``) are never at such a start.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from quotex.lang.id import function_words
from quotex.mentions import SpeakerPhrase, names_a_person, opens_with_common_word, read_speaker

#: How far back narration is read for a subject.
WINDOW = 1500
#: Where a subject may start: a sentence or line start, or after a comma, before a capital letter.
_PART_START = regex.compile(r"(?:^|(?<=[.!?][\"”’]?\s)|(?<=\n)|(?<=,\s))[ \t]*(?=\p{Lu})", regex.MULTILINE)
_OPENER = regex.compile(r"(\p{L}+)[ \t]+(?=\p{Lu})")
#: Words before a subject that are not part of it: ``Bagi Toto``, ``Menurut Kamil``.
_OPENERS = function_words.CLAUSE_OPENERS | {"menurut"}
#: Lower-case words that may follow a subject: anything but a preposition that makes it an object.
_NOT_AFTER_SUBJECT = frozenset({"dan", "atau", "serta", "dari", "untuk", "kepada", "dengan", "yang"})


def _followed_by_predicate(text: str, end: int, limit: int) -> bool:
    """Whether a lower-case word (not a connective) or a comma comes right after ``end``."""
    rest = text[end : min(limit, end + 40)].lstrip(" \t")
    if rest.startswith(","):
        return True
    word = regex.match(r"\p{Ll}+", rest)
    return word is not None and word.group() not in _NOT_AFTER_SUBJECT


def narrative_subjects(text: str, start: int, end: int) -> Iterator[SpeakerPhrase]:
    """Person phrases in subject position in ``text[start:end]``, last first."""
    floor = max(start, end - WINDOW)
    starts = [m.end() for m in _PART_START.finditer(text, floor, end)]
    for pos in reversed(starts):
        opener = _OPENER.match(text, pos, end)
        if opener and opener.group(1).lower() in _OPENERS:
            pos = opener.end()  # "Bagi Toto, …" / "Menurut Kamil …"
        pos = opens_with_common_word(text, pos, end)  # "Praktis Bima Arya …"
        phrase = read_speaker(text, pos, end)
        if phrase is None or phrase.kind != "person" or not phrase.name or phrase.name_start < 0:
            continue
        if not names_a_person(text, phrase.name_start, phrase.name_end):
            continue  # "Kartu Prakerja", "Kebijakan BI": no one's name
        if _followed_by_predicate(text, phrase.end, end):
            yield phrase
