"""Reading speaker phrases: the noun phrase after a cue or before a speech verb.

``read_speaker`` reads forward from a cue (``kata Kim Dong-yup, profesor di …``);
``read_subject`` finds the subject of a speech verb in the clause before it.
Both split the phrase into a role and a name with :func:`split_role_name`.
Plain data in (text and offsets), plain data out (:class:`SpeakerPhrase`).
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

import attrs
import regex

from quotex.lang.id import cues, function_words, outlets, places, pronouns, titles
from quotex.lang.id.common_words import is_common

#: Quantifiers that open a group: ``para analis``, ``sejumlah pengamat``.
QUANTIFIERS = frozenset({"para", "sejumlah", "beberapa", "banyak", "seluruh", "kalangan", "pihak", "sebagian", "kedua", "segenap", "semua"})

_TOKEN = regex.compile(r"\w+(?:[-'’.&/]\w+)*|[^\w\s]")
_VERB_LIKE = regex.compile(r"(?:me|di|ber|ter)\w{4,}|ke\w{4,}(?<!an)")  # not ke-…-an nouns: "kesehatan"
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d&-]+")
_ASCII_LOWER = frozenset(string.ascii_lowercase)
_MAX_TOKENS = 40
#: read_speaker reads this many tokens first, then this many, then all (most speaker phrases
#: are short); see :func:`_cut_unseen` for when a step is enough. These steps build the
#: fewest tokens on the corpus.
_SPEAKER_STEPS = (4, 10)
#: How far past a ``(`` the reader looks for its ``)``.
_PAREN_REACH = 8
_NAME_LIKE_HONORIFICS = frozenset({"gus", "ning", "raden", "tan", "sri", "tun", "mas"})
_MARKERS_AND_DEGREES = titles.APPOSITION_MARKERS | titles.DEGREES
_NOT_NAME = (
    titles.ROLE_WORDS | titles.HONORIFICS | titles.INSTITUTION_WORDS | places.PLACES | places.COMPASS | titles.DEGREES
    | titles.NAMED_BY_NEXT_WORD
)
#: Heads whose next capitalised word names them (a region, a mosque, a university): part of the role.
_NAMED_BY_NEXT = titles.REGION_ROLES | titles.NAMED_BY_NEXT_WORD
#: How many comma-separated parts of a description may come before the name.
_MAX_ROLE_PARTS = 4
#: Words that join the last item of a list inside a role: ``Politik, Hukum, dan Keamanan``.
_LIST_JOINERS = frozenset({"dan", "serta"})
#: A capitalised run longer than this is an institution with a short name after it.
_LONGEST_NAME = 5


class Token:
    """A word or punctuation token with the facts the readers ask about, computed once."""

    __slots__ = ("text", "start", "end", "lower", "is_word", "is_cap")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.lower = text.lower()
        first = text[0]
        self.is_word = first.isalnum() or first == "_"
        self.is_cap = first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


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


#: White space to ``str.split`` but not to the token pattern.
_SPLIT_ONLY_SPACE = re.compile("[\x1c-\x1f]")
_MAX_SPLIT_CHARS = 4000
#: ASCII punctuation and the typographic marks of news (curly quotes, dashes, ellipsis):
#: never word characters, so each one is a token of its own.
_PUNCTUATION = "".join(c for c in string.punctuation if c != "_") + "“”‘’«»„‚—–…"


def tokenize(text: str, start: int, end: int, limit: int = _MAX_TOKENS) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` (at most ``limit``), as ``_TOKEN`` finds them.

    Tokens never hold white space, so the text is split at white space first (fast)
    and only pieces that are not plain words go through the pattern.
    """
    if end - start > _MAX_SPLIT_CHARS or _SPLIT_ONLY_SPACE.search(text, start, end):
        return _tokenize_with_pattern(text, start, end, limit)  # a huge range (copy none of it), or odd spaces
    out: list[Token] = []
    append = out.append
    find = text.find
    pos = start
    for chunk in text[start:end].split(None, limit)[:limit]:  # each piece gives at least one token
        pos = find(chunk, pos)  # the gap before it is all white space, so this is where it starts
        size = len(chunk)
        if (chunk.isascii() and chunk.isalnum()) or chunk.isalpha():  # a plain word
            append(Token(chunk, pos, pos + size))
        elif _plain_or_none(core := chunk.strip(_PUNCTUATION)) and size - len(core) + (1 if core else 0) <= limit - len(out):
            # '(Putin),' / '"Saya' / '.': one plain word at most, each mark around it a token
            # (and no more tokens than are still wanted: a chunk can be all marks)
            lead = size - len(chunk.lstrip(_PUNCTUATION))
            for k in range(lead):
                append(Token(chunk[k], pos + k, pos + k + 1))
            if core:
                append(Token(core, pos + lead, pos + lead + len(core)))
            for k in range(lead + len(core), size):
                append(Token(chunk[k], pos + k, pos + k + 1))
        else:  # never more tokens than are still wanted: a chunk can be all marks
            out += _tokenize_with_pattern(text, pos, pos + size, limit - len(out))
        if len(out) >= limit:
            return out[:limit]
        pos += size
    return out


def _plain_or_none(chunk: str) -> bool:
    """Whether ``chunk`` is empty or one token of word characters (ASCII letters and digits, or letters)."""
    return not chunk or (chunk.isascii() and chunk.isalnum()) or chunk.isalpha()


def _tokenize_with_pattern(text: str, start: int, end: int, limit: int) -> list[Token]:
    out: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        out.append(Token(match.group(), *match.span()))
        if len(out) >= limit:
            break
    return out


def _is_acronym(word: str) -> bool:
    """Whether ``_ACRONYM`` matches all of ``word``; most words fail at their second letter, which is checked first."""
    if len(word) < 2 or word[1] in _ASCII_LOWER:
        return False
    return _ACRONYM.fullmatch(word) is not None


def _is_role_word(lower: str) -> bool:
    return lower in titles.ROLE_WORDS


def _closing_paren(tokens: Sequence[Token], i: int) -> int:
    """Index of the ``)`` matching ``tokens[i] == '('`` within a few tokens, or -1."""
    for j in range(i + 1, min(len(tokens), i + _PAREN_REACH)):
        if tokens[j].text == ")":
            return j
        if not tokens[j].is_word and tokens[j].text not in "-&/.":
            return -1
    return -1


def _read_noun_phrase(tokens: Sequence[Token], i: int) -> int:
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
            saw_cap = saw_cap or low not in titles.ROLE_WORDS  # "Pembina komunitas pesepeda Toto": a title, then its description
            lower_run = 0
            name_begun = name_begun or not (low in _NOT_NAME or _is_acronym(tok.text))
        elif _is_role_word(low) or (consumed == 0 and (low in QUANTIFIERS or low in pronouns.DESCRIPTORS)):
            lower_run = 0
        elif low in titles.ROLE_CONNECTORS and consumed and not (name_begun and low in _PLACE_CONNECTORS and not _name_follows(tokens, i + 1)) and i + 1 < n and tokens[i + 1].lower not in outlets.NOT_OUTLETS and (
            tokens[i + 1].is_cap or _is_role_word(tokens[i + 1].lower)
        ):
            i += 1
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
            and not _VERB_LIKE.fullmatch(low)
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


def _may_be_name(tok: Token) -> bool:
    """Whether a capitalised token can only be (part of) a name: no title, institution, place, acronym or common word."""
    low = tok.lower
    return not (
        low in _NOT_NAME or low in titles.ROMAN_NUMERALS or _is_acronym(tok.text) or is_common(low) or low in function_words.CALENDAR
        or any(c.isdigit() for c in low)  # "Covid-19", "G20"
    )


def _name_follows(tokens: Sequence[Token], i: int) -> bool:
    """Whether the capitalised run at ``tokens[i]`` holds a full name (``di Seoul Leif-Eric Easley``), not only a place (``di Banjarbaru``)."""
    names = 0
    while i < len(tokens) and tokens[i].is_word and (tokens[i].is_cap or tokens[i].lower in titles.ROLE_CONNECTORS):
        names += tokens[i].is_cap and _may_be_name(tokens[i])
        if names >= 2:
            return True
        i += 1
    return i == len(tokens)  # the tokens read end inside the run: read on (see read_speaker's steps)


def _names_a_person(tokens: Sequence[Token], *, in_role: bool = False) -> bool:
    """Whether the phrase ``tokens`` holds a personal name (not only a role or an institution).

    A word that only names the head before it ends no name here: ``Kepala Dusun Nglahar``.
    """
    name_from, name_to = split_role_name(tokens, in_role=in_role)
    if name_to - name_from == 1 and name_from > 0 and tokens[name_from - 1].lower in _NAMED_BY_NEXT:
        return False
    return any(_may_be_name(t) for t in tokens[name_from:name_to])


def names_a_person(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a phrase read by this module) holds a personal name."""
    return _names_a_person(tokenize(text, start, end))


def _is_name_token(tok: Token) -> bool:
    return tok.is_word and tok.is_cap and tok.lower not in function_words.CALENDAR


def split_role_name(tokens: Sequence[Token], *, in_role: bool = False) -> tuple[int, int]:
    """Split a phrase's tokens: returns ``(name_from, name_to)``; role is before.

    The name is the final run of capitalised words, less the titles, ranks,
    institutions and places at its left (``Presiden Rusia | Vladimir Putin``).
    ``name_from == name_to`` when the phrase names no person. ``in_role``: the phrase
    continues a description (after a comma), so its first common words are still role.
    """
    end = len(tokens)
    while end and (not tokens[end - 1].is_word or tokens[end - 1].text[0].isdigit() or _trailing_degree(tokens, end - 1)):
        if tokens[end - 1].text == ")":
            break
        end -= 1
    start = end
    while start > 0:
        tok = tokens[start - 1]
        if _is_name_token(tok):
            start -= 1
        elif tok.text == "." and start > 1 and len(tokens[start - 2].text) == 1:
            start -= 1  # an initial: "M. Yamin"
        elif tok.lower in titles.NAME_PARTICLES and start > 1 and _is_name_token(tokens[start - 2]) and start < end:
            start -= 1
        else:
            break
    after_place_preposition = start > 0 and tokens[start - 1].lower in ("di", "dari", "untuk")
    # a title before the run ("Kepala Humas dan | Protokol Masjid …") makes its first common words role too
    in_role = in_role or any(t.lower in titles.ROLE_WORDS for t in tokens[:start])
    k = _role_end(tokens, start, end, skip_next=after_place_preposition, in_role=in_role)
    name_to = end
    for j in range(name_to - 2, k - 1, -1):
        if tokens[j].lower in titles.HONORIFICS and tokens[j].lower not in _NAME_LIKE_HONORIFICS:
            k = j + 1  # a rank sits right before the name: "… Polda Metro Jaya Kombes | Ade Ary"
            break
    if k < name_to and name_to - k > _LONGEST_NAME:
        k = name_to - 3  # a long run is an institution followed by a short name
    return k, name_to


def _title_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a title word because of the word before it (``Jaksa | Agung``)."""
    before = titles.TITLE_AFTER.get(tokens[k].lower)
    return before is not None and k > 0 and tokens[k - 1].lower in before


def _trailing_degree(tokens: Sequence[Token], i: int) -> bool:
    """A degree after a name: dotted (``S.H.``, ``M.Si``) or after a comma (``, MD``); ``Mahfud MD`` keeps its ``MD``."""
    tok = tokens[i]
    if tok.lower not in titles.DEGREES:
        return False
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
        if low in _NOT_NAME or (len(tok.text) <= 6 and _is_acronym(tok.text)) or _title_after(tokens, k):
            skip_next = low in _NAMED_BY_NEXT
            in_role = True
            k += 1
            continue
        if in_role and remaining > 2 and is_common(low) and not (_may_be_name(tokens[k + 1]) and _may_be_name(tokens[k + 2])):
            skip_next = low in _NAMED_BY_NEXT
            k += 1
            continue
        break
    return k


def _phrase(text: str, tokens: Sequence[Token], role_tokens: Sequence[Token] | None = None, *, in_role: bool = False) -> SpeakerPhrase | None:
    """Build a :class:`SpeakerPhrase` from the tokens of one noun phrase."""
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    first = tokens[0].lower
    if len(tokens) == 1 and first in pronouns.ALL:
        return SpeakerPhrase(start, end, "pronoun", name=tokens[0].text, name_start=start, name_end=end)
    if first in pronouns.DESCRIPTORS and (len(tokens) == 1 or not tokens[1].is_cap):
        return SpeakerPhrase(start, end, "descriptor")
    if len(tokens) > 1 and tokens[-1].lower in pronouns.DEMONSTRATIVES:
        return SpeakerPhrase(start, end, "descriptor", role=text[start : tokens[-2].end])
    alias = None
    for i, tok in enumerate(tokens[:-2]):
        if tok.text == "(" and tokens[i + 2].text == ")" and _is_acronym(tokens[i + 1].text):
            alias = tokens[i + 1].text
    name_from, name_to = split_role_name(tokens, in_role=in_role)
    role_text = None
    if role_tokens:
        role_text = text[role_tokens[0].start : role_tokens[-1].end]
    if name_from < name_to:
        n_start, n_end = tokens[name_from].start, tokens[name_to - 1].end
        if name_from > 0:
            own_role = text[start : tokens[name_from - 1].end].strip(" ,")
            role_text = own_role if not role_text else f"{own_role}, {role_text}"
        return SpeakerPhrase(start, end, "person", text[n_start:n_end], n_start, n_end, role_text or None, alias)
    if first in QUANTIFIERS:
        return SpeakerPhrase(start, end, "group", text[start:end], start, end, role_text, alias)
    name_end = end
    if alias and tokens[-1].text == ")":
        name_end = tokens[-4].end if len(tokens) >= 4 else end
    kind = "organisation" if any(t.is_cap for t in tokens) else "person"
    return SpeakerPhrase(start, end, kind, text[start:name_end], start, name_end, role_text, alias)


def _appositive_role(tokens: Sequence[Token], i: int) -> int:
    """Past a role written after a name: ``, profesor di Universitas …`` (``i`` at the comma)."""
    if i + 1 >= len(tokens) or tokens[i].text != ",":
        return i
    first = tokens[i + 1].lower
    if not (first in titles.ROLE_WORDS or first in titles.APPOSITION_MARKERS):
        return i
    j = _read_noun_phrase(tokens, i + 1)
    if j == i + 1:
        j = i + 2
    # "di Seoul, Korea Selatan": a place after a comma still belongs to the role
    while j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower in places.PLACES:
        j += 2
        while j < len(tokens) and tokens[j].is_cap:
            j += 1
    return j


def _demonstrative(text: str, phrase: SpeakerPhrase, tokens: Sequence[Token], stop: int) -> SpeakerPhrase:
    """``Sekda Bone itu``: a phrase closed by a demonstrative points back like a pronoun."""
    if stop < len(tokens) and tokens[stop].lower in pronouns.DEMONSTRATIVES and phrase.kind != "pronoun":
        return SpeakerPhrase(phrase.start, tokens[stop].end, "descriptor", role=text[phrase.start : phrase.end])
    return phrase


def phrase_in_span(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The speaker phrase that is exactly ``text[start:end]`` (a span found by a parser), split into role and name."""
    return _phrase(text, tokenize(text, start, end))


def read_speaker(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The speaker phrase right after a cue: ``kata [Presiden Rusia Vladimir Putin]``.

    Most phrases are a few words long, so the tokens are read in steps: short runs
    first (``_SPEAKER_STEPS``), the full run only when the phrase might reach their end.
    """
    line_end = text.find("\n", start, end)
    if line_end >= 0:
        end = line_end  # a speaker phrase never runs into the next line ("Advertisement\nIa")
    for limit in _SPEAKER_STEPS:
        tokens = tokenize(text, start, end, limit=limit)
        phrase, looked_to = _speaker_from(text, tokens)
        if len(tokens) < limit or phrase is None or _cut_unseen(tokens, phrase.end, looked_to):
            return phrase  # the same reading as with every token
    return _speaker_from(text, tokenize(text, start, end))[0]


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
        return _phrase(text, tokens[:1]), 0
    stop = _read_noun_phrase(tokens, 0)
    if stop == 0:
        return None, 0
    looked_to = 0
    if tokens[0].lower in titles.ROLE_WORDS and stop + 1 < len(tokens) and tokens[stop].text == ",":
        # "Komisaris Utama PT Vitka Delifood, Asman Abnur": a title (naming what it will), then a bare name
        name_stop = looked_to = _read_noun_phrase(tokens, stop + 1)
        after = tokens[name_stop] if name_stop < len(tokens) else None
        if _bare_name(tokens[stop + 1 : name_stop]) and (after is None or after.text in ",." or not after.is_cap):
            named = _phrase(text, tokens[stop + 1 : name_stop])
            if named is not None and named.kind == "person":
                return attrs.evolve(named, start=tokens[0].start, role=text[tokens[0].start : tokens[stop - 1].end]), looked_to
    seg_start, seg_stop = 0, stop
    for _ in range(_MAX_ROLE_PARTS):
        # "media Korea Utara, KCNA," / "Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo":
        # a description naming no person, then the name after a comma
        after = seg_stop + 1
        if after < len(tokens) and tokens[after].lower in _LIST_JOINERS:
            after += 1  # "Bidang Politik, Hukum, dan Keamanan Mahfud MD"
        if not (after < len(tokens) and tokens[seg_stop].text == "," and tokens[after].is_cap) or _names_a_person(tokens[seg_start:seg_stop]):
            break
        next_stop = looked_to = _read_noun_phrase(tokens, after)
        if next_stop == after:
            break
        seg_start, seg_stop = after, next_stop
        ends_phrase = seg_stop == len(tokens) or tokens[seg_stop].text in ",."
        nxt = seg_stop + 1
        if nxt < len(tokens) and tokens[nxt].lower in _LIST_JOINERS:
            nxt += 1  # ", dan Keamanan …": the list goes on
        continues = nxt < len(tokens) and tokens[seg_stop].text == "," and tokens[nxt].is_cap
        if _names_a_person(tokens[seg_start:seg_stop], in_role=True) or (ends_phrase and not continues):
            named = _phrase(text, tokens[seg_start:seg_stop], in_role=True)
            if named is not None:
                role = text[tokens[0].start : tokens[seg_start - 1].end].rstrip(" ,")
                if named.role:
                    role = f"{role}, {named.role}"
                return attrs.evolve(named, start=tokens[0].start, role=role), looked_to
    role_end = _appositive_role(tokens, stop)
    role_tokens = tokens[stop + 1 : role_end] if role_end > stop else None
    if role_tokens and role_tokens[0].lower in titles.APPOSITION_MARKERS - {"sang"}:
        role_tokens = role_tokens[1:]
    phrase = _phrase(text, tokens[:stop], role_tokens)
    if phrase is not None and not role_tokens:
        return _demonstrative(text, phrase, tokens, stop), looked_to
    if phrase is not None and role_tokens:
        phrase = attrs.evolve(phrase, end=role_tokens[-1].end)
    return phrase, looked_to


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
        ):
            k -= 1
            continue
        break
    while k < len(tokens) and (tokens[k].lower in titles.ROLE_CONNECTORS or not tokens[k].is_word):
        k += 1
    if k == 0 or k >= len(tokens):
        return None
    if tokens[k - 1].lower in _PREPOSITIONS or _read_noun_phrase(tokens, k) != len(tokens):
        return None
    return k


#: How many comma-separated parts may follow a subject's name before its verb.
_MAX_APPOSITIONS = 3


def _last_person_segment(segments: Sequence[Sequence[Token]]) -> int | None:
    """Index of the last of the final few ``segments`` that names a person, when later ones only describe."""
    for i in range(len(segments) - 1, max(-1, len(segments) - 1 - _MAX_APPOSITIONS), -1):
        if segments[i] and segments[i][0].is_cap and (_names_a_person(segments[i]) or (i > 0 and _bare_name(segments[i]))):
            return i  # "seorang profesor di Universitas …" opens lower-case: a description, whatever it names
        if not all(t.is_cap or not t.is_word or t.lower in titles.ROLE_WORDS or t.lower in titles.ROLE_CONNECTORS
                   or t.lower in titles.APPOSITION_MARKERS or is_common(t.lower) for t in segments[i]):
            return None  # a clause, not a description
    return None


def _described_by_demonstrative(text: str, tokens: list[Token]) -> SpeakerPhrase | None:
    """A title or description closed by ``itu``/``tersebut`` right before the verb: it points back like a pronoun."""
    while tokens and tokens[-1].lower in function_words.ADVERBS and tokens[-1].lower not in pronouns.DEMONSTRATIVES:
        tokens = tokens[:-1]
    if len(tokens) < 2 or tokens[-1].lower not in pronouns.DEMONSTRATIVES:
        return None
    head = tokens[0].lower
    if not (head in titles.ROLE_WORDS or head in pronouns.DESCRIPTORS or head in ("mantan", "sang")):
        return None
    if _read_noun_phrase(tokens, 0) < len(tokens) - 1:
        return None  # the words before "itu" are no one noun phrase
    return SpeakerPhrase(tokens[0].start, tokens[-1].end, "descriptor", role=text[tokens[0].start : tokens[-2].end])


#: How far into an article its dateline may reach (``JAKARTA, KOMPAS.com -``).
_DATELINE_REACH = 150
_DATELINE_END = regex.compile(r"[-–—]+|\w[\w-]*\.(?:com|co\.id|co|id|net)", regex.IGNORECASE)


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a dateline at the article's start: ``JAKARTA, KOMPAS.com Wakil Presiden …``."""
    if not tokens or tokens[0].start >= _DATELINE_REACH:
        return tokens
    cut = -1
    for i, tok in enumerate(tokens):
        if tok.start >= _DATELINE_REACH:
            break
        if _DATELINE_END.fullmatch(tok.text):
            cut = i
    return tokens[cut + 1 :] if cut >= 0 else tokens


def _bare_name(tokens: Sequence[Token]) -> bool:
    """A short run of capitalised words with no title, institution, place or number: a name set off
    by commas after its description (``Ketua PMI Samalanga, Faisal,``), even if its words are also common."""
    words = [t for t in tokens if t.is_word]
    return 0 < len(words) <= 4 and all(
        t.is_cap and t.lower not in _NOT_NAME and t.lower not in function_words.CALENDAR and not _is_acronym(t.text)
        and not any(c.isdigit() for c in t.text) for t in words
    )


def _relayed_by(tokens: Sequence[Token]) -> int | None:
    """Where ``melalui`` starts when a source speaks through someone (``X melalui juru bicaranya``), else ``None``."""
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i].lower == "melalui":
            before = [t for t in tokens[:i] if t.is_word]
            if before and before[-1].is_cap or (len(before) >= 2 and before[-2].is_cap and tokens[i - 1].text == ","):
                return tokens[i].start
            return None
    return None


def read_subject(text: str, start: int, verb_start: int, *, at_verb: bool = True) -> SpeakerPhrase | None:
    """The subject of the speech verb at ``verb_start``, read from ``text[start:verb_start]``.

    ``at_verb=False`` reads the subject of a clause that ends elsewhere (before a colon).
    """
    start = max(start, text.rfind("\n", start, verb_start) + 1)  # the subject is on the verb's line
    tokens = tokenize(text, max(start, verb_start - 400), verb_start, limit=120)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower == "mengutip":  # "Kantor berita RIA yang mengutip juru bicara …"
            stop = _read_noun_phrase(tokens, i + 1)
            if stop > i + 1:
                return _phrase(text, tokens[i + 1 : stop])
            break
    tokens = _after_dateline(tokens)
    relay = _relayed_by(tokens)
    if relay is not None:  # "Kapolres X melalui Kapolsek Y menjelaskan": the statement is X's
        return read_subject(text, start, relay, at_verb=at_verb)
    segments = _segments(tokens)
    described = _described_by_demonstrative(text, _strip_openers(list(segments[-1])))
    if described is not None:
        return described  # "Ketua … Periode 2018-2024 itu mengatakan", "mantan Ketua MK itu menjawab"
    before_verb = _strip_adverbs(segments[-1])
    if before_verb and before_verb[-1].lower in pronouns.THIRD_PERSON:
        return _phrase(text, before_verb[-1:])  # "Secara singkat ia menggambarkan", "Dirinya mengaku"
    last = _strip_openers(before_verb)
    while last and last[0].lower in titles.DEGREES:
        last = last[1:]
    if last and _looks_like_role(last) and last[0].lower not in _MARKERS_AND_DEGREES:
        stop = _read_noun_phrase(last, 0)
        own = _phrase(text, last[:stop]) if stop else None
        if own is not None and own.kind == "person" and own.name_start > last[0].start:
            return _demonstrative(text, own, last, stop)
    if not last or (_looks_like_role(last) and len(segments) >= 2 and any(t.is_cap for t in segments[-2])):
        # apposition: "Direktur …, Rorry Daniels, mengatakan" / "Yang Uk, peneliti di …, mengatakan"
        role_seg = last if last else None
        rest = [_strip_openers(s) for s in segments[:-1]]
        rest = [s for s in rest if s and not all(t.lower in titles.DEGREES for t in s)]
        if not rest:
            return None
        person = _last_person_segment(rest)
        if last and person is None and last[0].lower in titles.APPOSITION_MARKERS:
            return _phrase(text, last)  # "Dari keterangan …, seorang wisman mengaku": a described source, no name before it
        if role_seg is None and person is not None and person < len(rest) - 1:
            # "Achmad Fauzy, warga Pulogadung, Jakarta Timur, mengaku": what follows the name is its role
            role_seg = [t for seg in rest[person + 1 :] for t in seg]
            rest = rest[: person + 1]
        if role_seg is None and len(rest) >= 2 and _looks_like_role(rest[-1]) and not (rest[-1][0].is_cap and _names_a_person(rest[-1])):
            role_seg, rest = rest[-1], rest[:-1]
        name_seg = rest[-1]
        while name_seg and name_seg[-1].lower in titles.DEGREES:
            name_seg = name_seg[:-1]
        if role_seg is None and len(rest) >= 2:
            before = rest[-2]
            k = next(
                (i for i, t in enumerate(before) if (t.is_cap or _is_role_word(t.lower)) and _read_noun_phrase(before, i) == len(before)),
                None,
            )
            if k is None:  # "Salah seorang warga sekitar monumen, Dian,": the part from its title word on
                k = next((i for i, t in enumerate(before) if _is_role_word(t.lower) and all(u.is_word for u in before[i:])), None)
            if k is not None and any(_is_role_word(t.lower) for t in before[k:]):
                role_seg = before[k:]  # "… Jakarta - Namun kepala intelijen militer Ukraina, Kyrylo Budanov,"
        stop = _read_noun_phrase(name_seg, 0)
        if stop < len(name_seg):
            back = _noun_phrase_before_verb(list(name_seg))
            if back is not None:  # "Tak ada payung hukum Ketua Bawaslu Abhan, yang …,": the phrase that ends the part
                name_seg, stop = name_seg[back:], len(name_seg) - back
        if stop == 0:
            return None
        if role_seg and role_seg[0].lower in titles.APPOSITION_MARKERS:
            role_seg = role_seg[1:]
        phrase = _phrase(text, name_seg[:stop], role_seg or None)
        if phrase is not None and role_seg and role_seg[0].start < phrase.start:
            phrase = attrs.evolve(phrase, start=role_seg[0].start)
        elif phrase is not None and role_seg:
            phrase = attrs.evolve(phrase, end=role_seg[-1].end)
        return phrase
    if last[0].lower in pronouns.ALL:
        return _phrase(text, last[:1])
    back = _noun_phrase_before_verb(last) if at_verb else None
    if back is not None:
        phrase = _phrase(text, last[back:])
        return _demonstrative(text, phrase, last, len(last)) if phrase else None
    stop = _read_noun_phrase(last, 0)
    if stop == 1 and stop < len(last) and last[0].is_cap and is_common(last[0].lower) and last[0].lower not in titles.ROLE_WORDS:
        stop = 0  # "Tak henti-hentinya … Risma terus mengingatkan": a common word opening the clause is no subject
    if stop and not (stop < len(last) and last[stop - 1].lower in QUANTIFIERS):
        phrase = _phrase(text, last[:stop])
        return _demonstrative(text, phrase, last, stop) if phrase else None
    # backwards from the verb: "… dan pemerintah menegaskan"
    tail = _strip_adverbs(list(last))
    if tail and tail[-1].lower in pronouns.ALL:
        return _phrase(text, tail[-1:])
    nouns: list[Token] = []
    for tok in reversed(tail):
        low = tok.lower
        if not tok.is_word or low in function_words.SPEAKER_STOPS or _VERB_LIKE.fullmatch(low) or len(nouns) >= 3:
            break
        nouns.insert(0, tok)
    if nouns and (len(nouns) == len(tail) or _links_clauses(tail[len(tail) - len(nouns) - 1])):
        return _phrase(text, nouns)  # "… setelah keluarga korban mengklaim", "… dan Raffa Affar mengaku"
    return None


def _links_clauses(tok: Token) -> bool:
    """A word after which a new clause, and so a new subject, starts: ``setelah``, ``dan``, ``karena``."""
    return tok.lower in _CLAUSE_LINKS


_CLAUSE_LINKS = frozenset("setelah sesudah sebelum karena sebab dan serta sedangkan sementara namun tetapi tapi sehingga ketika saat".split())


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
            k -= 1
        elif tok.is_word and lower_words < _ROLE_LOWER_WORDS and low not in function_words.SPEAKER_STOPS and not _VERB_LIKE.fullmatch(low):
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
    if word and not _ENDS_NO_TITLE(word.lower()) and (word[0].isupper() or _title_word_near(text, max(line_start, start - 50), start)):
        found.extend(_role_before(text, max(line_start, start - _ROLE_REACH), start))
    if text.startswith(",", end) and _APPOSITION_OPENS.match(text, end, end + 40):
        found.extend(_role_after(text, end))
    return found


def _title_word_near(text: str, floor: int, start: int) -> bool:
    """Whether one of the last four words before ``start`` is a title word (``ahli gizi Rita``)."""
    return any(w.strip(_PUNCTUATION).lower() in titles.ROLE_WORDS for w in text[floor:start].split()[-4:])


def _word_before(text: str, floor: int, start: int) -> str:
    """The word right before ``start`` (over spaces, a comma or a bracket), or ``""``."""
    piece = text[floor:start].rstrip(" \t,)")
    word = piece[piece.rfind(" ") + 1 :]
    return word if word.isalnum() else word.strip(_PUNCTUATION)


#: After a name's comma, a title that opens an apposition: ``, Direktur Utama BRI,`` / ``, seorang profesor``.
_APPOSITION_OPENS = regex.compile(
    r",\s*(?i:" + "|".join(sorted(titles.ROLE_WORDS | titles.APPOSITION_MARKERS, key=len, reverse=True)) + r")\b"
)


_CUE_ROOTS = (*cues.AFTER_CUES, *cues.SPEECH_VERBS, *cues.PASSIVE_CUES, *cues.ACCORDING_TO)
_NO_TITLE_ENDS = (function_words.SPEAKER_STOPS - {"itu", "ini", "tersebut"}) | frozenset(w.lower() for w in (*_CUE_ROOTS, "nya"))


def _ENDS_NO_TITLE(word: str) -> bool:
    """A word no title ends with, so none is read before the name: a cue (``kata``), a preposition, a verb."""
    return word in _NO_TITLE_ENDS or _ACTIVE_OR_PASSIVE_VERB.fullmatch(word) is not None


_ACTIVE_OR_PASSIVE_VERB = regex.compile(r"(?:me|di|ber)\w{4,}")


def _role_before(text: str, floor: int, start: int) -> list[str]:
    tokens = tokenize(text, floor, start, limit=40)[-24:]
    if tokens and tokens[-1].text == ",":
        tokens = tokens[:-1]  # "Anggota Komisi VII DPR RI, Andika"
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
        role_end = _appositive_role(after, 0)
        role = [t for t in after[1:role_end] if t.lower not in titles.APPOSITION_MARKERS or t is not after[1]]
        if role and role[0].lower in titles.APPOSITION_MARKERS:
            role = role[1:]
        if role and not (role[0].is_cap and _names_a_person(role)):  # ", Menteri ESDM Bahlil Lahadalia,": the next person
            found.append(text[role[0].start : role[-1].end])
    return found
