"""Reading speaker phrases, a stage in parts: the tokens, the name in a run of capitalised
words, the phrase after a cue, the subject before a speech verb, and the titles around a name.

``tokens`` → ``names`` (where the name starts) → ``phrase`` (``kata [X]``) and ``subject``
(``[X] mengatakan``) → ``roles`` (the fullest title an article gives a name). Plain data in
(the text and offsets), plain data out (:class:`SpeakerPhrase`).
"""

from quotex.speakers.names import names_a_person, never_inside_a_name, split_role_name
from quotex.speakers.phrase import QUANTIFIERS, SpeakerPhrase, phrase_in_span, read_speaker
from quotex.speakers.roles import roles_around
from quotex.speakers.subject import read_subject
from quotex.speakers.tokens import Token, tokenize

__all__ = [
    "QUANTIFIERS",
    "SpeakerPhrase",
    "Token",
    "names_a_person",
    "never_inside_a_name",
    "phrase_in_span",
    "read_speaker",
    "read_subject",
    "roles_around",
    "split_role_name",
    "tokenize",
]
