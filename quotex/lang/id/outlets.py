"""News outlets: a gazetteer of names, the words that introduce an unseen
outlet, and the verbs that cite one. Matching ignores case.
"""

#: Known outlets, Indonesian and international, as they are written. Names that are also
#: everyday words in Indonesian news (``AS`` = Amerika Serikat, ``Time``, ``Dawn``) are left out.
KNOWN_OUTLETS: tuple[str, ...] = (
    # Indonesian
    "Kompas", "Kompas.com", "Kompas.id", "KOMPAS.com", "Kompas TV", "Harian Kompas",
    "Tempo", "Tempo.co", "TEMPO.CO", "Majalah Tempo", "Koran Tempo",
    "Detik", "detikcom", "Detik.com", "detikNews", "detikFinance", "detikSport",
    "detikJabar", "detikJatim", "detikJateng", "detikBali", "detikSulsel",
    "detikSumut", "detikSumbagsel", "detikHealth", "detikInet", "detikTravel",
    "Liputan6", "Liputan6.com", "Tribunnews", "Tribunnews.com", "Tribun",
    "Okezone", "Okezone.com", "Sindonews", "SINDOnews", "Sindonews.com", "Koran Sindo",
    "Republika", "Republika.co.id", "REPUBLIKA.CO.ID", "Viva", "VIVA", "Viva.co.id",
    "Merdeka", "Merdeka.com", "CNN Indonesia", "CNBC Indonesia", "Kumparan",
    "kumparan", "Suara", "Suara.com", "IDN Times", "Jawa Pos", "JawaPos.com",
    "Media Indonesia", "Bisnis Indonesia", "Bisnis.com", "Kontan", "Kontan.co.id",
    "Katadata", "Tirto", "Tirto.id", "Beritasatu", "BeritaSatu", "Metro TV",
    "MetroTV", "TVRI", "RRI", "iNews", "iNews.id", "JPNN", "JPNN.com", "Inilah.com",
    "Antara", "ANTARA", "Antaranews", "Antaranews.com", "Kapanlagi", "KapanLagi.com",
    "Posmetro", "Tuturpedia", "Tuturpedia.com", "KLIKPOSITIF", "Klikpositif",
    "The Jakarta Post", "Jakarta Post", "Jakarta Globe", "Warta Ekonomi",
    "Medcom", "Medcom.id", "Gatra", "Rakyat Merdeka", "Pikiran Rakyat",
    "Serambi Indonesia", "Kedaulatan Rakyat", "Solopos", "Harian Jogja",
    "Bola.com", "Fimela", "Dream.co.id", "Brilio", "Hipwee", "Narasi", "Opini.id",
    "VOA Indonesia", "BBC News Indonesia", "BBC Indonesia", "DW Indonesia",
    "Kompasiana", "Mojok", "Asumsi", "Tempo English", "Info Kompas",
    # International
    "CNN", "CNN International", "Reuters", "AFP", "Agence France-Presse", "AP",
    "Associated Press", "BBC", "BBC News", "Al Jazeera", "Aljazeera", "Sputnik",
    "Sputnik International", "RIA", "RIA Novosti", "TASS", "Interfax", "RT",
    "Russia Today", "Russia 1", "Rossiya 1", "Rossiya", "Izvestia", "Kommersant",
    "KCNA", "Rodong Sinmun", "Yonhap", "Korea Herald", "KoreaHerald", "Korea Times",
    "Korea JoongAng Daily", "Chosun Ilbo", "KBS", "MBC", "SBS", "NHK", "Kyodo",
    "Kyodo News", "Nikkei", "Nikkei Asia", "Asahi Shimbun", "Japan Times",
    "Xinhua", "CGTN", "Global Times", "China Daily", "South China Morning Post",
    "SCMP", "CNA", "Channel NewsAsia", "Straits Times", "The Straits Times",
    "Bernama", "The Star", "Malay Mail", "New Straits Times", "Bangkok Post",
    "Inquirer", "Rappler", "VnExpress", "Times of India", "Anadolu",
    "Anadolu Agency", "TRT", "TRT World", "Al Arabiya", "Arab News", "Gulf News",
    "Times of Israel", "Haaretz", "Jerusalem Post", "IRNA", "Tasnim", "Press TV",
    "WAFA", "DW", "Deutsche Welle", "France 24", "Le Monde", "Le Figaro",
    "Der Spiegel", "Spiegel", "Bild", "El Pais", "The Guardian", "Guardian",
    "The Times", "The Telegraph", "Telegraph", "The Independent", "Daily Mail",
    "Sky News", "Financial Times", "The Economist", "Economist",
    "New York Times", "The New York Times", "NYT", "Washington Post",
    "The Washington Post", "Wall Street Journal", "The Wall Street Journal", "WSJ",
    "Bloomberg", "Politico", "Axios", "The Hill", "NPR", "ABC", "ABC News", "NBC",
    "NBC News", "CBS", "CBS News", "Fox News", "CNBC", "USA Today", "Time Magazine",
    "Newsweek", "Forbes", "Business Insider", "Vox", "The Atlantic",
    "Radio NV", "NV", "Kyiv Independent", "Ukrainska Pravda", "Ukrinform",
    "Voice of America", "VOA", "Radio Free Europe", "RFE/RL", "Euronews",
    "Nine News", "ABC Australia", "Sydney Morning Herald", "Variety",
    "Billboard", "Hollywood Reporter", "The Verge", "TechCrunch", "Wired",
    "ESPN", "Goal.com", "Marca", "Diario AS", "Football Italia", "Sky Sports",
)

#: Head words that introduce an outlet not in the gazetteer:
#: ``media Russia 1``, ``kantor berita RIA``, ``laman KoreaHerald``.
OUTLET_HEADS: tuple[str, ...] = (
    "kantor berita", "media", "surat kabar", "koran", "harian", "majalah",
    "stasiun televisi", "stasiun tv", "stasiun radio", "televisi", "tv", "radio",
    "laman", "situs", "situs web", "portal", "portal berita", "akun", "akun resmi",
    "jaringan televisi", "penyiar", "outlet media", "tabloid", "kanal", "kanal youtube",
    "website", "blog", "siaran", "buletin", "pemberitaan",
)

#: Lower-case words that may stand between an outlet head and its name, or make
#: a generic outlet on their own: ``media pemerintah Rusia``, ``media lokal``.
OUTLET_QUALIFIERS: frozenset[str] = frozenset({
    "pemerintah", "resmi", "lokal", "setempat", "asing", "negara", "nasional",
    "internasional", "milik", "berita", "pemberitaan", "utama", "online",
    "daring", "swasta", "publik", "sosial", "web", "instagram", "youtube",
    "twitter", "x", "facebook", "tiktok", "pribadinya", "pribadi", "resminya",
    "yang", "dikelola",
})

#: Phrases that cite an outlet before its name (``seperti dilansir CNN``).
CITING_BEFORE: tuple[str, ...] = (
    "dilansir", "melansir", "dilansir dari", "dikutip dari", "dikutip",
    "mengutip", "mengutip dari", "dilaporkan", "dilaporkan oleh", "diberitakan",
    "lapor", "tulis", "menurut laporan", "dalam laporan", "berdasarkan laporan",
    "seperti dilaporkan", "sebagaimana dilaporkan", "dinukil dari", "menukil",
)

#: Phrases that name the outlet a source spoke to (``kepada Radio NV``).
SPOKE_TO: tuple[str, ...] = (
    "kepada", "dalam wawancara dengan", "dalam wawancaranya dengan",
    "saat diwawancarai", "dalam wawancara eksklusif dengan", "ketika diwawancarai",
    "dalam acara", "dalam program", "saat berbicara kepada", "berbicara kepada",
)

#: Verbs written after an outlet that reports: ``media Rusia melaporkan``.
REPORTING_AFTER: tuple[str, ...] = ("melaporkan", "memberitakan", "menulis", "mewartakan", "melansir")

#: Rubric words that open a dateline but are not outlets (``INTERNASIONAL -``).
SECTION_WORDS: frozenset[str] = frozenset({
    "internasional", "nasional", "ekonomi", "bisnis", "olahraga", "sport",
    "politik", "hukum", "daerah", "regional", "metro", "megapolitan", "otomotif",
    "teknologi", "tekno", "kesehatan", "gaya hidup", "hiburan", "seleb",
    "dunia", "global", "news", "berita", "opini", "edukasi", "travel", "sains",
    "foto", "video", "advertorial", "headline", "breaking news", "eksklusif",
})

#: Lower-case brand words written glued to a capitalised one (``detikNews``, ``kumparanBISNIS``):
#: one name, never two words a scrape glued together.
GLUED_BRAND_PREFIXES: frozenset[str] = frozenset({
    "detik", "kumparan", "tribun", "okezone", "sindo", "suara", "liputan", "kompas", "tempo",
    "antara", "republika", "merdeka", "viva", "jawapos", "idn", "cnn", "cnbc", "bisnis",
    "beritasatu", "inews", "medcom", "tirto", "katadata", "kontan", "bola", "goal", "hai",
    "e", "i", "m", "mc",
})

#: Lower-case stems of outlet families whose brands are written glued (``detikEdu``,
#: ``TribunBatam``, ``kumparanNEWS``): any word starting so is that family's outlet.
OUTLET_FAMILY_STEMS: tuple[str, ...] = ("detik", "tribun", "kumparan", "kompas", "liputan6", "sindonews", "okezone")

#: Platforms and accounts: where a statement was posted, never an outlet (GUIDELINES 4).
NOT_OUTLETS: frozenset[str] = frozenset({
    "instagram", "twitter", "x", "facebook", "tiktok", "youtube", "threads", "whatsapp", "telegram",
    "linkedin", "akun", "unggahan", "postingan", "cuitan", "kanal", "siaran", "keterangan", "rilis",
    "truth", "bluesky", "weibo", "reddit", "snapchat", "discord", "podcast",  # Truth Social …
})

#: Words before the outlet a source spoke to: ``kepada wartawan Kompas.com``.
REPORTER_WORDS: tuple[str, ...] = ("wartawan", "reporter", "jurnalis", "tim")

#: Verbs after which a capitalised name is the outlet even when it is unknown (``dikutip dari Crash``).
CITING_VERBS_STRICT: tuple[str, ...] = ("dilansir", "melansir", "dikutip", "dinukil", "menukil", "diberitakan")

#: Heads that name a website: with an unknown name after them it is an institution's own site
#: (``laman UGM``), not an outlet; with a known or domain name it is one (``laman KoreaHerald``).
SITE_HEADS: frozenset[str] = frozenset({"laman", "situs", "website", "portal", "web"})

#: Heads of a medium described by its country, then named after a comma: ``laman Inggris, Mirror``,
#: ``harian Jepang, Asahi Shimbun``.
MEDIA_HEADS: tuple[str, ...] = (
    "laman", "situs", "media", "harian", "surat kabar", "koran", "majalah", "kantor berita",
    "stasiun televisi", "televisi", "portal berita", "tabloid",
)

#: Brands written in lower case (``detikcom``, ``kumparan``), which a scrape glues to the word before
#: (``kepadadetikcom``, ``dilansirdetikNews``): no capital shows where the brand starts.
LOWERCASE_BRANDS: tuple[str, ...] = ("detik", "kumparan")

#: Words a lower-case brand is glued to: citing and speaking-to words, prepositions, ``catatan``.
#: Not ``di``: ``didetik-detik terakhir`` is "in the last seconds".
BEFORE_GLUED_BRANDS: frozenset[str] = frozenset({
    "kepada", "dari", "dilansir", "dikutip", "melansir", "mengutip", "dihubungi", "dikonfirmasi",
    "diterima", "ditemui", "dengan", "oleh", "catatan", "pantauan", "laman", "situs",
})

#: Words a scrape glues to the end of a brand written in humps: ``detikJateng|di``, ``detikSport|dalam``.
TAILS_GLUED_TO_BRANDS: tuple[str, ...] = ("dalam", "pada", "saat", "yang", "dan", "di")
