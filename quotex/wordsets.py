"""Compile word lists into fast regular expressions.

A plain alternation of a few hundred words makes the regex engine try every
word at every position; a prefix tree (``k(?:ata|ilah)|m(?:e…)``) tries only the
branch that matches the next character, which keeps scans near linear speed.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex


def _trie(words: Iterable[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [regex.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def alternation(words: Iterable[str]) -> str:
    """A regex (no flags, no anchors) matching exactly the given words, longest first."""
    cleaned = {w for w in words if w}
    if not cleaned:
        return "(?!)"
    return _pattern(_trie(cleaned))
