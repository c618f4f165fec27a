"""Words and marks of a speaker phrase, with the facts the readers ask about each, computed once."""

from __future__ import annotations

import re
import string

import regex

from quotex.lang.id import cues, function_words


_TOKEN = regex.compile(r"\w+(?:[-'’.&/]\w+)*|[^\w\s]")
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d&-]+")
_ASCII_LOWER = frozenset(string.ascii_lowercase)
_MAX_TOKENS = 40
#: Words glued to a capitalised word that are parted from it: the function words a scrape glues on,
#: and the speech verbs that follow a speaker's name (``Bahlil Lahadalia|mengatakan``).
_GLUED_TAILS = function_words.GLUED_TAILS + tuple(sorted({w.lower() for w in cues.SPEECH_VERBS if len(w) >= 6}))
#: The shortest word with a glued tail: three letters of a word, then the shortest tail.
_SHORTEST_GLUED = 3 + min(map(len, _GLUED_TAILS))


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
#: White space to ``str.split`` but not to the token pattern.
_SPLIT_ONLY_SPACE = re.compile("[\x1c-\x1f]")
_MAX_SPLIT_CHARS = 4000
#: ASCII punctuation and the typographic marks of news (curly quotes, dashes, ellipsis):
#: never word characters, so each one is a token of its own.
PUNCTUATION = "".join(c for c in string.punctuation if c != "_") + "“”‘’«»„‚—–…"


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
            if size >= _SHORTEST_GLUED and chunk[0].isupper() and chunk.endswith(_GLUED_TAILS):
                _append_word(out, text, chunk, pos)
            else:
                append(Token(chunk, pos, pos + size))
        elif _plain_or_none(core := chunk.strip(PUNCTUATION)) and size - len(core) + (1 if core else 0) <= limit - len(out):
            # '(Putin),' / '"Saya' / '.': one plain word at most, each mark around it a token
            # (and no more tokens than are still wanted: a chunk can be all marks)
            lead = size - len(chunk.lstrip(PUNCTUATION))
            for k in range(lead):
                append(Token(chunk[k], pos + k, pos + k + 1))
            if core:
                _append_word(out, text, core, pos + lead)
            for k in range(lead + len(core), size):
                append(Token(chunk[k], pos + k, pos + k + 1))
        else:  # never more tokens than are still wanted: a chunk can be all marks
            out += _tokenize_with_pattern(text, pos, pos + size, limit - len(out))
        if len(out) >= limit:
            return out[:limit]
        pos += size
    return out


def _append_word(out: list[Token], text: str, word: str, pos: int) -> None:
    """Append the plain word ``word`` at ``pos``, as two tokens when a scrape glued a function word to a name."""
    cut = _glued_tail(text, word) if len(word) >= _SHORTEST_GLUED and word[0].isupper() and word.endswith(_GLUED_TAILS) else 0
    if cut:  # "Israeltelah": a name and the word glued to it
        out.append(Token(word[:cut], pos, pos + cut))
        out.append(Token(word[cut:], pos + cut, pos + len(word)))
    else:
        out.append(Token(word, pos, pos + len(word)))


def _glued_tail(text: str, word: str) -> int:
    """Where a function word a scrape glued to a capitalised word begins (``Israel|telah``,
    ``Affar|diketahui``), or 0: only when the article also writes the first part alone."""
    for tail in _GLUED_TAILS:
        cut = len(word) - len(tail)
        if cut >= 3 and word.endswith(tail) and word[1:cut].islower() and _written_alone(text, word[:cut]):
            return cut
    return 0


def _written_alone(text: str, word: str) -> bool:
    """Whether ``word`` stands as a word of its own somewhere in ``text``."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if not text[pos - 1 : pos].isalnum() and not text[end : end + 1].isalnum():
            return True
        pos = text.find(word, end)
    return False


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


def is_acronym(word: str) -> bool:
    """Whether ``_ACRONYM`` matches all of ``word``; most words fail at their second letter, which is checked first."""
    if len(word) < 2 or word[1] in _ASCII_LOWER:
        return False
    return _ACRONYM.fullmatch(word) is not None
