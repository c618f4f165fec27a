"""The people narration makes its topic between two quotes: subjects of its sentences.

``Toto Sugito yakin, pandemi …  “…,” katanya.``: the pronoun cue means the person the
narration just named as a subject, not the last person quoted before. A subject here is
a person's phrase at the start of a sentence or of a comma-separated part, followed by
a lower-case word (its verb) or a comma: ``Kamil juga menyatakan``, ``Bagi Toto, …``.
Objects (``kepada Kementerian Kesehatan``, ``dengan Evan``) are never at such a start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from quotex.attribute import BACK_REFERENCE, DATELINE_PREFIX
from quotex.lang.id import function_words, titles
from quotex.lang.id.common_words import is_common
from quotex.segment import is_link_line
from quotex.speakers import SpeakerPhrase, names_a_person, read_speaker

#: How far back narration is read for a subject.
WINDOW = 1000
#: How many parts (sentences and comma-separated pieces), from the nearest, are read for a subject.
MAX_PARTS = 12
#: What ends the part before a subject: a sentence mark, a comma or a line break.
_PART_END = re.compile(r"[.!?,\n]")
_CLOSING_MARKS = "\"”’"
_OPENER = regex.compile(r"(\p{L}+)[ \t]+(?=\p{Lu})")
_LOWER_WORD = regex.compile(r"\p{Ll}+")
_WORD = regex.compile(r"\w+(?:[-’']\w+)*")  # "Co-Founder" is one word


def _part_starts(text: str, floor: int, end: int) -> Iterator[int]:
    """Where a subject may start in ``[floor, end)``, last first: after a line break, a sentence mark
    or a comma (and the space after it), before a capital letter; and at ``floor`` when a line starts there."""
    marks = [m.start() for m in _PART_END.finditer(text, floor, end)]
    for mark in reversed(marks):
        pos = mark + 1
        if text[mark] in ".!?" and pos < end and text[pos] in _CLOSING_MARKS:
            pos += 1
        if text[mark] != "\n":
            if text[pos : pos + 1] not in (" ", "\t", "\n"):
                continue  # "3.5", "Rp1,5": no part ends here
        while pos < end and text[pos] in " \t":
            pos += 1
        if pos < end and text[pos].isupper():
            yield pos
    if floor == 0 and (dateline := DATELINE_PREFIX.match(text, 0, end)) is not None and text[dateline.end() : dateline.end() + 1].isupper():
        yield dateline.end()  # "REPUBLIKA.CO.ID, JAKARTA -- Presiden Joko Widodo menyadari …": the first sentence's subject
    if (floor == 0 or text[floor - 1] == "\n") and floor < end and text[floor].isupper():
        yield floor


#: Words before a subject that are not part of it: ``Bagi Toto``, ``Menurut Kamil``.
_OPENERS = function_words.CLAUSE_OPENERS | {"menurut"}
#: Lower-case words that may follow a subject: anything but a preposition that makes it an object.
_NOT_AFTER_SUBJECT = frozenset({"dan", "atau", "serta", "dari", "untuk", "kepada", "dengan", "yang"})
#: Words that may close a title after a subject's name before its comma: ``… untuk Gili,``.
_PLACE_WORDS = frozenset({"untuk", "dari", "di", "pada"})


#: A comma-separated part of capitalised words only, right before ``pos``: ``Abdian Saputra, ``.
_CAPITALISED_PART_BEFORE = regex.compile(r"(?:^|[.!?,(\n])[ \t]*(?:\p{Lu}[\w'’.-]*[ \t]+)*\p{Lu}[\w'’.-]*,[ \t]*\Z", regex.REVERSE)


def _after_a_name_or_item(text: str, pos: int) -> bool:
    """Whether the part at ``pos`` follows a part that is only a name or a list item.

    ``Abdian Saputra, Koordinator Ekajaya Fast Boat …``: an apposition of the name before;
    ``Dharma Niaga, Rotterdamsche Lloyd, …``: an item of a list. Neither is a subject.
    """
    if text[pos - 2 : pos - 1] != ",":
        return False
    part = _CAPITALISED_PART_BEFORE.search(text, max(0, pos - 80), pos)
    if part is None:
        return False
    words = [w.lower() for w in _WORD.findall(text, part.start(), pos)]
    # "Bagi Toto, pandemi …" opens a clause; "Ya, Marc Klok …" is no name before
    return bool(words) and words[0] not in _OPENERS and not all(is_common(w) for w in words)


def _followed_by_predicate(text: str, end: int, limit: int) -> bool:
    """Whether a lower-case word (not a connective) or a comma comes right after ``end``."""
    rest = text[end : min(limit, end + 40)].lstrip(" \t")
    if rest.startswith(","):
        return True
    word = _LOWER_WORD.match(rest)
    if word is None:
        return False
    if word.group() in _PLACE_WORDS:
        # "Abdian Saputra, Koordinator … Fast Boat untuk Gili, juga menyampaikan": the rest of a title, then a comma
        comma = rest.find(",", 0, 40)
        return comma > 0 and not any(mark in rest[:comma] for mark in ".!?\n")
    return word.group() not in _NOT_AFTER_SUBJECT


def _in_related_link(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a line linking other articles (``Baca juga: <headline>``): no narration."""
    return is_link_line(text, text.rfind("\n", 0, pos) + 1)


def narrative_subjects(text: str, start: int, end: int) -> Iterator[SpeakerPhrase]:
    """Person phrases in subject position in ``text[start:end]``, last first."""
    floor = max(start, end - WINDOW)
    for tried, pos in enumerate(_part_starts(text, floor, end)):
        if tried >= MAX_PARTS:
            return  # a long list of names ("Australia, Jepang, Prancis, …"): the subject is nearer than this
        if _after_a_name_or_item(text, pos) or _in_related_link(text, pos):
            continue
        opener = _OPENER.match(text, pos, end)
        if opener and opener.group(1).lower() in _OPENERS:
            pos = opener.end()  # "Bagi Toto, …" / "Menurut Kamil …"
        passive = BACK_REFERENCE.match(text, pos, end)
        if passive is not None:
            pos = passive.end()  # "Hal senada disampaikan Rizki Rifai (19), …": the one who said it
        first = _WORD.match(text, pos, end)
        if first is None:
            continue
        word = first.group().lower()
        if is_common(word) and word not in titles.ROLE_WORDS and word not in titles.HONORIFICS:
            # "Praktis Bima Arya …": past a common word, a name must follow at once
            after = first.end() + 1
            if not text[after : after + 1].isupper() or text[first.end() : after] != " ":
                continue
            pos = after
        phrase = read_speaker(text, pos, end)
        if phrase is None or phrase.kind != "person" or not phrase.name or phrase.name_start < 0:
            continue
        if not names_a_person(text, phrase.name_start, phrase.name_end):
            continue  # "Kartu Prakerja", "Kebijakan BI": no one's name
        if passive is not None or _followed_by_predicate(text, phrase.end, end):
            yield phrase
