"""Where the name starts in a capitalised run: past titles, ranks, institutions, places and common words.

``Presiden Rusia | Vladimir Putin``, ``Kepala Dusun Nglahar | Wahyu Wibowo``. A capitalised word is a
name only if it is not a common Indonesian word where it stands (``lang/id/common_words``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence


from quotex.lang.id import function_words, initials, places, pronouns, titles
from quotex.lang.id.common_words import MOSTLY_LOWERCASE, is_common
from quotex.roots import is_derived_noun
from quotex.speakers.tokens import Token, is_acronym, tokenize

_NAME_LIKE_HONORIFICS = frozenset({"gus", "ning", "raden", "tan", "sri", "tun", "mas"})
NOT_NAME = (
    titles.ROLE_WORDS | titles.HONORIFICS | titles.INSTITUTION_WORDS | places.PLACES | places.COMPASS | titles.DEGREES
    | titles.NAMED_BY_NEXT_WORD | titles.ENGLISH_TITLE_WORDS
)
#: Heads whose next capitalised word names them (a region, a mosque, a university): part of the role.
NAMED_BY_NEXT = titles.REGION_ROLES | titles.NAMED_BY_NEXT_WORD
#: A capitalised run longer than this is an institution with a short name after it.
_LONGEST_NAME = 5


#: The longest initials: callers check a word's length first, the cheap test.
MAX_INITIALS = max(initials.LETTERS)


def are_initials(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a person's initials: ``korban RW``, ``pelaku berinisial AD`` (``lang/id/initials``)."""
    text = tokens[i].text
    return (
        len(text) in initials.LETTERS and text.isascii() and text.isalpha() and text.isupper()
        and i > 0 and tokens[i - 1].lower in initials.PERSON_NOUNS
    )


def is_institution_short_name(lower: str) -> bool:
    """Whether a word is an institution's short name by how it begins (``Kemenhub``; not ``kemenangan``)."""
    return lower.startswith(titles.INSTITUTION_PREFIXES) and not is_common(lower)


def may_be_name(tok: Token) -> bool:
    """Whether a capitalised token can only be (part of) a name: no title, institution, place, acronym or common word."""
    low = tok.lower
    return not (
        low in NOT_NAME or low in titles.ROMAN_NUMERALS or is_acronym(tok.text) or is_common(low) or low in function_words.CALENDAR
        or any(c.isdigit() for c in low)  # "Covid-19", "G20"
        or is_institution_short_name(low)
    )


def holds_a_name(tokens: Sequence[Token], *, in_role: bool = False) -> bool:
    """Whether the phrase ``tokens`` holds a personal name (not only a role or an institution).

    A word that only names the head before it ends no name here: ``Kepala Dusun Nglahar``.
    """
    name_from, name_to = split_role_name(tokens, in_role=in_role)
    if name_to - name_from == 1 and name_from > 0 and tokens[name_from - 1].lower in NAMED_BY_NEXT:
        return False
    if name_to - name_from == 2 and tokens[name_to - 1].lower in places.PLACE_NAME_ENDINGS:
        return False  # "Bupati Kutai Timur": a region
    if name_to - name_from == 1 and are_initials(tokens, name_from):
        return True
    return any(may_be_name(t) for t in tokens[name_from:name_to])


def names_a_person(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a phrase read by this module) holds a personal name."""
    return holds_a_name(tokenize(text, start, end))


def possessive_form(lower: str) -> bool:
    """Whether a word is a common word with ``-nya`` (``Awalnya``, ``Sepertinya``, ``Pengacaranya``): an adverb or a
    possessed noun, never a word of the name after it (``Sonya``, ``Riadnya`` are names)."""
    return len(lower) > 5 and lower.endswith("nya") and is_common(lower[:-3])


def sentence_adverb(lower: str) -> bool:
    """Whether a ``-nya`` word opening a phrase is an adverb of the sentence (``Awalnya``, ``Sepertinya``), neither
    role nor name; a person's noun with ``-nya`` is a role (``Pengacaranya``, ``Istrinya``)."""
    if not possessive_form(lower):
        return False
    stem = lower[:-3]
    return stem not in titles.ROLE_WORDS and stem not in initials.PERSON_NOUNS and stem not in pronouns.DESCRIPTORS


def is_name_token(tok: Token) -> bool:
    return tok.is_word and tok.is_cap and tok.lower not in function_words.CALENDAR


def split_role_name(tokens: Sequence[Token], *, in_role: bool = False) -> tuple[int, int]:
    """Split a phrase's tokens: returns ``(name_from, name_to)``; role is before.

    The name is the final run of capitalised words, less the titles, ranks,
    institutions and places at its left (``Presiden Rusia | Vladimir Putin``).
    ``name_from == name_to`` when the phrase names no person. ``in_role``: the phrase
    continues a description (after a comma), so its first common words are still role.
    """
    end = len(tokens)
    short_name = False
    if end >= 3 and tokens[end - 1].text == ")" and tokens[end - 3].text == "(" and tokens[end - 2].text.isdigit():
        end -= 3  # an age after the name: "Rizki Rifai (19)"
    elif end >= 4 and tokens[end - 1].text == ")":
        opening = next((i for i in range(end - 2, max(0, end - 5), -1) if tokens[i].text == "("), None)
        if opening is not None and opening > 0 and all(t.is_word and t.is_cap for t in tokens[opening + 1 : end - 1]):
            end, short_name = opening, True  # a short name after the name: "Joko Widodo (Jokowi)", "Saifullah Yusuf (Gus Ipul)"
    while end and (not tokens[end - 1].is_word or tokens[end - 1].text[0].isdigit() or _trailing_degree(tokens, end - 1)):
        if tokens[end - 1].text == ")":
            break
        end -= 1
    start = end
    while start > 0:
        tok = tokens[start - 1]
        if is_name_token(tok) and not (start < end and possessive_form(tok.lower)):
            start -= 1
        elif tok.text == "." and start > 1 and len(tokens[start - 2].text) == 1:
            start -= 1  # an initial: "M. Yamin"
        elif tok.lower in titles.NAME_PARTICLES and start > 1 and is_name_token(tokens[start - 2]) and start < end:
            start -= 1
        else:
            break
    after_place_preposition = start > 0 and tokens[start - 1].lower in ("di", "dari", "untuk")
    # a title before the run ("Kepala Humas dan | Protokol Masjid …") makes its first common words role too
    in_role = in_role or any(t.lower in titles.ROLE_WORDS for t in tokens[:start])
    # the last field of a title's list: "Staf Ahli Bidang Pemerintahan, Hukum, dan | Politik Darliansjah"
    last_field = in_role and start > 0 and tokens[start - 1].lower in ("dan", "serta") and start < end and is_common(tokens[start].lower)
    if start == end - 1 and start > 1 and tokens[start - 1].lower in ("dan", "serta") and tokens[0].lower in titles.INSTITUTION_WORDS:
        return end, end  # an institution's last field: "Badan Meteorologi, Klimatologi, dan Geofisika"
    k = _role_end(tokens, start, end, skip_next=after_place_preposition or last_field, in_role=in_role)
    name_to = end
    for j in range(name_to - 2, k - 1, -1):
        if tokens[j].lower in titles.HONORIFICS and tokens[j].lower not in _NAME_LIKE_HONORIFICS:
            k = j + 1  # a rank sits right before the name: "… Polda Metro Jaya Kombes | Ade Ary"
            break
    cut = k < name_to and name_to - k > _LONGEST_NAME
    if cut:
        k = name_to - 3  # a long run is an institution followed by a short name
    for j in range(name_to - 3, k, -1):
        if never_inside_a_name(tokens[j]):
            # an institution ends inside the run, before a name of two words or more:
            # "Toyota Astra Motor | Anton Jimmi", "Grab Indonesia | Tirza Munusamy", "Pidsus Kejari OKI | Parit Purnomo"
            k = j + 2 if tokens[j].lower in NAMED_BY_NEXT and name_to - j > 3 else j + 1
            cut = True
            break
    while cut and k < name_to and never_inside_a_name(tokens[k]):
        k += 1  # where the cut fell, the institution's last words: "Golkar DPR | Sarmuji", "DBS Indonesia | Anthonius …"
    if short_name and any(never_inside_a_name(t) for t in tokens[k:name_to]):
        return len(tokens), len(tokens)  # an institution's short name: "Asosiasi Sepak Bola Malaysia (FAM)"
    return k, name_to


def never_inside_a_name(tok: Token) -> bool:
    """A word that ends an institution's or a title's part of a run, never the middle of a name: a place, an
    acronym, an institution's word, a word of an English title, or a word written lower-case in running text."""
    low = tok.lower.partition("-")[0]  # a doubled word by its first half: "Bangsa-Bangsa"
    if low in titles.NAME_OPENERS:
        return False  # "I Dewa Gede Bawa": a Balinese name's words are common words too
    return (
        (low in places.PLACES and not is_common(low)) or low in MOSTLY_LOWERCASE or low in titles.INSTITUTION_WORDS
        or low in titles.ENGLISH_TITLE_WORDS or is_institution_short_name(low) or (len(tok.text) <= 6 and is_acronym(tok.text))
    )


def _title_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a title word because of the word before it (``Jaksa | Agung``)."""
    before = titles.TITLE_AFTER.get(tokens[k].lower)
    return before is not None and k > 0 and tokens[k - 1].lower in before


_SPECIALIST_DEGREE = re.compile(titles.SPECIALIST_DEGREE)


def is_degree(tok: Token) -> bool:
    """Whether a token is an academic or a specialist's degree (``S.H.``, ``PhD``, ``Sp.KO``)."""
    return tok.lower in titles.DEGREES or (tok.text[:2] == "Sp" and _SPECIALIST_DEGREE.fullmatch(tok.text) is not None)


def _written_as_degree(text: str) -> bool:
    """A degree's spelling no name has: a capital inside a word that is not all capitals (``PhD``, ``SpOG``, ``MSi``)."""
    return len(text) >= 3 and not text.isupper() and any(c.isupper() for c in text[1:])


def _trailing_degree(tokens: Sequence[Token], i: int) -> bool:
    """A degree after a name: dotted (``S.H.``, ``M.Si``), spelt as only a degree is (``PhD``, ``SpA``) or after a
    comma (``, MD``); ``Mahfud MD`` keeps its ``MD``."""
    tok = tokens[i]
    if not is_degree(tok):
        return False
    if _written_as_degree(tok.text):
        return True
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return "." in tok.text or before is None or before.text in ",." or before.lower in titles.DEGREES or (
        after is not None and after.lower in titles.DEGREES  # a run of degrees: "Herdani SIK MMed Kom"
    )


def _role_end(tokens: Sequence[Token], k: int, end: int, *, skip_next: bool = False, in_role: bool = False) -> int:
    """Where the name starts in ``tokens[k:end]``, a capitalised run: past its titles, institutions and places.

    After a title or an institution, a common word (``Kepala Bagian Hukum dan Humas``)
    still belongs to the role while two words are left for the name, unless two words that
    can only be a name follow it (``Menteri Kesehatan | Budi Gunadi Sadikin``); a head named by the
    next word (``Dusun``, ``Kabupaten``) takes that word along (``Nglahar``, ``Bone``).
    """
    while k < end:
        tok = tokens[k]
        low = tok.lower
        remaining = end - k
        if skip_next and remaining > 1:
            skip_next = False
            k += 1
            while k < end - 1 and tokens[k].lower in places.COMPASS:
                k += 1
            continue
        if tok.text == ".":
            k += 1
            continue
        if low in titles.NAME_OPENERS and k + 1 < end and tokens[k + 1].is_cap and tokens[k + 1].lower in titles.NAME_OPENERS | {"luh"}:
            break  # "I Gusti Putu …", "Anak Agung …": a Balinese name starts here
        if len(tok.text) <= MAX_INITIALS and are_initials(tokens, k):
            break  # "korban RW": the initials are the name
        if low in NOT_NAME or (len(tok.text) <= 6 and is_acronym(tok.text)) or _title_after(tokens, k) or is_institution_short_name(low):
            skip_next = low in NAMED_BY_NEXT
            in_role = True
            k += 1
            continue
        if in_role and remaining > 1 and any(c.isdigit() for c in low):
            k += 1  # a number in a title is never a name: "Satgas Covid-19", "Komisi 3"
            continue
        if in_role and remaining > 2 and is_common(low) and (
            is_derived_noun(low) or low in MOSTLY_LOWERCASE or not (may_be_name(tokens[k + 1]) and may_be_name(tokens[k + 2]))
        ):
            skip_next = low in NAMED_BY_NEXT
            k += 1
            continue
        break
    return k


def bare_name(tokens: Sequence[Token]) -> bool:
    """A short run of capitalised words with no title, institution, place or number: a name set off
    by commas after its description (``Ketua PMI Samalanga, Faisal,``), even if its words are also common."""
    words = [t for t in tokens if t.is_word]
    return 0 < len(words) <= 4 and all(
        t.is_cap and t.lower not in NOT_NAME and t.lower not in function_words.CALENDAR and not is_acronym(t.text)
        and not is_institution_short_name(t.lower)
        and not any(c.isdigit() for c in t.text) for t in words
    )
