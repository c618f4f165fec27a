"""Every active affixed form of the speech lemmas (``kata`` → mengatakan, berkata, mengatakannya, …).

The stanza backend parses the sentences that hold one of these outside a quote, and the
resolver takes a narrated subject followed by one as the speaker of the uncued quote after it.
"""

from __future__ import annotations

from quotex.lang.id import cues, morphology
from quotex.lang.id.speech_lemmas import ATTITUDE_LEMMAS, SPEECH_LEMMAS

__all__ = ["SPEECH_FORMS", "verb_forms"]


def verb_forms(root: str) -> set[str]:
    """Active affixed forms of a verb root: ``kata`` → mengatakan, berkata, mengatakannya, …

    Bare roots and passive forms are left out: the rules read ``…, kata X`` and
    ``dikatakan``, and bare roots are often other words (``utara``, ``sampai``).
    """
    stems = {prefix + root for prefix in morphology.PLAIN_PREFIXES}
    for letter, prefix, drop in morphology.NASAL_ASSIMILATION:
        if root.startswith(letter):
            stems |= {prefix + root[drop:], prefix + root}
    if root[0] in "aeiou":
        stems.add(morphology.VOWEL_PREFIX + root)
    return {stem + suffix + clitic for stem in stems for suffix in morphology.VERB_SUFFIXES for clitic in morphology.ENCLITICS}


#: Active forms of every speech lemma, plus the rules' own speech verbs.
SPEECH_FORMS: frozenset[str] = frozenset(
    {f for root in SPEECH_LEMMAS | ATTITUDE_LEMMAS for f in verb_forms(root)}
    | {w.lower() for w in cues.SPEECH_VERBS}
)
