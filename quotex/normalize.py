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

import attrs

from quotex.lang.id import cues
from quotex.lang.id.common_words import is_common
from quotex.lang.id.outlets import GLUED_BRAND_PREFIXES

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
    # glued by a scrape: a sentence mark before a capitalised word, a comma before a word,
    # a lower-case letter before a capital (checked further in _unglued)
    r"|(?<=[a-z])[.!?;](?=[A-Z][a-z])|(?<=[A-Za-z]),(?=[A-Za-z])|[a-z](?=[A-Z])"
)
_GLUE_HINT = re.compile(r"[a-z](?:[.!?;,]?[A-Z]|,[a-z])|[A-Z],[A-Za-z]")
_WORD_BEFORE = re.compile(r"[A-Za-z]*\Z")


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


def _unglued(text: str, start: int, piece: str) -> str:
    """``piece`` (a mark or the last letter of a glued word at ``start``) with the space the scrape lost, or as it was."""
    if not piece.isalpha():
        return piece + " "  # "katanya.Itulah", "camilan,keju"
    word = _WORD_BEFORE.search(text, max(0, start - 30), start + 1).group()
    if word.islower():
        if len(word) < 2 or word in GLUED_BRAND_PREFIXES:
            return piece  # "iPhone", "detikNews": one word
        return piece + " "  # "dilansirReuters", "diMotoGP"
    if word[0].isupper() and word[1:].islower() and is_common(word.lower()):
        return piece + " "  # "PenyanyiRaffa": a common word glued to a name
    return piece


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
    if "&" not in text and not any(c in text for c in _ZERO_WIDTH) and _GLUE_HINT.search(text) is None:
        return NormalizedText(text)  # substring tests: 50x faster than a regex scan, and the common case
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    last = 0
    norm_pos = 0
    for match in _NEEDS_EDIT.finditer(text):
        piece = match.group()
        new = _replacement(piece) if piece[0] == "&" or piece[0] in _ZERO_WIDTH else _unglued(text, match.start(), piece)
        if new == match.group():
            continue
        kept = text[last : match.start()]
        pieces.append(kept)
        norm_pos += len(kept)
        pieces.append(new)
        edits.append((norm_pos, norm_pos + len(new), match.start(), match.end()))
        norm_pos += len(new)
        last = match.end()
    if not edits:
        return NormalizedText(text)
    pieces.append(text[last:])
    return NormalizedText("".join(pieces), tuple(e[0] for e in edits), tuple(edits))
