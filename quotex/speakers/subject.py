"""The subject of a speech verb, read back from the verb: ``[Kapolres X, AKBP Y,] menjelaskan``.

Appositions on either side of the name, a pronoun right before the verb, relayed statements
(``X melalui Y``), a title closed by ``itu``, and never the dateline.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotex.lang.id import cues, function_words, outlets, places, pronouns, quote_marks, titles
from quotex.lang.id.common_words import MOSTLY_LOWERCASE, is_common
from quotex.speakers.lists import join_name_lists
from quotex.speakers.tokens import Token, tokenize
from quotex.speakers.names import bare_name, holds_a_name, is_degree, names_a_person, split_role_name
from quotex.speakers.phrase import (
    QUANTIFIERS, SpeakerPhrase, VERB_LIKE, closed_by_demonstrative, description_role, introduced_name, is_role_word, phrase_from_tokens, read_noun_phrase, read_speaker,
)

_MARKERS_AND_DEGREES = titles.APPOSITION_MARKERS | titles.DEGREES
_CITING_VERBS = frozenset(outlets.CITING_VERBS_STRICT)


def _segments(tokens: Sequence[Token]) -> list[list[Token]]:
    """Split tokens at top-level commas."""
    segments: list[list[Token]] = [[]]
    depth = 0
    for tok in tokens:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        if tok.text == "," and depth == 0:
            segments.append([])
        else:
            segments[-1].append(tok)
    return segments


def _without_degrees_after_comma(tokens: list[Token]) -> list[Token]:
    """``tokens`` less the degrees set off after the name by a comma: ``dr. Surya Santosa, Sp.KO | menyampaikan``."""
    k = len(tokens)
    while k > 0 and (is_degree(tokens[k - 1]) or tokens[k - 1].text == "."):
        k -= 1
    if 0 < k < len(tokens) and tokens[k - 1].text == "," and any(is_degree(t) for t in tokens[k:]):
        return tokens[:k]  # read as "dr. Surya Santosa, menyampaikan": the name set off by its comma
    return tokens


def _without_circumstances(segments: list[list[Token]]) -> list[list[Token]]:
    """``segments`` less the parts of when, where and how the source spoke right before an empty last part.

    ``Doni Monardo, saat dihubungi, Senin (30/11/2020) di Jakarta, mengatakan`` reads as
    ``Doni Monardo, mengatakan``: the subject is the part before them.
    """
    if len(segments) >= 3 and _only_places(segments[-1]) and _only_places(segments[-2]):
        segments = segments[:-1] + [[]]  # "Sudarmin, staf Desa Gebyog, …, Jawa Timur mengatakan": an address ends the part
    if (
        len(segments) >= 2 and (
            _cites_an_outlet(segments[-1]) or (_opens_circumstance(segments[-1]) and not any(_may_name_someone(t) for t in segments[-1]))
        )
        and not _a_thing_named(_strip_openers(list(segments[-2])))
    ):
        segments = segments[:-1] + [[]]  # "Budi Santoso, saat dihubungi mengatakan": as if a comma closed the part
    if len(segments) < 3 or _strip_adverbs(segments[-1]):
        return segments
    end = len(segments) - 1
    while end > 1 and _is_circumstance(segments[end - 1]):
        end -= 1
    return segments if end == len(segments) - 1 else segments[:end] + segments[-1:]


def _is_circumstance(segment: Sequence[Token]) -> bool:
    """A part that says when, where or how (``saat dihubungi``, ``Senin (30/11/2020)``, ``di Jakarta``, ``secara tegas``)."""
    first = next((t for t in segment if t.is_word), None)
    return first is not None and (
        first.lower in function_words.CIRCUMSTANCE_OPENERS or first.lower in function_words.CALENDAR or first.text[0].isdigit()
        or first.lower in function_words.MANNER_OPENERS
    ) or _cites_an_outlet(segment)


def _after_affiliation_word(tokens: Sequence[Token], name_start: int) -> bool:
    """Whether the run read as a name comes right after ``dari``/``di``/``pada``: where a title is held
    (``Sameer Samana, ahli strategi pasar dari | Wells Fargo Investment Institute mengatakan``)."""
    before = [t for t in tokens if t.end <= name_start]
    while before and before[-1].is_cap:
        before.pop()  # the first words of the place's name: "dari Wells | Fargo …"
    return bool(before) and before[-1].lower in function_words.AFFILIATION_PREPOSITIONS


def _only_places(segment: Sequence[Token]) -> bool:
    """A part that is only a place: ``Jawa Timur``, ``Kabupaten Magetan``; two of them end an address set off by commas."""
    words = [t for t in segment if t.is_word]
    if not words or len(words) > 4:
        return False
    for k, tok in enumerate(words):
        low = tok.lower
        if not tok.is_cap:
            return False
        if low in places.PLACES or low in places.COMPASS or low in titles.REGION_ROLES or low in titles.NAMED_BY_NEXT_WORD:
            continue
        if k > 0 and words[k - 1].lower in titles.NAMED_BY_NEXT_WORD:
            continue  # "Kabupaten | Magetan"
        return False
    return True


def _cites_an_outlet(segment: Sequence[Token]) -> bool:
    """A part that cites the outlet the statement came through: ``seperti dilansir Reuters``, ``dikutip dari BBC``."""
    words = [t.lower for t in segment[:3] if t.is_word]
    if words and words[0] in function_words.AS_IN:
        words = words[1:]
    return bool(words) and words[0] in _CITING_VERBS


def _opens_circumstance(segment: Sequence[Token]) -> bool:
    """A part opened by a word of when, where or how (``saat dihubungi``, ``Senin (3/11)``, ``secara tegas``); not by
    a number, which may count the subject (``41 persen responden``)."""
    words = [t.lower for t in segment if t.is_word]
    if not words:
        return False
    first = words[0]
    if first in function_words.CALENDAR and len(words) == 1:
        return False  # "Selanjutnya, Juli menegaskan": a name, not a month
    if first in function_words.CALENDAR or first in function_words.MANNER_OPENERS or first in function_words.PLACE_OPENERS:
        return True
    if first in function_words.CIRCUMSTANCE_OPENERS:
        # "saat dihubungi", "usai ditemui di …": a time with no subject of its own; not "setelah para ahli memperingatkan"
        return first.startswith("di") or (len(words) > 1 and (words[1] in function_words.CIRCUMSTANCE_OPENERS or words[1].startswith("di")))
    return False


def _a_thing_named(tokens: list[Token]) -> bool:
    """Whether a part's noun phrase is one word running text writes in lower case (``Data dari PT ASDP …``): a thing."""
    return bool(tokens) and read_noun_phrase(tokens, 0) == 1 and tokens[0].lower in MOSTLY_LOWERCASE


def _may_name_someone(tok: Token) -> bool:
    """Whether a capitalised word of a circumstance may name the subject after it (``dalam rapat itu Budi``,
    ``Minggu (20/3) Kantor Berita Saudi``): any but a day, a month or a place."""
    low = tok.lower
    return tok.is_cap and tok.is_word and low not in function_words.CALENDAR and low not in places.PLACES and not tok.text[0].isdigit()


def _title_after_name(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """Where words that give a name its title open (and how many there are) after a name:
    ``Dony | yang juga | Wakil Menteri BUMN``, ``Sandy Monteiro | selaku | President Director …``."""
    for i in range(1, len(tokens) - 1):
        if not tokens[i - 1].is_cap:
            continue
        low = tokens[i].lower
        if low == "yang" and i + 2 < len(tokens) and tokens[i + 1].lower in titles.SECOND_TITLE_AFTER_YANG:
            words = 2
        elif low in _TITLE_MARKERS:
            words = 1
        else:
            continue
        after = tokens[i + words]
        if after.is_cap or after.lower in titles.ROLE_WORDS:
            return i, words
    return None


#: Words that give the name before them its title: ``X selaku Ketua …``, ``X sebagai Direktur …``.
_TITLE_MARKERS = frozenset({"selaku", "sebagai"})


def _strip_adverbs(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[-1].lower in function_words.ADVERBS or not tokens[-1].is_word and tokens[-1].text != ")"):
        tokens = tokens[:-1]
    return tokens


def _strip_openers(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].lower in function_words.CLAUSE_OPENERS or not tokens[0].is_word):
        tokens = tokens[1:]
    return tokens


def _looks_like_role(tokens: Sequence[Token]) -> bool:
    return bool(tokens) and (
        tokens[0].lower in titles.ROLE_WORDS
        or tokens[0].lower in titles.APPOSITION_MARKERS
        or tokens[0].lower in titles.DEGREES
    )
_PREPOSITIONS = frozenset("dengan kepada oleh untuk dari pada di ke bersama terhadap tentang antara dan serta atau bagi".split())


def _noun_phrase_before_verb(tokens: list[Token]) -> int | None:
    """Start index of a noun phrase that ends right at the verb (``… setelah para pejabat AS``).

    ``None`` when there is none, or when it is the object of a preposition
    (``… dengan Putin dilaporkan mengatakan``) and so not the subject.
    """
    k = len(tokens)
    while k > 0:
        tok = tokens[k - 1]
        low = tok.lower
        if tok.is_cap or low in titles.ROLE_WORDS or low in QUANTIFIERS or tok.text in "()." or (
            low in titles.ROLE_CONNECTORS and k > 1 and tokens[k - 2].is_cap
        ) or (
            # "Daerah Operasi 9 Jember", not a date ("5 Mei 2025 Prabowo")
            tok.text.isdigit() and 1 < k < len(tokens) and tokens[k - 2].is_cap and tokens[k].is_cap
            and tokens[k - 2].lower not in function_words.CALENDAR
        ):
            k -= 1
            continue
        break
    while k < len(tokens) and (tokens[k].lower in titles.ROLE_CONNECTORS or not tokens[k].is_word):
        k += 1
    if k == 0 or k >= len(tokens):
        return None
    if tokens[k - 1].lower in _PREPOSITIONS or read_noun_phrase(tokens, k) != len(tokens):
        return None
    return k
#: How many comma-separated parts may follow a subject's name before its verb.
_MAX_APPOSITIONS = 3


def _full_name_after_title(tokens: Sequence[Token]) -> bool:
    """A lower-case title, then a name of two words or more (``dokter Adam Prabata``; ``warga Citayam`` is a place)."""
    name_from, name_to = split_role_name(tokens)
    return name_to - name_from >= 2 and holds_a_name(tokens)


def _last_person_segment(segments: Sequence[Sequence[Token]]) -> int | None:
    """Index of the last of the final few ``segments`` that names a person, when later ones only describe."""
    for i in range(len(segments) - 1, max(-1, len(segments) - 1 - _MAX_APPOSITIONS), -1):
        if i > 0 and _looks_like_role(segments[i]) and segments[i - 1] and bare_name(segments[i - 1]) and holds_a_name(segments[i - 1]):
            return i - 1  # "Franky Welirang, Direktur PT Indofood Sukses Makmur, mengatakan": the name, then its title
        if segments[i] and segments[i][0].is_cap and (holds_a_name(segments[i]) or (i > 0 and bare_name(segments[i]))):
            return i  # "seorang profesor di Universitas …" opens lower-case: a description, whatever it names
        if segments[i] and is_role_word(segments[i][0].lower) and segments[i][0].lower not in pronouns.DESCRIPTORS and _full_name_after_title(segments[i]):
            return i  # "Kandidat doktor Medical Science Kobe University, dokter Adam Prabata, mengatakan": a title and its name
        if not all(t.is_cap or not t.is_word or t.lower in titles.ROLE_WORDS or t.lower in titles.ROLE_CONNECTORS
                   or t.lower in titles.APPOSITION_MARKERS or is_common(t.lower) for t in segments[i]):
            return None  # a clause, not a description
    return None


def _closed_by_demonstrative(tokens: list[Token]) -> list[Token] | None:
    """``tokens`` up to the ``itu``/``ini``/``tersebut`` that closes them (past adverbs after it), or ``None``."""
    while tokens and tokens[-1].lower in function_words.ADVERBS and tokens[-1].lower not in pronouns.DEMONSTRATIVES:
        tokens = tokens[:-1]
    return tokens if len(tokens) >= 2 and tokens[-1].lower in pronouns.DEMONSTRATIVES else None


def _described_by_demonstrative(text: str, tokens: list[Token]) -> SpeakerPhrase | None:
    """A title or description closed by ``itu``/``tersebut`` right before the verb: it points back like a pronoun."""
    tokens = _closed_by_demonstrative(tokens)
    if tokens is None:
        return None
    head = tokens[0].lower
    if not (head in titles.ROLE_WORDS or head in pronouns.DESCRIPTORS or head in ("mantan", "sang")):
        return None
    if read_noun_phrase(tokens, 0) < len(tokens) - 1:
        return None  # the words before "itu" are no one noun phrase
    return SpeakerPhrase(tokens[0].start, tokens[-1].end, "descriptor", role=description_role(text, tokens[:-1]))
def _a_thing_pointed_back(tokens: list[Token]) -> bool:
    """A common noun that names no person, closed by ``ini``/``itu``/``tersebut`` (``Hal ini``, ``Laporan
    tersebut``): what the sentence is about, not who speaks."""
    tokens = _closed_by_demonstrative(tokens)
    if tokens is None or len(tokens) > 3:
        return False
    if all(t.lower in function_words.ADVERBS for t in tokens[:-1]):
        return False  # "baru-baru ini": when, not what
    head = tokens[0].lower
    return (
        head not in titles.ROLE_WORDS and head not in pronouns.DESCRIPTORS and head not in titles.INSTITUTION_WORDS
        and all(t.is_word and is_common(t.lower) for t in tokens[:-1])
    )


#: How far into an article's first line its dateline may reach (``JAKARTA, KOMPAS.com -``).
_DATELINE_REACH = 80
_DATELINE_END = regex.compile(r"[-–—]+|\w[\w-]*\.(?:com|co\.id|co|id|net)", regex.IGNORECASE)


def _after_dateline(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` without a dateline at the article's start: ``JAKARTA, KOMPAS.com Wakil Presiden …``."""
    if not tokens or tokens[0].start >= _DATELINE_REACH:
        return tokens
    line_end = text.find("\n", 0, _DATELINE_REACH)
    reach = _DATELINE_REACH if line_end < 0 else line_end
    cut = -1
    for i, tok in enumerate(tokens):
        if tok.start >= reach or (tok.is_word and not tok.is_cap and not _DATELINE_END.fullmatch(tok.text)):
            break  # a dateline holds only names, marks and the outlet: a lower-case word ends it
        if _DATELINE_END.fullmatch(tok.text):
            cut = i
    if 0 <= cut < len(tokens) - 3 and tokens[cut].text[0].isalnum() and tokens[cut + 1].text == "," and tokens[cut + 2].lower in places.PLACES:
        cut += 2  # "Liputan6.com, Jakarta Pramono Anung …": the outlet, then its city (the dash lost in the scrape)
    return tokens[cut + 1 :] if cut >= 0 else tokens


def _relayed_by(tokens: Sequence[Token]) -> int | None:
    """Where ``melalui`` starts when a source speaks through someone (``X melalui juru bicaranya``), else ``None``."""
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i].lower == "melalui":
            before = [t for t in tokens[:i] if t.is_word]
            if before and before[-1].is_cap or (len(before) >= 2 and before[-2].is_cap and tokens[i - 1].text == ","):
                return tokens[i].start
            return None
    return None


#: How far before a speech verb its subject is looked for: a subject further back belongs to another clause.
_VERB_REACH = 200
#: How far before a colon that opens a quote its speaker is looked for (``Allah Ta'ala berfirman: <the verse> Artinya: "…"``).
_COLON_REACH = 400


def _clause_subject(text: str, tokens: Sequence[Token]) -> SpeakerPhrase | None:
    """The subject opening the last clause of ``tokens``: past its leading parts of when and where
    (``Pada Februari lalu, Amerika Serikat (AS) menjatuhkan …``), or after a quote's cue (``"…," ucap X``)."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].text in ".!?" or tokens[i].text in quote_marks.ALL:
            tokens = tokens[i + 1 :]
            break
    if tokens and tokens[0].lower in cues.AFTER_CUES:
        stop = read_noun_phrase(tokens, 1)
        return phrase_from_tokens(text, tokens[1:stop]) if stop > 1 else None
    segments = [segment for segment in _segments(tokens) if segment]
    for k, segment in enumerate(segments):
        first = segment[0].lower
        if k + 1 < len(segments) and (
            first in function_words.CLAUSE_OPENERS or first in function_words.CALENDAR
            or (is_common(first) and not (is_role_word(first) or first in pronouns.DESCRIPTORS or first in QUANTIFIERS))
        ):
            continue  # "Pada Februari lalu, AS …", "Secara global, MSCI …", "Dalam wawancara televisi, Netanyahu …"
        segment = _strip_openers(segment)
        if not segment:
            return None
        first = segment[0].lower
        if first in pronouns.ALL:
            return phrase_from_tokens(text, segment[:1])
        phrase = read_speaker(text, segment[0].start, tokens[-1].end)  # "Gubernur Jawa Barat, Dedi Mulyadi, kemudian …"
        if phrase is None or phrase.kind not in ("person", "organisation", "group", "descriptor"):
            return None
        words = (phrase.name or "").lower().split()
        if words and all(is_common(w) for w in words) and not (is_role_word(words[0]) or words[0] in titles.INSTITUTION_WORDS):
            return None  # "Caranya dengan memaparkan …", "Persiapan dimulai … dengan memastikan": no one
        return phrase
    return None


def read_subject(text: str, start: int, verb_start: int, *, at_verb: bool = True) -> SpeakerPhrase | None:
    """The subject of the speech verb at ``verb_start``, read from ``text[start:verb_start]``.

    ``at_verb=False`` reads the subject of a clause that ends elsewhere (before a colon).
    """
    start = max(start, text.rfind("\n", start, verb_start) + 1)  # the subject is on the verb's line
    reach = _VERB_REACH if at_verb else _COLON_REACH
    tokens = join_name_lists(tokenize(text, max(start, verb_start - reach), verb_start, limit=120))[0]
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower == "mengutip":  # "Kantor berita RIA yang mengutip juru bicara …"
            stop = read_noun_phrase(tokens, i + 1)
            if stop > i + 1:
                return phrase_from_tokens(text, tokens[i + 1 : stop])
            break
    tokens = _without_degrees_after_comma(_after_dateline(text, tokens))
    if at_verb and len(tokens) > 2 and tokens[-1].lower == "yang" and tokens[-2].text == ",":
        # "…, Harry Tanoesoedibjo, yang mengatakan": the name the relative clause describes is the subject
        head = read_subject(text, start, tokens[-2].start)
        commas = [t for t in tokens[:-2] if t.text == ","]
        set_off = bool(commas) and head is not None and text[commas[-1].end : head.start].strip() == ""
        if set_off and head.kind == "person" and head.name_start >= 0 and names_a_person(text, head.name_start, head.name_end):
            return head  # a name set off by commas on both sides, not the end of a longer phrase ("tulisan Raja X, yang …")
        return None
    if at_verb and len(tokens) > 1 and (
        tokens[-1].lower in function_words.SAME_SUBJECT_CONJUNCTIONS
        or (tokens[-1].lower in function_words.SAME_SUBJECT_AFTER_COMMA and tokens[-2].text == ",")
    ):
        # "Presiden AS Donald Trump telah memicu spekulasi …, dengan mengatakan": the clause's subject
        # speaks, not the nearest name before the verb ("… melawan Iran, dengan mengatakan")
        if start < verb_start - reach and not any(t.text in ".!?" for t in tokens):
            return None  # the clause opens beyond what was read
        return _clause_subject(text, tokens[:-1])
    relay = _relayed_by(tokens)
    if relay is not None:  # "Kapolres X melalui Kapolsek Y menjelaskan": the statement is X's
        return read_subject(text, start, relay, at_verb=at_verb)
    segments = _without_circumstances(_segments(tokens))
    named = introduced_name(text, _strip_openers(list(segments[-1])))
    if named is not None:
        return named  # "Pemilik nama lengkap Erika Carlina Batlawa Soekri itu menduga"
    described = _described_by_demonstrative(text, _strip_openers(list(segments[-1])))
    if described is not None:
        return described  # "Ketua … Periode 2018-2024 itu mengatakan", "mantan Ketua MK itu menjawab"
    if _a_thing_pointed_back(_strip_openers(list(segments[-1]))):
        return None  # "Hal ini menegaskan …", "Laporan tersebut menyebutkan …": no one speaks
    before_verb = _strip_adverbs(segments[-1])
    if before_verb and before_verb[-1].lower in pronouns.THIRD_PERSON:
        return phrase_from_tokens(text, before_verb[-1:])  # "Secara singkat ia menggambarkan", "Dirinya mengaku"
    last = _strip_openers(before_verb)
    titled = _title_after_name(last)
    if titled is not None and read_noun_phrase(last, 0) == titled[0]:
        at, words = titled  # "Erick yang juga Menteri BUMN menyebutkan", "Sandy selaku Direktur X menuturkan"
        phrase = phrase_from_tokens(text, last[:at], last[at + words :])
        if phrase is not None and phrase.kind == "person":
            return attrs.evolve(phrase, end=last[-1].end)
    while last and last[0].lower in titles.DEGREES:
        last = last[1:]
    if last and _looks_like_role(last) and last[0].lower not in _MARKERS_AND_DEGREES:
        stop = read_noun_phrase(last, 0)
        own = phrase_from_tokens(text, last[:stop]) if stop else None
        if own is not None and own.kind == "person" and own.name_start > last[0].start and not (
            len(segments) >= 2 and _after_affiliation_word(last, own.name_start) and _names_something(segments[-2])
        ):
            return closed_by_demonstrative(text, own, last, stop)
    if not last or (_looks_like_role(last) and len(segments) >= 2 and _names_something(segments[-2])):
        # apposition: "Direktur …, Rorry Daniels, mengatakan" / "Yang Uk, peneliti di …, mengatakan"
        role_seg = last if last else None
        rest = [_strip_openers(s) for s in segments[:-1]]
        rest = [s for s in rest if s and not all(t.lower in titles.DEGREES for t in s)]
        if not rest:
            return None
        person = _last_person_segment(rest)
        if last and person is None and last[0].lower in titles.APPOSITION_MARKERS:
            return phrase_from_tokens(text, last)  # "Dari keterangan …, seorang wisman mengaku": a described source, no name before it
        if role_seg is None and person is not None and person < len(rest) - 1:
            # "Achmad Fauzy, warga Pulogadung, Jakarta Timur, mengaku": what follows the name is its role
            role_seg = [t for seg in rest[person + 1 :] for t in seg]
            rest = rest[: person + 1]
        if role_seg is None and len(rest) >= 2 and _looks_like_role(rest[-1]) and not (rest[-1][0].is_cap and holds_a_name(rest[-1])) and person != len(rest) - 1:
            role_seg, rest = rest[-1], rest[:-1]
        name_seg = rest[-1]
        while name_seg and name_seg[-1].lower in titles.DEGREES:
            name_seg = name_seg[:-1]
        if role_seg is None and len(rest) >= 2:
            before = rest[-2]
            k = next(
                (i for i, t in enumerate(before) if (t.is_cap or is_role_word(t.lower)) and read_noun_phrase(before, i) == len(before)),
                None,
            )
            if k is None:  # "Salah seorang warga sekitar monumen, Dian,": the part from its title word on
                k = next((i for i, t in enumerate(before) if is_role_word(t.lower) and all(u.is_word for u in before[i:])), None)
            if k is not None and any(is_role_word(t.lower) for t in before[k:]):
                role_seg = before[k:]  # "… Jakarta - Namun kepala intelijen militer Ukraina, Kyrylo Budanov,"
        titled = _title_after_name(name_seg)
        if titled is not None and read_noun_phrase(name_seg, 0) == titled[0]:
            role_seg = role_seg or name_seg[titled[0] + titled[1] :]
            name_seg = name_seg[: titled[0]]  # "Dony yang juga Wakil Menteri BUMN, menyatakan", "X selaku Direktur Y, menuturkan"
        stop = read_noun_phrase(name_seg, 0)
        if stop < len(name_seg):
            back = _noun_phrase_before_verb(list(name_seg))
            if back is not None:  # "Tak ada payung hukum Ketua Bawaslu Abhan, yang …,": the phrase that ends the part
                name_seg, stop = name_seg[back:], len(name_seg) - back
        if stop == 0:
            return None
        if role_seg and role_seg[0].lower in titles.APPOSITION_MARKERS:
            role_seg = role_seg[1:]
        phrase = phrase_from_tokens(text, name_seg[:stop], role_seg or None)
        if phrase is not None and role_seg and role_seg[0].start < phrase.start:
            phrase = attrs.evolve(phrase, start=role_seg[0].start)
        elif phrase is not None and role_seg:
            phrase = attrs.evolve(phrase, end=role_seg[-1].end)
        return phrase
    if last[0].lower in pronouns.ALL:
        return phrase_from_tokens(text, last[:1])
    back = _noun_phrase_before_verb(last) if at_verb else None
    if back is not None:
        phrase = phrase_from_tokens(text, last[back:])
        return closed_by_demonstrative(text, phrase, last, len(last)) if phrase else None
    stop = read_noun_phrase(last, 0)
    if stop == 1 and stop < len(last) and last[0].is_cap and is_common(last[0].lower) and last[0].lower not in titles.ROLE_WORDS:
        stop = 0  # "Tak henti-hentinya … Risma terus mengingatkan": a common word opening the clause is no subject
    if stop and not (stop < len(last) and last[stop - 1].lower in QUANTIFIERS):
        phrase = phrase_from_tokens(text, last[:stop])
        return closed_by_demonstrative(text, phrase, last, stop) if phrase else None
    # backwards from the verb: "… dan pemerintah menegaskan"
    tail = _strip_adverbs(list(last))
    if tail and tail[-1].lower in pronouns.ALL:
        return phrase_from_tokens(text, tail[-1:])
    nouns: list[Token] = []
    for tok in reversed(tail):
        low = tok.lower
        if not tok.is_word or low in function_words.SPEAKER_STOPS or VERB_LIKE.fullmatch(low) or len(nouns) >= 3:
            break
        nouns.insert(0, tok)
    if nouns and (len(nouns) == len(tail) or _links_clauses(tail[len(tail) - len(nouns) - 1])):
        return phrase_from_tokens(text, nouns)  # "… setelah keluarga korban mengklaim", "… dan Raffa Affar mengaku"
    return None


def _names_something(tokens: Sequence[Token]) -> bool:
    """Whether a part holds a capitalised word that is no sentence's capital: ``Direktur PT X`` does,
    ``Dalam kesempatan tersebut`` does not (its capital only opens the sentence)."""
    return any(t.is_cap and (i > 0 or not is_common(t.lower)) for i, t in enumerate(tokens))


def _links_clauses(tok: Token) -> bool:
    """A word after which a new clause, and so a new subject, starts: ``setelah``, ``dan``, ``karena``."""
    return tok.lower in _CLAUSE_LINKS
_CLAUSE_LINKS = frozenset("setelah sesudah sebelum karena sebab dan serta sedangkan sementara namun tetapi tapi sehingga ketika saat".split())
