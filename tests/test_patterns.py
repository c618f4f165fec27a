"""One small case per attribution pattern; each case is a line of data.

Columns: text, expected quote text, kind, speaker name, cue text.
"""

import pytest

import quotex

CASES = [
    # cue after the quote
    ('"Kami siap bertanding," kata Budi Santoso.', "Kami siap bertanding", "direct", "Budi Santoso", "kata"),
    ("“Harga naik tajam,” ujar Siti Aminah kepada wartawan.", "Harga naik tajam", "direct", "Siti Aminah", "ujar"),
    ('"Tidak ada masalah," tutur Ketua DPRD Jawa Barat Ahmad Yani, Senin (1/1/2024).', "Tidak ada masalah", "direct", "Ahmad Yani", "tutur"),
    ('"Semua aman," jelas Kapolres Bogor AKBP Iman Sumantri.', "Semua aman", "direct", "Iman Sumantri", "jelas"),
    ('"Kami sudah memeriksa saksi," beber juru bicara Polda Metro Jaya Kombes Ade Ary.', "Kami sudah memeriksa saksi", "direct", "Ade Ary", "beber"),
    ("'Kami menolak,' imbuh Rina Wulandari.", "Kami menolak", "direct", "Rina Wulandari", "imbuh"),
    ('"Ini baru awal," terang Andi Pratama.', "Ini baru awal", "direct", "Andi Pratama", "terang"),
    ('"Ekonomi tumbuh lima persen," sebut Sri Mulyani dalam konferensi pers.', "Ekonomi tumbuh lima persen", "direct", "Sri Mulyani", "sebut"),
    ('«Kami tidak akan mundur,» kata Joko Susilo.', "Kami tidak akan mundur", "direct", "Joko Susilo", "kata"),
    ('"Kami tidak akan mundur," Joko Susilo menegaskan.', "Kami tidak akan mundur", "direct", "Joko Susilo", "menegaskan"),
    # cue before the quote
    ('Presiden Joko Widodo mengatakan, "Pembangunan harus merata."', "Pembangunan harus merata.", "direct", "Joko Widodo", "mengatakan"),
    ('Tanpa menyebut nama, Rudi Hartono menuturkan pula, "Kami akan terus mengawasi."', "Kami akan terus mengawasi.", "direct", "Rudi Hartono", "menuturkan"),
    ('Menteri Kesehatan Budi Gunadi Sadikin menegaskan bahwa, "vaksin aman digunakan".', "vaksin aman digunakan", "direct", "Budi Gunadi Sadikin", "menegaskan"),
    ('Ia menandatangani buku tamu dalam bahasa Inggris: "Terima kasih atas sambutannya."', "Terima kasih atas sambutannya.", "direct", None, None),
    # indirect speech
    ("Gubernur Jawa Tengah Ganjar Pranowo mengatakan bahwa banjir sudah mulai surut di sejumlah daerah.", "banjir sudah mulai surut di sejumlah daerah", "indirect", "Ganjar Pranowo", "mengatakan"),
    ("Menurut pengamat politik Ray Rangkuti, koalisi itu akan bertahan hingga pemilu.", "koalisi itu akan bertahan hingga pemilu", "indirect", "Ray Rangkuti", "Menurut"),
    ("Harga beras diperkirakan naik bulan depan, kata para analis.", "Harga beras diperkirakan naik bulan depan", "indirect", "para analis", "kata"),
    ("Pemerintah akan menambah kuota impor tahun ini, ujar Sekretaris Jenderal Kementerian Perdagangan Suhanto.", "Pemerintah akan menambah kuota impor tahun ini", "indirect", "Suhanto", "ujar"),
    ("Kremlin menyatakan Rusia siap berunding dengan Ukraina.", "Rusia siap berunding dengan Ukraina", "indirect", "Kremlin", "menyatakan"),
    # a statement, then who made it: "Hal itu disampaikan X" (also when the statement is the paragraph before)
    ("JAKARTA, KOMPAS.com - Pemerintah mencabut empat izin tambang di Raja Ampat.\nHal itu disampaikan Menteri Sekretaris Negara Prasetyo Hadi.",
     "Pemerintah mencabut empat izin tambang di Raja Ampat", "indirect", "Prasetyo Hadi", "disampaikan"),
    ("Harga cabai naik dua kali lipat sejak awal bulan.\n\nHal tersebut diungkapkan Ketua Ikatan Pedagang Abdullah Mansuri.",
     "Harga cabai naik dua kali lipat sejak awal bulan", "indirect", "Abdullah Mansuri", "diungkapkan"),
    # mixed
    ('Putin mengatakan ada "prospek" untuk kerja sama militer dengan Korea Utara.', 'ada "prospek" untuk kerja sama militer dengan Korea Utara', "mixed", "Putin", "mengatakan"),
    ('Harga minyak akan "terus bergejolak sepanjang tahun", kata Fatih Birol.', 'Harga minyak akan "terus bergejolak sepanjang tahun"', "mixed", "Fatih Birol", "kata"),
]


@pytest.mark.parametrize("text,quote,kind,speaker,cue", CASES, ids=[c[0][:40] for c in CASES])
def test_pattern(text, quote, kind, speaker, cue):
    quotes = quotex.extract_quotes(text)
    assert [q.text for q in quotes] == [quote]
    q = quotes[0]
    assert q.kind.value == kind
    assert (q.speaker.name if q.speaker else None) == speaker
    assert (q.cue.text if q.cue else None) == cue


PRONOUN_CASES = [
    ('Rina Wulandari tiba di Jakarta. "Saya lelah," kata Rina Wulandari.\n"Besok kami lanjut," ujarnya.', "Rina Wulandari"),
    ('"Kami siap," kata Budi Santoso.\n"Kami akan menang," kata dia.', "Budi Santoso"),
    ('"Kami siap," kata Budi Santoso.\nIa mengatakan persiapan tim sudah mencapai sembilan puluh persen.', "Budi Santoso"),
    ('"Kami siap," kata Budi Santoso.\n"Persiapan sudah mencapai sembilan puluh persen dan semua pemain dalam kondisi bugar."', "Budi Santoso"),
]


@pytest.mark.parametrize("text,speaker", PRONOUN_CASES, ids=["ujarnya", "kata dia", "ia mengatakan", "continuation"])
def test_pronouns_and_continuations_resolve(text, speaker):
    quotes = quotex.extract_quotes(text)
    assert len(quotes) == 2
    assert quotes[1].speaker is not None and quotes[1].speaker.name == speaker
    assert quotes[0].speaker.entity == quotes[1].speaker.entity


SPLIT_AND_MULTI = [
    ('"Kami siap," kata Budi Santoso, "dan kami akan menang."', ["Kami siap", "dan kami akan menang."]),
    ('"Paragraf pertama tanpa penutup.\n"Paragraf kedua juga," kata Budi Santoso.', ["Paragraf pertama tanpa penutup.", "Paragraf kedua juga"]),
]


@pytest.mark.parametrize("text,parts", SPLIT_AND_MULTI, ids=["split", "multi-paragraph"])
def test_split_and_multi_paragraph_quotes_share_speaker(text, parts):
    quotes = quotex.extract_quotes(text)
    assert [q.text for q in quotes] == parts
    assert {q.speaker.name for q in quotes} == {"Budi Santoso"}


NOT_QUOTES = [
    'Kedua pemimpin saling memanggil "kamerad" saat makan siang.',
    "Pertemuan itu membahas ‘penjualan senjata’ antara kedua negara.",
    "Ia menonton film \"Laskar Pelangi\" di bioskop.",
    "Dengan kata lain, kebijakan itu gagal.",
    "Jum'at lalu warga berkumpul di masjid.",
]


@pytest.mark.parametrize("text", NOT_QUOTES, ids=[t[:30] for t in NOT_QUOTES])
def test_terms_and_titles_are_not_quotes(text):
    assert quotex.extract_quotes(text) == []


OUTLETS = [
    ('"Kami siap," kata Putin, seperti dilansir CNN.', "CNN"),
    ('"Kami siap," kata Putin, dikutip dari Reuters.', "Reuters"),
    ("Kyrylo Budanov mengatakan kepada Radio NV Ukraina bahwa pasokan sudah dimulai sejak sebulan lalu.", "Radio NV Ukraina"),
    ('"Kami siap," kata Putin dalam wawancaranya dengan media Russia 1.', "media Russia 1"),
    ("Putin mengatakan bahwa lokasi itu sengaja dipilih untuk membantu, lapor media pemerintah Rusia.", "media pemerintah Rusia"),
    ('"Kami siap," sebut KCNA, seperti dilansir Sputnik International.', "Sputnik International"),
    ('Putin mengatakan, "inilah alasan kami datang ke Kosmodrom Vostochny", media Rusia melaporkan.', "media Rusia"),
]


@pytest.mark.parametrize("text,outlet", OUTLETS, ids=[o for _, o in OUTLETS])
def test_cited_outlet(text, outlet):
    quotes = quotex.extract_quotes(text)
    assert quotes and quotes[0].outlet is not None
    assert (quotes[0].outlet.name, quotes[0].outlet.source) == (outlet, "cited")
    assert text[quotes[0].outlet.start : quotes[0].outlet.end] == outlet


PUBLISHERS = [
    ("TEMPO.CO, Jakarta - Presiden berpidato.", "TEMPO.CO"),
    ("Liputan6.com, Moskow - Putin tiba.", "Liputan6.com"),
    ("KLIKPOSITIF – Pemimpin Korea Utara tiba.", "KLIKPOSITIF"),
    ("JAKARTA, KOMPAS.com - Harga naik.", "KOMPAS.com"),
    ("Jakarta (ANTARA) - Harga naik.", "ANTARA"),
    ("INTERNASIONAL - Pemimpin Korea Utara tiba.", None),
]


@pytest.mark.parametrize("text,publisher", PUBLISHERS, ids=[p or "section" for _, p in PUBLISHERS])
def test_publisher_from_dateline(text, publisher):
    found = quotex.extract(text).publisher
    assert (found.name if found else None) == publisher


def test_publisher_is_the_outlet_when_nothing_is_cited():
    q = quotex.extract_quotes('TEMPO.CO, Jakarta - Ada kabar.\n"Kami siap," kata Budi Santoso.')[0]
    assert (q.outlet.name, q.outlet.source) == ("TEMPO.CO", "publisher")


def test_pronoun_after_narrative_introduction_resolves_to_the_person_named():
    text = (
        "JAKARTA, KOMPAS.com - Sudah lima tahun, Usmanto (35) mengumpulkan ranjau paku di jalanan Jakarta.\n"
        "Baca juga: Usmanto Kini Rutin Bersihkan Ranjau\n"
        "“Masih di rumah, sekitar dua galon,” ujar dia saat ditemui."
    )
    quote = quotex.extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == "Usmanto"

