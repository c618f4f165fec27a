"""Place names and compass words that often sit between a role and a name.

``Presiden Rusia Vladimir Putin``: ``Rusia`` is a place, not part of the name.
Lower-case; matching ignores case. Not exhaustive: the engine also treats the
word after a regional role (``Bupati Bone``) as a place.
"""

#: Compass and region words that extend a place (``Korea Utara``, ``Jawa Barat``).
COMPASS: frozenset[str] = frozenset({
    "utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya",
    "timur laut", "barat laut", "raya", "jauh", "daya", "laut", "jaya", "metro",
})

#: Words that end a region's name and never a person's: ``Kutai Timur``, ``Konawe Kepulauan``.
PLACE_NAME_ENDINGS: frozenset[str] = frozenset({
    "utara", "selatan", "timur", "barat", "tengah", "tenggara", "kepulauan",
})

COUNTRIES_AND_REGIONS: frozenset[str] = frozenset("""
indonesia ri rusia russia korea ukraina amerika serikat as usa us inggris britania
china cina tiongkok jepang india pakistan iran irak israel palestina gaza suriah
turki arab saudi mesir qatar yordania lebanon yaman afghanistan malaysia singapura
thailand vietnam filipina myanmar kamboja laos brunei australia selandia baru
kanada meksiko brasil argentina prancis perancis jerman italia spanyol belanda
belgia swiss swedia norwegia finlandia denmark polandia ceko hungaria rumania
yunani portugal irlandia austria taiwan hongkong hong kong mongolia kazakhstan
eropa asia afrika uni emirat eu uni eropa nato pbb asean g20 g7 timur tengah
belarus georgia armenia azerbaijan kuba venezuela kolombia chili peru nigeria
afrika selatan kenya ethiopia sudan libya tunisia aljazair maroko bangladesh
lanka nepal korut korsel amerika latin skandinavia balkan krimea donbas
""".split())

CITIES_AND_PROVINCES: frozenset[str] = frozenset("""
jakarta bandung surabaya medan semarang yogyakarta jogja solo surakarta malang
makassar palembang pekanbaru padang denpasar bali banjarmasin pontianak samarinda
balikpapan manado ambon jayapura kupang mataram lampung bandar jambi bengkulu
aceh banda batam tangerang bekasi depok bogor cirebon tasikmalaya serang cilegon
sukabumi garut kudus pati tegal pekalongan magelang klaten sleman bantul kediri
madiun jember banyuwangi sidoarjo gresik mojokerto pasuruan probolinggo blitar
papua maluku sulawesi kalimantan sumatera sumatra jawa nusa tenggara riau kepulauan
banten gorontalo sulsel sulut sulteng sultra sulbar kalbar kalteng kalsel kaltim
kaltara sumut sumbar sumsel jabar jateng jatim diy ntb ntt kepri babel bone
moskow moscow kyiv kiev washington london paris berlin beijing tokyo seoul pyongyang
vladivostok teheran tehran riyadh kairo ankara istanbul yerusalem tel aviv doha
dubai new york jenewa brussel canberra sydney melbourne kuala lumpur bangkok
manila hanoi singapore beijing shanghai hongkong taipei delhi islamabad kabul
""".split())

PLACES: frozenset[str] = COUNTRIES_AND_REGIONS | CITIES_AND_PROVINCES

#: Heads of the venues where a source spoke (``di Gedung DPR``, ``di Kompleks Istana Kepresidenan``,
#: ``di Balai Kota``): after a name, ``di`` with one of these opens where they spoke, never a title's part.
VENUES: frozenset[str] = frozenset("""
gedung kompleks komplek istana kantor hotel balai lapangan stadion aula ruang wisma graha
markas mapolda mapolres mapolsek mako kediaman rumah posko sela sela-sela acara lapas rutan sirkuit
""".split())
