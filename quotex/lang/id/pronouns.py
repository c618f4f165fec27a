"""Pronouns and anaphoric descriptions that point back at a speaker."""

#: Third-person singular pronouns: resolve to the last person who spoke.
SINGULAR: frozenset[str] = frozenset({"dia", "ia", "beliau", "nya", "dirinya", "pihaknya"})

#: Plural pronouns: resolve to the last group or organisation that spoke.
PLURAL: frozenset[str] = frozenset({"mereka"})

#: First/second person: a speaker quoting themself inside a quote.
FIRST_PERSON: frozenset[str] = frozenset({"saya", "aku", "kami", "kita", "gue", "gua"})

#: Pronouns that point at a source other than the writer: ``ia menjelaskan``, ``mereka menyebut``.
THIRD_PERSON: frozenset[str] = SINGULAR | PLURAL

ALL: frozenset[str] = SINGULAR | PLURAL | FIRST_PERSON

#: Head nouns of descriptions that stand for a person named before:
#: ``papar wanita yang …``, ``kata pria asal Bandung itu``.
DESCRIPTORS: frozenset[str] = frozenset({
    "wanita", "pria", "perempuan", "lelaki", "laki-laki", "sosok", "pemuda",
    "pemudi", "remaja", "bocah", "ibu", "bapak", "lansia", "nenek", "kakek",
    "politikus", "politisi", "mantan", "eks", "purnawirawan", "jenderal",
    "pebulutangkis", "pesepak", "atlet", "aktris", "aktor", "penyanyi",
    "warga", "korban", "pelaku", "tersangka", "terdakwa", "saksi", "ayah",
    "anak", "suami", "istri", "ulama", "perwira", "wisatawan", "tamu", "koresponden",
})

#: Demonstratives that make a description anaphoric: ``Sekda Bone itu``.
DEMONSTRATIVES: frozenset[str] = frozenset({"itu", "ini", "tersebut"})
