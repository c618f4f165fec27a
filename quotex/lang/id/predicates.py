"""What can be a clause's predicate: after a speech verb, an object with no predicate among its first
words (``menjelaskan persiapan tim pada konferensi pers``) is a noun phrase, not a statement."""

from __future__ import annotations

from importlib import resources

#: Prefixes of verb forms (``menyambut``, ``dibuka``, ``berada``, ``terjadi``): a word made with one
#: from a known root can be a predicate.
VERB_PREFIXES: tuple[str, ...] = ("me", "di", "ber", "ter")

#: Words that are a predicate, or open one, without a verb prefix: auxiliaries, copulas, negations,
#: common bare verbs and adjectives, and amounts (``besarannya sekitar Rp 80 juta``).
PREDICATE_WORDS: frozenset[str] = frozenset("""
akan sudah telah masih tidak tak belum bisa dapat harus sedang perlu adalah merupakan menjadi jadi
sangat lebih bukan bukanlah ialah pernah sempat mampu ingin mau boleh wajib mesti tetap terus semakin
makin cukup ada punya tahu naik turun masuk keluar kembali tiba datang pergi pulang tinggal hidup mati
jatuh lahir hilang habis siap mulai selesai lewat tumbuh
kalah menang gagal lolos salah benar butuh suka senang kecewa puas bangga yakin optimistis khawatir takut
sebesar sebanyak sekitar senilai
""".split())

#: Words that begin like a verb form but are mostly not verbs (``menteri``, ``berita``, ``tersebut``,
#: ``mereka``): ``not_verbs.txt``, from the UD treebanks by ``scripts/build_common_words.py``.
NOT_VERBS: frozenset[str] = frozenset(
    line for line in (resources.files(__package__) / "not_verbs.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
)

#: What makes the object of a calling verb a statement about it: ``menyebut serangan itu sebagai
#: ancaman langsung`` (``cues.CALLING_VERBS``).
CALLED_AS = "sebagai"
