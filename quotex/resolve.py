"""Stage 5: resolve speakers across the document.

Pronouns (``ujarnya``, ``kata dia``) and uncued continuations go to the source
meant; short names go to the fullest name in the document (``Kim`` → ``Kim Jong
Un``) without merging different people who share a word (``Kim Dong-yup``).
Each distinct source gets one entity id.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from quotex.attribute import Candidate
from quotex.lang.id import cues, function_words, initials, nicknames, pronouns, titles
from quotex.lang.id.common_words import is_common
from quotex.speakers import (
    QUANTIFIERS, SpeakerPhrase, names_a_person, never_inside_a_name, read_speaker, roles_around, split_role_name, tokenize,
)
from quotex.speakers.names import NOT_NAME
from quotex.narrative import WINDOW as NARRATIVE_WINDOW
from quotex.narrative import narrative_subjects
from quotex.normalize import fold_case
from quotex.segment import Span, is_link_line


@attrs.frozen
class ResolvedSpeaker:
    """A candidate's source: which entity, its display name and role, and the mention."""

    entity: str
    name: str
    role: str | None
    kind: str
    mention: Span | None


@attrs.define
class _Entity:
    id: str
    kind: str
    name: str
    tokens: tuple[str, ...]
    role: str | None = None
    alias: str | None = None
    count: int = 0
    last: int = -1


_SENTENCE_START = regex.compile(r"(?:^|[.!?\"“”:]\s*|\n\s*)$")
_SPLIT = regex.compile(r"[\s\-‐]+")
_MAX_CHAIN_GAP = 2  # paragraphs between parts of a multi-paragraph quote (ads, "Baca juga")


def _name_tokens(name: str) -> tuple[str, ...]:
    """A name's lower-cased words."""
    if name.isascii() and name.isprintable() and "-" not in name:
        return tuple(name.lower().strip(" .,").split())  # its only separators are spaces: no pattern needed
    return tuple(t for t in _SPLIT.split(name.lower().strip(" .,")) if t)


class _NameWords(dict[str, tuple[str, ...]]):
    """``_name_tokens`` of each name, computed once per document (names recur through an article)."""

    def __missing__(self, name: str) -> tuple[str, ...]:
        words = self[name] = _name_tokens(name)
        return words


class _NameIndex:
    """Full personal names written in the document around a given word."""

    def __init__(self, text: str, lowered: str, name_words: _NameWords):
        self.text = text
        self._lowered = lowered  # same offsets as text, so a word found here is sliced from text
        self._name_words = name_words
        self._cache: dict[str, Counter[str]] = {}
        self._first_seen: dict[str, int] = {}
        self._nicknames: dict[tuple[str, ...], str] | None = None
        self._bracketed: dict[tuple[str, ...], str | None] = {}  #: short names in brackets, looked up when asked
        self._followers: dict[str, set[str]] = {}
        self._link_lines: dict[int, bool] = {}  #: whether the line starting there links other articles

    def capitalised_after(self, word: str) -> set[str]:
        """The capitalised words (lower-cased) that follow ``word`` anywhere in the text: ``{"harimurti",
        "suryonugroho"}`` for ``agus`` when two Aguses are named. A cheap look before reading full names."""
        found = self._followers.get(word)
        if found is None:
            found = self._followers[word] = {
                after.group(1).lower() for _, end in _word_positions(self._lowered, word)
                if (after := _CAPITALISED_NEXT.match(self.text, end)) is not None
            }
        return found

    def _names_with(self, word: str) -> Counter[str]:
        found = self._cache.get(word)
        if found is None:
            found = self._cache[word] = self._names_around(_word_positions(self._lowered, word))
        return found

    def names_around(self, position: tuple[int, int]) -> Counter[str]:
        """The full name written around the word at ``position`` (``(start, end)``), if any."""
        return self._names_around([position])

    def _names_around(self, positions: Iterable[tuple[int, int]]) -> Counter[str]:
        """The full names written around the words at ``positions``, with how often each is."""
        found: Counter[str] = Counter()
        text = self.text
        for w_start, w_end in positions:
            # each run is joined to the word by a space: "(Putin)" has neither
            before = _RUN_BEFORE.search(text, max(0, w_start - 80), w_start) if text[w_start - 1 : w_start] == " " else None
            after = _run_after(text, w_end)
            if before is None and after is None:
                continue  # the word stands alone: no full name here
            if self._on_link_line(w_start):
                continue  # a linked article's headline: "Lewandowski Mundur dari Timnas Polandia"
            run_start = before.start() if before else w_start
            run_end = after.end() if after else w_end
            tokens = tokenize(text, run_start, run_end, limit=10)
            name_from, name_to = split_role_name(tokens)
            while name_from < name_to and tokens[name_from].lower in _NOT_IN_NAMES:
                name_from += 1
            if name_to - name_from < 2:
                continue
            if name_from == 0 and name_to - name_from < 3 and _SENTENCE_START.search(text, max(0, run_start - 3), run_start):
                continue  # "Pertemuan Putin" at a sentence start is no name
            if any(_not_a_name_word(t.lower) for t in tokens[name_from:name_to]):
                continue  # a title-case headline: "Usmanto Kini Rutin Bersihkan Ranjau"
            name = text[tokens[name_from].start : tokens[name_to - 1].end]
            self._first_seen.setdefault(" ".join(self._name_words[name]), tokens[name_from].start)
            found[name] += 1
        return found

    def _on_link_line(self, pos: int) -> bool:
        line_start = self.text.rfind("\n", 0, pos) + 1
        found = self._link_lines.get(line_start)
        if found is None:
            found = self._link_lines[line_start] = is_link_line(self.text, line_start)
        return found

    def shortened(self, word: str, taken: set[tuple[str, ...]]) -> str | None:
        """The full name a short name is cut from, the starts of two of its words in a row (``Jokowi``
        for ``Joko Widodo``), when the article has it."""
        if len(word) < _SHORTEST_CUT or is_common(word):
            return None
        best: tuple[int, str] | None = None
        for name, count in self._names_around(_word_starts(self._lowered, word[:_CUT_KEY])).items():
            tokens = self._name_words[name]
            if tokens in taken or word in tokens or len(tokens) > 4 or not _cut_from(word, tokens):
                continue
            if best is None or count > best[0]:
                best = (count, name)
        return best[1] if best else None

    def nickname(self, tokens: tuple[str, ...]) -> str | None:
        """The full name the article introduces ``tokens`` for (``… Sukawati, yang biasa disapa Tjok Ace``)."""
        if self._nicknames is None:
            self._nicknames = {}
            for start, nick in _nickname_introductions(self.text, self._lowered):
                named = _INTRODUCED_NAME.search(self.text, max(0, start - 150), start)
                if named is None:
                    continue
                run = tokenize(self.text, named.start("full"), named.end("full"), limit=12)
                name_from, name_to = split_role_name(run)
                if name_to - name_from >= 2:
                    full = self.text[run[name_from].start : run[name_to - 1].end]
                    key = self._name_words[nick]
                    self._nicknames.setdefault(key, full)
                    if len(key) > 1 and key[0] in titles.HONORIFICS:
                        self._nicknames.setdefault(key[1:], full)  # "Gus Ipul" is read as Ipul, titled Gus
        found = self._nicknames.get(tokens)
        if found is None:
            if tokens not in self._bracketed:
                self._bracketed[tokens] = self._name_before_brackets(tokens)
            found = self._bracketed[tokens]
        return found

    def _name_before_brackets(self, tokens: tuple[str, ...]) -> str | None:
        """The person's full name written right before ``(SHORT NAME)`` (``Agus Harimurti Yudhoyono (AHY)``,
        ``Saifullah Yusuf (Gus Ipul)``): the short name the article goes on with. Looked up when asked."""
        closing = " ".join(tokens) + ")"
        pos = self._lowered.find(closing)
        while pos >= 0:
            opening = self._lowered.rfind(" (", max(0, pos - 6), pos)  # "(" or "(Gus " before the short name
            alias = _PARENTHESISED_ALIAS.match(self.text, opening) if opening >= 0 else None
            named = _INTRODUCED_NAME.search(self.text, max(0, opening - 150), opening) if alias is not None else None
            if named is not None:
                run = tokenize(self.text, named.start("full"), named.end("full"), limit=12)
                name_from, name_to = split_role_name(run)
                if name_to - name_from >= 2 and name_to == len(run):
                    full = self.text[run[name_from].start : run[name_to - 1].end]
                    if _plain_person_name(full) and names_a_person(self.text, run[name_from].start, run[name_to - 1].end):
                        return full
            pos = self._lowered.find(closing, pos + 1)
        return None

    def fullest(self, word: str, taken: set[tuple[str, ...]]) -> str | None:
        """The full name a short name stands for: the most frequent one whose first or last word
        is ``word``, else one holding it inside (``Fredly`` for ``Mohammad Fredly Nasution``)."""
        best: tuple[bool, int, int, str] | None = None
        for name, count in self._names_with(word).items():
            tokens = self._name_words[name]
            if tokens in taken or word not in tokens or len(tokens) > 4:
                continue
            rank = (tokens[0] == word or tokens[-1] == word, count, -self._first_seen.get(" ".join(tokens), 0), name)
            if best is None or rank[:3] > best[:3]:
                best = rank
        return best[3] if best else None


#: ``(yang) akrab disapa NICKNAME`` after a name or a description (``pria yang akrab disapa Cak Imin``).
_CALLED_AFTER = regex.compile(
    rf"[ ]+(?:yang[ ]+)?(?i:{'|'.join(sorted(nicknames.HOW))})[ ]+(?i:{'|'.join(sorted(nicknames.CALLED))})(?:[ ]+dengan)?[ ]+"
    r"(?P<nick>\p{Lu}[\w'’-]*(?:[ ]+\p{Lu}[\w'’-]*)?)"
)
#: The full name right before such an introduction: ``Tjokorda … Sukawati, (atau)``.
#: A capitalised word right after another word (and one space).
_CAPITALISED_NEXT = regex.compile(r" (\p{Lu}[\w'’-]*)")
#: A short name in brackets right after a name: `` (AHY)``, `` (Gus Ipul)``.
_PARENTHESISED_ALIAS = regex.compile(r"[ ]\((\p{Lu}[\w'’-]*(?:[ ]\p{Lu}[\w'’-]*)?)\)")
_INTRODUCED_NAME = regex.compile(r"(?P<full>\p{Lu}[\w'’.-]*(?:[ ]+\p{Lu}[\w'’.-]*){1,9}),?(?:[ ]+atau)?\Z", regex.REVERSE)


def _nickname_introductions(text: str, lowered: str) -> Iterator[tuple[int, str]]:
    """Where each ``(yang) akrab disapa NICKNAME`` starts (at the space before it), and the nickname.

    Found from the verbs (a fast substring search of the lower-cased text), not by a
    pattern's scan of the whole text.
    """
    for verb in nicknames.CALLED:
        pos = lowered.find(" " + verb + " ")
        while pos >= 0:
            how = lowered.rfind(" ", 0, pos)
            if lowered[how + 1 : pos] in nicknames.HOW:
                start = how - 5 if lowered[how - 5 : how] == " yang" else how  # the space before "yang", if it is there
                called = _CALLED_AFTER.match(text, start)
                if called is not None:
                    yield start, called.group("nick")
            pos = lowered.find(" " + verb + " ", pos + 1)


_RUN_BEFORE = regex.compile(r"(?:\p{Lu}[\w'’-]*[ ]+){1,4}\Z", regex.REVERSE)
_RUN_AFTER = regex.compile(r"(?:[ ]+\p{Lu}[\w'’-]*){1,3}")


def _run_after(text: str, end: int) -> regex.Match[str] | None:
    """``_RUN_AFTER`` at ``end`` when a space follows; not asked when the next character is plain ASCII and no capital."""
    if text[end : end + 1] != " ":
        return None
    after_space = text[end + 1 : end + 2]
    if after_space.isascii() and after_space != " " and not after_space.isupper():
        return None  # "Budi mengatakan": no capitalised word can follow the space
    return _RUN_AFTER.match(text, end, min(len(text), end + 80))


#: A short name is looked for as a cut of a full name from this many letters, by its first letters.
_SHORTEST_CUT, _CUT_KEY = 4, 3


def _word_starts(lowered: str, prefix: str) -> list[tuple[int, int]]:
    """The whole words of ``lowered`` that start with ``prefix``: ``(start, end)`` of each."""
    found = []
    i = lowered.find(prefix)
    while i >= 0:
        if not i or not (lowered[i - 1].isalnum() or lowered[i - 1] in "_'’-"):
            end = i + len(prefix)
            while end < len(lowered) and lowered[end].isalnum():
                end += 1
            found.append((i, end))
        i = lowered.find(prefix, i + 1)
    return found


def _plain_person_name(written: str) -> bool:
    """Whether a name as written holds only a person's words: no institution's or place's word, no
    acronym, no word running text writes in lower case (not ``Eka Sari Lorena Group``, ``Perserikatan
    Bangsa-Bangsa``, ``RA Kartini Jepara``, ``Luhut Bicara Hilirisasi``)."""
    return not any(never_inside_a_name(t) for t in tokenize(written, 0, len(written)) if t.is_word)


def _spelt_as_a_name(written: str) -> bool:
    """Whether each word of ``written`` is a capitalised word of two letters or more, without a digit
    (not ``Niko N``, ``Nvidia H200``, ``Yosdian ID Food``)."""
    return all(len(w) > 1 and w[0].isupper() and not w[1:].isupper() and not any(c.isdigit() for c in w) for w in written.split())


def _cut_from(word: str, tokens: tuple[str, ...]) -> bool:
    """Whether ``word`` is the starts of two words in a row of ``tokens``, each of two letters or more
    (``jokowi`` = ``jo(ko)`` + ``wi(dodo)``). The start of one word alone is not enough: ``Agus``
    would be ``Agustan``."""
    return any(
        a.startswith(word[:k]) and b.startswith(word[k:])
        for a, b in zip(tokens, tokens[1:])
        for k in range(2, len(word) - 1)
    )


def _word_positions(lowered: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands as a whole word in ``lowered`` (the text, lower-cased)."""
    found = []
    n = len(word)
    i = lowered.find(word)
    while i >= 0:
        before = lowered[i - 1] if i else " "
        after = lowered[i + n] if i + n < len(lowered) else " "
        if not (before.isalnum() or before in "_'’-") and not (after.isalnum() or after in "_'’-"):
            found.append((i, i + n))
        i = lowered.find(word, i + n)
    return found


def _not_a_name_word(lower: str) -> bool:
    return lower in _NOT_IN_NAMES or (len(lower) > 5 and lower.endswith(("kan", "nya", "lah")))


_NARRATIVE_WINDOW = 3000
_NAME_WITH_AGE = regex.compile(r"(?=\p{Lu})(?P<name>\p{Lu}[\w'’-]+(?:[ ]+\p{Lu}[\w'’-]+){0,3})[ ]*\(\d{1,3}\)")
#: The age in brackets alone: most windows hold none, and this finds that ten times faster.
_AGE = regex.compile(r"\(\d{1,3}\)")
_NAME_OPENING_SENTENCE = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?[ ]))[ ]*(?P<name>\p{Lu}[\w'’-]+(?:[ ]+\p{Lu}[\w'’-]+){0,3})(?=[ ]+\p{Ll})", regex.MULTILINE
)
#: Where a sentence may open (``_NAME_OPENING_SENTENCE`` can match only there): after a
#: line break, or after the mark that ends a sentence, a closing quote and one space.
_OPENING = re.compile(r"\n|[.!?][\"”’]? ")


def _sentence_opening_names(text: str, floor: int, before: int) -> Iterator[regex.Match[str]]:
    """``_NAME_OPENING_SENTENCE``'s matches in ``[floor, before)``, the last first.

    The pattern is tried only where a sentence may open, from the end: a fast scan for
    those places (the few characters before ``floor`` included, which its look-behind
    sees) instead of the pattern's own scan of the whole window. No match can hold such
    a place after its start (a name has no line break and no sentence mark), so these
    are the matches a scan from ``floor`` finds.
    """
    places = [m.end() for m in _OPENING.finditer(text, max(0, floor - 3), before) if m.end() > floor]
    places.insert(0, floor)
    match_at = _NAME_OPENING_SENTENCE.match
    for place in reversed(places):
        match = match_at(text, place, before)
        if match is not None:
            yield match


_NOT_IN_NAMES = (
    function_words.CLAUSE_OPENERS | function_words.SPEAKER_STOPS | function_words.ADVERBS | function_words.CALENDAR
    | pronouns.ALL | frozenset({"hal", "ini", "itu", "para", "sejumlah", "beberapa"})
)


class _Resolver:
    def __init__(self, text: str, lowered: str):
        self.text = text
        self.lowered = lowered
        self.entities: list[_Entity] = []
        self._index: _NameIndex | None = None
        self._name_words = _NameWords()

    @property
    def index(self) -> _NameIndex:
        if self._index is None:
            self._index = _NameIndex(self.text, self.lowered, self._name_words)
        return self._index

    def _new(self, kind: str, name: str, role: str | None, alias: str | None) -> _Entity:
        entity = _Entity(f"e{len(self.entities) + 1}", kind, name, self._name_words[name], role, alias)
        self.entities.append(entity)
        return entity

    def _match_person(self, tokens: tuple[str, ...]) -> _Entity | None:
        exact = [e for e in self.entities if e.kind == "person" and e.tokens == tokens]
        if exact:
            return exact[0]
        words = set(tokens)
        partial = [
            e for e in self.entities
            if e.kind == "person" and (words <= set(e.tokens) or (set(e.tokens) <= words and len(e.tokens) == 1))
        ]
        if not partial:
            return None
        return max(partial, key=lambda e: (e.count, e.last))

    def _match_other(self, phrase: SpeakerPhrase, name: str) -> _Entity | None:
        key = self._group_key(name)
        for e in self.entities:
            if e.kind == "person":
                continue
            if self._group_key(e.name) == key:
                return e
            if e.alias and (e.alias.lower() == name.lower() or (phrase.alias and phrase.alias.lower() == e.alias.lower())):
                return e
        return None

    @staticmethod
    def _group_key(name: str) -> str:
        words = [w for w in name.lower().split() if w not in QUANTIFIERS]
        return " ".join(words)

    def named(self, phrase: SpeakerPhrase, position: int) -> _Entity:
        name = phrase.name or phrase.role or self.text[phrase.start : phrase.end]
        titled = self._titled_person(name, phrase, position) if phrase.kind in ("person", "organisation") else None
        if titled is not None:  # "Selain itu, jaksa juga menyebut": the person the article gave that title
            titled.count += 1
            titled.last = position
            return titled
        if phrase.kind == "person" and phrase.name:
            tokens = self._name_words[name]
            entity = self._match_person(tokens)
            if entity is not None and len(tokens) == 1 and len(entity.tokens) > 1:
                entity = self._nearer_namesake(tokens[0], phrase, entity)
            if entity is None and (full := self.index.nickname(tokens)) is not None:
                entity = self._match_person(self._name_words[full]) or self._new("person", full, phrase.role, phrase.alias)
            if entity is None:
                if len(tokens) == 1:
                    entity = self._cut_from_a_source(tokens[0])  # "Zulhas" after "Zulkifli Hasan" spoke
                if entity is None and len(tokens) == 1:
                    taken = {e.tokens for e in self.entities}
                    full = self.index.fullest(tokens[0], taken) or self.index.shortened(tokens[0], taken)
                    if full:
                        entity = self._match_person(self._name_words[full])
                        if entity is None:
                            entity = self._new("person", full, phrase.role, phrase.alias)
                if entity is None:
                    entity = self._new("person", name, phrase.role, phrase.alias)
            elif len(tokens) > len(entity.tokens):
                entity.name, entity.tokens = name, tokens
        elif phrase.kind == "organisation" and len(words := self._name_words[name]) == 1 and (full := self.index.nickname(words)) is not None:
            # an acronym the article gave a person's name: "Agus Harimurti Yudhoyono (AHY)" … "kata AHY"
            entity = self._match_person(self._name_words[full]) or self._new("person", full, phrase.role, phrase.alias)
        else:
            kind = phrase.kind if phrase.kind in ("organisation", "group") else "organisation"
            if phrase.kind == "person":
                kind = "person"
            entity = self._match_other(phrase, name) or self._new(kind, name, phrase.role, phrase.alias)
        if phrase.role and _fuller_role(phrase.role, entity.role):
            entity.role = phrase.role
        if entity.alias is None and phrase.alias:
            entity.alias = phrase.alias
        entity.count += 1
        entity.last = position
        return entity

    def _nearer_namesake(self, word: str, phrase: SpeakerPhrase, entity: _Entity) -> _Entity:
        """``entity``, unless the text's nearest full name with ``word`` before the phrase is someone else's:
        ``AHY`` was quoted as Agus Harimurti Yudhoyono, then ``Irjen Agus Suryonugroho …  ujar Agus``."""
        if self.index.capitalised_after(word) <= set(entity.tokens[1:2]):
            return entity  # no other full name in the article starts with the word (nearly always)
        before = [at for at in _word_positions(self.lowered, word) if at[1] <= phrase.start]
        for at in reversed(before[-_TITLE_MENTIONS:]):
            names = self.index.names_around(at)
            if not names:
                continue  # the word alone: "Agus meminta …"
            written = names.most_common(1)[0][0]
            nearest = self._name_words[written]
            if nearest == entity.tokens or nearest[0] != word or not _plain_person_name(written) or not _spelt_as_a_name(written):
                return entity  # the same person, or no one's plain first name ("Eka Sari Lorena Group", "RA Kartini Jepara Wisnu")
            return self._match_person(nearest) or self._new("person", names.most_common(1)[0][0], phrase.role, phrase.alias)
        return entity

    def _cut_from_a_source(self, word: str) -> _Entity | None:
        """The person already quoted whose full name ``word`` is cut from (``Zulhas``: Zulkifli Hasan) or
        made of the initials of (``AHY``: Agus Harimurti Yudhoyono), if exactly one is."""
        if is_common(word):
            return None
        cut = [
            e for e in self.entities
            if e.kind == "person" and 1 < len(e.tokens) <= 4 and (
                (len(word) >= _SHORTEST_CUT and _cut_from(word, e.tokens)) or (len(e.tokens) >= 3 and word == "".join(t[0] for t in e.tokens))
            )
        ]
        return cut[0] if len(cut) == 1 else None

    def _common_noun_title(self, phrase: SpeakerPhrase) -> bool:
        """Whether a phrase is written as a common noun (``jaksa``, ``sang pelatih``, or a capital only
        because a sentence starts there), not as a capitalised title standing for a name (``kata Presiden``).

        The second kind is left as written: PFSA-ID's gold keeps ``Presiden`` as the speaker there.
        """
        start = phrase.name_start if phrase.name_start >= 0 else phrase.start
        first = self.text[start : start + 1]
        return first.islower() or _SENTENCE_START.search(self.text, max(0, start - 3), start) is not None

    def _titled_person(self, name: str, phrase: SpeakerPhrase, position: int) -> _Entity | None:
        """The person a bare title written as a common noun stands for (``jaksa``, ``sang pelatih``): the
        last source given that title, else the last person the text names with it before the phrase."""
        words = self._name_words[name]
        if not words or (words[0] not in titles.ROLE_WORDS and words[0] not in _TITLE_DETERMINERS):
            return None  # nearly every phrase: a name
        words = tuple(w for w in words if w not in _TITLE_DETERMINERS)
        if not words or len(words) > 2 or not all(w in titles.ROLE_WORDS for w in words) or not self._common_noun_title(phrase):
            return None
        head = words[0]
        given = [e for e in self.entities if e.kind == "person" and e.role and head in self._name_words[e.role]]
        if given:
            return max(given, key=lambda e: e.last)
        earlier = [start for start, _ in _word_positions(self.lowered, head) if start < phrase.start]
        for match in reversed(earlier[-_TITLE_MENTIONS:]):  # the nearest mentions first
            found = read_speaker(self.text, match, min(len(self.text), match + 200))
            if (
                found is not None and found.kind == "person" and found.name and found.name_start > match and found.role
                and names_a_person(self.text, found.name_start, found.name_end)  # not a headline's words
            ):
                if self._name_words[found.role][:1] == (head,):
                    return self.named(found, position)
        return None

    def pointed(self, phrase: SpeakerPhrase, last: _Entity | None, position: int, quote_start: int, since: int = 0) -> _Entity | None:
        """The entity a pronoun or description points back to.

        A person the narration names as a subject since the last quote (``since``) comes
        first; then the last person quoted; then a person introduced before anyone spoke.
        """
        word = (phrase.name or "").lower()
        if word in pronouns.PLURAL:
            group = self._group_in_narration(since, quote_start)
            if group is not None:
                return self.named(group, position)  # "… kekecewaan dari para atlet … Mereka menilai": the athletes
            for e in sorted(self.entities, key=lambda e: e.last, reverse=True):
                if e.kind in ("group", "organisation"):
                    return e
            for subject in narrative_subjects(self.text, since, quote_start):
                entity = self._known_or_full(subject, position)
                if entity is not None:
                    return entity  # "Begitu pula Microsoft, yang menolak berkomentar. Mereka hanya mengonfirmasi"
            return None  # never the last person quoted: "mereka" is not one person
        for subject in narrative_subjects(self.text, since, quote_start):
            # a one-word name nobody quoted counts when the narration has it speak or advise
            # ("Budiyanto menyarankan agar …"); not a name only mentioned ("Evan tiba …")
            entity = self._known_or_full(subject, position, speaks=_speaks_after(self.text, subject.end, quote_start))
            if entity is not None:
                return entity
        people = [e for e in self.entities if e.kind == "person"]
        if people:
            return max(people, key=lambda e: e.last)
        named = self._person_in_narrative(quote_start)
        if named is not None:
            return self.named(named, position)
        return last

    def _group_in_narration(self, since: int, quote_start: int) -> SpeakerPhrase | None:
        """The group the narration last names before ``quote_start`` (``para atlet``, ``sejumlah warga``), read from
        a quantifier since the last quote; a plural pronoun means it."""
        floor = max(since, quote_start - NARRATIVE_WINDOW)
        starts = [m.start(1) for m in _GROUP_START.finditer(self.lowered, floor, quote_start)]
        for start in reversed(starts[-_GROUP_TRIES:]):
            found = read_speaker(self.text, start, min(quote_start, start + 80))
            if found is None or found.kind != "group" or not found.name:
                continue
            words = found.name.lower().split()
            if len(words) >= 2 and (words[0] == "para" or words[1] in _PEOPLE_NOUNS):
                return found  # people: "para X" always, "sejumlah warga"; not "sejumlah uang", "semua lokasi"
        return None

    def narrated(self, since: int, quote_start: int, position: int) -> _Entity | None:
        """The person the narration in ``text[since:quote_start]`` last makes its subject, if any."""
        if _SPEAKING_VERBS.isdisjoint(_WORDS.findall(self.lowered, max(since, quote_start - NARRATIVE_WINDOW), quote_start)):
            return None  # no one in it speaks: no subject to look for (most uncued quotes)
        for subject in narrative_subjects(self.text, since, quote_start):
            if not _speaks_after(self.text, subject.end, quote_start):
                continue  # a subject that does something else ("Ammar Zoni dipindah …") says nothing
            entity = self._known_or_full(subject, position)
            if entity is not None:
                return entity
        return None

    def _known_or_full(self, phrase: SpeakerPhrase, position: int, *, speaks: bool = False) -> _Entity | None:
        """The entity of a narrated subject: a known source, or a full name (a lone common word is neither);
        ``speaks``: the narration has it speak, so one word that is no common word names it too."""
        tokens = self._name_words[phrase.name or ""]
        if not tokens:
            return None
        if len(tokens) == 1 and self._match_person(tokens) is None and self.index.fullest(tokens[0], set()) is None and not (
            speaks and not is_common(tokens[0])
        ):
            return None  # one word nobody spoke under and no full name has: "Kebijakan", "Evan"
        return self.named(phrase, position)

    def _person_in_narrative(self, before: int) -> SpeakerPhrase | None:
        """The last person the text names before ``before`` when no one has spoken yet.

        ``Usmanto (35) mengumpulkan … "…," ujar dia``: a name with an age, or a name
        opening a sentence, introduces the person a later pronoun means.
        """
        floor = max(0, before - _NARRATIVE_WINDOW)
        if _AGE.search(self.text, floor, before) is not None:  # most windows give no age: skip the slower pattern
            # matches never overlap, so their names come in text order: read from the end
            found = self._last_name(reversed(list(_NAME_WITH_AGE.finditer(self.text, floor, before))), 1)
            if found is not None:
                return found  # a name given with an age is the surest introduction
        return self._last_name(_sentence_opening_names(self.text, floor, before), 2)

    def _last_name(self, matches: Iterable[regex.Match[str]], min_words: int) -> SpeakerPhrase | None:
        """The name of the first of ``matches`` (last in the text first) that has at least ``min_words`` words."""
        text = self.text
        for match in matches:
            tokens = tokenize(text, match.start("name"), match.end("name"), limit=6)
            name_from, name_to = split_role_name(tokens)
            if name_to - name_from < min_words or tokens[name_from].lower in _NOT_IN_NAMES or tokens[name_from].lower.endswith("nya"):
                continue
            start, end = tokens[name_from].start, tokens[name_to - 1].end
            return SpeakerPhrase(start, end, "person", text[start:end], start, end)
        return None


#: A quantifier opening a group's phrase (``para atlet``, ``sejumlah warga``) and the word after it.
_GROUP_START = regex.compile(r"(?<!\w)((?:" + "|".join(sorted(QUANTIFIERS - {"banyak", "pihak", "kalangan"})) + r")[ ]+)\p{Ll}")
#: How many of the nearest such phrases are read.
_GROUP_TRIES = 3
#: Nouns for people, which a group of people is made of.
_PEOPLE_NOUNS = titles.ROLE_WORDS | initials.PERSON_NOUNS | pronouns.DESCRIPTORS
_WORDS = regex.compile(r"\w+")
_NEXT_WORD = regex.compile(r"[^\S\n]*(\w+)")
#: Verbs that make a narrated subject the speaker of the uncued quote after it. (Every form of
#: every speech lemma was tried: ``X melaporkan`` by a medium, then someone else's quote, cost more.)
#: Verbs that make a narrated subject a speaker; not ``mencatat``, which records data (``Personal Weather mencatat …``).
_SPEAKING_VERBS = (frozenset(w.lower() for w in cues.SPEECH_VERBS) | cues.ADVICE_VERBS) - cues.COMPLEMENT_ONLY_VERBS


def _speaks_after(text: str, end: int, limit: int) -> bool:
    """Whether a speech or advice verb follows the subject ending at ``end`` (past adverbs: ``juga``, ``sempat``)."""
    for _ in range(3):
        word = _NEXT_WORD.match(text, end, limit)
        if word is None:
            return False
        low = word.group(1).lower()
        if low in _SPEAKING_VERBS:
            return True
        if low not in function_words.ADVERBS:
            return False
        end = word.end()
    return False


#: Words before a bare title that do not change whom it means: ``sang pelatih``.
_TITLE_DETERMINERS = frozenset({"sang", "si", "pak", "bu"})
#: How many earlier mentions of a title are read for the person who holds it.
_TITLE_MENTIONS = 5


def _fuller_role(role: str, than: str | None) -> bool:
    """Whether ``role`` says more than ``than`` (more words); a title alone (``Dr.``) says little."""
    return than is None or len(role.split()) > len(than.split())


def _part_organisation_from_name(text: str, entity: _Entity) -> None:
    """Leave out of a person's name an organisation that the article writes before it and on its own
    elsewhere, when it also writes the rest of the name on its own: ``Damkar Makassar | Hasanuddin``
    (``diterima Damkar Makassar``, ``Hasanuddin menyebut``), ``Muhammadiyah | Ridho Al Hamdi``.

    Only a run of three words or more is looked at, and the organisation's first word is no common
    word (``Budi``, ``Sri`` stay names) nor a Balinese name's opener.
    """
    words = entity.name.split(" ")
    if len(words) < 3 or words[0].lower() in titles.NAME_OPENERS or is_common(words[0].lower()):
        return
    if not all(w[:1].isupper() and w[:1].isalpha() for w in words):
        return  # "41 persen responden": no one's name
    kept = ""
    for cut in range(1, len(words)):
        organisation, rest = " ".join(words[:cut]), words[cut:]
        if len(words[cut - 1].strip(".")) == 1 or len(rest[0].strip(".")) == 1 or rest[0].lower() in NOT_NAME:
            continue  # an initial ("Dedie A Rachim") or a place ("Damkar | Tulungagung Iwan …") opens no name
        if _stands_as_organisation(text, organisation) and _written_apart(text, rest[0], words[cut - 1]):
            kept = " ".join(rest)  # and read on: "Damkar | Tulungagung | Iwan Supriyono"
    if kept:
        entity.name, entity.tokens = kept, _name_tokens(kept)


def _mentions(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Where ``phrase`` stands in ``text`` as whole words."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if not text[start - 1 : start].isalnum() and not text[end : end + 1].isalnum():
            yield start, end
        start = text.find(phrase, end)


def _stands_as_organisation(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands on its own in ``text`` (no capitalised word after it) and never after a cue:
    ``kata Asep`` makes it a name (an organisation may speak, ``Intel menyampaikan``, but is not cued so)."""
    alone = False
    for start, end in _mentions(text, phrase):
        after = _NEXT_WORD.match(text, end)
        before = _LAST_WORD_BEFORE.search(text, max(0, start - 20), start)
        if before is not None and before.group(1).lower() in _CUE_WORDS:
            return False
        alone = alone or after is None or not after.group(1)[0].isupper()
    return alone


def _written_apart(text: str, word: str, neighbour: str) -> bool:
    """Whether ``word`` stands in ``text`` without ``neighbour`` right before it: ``kata Ridho``."""
    reach = len(neighbour) + 4
    return any(not text[max(0, start - reach) : start].rstrip().endswith(neighbour) for start, _ in _mentions(text, word))


_LAST_WORD_BEFORE = regex.compile(r"(\w+)[^\S\n]+\Z")
_CUE_WORDS = frozenset(w.lower() for w in cues.AFTER_CUES)


def _roles_from_text(text: str, entity: _Entity) -> None:
    """Give a person the fullest title the article writes around any full mention of its name."""
    start = text.find(entity.name)
    seen = 0
    while start >= 0 and seen < _ROLE_MENTIONS:
        for role in roles_around(text, start, start + len(entity.name)):
            if _fuller_role(role, entity.role):
                entity.role = role
        seen += 1
        start = text.find(entity.name, start + len(entity.name))


#: How many mentions of a name are read for its title.
_ROLE_MENTIONS = 5


def _opens_with_title(description: str) -> bool:
    """Whether a description opens with a title word (``Ketua``, ``mantan Menteri``), not only a person's noun (``Ibu``)."""
    first = description.split(" ", 1)[0].lower()
    return first in titles.ROLE_WORDS or first in ("mantan", "eks", "sang")


def _end_of(cand: Candidate) -> int:
    """Where a candidate and its attribution end."""
    end = cand.end
    if cand.cue is not None:
        end = max(end, cand.cue.end)
    if cand.speaker is not None:
        end = max(end, cand.speaker.end)
    return end


def _chains(candidates: Sequence[Candidate]) -> list[int]:
    """Chain id per candidate: parts of one split or multi-paragraph quote share it."""
    ids = list(range(len(candidates)))
    for i in range(1, len(candidates)):
        prev, cur = candidates[i - 1], candidates[i]
        multi_paragraph = (
            prev.runs_to_paragraph_end and cur.opens_paragraph and 0 < cur.paragraph - prev.paragraph <= _MAX_CHAIN_GAP
        )
        if cur.chain_with_previous or multi_paragraph:
            ids[i] = ids[i - 1]
    return ids


def resolve_speakers(
    text: str, candidates: Sequence[Candidate], lowered: str | None = None
) -> tuple[list[ResolvedSpeaker | None], list[ResolvedSpeaker]]:
    """Each candidate's resolved speaker, and one entry per distinct source.

    ``lowered`` is ``fold_case(text)`` when the caller has it already.
    """
    resolver = _Resolver(text, fold_case(text) if lowered is None else lowered)
    chains = _chains(candidates)
    own: list[_Entity | None] = [None] * len(candidates)
    last: _Entity | None = None
    for i, cand in enumerate(candidates):
        phrase = cand.speaker
        if phrase is None or cand.inherits:
            continue
        if phrase.kind == "descriptor" and (called := _CALLED_AFTER.match(text, phrase.end)) is not None:
            start, end = called.span("nick")  # "kata pria yang akrab disapa Cak Imin": that name
            phrase = SpeakerPhrase(start, end, "person", called.group("nick"), start, end, phrase.role)
        if phrase.kind in ("pronoun", "descriptor"):
            since = _end_of(candidates[i - 1]) if i else 0
            entity = resolver.pointed(phrase, last, i, min(cand.start, phrase.start), since)
            if entity is not None:
                entity.last = i
                if (
                    phrase.kind == "descriptor" and phrase.role and entity.kind == "person" and _fuller_role(phrase.role, entity.role)
                    and _opens_with_title(phrase.role)
                ):
                    # "Ketua … ISNA Periode 2018-2024 itu mengatakan": a title for the person meant; "Ibu tiga anak itu" is none
                    entity.role = phrase.role
        else:
            entity = resolver.named(phrase, i)
        own[i] = entity
        last = entity or last
    # continuations: the explicit speaker of their chain, else the previous quote's
    chain_speaker: dict[int, _Entity] = {}
    for chain, entity in zip(chains, own):
        if entity is not None:
            chain_speaker.setdefault(chain, entity)
    final: list[_Entity | None] = list(own)
    for i, cand in enumerate(candidates):
        if final[i] is not None or not (cand.inherits or cand.speaker is None):
            continue
        if chains[i] in chain_speaker:
            final[i] = chain_speaker[chains[i]]
        else:
            # an uncued quote after narration that makes someone its subject ("Rush juga menyarankan …")
            # is that person's; right after another quote it continues that quote's speaker
            since = _end_of(candidates[i - 1]) if i else 0
            final[i] = resolver.narrated(since, cand.start, i) or (final[i - 1] if i else None)
    for entity in {id(e): e for e in final if e is not None}.values():
        if entity.kind == "person":
            _part_organisation_from_name(text, entity)
            _roles_from_text(text, entity)
        if entity.role is None and all(w in titles.ROLE_WORDS for w in entity.tokens):
            entity.role = entity.name  # a role used as a name the article never fills: "Menpar"
    results: list[ResolvedSpeaker | None] = []
    for cand, entity in zip(candidates, final):
        if entity is None:
            results.append(None)
            continue
        phrase = cand.speaker if not cand.inherits else None
        mention = None
        if phrase is not None and phrase.name_start >= 0 and phrase.name != "nya":
            start, end = phrase.name_start, phrase.name_end
            if text[start:end].endswith(" " + entity.name):
                start = end - len(entity.name)  # the organisation parted from the name ("Nvidia | Jensen Huang")
            mention = Span(start, end)
        elif phrase is not None and phrase.kind == "descriptor":
            mention = Span(phrase.start, phrase.end)
        role = entity.role  # the fullest title the article gives this source
        results.append(ResolvedSpeaker(entity.id, entity.name, role, entity.kind, mention))
    used = {r.entity for r in results if r is not None}
    first_mention: dict[str, Span | None] = {}
    for r in results:
        if r is not None and r.mention is not None:
            first_mention.setdefault(r.entity, r.mention)
    sources = [
        ResolvedSpeaker(e.id, e.name, e.role, e.kind, first_mention.get(e.id))
        for e in resolver.entities
        if e.id in used
    ]
    return results, sources
