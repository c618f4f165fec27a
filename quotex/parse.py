"""Dependency parses for the stanza backend, as plain data.

:class:`StanzaParser` loads a stanza pipeline once (lazily, thread-safe) and turns
its output into :class:`ParsedWord` tuples with offsets into the text that was
parsed, so no later stage ever touches a stanza object.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

import attrs

from quotex.stanza_models import LANG, PROCESSORS, check_model_dir, import_stanza


@attrs.frozen
class ParsedWord:
    """One syntactic word: its token's ``[start, end)``, lemma, UPOS, head and relation.

    ``head`` is the index of the head word in the same sentence, ``-1`` for the root.
    Words of one multi-word token (``dikatakannya`` → ``dikatakan`` + ``nya``) share the token's span.
    """

    start: int
    end: int
    text: str
    lemma: str
    upos: str
    head: int
    deprel: str


ParsedSentence = tuple[ParsedWord, ...]


class StanzaParser:
    """A stanza Indonesian pipeline (tokenize, mwt, pos, lemma, depparse), loaded on first use."""

    def __init__(self, model_dir: str | os.PathLike[str] | None = None, *, batch_size: int = 64):
        self.model_dir: Path = check_model_dir(model_dir)
        self.batch_size = batch_size
        self._pipeline = None
        self._lock = threading.Lock()
        self._running = threading.Lock()  # stanza does not promise concurrent calls are safe

    def _load(self):  # noqa: ANN202 - a stanza.Pipeline
        with self._lock:  # one load per parser, even when threads race to the first call
            if self._pipeline is None:
                stanza = import_stanza()
                self._pipeline = stanza.Pipeline(
                    lang=LANG, dir=str(self.model_dir), processors=",".join(PROCESSORS),
                    download_method=None, use_gpu=False, logging_level="WARN",
                    tokenize_batch_size=self.batch_size * 8, pos_batch_size=self.batch_size * 40,
                    depparse_batch_size=self.batch_size * 40, lemma_batch_size=self.batch_size * 8,
                )
            return self._pipeline

    def _run(self, texts: Sequence[str]) -> list:  # stanza Documents
        stanza = import_stanza()
        pipeline = self._load()
        with self._running:  # threads share the pipeline, one call at a time (torch uses every core anyway)
            return pipeline([stanza.Document([], text=t) for t in texts])

    def parse(self, texts: Sequence[str]) -> list[list[ParsedSentence]]:
        """Parse every text in one batched stanza call; offsets index each text."""
        if not texts:
            return []
        return [[_sentence(s) for s in doc.sentences] for doc in self._run(texts)]

    def parse_whole(self, texts: Sequence[str]) -> int:
        """Parse ``texts`` entirely (the baseline quotex avoids); returns the number of words."""
        return sum(len(s.words) for doc in self._run(texts) for s in doc.sentences) if texts else 0


def _sentence(sentence) -> ParsedSentence:  # noqa: ANN001 - a stanza Sentence
    words = []
    for word in sentence.words:
        token = word.parent
        words.append(
            ParsedWord(
                token.start_char, token.end_char, word.text, (word.lemma or word.text).lower(),
                word.upos or "X", (word.head or 0) - 1, word.deprel or "dep",
            )
        )
    return tuple(words)
