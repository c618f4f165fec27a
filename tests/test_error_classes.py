"""The error classes measured on real news, one line of data a case: each is a way speakers,
reported speech or outlets went wrong before, and what quotex gives now.

Sentences are written for these tests in the style of the articles where each class was
seen; none is copied from the gold.
"""

from __future__ import annotations

import pytest

import quotex

# (text, speaker name the quote must carry, and optionally its role)
SPEAKERS = [
    # a name, then its title with where it is held ("dari Wells Fargo"), then the verb: that place is no name
    ("Sameer Samana, ahli strategi pasar dari Wells Fargo Investment Institute mengatakan, pergeseran ini tak terhindarkan.",
     "Sameer Samana", "ahli strategi pasar dari Wells Fargo Investment Institute"),
    # a person's noun and its description closed by a demonstrative point back, a title among them or not
    ('"Sudah tepat," ujar Gus Maksum.\nUlama karismatik Jawa Timur ini menilai langkah Menkeu Purbaya sudah tepat sekali.',
     "Maksum", None),
    ('"Kami siap," kata Kombes Budi Santoso.\nPerwira tinggi Polri itu menyebut bahwa pengamanan sudah disiapkan sejak pagi.',
     "Budi Santoso", "Kombes"),
    # an address set off by commas after the name and title ends with places, which are no subject
    ("Sudarmin, staf Desa Gebyog, Kecamatan Karangrejo, Kabupaten Magetan, Jawa Timur mengatakan bahwa gaji bulan Maret belum diterima.",
     "Sudarmin", "staf Desa Gebyog"),
    # where a one-word speaker spoke is no title of theirs: a venue, or a run a comma and a place follow
    ('"Selamat untuk kalian berdua," ucap AHY di JCC, Senayan, Jakarta, Kamis.', "AHY", None),
    ('"Lebih baik dibangun jalan layang," kata Sultan di Kompleks Istana Kepresidenan, Jakarta, Selasa (10/10/2017).', "Sultan", None),
    ("Lee Gil-ya, rektor di Universitas Gachon, Korea Selatan, mengatakan bahwa kampusnya siap menerima mahasiswa asing.",
     "Lee Gil-ya", "rektor di Universitas Gachon, Korea Selatan"),
    # a citation set off between the subject and its verb is no subject
    ("Laporan kantor berita Xinhua, seperti dilansir Reuters, Jumat (8/8/2025), menyebut bahwa insiden itu terjadi di area wisata.",
     "Xinhua", "Laporan kantor berita"),
    ("Menteri Luar Negeri Rusia Sergei Lavrov, seperti dilansir Al Jazeera mengatakan bahwa negaranya siap berunding kapan saja.",
     "Sergei Lavrov", "Menteri Luar Negeri Rusia"),
    # a part of when, where or how between the subject's comma and its verb: the subject is before it
    ("Direktur Utama PT Maju Budi Santoso, saat dihubungi mengatakan bahwa laba perusahaan naik tahun ini.", "Budi Santoso", "Direktur Utama PT Maju"),
    ("Sementara CEO JPMorgan, Jamie Dimon, dalam surat tahunannya menyebut bahwa pendekatan isolasionis dapat melemahkan ekonomi.",
     "Jamie Dimon", "CEO JPMorgan"),
    ("CEO baru Intel Lip-Bu Tan, secara blak-blakan mengakui bahwa Intel sudah tak lagi menjadi pemimpin industri. "
     "Lip-Bu Tan menggantikan Pat Gelsinger tahun ini.", "Lip-Bu Tan", "CEO baru Intel"),
    ("Menurut laporan itu, dalam rapat kemarin Budi mengatakan bahwa laba perusahaan naik tahun ini.", "Budi", None),
    # a degree spelt as only a degree is (PhD, SpA), or set off by a comma, is never the name
    ("Pakar IT Universitas Airlangga Supangat PhD mengatakan bahwa sistem itu rapuh sejak awal.", "Supangat", "Pakar IT Universitas Airlangga"),
    ("Dokter olahraga FKUI, dr. Surya Santosa, Sp.KO menyampaikan bahwa kondisi pemain itu sudah membaik.", "Surya Santosa", "Dokter olahraga FKUI"),
    ("Jack Ma mengatakan bahwa bisnisnya akan tetap berjalan seperti biasa.", "Jack Ma", None),
    # "Menko" is named by the word after it
    ("Menko Polhukam Mahfud MD mengatakan bahwa pemilu akan berjalan aman dan damai.", "Mahfud MD", "Menko Polhukam"),
    # an organisation before a name that the article also writes on its own, as it writes the name: role, not name
    ("Direktur Utama Krakatau Steel Silmy Karim mengatakan bahwa produksi baja naik tahun ini. Krakatau Steel mencatat laba tahun ini. "
     "Silmy menambahkan bahwa ekspor juga naik.", "Silmy Karim", "Direktur Utama Krakatau Steel"),
    ("Kepala Dinas Damkar Makassar Hasanuddin mengatakan bahwa api sudah padam pada sore hari. Informasi kebakaran diterima Damkar "
     "Makassar pada pukul 12.33. Hasanuddin menyebut sepuluh armada dikerahkan.", "Hasanuddin", "Kepala Dinas Damkar Makassar"),
    # a first name the article has speak is no organisation
    ('Ketua Umum Bara JP Willem Frans Ansanay menyatakan bahwa dukungan akan diberikan kepada presiden. "Kami tetap solid mendukung," '
     "kata Willem. Frans hadir bersama pengurus lain.", "Willem Frans Ansanay", "Ketua Umum Bara JP"),
    # a common word with -nya opening the sentence is an adverb or a possessed noun, never the name's first word
    ("Awalnya Purbaya mengatakan inflasi di daerah masih dalam tren terkendali.", "Purbaya", None),
    ("Istrinya Siti Aminah mengatakan bahwa suaminya tidak bersalah sama sekali.", "Siti Aminah", "Istrinya"),
    ("Menurut Sonya Rebecca, harga emas akan naik lagi tahun ini.", "Sonya Rebecca", None),
    # a common word opening the sentence is no name; the pronoun before the verb is the subject
    ("Ketua RT Budi Santoso hadir. Secara singkat ia menggambarkan bahwa banjir datang setiap tahun di kampung itu.", "Budi Santoso", "Ketua RT"),
    ("Ketua RT Budi Santoso hadir. Apalagi ia mengungkap, warga sudah menyiapkan perahu karet sejak pekan lalu.", "Budi Santoso", "Ketua RT"),
    # a description that introduces a name (bernama) gives that person; one that gives another
    # name of someone named before (nama lengkap, nama asli) points back to them and is no title
    ("Seorang warga bernama Maryati (45) menilai angkot tetap dibutuhkan karena bisa masuk ke gang-gang kecil.", "Maryati", None),
    ("Salah satu korban bernama Muhammad Mutaqien (33) mengaku telah mengalami kerugian lebih dari Rp 51 juta.", "Muhammad Mutaqien", None),
    ("Penyanyi Ria Ricis hadir di acara itu.\nPemilik nama lengkap Ria Yunita itu menyebut, ia akan merilis lagu baru tahun depan.", "Ria Ricis", "Penyanyi"),
    # a headline on the line after a bare "Baca juga:" gives no full name
    ('Lewandowski kecewa dengan pelatihnya.\nBaca juga:\nKehilangan Ban Kapten, Lewandowski Mundur dari Timnas Polandia\n'
     '"Saya menjadi kapten bukan baru satu atau dua tahun," kata Lewandowski.', "Lewandowski", None),
    # the first sentence's subject after the dateline is who a pronoun points back to
    ("REPUBLIKA.CO.ID, JAKARTA -- Presiden Joko Widodo menyadari pelemahan rupiah sudah di luar kebiasaan. "
     "Ia pun mengaku sudah melakukan berbagai upaya untuk mengatasinya.", "Joko Widodo", "Presiden"),
    # a reduplication of common words is a common word, never a name
    ('Menteri Keuangan Purbaya Yudhi Sadewa hadir di Jakarta.\nSektor-sektor usaha kini mulai pulih setelah pandemi.\n'
     '"Kami akan terus mendorong pertumbuhan ekonomi," ujarnya.', "Purbaya Yudhi Sadewa", "Menteri Keuangan"),
    # a platform after the name is where it was posted, not a name
    ('"Kami tidak akan mundur," tulis Trump di Truth Social pada Kamis pekan ini.', "Trump", None),
    # where and when they spoke is neither name nor role
    ('"Kami akan memutuskan setelah profil lengkap diterima," ujar Hanafi di Gedung DPR, Jakarta, Selasa (25/8/2015).', "Hanafi", None),
    ('"Kami memantau terus perkembangannya di lapangan," ujar Roy di Banjarbaru, Kamis (23/7/2020).', "Roy", None),
    # ranks and degree runs go to the role
    ("Kapolres Bireuen, AKBP Tuschad Cipta Herdani SIK MMed Kom, menjelaskan bahwa tujuh ruko rusak akibat angin kencang.", "Tuschad Cipta Herdani", "Kapolres Bireuen"),
    # a description over several commas, then the name
    ('"Penularan dari jalur pantura tidak besar sama sekali," kata juru bicara Gugus Tugas Covid-19 Kabupaten Bekasi, Alamsyah, Rabu sore.', "Alamsyah", "juru bicara Gugus Tugas Covid-19 Kabupaten Bekasi"),
    ('"Semua sudah siap sejak pagi tadi," kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo di Sleman.', "Wahyu Wibowo", "Kepala Dusun Nglahar"),
    ("Achmad Fauzy, warga Pulogadung, Jakarta Timur, mengaku menjadi korban pengeroyokan oleh tetangga kontrakannya.", "Achmad Fauzy", "warga Pulogadung"),
    # a title of common words, and a first name that is also a common word
    ("Menteri Kesehatan Budi Gunadi Sadikin mengatakan vaksin tersedia untuk semua warga.", "Budi Gunadi Sadikin", "Menteri Kesehatan"),
    ("Kepala Humas dan Protokol Masjid Istiqlal Abu Hurairah Abdul Salam mengatakan salat Id digelar di halaman masjid.", "Abu Hurairah Abdul Salam", "Kepala Humas dan Protokol Masjid Istiqlal"),
    ("Dokter spesialis penyakit dalam pakar kesehatan masyarakat Prof Siswanto Agus Wilopo menilai remaja perlu membatasi waktu di media sosial.", "Siswanto Agus Wilopo", None),
    # a pronoun cue means the person the narration has just made its subject
    ("Anggota Komisi III DPR Ahmad Sahroni hadir.\nPembina komunitas pesepeda Toto Sugito yakin, pandemi akan membuat orang lebih sehat.\n"
     "“Bersepeda merupakan pilihan yang sangat menarik bagi warga kota,” katanya.", "Toto Sugito", None),
    # the fullest role the article gives that person, also for a quote that names no role
    ('Direktur Utama BRI Hery Gunardi hadir di acara itu.\n"Kami siap mendukung koperasi desa di seluruh negeri," kata Hery.', "Hery Gunardi", "Direktur Utama BRI"),
    # a statement relayed through someone belongs to the source
    ("Kapolres Bireuen AKBP Tuschad Herdani melalui Kapolsek Samalanga Iptu Budiono menjelaskan bahwa tujuh ruko rusak berat.", "Tuschad Herdani", None),
    # a title naming its organisation, then the name set off by a comma
    ('"Kami merasa terhormat menjadi bagian dari pembangunan ini," ujar Komisaris Utama PT Vitka Delifood, Asman Abnur.', "Asman Abnur", "Komisaris Utama PT Vitka Delifood"),
    ("Ketua PMI Samalanga, Faisal, menyebutkan bahwa ruko-ruko itu dipakai untuk berbagai usaha.", "Faisal", "Ketua PMI Samalanga"),
    # a title closed by "itu" before the verb points back to the person named before
    ("Ahli gizi Rita Ramayulis hadir.\nKetua Pengurus Pusat ISNA Periode 2018-2024 itu mengatakan, keju baik untuk otak.", "Rita Ramayulis", None),
    # a name never runs into the next line
    ('Menteri Sosial Tri Rismaharini meninjau dapur umum.\nAdvertisement\nIa menyebut, stok beras masih cukup untuk sebulan.', "Tri Rismaharini", None),
    # a passive back-reference introduces the next speaker; an age after a name is no part of it
    ('“Biar tidak dingin, kami bakar singkong,” ujar Latif.\nHal senada disampaikan Rizki Rifai (19), anggota kelompok lainnya.\n'
     'Ia senang ikut susur pantai.\n“Kami bawa senter kecil dan harus hati-hati,” katanya.', "Rizki Rifai", "anggota"),
    # a description part that opens with an institution named after a person names no one
    ('"Prinsipnya memang sakit jantung," kata Kepala Bagian Hukum dan Humas, Rumah Sakit Umum Pusat Dr Sardjito, Banu Hermawan, saat dihubungi.',
     "Banu Hermawan", "Kepala Bagian Hukum dan Humas"),
    # a list inside a title goes on after "dan" until the name
    ('"Kegiatan keagamaan yang menimbulkan kerumunan masih dilarang," kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD dalam konferensi pers.',
     "Mahfud MD", "Menteri Koordinator Bidang Politik"),
    # a described source with no name
    ("Dari keterangan yang diterima pengelola, seorang wisman mengaku kagum mengunjungi perpustakaan itu.", "seorang wisman", None),
    # a short name may be the middle word of the full name
    ('Kepala OJK Maluku Ahmad Rizal Harahap menjelaskan kasusnya.\n"Dana itu ditutup sebelum pemeriksaan," kata Rizal.', "Ahmad Rizal Harahap", "Kepala OJK Maluku"),
    # a nickname the article introduces, after a cue and in a description
    ('Wakil Gubernur Bali Cokorda Gede Sukerta, yang biasa disapa Cok Gede, hadir.\nCok Gede menambahkan, hotel harus taat aturan.', "Cokorda Gede Sukerta", None),
    ('Ketua PKB Hamdan Saleh, yang akrab disapa Cak Hamdan, hadir.\nSementara itu, Budi Santoso juga hadir.\n"Saya setuju," ujar Budi.\n'
     '"Kita ikuti saja," kata pria yang akrab disapa Cak Hamdan itu.', "Hamdan Saleh", None),
    # a part after a name and a comma is its apposition (or a list item), not a new subject
    ('"Wisata mulai pulih," kata Kusnadi.\nDedi Kurniawan, Koordinator Bahari Fast Boat untuk Lombok, juga menyampaikan harapan serupa.\n'
     '"Sekarang kapal sudah jalan lagi," tuturnya.', "Dedi Kurniawan", None),
    # a region after a regional title is no person a pronoun can mean
    ('"Sudah saya ingatkan," kata Wakil Ketua KPK Arman Sulaiman.\nKepala Cabang Bank Daerah Konawe Selatan telah diperiksa penyidik.\n'
     '"Pencegahan tetap kami lakukan," katanya.', "Arman Sulaiman", None),
    # a hyphenated title opens a narrated subject
    ('"Saya bersepeda tiap hari," kata Sharon.\nCo-Founder sekaligus Pembina Komunitas Sepeda Kota (KSK) Yudha Pratomo yakin, pandemi membuat orang sehat.\n'
     '"Bersepeda itu menyenangkan," katanya.', "Yudha Pratomo", None),
    # a second title after "yang juga", before or after the name
    ("Kepala BNPB yang juga Ketua Satgas Covid-19 Bambang Irawan mengatakan, pihaknya mengapresiasi sikap itu.", "Bambang Irawan", "Ketua Satgas Covid-19"),
    ("Direktur Danantara, Dony Prakoso, hadir.\nMeski begitu, Dony yang juga Wakil Menteri BUMN, menyatakan pemberian modal akan dilakukan secara profesional dan transparan.", "Dony Prakoso", None),
    # when and where they spoke, set off by commas between the subject and the verb
    ("Kepala BNPB Doni Setiawan, saat dihubungi, Senin (30/11/2020) di Jakarta, mengatakan, pihaknya mengapresiasi sikap itu.", "Doni Setiawan", "Kepala BNPB"),
    # a name, then its title set off by commas or opened by "selaku"; the organisation in the title is no name
    ("Sementara itu, Hendra Wijaya, Direktur PT Sumber Makmur Abadi, mengatakan, pertemuan tersebut perlu diapresiasi.", "Hendra Wijaya", "Direktur PT Sumber Makmur Abadi"),
    ("Yosef Lamanepa selaku Direktur Utama Tiga Nada Musik, menuturkan, penyanyi itu adalah aset musik Indonesia.", "Yosef Lamanepa", "Direktur Utama Tiga Nada Musik"),
    # a name set off by commas, then "yang" and the speech verb: the relative clause says what the name said
    ("Salah satunya pemilik Sinar Group, Rudy Hartanto, yang mengatakan tidak ada solusi konkret dari pertemuan itu.", "Rudy Hartanto", "pemilik Sinar Group"),
    # "dari" and an institution after a name is where the person works
    ("Reynaldi dari PT Rumah Rotan mengatakan, pesanan furnitur turun 20 persen tahun ini.", "Reynaldi", None),
    # a field of a title made from a root with -an is never a first name; "Pol" after a rank is rank
    ('"Ekonomi tumbuh lima persen," kata Menteri Koordinator Bidang Perekonomian Airlangga Hartarto.', "Airlangga Hartarto", "Menteri Koordinator Bidang Perekonomian"),
    ('"Kasus ini sudah ditangani," kata Kabid Humas Polda Jabar Kombes Pol Hendra Rochmawan.', "Hendra Rochmawan", "Kabid Humas Polda Jabar Kombes Pol"),
    # an uncued quote right after narration whose subject speaks or advises is that subject's
    ('"Dia pemain hebat," kata pelatih Arsenal Mikel Arteta.\n'
     "Sementara itu, Ian Rush juga menyarankan Balotelli untuk segera berubah musim ini.\n"
     '"Kalau dia ingin terus main untuk Liverpool, maka dia harus belajar bahwa tim lebih utama."', "Ian Rush", None),
    # a person the news names by initials: the letters are the name, not an organisation's acronym
    ('"Saya dipukul dua kali di depan warung," ujar korban DS (27) kepada wartawan.', "DS", "korban"),
    ('"Saya menyesal dan minta maaf," kata pelaku berinisial MR (31) di Mapolsek Cikarang.', "MR", "pelaku"),
    ("Sebelumnya, ibu korban SN (40), menyatakan pihak sekolah awalnya menolak laporan keluarga.", "SN", "ibu korban"),
    # an institution named by a list of fields is one name, commas and all
    ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan hujan lebat turun di Jawa Barat pekan ini.",
     "Badan Meteorologi, Klimatologi, dan Geofisika", None),
    ('"Dana desa naik tahun ini," kata Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Yandri Susanto.',
     "Yandri Susanto", "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"),
    ("Berdasarkan data Badan Metereologi, Klimatologi, dan Geofisika (BMKG), menyebut Kalimantan menjadi wilayah terpanas pekan ini.",
     "Badan Metereologi, Klimatologi, dan Geofisika", None),  # misspelt as written, still one name
    # a list of people with their titles is never joined into one name
    ("Hadir Direktur Utama PT Kimia Farma Tbk Verdi Budidarmo, dan Direktur Utama PT Indofarma Tbk Arief Pramuhanto.\n"
     "Arief Pramuhanto mengatakan produksi vaksin naik tahun ini.", "Arief Pramuhanto", "Direktur Utama PT Indofarma Tbk"),
    # a description, then a lower-case title with the name between commas: the name is the source
    ("Kandidat doktor Medical Science Kobe University, dokter Adam Prabata, mengatakan, vaksin itu hanya melindungi dari gejala berat.",
     "Adam Prabata", "dokter"),
    ("Nisa (38), warga Citayam, mengaku kecewa dan merasa diberi harapan palsu oleh pengumuman itu.", "Nisa", "warga Citayam"),
    # a short name made of the starts of two words of a full name the article gives
    ('Presiden Joko Widodo meninjau pasar.\n"Harga beras naik di semua negara," ujar Jokowi.', "Joko Widodo", "Presiden"),
    ('Menteri Koordinator Bidang Pangan Zulkifli Hasan hadir.\n"Musuh kita kemiskinan," kata Zulhas.', "Zulkifli Hasan", "Menteri Koordinator Bidang Pangan"),
    # a number inside an institution's name before the verb
    ("Meskipun gunung itu erupsi, PT Kereta Api Indonesia Daerah Operasi 9 Jember memastikan bahwa perjalanan kereta tetap normal.",
     "PT Kereta Api Indonesia Daerah Operasi 9 Jember", None),
    # two titles joined by "sekaligus" before the name
    ("Menteri Kebudayaan sekaligus Ketua Dewan Gelar, Tanda Jasa, dan Tanda Kehormatan (GTK) Fadli Zon menyatakan, tokoh itu memenuhi syarat.",
     "Fadli Zon", "Menteri Kebudayaan sekaligus Ketua Dewan Gelar, Tanda Jasa, dan Tanda Kehormatan (GTK)"),
    # a clause of circumstance before the subject ("Dalam kesempatan tersebut,") names no one
    ("Dalam kesempatan tersebut, Menteri Kesehatan menyampaikan bahwa keberatan para jemaah sudah diterima.", "Menteri Kesehatan", None),
    # a bare title written as a common noun means the person the article gave that title
    ("Jaksa Penuntut Umum (JPU) Rina Marlina hadir di ruang sidang.\n"
     "Selain itu, jaksa juga menyebut bahwa terdakwa menjual perhiasan curian itu di Cilincing.", "Rina Marlina", "Jaksa Penuntut Umum (JPU)"),
    ('"Kami kalah karena lengah," ucap pelatih Persib, Bojan Hodak.\n'
     "Selain itu, sang pelatih menilai ketajaman timnya bisa berbeda tergantung lawan yang dihadapi.", "Bojan Hodak", "pelatih Persib"),
    # a related-article line ("Baca juga: <headline>") is no narration
    ('"Kalau rusaknya kira-kira sudah sebulan lebih," kata Dian, warga sekitar stadion.\n'
     "Baca juga: Fasilitas Stadion H. Agus Salim Banyak Kurang, Klub Harap Renovasi Total\n"
     '"Sudah kami laporkan ke pengelola sejak awal bulan," katanya.', "Dian", None),
    # a related-article headline ("Baca juga:") is no narration: its verb form is no name
    ('Nina Karlina hadir di acara itu.\nBaca juga:\nSiapkan Tabungan Haji, Nina Karlina Jual Dua Mobil\n'
     '"Doakan saja semuanya lancar ya," pungkasnya.', "Nina Karlina", None),
    # a short name in brackets after the name is no part of it, and the article goes on with it
    ("Presiden Joko Widodo (Jokowi) meninjau pasar.\n\"Harga beras naik di semua negara,\" kata Jokowi.", "Joko Widodo", "Presiden"),
    ("Menteri Koordinator Bidang Infrastruktur Agus Harimurti Yudhoyono (AHY) hadir di lokasi.\n"
     "\"Truk kelebihan muatan merusak jalan,\" kata AHY.", "Agus Harimurti Yudhoyono", "Menteri Koordinator Bidang Infrastruktur"),
    # a one-word name the narration has advise, then the quote after it
    ("Kakorlantas Polri Irjen Budiyanto hadir.\nBudiyanto menyarankan agar masyarakat tidak bersepeda sendirian.\n"
     "Hindari membawa barang berharga.\n\"Kejahatan terjadi karena ada niat dan kesempatan,\" tegasnya.", "Budiyanto", None),
    # a first name means the namesake the article named last, not an earlier person of that name
    ("Menko Agus Harimurti Yudhoyono (AHY) menyebut truk itu berbahaya.\n\"Banyak korban jiwa,\" kata AHY.\n"
     "Di lain pihak, Kakorlantas Polri Irjen Agus Suryonugroho membentuk tim baru.\n"
     "\"Data kendaraan akan diperiksa saat uji KIR,\" urai Agus.", "Agus Suryonugroho", None),
    # a title's field that running text writes in lower case is role, not a first name
    ("Pengamat Properti Panangian Simanungkalit menilai harga rumah subsidi masih terlalu tinggi.", "Panangian Simanungkalit", "Pengamat Properti"),
    # "Utama" after a director's title is part of it
    ("Dalam rapat itu, Direktur Utama Didiek Hartantyo mengatakan jumlah penumpang naik.", "Didiek Hartantyo", "Direktur Utama"),
    # a job title written in English, then the company, then the name
    ("VP Corporate Communications Garuda Indonesia Ikhsan Rosan mengatakan jadwal penerbangan kembali normal.", "Ikhsan Rosan",
     "VP Corporate Communications Garuda Indonesia"),
    ("Corporate Secretary BSI Wisnu Sunandar menyatakan layanan sudah kembali normal sejak pagi.", "Wisnu Sunandar", "Corporate Secretary BSI"),
    # a ministry's short name is an institution
    ("Sekretaris Jenderal Kemenhub Antoni Priadi mengatakan jalur mudik sudah disiapkan.", "Antoni Priadi", "Sekretaris Jenderal Kemenhub"),
    # a company's name ends inside the run: its last word is common, an acronym, a place or an institution's
    ("Direktur Marketing PT Toyota Astra Motor Anton Jimmi mengatakan pembeli armada masih banyak.", "Anton Jimmi", "PT Toyota Astra Motor"),
    ("Kasi Pidsus Kejari OKI Parit Purnomo mengatakan berkas perkara itu sudah lengkap.", "Parit Purnomo", "Kasi Pidsus Kejari OKI"),
    ("Chief of Public Affairs Grab Indonesia Tirza Munusamy mengatakan tarif tidak berubah.", "Tirza Munusamy", "Grab Indonesia"),
    ("Ketua Fraksi Partai Golkar DPR Sarmuji mengatakan fraksinya menghormati putusan itu.", "Sarmuji", "Ketua Fraksi Partai Golkar DPR"),
    # an institution with its acronym in brackets is no person
    ("Asosiasi Sepak Bola Malaysia (FAM) menyatakan kekecewaannya atas keputusan FIFA yang menolak banding itu.", "Asosiasi Sepak Bola Malaysia", None),
    # a plural pronoun means the group the narration named last
    ('"Saya senang sekali," kata Rayyan Arkan Dikha.\nAksi cepat ini memicu kekecewaan dari para atlet yang merasa perjuangan '
     "mereka belum dihargai.\nMereka menilai, pemerintah juga harus bersikap adil terhadap semua atlet.", "para atlet", None),
    # regional titles of a village head
    ("Perbekel Desa Pesinggahan, I Nyoman Suastika menjelaskan, proyek itu akan dibangun di lahan pribadi.", "I Nyoman Suastika", "Perbekel Desa Pesinggahan"),
    # but a Balinese name's words stay in the name
    ("Kepala Dinas Kesehatan I Dewa Gede Bawa mengatakan tes usap dilakukan besok.", "I Dewa Gede Bawa", "Kepala Dinas Kesehatan"),
]


# a description that points back gives the person a role only when it opens with a title, not a person's noun
DESCRIPTIONS_NO_ROLE = [
    ('Abdul Mu\'ti hadir di acara itu.\nPria kelahiran Jawa Tengah itu mengatakan bahwa sekolah harus dibuka kembali.', "Abdul Mu'ti"),
]


@pytest.mark.parametrize(("text", "name"), DESCRIPTIONS_NO_ROLE)
def test_a_persons_noun_is_no_role(text, name):
    speaker = quotex.extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.name == name and speaker.role is None


@pytest.mark.parametrize("text,name,role", SPEAKERS, ids=[s[1] for s in SPEAKERS])
def test_speaker_and_role(text, name, role):
    quotes = quotex.extract_quotes(text)
    assert quotes, "no quote found"
    speaker = quotes[-1].speaker
    assert speaker is not None and speaker.name == name
    if role is not None:
        assert speaker.role is not None and role in speaker.role


# words a scrape glued to the next capitalised one: a title's, an institution's or a dateline's place
GLUED = [
    ("Liputan6.com, JakartaMenteri Kesehatan RI Budi Gunadi Sadikin mengatakan kunci sistem kesehatan adalah pencegahan.",
     "Budi Gunadi Sadikin", "Menteri Kesehatan RI"),
    ("Liputan6.com, JakartaPramono Anung mengatakan, banjir sudah surut sejak pagi di seluruh wilayah kota.", "Pramono Anung", None),
    ("KapuspenkumKejagungHarli Siregar menyampaikan, undangan pemeriksaan telah dikirim penyidik pada Selasa.",
     "Harli Siregar", "Kapuspenkum Kejagung"),
    # a function word glued to the end of a name the article also writes alone
    ("Bek Timnas Indonesia Jordi Amatuntuk pertama kalinya mengatakan bahwa timnya siap menghadapi laga itu. Jordi Amat bermain penuh.",
     "Jordi Amat", "Bek Timnas Indonesia"),
    # a speech verb glued to the end of a name the article also writes alone
    ('Gelandang Tijjani Reijnders tampil penuh malam itu.\n"Kami bermain sangat baik sepanjang laga," kata Reijndersmenambahkan.',
     "Tijjani Reijnders", "Gelandang"),
]


@pytest.mark.parametrize("text,name,role", GLUED, ids=[g[1] for g in GLUED])
def test_glued_words_are_parted(text, name, role):
    (quote,) = quotex.extract_quotes(text)
    assert (quote.speaker.name, quote.speaker.role) == (name, role)
    assert text[quote.start : quote.end] == quote.text


# (text, the quote's text, kind, speaker)
REPORTED = [
    # a cue inside the sentence: the whole sentence, cue included
    ("Uang hasil sitaan ini, kata Prabowo, akan digunakan untuk membantu masyarakat.", "Uang hasil sitaan ini, kata Prabowo, akan digunakan untuk membantu masyarakat", "indirect", "Prabowo"),
    # but not when what follows the speaker is about the speaker
    ("Rudal itu jatuh di laut lepas pantai timur, kata JCS, yang menyebutnya sebagai tindakan provokatif.", "Rudal itu jatuh di laut lepas pantai timur", "indirect", "JCS"),
    # a cue opening the sentence
    ("Prabowo hadir di Kejagung. Kata Prabowo, rakyat kecil harus dibela dan dibantu.", "rakyat kecil harus dibela dan dibantu", "indirect", "Prabowo"),
    # kalau used as bahwa
    ("Penyanyi Betrand Peto mengakui kalau dirinya berpacaran dengan Aqila Zhavira.", "dirinya berpacaran dengan Aqila Zhavira", "indirect", "Betrand Peto"),
    # passive cues before and after the content
    ("Dijelaskan oleh peneliti BRIN Erma Yulihastin bahwa cuaca panas ini terjadi di beberapa wilayah Indonesia.", "cuaca panas ini terjadi di beberapa wilayah Indonesia", "indirect", "Erma Yulihastin"),
    ("Aktivitas di media sosial bisa membawa dampak positif dan negatif seperti disampaikan pakar kesehatan masyarakat Prof Siswanto Agus Wilopo.",
     "Aktivitas di media sosial bisa membawa dampak positif dan negatif", "indirect", "Siswanto Agus Wilopo"),
    # a back-reference with a noun of what a speech act says makes the sentence before it reported
    ("Sejumlah bagian masjid terancam ambruk akibat penggalian. Peringatan tersebut disampaikan Penasihat Gubernur, Marouf Al Rifai.",
     "Sejumlah bagian masjid terancam ambruk akibat penggalian", "indirect", "Marouf Al Rifai"),
    ("Pemerintah perlu membangun gedung olahraga baru. Usulan itu disampaikan oleh Ketua DEMA Ihdan Nazar Husaini.",
     "Pemerintah perlu membangun gedung olahraga baru", "indirect", "Ihdan Nazar Husaini"),
    # after a conjunction of manner (dengan, seraya, sambil) the clause's own subject speaks, not the
    # nearest name before the verb
    ("Presiden AS Donald Trump memicu spekulasi soal aksi militer melawan Iran, dengan mengatakan bahwa kesabarannya telah habis.",
     "kesabarannya telah habis", "indirect", "Donald Trump"),
    ("Dalam wawancara televisi, Netanyahu tidak mengesampingkan serangan menargetkan Khamenei, dengan mengatakan bahwa hal itu akan mengakhiri konflik.",
     "hal itu akan mengakhiri konflik", "indirect", "Netanyahu"),
    ("Gubernur Jawa Barat, Dedi Mulyadi, kemudian bergurau dengan menyebut bahwa Persib tak ke final karena sibuk.",
     "Persib tak ke final karena sibuk", "indirect", "Dedi Mulyadi"),
    # "sekaligus" after a comma joins a second verb to the clause's subject
    ("Menteri Keuangan Sri Mulyani membuka acara itu, sekaligus menegaskan bahwa anggaran negara tetap aman hingga akhir tahun.",
     "anggaran negara tetap aman hingga akhir tahun", "indirect", "Sri Mulyani"),
    # adverbs of time between a name set off by commas and its verb
    ("CEO Meta, Mark Zuckerberg, baru-baru ini mengatakan bahwa perusahaannya akan membangun pusat data baru.",
     "perusahaannya akan membangun pusat data baru", "indirect", "Mark Zuckerberg"),
    # a straight pair inside a quote a curly mark closes before its cue
    ('"Terlambat" Jerome Powell merugikan negara kita ratusan miliar dolar,” tulis Trump.',
     'Terlambat" Jerome Powell merugikan negara kita ratusan miliar dolar', "direct", "Trump"),
    # an object-taking verb with a clause after it
    ("Kapolres Kombes Kusumo Wahyu Bintoro menegaskan kasus ini ditangani unit Reskrim Polres.", "kasus ini ditangani unit Reskrim Polres", "indirect", "Kusumo Wahyu Bintoro"),
    ("Dony bilang, salah satu fokusnya adalah reformasi budaya kerja di perusahaan negara.", "salah satu fokusnya adalah reformasi budaya kerja di perusahaan negara", "indirect", "Dony"),
    # a quote that is a sentence of its own stays direct when the scrape glued narration before it
    ('Keju mengandung lemak yang baik "Kalau ada camilan praktis yang bisa menggantikan itu, tentu kita dukung," ujar Rita.',
     "Kalau ada camilan praktis yang bisa menggantikan itu, tentu kita dukung", "direct", "Rita"),
    # words a scrape glued together
    ("Menurut Burhasman, teh talua adalah minuman khas daerah itu.Acara itu dihadiri ratusan warga.", "teh talua adalah minuman khas daerah itu", "indirect", "Burhasman"),
    # after "menurut": a title the phrase reader stops inside, a phrase read over the comma, degrees after the name
    ("Menurut Dokter spesialis penyakit dalam dr. Hendra Gunawan, larangan itu bukan untuk semua jenis susu.",
     "larangan itu bukan untuk semua jenis susu", "indirect", "Hendra Gunawan"),
    ("Warga mengeluh sejak pagi.\nMenurut Ihsan, pemerintah harus lebih tegas menghadapi kerusakan lingkungan itu.",
     "pemerintah harus lebih tegas menghadapi kerusakan lingkungan itu", "indirect", "Ihsan"),
    ("Menurut dr. Dewi Lestari, M.Sc, Sp.DVE, kondisi ini bukan sekadar akibat kelelahan.",
     "kondisi ini bukan sekadar akibat kelelahan", "indirect", "Dewi Lestari"),
    # a noun made with -an opens a clause when a predicate follows it, even past a number
    ("Marquez menegaskan kemenangan di Aragon bukanlah momen kebangkitannya setelah cedera panjang.",
     "kemenangan di Aragon bukanlah momen kebangkitannya setelah cedera panjang", "indirect", "Marquez"),
    ("Kementerian Kehutanan menyebutkan lahan seluas 40.000 hektare di taman nasional itu telah dibuka secara ilegal.",
     "lahan seluas 40.000 hektare di taman nasional itu telah dibuka secara ilegal", "indirect", "Kementerian Kehutanan"),
    # marks a scrape turned and spaced: an opener after the sentence, a closer glued to the cue
    ("Ketua MUI Saim Marhadan mengatakan, fatwa itu sudah disosialisasikan.\n\u201dDi semua masjid sudah diberitahukan terkait informasi ini, \u201cucapnya. Menurutnya, semua lancar.",
     "Di semua masjid sudah diberitahukan terkait informasi ini", "direct", "Saim Marhadan"),
    ("Kepala Humas Vinda Setianingrum mengatakan, ada 15 orang yang terkonfirmasi.\u201d Sampai saat ini kami masih melakukan tracing, \u201cujarnya. Vinda menambahkan hal lain.",
     "Sampai saat ini kami masih melakukan tracing", "direct", "Vinda Setianingrum"),
    # a date glued to the next sentence: the sentence after it is no part of the date
    ('"Investasi ini dalam dolar AS dan rupiah," jelas Bambang, Selasa (25/8).Investasi sukuk itu, lanjut Bambang, akan ditanam di Indonesia.',
     "Investasi sukuk itu, lanjut Bambang, akan ditanam di Indonesia", "indirect", "Bambang"),
    # "melanjutkan" with a comma after it reports speech
    ("Andi melanjutkan, ada dua direksi perusahaan listrik itu yang diganti bulan ini.",
     "ada dua direksi perusahaan listrik itu yang diganti bulan ini", "indirect", "Andi"),
    # a clause opening with its verb, or with a time adverb before its subject
    ("Presiden Prabowo menyatakan menyambut baik proses negosiasi antara kedua negara itu.",
     "menyambut baik proses negosiasi antara kedua negara itu", "indirect", "Prabowo"),
    ("Ara menyebutkan saat ini kementeriannya mendapat anggaran yang sangat besar.",
     "saat ini kementeriannya mendapat anggaran yang sangat besar", "indirect", "Ara"),
    # a calling verb's object "sebagai" something is a statement about it
    ("Menteri Luar Negeri itu menyebut serangan tersebut sebagai ancaman langsung terhadap demokrasi.",
     "serangan tersebut sebagai ancaman langsung terhadap demokrasi", "indirect", None),
    # a judgement with an adjective for its predicate
    ("Lukman (14), siswa SMP, juga menilai aturan jam malam itu bagus asal jelas waktunya.",
     "aturan jam malam itu bagus asal jelas waktunya", "indirect", "Lukman"),
]


@pytest.mark.parametrize("text,quote,kind,speaker", REPORTED, ids=[r[0][:40] for r in REPORTED])
def test_reported_speech(text, quote, kind, speaker):
    found = [(q.text, q.kind.value, q.speaker.name if q.speaker else None) for q in quotex.extract_quotes(text)]
    assert (quote, kind, speaker) in found


NOT_REPORTED = [
    "BPBD mencatat 1.168 rumah rusak akibat banjir di Sulawesi Selatan.",  # data, not a statement
    "Presiden menyatakan dukungannya.",  # a noun-phrase object
    "Tudor menjelaskan persiapan tim pada konferensi pers sebelum pertandingan pada hari Sabtu.",  # one made with -an
    "Pemerintah kota mengumumkan pengurangan pajak hingga 40 persen sebagai hadiah ulang tahun kota.",
    "Setelah lulus, Syafii baru bisa melanjutkan sekolahnya pada 1950 di Madrasah Mualimin.",  # going on with a thing
    # an object with no predicate among its first words is a noun phrase
    "Dalam rapat internal, Nadella mengakui dampak emosional dari pemutusan hubungan kerja tersebut.",
    "Ketua panitia juga menekankan pentingnya peran orang tua dalam pendidikan karakter anak di rumah.",
    # a related-article line is a headline, not a quote (GUIDELINES 1.2)
    'Baca juga: Chat Terdakwa Terungkap di Sidang Judol: "Hari Ini Gue Dapat Tiga Miliar Rupiah Lagi"',
    # a thing pointed back to by a demonstrative is what the sentence is about, not a source
    "Penggunaan teknologi meningkat.\nHal ini menegaskan adanya keterkaitan yang kuat antara pekerja dan teknologi.",
    "Angka penjualan naik.\nHal tersebut menegaskan bahwa daya beli masyarakat mulai pulih sejak awal tahun.",
    # "…, sekaligus menegaskan": the clause's subject is a thing, and "sekaligus" is no one
    "Kegiatan di dua kabupaten ini menjadi wadah penguatan nilai kebangsaan, sekaligus menegaskan bahwa pendidikan politik dapat melahirkan pemimpin.",
    "Peralihan sistem ke platform cloud membuat layanan lebih gesit, sekaligus memastikan layanan tetap dapat diakses tanpa hambatan teknis.",
    'Lagu "Terbunuh Rindu" sekaligus menegaskan transformasi Reezal dari gitaris menjadi solois penuh.',
]

# a sentence adverb ("Artinya", "Hanya", "Sayangnya") opening the line is never the source's name
NOT_A_SPEAKER = [
    'Doa ini dibaca setiap pagi.\nArtinya: "Ya Allah, berilah kami kebaikan di dunia dan di akhirat."',
    "Hanya 11 persen warga yang menyatakan pemerintah perlu terlibat dalam konflik itu.",
    "Sayangnya, ia mengatakan bahwa pabrik itu belum bisa beroperasi tahun ini.",
]


@pytest.mark.parametrize("text", NOT_A_SPEAKER)
def test_sentence_adverb_is_no_speaker(text):
    first_word = text.split("\n")[-1].split()[0].strip(":,")
    for quote in quotex.extract_quotes(text):
        assert quote.speaker is None or first_word not in quote.speaker.name


# a plural pronoun with no group before it is never the last person quoted
PLURAL_POINTERS = [
    ('"Ekonomi kita kuat," kata Menteri Keuangan Purbaya Yudhi Sadewa.\nArtikel itu dikemas dalam bentuk kritik terhadap ibu kota baru.\n'
     "Mereka menggambarkan bahwa kota itu terancam menjadi kota hantu.", "Purbaya Yudhi Sadewa"),
]


@pytest.mark.parametrize(("text", "person"), PLURAL_POINTERS)
def test_plural_pronoun_is_no_single_person(text, person):
    last = quotex.extract_quotes(text)[-1]
    assert last.speaker is None or last.speaker.name != person


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_no_reported_speech(text):
    assert quotex.extract_quotes(text) == []


# (text, marked words in it that quote no one), each right after a source spoke, where marked
# words would be read as that source's continuation: a video prompt's headline, a title, a label
MARKED_NON_QUOTES = [
    ('"Kami siap," kata Menteri Keuangan Purbaya Yudhi Sadewa.\nSimak juga Video \'Purbaya Ungkap Rahasia Harga Stabil\':', "Purbaya Ungkap"),
    ('"Kami siap," kata Presiden Prabowo Subianto.\nTonton juga video "Prabowo Puji Jokowi di Sidang Kabinet" di sini:', "Prabowo Puji"),
    ('"Kami siap," kata Kapolda Metro Jaya.\nLihat Video \'Viral Oknum Pukul Driver Ojol di Jakbar\':', "Viral Oknum"),
    ('"Kami siap," kata Menteri Lingkungan Hidup.\nVideo: \'Save Raja Ampat\' Terus Menggema', "Save Raja"),
    ('"Kami siap," kata Rano Karno.\nIa hadir dalam diskusi bertajuk "Betawi in the City: Cultural Roots in a Global Jakarta".', "Betawi in"),
    ('"Kami siap," kata Luthfi.\nHal itu ia katakan dalam seminar bertema \'Tantangan dan Peluang Ekspor Pasca Kebijakan Trump\'.', "Tantangan dan"),
    ('"Kami siap," kata Agus Mashud.\nPenelitiannya terbit dalam jurnal berjudul "Crude Protein Yield and Tannin Content of Forage".', "Crude Protein"),
    ('"Kami siap," kata Yuli Setyorini.\nPara siswa mengenakan hiasan bertuliskan "Aku Siap Sekolah MPLS 2025" di dada.', "Aku Siap"),
    ('"Kami siap," kata Nicke Widyawati.\nIa juga menerima penghargaan "Women\'s Work of Female Grace Award" tahun lalu.', "Women"),
]


@pytest.mark.parametrize(("text", "marked"), MARKED_NON_QUOTES)
def test_titles_and_headlines_are_no_quotes(text, marked):
    quotes = quotex.extract_quotes(text)
    assert len(quotes) == 1 and quotes[0].text.startswith("Kami siap")
    assert not any(marked in q.text for q in quotes)


# (text, the cited outlet or None)
OUTLETS = [
    # "Melansir X," opening the sentence cites X (the verb also reports after an outlet: "media Rusia melansir")
    ("Melansir Antara pada Minggu (15/6/2025), Kepala Bidang Kesehatan PPIH Mohammad Imran mengatakan bahwa hal itu perlu dilakukan.", "Antara"),
    # a lower-case brand a scrape glued to the word before it, and a word glued after its last hump
    ('"Harga naik terus sejak awal bulan," kata Budi Santoso kepadadetikcom, Senin (3/11/2025).', "detikcom"),
    ('"Harga naik terus sejak awal bulan," kata Budi Santoso, dilansirdetikNews, Senin (3/11/2025).', "detikNews"),
    ('"Harga naik terus sejak awal bulan," kata Budi Santoso kepada detikJatengdi Semarang, Senin.', "detikJateng"),
    ('"Kami siap mendukung koperasi desa di seluruh negeri," kata Hery Gunardi kepada wartawan Kompas.com, Minggu.', "Kompas.com"),
    ('"Kami siap mendukung koperasi desa di seluruh negeri," kata Hery Gunardi saat dihubungi detikcom, Minggu.', "detikcom"),
    ('"Jalan kaki adalah cara bagus untuk menjaga kebugaran," kata Lauren Elson, dilansir dari Harvard Health Publishing, Minggu.', "Harvard Health Publishing"),
    ('"Kami sudah memulai dengan sangat baik musim ini," ujar Marquez dikutip dari Crash, Selasa (10/6/2025).', "Crash"),
    ('"Kapal itu kini menuju pantai dengan selamat dan aman," tulis kementerian, sebagaimana dilansirReuters.', "Reuters"),
    ('"Fenomena panas ekstrem ini disebut hot spell," ujarnya dikutip detikEdu dari unggahan Instagram.', "detikEdu"),
    ('"Perpustakaan ini punya potensi besar," kata seorang wisman kepada Tribun Batam.', "Tribun Batam"),
    ('"Soal pembukaan nanti dibahas di rapat kerja," ujar Yasir kepada\ndetikSulsel\n, Jumat (1/8/2025).', "detikSulsel"),
    # a medium described by its country, named after a comma
    ('"Saya tidak tahu apa pun soal isu itu," katanya seperti dikutip dari laman Inggris, Mirror, Selasa.', "Mirror"),
    ('"Kami akan bangkit musim depan," kata sang pelatih seperti dilansir harian Belanda, De Telegraaf.', "De Telegraaf"),
    # not outlets: an institution's own site, a social account, a press release
    ('"Kami siap membantu," kata Budi seperti dikutip dari laman UGM, Prof Budi Santoso menambahkan.', None),
    ('"Terlalu banyak informasi bisa menjadikan stres bagi remaja," kata Siswanto mengutip laman UGM.', None),
    ('"Warga diimbau menghindari daerah demonstrasi di pusat kota," kata KJRI LA yang dikutip dari akun Instagram@indonesiainla.', None),
    ('"Kami pastikan semua jemaah terlayani dengan baik," ujar Hery dalam rilis pers yang diterima Kompas.com, Minggu.', None),
]


@pytest.mark.parametrize("text,outlet", OUTLETS, ids=[o or "none" for _, o in OUTLETS])
def test_cited_outlet(text, outlet):
    quote = quotex.extract_quotes(text)[0]
    cited = quote.outlet.name if quote.outlet and quote.outlet.source == "cited" else None
    assert cited == outlet


def test_a_citation_holds_for_the_same_sources_later_quotes():
    text = ('"Kami sudah siap sejak pagi," kata Budi Santoso kepada Kompas.com.\n'
            'Menurut dia, semua petugas sudah berada di lokasi.\n"Tidak ada yang perlu dikhawatirkan warga," ujar Budi.')
    outlets = [(q.outlet.name, q.outlet.source) for q in quotex.extract_quotes(text)]
    assert outlets == [("Kompas.com", "cited")] * 3


# (the article's head, the publisher or None)
PUBLISHERS = [
    ("POSMETRO MEDAN–Polda Sumut sukses mengungkap kasus itu.", "POSMETRO MEDAN"),
    ("KOMPAS.com -Chief Operating Officer Danantara datang.", "KOMPAS.com"),
    ("Laporan Yusmandin Idris I Bireuen\nPROHABA.CO, BIREUEN – Angin kencang melanda.", "PROHABA.CO"),
    ("JAKARTA, KOMPAS.com Wakil Presiden Jusuf Kalla menilai ekonomi kuat.", "KOMPAS.com"),
    ("JAKARTA, KOMPAS.com\n-\nKejaksaan Agung mengatakan hal itu.", "KOMPAS.com"),
    ("Laporan wartawan tribunnews.com : Adi Suhendi TRIBUNNEWS.COM, MADINAH- Masjid Nabawi padat.", "TRIBUNNEWS.COM"),
    ("SERAMBINEWS.COM, BANDA ACEH - Hujan turun sejak pagi.", "SERAMBINEWS.COM"),
    ("Jakarta, CNN Indonesia -- Presiden berpidato.", "CNN Indonesia"),
    ("ARAGON- Pembalap Ducati menang lagi.", None),  # a city, not an outlet
    ("Jakarta\n-\nAktris Ria Ricis kembali jadi sorotan.", None),
]


@pytest.mark.parametrize("text,publisher", PUBLISHERS, ids=[p or "none" for _, p in PUBLISHERS])
def test_publisher_from_dateline(text, publisher):
    found = quotex.extract(text).publisher
    assert (found.name if found else None) == publisher
