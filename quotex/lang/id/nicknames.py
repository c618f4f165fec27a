"""How an article introduces the name a person goes by.

``Tjokorda Oka Artha Ardana Sukawati, yang biasa disapa Tjok Ace, …``: after this, ``Tjok Ace``
is that person. The introduction is ``(atau) (yang) HOW CALLED NICKNAME``.
"""

#: How usual the name is: ``akrab disapa``, ``biasa dipanggil``.
HOW: frozenset[str] = frozenset({"akrab", "biasa", "karib", "kerap", "sering", "lebih"})

#: The verb of being called.
CALLED: frozenset[str] = frozenset({"disapa", "dipanggil", "dikenal", "disebut"})
