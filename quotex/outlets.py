"""Stage 6: link outlets — the one a quote was cited through, and the publisher.

A cited outlet is named near the attribution (``seperti dilansir CNN``,
``dikutip dari Reuters``, ``kepada Radio NV Ukraina``, ``lapor media pemerintah
Rusia``); the publisher comes from the dateline (``TEMPO.CO, Jakarta -``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import TypeVar

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
_DOMAIN = r"[A-Za-z][\w-]*\.(?:com|co\.id|co|id|net|org|tv)(?:\b|(?=[a-z]))"  # "Liputan6.commelalui": glued by a scrape
_FAMILY = r"(?-i:" + "|".join(rf"{stem}\p{{Lu}}\w*|{stem.capitalize()}\p{{Lu}}\w*|{stem.upper()}\p{{Lu}}+" for stem in outlets.OUTLET_FAMILY_STEMS) + ")"
#: An outlet phrase: a known name, a domain, or a head word with a name or qualifiers.
_OUTLET = (
    rf"(?:(?:{_HEADS})\s+)?(?:(?<![\w.])(?:{_FAMILY}|(?:{_KNOWN})(?![\w]))|{_DOMAIN})(?:\s+(?-i:\p{{Lu}})[\w-]*)?"
    rf"|(?:{_HEADS})(?:\s+(?:{_QUALIFIERS}))*\s+(?-i:{_CAPS})"
    rf"|(?:{_HEADS})(?:\s+(?:{_QUALIFIERS}))+(?:\s+(?-i:\p{{Lu}}[\w-]*))?"
)
_CITED_VIA = regex.compile(
    rf"\b(?:(?:seperti|sebagaimana)\s+)?(?:dilansir|melansir|dikutip|mengutip|dilaporkan|diberitakan|dinukil|menukil|lapor|menurut\s+laporan|dalam\s+laporan)"
    rf"(?:\s+(?:oleh|dari))?\s+(?:(?P<first>{_OUTLET})\s+dari\s+)?(?P<outlet>{_OUTLET})",
    _I,
)
#: An outlet nobody listed, named right after a verb that only cites: ``dikutip dari Crash``.
_CITED_UNKNOWN = regex.compile(
    rf"\b(?:(?:seperti|sebagaimana)\s+)?(?:{_alternation(outlets.CITING_VERBS_STRICT)})(?:\s+(?:oleh|dari))?\s+(?P<outlet>(?-i:\p{{Lu}}[\w.&'’-]*(?:\s+\p{{Lu}}[\w.&'’-]*){{0,3}}))",
    _I,
)
_REPORTED_BY = regex.compile(rf"(?P<outlet>{_OUTLET})\s+(?:{_alternation(outlets.REPORTING_AFTER)})\b", _I)
_SPOKE_TO = regex.compile(
    rf"\b(?:kepada|dengan|di|dihubungi|diterima)\s+(?:(?:{_alternation(outlets.REPORTER_WORDS)})\s+)?(?P<outlet>(?:(?<![\w.])(?:{_FAMILY}|(?:{_KNOWN})(?![\w]))|{_DOMAIN})(?:\s+(?-i:\p{{Lu}})[\w-]*)?|(?:{_HEADS})(?:\s+(?:{_QUALIFIERS}))*\s+(?-i:{_CAPS}))",
    _I,
)
_DATELINE_NAME = rf"(?:(?:{_KNOWN})(?![\w.])|{_DOMAIN}|\p{{Lu}}[\w]*\.(?:COM|CO\.ID|CO|ID)\b)"
_DATELINE_CITY = r"\p{Lu}[\p{L} .]{1,30}?"
_DASH = r"[^\S\n]*\n?[^\S\n]*[-–—]+"
#: A reporter's credit before the dateline: ``Laporan wartawan tribunnews.com : Adi Suhendi``.
_CREDIT = r"(?:(?:Laporan|Reporter|Penulis|Editor|Oleh)\b[^\n]{0,100}?(?:[^\S\n]*\n[\s*]*|[^\S\n]+))?"
#: The dateline forms of Indonesian news: ``TEMPO.CO, Jakarta -``, ``KOMPAS.com -Chief``,
#: ``POSMETRO MEDAN–``, ``JAKARTA, KOMPAS.com -`` (dash or not), ``Jakarta, CNN Indonesia --``,
#: ``Jakarta (ANTARA) -``. An unknown all-capital word with a dash is a city (``ARAGON-``), not a publisher.
_DATELINE = regex.compile(
    rf"\A[\s*]*{_CREDIT}(?:"
    rf"(?P<a>{_DATELINE_NAME}(?:[^\S\n]+(?-i:\p{{Lu}}{{2,}}))*)(?:\s*,\s*{_DATELINE_CITY}(?:{_DASH}|(?=\p{{Lu}}\p{{Ll}}))|{_DASH})"
    rf"|{_DATELINE_CITY}\s*,\s*(?P<b>{_DATELINE_NAME})(?:{_DASH}|[^\S\n]+(?=\p{{Lu}})|[^\S\n]*\n)"
    rf"|{_DATELINE_CITY}\s*\((?P<c>\p{{Lu}}[\w.]{{1,20}})\){_DASH}"
    rf")",
    _I,
)


def _clean(match_text: str) -> str:
    return " ".join(match_text.split()).strip(" .,")


_NOT_OUTLET_TAIL = places.PLACES | function_words.CALENDAR
_KNOWN_LOWER = frozenset(name.lower() for name in outlets.KNOWN_OUTLETS)
_HEAD_WORDS = frozenset(h.lower() for h in outlets.OUTLET_HEADS)
#: Before ``diterima X``: a press release the outlet received, not a statement made to it.
_PRESS_RELEASE = regex.compile(r"(?:rilis|siaran\s+pers|keterangan\s+pers)[^.,]{0,30}\Z", _I)


def _trim_place(text: str, start: int, end: int) -> int:
    """``kepada CNN Kamis`` — drop a trailing calendar or place word picked up by the name run.

    A known name or a family's regional brand keeps its place: ``Football Italia``, ``Tribun Batam``.
    """
    words = text[start:end].split()
    if " ".join(words).lower() in _KNOWN_LOWER or words[0].lower() in outlets.OUTLET_FAMILY_STEMS:
        return end
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
    end -= _tail_glued_to_brand(text[start:end])
    return OutletMention(_clean(text[start:end]), start, end)


def _tail_glued_to_brand(name: str) -> int:
    """How many letters at the end of a humped brand (``detikJatengdi``) are a word glued to it, or 0."""
    last = name[name.rfind(" ") + 1 :]
    if not any(c.isupper() for c in last[1:]) or last.isupper():
        return 0  # only a brand in humps shows where its last hump ends
    for tail in outlets.TAILS_GLUED_TO_BRANDS:
        cut = len(last) - len(tail)
        if last.endswith(tail) and cut > 0 and last[cut - 1].islower():
            hump = last[: cut].rsplit(None, 1)[-1]
            if any(c.isupper() for c in hump[1:]) and len(hump) - max(i for i, c in enumerate(hump) if c.isupper()) >= 3:
                return len(tail)  # the last hump keeps its capital and two letters or more
    return 0



def _not_an_outlet(name: str) -> bool:
    """A platform or an account (``akun Instagram``, ``X``), a day (``dikutip Selasa``) or a bare head word: not an outlet."""
    words = [w.lower().strip(".,@") for w in name.split()]
    rest = " ".join(words[1:])
    return (
        any(w in outlets.NOT_OUTLETS for w in words[:2])
        or words[0] in function_words.CALENDAR
        or " ".join(words) in _HEAD_WORDS
        # "laman UGM", "situs resmi Kemenkes": an institution's own site, unless a known or domain-named outlet
        or (words[0] in outlets.SITE_HEADS and rest not in _KNOWN_LOWER and "." not in rest)
    )


#: A media head described by where it is from, then its name after a comma: ``laman Inggris, Mirror``.
_DESCRIBED_HEAD = regex.compile(rf"(?:{_alternation(outlets.MEDIA_HEADS)})\s+(?P<where>(?-i:\p{{Lu}}\w+)(?:\s+(?-i:\p{{Lu}}\w+))?)\Z", _I)
_NAME_AFTER_COMMA = regex.compile(r",[^\S\n]*(?P<name>\p{Lu}[\w.&'’-]*(?:[^\S\n]+\p{Lu}[\w.&'’-]*){0,2})")


def _named_after_comma(text: str, match: regex.Match[str], limit: int) -> OutletMention | None:
    """The name after a comma when the citation names a medium by its country (``laman Inggris, Mirror``)."""
    described = _DESCRIBED_HEAD.match(text, match.start("outlet"), match.end("outlet"))
    if described is None or not all(w.lower() in places.PLACES for w in described.group("where").split()):
        return None  # "laman UGM, Prof …": an institution's site, then a person
    after = _NAME_AFTER_COMMA.match(text, match.end("outlet"), limit)
    if after is None:
        return None
    named = _mention(text, after.start("name"), after.end("name"))
    return named if named.name and not _not_an_outlet(named.name) else None


_LEAD_WORD = regex.compile(r"(?:seperti|sebagaimana|menurut|dalam)\s+\Z", _I)
_REPORTING = frozenset(w.lower() for w in outlets.REPORTING_AFTER)
_SPOKE_TO_WORDS = frozenset({"kepada", "dengan", "di", "dihubungi", "diterima"})
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
    rf"|(?:kepada|dengan|di|dihubungi|diterima)(?=\s+(?:(?:{alternation(outlets.REPORTER_WORDS)})\s+)?"
    rf"(?:(?:{alternation(sorted(_SPOKE_TO_FIRST_WORDS))})\b|{alternation(outlets.OUTLET_FAMILY_STEMS)}|\w[\w-]*\.)))\b"
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
        match = None
        if word in _REPORTING:
            window = max(zone.start, anchor.start() - 80)
            # the outlet must end right at the verb: "media Rusia melaporkan"
            match = next((m for m in _REPORTED_BY.finditer(text, window, anchor.end()) if m.end() == anchor.end()), None)
            rank = 1
        if match is None and word in _SPOKE_TO_WORDS:
            match = _SPOKE_TO.match(text, anchor.start(), zone.end)
            if match is not None and word == "diterima" and _PRESS_RELEASE.search(text, max(zone.start, anchor.start() - 40), anchor.start()):
                match = None  # "rilis pers yang diterima Kompas.com": a press release, not an interview
            rank = 2
        elif match is None and (word not in _REPORTING or word in _CITING_WORDS):
            # a citing verb before its outlet, also one that reports after one when none stands there: "Melansir CNN Business, …"
            start = anchor.start()
            lead = _LEAD_WORD.search(text[max(zone.start, start - 12) : start])
            if lead:
                start -= len(lead.group())
            match = _CITED_VIA.match(text, start, zone.end) or _CITED_UNKNOWN.match(text, start, zone.end)
            rank = 0
        if match is None or not match.group("outlet"):
            continue
        mention = _mention(text, match.start("outlet"), match.end("outlet"))
        if mention.name and _not_an_outlet(mention.name):
            mention = _named_after_comma(text, match, zone.end) or mention  # "dikutip dari laman Inggris, Mirror"
        if not mention.name or _not_an_outlet(mention.name):
            continue
        if found is None:
            found = [([], []), ([], []), ([], [])]
        found[rank][0].append(anchor.start())
        found[rank][1].append(mention)
    if found is None:
        return NO_OUTLETS
    return ZoneOutlets(tuple((tuple(p), tuple(m)) for p, m in found))


def find_publisher(text: str) -> OutletMention | None:
    """The publisher named in the dateline at the start of the article."""
    match = _DATELINE.match(text, 0, min(len(text), 300))
    if match is None:
        return None
    for group in ("a", "b", "c"):
        if match.group(group):
            start, end = match.span(group)
            name = _clean(text[start:end])
            lowered = name.lower()
            if lowered in outlets.SECTION_WORDS or lowered in places.PLACES:
                return None
            return OutletMention(name, start, start + len(text[start:end].rstrip(" .,")))
    return None


_T = TypeVar("_T")


def carry_citations(cited: Sequence[_T | None], sources: Sequence[str | None]) -> list[_T | None]:
    """Each quote's cited outlet, carried forward to the same source's later quotes that name none.

    A newsroom names the outlet once for an interview (``…," kata X kepada Kompas.com``) and
    quotes the same source again without it. (Carrying it back to earlier quotes too was
    measured on the dev gold and cost more precision than it gained recall.)
    """
    out = list(cited)
    last: dict[str, _T] = {}
    for i, (outlet, source) in enumerate(zip(cited, sources)):
        if source is None:
            continue
        if outlet is not None:
            last[source] = outlet
        elif source in last:
            out[i] = last[source]
    return out
