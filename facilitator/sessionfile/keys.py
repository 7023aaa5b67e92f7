"""The keys a session file may have, and the key an organiser probably meant instead."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

TOP_KEYS = (
    "slug",
    "title",
    "region",
    "date",
    "start",
    "end",
    "timezone",
    "location",
    "language",
    "chatham_house",
    "anonymous_leads",
    "facilitator",
    "note_taker",
    "max_speech_minutes",
    "tags",
    "organisations",
    "sectors",
    "participants",
    "agenda",
    "thesaurus",
    "carry_forward",
    "board",
)
PARTICIPANT_KEYS = ("name", "organisation", "sector", "role", "key")
AGENDA_KEYS = ("title", "minutes", "question", "key")
SECTOR_KEYS = ("key", "nl", "en")
BOARD_KEYS = ("column", "text", "session", "region", "number", "agenda", "tags")

# Words organisers may type instead of the real key (Dutch, or US spelling).
_HINTS = {
    "titel": "title",
    "naam": "name",
    "regio": "region",
    "datum": "date",
    "dag": "date",
    "begin": "start",
    "aanvang": "start",
    "begintijd": "start",
    "starttijd": "start",
    "eind": "end",
    "einde": "end",
    "eindtijd": "end",
    "tijdzone": "timezone",
    "time_zone": "timezone",
    "tz": "timezone",
    "locatie": "location",
    "plaats": "location",
    "adres": "location",
    "taal": "language",
    "lang": "language",
    "chatham": "chatham_house",
    "gespreksleider": "facilitator",
    "voorzitter": "facilitator",
    "moderator": "facilitator",
    "notulist": "note_taker",
    "notetaker": "note_taker",
    "spreektijd": "max_speech_minutes",
    "deelnemers": "participants",
    "deelnemer": "participants",
    "sectoren": "sectors",
    "organisatie": "organisation",
    "organization": "organisation",
    "organisaties": "organisations",
    "organizations": "organisations",
    "rol": "role",
    "functie": "role",
    "minuten": "minutes",
    "duur": "minutes",
    "vraag": "question",
    "sleutel": "key",
    "overnemen": "carry_forward",
    "carry-forward": "carry_forward",
    "bord": "board",
    "kolom": "column",
    "tekst": "text",
}


def suggest_key(key: str, known: Sequence[str]) -> str | None:
    """The known key that an unknown ``key`` most likely means, if any."""
    lowered = key.lower()
    if lowered in known:
        return lowered
    if lowered in _HINTS and _HINTS[lowered] in known:
        return _HINTS[lowered]
    close = difflib.get_close_matches(lowered, known, n=1, cutoff=0.6)
    return close[0] if close else None
