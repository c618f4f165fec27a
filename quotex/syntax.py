"""Stage 4b (stanza backend): add what a dependency parse sees and the rules missed.

The rules run first and keep the final say. The parse is asked only about
*attribution zones*: sentences with a speech verb (any affixed form of a speech
lemma) outside quote marks that no rule candidate used as its cue. There:

- a speech verb (confirmed by its lemma and a ``VERB`` tag) with an ``nsubj``
  and a ``ccomp``/``parataxis`` complement reports the complement as indirect
  speech (mixed or direct when it holds quote marks) by the subject's phrase;
- an uncued quote the rules credited to the previous speaker gets the
  subject of a speech verb in its own sentence instead.

Plain data in (normalized text, candidates, zones, parses), candidates out.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs
import regex

from quotex.attribute import SPEAKING_KINDS, Candidate
from quotex.intervals import IntervalSet, QuoteIndex
from quotex.lang.id import cues
from quotex.lang.id.speech_lemmas import (
    ATTITUDE_LEMMAS, CONTENT_RELATIONS, PASSIVE_PREFIXES, SPEECH_LEMMAS, SUBJECT_RELATIONS,
)
from quotex.speech_forms import SPEECH_FORMS
from quotex.lang.id.common_words import is_common
from quotex.speakers import SpeakerPhrase, phrase_in_span, read_subject
from quotex.model import QuoteKind
from quotex.parse import ParsedSentence, ParsedWord
from quotex.quote_spans import find_quote_spans
from quotex.segment import Span, split_paragraphs, split_sentences, strip_span

_WORD = regex.compile(r"\w+")


def _speech_word_outside(text: str, sentence: Span, quotes: QuoteIndex, taken: IntervalSet) -> bool:
    for match in _WORD.finditer(text, sentence.start, sentence.end):
        if match.group().lower() in SPEECH_FORMS and not quotes.covers(match.start()) and not taken.overlaps(match.start(), match.end()):
            return True
    return False


def _taken_by(candidates: Sequence[Candidate]) -> IntervalSet:
    """The text the rules already explain: every candidate's span and cue."""
    taken = IntervalSet()
    for cand in candidates:
        taken.add(cand.start, cand.end)
        if cand.cue is not None:
            taken.add(cand.cue.start, cand.cue.end)
    return taken


def find_parse_zones(text: str, candidates: Sequence[Candidate]) -> list[Span]:
    """Sentences worth parsing: a speech word outside quotes that no candidate explains."""
    taken = _taken_by(candidates)
    uncued = {c.zone for c in candidates if c.inherits == "previous"}
    zones: list[Span] = []
    for paragraph in split_paragraphs(text):
        spans = find_quote_spans(text, paragraph.start, paragraph.end)
        quotes = QuoteIndex(spans)
        for sentence in split_sentences(text, paragraph, spans):
            if sentence in uncued or _speech_word_outside(text, sentence, quotes, taken):
                zones.append(sentence)
    return zones


@attrs.frozen
class _Tree:
    """One parsed sentence with absolute offsets and child lists."""

    words: tuple[ParsedWord, ...]
    children: tuple[tuple[int, ...], ...]

    @classmethod
    def build(cls, sentence: ParsedSentence, offset: int) -> _Tree:
        words = tuple(attrs.evolve(w, start=w.start + offset, end=w.end + offset) for w in sentence)
        kids: list[list[int]] = [[] for _ in words]
        for i, w in enumerate(words):
            if 0 <= w.head < len(words) and w.head != i:
                kids[w.head].append(i)
        return cls(words, tuple(tuple(k) for k in kids))

    def subtree_span(self, i: int) -> tuple[int, int]:
        start, end, seen, stack = self.words[i].start, self.words[i].end, {i}, [i]
        while stack:
            for child in self.children[stack.pop()]:
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
                    start, end = min(start, self.words[child].start), max(end, self.words[child].end)
        return start, end

    def child(self, i: int, relations: frozenset[str]) -> int | None:
        return next((c for c in self.children[i] if self.words[c].deprel in relations), None)

    def is_clause(self, i: int) -> bool:
        """A predicate (verb, adjective) or a nominal with its own subject: what a statement needs.

        ``memastikan kemenangan …`` tagged ``ccomp`` is an object, not a statement.
        """
        if self.words[i].upos in _PREDICATES:
            return True
        return any(self.words[c].deprel in SUBJECT_RELATIONS | {"cop"} for c in self.children[i])

    def subject(self, verb: int) -> int | None:
        """The verb's subject nearest before it (a misparse can give it two)."""
        before = [c for c in self.children[verb] if self.words[c].deprel in SUBJECT_RELATIONS and self.words[c].start < self.words[verb].start]
        return before[-1] if before else self.child(verb, SUBJECT_RELATIONS)

    def content_span(self, verb: int, content: int) -> tuple[int, int]:
        """What ``verb`` reports: its complement, widened to a small clause's subject before it
        (``menyebut [dua tim]obj [masih stabil]ccomp``) and to clauses conjoined after it."""
        start, end = self.subtree_span(content)
        if self.words[content].start < self.words[verb].start:
            return start, end  # "…, kata X": the content before the verb, on its own
        right = [c for c in self.children[verb] if self.words[c].start > self.words[verb].start and self.words[c].deprel != "punct"]
        k = right.index(content)
        if k > 0 and self.words[right[k - 1]].deprel == "obj":
            start = self.subtree_span(right[k - 1])[0]
        for c in right[k + 1 :]:
            if self.words[c].deprel in _CONTINUING:
                end = max(end, self.subtree_span(c)[1])
        return start, end


_PREDICATES = frozenset({"VERB", "ADJ", "AUX"})
#: Relations that continue the reported content after the complement: "… stabil dan memiliki …".
_CONTINUING = frozenset({"conj", "parataxis", "ccomp", "advcl"})


def _is_speech_verb(word: ParsedWord) -> bool:
    if word.upos != "VERB":
        return False
    surface = word.text.lower()
    if surface.startswith(PASSIVE_PREFIXES) and not surface.startswith(word.lemma):
        return False  # passive: its subject is spoken about ("Rusia dilaporkan …")
    return word.lemma in SPEECH_LEMMAS or word.lemma in ATTITUDE_LEMMAS or word.text.lower() in cues.SPEECH_VERBS


_COMPLEMENTIZER = regex.compile(rf"(?:{'|'.join(cues.COMPLEMENTIZERS)})\b[\s,:]*", regex.IGNORECASE)


def _after_complementizer(text: str, start: int, end: int) -> int:
    """Reported content starts after ``bahwa`` / ``yakni``."""
    match = _COMPLEMENTIZER.match(text, start, end)
    return match.end() if match else start


def _speaker(text: str, tree: _Tree, subject: int, verb: int, quotes: QuoteIndex, floor: int) -> SpeakerPhrase | None:
    """The speaker phrase of ``subject``: the rules' reading of it when they agree on where it is."""
    head = tree.words[subject]
    if head.upos not in ("PROPN", "NOUN", "PRON"):
        return None
    start, end = strip_span(text, *tree.subtree_span(subject), lead=",:;-")
    if end - start > 120 or end > tree.words[verb].start or quotes.covers(start) or quotes.within(start, end):
        return None  # too long, after the verb, or quoted words: a misparse
    ruled = read_subject(text, floor, tree.words[verb].start)
    if ruled is not None and ruled.start < end and start < ruled.end:
        phrase = _confirm_name(text, tree, subject, ruled)  # the rules know datelines, appositions and titles
        return None if _a_topic(phrase) else phrase
    phrase = phrase_in_span(text, start, end)
    if phrase is None or phrase.kind not in SPEAKING_KINDS or _a_topic(phrase):
        return None
    if phrase.kind in ("person", "organisation") and not any(w.upos == "PROPN" for w in tree.words if start <= w.start < end):
        phrase = attrs.evolve(phrase, kind="descriptor", role=text[start:end], name=None, name_start=-1, name_end=-1)
    return phrase


def _a_topic(phrase: SpeakerPhrase) -> bool:
    """One capitalised common word as the subject (``Kebingungannya``, ``Kasus``): a topic the parse made a source."""
    return phrase.kind in ("person", "organisation") and bool(phrase.name) and " " not in phrase.name and is_common(phrase.name.lower())


_NAME_PARTS = frozenset({"flat", "flat:name"})


def _name_run(tree: _Tree, subject: int) -> tuple[int, int] | None:
    """The proper-noun name of ``subject``: the head with its ``flat`` parts, or an ``appos`` name."""
    head = subject
    if tree.words[head].upos != "PROPN":
        head = next((c for c in tree.children[subject] if tree.words[c].deprel == "appos" and tree.words[c].upos == "PROPN"), -1)
        if head < 0:
            return None
    parts = [head, *(c for c in tree.children[head] if tree.words[c].deprel in _NAME_PARTS and tree.words[c].upos == "PROPN")]
    return min(tree.words[i].start for i in parts), max(tree.words[i].end for i in parts)


def _confirm_name(text: str, tree: _Tree, subject: int, phrase: SpeakerPhrase) -> SpeakerPhrase:
    """Keep the rules' name unless a word of it is no proper noun and the parse has a name run.

    ``Pemain bulu tangkis …, Leo Rolly Carnando menyebutkan``: the parse's ``appos`` name wins.
    """
    if phrase.kind != "person" or phrase.name_start < 0:
        return phrase
    in_name = [w for w in tree.words if phrase.name_start <= w.start < phrase.name_end]
    if all(w.upos == "PROPN" for w in in_name):
        return phrase
    run = _name_run(tree, subject)
    if run is None or not (phrase.start <= run[0] and run[1] <= phrase.end) or run == (phrase.name_start, phrase.name_end):
        return phrase
    role = text[phrase.start : run[0]].strip(" ,") or phrase.role
    return attrs.evolve(phrase, name=text[run[0] : run[1]], name_start=run[0], name_end=run[1], role=role)


def _reported(text: str, tree: _Tree, zone: Span, paragraph: int, taken: IntervalSet,
              quotes: QuoteIndex) -> list[Candidate]:
    found: list[Candidate] = []
    for i, verb in enumerate(tree.words):
        if not _is_speech_verb(verb) or quotes.covers(verb.start) or taken.overlaps(verb.start, verb.end):
            continue
        subject, content = tree.subject(i), tree.child(i, CONTENT_RELATIONS)
        if subject is None or content is None or not tree.is_clause(content):
            continue
        phrase = _speaker(text, tree, subject, i, quotes, quotes.clause_start(zone.start, verb.start))
        if phrase is None:
            continue
        start, end = strip_span(text, *tree.content_span(i, content), lead=",:;-")
        clause_start, start = start, _after_complementizer(text, start, end)
        if start == clause_start and verb.text.lower() in cues.COMPLEMENT_ONLY_VERBS:
            continue  # "BPBD mencatat 1.168 rumah rusak": data, not a statement (as the rules read it)
        if start == clause_start and verb.text.lower() in cues.MARKED_CONTENT_VERBS and not any(m in text[verb.end : start] for m in ",:"):
            continue  # "melanjutkan pendidikan ke …": going on with a thing (as the rules read it)
        if len(_WORD.findall(text, start, end)) < 3 or taken.overlaps(start, end):
            continue
        if start < phrase.end and phrase.start < end:
            continue  # the subject inside its own content: a misparse
        inner = quotes.within(start - 1, end + 1)
        kind = QuoteKind.MIXED if inner else QuoteKind.INDIRECT
        if len(inner) == 1 and inner[0].start <= start + 1 and inner[0].end >= end - 1:
            kind, start, end = QuoteKind.DIRECT, inner[0].start, inner[0].end
        confidence = 0.55 if verb.lemma in ATTITUDE_LEMMAS else 0.65
        found.append(Candidate(start, end, kind, confidence, zone, paragraph, Span(verb.start, verb.end), phrase))
        taken.add(min(start, verb.start), max(end, verb.end))
    return found


def _name_uncued(text: str, cand: Candidate, tree: _Tree, taken: IntervalSet, quotes: QuoteIndex) -> Candidate | None:
    """An uncued quote credited to the subject of a speech verb that governs it in the same sentence."""
    for i, verb in enumerate(tree.words):
        if not _is_speech_verb(verb) or cand.start <= verb.start < cand.end or taken.overlaps(verb.start, verb.end):
            continue
        subject = tree.subject(i)
        if subject is None:
            continue
        content = tree.child(i, CONTENT_RELATIONS)
        span = tree.subtree_span(content) if content is not None else None
        governs = span is not None and span[0] < cand.end and cand.start < span[1]
        quote_heads = [w for w in tree.words if cand.start <= w.start < cand.end and w.head == i]
        if not (governs or quote_heads or (0 <= verb.head < len(tree.words) and cand.start <= tree.words[verb.head].start < cand.end)):
            continue
        phrase = _speaker(text, tree, subject, i, quotes, quotes.clause_start(cand.zone.start, verb.start))
        if phrase is None:
            continue
        taken.add(verb.start, verb.end)
        return attrs.evolve(cand, speaker=phrase, cue=Span(verb.start, verb.end), inherits="", confidence=0.7)
    return None


def refine_with_parses(text: str, candidates: list[Candidate], zones: Sequence[Span],
                       parses: Sequence[Sequence[ParsedSentence]]) -> list[Candidate]:
    """Candidates in document order: the rules' own, plus what the parses of ``zones`` add."""
    taken = _taken_by(candidates)
    out = list(candidates)  # the input list is left as it is
    position = {id(c): i for i, c in enumerate(out)}
    paragraphs = list(split_paragraphs(text))
    paragraph_starts = [p.start for p in paragraphs]
    by_zone: dict[Span, list[Candidate]] = {}
    for cand in candidates:
        by_zone.setdefault(cand.zone, []).append(cand)
    quote_indexes: dict[int, QuoteIndex] = {}  # per paragraph: zones often share one
    for zone, sentences in zip(zones, parses):
        paragraph = max(0, bisect_right(paragraph_starts, zone.start) - 1)
        if paragraph not in quote_indexes:
            quote_indexes[paragraph] = QuoteIndex(find_quote_spans(text, paragraphs[paragraph].start, paragraphs[paragraph].end))
        quotes = quote_indexes[paragraph]
        for sentence in sentences:
            tree = _Tree.build(sentence, zone.start)
            for cand in by_zone.get(zone, []):
                if out[position[id(cand)]] is cand and cand.inherits == "previous" and cand.kind is QuoteKind.DIRECT:
                    named = _name_uncued(text, cand, tree, taken, quotes)
                    if named is not None:
                        out[position[id(cand)]] = named
            out.extend(_reported(text, tree, zone, paragraph, taken, quotes))
    return sorted(out, key=lambda c: (c.start, -c.end))
