"""Stage 6: link outlets — the one a quote was cited through, and the publisher.

A cited outlet is named near the attribution (``seperti dilansir CNN``,
``dikutip dari Reuters``, ``kepada Radio NV Ukraina``, ``lapor media pemerintah
Rusia``); the publisher comes from the dateline (``TEMPO.CO, Jakarta -``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

import attrs
import regex

from quotex.lang.id import function_words, outlets, places
from quotex.segment import Span
from quotex.wordsets import alternation


@attrs.frozen
class OutletMention:
    """An outlet named in the normalized text."""

    name: str
    start: int
    end: int


def _alternation(words: Sequence[str]) -> str:
    return "(?:" + alternation(w.lower() for w in words).replace(r"\ ", r"\s+") + ")"


_I = regex.IGNORECASE  # simple case folding: full folding (ﬀ = ff) backtracks catastrophically on "ffff…"
_KNOWN = _alternation(outlets.KNOWN_OUTLETS)
_HEADS = _alternation(outlets.OUTLET_HEADS)
_QUALIFIERS = _alternation(sorted(outlets.OUTLET_QUALIFIERS))
_CAPS = r"(?:\p{Lu}[\w.&'’-]*|\d+)(?:\s+(?:\p{Lu}[\w.&'’-]*|\d{1,3}\b))*"
_DOMAIN = r"[A-Za-z][\w-]*\.(?:com|co\.id|co|id|net|org|tv)\b"
#: An outlet phrase: a known name, a domain, or a head word with a name or qualifiers.
_OUTLET = (
    rf"(?:(?:{_HEADS})\s+)?(?:(?<![\w.])(?:{_KNOWN})(?![\w])|{_DOMAIN})(?:\s+\p{{Lu}}[\w-]*)?"
    rf"|(?:{_HEADS})(?:\s+(?:{_QUALIFIERS}))*\s+(?-i:{_CAPS})"
    rf"|(?:{_HEADS})(?:\s+(?:{_QUALIFIERS}))+(?:\s+(?-i:\p{{Lu}}[\w-]*))?"
)
_CITED_VIA = regex.compile(
    rf"\b(?:(?:seperti|sebagaimana)\s+)?(?:dilansir|melansir|dikutip|mengutip|dilaporkan|diberitakan|dinukil|menukil|lapor|menurut\s+laporan|dalam\s+laporan)"
    rf"(?:\s+(?:oleh|dari))?\s+(?:(?P<first>{_OUTLET})\s+dari\s+)?(?P<outlet>{_OUTLET})",
    _I,
)
_REPORTED_BY = regex.compile(rf"(?P<outlet>{_OUTLET})\s+(?:{_alternation(outlets.REPORTING_AFTER)})\b", _I)
_SPOKE_TO = regex.compile(
    rf"\b(?:kepada|dengan|di)\s+(?P<outlet>(?:(?<![\w.])(?:{_KNOWN})(?![\w])|{_DOMAIN})(?:\s+\p{{Lu}}[\w-]*)?|(?:{_HEADS})(?:\s+(?:{_QUALIFIERS}))*\s+(?-i:{_CAPS}))",
    _I,
)
_DATELINE = regex.compile(
    rf"\A[\s*]*(?:"
    rf"(?P<a>(?:{_KNOWN})|{_DOMAIN}|\p{{Lu}}[\w.]*\.(?:COM|CO\.ID|CO|ID))\s*,\s*\p{{Lu}}[\p{{L}} .]{{1,30}}?(?:\s*[-–—]+|(?=\p{{Lu}}\p{{Ll}}))"
    rf"|\p{{Lu}}[\p{{L}} .]{{1,30}}?\s*,\s*(?P<b>(?:{_KNOWN})|{_DOMAIN}|\p{{Lu}}[\w.]*\.(?:COM|CO\.ID|CO|ID))\s*[-–—]+"
    rf"|\p{{Lu}}[\p{{L}} .]{{1,30}}?\s*\((?P<c>\p{{Lu}}[\w.]{{1,20}})\)\s*[-–—]+"
    rf"|(?P<d>(?:{_KNOWN})|{_DOMAIN}|\p{{Lu}}[\p{{Lu}}\d.]{{2,30}}|\p{{Lu}}[\w]+\.\w{{2,3}})\s*[-–—]+\s"
    rf")",
    _I,
)


def _clean(match_text: str) -> str:
    return " ".join(match_text.split()).strip(" .,")


_NOT_OUTLET_TAIL = places.PLACES | function_words.CALENDAR


def _trim_place(text: str, start: int, end: int) -> int:
    """``kepada CNN Kamis`` — drop a trailing calendar or place word picked up by the name run."""
    words = text[start:end].split()
    while len(words) > 1 and words[-1].lower().strip(".,") in _NOT_OUTLET_TAIL:
        if text[start:end].lower().startswith(("media", "radio")):
            break
        end = start + text[start:end].rstrip().rfind(words[-1]) - 1
        words = words[:-1]
    return end


def _mention(text: str, start: int, end: int) -> OutletMention:
    end = _trim_place(text, start, end)
    while end > start and text[end - 1] in " .,":
        end -= 1
    return OutletMention(_clean(text[start:end]), start, end)



_LEAD_WORD = regex.compile(r"(?:seperti|sebagaimana|menurut|dalam)\s+\Z", _I)
_REPORTING = frozenset(w.lower() for w in outlets.REPORTING_AFTER)
_SPOKE_TO_WORDS = frozenset({"kepada", "dengan", "di"})
_FIRST_WORD = regex.compile(r"\w+")
#: First words an outlet after "kepada/dengan/di" can start with (a known name or a head word).
_SPOKE_TO_FIRST_WORDS = frozenset(
    m.group() for name in (*outlets.KNOWN_OUTLETS, *outlets.OUTLET_HEADS) if (m := _FIRST_WORD.match(name.lower()))
)
#: Words that anchor a citation. "kepada/dengan/di" anchor only where an outlet can start
#: (a known name's or a head's first word, or a domain): they are everywhere in news.
#: Lower-case words, matched in the case-folded text (twice as fast as ignoring case).
#: The citing verbs are one trie: the engine then follows shared prefixes (``di…``, ``me…``) once.
_CITING_WORDS = ("dilansir", "melansir", "dikutip", "mengutip", "dilaporkan", "diberitakan", "dinukil", "menukil", "lapor", "laporan")
_ANCHOR = regex.compile(
    rf"\b(?:{_alternation(sorted({*_CITING_WORDS, *outlets.REPORTING_AFTER}))}"
    rf"|(?:kepada|dengan|di)(?=\s+(?:{alternation(sorted(_SPOKE_TO_FIRST_WORDS))})\b|\s+\w[\w-]*\.))\b"
)


@attrs.frozen
class ZoneOutlets:
    """Every outlet citation found in one zone, grouped by rank (0 = most explicit).

    ``ranks[r]`` holds the anchor positions and mentions of rank ``r`` in text
    order; the zone is scanned once however many quotes ask about it.
    """

    ranks: tuple[tuple[tuple[int, ...], tuple[OutletMention, ...]], ...]

    def best_outside(self, excluded: Span | None = None) -> OutletMention | None:
        """The first citation of the best rank whose anchor is not inside ``excluded``."""
        for positions, mentions in self.ranks:
            if not positions:
                continue
            if excluded is None or positions[0] < excluded.start:
                return mentions[0]
            i = bisect_left(positions, excluded.end)
            if i < len(positions):
                return mentions[i]
        return None


#: The answer for a zone that cites nothing (most zones): one shared value.
NO_OUTLETS = ZoneOutlets((((), ()),) * 3)


def _anchors(lowered: str, zone: Span, skip: Span | None) -> Iterator[regex.Match[str]]:
    if skip is None:
        yield from _ANCHOR.finditer(lowered, zone.start, zone.end)
        return
    if skip.start > zone.start:  # a quote that opens or closes its zone leaves one side empty: no call for it
        yield from _ANCHOR.finditer(lowered, zone.start, skip.start)
    if skip.end < zone.end:
        yield from _ANCHOR.finditer(lowered, skip.end, zone.end)


def find_zone_outlets(text: str, lowered: str, zone: Span, skip: Span | None = None) -> ZoneOutlets:
    """The outlets a statement in ``zone`` may be cited through, for :meth:`ZoneOutlets.best_outside`.

    Explicit citations (``dilansir``, ``dikutip dari``, ``lapor``) rank over an
    outlet that reports (``media Rusia melaporkan``), which ranks over the outlet
    the source spoke to (``kepada CNN``). Patterns run only at anchor words, which
    are found in ``lowered`` (``fold_case(text)``), and not inside ``skip``: a
    quote's own words, when only that quote will ask.
    """
    found: list[tuple[list[int], list[OutletMention]]] | None = None
    for anchor in _anchors(lowered, zone, skip):
        word = anchor.group()
        if word in _REPORTING:
            window = max(zone.start, anchor.start() - 80)
            # the outlet must end right at the verb: "media Rusia melaporkan"
            match = next((m for m in _REPORTED_BY.finditer(text, window, anchor.end()) if m.end() == anchor.end()), None)
            rank = 1
        elif word in _SPOKE_TO_WORDS:
            match = _SPOKE_TO.match(text, anchor.start(), zone.end)
            rank = 2
        else:
            start = anchor.start()
            lead = _LEAD_WORD.search(text[max(zone.start, start - 12) : start])
            if lead:
                start -= len(lead.group())
            match = _CITED_VIA.match(text, start, zone.end)
            rank = 0
        if match is None or not match.group("outlet"):
            continue
        if found is None:
            found = [([], []), ([], []), ([], [])]
        found[rank][0].append(anchor.start())
        found[rank][1].append(_mention(text, match.start("outlet"), match.end("outlet")))
    if found is None:
        return NO_OUTLETS
    return ZoneOutlets(tuple((tuple(p), tuple(m)) for p, m in found))


def find_publisher(text: str) -> OutletMention | None:
    """The publisher named in the dateline at the start of the article."""
    head_end = text.find("\n")
    head_end = len(text) if head_end < 0 else head_end
    match = _DATELINE.match(text, 0, min(head_end, 200))
    if match is None:
        return None
    for group in ("a", "b", "c", "d"):
        if match.group(group):
            start, end = match.span(group)
            name = _clean(text[start:end])
            lowered = name.lower()
            if lowered in outlets.SECTION_WORDS or lowered in places.PLACES:
                return None
            return OutletMention(name, start, start + len(text[start:end].rstrip(" .,")))
    return None
