"""Quotation mark characters, by role. Character data only."""

#: Double marks that only open a quote.
DOUBLE_OPENERS = "“„«‟〝"
#: Double marks that only close a quote (``”`` may also open: see the engine).
DOUBLE_CLOSERS = "”»〞"
#: Double marks that open or close.
DOUBLE_EITHER = '"＂'
#: Single marks that only open.
SINGLE_OPENERS = "‘‹‚"
#: Single marks that only close (``’`` is also the apostrophe).
SINGLE_CLOSERS = "’›"
#: Single marks that open or close (also the apostrophe: ``Jum'at``).
SINGLE_EITHER = "'`"

DOUBLE = DOUBLE_OPENERS + DOUBLE_CLOSERS + DOUBLE_EITHER
SINGLE = SINGLE_OPENERS + SINGLE_CLOSERS + SINGLE_EITHER
ALL = DOUBLE + SINGLE
