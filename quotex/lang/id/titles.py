"""Roles, titles, ranks, honorifics and degrees: words that are not a name.

Used to split ``Presiden Rusia Vladimir Putin`` into a role and a name.
All entries lower-case; matching ignores case.
"""

#: Head words of roles and titles (``presiden``, ``juru bicara``, ``profesor``).
ROLE_WORDS: frozenset[str] = frozenset("""
presiden wakil wapres menteri menko mendagri menlu menkes menkeu mendikbud menhan
ketua ketum wakil sekretaris sekjen sekda bendahara anggota direktur dirut direksi
kepala kadis kabid kasat kasi kabag kasubag kasubdit kapolri kapolda kapolres
kapolresta kapolrestabes kapolsek wakapolri wakapolda wakapolres kabareskrim
kadiv kabag kanit panit kasatreskrim kasatlantas kasatnarkoba kajati kajari kajagung
jaksa hakim panitera pengacara advokat kuasa hukum notaris penyidik penyelidik
gubernur wagub bupati wabup walikota wali wawali camat lurah kades
perbekel bendesa klian kelian keuchik geuchik kuwu pambakal petinggi
komandan danrem dandim pangdam panglima pangkostrad kasad kasal kasau danlanal
jenderal letjen mayjen brigjen kolonel kol letkol mayor kapten lettu letda
kombes akbp kompol akp iptu ipda aiptu aipda bripka brigpol brigadir bripda
irjen komjen marsekal laksamana laksma marsda marsma
juru bicara jubir humas kahumas kasubbid pejabat pelaksana plt pj pjs plh
profesor prof guru besar dosen peneliti analis pengamat pakar ahli ekonom
akademisi rektor dekan wakil ketua pemimpin pimpinan pendiri ceo cfo coo cto
founder co-founder presdir presiden direktur manajer manager general head chief
kepala staf staf khusus stafsus asisten deputi sekretaris jenderal inspektur
dokter dr spesialis perawat bidan psikolog psikiater konsultan apoteker
pelatih kapten atlet pemain manajer wasit
duta besar dubes konsul atase utusan diplomat
perdana pm raja ratu pangeran putra mahkota sultan paus uskup imam ustaz ustadz
kiai kyai habib syekh pendeta romo biksu
politikus politisi legislator senator anggota dewan
aktivis koordinator korlap relawan pengurus pembina penasihat penasehat
komisioner komisaris inspektur auditor
kepala desa kepala daerah pemilik pengusaha pedagang petani nelayan buruh
warga mahasiswa pelajar siswa guru
redaktur wartawan jurnalis editor pemimpin redaksi produser
media kantor berita pemerintah polisi kepolisian otoritas tentara militer lembaga
badan kementerian dinas komisi partai perusahaan manajemen panitia tim
wamen wamenlu wamenkeu wamenkes kakorlantas kapuspenkum kabaharkam karopenmas kadivhumas kabidhumas
kapendam kadispen kasubdit dirreskrimum dirreskrimsus dirlantas kapuskes kakanwil
penyanyi aktris aktor artis selebritas komedian presenter musisi pesepak pebalap pembalap pebulu
pebulutangkis pegolf petinju perenang pelari atlet kiper striker gelandang bek
chairman president director manager officer ceo coo cfo
adik kakak ayah istri suami keluarga paman bibi sepupu kerabat sahabat rekan teman tetangga
saksi korban pelaku tersangka terdakwa petugas staf karyawan pegawai
""".split())

#: Roles that take a region right after them: ``Bupati Bone …``,
#: ``Kapolres Bogor AKBP …``. The next capitalised word is a place.
REGION_ROLES: frozenset[str] = frozenset("""
gubernur wagub bupati wabup walikota wawali camat lurah kades kapolda kapolres
kapolresta kapolrestabes kapolsek kajati kajari danrem dandim pangdam sekda
wakapolda wakapolres polda polres polresta polrestabes polsek kejati kejari
pemkab pemkot pemprov pemda dprd kabupaten kota provinsi kecamatan desa kelurahan
kodam kodim korem koramil rsud bpbd dinkes disdik bappeda kpud kpu bawaslu
""".split())

#: Institutions and places named by the proper noun right after them: ``Dusun Nglahar``,
#: ``Masjid Istiqlal``, ``Universitas Lampung``. In ``Kepala Dusun Nglahar Wahyu Wibowo`` the
#: word after the head belongs to the role, and the name starts after it.
NAMED_BY_NEXT_WORD: frozenset[str] = frozenset("""
dusun desa kampung nagari gampong banjar kelurahan kecamatan kabupaten kota provinsi
masjid gereja pura vihara klenteng candi pondok pesantren ponpes universitas univ
institut politeknik sekolah sma smk smp sd madrasah puskesmas klinik stasiun bandara
pelabuhan terminal pasar jalan jl gunung sungai danau pulau teluk selat pantai taman
lapas rutan polsek polres polresta polda kodim korem kodam lanud lantamal komisi pasal
kanim kpp menko kemenko
""".split())

#: Words that open a personal name though they look like titles or common words: Balinese
#: birth-order and caste names (``I Gusti Putu Ngurah Sedana``, ``Ni Luh``, ``Anak Agung``).
NAME_OPENERS: frozenset[str] = frozenset("""
i ni gusti dewa made wayan ketut nyoman komang kadek putu gede ida bagus tjokorda cokorda anak agung
""".split())

#: Roman numerals that number a body (``Komisi I DPR``): never a name.
ROMAN_NUMERALS: frozenset[str] = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii".split())

#: Words that belong to a title only right after another word (``Jaksa Agung``, ``Mahkamah
#: Agung``); elsewhere they are names (``Agung Hendriadi``).
TITLE_AFTER: dict[str, frozenset[str]] = {
    "agung": frozenset({"jaksa", "kejaksaan", "mahkamah", "hakim", "kejagung", "masjid"}),
    "utama": frozenset({"direktur", "komisaris", "dirut", "peneliti", "widyaiswara"}),  # "Direktur Utama", not "Utama Jaya"
    "muda": frozenset({"agung", "jaksa"}),
}

#: Ranks and honorifics written right before a name (``Kombes``, ``Pak``, ``Dr.``).
HONORIFICS: frozenset[str] = frozenset("""
pak bu bapak ibu mas mbak bang kak sdr saudara saudari tuan nyonya nona mr mrs ms
dr drs dra ir prof h hj kh hajj haji hajah ustaz ustadz ustazah kiai kyai habib
syekh gus ning raden rm tgh sir dato datuk
kombes akbp kompol akp iptu ipda aiptu aipda bripka brigpol brigadir bripda
irjen komjen jenderal letjen mayjen brigjen kolonel kol letkol mayor kapten
marsekal laksamana laksma marsda marsma serka serma sertu pelda peltu praka
pol
""".split())

#: Academic and professional degrees written after a name (``, MD``).
DEGREES: frozenset[str] = frozenset("""
md phd ph.d sh s.h mh m.h msi m.si mm m.m se s.e st s.t skom s.kom mpd m.pd spd s.pd
ssos s.sos msc m.sc ma m.a mba sked s.ked spa sp.a spog sp.og mkes m.kes spd s.pd
sp.pd bsc ba llm ll.m cpa sik s.i.k mmed m.med kom mkom m.kom ssi s.si shi s.hi sag s.ag mag m.ag
mhum m.hum mt m.t msc ssos mkn m.kn mba mpa spkj sp.kj spog mars mkm m.km skm s.km
""".split())

#: The shape of a medical specialist's degree: ``Sp.`` and the field's letters (``Sp.A``, ``SpOG``,
#: ``Sp.KK``, ``Sp.DVE``), too many to list one by one.
SPECIALIST_DEGREE = r"Sp\.?[A-Z][A-Za-z]{0,3}\.?"

#: Capitalised words that name institutions, never a person
#: (``Kementerian``, ``Universitas``, ``Polda``, ``Institute``). Not ``Agung`` (``Kejaksaan
#: Agung``): it is a common first name as well.
INSTITUTION_WORDS: frozenset[str] = frozenset("""
umum dewan perwakilan rakyat daerah majelis permusyawaratan mahkamah
konstitusi komisi pemberantasan korupsi badan pusat statistik nasional
kementerian kemenkes kemendagri kemenlu kemenkeu kemendikbud kemenhan kementrian
dinas kantor biro direktorat jenderal bidang seksi divisi satuan kerja tugas
partai demokrasi perjuangan golongan karya gerakan kebangkitan bangsa amanat
persatuan pembangunan keadilan sejahtera demokrat nasdem solidaritas hanura
gerindra golkar pdip pdi-p pks pkb pan ppp psi perindo
universitas institut sekolah tinggi fakultas jurusan program studi departemen
lembaga yayasan asosiasi himpunan ikatan forum koalisi aliansi serikat federasi
perhimpunan organisasi pemerintah pemerintahan provinsi kabupaten kota kecamatan
desa kelurahan pemkot pemkab pemprov pemda dprd dpr dpd mpr polda polres polresta
polrestabes polsek ditjen kemenko mapolda mapolres mapolresta mapolrestabes mapolsek mako mabes polri kodam kodim korem koramil kejaksaan kejati kejari
kejagung kanwil pengadilan negeri rumah sakit rs rsud rsup puskesmas humas reskrim
reserse kriminal khusus narkoba lalu lintas satlantas satreskrim ditreskrimum
ditreskrimsus ditlantas kesehatan pendidikan kebudayaan riset teknologi keuangan
agama sosial luar dalam pertahanan keamanan hukum ham hak asasi manusia
perhubungan pertanian kehutanan lingkungan hidup kelautan perikanan perdagangan
perindustrian energi sumber daya mineral esdm pariwisata ekonomi kreatif koperasi
usaha kecil menengah umkm ketenagakerjaan tenaga transmigrasi pekerjaan
perumahan komunikasi informatika informasi investasi bumn sekretariat negara
kabinet kepresidenan istana gabungan angkatan darat laut udara bersenjata
militer intelijen strategis staf tni kpk bpk bi ojk bpjs bnpb bpbd bmkg bssn
policy institute studies center centre society research university college school
council department ministry office agency bureau committee association foundation companies
group bank corporation company inc ltd tbk pt cv persero holding berita media unit
foundation fund forces force army navy national international federal state
kemlu kemenag kemensos kemnaker kemenpan-rb kemenkumham kemenkominfo komdigi
pusat penelitian kajian konflik studi institute for of the and
satgas gugus komite panitia
kremlin pentagon istana gedung putih white house downing street elysee knesset
parlemen senat kongres kabinet junta rezim otoritas otorita kepolisian kejaksaan militer
tipikor imipas
hospital hospitals hotel hotels airport airports airline airlines consulting securities sekuritas capital
ventures technologies industries systems solutions networks lab labs laboratory laboratories laboratorium
service agency administration kompleks komplek stadion organization organisation museum
""".split())

#: Beginnings that make a word an institution's short name: ``Kemenhub``, ``Kemenpora``,
#: ``Kemendiktisaintek`` (a ministry). A common word that begins so (``kemenangan``) is not one.
INSTITUTION_PREFIXES: tuple[str, ...] = ("kemen",)

#: Words of job titles written in English, as Indonesian news often gives them (``VP Corporate
#: Communication``, ``Chief of Public Affairs``, ``Country Manager``): never part of a name.
ENGLISH_TITLE_WORDS: frozenset[str] = frozenset("""
vice deputy assistant associate senior junior executive managing general principal
secretary spokesperson spokesman spokeswoman analyst economist strategist specialist consultant
advisor adviser representative partner lead
public corporate relations relation communication communications affairs marketing sales
operation operations product products business commercial retail finance financial treasury
legal compliance investor customer service services digital engineering human resources
planning project strategy strategic development innovation sustainability government external
internal regional country global external evp svp vp avp gm official
""".split())

#: Words after ``yang`` that add a second title before the name: ``Kepala BNPB yang juga Ketua Satgas … Doni Monardo``.
SECOND_TITLE_AFTER_YANG: frozenset[str] = frozenset({"juga", "kini", "sekaligus", "merangkap"})

#: Words that add a second title on their own: ``Menteri Kebudayaan sekaligus Ketua Dewan … Fadli Zon``.
SECOND_TITLE_JOINERS: frozenset[str] = frozenset({"sekaligus", "merangkap"})

#: Connectors that may sit inside a role before the name:
#: ``Duta Besar AS untuk PBB Linda Thomas-Greenfield``.
ROLE_CONNECTORS: frozenset[str] = frozenset({"di", "untuk", "dari", "pada", "bidang", "urusan", "dan", "&", "se", "of", "for", "the", "and", "to", "at", "on", "in"})

#: Words that mark an appositive role after a name: ``X, selaku …``.
APPOSITION_MARKERS: frozenset[str] = frozenset({"selaku", "sebagai", "seorang", "salah", "yakni", "yaitu", "sang"})

#: Particles allowed inside personal names (``bin``, ``van``, ``al``).
NAME_PARTICLES: frozenset[str] = frozenset({"bin", "binti", "van", "von", "de", "der", "den", "da", "al", "el", "la", "le", "du", "dos", "bt", "bte"})
