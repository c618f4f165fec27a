"""Commas inside an institution's name: ``Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)``.

Indonesian names many ministries and agencies by a list of fields (``Menteri Desa, Pembangunan
Daerah Tertinggal, dan Transmigrasi``). Read at its commas, such a name falls apart into parts
and its last field looks like the speaker. The readers drop these commas first, so the whole
name is one run: a head word (an institution or a title) opens it, and every field is made of
common or institution words (a list of people, ``Presiden Joko Widodo, Wapres Ma'ruf Amin, dan
…``, is never joined).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lang.id import titles
from quotex.lang.id.common_words import is_common
from quotex.roots import root_of
from quotex.speakers.tokens import Token

#: Words that join the last field of the list.
_JOINERS = frozenset({"dan", "serta"})
#: How many words one field may have.
_FIELD_WORDS = 4


def _field_word(tok: Token) -> bool:
    """A word a field of an institution's name is made of: capitalised, and common (or of a common
    root: ``Tertinggal``) or an institution word."""
    if not (tok.is_word and tok.is_cap):
        return False
    low = tok.lower
    return is_common(low) or low in titles.INSTITUTION_WORDS or low in titles.ROLE_WORDS or root_of(low) != low


def _headed(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the capitalised run before ``comma`` holds an institution or a title word (its first field
    may hold any capitalised word: ``Badan Metereologi``, misspelt, is still the agency)."""
    i = comma - 1
    while i >= 0 and tokens[i].is_word and tokens[i].is_cap:
        low = tokens[i].lower
        if low in titles.INSTITUTION_WORDS or low in titles.ROLE_WORDS:
            return True
        i -= 1
    return False


#: Words that open a new institution, not a field of one: a list of agencies or of people's titles.
_NEW_HEADS = frozenset({
    "kementerian", "badan", "dinas", "lembaga", "direktorat", "komisi", "kantor", "biro", "pt", "perusahaan",
    "bank", "universitas", "kejaksaan", "pengadilan", "partai", "polda", "polres", "pemerintah", "pemprov", "pemkab", "pemkot",
})


#: Title words that are no field of an institution (``hukum`` is both: ``Bidang …, Hukum, dan Politik``).
_TITLE_OPENERS = titles.ROLE_WORDS - titles.INSTITUTION_WORDS


def _field_end(tokens: Sequence[Token], i: int) -> int:
    """Index just past the field that starts at ``tokens[i]`` (``i`` if none starts there).

    A field opens with no title and no institution's head: ``…, dan Direktur Utama PT …`` lists people.
    """
    if i < len(tokens) and (tokens[i].lower in _TITLE_OPENERS or tokens[i].lower in _NEW_HEADS):
        return i
    j = i
    while j < len(tokens) and j - i < _FIELD_WORDS and _field_word(tokens[j]):
        j += 1
    return j


def list_commas(tokens: Sequence[Token]) -> tuple[set[int], bool]:
    """Indices of the commas inside institution names in ``tokens``, and whether ``tokens`` ended
    inside a list that might be one (the caller should read more tokens to know)."""
    found: set[int] = set()
    n = len(tokens)
    after = -1  # commas before this were read as part of a list already
    for i in [k for k, tok in enumerate(tokens) if tok.text == ","]:  # most phrases hold none
        if i < after or not _headed(tokens, i):
            continue
        commas = [i]
        j = i + 1
        while True:
            if j >= n:
                return found, True
            joiner = j if tokens[j].lower in _JOINERS else None  # "…, dan Geofisika"
            if joiner is None:
                end = _field_end(tokens, j)
                if end == j:
                    break
                if end >= n:
                    return found, True
                if tokens[end].text == ",":
                    commas.append(end)
                    j = end + 1
                    continue
                if tokens[end].lower not in _JOINERS:
                    break
                joiner = end  # "…, Klimatologi dan Geofisika"
            if joiner + 1 >= n:
                return found, True
            if _field_end(tokens, joiner + 1) > joiner + 1:
                found.update(commas)
            break
        after = commas[-1] + 1
    return found, False


def join_name_lists(tokens: list[Token]) -> tuple[list[Token], bool]:
    """``tokens`` without the commas inside institution names, and whether a list may run past their end."""
    commas, open_end = list_commas(tokens)
    if not commas:
        return tokens, open_end
    return [tok for k, tok in enumerate(tokens) if k not in commas], open_end
