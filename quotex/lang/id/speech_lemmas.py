"""Lemmas of speech verbs, for the parse-based (stanza) backend.

A verb whose lemma is listed here reports speech whatever its affixes:
``mengatakan``, ``dikatakannya`` and ``berkata`` all have the lemma ``kata``.
The rules backend matches surface forms (:mod:`quotex.lang.id.cues`); this list
lets the parser confirm forms the surface lists do not have.
"""

SPEECH_LEMMAS: frozenset[str] = frozenset({
    "kata", "ujar", "ucap", "tutur", "jelas", "beber", "imbuh", "terang", "sebut",
    "tegas", "papar", "ungkap", "tambah", "nyata", "aku", "klaim", "tekan",
    "sampai", "jawab", "bantah", "sangkal", "tampik", "umum", "konfirmasi",
    "benar", "ingat", "peringat", "kemuka", "utara", "tuding", "tuduh", "tulis",
    "cuit", "seru", "kecam", "kritik", "klarifikasi", "tanggap", "komentar",
    "janji", "tandas", "pungkas", "kilah", "dalih", "isyarat", "bilang",
    "lapor", "wanti", "sahut", "timpal",
})

#: Lemmas of verbs of believing or judging: reported attitudes, reported with lower confidence.
ATTITUDE_LEMMAS: frozenset[str] = frozenset({
    "nilai", "yakin", "pendapat", "duga", "anggap", "prediksi", "harap", "gambar", "indikasi",
})

#: Dependency relations that attach the reported clause to its speech verb
#: (not ``xcomp``: ``berjanji untuk datang`` reports no statement).
CONTENT_RELATIONS: frozenset[str] = frozenset({"ccomp", "parataxis"})

#: Dependency relations that attach the speaker to an active speech verb (a passive
#: verb's subject, ``Rusia dilaporkan …``, is what is spoken about, not who speaks).
SUBJECT_RELATIONS: frozenset[str] = frozenset({"nsubj"})

#: Prefixes of passive and accidental verb forms: ``dikatakan``, ``tersebut``.
PASSIVE_PREFIXES: tuple[str, ...] = ("di", "ter")
