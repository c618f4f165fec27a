"""Indonesian verb morphology that the stanza backend uses to spot speech verbs. Data only.

The active prefix ``meN-`` takes the nasal that fits the root's first letter and
drops a voiceless first consonant: ``kata`` → meng-atakan, ``tegas`` → men-egaskan,
``sebut`` → meny-ebut, ``papar`` → mem-aparkan; ``jelas`` → men-jelaskan keeps it.
"""

#: (first letter of the root, nasal prefix, letters of the root dropped).
NASAL_ASSIMILATION: tuple[tuple[str, str, int], ...] = (
    ("k", "meng", 1), ("t", "men", 1), ("s", "meny", 1), ("p", "mem", 1),
    ("b", "mem", 0), ("c", "men", 0), ("j", "men", 0), ("d", "men", 0), ("g", "meng", 0), ("h", "meng", 0),
)
#: Prefix of roots that start with a vowel: ``aku`` → mengaku, ``ungkap`` → mengungkap.
VOWEL_PREFIX = "meng"
#: Prefixes used as they are: ``me-`` before l, m, n, r, w, y (``melapor``); ``ber-`` (``berkata``).
PLAIN_PREFIXES: tuple[str, ...] = ("me", "ber")
#: Verb suffixes: ``mengatakan``, ``meyakini``.
VERB_SUFFIXES: tuple[str, ...] = ("", "kan", "i")
#: The enclitic that refers back: ``mengatakannya``.
ENCLITICS: tuple[str, ...] = ("", "nya")

#: Derivational prefixes, longest first, with the letter a nasal prefix dropped from its root
#: (``meny-`` + ``sebut`` → ``menyebut``): for finding the root of a word (statement linking).
ROOT_PREFIXES: tuple[tuple[str, str], ...] = (
    ("meny", "s"), ("peny", "s"), ("meng", "k"), ("peng", "k"), ("meng", ""), ("peng", ""),
    ("mem", "p"), ("pem", "p"), ("mem", ""), ("pem", ""), ("men", "t"), ("pen", "t"), ("men", ""), ("pen", ""),
    ("memper", ""), ("diper", ""), ("ber", ""), ("ter", ""), ("per", ""), ("me", ""), ("pe", ""), ("di", ""),
    ("ke", ""), ("se", ""), ("be", ""),
)
#: Suffixes and clitics, outermost first: ``mendiskusi-kan-nya``.
ROOT_SUFFIXES: tuple[tuple[str, ...], ...] = (("nya", "lah", "kah", "pun"), ("kan", "an", "i"))
