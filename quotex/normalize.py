"""Stage 1: clean the text for the rules while remembering every offset.

Same-length fixes (odd spaces, carriage returns, control characters) are done
in place; zero-width characters, HTML entities and words glued by a scrape
(``katanya.Itulah``, ``dilansirReuters``, ``PenyanyiRaffa``) change the length, so each
such edit is recorded and :meth:`NormalizedText.original_start` /
:meth:`NormalizedText.original_end` map any position back to the caller's string.
"""

from __future__ import annotations

import bisect
import html
import re
import string

import attrs

from quotex.lang.id import cues, places, titles
from quotex.lang.id.common_words import is_common
from quotex.lang.id.outlets import BEFORE_GLUED_BRANDS, GLUED_BRAND_PREFIXES, LOWERCASE_BRANDS

# Same-length replacements: spaces of every width become " ", CR becomes "\n"
# (so CRLF makes an empty paragraph, which segmentation ignores), and C0/C1
# control characters become " " so no rule ever sees them.
_SPACE_LIKE = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
_CONTROLS = "".join(chr(c) for c in list(range(0, 9)) + list(range(14, 32)) + list(range(127, 160)) if chr(c) not in _SPACE_LIKE)
_SAME_LENGTH = str.maketrans({**{c: " " for c in _SPACE_LIKE + _CONTROLS}, "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})
# plain character classes: the standard library's engine scans these about 3x faster than regex's
_NEEDS_SAME_LENGTH = re.compile("[" + re.escape(_SPACE_LIKE + _CONTROLS) + "\r\u2028\u2029\x85]")

#: Those characters that are ASCII, as bytes: an ASCII text (most news) is checked for them
#: by deleting them from its bytes, faster than the printable check below.
_ASCII_NEEDS_SAME_LENGTH = bytes(sorted(code for code in _SAME_LENGTH if code < 128))

# Length-changing edits: drop zero-width characters, decode HTML entities.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_NEEDS_EDIT = re.compile(
    "[" + _ZERO_WIDTH + "]+|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_WORD_BEFORE = re.compile(r"[A-Za-z]*\Z")
#: The last capitalised part of a word: ``Kejagung`` of ``KapuspenkumKejagung``.
_LAST_HUMP = re.compile(r"[A-Z][a-z]+\Z")
#: Each ASCII character as its class, one byte a character: ``a`` a lower-case letter, ``A`` a
#: capital, ``.`` a mark that may be glued to the next word, a space for anything else (and for
#: ``?``, which also stands for every non-ASCII character: question marks are found apart).
_CHARACTER_CLASSES = bytes(
    ord("a") if chr(c) in string.ascii_lowercase else ord("A") if chr(c) in string.ascii_uppercase
    else ord(".") if chr(c) in ".!;," else ord(" ")
    for c in range(256)
)


def _character_classes(text: str) -> bytes:
    """``text`` as a byte string of character classes (``_CHARACTER_CLASSES``), offsets unchanged.

    Finding ``aA`` (a lower-case letter before a capital) in it with ``bytes.find`` is about
    five times faster than a pattern's scan of the text; every non-ASCII character is a space.
    """
    return text.encode("ascii", "replace").translate(_CHARACTER_CLASSES)


def _positions(classes: bytes, pair: bytes) -> list[int]:
    """Where ``pair`` starts in ``classes``."""
    found = []
    i = classes.find(pair)
    while i >= 0:
        found.append(i)
        i = classes.find(pair, i + 1)
    return found


def fold_case(text: str) -> str:
    """``text`` lower-cased character for character, so every offset still holds.

    Rules scan this copy with case-sensitive patterns, which is about twice as fast
    as case-insensitive matching. ``str.lower`` lengthens only a few characters
    (``İ``); those keep their case here.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


@attrs.frozen
class NormalizedText:
    """Cleaned text, its case-folded twin, and the edits needed to map offsets back to the original."""

    text: str
    # Each edit: normalized [start, end) came from original [start, end).
    _edit_norm_starts: tuple[int, ...] = ()
    _edits: tuple[tuple[int, int, int, int], ...] = ()
    #: ``text`` lower-cased with the same offsets (:func:`fold_case`).
    lowered: str = attrs.field(default=attrs.Factory(lambda self: fold_case(self.text), takes_self=True))

    @property
    def same_offsets(self) -> bool:
        """Whether every offset is the same in the original (no edit changed a length)."""
        return not self._edits

    def original_start(self, i: int) -> int:
        """Original offset of the character at normalized position ``i``."""
        k = bisect.bisect_right(self._edit_norm_starts, i) - 1
        if k < 0:
            return i
        ns, ne, os_, oe = self._edits[k]
        if i < ne:
            return os_
        return oe + (i - ne)

    def original_end(self, j: int) -> int:
        """Original offset just after the character before normalized position ``j``."""
        k = bisect.bisect_left(self._edit_norm_starts, j) - 1
        if k < 0:
            return j
        ns, ne, os_, oe = self._edits[k]
        if j <= ne:
            return oe
        return oe + (j - ne)


def _glued_marks(text: str, classes: bytes) -> list[int]:
    """Positions of marks glued to the next word: ``katanya.Itulah`` (a sentence mark before a
    capitalised word after a lower-case letter or a bracket), ``camilan,keju`` (a comma between letters)."""
    found = []
    questions = []
    pos = text.find("?")
    while pos >= 0:
        if text[pos + 1 : pos + 2].isascii() and text[pos + 1 : pos + 2].isalpha():
            questions.append(pos)
        pos = text.find("?", pos + 1)
    for pos in _positions(classes, b".a") + _positions(classes, b".A") + questions:
        before = text[pos - 1 : pos]
        if before == ")" and text[pos] == "." and text[pos + 1].isupper() and text[pos + 2 : pos + 3].islower():
            found.append(pos)  # a date glued to the next sentence: "Selasa (25/8).Investasi …"
            continue
        if not before.isascii() or not before.isalnum():
            continue
        if text[pos] == "," or ((before.islower() or before.isdigit()) and text[pos + 1].isupper() and text[pos + 2 : pos + 3].islower()):
            found.append(pos)
    return found


#: Capitalised words that are never the first part of a brand: titles, institutions and places.
_GLUED_HEADS = titles.ROLE_WORDS | titles.INSTITUTION_WORDS | places.PLACES


def _glued_words(text: str, classes: bytes) -> list[int]:
    """Positions of the last letter of a word a scrape glued to a capitalised one:
    ``dilansirReuters``, ``PenyanyiRaffa`` (not ``iPhone``, ``detikNews``, ``McDonald``)."""
    return [pos for pos in _positions(classes, b"aA") if _is_glue(text, pos)]


def _is_glue(text: str, pos: int) -> bool:
    """Whether the lower-case letter at ``pos``, before a capital, ends a word glued to the next."""
    word = _WORD_BEFORE.search(text, max(0, pos - 30), pos + 1).group()
    if word.islower():
        # "dilansirReuters", not "iPhone", "detikNews" (nor "dilansirdetikNews", whose brand is parted apart)
        return len(word) >= 2 and word not in GLUED_BRAND_PREFIXES and not word.endswith(LOWERCASE_BRANDS)
    # "PenyanyiRaffa", "KapuspenkumKejagungHarli" (each hump), a dateline's place glued to the first word: "JakartaPramono"
    hump = _LAST_HUMP.search(word)
    return hump is not None and (is_common(hump.group().lower()) or hump.group().lower() in _GLUED_HEADS)


def _glued_brands(text: str) -> list[int]:
    """Positions of the last letter of a word a lower-case brand is glued to: ``kepada|detikcom``,
    ``dilansir|detikNews`` (the word is one of ``BEFORE_GLUED_BRANDS``)."""
    found = []
    for brand in LOWERCASE_BRANDS:
        pos = text.find(brand, 1)
        while pos >= 0:
            if text[pos - 1].islower():
                word = _WORD_BEFORE.search(text, max(0, pos - 16), pos).group()
                if word.lower() in BEFORE_GLUED_BRANDS:
                    found.append(pos - 1)
            pos = text.find(brand, pos + len(brand))
    return found


def _replacement(piece: str) -> str:
    if piece[0] != "&":
        return ""  # zero-width run
    decoded = html.unescape(piece)
    if decoded == piece:
        return piece
    return decoded.translate(_SAME_LENGTH).replace("\u00a0", " ")


def _needs_same_length_fixes(text: str) -> bool:
    """Whether ``text`` holds a character that ``_SAME_LENGTH`` replaces."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _ASCII_NEEDS_SAME_LENGTH)) != len(data)
    # every character to fix is unprintable to str.isprintable, which checks twice as fast as
    # the pattern; line breaks are unprintable too, so they are hidden first
    return not text.replace("\n", " ").isprintable() and _NEEDS_SAME_LENGTH.search(text) is not None


_LINE_FINAL_NEVER = frozenset(
    "kepada di dari dengan oleh dan atau yang untuk pada ke bahwa seperti dilansir dikutip melalui".split()
)
_VERBS_OPENING_A_LINE = frozenset(w.lower() for w in (*cues.SPEECH_VERBS, *cues.PASSIVE_CUES))
_LINE_END_MARKS = frozenset(".!?\"”’:")
_PUNCTUATION_OPENING_A_LINE = frozenset(",.;:)")
_FIRST_WORD = re.compile(r"[ \t]*(\w+)")
_LAST_WORD = re.compile(r"(\w+)\Z")


def _broken_at(text: str, pos: int) -> bool:
    """Whether the line break at ``pos`` cuts a sentence (see ``_join_broken_lines``)."""
    before = text[pos - 1] if pos else "\n"
    if before.isspace() or before in _LINE_END_MARKS:
        return False
    rest = text[pos + 1 : pos + 1 + 200].lstrip(" \t")
    if not rest:
        return False
    if rest[0] in _PUNCTUATION_OPENING_A_LINE:
        return True
    line_end = rest.find("\n")
    if 0 < line_end <= 60 and rest[line_end + 1 : line_end + 2] in _PUNCTUATION_OPENING_A_LINE:
        return True  # a short link line, then ", pada Jumat"
    last = _LAST_WORD.search(text, max(0, pos - 20), pos)
    if last is not None and last.group(1) in _LINE_FINAL_NEVER and rest[0].isalnum():
        return True
    first = _FIRST_WORD.match(rest)
    return first is not None and first.group(1) in _VERBS_OPENING_A_LINE


def _join_broken_lines(text: str) -> str:
    """``text`` with each line break that cuts a sentence made a space (same length).

    Scrapes put line breaks around links inside a sentence (``kepada\ndetiktravel\n, pada``,
    ``Kejaksaan Agung\nmengatakan``): before a comma or full stop, before a short line that one
    opens, after a word no line ends with (``kepada``), or before a speech verb. A headline or
    ``Baca juga`` line before a paragraph stays apart.
    """
    cuts = []
    pos = text.find("\n")
    while pos >= 0:
        if _broken_at(text, pos):
            cuts.append(pos)
        pos = text.find("\n", pos + 1)
    if not cuts:
        return text
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        pieces.append(" ")
        last = cut + 1
    pieces.append(text[last:])
    return "".join(pieces)


def normalize(text: str) -> NormalizedText:
    """Clean ``text`` for the rules; offsets stay recoverable."""
    if _needs_same_length_fixes(text):
        text = text.translate(_SAME_LENGTH)
    text = _join_broken_lines(text)
    # (original start, original end, replacement): spaces a scrape lost, then entities and zero widths
    classes = _character_classes(text)
    edits = [
        (pos, pos + 1, text[pos] + " ")
        for pos in (*_glued_marks(text, classes), *_glued_words(text, classes), *_glued_brands(text))
    ]
    if "&" in text or any(c in text for c in _ZERO_WIDTH):  # substring tests: 50x faster than a regex scan
        for match in _NEEDS_EDIT.finditer(text):
            new = _replacement(match.group())
            if new != match.group():
                edits.append((match.start(), match.end(), new))
    if not edits:
        return NormalizedText(text)
    edits.sort()
    pieces: list[str] = []
    recorded: list[tuple[int, int, int, int]] = []
    last = norm_pos = 0
    for start, end, new in edits:
        if start < last:
            continue  # inside an edit already made
        kept = text[last:start]
        pieces.append(kept)
        norm_pos += len(kept)
        pieces.append(new)
        recorded.append((norm_pos, norm_pos + len(new), start, end))
        norm_pos += len(new)
        last = end
    pieces.append(text[last:])
    return NormalizedText("".join(pieces), tuple(e[0] for e in recorded), tuple(recorded))
