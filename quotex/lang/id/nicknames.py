"""How an article introduces the name a person goes by.

``Tjokorda Oka Artha Ardana Sukawati, yang biasa disapa Tjok Ace, …``: after this, ``Tjok Ace``
is that person. The introduction is ``(atau) (yang) HOW CALLED NICKNAME``.
"""

#: How usual the name is: ``akrab disapa``, ``biasa dipanggil``.
HOW: frozenset[str] = frozenset({"akrab", "biasa", "karib", "kerap", "sering", "lebih"})

#: The verb of being called.
CALLED: frozenset[str] = frozenset({"disapa", "dipanggil", "dikenal", "disebut"})

#: Words that introduce a person's full or real name in a description: ``Pemilik nama lengkap
#: Erika Carlina Batlawa Soekri itu``, ``Pria bernama asli Joko Santoso``. What follows is the name,
#: and the words before it (``Pemilik``, ``Pria``) are no title.
NAMED: frozenset[str] = frozenset({"nama", "bernama"})
#: Which name: ``nama lengkap``, ``bernama asli``.
WHICH_NAME: frozenset[str] = frozenset({"lengkap", "asli"})
