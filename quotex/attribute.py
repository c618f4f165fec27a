"""Stage 4: decide which spans are quotes and who is credited in the text.

For each sentence, in order:

1. a quote span followed by a cue (``"…," kata Putin``) or preceded by one
   (``Putin mengatakan, "…"``, ``… dalam bahasa Korea: "…"``) is a direct quote;
2. reported speech without marks (``X mengatakan bahwa …``, ``Menurut X, …``,
   ``…, kata para analis.``) is indirect, or mixed when it quotes some words;
3. a remaining span long enough to be speech continues the previous speaker;
   a short one (``"kamerad"``) is a term, not a quote.

The speaker here is the phrase as written (:class:`~quotex.speakers.SpeakerPhrase`);
pronouns and continuations are resolved by :mod:`quotex.resolve`.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Sequence

import attrs
import regex

from quotex.cue_index import CueIndex
from quotex.intervals import IntervalSet, QuoteIndex
from quotex.lang.id import cues, function_words, predicates, pronouns, quote_marks, terms, titles
from quotex.speakers import SpeakerPhrase, names_a_person, read_speaker, read_subject
from quotex.model import QuoteKind
from quotex.normalize import fold_case
from quotex.quote_spans import QuoteSpan, find_quote_spans
from quotex.roots import root_of
from quotex.segment import Span, is_link_line, paragraph_bounds, split_sentences, strip_span
from quotex.wordsets import alternation


@attrs.define
class Candidate:
    """A quote found in the normalized text, before speakers are resolved."""

    start: int
    end: int
    kind: QuoteKind
    confidence: float
    zone: Span  #: the sentence that carries the attribution (outlets are searched here)
    paragraph: int
    cue: Span | None = None
    speaker: SpeakerPhrase | None = None
    #: "" (own speaker), "previous" (continues the last speaker) or "chain"
    #: (a paragraph of a multi-paragraph quote: speaker from its other parts)
    inherits: str = ""
    opens_paragraph: bool = False
    runs_to_paragraph_end: bool = False
    chain_with_previous: bool = False  #: same quote as the candidate before (split quote)


def _words(items: Sequence[str]) -> str:
    return "(?:" + alternation(w.lower() for w in items) + ")"


_AFTER = _words(cues.AFTER_CUES)
_SPEECH = _words(cues.SPEECH_VERBS)
_PASSIVE = _words(cues.PASSIVE_CUES)
_PARTICLES = _words(cues.VERB_PARTICLES)
_COMPLEMENTIZERS = _words(cues.COMPLEMENTIZERS)
_I = regex.IGNORECASE  # simple case folding: full folding (ﬀ = ff) backtracks catastrophically on "ffff…"

# Patterns that spell out words without ``_I`` are matched in the case-folded text
# (``lowered``, same offsets): case-sensitive matching is about twice as fast as ignoring
# case. ``_I`` stays on the few that run on a slice of the text.

#: A cue right after a closing mark: ``," kata``, ``" ujarnya``, ``." Demikian kata``.
_CUE_AFTER_QUOTE = regex.compile(
    rf"[\s,.]*(?:demikian\s+)?(?P<cue>(?:{_AFTER})(?P<nya>nya)?|{_PASSIVE})\b(?!-)"
)
#: A speech verb right before an opening mark: ``mengatakan, "``, ``menuturkan pula, "``.
_CUE_BEFORE_QUOTE = regex.compile(
    rf"(?P<cue>\b(?:{_SPEECH}|{_AFTER}|{_PASSIVE}))(?:\s+(?:{_PARTICLES}))*"
    rf"(?:\s+(?:kepada|pada|di\s+hadapan|dalam|melalui|saat|ketika)\s+[^,.:\"“”]{{1,80}}?)?"
    rf"(?:\s*,?\s*(?:bahwa|yakni|yaitu|sebagai\s+berikut))?\s*[,:]?\s*\Z",
    _I | regex.REVERSE,
)
_MENURUT_BEFORE_QUOTE = regex.compile(r"\b(?P<cue>menurut)(?:nya|\s+[^,]{1,80}?)\s*,\s*\Z", _I | regex.REVERSE)
_COLON_BEFORE_QUOTE = regex.compile(r":\s*\Z")
_YAITU_BEFORE_QUOTE = regex.compile(rf"\b(?P<cue>{_PASSIVE})\s+(?P<who>[^\"“”]{{1,120}}?),?\s+(?:yaitu|yakni)\s*[,:]?\s*\Z", _I | regex.REVERSE)
#: Speech verbs in running text, for reported speech.
_SPEECH_VERB = regex.compile(rf"\b(?:{_SPEECH})\b(?!-)")
#: Any verb that can follow a speaker ('"…," Putin menambahkan'): none ahead, no speaker to read.
_SPEECH_WORD = regex.compile(rf"\b(?:{_SPEECH}|{_AFTER})\b")
_VERB_AFTER_SPEAKER = regex.compile(rf"(?:\s+(?:{_PARTICLES}))*\s+(?P<v>{_SPEECH}|{_AFTER})\b")
_MENURUT = regex.compile(r"\bmenurut(?P<nya>nya)?\b")
_CUE_AFTER_CLAUSE = regex.compile(rf",\s*(?P<cue>(?:{_AFTER})(?P<nya>nya)?)\b(?!-)")
#: A passive cue that refers back: ``Hal tersebut disampaikan X``, ``Demikian diungkapkan X``.
BACK_REFERENCE = regex.compile(
    rf"(?:(?:{_words(cues.BACK_REFERENCE_NOUNS)})\s+(?:tersebut|itu|ini|serupa|senada|yang\s+sama)|demikian)\s+(?:juga\s+|pun\s+)?(?P<cue>{_PASSIVE})\s+(?:oleh\s+)?",
    _I,
)
#: A passive cue opening a sentence, before its speaker: ``Dijelaskan oleh X bahwa …``, ``Seperti dikatakan X, …``.
_PASSIVE_OPENING = regex.compile(rf"(?:(?:seperti|sebagaimana)\s+)?(?P<cue>{_PASSIVE})\s+(?:oleh\s+)?")
#: A passive cue closing the content, before its speaker: ``… seperti disampaikan X.``
_PASSIVE_CLOSING = regex.compile(rf"\s*,?\s*(?:seperti|sebagaimana|demikian)\s+(?:yang\s+)?(?P<cue>{_PASSIVE})\s+(?:oleh\s+)?")
#: After a speaker phrase, what opens reported content: a comma, ``bahwa`` or ``kalau``.
_CONTENT_OPENING = regex.compile(r"\s*(?:,\s*)?(?:(?:bahwa|kalau)\b\s*,?\s*)?")
#: Where reported content stops: a trailing citation or cue (", lapor media …").
_CONTENT_TAIL = regex.compile(
    rf",\s*(?:(?:seperti|sebagaimana)\s+)?(?:(?:{_AFTER})(?:nya)?|dilansir|dikutip|melansir|mengutip|dilaporkan)\b"
)
_VERB_FILLER = regex.compile(
    rf"(?:\s+(?:{_PARTICLES}))*(?:\s+(?:kepada|ke|pada|di\s+hadapan|dalam|melalui)\s+[^,.;\"“”]{{1,80}}?(?=\s*,|\s+(?:{_COMPLEMENTIZERS})\b))?"
    rf"\s*,?\s*(?:(?P<comp>{_COMPLEMENTIZERS})\b\s*,?\s*)?:?\s*"
)
_WORD = regex.compile(r"\w+")  # in the text itself: its capital letter matters
_LEAD = regex.compile(r"[\s,.]*")
_SENTENCE_LEAD = regex.compile(r"[ ,\-–—]*")
_START = operator.attrgetter("start")
_ONLY_COMMAS = regex.compile(r"[\s,]*")
_COMMA = regex.compile(r"\s*,")
#: A comma, then degrees set off by commas after a name: ``…, Sp.PD., `` (the content starts after them).
_DEGREES_AFTER_COMMA = regex.compile(
    r"(?:\s*,\s*(?:" + "|".join(regex.escape(d) for d in sorted(titles.DEGREES, key=len, reverse=True))
    + r"|sp\.[a-z]+(?:-[a-z]+)?)\.?(?=[\s,]))+\s*,",  # and any specialist's degree: Sp.DVE, Sp.THT-KL
    regex.IGNORECASE,
)
#: How far after ``menurut`` the comma that ends its source may be.
_SOURCE_REACH = 150


def _phrase_before_comma(text: str, start: int, end: int) -> tuple[SpeakerPhrase, int] | None:
    """The source phrase that ends at the first comma after ``start`` (and where it ends), when it names a person."""
    comma = text.find(",", start, min(end, start + _SOURCE_REACH))
    if comma < 0:
        return None
    phrase = read_subject(text, start, comma)  # the comma stands where a verb would: the phrase that ends there
    if phrase is None or phrase.kind != "person" or phrase.name_start < 0:
        return None
    one_word = phrase.role is None and " " not in phrase.name  # "Menurut Ihsan, …": a name, even if also a word
    if not one_word and not names_a_person(text, phrase.name_start, phrase.name_end):
        return None  # "Menurut Pakar Bisnis, Profesor …": a title, no one's name
    return phrase, comma
_LAST_WORD = regex.compile(r"\w+\Z")
_WORDS_BEFORE_QUOTE = frozenset(
    w.lower()
    for w in (*cues.SPEECH_VERBS, *cues.AFTER_CUES, *cues.PASSIVE_CUES, *cues.VERB_PARTICLES, "bahwa", "yaitu", "yakni", "berikut")
)
_NOT_SPEECH_WORDS = ("tanpa", "untuk", "agar", "supaya", "enggan", "menolak")
_NOT_SPEECH_BEFORE = regex.compile(rf"\b(?:{'|'.join(_NOT_SPEECH_WORDS)})\s+\Z")
#: The letters those words end with: a verb after any other letter is asked nothing more.
_NOT_SPEECH_LAST_LETTERS = frozenset(w[-1] for w in _NOT_SPEECH_WORDS)
_THAT = "bahwa"
_THAT_WINDOW = 200
_THAT_AFTER_OBJECT = regex.compile(rf"(?:\w[\w-]*\s+){{1,4}}?(?P<comp>{_THAT})\s*,?\s*")
#: An article's dateline before its first sentence: ``REPUBLIKA.CO.ID, JAKARTA -- ``, ``Merdeka.com - ``.
DATELINE_PREFIX = regex.compile(r"[^\n]{0,60}?\s[-–—]{1,2}\s+")
_CLAUSE_START_WORDS = frozenset(
    "ada tidak tak belum sudah telah akan masih bisa dapat harus perlu sangat hal pihaknya semua para sejumlah".split()
) | pronouns.ALL
#: The quote index of every paragraph without quote marks (half of those read): never changed, so shared.
_NO_QUOTES = QuoteIndex(())
#: The claimed ranges of a sentence reader before its first candidate: shared, never added to.
_NOTHING_CLAIMED = IntervalSet()
#: Speaker phrase kinds that can be a source (not a place or a time).
SPEAKING_KINDS = frozenset({"person", "organisation", "group", "pronoun", "descriptor"})


#: Words that, after ``, kata X,``, go on about the speaker or the occasion rather than the statement.
_NOT_CONTENT_OPENERS = function_words.CALENDAR | frozenset("""
yang saat ketika sewaktu seraya sembari sambil usai seusai setelah sesudah sebelum dalam di kepada
pada melalui lewat via dikutip dilansir seperti sebagaimana menambahkan kemarin tadi dan serta
""".split())
#: Content this long after an object-taking verb is a clause (``menegaskan kasus ini ditangani unit Reskrim``),
#: not a noun-phrase object (``menyatakan dukungannya``); GUIDELINES 1.3 makes the borderline ones optional.
_CLAUSE_MIN_WORDS = 5
#: Words that open an object or an adjunct, never a clause, after an object-taking verb.
_OBJECT_OPENERS = frozenset("dengan kepada terhadap tentang soal mengenai atas dari pada bagi oleh".split())
#: The first words of what follows a verb, where a predicate would be (``kenaikan harga beras | terjadi …``).
_FIRST_WORDS_OF_CLAUSE = regex.compile(r"(?:(?:[^\w.!?]|\.(?=\d))*+(\w[\w-]*+)){0,20}")  # "40.000" is no sentence end
_THREE_WORDS = regex.compile(r"(?:\W*+\w++){3}")
_WORDS_UP_TO_6 = regex.compile(r"(?:\W*+(\w++)){0,6}")


def _is_predicate(word: str) -> bool:
    """Whether a lower-case word can be a clause's predicate: a verb form the stemmer takes apart
    (``menyambut``, ``dibuka``, ``menghalang-halangi``; not ``menteri``, ``tersebut``), or an auxiliary,
    copula or bare verb (``lang/id/predicates``)."""
    if word in predicates.PREDICATE_WORDS:
        return True
    head = word.partition("-")[0]
    return head.startswith(predicates.VERB_PREFIXES) and head not in predicates.NOT_VERBS and root_of(head) != head


def _has_three_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds at least three words (one regex call, no loop).

    Three words and the two gaps between them take five characters: a shorter range
    (often the empty lead before a quote) is answered without the call.
    """
    return end - start >= 5 and _THREE_WORDS.match(text, start, end) is not None


def _word_count(text: str, start: int, end: int) -> int:
    """Words in ``text[start:end]``, counted up to 6 (callers only ask "at least n?")."""
    return len(_WORDS_UP_TO_6.match(text, start, end).captures(1))


def _ends_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, less trailing white space, ends with ``,``, ``:`` or ``;``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] in ",:;"


class _SentenceReader:
    """Finds the candidates of one sentence; a small state object, not shared."""

    def __init__(self, text: str, sentence: Span, quotes: QuoteIndex, own_quotes: list[QuoteSpan], cues: CueIndex, paragraph: int, paragraph_span: Span):
        self.text = text
        self.sentence = sentence
        self.quotes = quotes
        self.own_quotes = own_quotes
        self.cues = cues
        self.lowered = cues.lowered
        self._tails: list[int] | None = None
        self.paragraph = paragraph
        self.paragraph_span = paragraph_span
        # ranges already inside a candidate, and cues already used: the shared empty set until
        # the first candidate (most sentences read keep one or none), then the reader's own
        self.claimed = self.used_cues = _NOTHING_CLAIMED
        self.out: list[Candidate] = []

    # -- helpers ---------------------------------------------------------------
    def _claimed(self, start: int, end: int) -> bool:
        return self.claimed.overlaps(start, end)

    def _cue_used(self, start: int) -> bool:
        return self.used_cues.contains(start)

    def _add(self, cand: Candidate, claim_start: int, claim_end: int) -> None:
        """Keep ``cand``; ``[claim_start, claim_end)`` (the quote with its cue) is no longer free."""
        if not self.out:
            self.claimed, self.used_cues = IntervalSet(), IntervalSet()
        self.out.append(cand)
        self.claimed.add(claim_start, claim_end)
        if cand.cue is not None:
            self.used_cues.add(cand.cue.start, cand.cue.end)

    def _direct(self, q: QuoteSpan, confidence: float, cue: Span | None, speaker: SpeakerPhrase | None, inherits: str = "") -> Candidate:
        return Candidate(
            q.start, q.end, QuoteKind.DIRECT, confidence, self.sentence, self.paragraph, cue, speaker, inherits,
            opens_paragraph=q.open == self.paragraph_span.start,
            runs_to_paragraph_end=not q.closed and q.close >= self.paragraph_span.end,
        )

    # -- 1. direct quotes --------------------------------------------------------
    def _cue_after(self, q: QuoteSpan) -> tuple[Span, SpeakerPhrase | None, int] | None:
        """``"…," kata X`` / ``"…," ujarnya`` / ``"…," Putin menambahkan``: (cue, speaker, end)."""
        text, limit = self.text, self.sentence.end
        match = _CUE_AFTER_QUOTE.match(self.lowered, q.close, limit)
        if match:
            root = match.group("cue").lower()
            if root.removesuffix("nya") in cues.OUTLET_ONLY_AFTER_CUES:
                return None
            cue = Span(match.start("cue"), match.end("cue"))
            if match.group("nya"):
                return cue, SpeakerPhrase(cue.start, cue.end, "pronoun", name="nya"), cue.end
            phrase = read_speaker(text, match.end(), limit)
            if phrase is None:
                return None
            return cue, phrase, phrase.end
        # inverted: '"…," Putin menambahkan.' / '"…," ia menjelaskan.'
        pos = _LEAD.match(text, q.close, min(limit, q.close + 4)).end()
        window = min(limit, pos + 400)  # bounded, so a long sentence of quotes stays linear
        if window == limit and not _SPEECH_WORD.search(self.lowered, pos, window):
            return None  # no verb to find after a speaker: skip reading one
        phrase = read_speaker(text, pos, limit)
        if phrase is None or phrase.end - pos > 80:
            return None
        verb = _VERB_AFTER_SPEAKER.match(self.lowered, phrase.end, limit)
        if verb is None:
            return None
        return Span(verb.start("v"), verb.end("v")), phrase, verb.end("v")

    def _is_own_sentence(self, q: QuoteSpan) -> bool:
        """A quote that is a sentence of its own (a capital, then six words or more): direct, even with narration glued before it.

        Scrapes drop the full stop between narration and a quote (``dengan baik "Kalau ada …," ujar Rita``);
        a mixed quote marks a phrase inside the reporter's clause instead (``menyediakan "jenis rudal"``).
        """
        first = _WORD.search(self.text, q.start, q.end)
        return first is not None and first.group()[0].isupper() and _word_count(self.text, q.start, q.end) >= 6

    def _cue_before(self, q: QuoteSpan, floor: int) -> tuple[Span | None, SpeakerPhrase | None, float] | None:
        """``X mengatakan, "…"``, ``Menurut X, "…"``, ``… bahasa Korea: "…"``."""
        text = self.text
        start = max(floor, q.open - 160)
        if start >= q.open:
            return None
        before = text[start : q.open]
        tail = before.rstrip()
        if not tail:
            return None
        if tail[-1] not in ",:":
            last_word = _LAST_WORD.search(tail)
            if last_word is None or last_word.group().lower() not in _WORDS_BEFORE_QUOTE:
                return None  # cheap exit for terms in running text: 'memanggil "kamerad"'

        match = _YAITU_BEFORE_QUOTE.search(before)
        if match:
            cue = Span(start + match.start("cue"), start + match.end("cue"))
            return cue, read_speaker(text, start + match.start("who"), q.open), 0.85
        match = _CUE_BEFORE_QUOTE.search(before)
        if match and not self._cue_used(start + match.start("cue")):
            cue = Span(start + match.start("cue"), start + match.end("cue"))
            word = match.group("cue").lower()
            if word in cues.PASSIVE_CUES:
                return cue, read_speaker(text, cue.end, q.open), 0.85
            if word in cues.SPEECH_VERBS:
                return cue, read_subject(text, floor, cue.start), 0.9
            # a root cue before the quote: 'kata Putin, "…"' is unusual; '…, ujarnya: "…"'
            phrase = read_speaker(text, cue.end, q.open)
            return cue, phrase, 0.8
        match = _MENURUT_BEFORE_QUOTE.search(before)
        if match:
            cue = Span(start + match.start("cue"), start + match.end("cue"))
            if text[cue.end : cue.end + 3].lower() == "nya":
                return Span(cue.start, cue.end + 3), SpeakerPhrase(cue.start, cue.end + 3, "pronoun", name="nya"), 0.85
            return cue, read_speaker(text, cue.end, q.open), 0.85
        if _COLON_BEFORE_QUOTE.search(before):
            colon = start + before.rstrip().rfind(":")
            phrase = read_subject(text, floor, colon, at_verb=False)
            if phrase is not None:
                return None, phrase, 0.75
        return None

    def find_direct(self) -> None:
        text, sentence = self.text, self.sentence
        floor = sentence.start
        previous: Candidate | None = None
        previous_end = -1
        for q in self.own_quotes:
            if previous is not None and _ONLY_COMMAS.fullmatch(text, previous_end, q.open):
                # split quote: '"A," kata X, "B."'
                cand = self._direct(q, previous.confidence, previous.cue, previous.speaker, previous.inherits)
                cand.chain_with_previous = True
                self._add(cand, q.open, q.close)
                previous_end = q.close
                floor = q.close
                continue
            previous = None
            after = self._cue_after(q)
            if after is not None:
                cue, phrase, end = after
                conf = 0.95 if phrase is not None and phrase.kind not in ("pronoun", "descriptor") else 0.9
                cand = self._direct(q, conf, cue, phrase)
                lead_start, lead_end = strip_span(text, floor, q.open)
                if (
                    _has_three_words(text, lead_start, lead_end)
                    and not _ends_clause(text, floor, q.open)
                    and not self._is_own_sentence(q)
                    and not self._cue_before(q, floor)
                ):
                    # 'Pyongyang akan menyediakan peluru dan "jenis rudal …", kata X': mixed
                    cand.start, cand.kind, cand.confidence = lead_start, QuoteKind.MIXED, conf - 0.1
                    if text[q.close - 1] in quote_marks.ALL:
                        cand.end = q.close
                self._add(cand, min(cand.start, q.open), end)
                previous, previous_end, floor = cand, end, end
                continue
            before = self._cue_before(q, floor)
            if before is not None:
                cue, phrase, conf = before
                cand = self._direct(q, conf, cue, phrase)
                self._add(cand, cue.start if cue else q.open, q.close)
                floor = q.close
                continue

    # -- 2. reported speech --------------------------------------------------------
    def _content(self, start: int, end: int) -> tuple[int, int] | None:
        """Trim reported content; stop before a trailing citation or a claimed range."""
        claimed_start = self.claimed.first_start_in(start, end)
        if claimed_start is not None:
            end = claimed_start
        tail = self._first_tail_in(start, end)
        if tail is not None:
            end = tail
        start, end = strip_span(self.text, start, end)
        if not _has_three_words(self.text, start, end):
            return None
        return start, end

    def _first_tail_in(self, start: int, end: int) -> int | None:
        """The first trailing citation or cue outside quotes in ``[start, end)``."""
        if self._tails is None:  # found once per sentence, then looked up
            s = self.sentence
            if self.lowered.find(",", s.start, s.end) < 0:
                self._tails = []  # every tail starts with a comma
            else:
                self._tails = [m.start() for m in _CONTENT_TAIL.finditer(self.lowered, s.start, s.end) if not self.quotes.covers(m.start())]
        i = bisect_left(self._tails, start)
        return self._tails[i] if i < len(self._tails) and self._tails[i] < end else None

    def _reported(
        self, start: int, end: int, cue: Span, phrase: SpeakerPhrase | None, confidence: float, content: tuple[int, int] | None = None
    ) -> bool:
        """Add reported speech over ``[start, end)`` (``content``: that range already trimmed by the caller)."""
        if phrase is None or phrase.kind not in SPEAKING_KINDS:
            return False
        span = content or self._content(start, end)
        if span is None or self._claimed(*span):
            return False
        inner = self.quotes.within(span[0] - 1, span[1] + 1)
        kind = QuoteKind.MIXED if inner else QuoteKind.INDIRECT
        if inner and len(inner) == 1 and inner[0].start <= span[0] + 1 and inner[0].end >= span[1] - 1:
            kind = QuoteKind.DIRECT  # the whole content is quoted
            span = (inner[0].start, inner[0].end)
        cand = Candidate(span[0], span[1], kind, confidence + (0.05 if inner else 0.0), self.sentence, self.paragraph, cue, phrase)
        self._add(cand, min(cue.start, span[0]), max(cue.end, span[1]))
        return True

    def find_reported(self) -> None:
        text, s = self.text, self.sentence
        # "…, kata para analis." — the cue after unquoted content
        for pos in self.cues.after_comma_in(s.start, s.end):
            if self.lowered[pos] != ",":
                if self._opening_cue(pos):
                    return
                continue
            match = _CUE_AFTER_CLAUSE.match(self.lowered, pos, s.end)
            if match is None:
                continue
            cue = Span(match.start("cue"), match.end("cue"))
            if self._cue_used(cue.start) or self.quotes.covers(cue.start) or self._claimed(cue.start, cue.end):
                continue
            if match.group("cue").lower().removesuffix("nya") in cues.OUTLET_ONLY_AFTER_CUES:
                continue
            if match.group("nya"):
                phrase: SpeakerPhrase | None = SpeakerPhrase(cue.start, cue.end, "pronoun", name="nya")
            else:
                phrase = read_speaker(text, cue.end, s.end)
            start = max(s.start, self.claimed.last_end_at_or_before(match.start()) or 0)
            inside = self._cue_inside(start, phrase)
            if inside is not None and self._reported(start, inside[1], cue, phrase, 0.75, inside):
                return  # "Uang hasil sitaan ini, kata Prabowo, akan digunakan …": the whole sentence
            if inside is None and self._reported(start, match.start(), cue, phrase, 0.8):
                return
        # "Dijelaskan oleh X bahwa …" / "… seperti disampaikan X."
        for pos in self.cues.passive_in(s.start, s.end):
            if self._passive(pos):
                return
        # "Menurut X, …"
        for pos in self.cues.according_to_in(s.start, s.end):
            match = _MENURUT.match(self.lowered, pos, s.end)
            if match is None or self.quotes.covers(match.start()) or self._claimed(match.start(), match.end()):
                continue
            cue = Span(match.start(), match.end())
            if match.group("nya"):
                phrase = SpeakerPhrase(cue.start, cue.end, "pronoun", name="nya")
                after = cue.end
            else:
                phrase = read_speaker(text, cue.end, s.end)
                after = phrase.end if phrase else cue.end
            comma = _COMMA.match(text, after, s.end)
            if comma is None and phrase is not None and phrase.kind != "pronoun":
                # the phrase read forward stopped inside a title ("Menurut Dokter spesialis penyakit dalam
                # dr. Sukiman Rusli, …") or ran over the comma ("Menurut Ihdan, pemerintah harus …"):
                # the source is the person's phrase that ends at the first comma
                overran = phrase.kind not in ("person", "descriptor") or "," in text[phrase.start : phrase.end]
                rescued = _phrase_before_comma(text, cue.end, s.end) if overran else None
                if rescued is None:
                    continue
                phrase, after = rescued
                comma = _COMMA.match(text, after, s.end)
            if comma is not None:
                comma = _DEGREES_AFTER_COMMA.match(text, comma.start(), s.end) or comma  # "…, Sp.PD., pelarangan …"
            content_start = comma.end() if comma else after
            if _has_three_words(text, content_start, s.end):
                if self._reported(content_start, s.end, cue, phrase, 0.75):
                    return
            elif self._reported(s.start, match.start(), cue, phrase, 0.7):
                return
        # "X mengatakan (bahwa) …"
        for pos in self.cues.speech_in(s.start, s.end):
            match = _SPEECH_VERB.match(self.lowered, pos, s.end)
            if match is None:
                continue
            cue = Span(match.start(), match.end())
            if self._cue_used(cue.start) or self.quotes.covers(cue.start) or self._claimed(cue.start, cue.end):
                continue
            verb = match.group().lower()
            if self._not_speech_before(max(s.start, cue.start - 12), cue.start):
                continue  # "tanpa menyebut Ukraina": no statement is reported
            filler = _VERB_FILLER.match(self.lowered, cue.end, s.end)
            content_start = filler.end() if filler else cue.end
            that = self._that_after_object(content_start, s.end)
            if that is not None:
                content_start = that.end()  # "mengingatkan Kim bahwa …"
                filler = that
            if verb in cues.COMPLEMENT_ONLY_VERBS and not (filler and filler.group("comp")):
                continue  # "BPBD mencatat 1.168 rumah rusak": data, not a statement
            if verb in cues.MARKED_CONTENT_VERBS and not (filler and (filler.group("comp") or "," in filler.group() or ":" in filler.group())):
                continue  # "melanjutkan pendidikan ke fakultas psikologi": going on with a thing
            if verb in cues.OBJECT_TAKING_VERBS and not (filler and (filler.group("comp") or "," in filler.group() or ":" in filler.group())):
                first = _WORD.match(text, content_start, s.end)
                if first is None:
                    continue
                word = first.group()
                if not (word[0].isupper() or word.lower() in _CLAUSE_START_WORDS or self._reads_as_clause(content_start, verb)):
                    continue  # an object, not a statement: "menyatakan dukungannya"
            content = self._content(content_start, s.end)
            if content is None or self._claimed(*content):
                continue  # no statement to report: reading the subject would be wasted
            phrase = read_subject(text, self._clause_floor(cue.start), cue.start)
            confidence = 0.6 if verb in cues.ATTITUDE_VERBS else 0.75
            if self._reported(content_start, s.end, cue, phrase, confidence, content):
                return

    def _cue_inside(self, start: int, phrase: SpeakerPhrase | None) -> tuple[int, int] | None:
        """The whole sentence from ``start`` when the cue and its speaker sit inside it, followed by a comma and more content.

        GUIDELINES 1.3: ``Uang itu, kata Prabowo, akan digunakan …`` is one quote, cue included.
        """
        if phrase is None or phrase.kind not in SPEAKING_KINDS:
            return None
        s = self.sentence
        comma = _COMMA.match(self.text, phrase.end, s.end)
        if comma is None or not _has_three_words(self.text, comma.end(), s.end):
            return None
        first = _WORD.match(self.lowered, comma.end() + (self.lowered[comma.end() : comma.end() + 1] == " "), s.end)
        if first is None or first.group() in _NOT_CONTENT_OPENERS:
            return None  # ", kata JCS, yang menyebutnya …" / ", kata dia, Selasa (7/6)": more about the speaker
        end = self._first_tail_in(comma.end(), s.end) or s.end
        span = strip_span(self.text, start, end)
        return span if _has_three_words(self.text, *span) else None

    def _passive(self, pos: int) -> bool:
        """A passive cue that opens the sentence before its speaker and content, or closes the content before its speaker."""
        s, text = self.sentence, self.text
        if self._cue_used(pos) or self.quotes.covers(pos) or self._claimed(pos, pos + 1):
            return False
        lead = _SENTENCE_LEAD.match(text, s.start, s.end).end()
        opening = _PASSIVE_OPENING.match(self.lowered, lead, s.end)
        if opening is not None and opening.start("cue") == pos:
            cue = Span(pos, opening.end("cue"))
            phrase = read_speaker(text, opening.end(), s.end)
            if phrase is None or phrase.kind not in SPEAKING_KINDS:
                return False
            after = _CONTENT_OPENING.match(self.lowered, phrase.end, s.end)
            if after.end() == phrase.end:
                return False  # neither a comma nor "bahwa": not the content yet
            return self._reported(after.end(), s.end, cue, phrase, 0.75)
        closing = None
        for candidate in _PASSIVE_CLOSING.finditer(self.lowered, max(lead, pos - 30), min(s.end, pos + 40)):
            if candidate.start("cue") == pos:
                closing = candidate
                break
        if closing is None or not _has_three_words(text, lead, closing.start()):
            return False
        phrase = read_speaker(text, closing.end(), s.end)
        cue = Span(pos, closing.end("cue"))
        start = max(s.start, self.claimed.last_end_at_or_before(closing.start()) or 0)
        return self._reported(start, closing.start(), cue, phrase, 0.7)

    def _opening_cue(self, pos: int) -> bool:
        """``Kata Prabowo, rakyat kecil harus dibela.``: a cue opening the sentence, its speaker, then the content."""
        s, text = self.sentence, self.text
        if _SENTENCE_LEAD.match(text, s.start, s.end).end() != pos or self._cue_used(pos):
            return False
        word = _WORD.match(self.lowered, pos, s.end)
        if word is None:
            return False
        cue = Span(pos, word.end())
        phrase = read_speaker(text, cue.end, s.end)
        if phrase is None or phrase.kind not in SPEAKING_KINDS:
            return False
        comma = _COMMA.match(text, phrase.end, s.end)
        if comma is None:
            return False
        return self._reported(comma.end(), s.end, cue, phrase, 0.75)

    def _reads_as_clause(self, start: int, verb: str) -> bool:
        """Whether what follows an object-taking verb is a clause, not its object: five words or more,
        not opening with a preposition (``dengan hati-hati``), no ``X itu`` / ``X tersebut`` without a
        verb after it (``informasi tersebut seusai sidang``; but ``kasus ini ditangani …``), and a
        predicate among its first words (not ``menjelaskan persiapan tim pada konferensi pers``)."""
        s = self.sentence
        if _word_count(self.text, start, s.end) < _CLAUSE_MIN_WORDS:
            return False
        words = _FIRST_WORDS_OF_CLAUSE.match(self.lowered, start, s.end).captures(1)
        if not words or words[0] in _OBJECT_OPENERS:
            return False
        if verb in cues.CALLING_VERBS and predicates.CALLED_AS in words:
            return True  # "menyebut serangan itu sebagai ancaman langsung"
        if verb in cues.EVALUATION_VERBS:
            return True  # "menilai aturan itu bagus": an adjective is the predicate of a judgement
        for i in (1, 2):
            if len(words) > i + 1 and words[i] in pronouns.DEMONSTRATIVES and words[i - 1] not in function_words.TIME_NOUNS:
                return _is_predicate(words[i + 1])  # "kasus ini ditangani …"; but "saat ini kementeriannya …" goes on
        # "menegaskan putusan MK … belum dilaksanakan", "menyatakan menyambut baik …": a clause
        return any(map(_is_predicate, words))

    def _that_after_object(self, start: int, end: int) -> regex.Match[str] | None:
        """``_THAT_AFTER_OBJECT`` at ``start``; not asked when no ``bahwa`` follows within a short window.

        The window is bounded so that a megabyte sentence of speech verbs stays linear:
        past it the pattern itself is asked, as its words may be long.
        """
        window_end = min(end, start + _THAT_WINDOW)
        if window_end == end and self.lowered.find(_THAT, start, window_end) < 0:
            return None
        return _THAT_AFTER_OBJECT.match(self.lowered, start, end)

    def _not_speech_before(self, start: int, end: int) -> bool:
        """``_NOT_SPEECH_BEFORE`` in ``[start, end)``, asked only when the last letter before the spaces can end one of its words."""
        before = self.lowered[start:end].rstrip()  # the pattern's spaces are white space to rstrip too
        if not before or before[-1] not in _NOT_SPEECH_LAST_LETTERS:
            return False
        return _NOT_SPEECH_BEFORE.search(self.lowered, start, end) is not None

    def _clause_floor(self, pos: int) -> int:
        """Where the clause before ``pos`` starts: the sentence, or after the last quote before it."""
        return self.quotes.clause_start(self.sentence.start, pos)

    # -- 3. leftovers --------------------------------------------------------------
    def find_continuations(self) -> None:
        text, s = self.text, self.sentence
        lead_end = -1
        for q in self.own_quotes:
            if self._claimed(q.open, q.close):
                continue
            if lead_end < 0:
                lead_end = _SENTENCE_LEAD.match(text, s.start, s.end).end()
            if _named_by_the_word_before(text, s.start, q.open):
                continue  # 'diskusi bertema "…"', 'spanduk bertuliskan "…"': a title or a label (GUIDELINES 1.2)
            words = _word_count(text, q.start, q.end)
            at_start = q.open <= lead_end
            if (at_start and words >= 2 and q.double) or words >= 6 or (words >= 4 and q.close >= s.end - 2 and q.double):
                self._add(self._direct(q, 0.7, None, None, "previous"), q.start, q.end)


def _named_by_the_word_before(text: str, floor: int, mark: int) -> bool:
    """Whether the word right before a quote mark introduces a title or a label (``berjudul``, ``tagar``)."""
    end = mark
    while end > floor and text[end - 1].isspace():
        end -= 1
    last_word = _LAST_WORD.search(text, max(floor, end - 24), end)
    return last_word is not None and last_word.group().lower() in terms.NAMING_WORDS


def _back_reference(text: str, sentence: Span) -> tuple[Span, SpeakerPhrase | None] | None:
    """``Hal tersebut disampaikan X …``: the cue and the speaker it names."""
    match = BACK_REFERENCE.match(text, sentence.start, sentence.end)
    if match is None:
        return None
    return Span(match.start("cue"), match.end("cue")), read_speaker(text, match.end(), sentence.end)


def _apply_back_reference(text: str, found: list[Candidate], sentence: Span, previous: Span | None, paragraph: int) -> None:
    ref = _back_reference(text, sentence)
    if ref is None or previous is None:
        return
    cue, phrase = ref
    if phrase is None or phrase.kind not in SPEAKING_KINDS:
        return
    for cand in reversed(found):
        if cand.end <= previous.start:
            break
        if cand.start >= previous.start and cand.end <= previous.end and cand.inherits:
            cand.speaker, cand.cue, cand.inherits, cand.confidence = phrase, cue, "", 0.8
            return
    for c in reversed(found):  # only the last sentences' candidates can overlap `previous`
        if c.zone.end <= previous.start:
            break
        if c.start < previous.end and previous.start < c.end:
            return
    start, end = strip_span(text, previous.start, previous.end)
    if start == 0:
        dateline = DATELINE_PREFIX.match(text, start, end)
        start = dateline.end() if dateline else start
    if _has_three_words(text, start, end):
        found.append(Candidate(start, end, QuoteKind.INDIRECT, 0.6, sentence, paragraph, cue, phrase))


def find_candidates(text: str, lowered: str | None = None) -> list[Candidate]:
    """All quotes in the normalized ``text``, in document order, with raw speakers.

    ``lowered`` is ``fold_case(text)`` when the caller has it already.
    """
    lowered = fold_case(text) if lowered is None else lowered
    found: list[Candidate] = []
    previous_sentence: Span | None = None
    skipped: tuple[int, int] | None = None  # a paragraph passed over just before: its last sentence is found only if needed
    cues = CueIndex(lowered)
    bounds = paragraph_bounds(text)
    for index, ((start, end), readable) in enumerate(zip(bounds, cues.readable(bounds))):
        if not readable or is_link_line(lowered, start):
            # no quote mark, no cue: nothing to find here; or a "Baca juga: <headline>" line (GUIDELINES 1.2)
            previous_sentence, skipped = None, (start, end)
            continue
        paragraph = Span(start, end)
        spans = find_quote_spans(text, paragraph.start, paragraph.end, cues.marks_in(paragraph.start, paragraph.end))
        sentences = split_sentences(text, paragraph, spans)
        quotes = QuoteIndex(spans) if spans else _NO_QUOTES
        for sentence in sentences:
            own_quotes = quotes.opening_in(sentence.start, sentence.end)
            has_cue = cues.any_cue_in(sentence.start, sentence.end)
            if own_quotes or has_cue:
                reader = _SentenceReader(text, sentence, quotes, own_quotes, cues, index, paragraph)
                if own_quotes:
                    reader.find_direct()
                if has_cue:
                    reader.find_reported()
                if own_quotes:
                    reader.find_continuations()
                found.extend(sorted(reader.out, key=_START))
                if cues.passive_in(sentence.start, sentence.end):
                    if previous_sentence is None and skipped is not None:
                        previous_sentence = split_sentences(text, Span(*skipped), [])[-1]  # it has no quote marks
                    _apply_back_reference(text, found, sentence, previous_sentence, index)
            previous_sentence, skipped = sentence, None
    return found
