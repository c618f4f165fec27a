"""The titles written around a name anywhere in the article, for the fullest role of a source."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotex.lang.id import cues, function_words, nicknames, titles
from quotex.speakers.tokens import PUNCTUATION, Token, tokenize
from quotex.speakers.names import holds_a_name, may_be_name
from quotex.speakers.phrase import VERB_LIKE, appositive_role

#: How far before a name its title is looked for.
_ROLE_REACH = 110
#: Lower-case words a title may hold before its name: ``pakar kesehatan masyarakat Prof …``.
_ROLE_LOWER_WORDS = 4


def _role_run_before(tokens: Sequence[Token]) -> int | None:
    """Start index of the title run that ends ``tokens`` (``Direktur Utama BRI``), or ``None``.

    The run is capitalised words, titles, acronyms, brackets and connectors, with a few
    lower-case words (``pakar kesehatan masyarakat``); it must open with a title.
    """
    k = len(tokens)
    lower_words = 0
    while k > 0:
        tok = tokens[k - 1]
        low = tok.lower
        if tok.is_cap or low in titles.ROLE_WORDS or tok.text in "()" or tok.text.isdigit():
            k -= 1
        elif low in titles.ROLE_CONNECTORS and k < len(tokens) and k > 1:
            if low in ("dan", "serta") and tokens[k - 2].is_cap and may_be_name(tokens[k - 2]):
                break  # "Pemimpin Korea Utara Kim Jong-un dan | Presiden Rusia Vladimir Putin": another person before
            k -= 1
        elif tok.is_word and lower_words < _ROLE_LOWER_WORDS and low not in function_words.SPEAKER_STOPS and not VERB_LIKE.fullmatch(low):
            lower_words += 1
            k -= 1
        else:
            break
    while k < len(tokens) and tokens[k].lower not in titles.ROLE_WORDS:
        k += 1
    return k if k < len(tokens) else None


def _only_ranks(tokens: Sequence[Token]) -> bool:
    return all(t.lower in titles.HONORIFICS or t.lower in titles.DEGREES or not t.is_word or t.lower == "pol" for t in tokens)


def roles_around(text: str, start: int, end: int) -> list[str]:
    """The titles written around the name at ``text[start:end]``: before it (``Direktur Utama BRI Hery Gunardi``,
    ``Anggota Komisi VII DPR RI, Andika …``) and after it (``Hery Gunardi, Direktur Utama BRI,``)."""
    found: list[str] = []
    line_start = text.rfind("\n", max(0, start - _ROLE_REACH), start) + 1  # a title never crosses a line
    word = _word_before(text, max(line_start, start - 40), start)
    if word and not _ends_no_title(word.lower()) and (word[0].isupper() or _title_word_near(text, max(line_start, start - 50), start)):
        found.extend(_role_before(text, max(line_start, start - _ROLE_REACH), start))
    if text.startswith(",", end) and _APPOSITION_OPENS.match(text, end, end + 40):
        found.extend(_role_after(text, end))
    return found


def _title_word_near(text: str, floor: int, start: int) -> bool:
    """Whether one of the last four words before ``start`` is a title word (``ahli gizi Rita``)."""
    return any(w.strip(PUNCTUATION).lower() in titles.ROLE_WORDS for w in text[floor:start].split()[-4:])


def _word_before(text: str, floor: int, start: int) -> str:
    """The word right before ``start`` (over spaces, a comma or a bracket), or ``""``."""
    piece = text[floor:start].rstrip(" \t,)")
    word = piece[piece.rfind(" ") + 1 :]
    return word if word.isalnum() else word.strip(PUNCTUATION)
#: After a name's comma, a title that opens an apposition: ``, Direktur Utama BRI,`` / ``, seorang profesor``.
_APPOSITION_OPENS = regex.compile(
    r",\s*(?i:" + "|".join(sorted(titles.ROLE_WORDS | titles.APPOSITION_MARKERS, key=len, reverse=True)) + r")\b"
)
_CUE_ROOTS = (*cues.AFTER_CUES, *cues.SPEECH_VERBS, *cues.PASSIVE_CUES, *cues.ACCORDING_TO)
_NO_TITLE_ENDS = (function_words.SPEAKER_STOPS - {"itu", "ini", "tersebut"}) | frozenset(w.lower() for w in (*_CUE_ROOTS, "nya"))


def _ends_no_title(word: str) -> bool:
    """A word no title ends with, so none is read before the name: a cue (``kata``), a preposition, a verb."""
    return word in _NO_TITLE_ENDS or _ACTIVE_OR_PASSIVE_VERB.fullmatch(word) is not None
_ACTIVE_OR_PASSIVE_VERB = regex.compile(r"(?:me|di|ber)\w{4,}")


def _role_before(text: str, floor: int, start: int) -> list[str]:
    tokens = tokenize(text, floor, start, limit=40)[-24:]
    if tokens and tokens[-1].text == ",":
        tokens = tokens[:-1]  # "Anggota Komisi VII DPR RI, Andika"
    intro = len(tokens) - 1 - (len(tokens) > 1 and tokens[-1].text in nicknames.WHICH_NAME)
    if intro >= 0 and tokens[intro].text in nicknames.NAMED:
        if tokens[intro].text != "bernama":
            return []  # "Pemilik nama lengkap | Erika …": words that introduce the name, no title
        tokens = tokens[:intro]  # "Aktris bernama | Siti …": a title, if any, before "bernama"
    k = _role_run_before(tokens)
    if k is not None:
        if _only_ranks(tokens[k:]) and k > 1 and tokens[k - 1].text == ",":
            before = _role_run_before(tokens[: k - 1])  # "Kapolres Bireuen, AKBP Tuschad …": the post, then the rank
            k = before if before is not None else k
        return [text[tokens[k].start : tokens[-1].end]]
    return []


def _role_after(text: str, end: int) -> list[str]:
    found: list[str] = []
    after = tokenize(text, end, min(len(text), end + _ROLE_REACH), limit=20)
    if after and after[0].text == ",":
        role_end = appositive_role(after, 0)
        role = [t for t in after[1:role_end] if t.lower not in titles.APPOSITION_MARKERS or t is not after[1]]
        if role and role[0].lower in titles.APPOSITION_MARKERS:
            role = role[1:]
        if role and not (role[0].is_cap and holds_a_name(role)):  # ", Menteri ESDM Bahlil Lahadalia,": the next person
            found.append(text[role[0].start : role[-1].end])
    return found
