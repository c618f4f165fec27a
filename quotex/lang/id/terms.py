"""Words after which words in quote marks name something instead of quoting anyone.

``diskusi bertema "Peluang dan Tantangan …"``, ``spanduk bertuliskan "Selamat Datang …"``,
``menyanyikan lagu "Pelukmu Sementara"``: a title, a label or a name (GUIDELINES 1.2), however
long. Only quotes with no cue are affected: ``bertajuk "…," kata X`` still quotes X.
"""

#: Verbs and nouns that introduce the title of an event, a work or a campaign.
TITLE_INTRODUCERS: frozenset[str] = frozenset("""
tema bertema bertemakan bertajuk berjudul judul tajuk subjudul
buku novel artikel tulisan kolom lagu single album film sinetron serial acara program kampanye
gerakan festival penghargaan kategori
""".split())

#: Nouns and verbs that introduce written words, names and labels.
LABEL_INTRODUCERS: frozenset[str] = frozenset("""
bertuliskan bertulisan frasa istilah julukan slogan semboyan moto motto tagar tagline nama
menu tombol opsi fitur label
""".split())

#: Every word after which marked words are no quote.
NAMING_WORDS: frozenset[str] = TITLE_INTRODUCERS | LABEL_INTRODUCERS
