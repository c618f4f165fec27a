"""People the news names by their initials: victims, suspects, witnesses, minors.

``korban RW (33)``, ``tersangka AS``, ``pelaku berinisial AD``: the capital letters after one
of these words are a person's name, not an organisation's acronym. Only two or three letters
count (``korban KDRT`` is a kind of case, ``siswa SMA`` a school, so ``siswa`` is not here), and
kinship words are left out: ``Ayah ZR`` is ZR's father.
"""

#: Nouns for a person whose name the news withholds.
PERSON_NOUNS: frozenset[str] = frozenset({
    "korban", "tersangka", "pelaku", "terdakwa", "terpidana", "terlapor", "pelapor", "saksi",
    "pasien", "bocah", "remaja", "pria", "wanita", "perempuan",
    "pengemudi", "sopir", "berinisial", "inisial",
})

#: Words that announce the initials after a noun: ``pelaku berinisial AD``.
MARKERS: frozenset[str] = frozenset({"berinisial", "inisial"})

#: How many capital letters initials have.
LETTERS = (2, 3)
