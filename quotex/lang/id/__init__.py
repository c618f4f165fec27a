"""Indonesian language data for quotex: word lists only, no logic.

Each module holds one concept (speech cues, titles, pronouns, outlets, places,
function words, quote marks) so a linguist can extend a list without reading
the engine. Words are lower-case unless a module says otherwise.
"""
