"""The speaker phrase after a cue: ``kata [Presiden Rusia Vladimir Putin]``, ``kata [juru bicara …, Alamsyah]``.

The noun phrase (role words, a name, brackets, connectors), an apposition after it, a
description over several commas before the name, and the split into role and name.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotex.lang.id import function_words, initials, nicknames, outlets, places, pronouns, titles
from quotex.speakers.lists import join_name_lists
from quotex.speakers.tokens import Token, is_acronym, tokenize
from quotex.speakers.names import MAX_INITIALS, NAMED_BY_NEXT, NOT_NAME, are_initials, bare_name, holds_a_name, may_be_name, sentence_adverb, split_role_name

#: Words that open a description a name may follow after commas: titles, institutions, descriptions.
_DESCRIPTION_OPENERS = titles.ROLE_WORDS | titles.INSTITUTION_WORDS | titles.NAMED_BY_NEXT_WORD | titles.REGION_ROLES | pronouns.DESCRIPTORS

#: Quantifiers that open a group: ``para analis``, ``sejumlah pengamat``.
QUANTIFIERS = frozenset({"para", "sejumlah", "beberapa", "banyak", "seluruh", "kalangan", "pihak", "sebagian", "kedua", "segenap", "semua"})
VERB_LIKE = regex.compile(r"(?:me|di|ber|ter)\w{4,}|ke\w{4,}(?<!an)")  # not ke-…-an nouns: "kesehatan"
#: read_speaker reads this many tokens first, then this many, then all (most speaker phrases
#: are short); see :func:`_cut_unseen` for when a step is enough. These steps build the
#: fewest tokens on the corpus.
_SPEAKER_STEPS = (4, 10)
#: How far past a ``(`` the reader looks for its ``)``.
_PAREN_REACH = 8
#: How many comma-separated parts of a description may come before the name.
_MAX_ROLE_PARTS = 4
#: Words that join the last item of a list inside a role: ``Politik, Hukum, dan Keamanan``.
_LIST_JOINERS = frozenset({"dan", "serta"})


@attrs.frozen
class SpeakerPhrase:
    """A phrase naming a source, split into role and name.

    ``kind`` is ``person``, ``organisation``, ``group``, ``pronoun`` or
    ``descriptor`` (``wanita yang …``: points back like a pronoun).
    """

    start: int
    end: int
    kind: str
    name: str | None = None
    name_start: int = -1
    name_end: int = -1
    role: str | None = None
    alias: str | None = None  # an acronym in brackets: ``(JCS)``


def is_role_word(lower: str) -> bool:
    return lower in titles.ROLE_WORDS


def _closing_paren(tokens: Sequence[Token], i: int) -> int:
    """Index of the ``)`` matching ``tokens[i] == '('`` within a few tokens, or -1."""
    for j in range(i + 1, min(len(tokens), i + _PAREN_REACH)):
        if tokens[j].text == ")":
            return j
        if not tokens[j].is_word and tokens[j].text not in "-&/.":
            return -1
    return -1


def read_noun_phrase(tokens: Sequence[Token], i: int) -> int:
    """Index just past the speaker noun phrase starting at ``tokens[i]`` (``i`` if none)."""
    n = len(tokens)
    good = i
    consumed = 0
    saw_cap = False
    name_begun = False  # a word that can only be part of a name: "di", "dari" after it open a place
    lower_run = 0
    while i < n:
        tok = tokens[i]
        low = tok.lower
        if tok.text == "." and consumed and tokens[i - 1].is_word and (
            tokens[i - 1].lower in titles.HONORIFICS or len(tokens[i - 1].text) == 1
        ):
            i += 1
            good = i
            continue
        if tok.text == "(" and consumed:
            close = _closing_paren(tokens, i)
            if close < 0:
                break
            i = close + 1
            good = i
            continue
        if not tok.is_word:
            break
        if tok.text[0].isdigit() and consumed and (saw_cap or lower_run == 0):
            i += 1  # a number inside a title: "Periode 2018-2024", "Daop 8 Surabaya"
            good = i
            continue
        if tok.is_cap and low not in function_words.CALENDAR and not (
            consumed == 0 and low in function_words.CLAUSE_OPENERS
        ):
            # "Pembina komunitas pesepeda Toto", "Perwira menengah Polri itu": a title or a person's noun, then its description
            saw_cap = saw_cap or not (low in titles.ROLE_WORDS or (consumed == 0 and low in pronouns.DESCRIPTORS))
            lower_run = 0
            name_begun = name_begun or not (low in NOT_NAME or is_acronym(tok.text)) or (len(tok.text) <= MAX_INITIALS and are_initials(tokens, i))
        elif is_role_word(low) or (consumed == 0 and (low in QUANTIFIERS or low in pronouns.DESCRIPTORS)):
            lower_run = 0
        elif low in titles.ROLE_CONNECTORS and consumed and not (name_begun and low in _PLACE_CONNECTORS and not _name_follows(tokens, i + 1)) and not (
            low == "di" and consumed == 1 and _opens_a_venue(tokens, i + 1)  # "AHY | di JCC, Senayan"
        ) and i + 1 < n and tokens[i + 1].lower not in outlets.NOT_OUTLETS and "." not in tokens[i + 1].text and (
            tokens[i + 1].is_cap or is_role_word(tokens[i + 1].lower)
        ):
            i += 1
            continue
        elif low == "yang" and consumed and not name_begun and i + 2 < n and tokens[i + 1].lower in titles.SECOND_TITLE_AFTER_YANG and is_role_word(tokens[i + 2].lower):
            i += 2  # "Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Monardo": a second title
            continue
        elif low in titles.SECOND_TITLE_JOINERS and consumed and not name_begun and i + 1 < n and is_role_word(tokens[i + 1].lower):
            i += 1  # "Menteri Kebudayaan sekaligus Ketua Dewan …": a second title
            continue
        elif low in initials.MARKERS and i + 1 < n and are_initials(tokens, i + 1):
            i += 1  # "pelaku berinisial AD"
            continue
        elif low in titles.NAME_PARTICLES and saw_cap and i + 1 < n and tokens[i + 1].is_cap:
            i += 1
            continue
        elif (
            consumed
            and not saw_cap
            and lower_run < 4
            and low not in function_words.SPEAKER_STOPS
            and low not in function_words.ADVERBS
            and not VERB_LIKE.fullmatch(low)
            and tok.text.islower()
        ):
            lower_run += 1  # a role's descriptor: "kepala intelijen militer Ukraina"
        else:
            break
        consumed += 1
        i += 1
        good = i
    return good
#: Connectors that, after a person's name, open where or when they spoke: ``Hanafi di Gedung DPR``.
_PLACE_CONNECTORS = frozenset({"di", "dari", "pada", "untuk", "se"})


def _opens_a_venue(tokens: Sequence[Token], i: int) -> bool:
    """Whether the words at ``tokens[i]`` name where someone spoke: a venue (``Gedung DPR``, ``Kompleks Istana``),
    or a capitalised run that a comma and a place or a day follow (``JCC, Senayan, Jakarta``)."""
    if i >= len(tokens):
        return False
    if tokens[i].lower in places.VENUES:
        return True
    if tokens[i].lower in titles.INSTITUTION_WORDS or tokens[i].lower in titles.NAMED_BY_NEXT_WORD:
        return False  # "rektor di Universitas Gachon, Korea Selatan": where the title is held
    j = i
    for _ in range(3):  # up to three parts: "JCC, Senayan, Jakarta"
        k = j
        while j < len(tokens) and tokens[j].is_word and tokens[j].is_cap:
            j += 1
        if j == k or j + 1 >= len(tokens) or tokens[j].text != ",":
            return False
        j += 1
        if tokens[j].lower in places.PLACES or tokens[j].lower in function_words.CALENDAR:
            return True
    return False


def _name_follows(tokens: Sequence[Token], i: int) -> bool:
    """Whether the capitalised run at ``tokens[i]`` holds a full name (``di Seoul Leif-Eric Easley``), not only a place (``di Banjarbaru``)."""
    if i < len(tokens) and (tokens[i].lower in titles.INSTITUTION_WORDS or is_acronym(tokens[i].text)):
        return False  # "Reynaldi dari PT House of Rattan": where the named person works
    names = 0
    while i < len(tokens) and tokens[i].is_word and (tokens[i].is_cap or tokens[i].lower in titles.ROLE_CONNECTORS):
        names += tokens[i].is_cap and may_be_name(tokens[i])
        if names >= 2:
            return True
        i += 1
    return i == len(tokens)  # the tokens read end inside the run: read on (see read_speaker's steps)


def phrase_from_tokens(text: str, tokens: Sequence[Token], role_tokens: Sequence[Token] | None = None, *, in_role: bool = False) -> SpeakerPhrase | None:
    """Build a :class:`SpeakerPhrase` from the tokens of one noun phrase."""
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    first = tokens[0].lower
    if len(tokens) == 1 and first in pronouns.ALL:
        return SpeakerPhrase(start, end, "pronoun", name=tokens[0].text, name_start=start, name_end=end)
    if first in pronouns.DESCRIPTORS and (len(tokens) == 1 or not tokens[1].is_cap) and not _names_by_initials(tokens):
        return SpeakerPhrase(start, end, "descriptor")
    if len(tokens) > 1 and tokens[-1].lower in pronouns.DEMONSTRATIVES:
        return SpeakerPhrase(start, end, "descriptor", role=description_role(text, tokens[:-1]))
    alias = None
    for i, tok in enumerate(tokens[:-2]):
        if tok.text == "(" and tokens[i + 2].text == ")" and is_acronym(tokens[i + 1].text):
            alias = tokens[i + 1].text
    name_from, name_to = split_role_name(tokens, in_role=in_role)
    role_text = None
    if role_tokens:
        role_text = text[role_tokens[0].start : role_tokens[-1].end]
    if name_from < name_to:
        n_start, n_end = tokens[name_from].start, tokens[name_to - 1].end
        if name_from > 0:
            role_last = name_from - 1
            if role_last > 0 and tokens[role_last].lower in initials.MARKERS:
                role_last -= 1  # "pelaku berinisial | AD": the marker is neither role nor name
            role_first = 0
            while role_first <= role_last and sentence_adverb(tokens[role_first].lower):
                role_first += 1  # "Awalnya | Purbaya mengatakan": an adverb opening the sentence
            if role_first <= role_last:
                own_role = text[tokens[role_first].start : tokens[role_last].end].strip(" ,")
                role_text = own_role if not role_text else f"{own_role}, {role_text}"
        return SpeakerPhrase(start, end, "person", text[n_start:n_end], n_start, n_end, role_text or None, alias)
    if first in QUANTIFIERS:
        return SpeakerPhrase(start, end, "group", text[start:end], start, end, role_text, alias)
    name_end = end
    if alias and tokens[-1].text == ")":
        name_end = tokens[-4].end if len(tokens) >= 4 else end
    kind = "organisation" if any(t.is_cap for t in tokens) else "person"
    return SpeakerPhrase(start, end, kind, text[start:name_end], start, name_end, role_text, alias)


def introduced_name(text: str, tokens: Sequence[Token]) -> SpeakerPhrase | None:
    """``Pria bernama Joko Santoso``, ``Aktris bernama lengkap Siti Nurhaliza itu``: the person a description
    introduces by name; a role word before ``bernama`` is their title."""
    # (not "Pemilik nama asli Ria Yunita itu": another name of someone the article named, who it points back to)
    for i in range(1, min(len(tokens), 4)):
        if tokens[i].text == "bernama":
            break
        if not tokens[i].is_word:
            return None
    else:
        return None
    first = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text in nicknames.WHICH_NAME)
    last = first
    while last < len(tokens) and tokens[last].is_word and (tokens[last].is_cap or tokens[last].lower in titles.NAME_PARTICLES):
        last += 1
    if last == first or not tokens[first].is_cap:
        return None
    end = tokens[last].end if last < len(tokens) and tokens[last].lower in pronouns.DEMONSTRATIVES else tokens[last - 1].end
    role = text[tokens[0].start : tokens[i - 1].end] if tokens[0].lower in titles.ROLE_WORDS else None
    n_start, n_end = tokens[first].start, tokens[last - 1].end
    return SpeakerPhrase(tokens[0].start, end, "person", text[n_start:n_end], n_start, n_end, role)


def _names_by_initials(tokens: Sequence[Token]) -> bool:
    """Whether a descriptor's phrase ends in a person's initials (``ibu korban RW (33)``): a name, not a pointer back."""
    return any(len(tokens[i].text) <= MAX_INITIALS and are_initials(tokens, i) for i in range(1, min(len(tokens), 5)))


def appositive_role(tokens: Sequence[Token], i: int) -> int:
    """Past a role written after a name: ``, profesor di Universitas …`` (``i`` at the comma)."""
    if i + 1 >= len(tokens) or tokens[i].text != ",":
        return i
    first = tokens[i + 1].lower
    if not (first in titles.ROLE_WORDS or first in titles.APPOSITION_MARKERS):
        return i
    j = read_noun_phrase(tokens, i + 1)
    if j == i + 1:
        j = i + 2
    # "di Seoul, Korea Selatan": a place after a comma still belongs to the role
    while j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower in places.PLACES:
        j += 2
        while j < len(tokens) and tokens[j].is_cap:
            j += 1
    return j


def closed_by_demonstrative(text: str, phrase: SpeakerPhrase, tokens: Sequence[Token], stop: int) -> SpeakerPhrase:
    """``Sekda Bone itu``: a phrase closed by a demonstrative points back like a pronoun."""
    if stop < len(tokens) and tokens[stop].lower in pronouns.DEMONSTRATIVES and phrase.kind != "pronoun":
        return SpeakerPhrase(phrase.start, tokens[stop].end, "descriptor", role=description_role(text, tokens[:stop]))
    return phrase


def description_role(text: str, tokens: Sequence[Token]) -> str | None:
    """The title a description pointing back gives, or ``None`` when it gives another name instead
    (``Pemilik nama lengkap Ria Yunita itu``)."""
    if not tokens or any(t.text in nicknames.NAMED for t in tokens):
        return None
    return text[tokens[0].start : tokens[-1].end]


def _an_institution(tokens: Sequence[Token]) -> bool:
    """A part that opens with an institution word: ``Rumah Sakit Umum Pusat Dr Sardjito`` names a hospital, not a person."""
    return bool(tokens) and (tokens[0].lower in titles.INSTITUTION_WORDS or tokens[0].lower in NAMED_BY_NEXT)


def _names_someone(tokens: Sequence[Token], *, in_role: bool = False) -> bool:
    """Whether a part of a description names a person: it holds a name and is no institution."""
    return holds_a_name(tokens, in_role=in_role) and not _an_institution(tokens)


def phrase_in_span(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The speaker phrase that is exactly ``text[start:end]`` (a span found by a parser), split into role and name."""
    return phrase_from_tokens(text, tokenize(text, start, end))


def read_speaker(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The speaker phrase right after a cue: ``kata [Presiden Rusia Vladimir Putin]``.

    Most phrases are a few words long, so the tokens are read in steps: short runs
    first (``_SPEAKER_STEPS``), the full run only when the phrase might reach their end.
    """
    line_end = text.find("\n", start, end)
    if line_end >= 0:
        end = line_end  # a speaker phrase never runs into the next line ("Advertisement\nIa")
    for limit in _SPEAKER_STEPS:
        read = tokenize(text, start, end, limit=limit)
        tokens, list_goes_on = join_name_lists(read)
        phrase, looked_to = _speaker_from(text, tokens)
        if len(read) < limit or not list_goes_on and (phrase is None or _cut_unseen(tokens, phrase.end, looked_to)):
            return phrase  # the same reading as with every token
    return _speaker_from(text, join_name_lists(tokenize(text, start, end))[0])[0]


def _cut_unseen(tokens: Sequence[Token], phrase_end: int, looked_to: int) -> bool:
    """Whether a reading of the cut-short ``tokens`` never felt the cut.

    A reading looks one token past where it stops (``looked_to`` when it tried a
    longer reading and gave it up), except at ``(``, where it looks ``_PAREN_REACH`` ahead
    for the ``)``. So: it stopped two tokens before the cut, and no ``(`` is that close to it.
    """
    ended = looked_to
    while ended < len(tokens) and tokens[ended].start < phrase_end:
        ended += 1
    return ended + 2 <= len(tokens) and all(tok.text != "(" or i + _PAREN_REACH <= len(tokens) for i, tok in enumerate(tokens))


def _speaker_from(text: str, tokens: Sequence[Token]) -> tuple[SpeakerPhrase | None, int]:
    """The speaker phrase at the start of ``tokens``, and how far a reading given up looked."""
    if not tokens or not tokens[0].is_word:
        return None, 0
    if tokens[0].lower in pronouns.ALL:
        return phrase_from_tokens(text, tokens[:1]), 0
    named = introduced_name(text, tokens)
    if named is not None:
        return named, 0
    stop = read_noun_phrase(tokens, 0)
    if stop == 0:
        return None, 0
    looked_to = 0
    if tokens[0].lower in titles.ROLE_WORDS and stop + 1 < len(tokens) and tokens[stop].text == ",":
        # "Komisaris Utama PT Vitka Delifood, Asman Abnur": a title (naming what it will), then a bare name
        name_stop = looked_to = read_noun_phrase(tokens, stop + 1)
        after = tokens[name_stop] if name_stop < len(tokens) else None
        if bare_name(tokens[stop + 1 : name_stop]) and (after is None or after.text in ",." or not after.is_cap):
            named = phrase_from_tokens(text, tokens[stop + 1 : name_stop])
            if named is not None and named.kind == "person":
                return attrs.evolve(named, start=tokens[0].start, role=text[tokens[0].start : tokens[stop - 1].end]), looked_to
    seg_start, seg_stop = 0, stop
    # only a description opens a run of comma parts before a name; a list of places does not
    parts = _MAX_ROLE_PARTS if tokens[0].lower in _DESCRIPTION_OPENERS else 0
    for _ in range(parts):
        # "media Korea Utara, KCNA," / "Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo":
        # a description naming no person, then the name after a comma
        after = seg_stop + 1
        if after < len(tokens) and tokens[after].lower in _LIST_JOINERS:
            after += 1  # "Bidang Politik, Hukum, dan Keamanan Mahfud MD"
        if not (after < len(tokens) and tokens[seg_stop].text == "," and tokens[after].is_cap) or _names_someone(tokens[seg_start:seg_stop]):
            break
        next_stop = looked_to = read_noun_phrase(tokens, after)
        if next_stop == after:
            break
        seg_start, seg_stop = after, next_stop
        ends_phrase = seg_stop == len(tokens) or tokens[seg_stop].text in ",."
        nxt = seg_stop + 1
        if nxt < len(tokens) and tokens[nxt].lower in _LIST_JOINERS:
            nxt += 1  # ", dan Keamanan …": the list goes on
        continues = nxt < len(tokens) and tokens[seg_stop].text == "," and tokens[nxt].is_cap
        if (holds_a_name(tokens[seg_start:seg_stop], in_role=True) or (ends_phrase and not continues)) and not (
            continues and _an_institution(tokens[seg_start:seg_stop])
        ):
            named = phrase_from_tokens(text, tokens[seg_start:seg_stop], in_role=True)
            if named is not None:
                role = text[tokens[0].start : tokens[seg_start - 1].end].rstrip(" ,")
                if named.role:
                    role = f"{role}, {named.role}"
                return attrs.evolve(named, start=tokens[0].start, role=role), looked_to
    role_end = appositive_role(tokens, stop)
    role_tokens = tokens[stop + 1 : role_end] if role_end > stop else None
    if role_tokens and role_tokens[0].lower in titles.APPOSITION_MARKERS - {"sang"}:
        role_tokens = role_tokens[1:]
    phrase = phrase_from_tokens(text, tokens[:stop], role_tokens)
    if phrase is not None and not role_tokens:
        return closed_by_demonstrative(text, phrase, tokens, stop), looked_to
    if phrase is not None and role_tokens:
        phrase = attrs.evolve(phrase, end=role_tokens[-1].end)
    return phrase, looked_to
