"""Speech cues: the words that attribute speech to a source.

Extend a tuple here and the engine picks the word up; nothing else to change.
"""

#: Root forms written *after* a quote or clause, with the speaker after them:
#: ``"…," kata Putin`` / ``…, ujar para analis``. Each also takes ``-nya``
#: (``ujarnya``) for a speaker named earlier.
AFTER_CUES: tuple[str, ...] = (
    "kata", "ujar", "ucap", "tutur", "jelas", "beber", "imbuh", "terang",
    "sebut", "tegas", "papar", "ungkap", "tambah", "lanjut", "sambung",
    "tukas", "tandas", "pungkas", "kilah", "aku", "klaim", "urai", "tanya",
    "jawab", "sahut", "timpal", "seru", "tulis", "cuit", "kicau", "bilang",
    "tutup", "pesan", "harap", "pinta", "ajak", "imbau", "kenang", "keluh",
    "canda", "seloroh", "sindir", "bantah", "tepis", "nilai", "terangnya",
    "katakan", "tuturkan", "jelaskan", "ungkapkan", "tegaskan", "sebutkan",
    "tambahkan", "paparkan", "bebernya", "desak", "kritik", "sergah",
    "ingat", "tuding", "lapor", "demikian",
)

#: Cue roots that may open a sentence before the speaker and a comma: ``Kata Prabowo, …``.
OPENING_CUES: tuple[str, ...] = ("kata", "ujar", "tutur", "imbuh", "lanjut", "tambah", "jelas", "ungkap", "terang")

#: Cue-after roots that are only cues when an outlet follows them
#: (``…, lapor media pemerintah Rusia``): they cite, they do not speak.
OUTLET_ONLY_AFTER_CUES: frozenset[str] = frozenset({"lapor"})

#: Verbs that introduce speech with the speaker as their subject:
#: ``Putin mengatakan, "…"``, ``X menegaskan bahwa …``.
SPEECH_VERBS: tuple[str, ...] = (
    "mengatakan", "menyatakan", "berkata", "menegaskan", "menjelaskan",
    "mengungkapkan", "mengungkap", "menyebut", "menyebutkan", "menuturkan",
    "menambahkan", "mengaku", "mengakui", "mengklaim", "memperingatkan",
    "menekankan", "menyampaikan", "menjawab", "membantah", "menilai",
    "meyakini", "berpendapat", "memperkirakan", "menduga", "menerangkan",
    "memaparkan", "membeberkan", "mengimbuhkan", "melanjutkan",
    "menandaskan", "memastikan", "mengingatkan", "berujar", "bertutur",
    "berucap", "menulis", "mencuit", "mengemukakan", "mengutarakan",
    "menuding", "menuduh", "menyangkal", "menampik", "mengumumkan",
    "mengonfirmasi", "membenarkan", "berharap", "mengeluhkan", "mengklarifikasi",
    "menanggapi", "menggambarkan", "mengindikasikan", "berjanji", "bersikeras", "berdalih",
    "mengisyaratkan", "menyerukan", "mengecam", "mengkritik", "menegaskannya",
    "mengatakannya", "memprediksi", "menganggap", "menyinggung", "berkomentar",
    "mengeklaim", "mengingatkan", "menjanjikan", "bilang", "menceritakan", "mencatat",
)

#: Verbs of advising and asking (GUIDELINES 1.3: optional cues): a person the narration makes
#: their subject (``Rush juga menyarankan …``) is who speaks in an uncued quote right after.
ADVICE_VERBS: frozenset[str] = frozenset({
    "menyarankan", "meminta", "mengimbau", "mengajak", "mendesak", "menganjurkan", "memerintahkan",
})

#: Speech verbs that report a statement only with a complementiser (``mencatat bahwa …``);
#: otherwise their object is data (``BPBD mencatat 1.168 rumah rusak``).
COMPLEMENT_ONLY_VERBS: frozenset[str] = frozenset({"mencatat"})

#: Speech verbs that report a statement only with a comma, a colon or a complementiser after
#: them (``Andi melanjutkan, ada dua direksi …``); otherwise they go on with a thing
#: (``melanjutkan pendidikan``, ``melanjutkan perjalanan``).
MARKED_CONTENT_VERBS: frozenset[str] = frozenset({"melanjutkan"})

#: Speech verbs that judge their object: ``menilai aturan itu bagus`` is a statement about the
#: rules, though its predicate is an adjective with no verb form.
EVALUATION_VERBS: frozenset[str] = frozenset({"menilai"})

#: Speech verbs that call their object something: with ``sebagai`` after it they state it
#: (``menyebut serangan itu sebagai ancaman``); without, they only name it.
CALLING_VERBS: frozenset[str] = frozenset({"menyebut", "menyebutkan", "menggambarkan", "mengecam"})

#: Speech verbs that accept a noun-phrase object as well as a clause;
#: with an object like ``dukungannya`` they report no statement.
OBJECT_TAKING_VERBS: frozenset[str] = frozenset({
    "menyatakan", "menyampaikan", "menegaskan", "menekankan", "mengungkapkan",
    "mengungkap", "menjelaskan", "menyebut", "menyebutkan", "mengumumkan",
    "membantah", "menyangkal", "menampik", "mengakui", "menanggapi",
    "memastikan", "mengonfirmasi", "membenarkan", "mengeluhkan", "mengecam",
    "mengkritik", "menyinggung", "menjanjikan", "menilai", "menulis",
    "menyerukan", "mengisyaratkan", "memaparkan", "membeberkan", "mengingatkan",
    "berjanji", "menanggapi", "menceritakan",
})

#: Verbs of believing or judging: reported attitudes, lower confidence.
ATTITUDE_VERBS: frozenset[str] = frozenset({
    "menilai", "meyakini", "berpendapat", "memperkirakan", "menduga",
    "menganggap", "memprediksi", "berharap", "menggambarkan", "mengindikasikan",
})

#: Passive cues: ``Hal itu disampaikan X``, ``"…," demikian dikatakan X``.
PASSIVE_CUES: tuple[str, ...] = (
    "disampaikan", "dikatakan", "diungkapkan", "ditegaskan", "dijelaskan",
    "disebutkan", "dituturkan", "dinyatakan", "diucapkan", "diutarakan",
    "dikemukakan", "dipaparkan", "diterangkan", "dibeberkan", "diakui", "diungkap",
)

#: Nouns that a passive cue refers back with: ``Hal tersebut disampaikan X``.
BACK_REFERENCE_NOUNS: tuple[str, ...] = (
    "hal", "pernyataan", "keterangan", "penjelasan", "ucapan", "perkataan",
    "informasi", "kabar", "pesan", "penegasan", "pengakuan",
    # nouns of what a speech act says: "Permintaan itu disampaikan X" (not of a thing done:
    # keputusan, langkah, rencana, data)
    "klarifikasi", "imbauan", "peringatan", "keluhan", "pengumuman", "pendapat", "usulan",
    "penilaian", "permintaan", "kekhawatiran", "tuntutan", "keinginan", "harapan", "seruan",
    "komentar", "ajakan", "pujian", "sindiran", "permohonan", "kritik", "saran", "jawaban",
    "tanggapan", "bantahan", "janji", "ungkapan", "penuturan",
)

#: "According to": ``Menurut X, …`` (and ``menurutnya``).
ACCORDING_TO: tuple[str, ...] = ("menurut",)

#: Words allowed between a speech verb and its content: ``mengatakan pula``.
VERB_PARTICLES: tuple[str, ...] = (
    "pula", "juga", "lagi", "kembali", "lebih", "lanjut", "sebelumnya",
    "kemudian", "pun", "lalu", "secara", "tegas", "terbuka", "singkat",
)

#: Complementisers that open reported content: ``mengatakan bahwa …``.
COMPLEMENTIZERS: tuple[str, ...] = ("bahwa", "bahwasanya", "jika", "kalau", "agar", "supaya")
