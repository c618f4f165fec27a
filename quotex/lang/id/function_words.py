"""Function words that end a speaker phrase or sit around attributions."""

#: Words that end a speaker phrase after a cue: ``kata Putin kepada Kim``.
SPEAKER_STOPS: frozenset[str] = frozenset("""
kepada pada saat ketika sewaktu dalam usai seusai setelah sesudah sebelum sambil
seraya melalui lewat via di ke dari dengan yang bahwa karena sebab tentang
mengenai terkait soal atas oleh untuk guna agar supaya namun tetapi tapi
dan serta atau juga pun pula lagi kembali sendiri saja hanya sudah telah akan
masih belum tidak bukan seperti sebagaimana ketika menurut kata ujar
dilansir dikutip melansir mengutip dilaporkan melaporkan lapor
hari pagi siang sore malam kemarin tadi besok lusa sekitar
""".split())

#: Conjunctions of manner before a speech verb whose subject is that of the clause they end:
#: ``Trump …, dengan mengatakan``, ``Putin menolak menjawab, seraya mengatakan``.
SAME_SUBJECT_CONJUNCTIONS: frozenset[str] = frozenset({"dengan", "seraya", "sambil", "sembari"})
#: The same after a comma only: ``…, sekaligus menegaskan``. Without the comma it is an adverb
#: of the clause's own verb (``Gol tersebut sekaligus memastikan``).
SAME_SUBJECT_AFTER_COMMA: frozenset[str] = frozenset({"sekaligus"})

#: Adverbs between a subject and its verb: ``Putin juga mengatakan``.
ADVERBS: frozenset[str] = frozenset("""
juga pun pula lagi kembali sendiri hanya sudah telah akan masih belum tidak
sempat pernah sering kerap selalu justru bahkan malah tetap lantas lalu kemudian terus
sebelumnya sesudahnya akhirnya kini sekarang segera langsung secara terbuka
tegas jelas dilaporkan disebut dikabarkan tampak terlihat mengaku sekali lebih
lanjut pertama terakhir baru saja itu ini tersebut memang turut ikut sempat baru-baru kemarin sekaligus
""".split())

#: Connectives that open a clause and are not part of its subject.
CLAUSE_OPENERS: frozenset[str] = frozenset("""
namun tetapi tapi sementara sedangkan adapun lalu kemudian bahkan dan serta
selain itu ini oleh karena sebab maka jadi sehingga padahal meski meskipun
walaupun walau kendati demikian sebelumnya selanjutnya berikutnya akhirnya
di sisi lain pada sementara itu terpisah tanpa setelah sesudah sebelum saat
ketika usai seusai dalam jika apabila karena untuk dengan bagi terkait mengenai
menjelang selama sejak hingga sampai atas berdasarkan menanggapi soal ditanya menurut
hanya artinya intinya misalnya contohnya sayangnya untungnya rupanya tampaknya nampaknya
agaknya sebaliknya biasanya seharusnya sejatinya pastinya tentunya apalagi bahkan
karenanya
""".split())

#: Words that open a phrase of when, where or how a source spoke, set off by commas between the
#: subject and its verb: ``Doni Monardo, saat dihubungi, Senin (30/11) di Jakarta, mengatakan``.
CIRCUMSTANCE_OPENERS: frozenset[str] = frozenset("""
saat ketika sewaktu usai seusai selepas setelah sesudah sebelum dalam di pada kepada
ditemui dihubungi dikonfirmasi diwawancarai dijumpai disela di sela sela
""".split())

#: Words before a citation that say the statement is as an outlet gave it: ``seperti dilansir Reuters``.
AS_IN: frozenset[str] = frozenset({"seperti", "sebagaimana"})

#: Words opening a part that says how the source spoke: ``secara blak-blakan``, ``dengan tegas``.
MANNER_OPENERS: frozenset[str] = frozenset({"secara"})
#: Prepositions before where a title is held: ``ahli strategi pasar dari Wells Fargo``, ``rektor di Universitas Gachon``.
AFFILIATION_PREPOSITIONS: frozenset[str] = frozenset({"dari", "di", "pada"})
#: Prepositions opening a part that says where or in what the source spoke: ``dalam keterangannya``, ``di Jakarta``.
PLACE_OPENERS: frozenset[str] = frozenset({"dalam", "di", "pada", "melalui", "lewat", "via"})

#: Nouns of time that a demonstrative makes an adverb (``saat ini``, ``tahun lalu``, ``kali ini``),
#: not a thing the sentence is about.
TIME_NOUNS: frozenset[str] = frozenset("saat kali hari tahun bulan minggu pekan malam pagi siang sore waktu masa sejauh selama".split())

#: Day and month names: capitalised but never part of a speaker's name.
CALENDAR: frozenset[str] = frozenset("""
senin selasa rabu kamis jumat jum'at sabtu minggu ahad
januari februari maret april mei juni juli agustus september oktober november
desember jan feb mar apr jun jul agu agt ags sep sept okt nov des
""".split())

#: Abbreviations whose final period does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset("""
dr drs dra ir prof h hj kh no nomor st jl jln rp kol brigjen mayjen letjen
tbk dll dsb dst yth bpk sdr sdri mr mrs ms vs a.n u.p s.h m.h m.si s.e ph.d
inc ltd co corp dkk kec kab kel ds
""".split())

#: How a line linking another article opens (``Baca juga: <headline>``): a headline, neither a
#: quote nor narration (GUIDELINES 1.2). Lower-case.
RELATED_LINK = "baca juga"

#: How a line promoting another article's video opens (``Simak juga Video '<headline>':``), when a
#: quote mark or a colon follows: a headline too, neither a quote nor narration. Lower-case.
MEDIA_PROMPTS = (
    "simak juga video", "simak video", "tonton juga video", "tonton video", "tonton juga",
    "lihat juga video", "lihat video", "saksikan juga video", "saksikan video", "saksikan juga",
    "video:",
)

#: Words a scrape often glues to the end of a capitalised word (``Pasukan Israeltelah``, ``Raffa
#: Affardiketahui``). Short ones (``di``, ``dan``, ``yang``) are left out: names end so (``Wahyudi``,
#: ``Ramadan``, ``Jinyang``). Lower-case.
GLUED_TAILS: tuple[str, ...] = (
    "telah", "dalam", "untuk", "diketahui", "mengatakan", "menjadi", "sebagai", "kepada",
    "adalah", "karena", "bahwa", "dengan", "akan", "juga", "tidak", "pada", "saat", "dari",
)
