"""The ``organisations`` key: organisations not at the table that may take the lead.

``organisations = ["SER Overijssel", "Rijksoverheid"]`` lets the capture line
complete and recognise them after ``@`` without quotes, as it does the
organisations of the participants.
"""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.sessionfile.fields import Fields
from facilitator.sessionfile.text import clean, show
from facilitator.text import fold, free_line

MAX_ORGANISATIONS = 200
MAX_ORGANISATION_CHARS = 60  # what the capture line completes and matches
_FORBIDDEN = '/@#~"'  # they mean something after "@" on the capture line


def listable(name: str) -> bool:
    """Whether ``name`` may stand in the list: not empty, at most 60 characters, none of
    ``/ @ # ~ "``."""
    name = clean(name)
    return (
        bool(name)
        and len(name) <= MAX_ORGANISATION_CHARS
        and not any(ch in name for ch in _FORBIDDEN)
    )


def read_organisations(f: Fields, data: Mapping[str, object]) -> tuple[str, ...]:
    """The listed organisations, each once (case and accents aside), in the file's order."""
    key = "organisations"
    if key not in data:
        return ()
    value = data[key]
    if not isinstance(value, list):
        f.wrong_type((key,), f.t("exp_organisations"), value)
        return ()
    if len(value) > MAX_ORGANISATIONS:
        f.add((key,), "too_many_organisations", count=len(value), limit=MAX_ORGANISATIONS)
        return ()
    found: dict[str, str] = {}
    for index, entry in enumerate(value):
        if not isinstance(entry, str):
            f.wrong_type((key, index), f.t("exp_organisations"), entry)
            continue
        name = free_line(entry)  # as a form keeps an organisation: see Fields.text_value
        if not name:
            f.add((key, index), "empty", expected=f.t("exp_organisation"))
        elif len(name) > MAX_ORGANISATION_CHARS:
            f.add(
                (key, index),
                "organisation_too_long",
                value=show(name),
                limit=MAX_ORGANISATION_CHARS,
            )
        elif any(ch in name for ch in _FORBIDDEN):
            f.add((key, index), "bad_organisation", value=show(name), chars=" ".join(_FORBIDDEN))
        else:
            found.setdefault(fold(name), name)
    return tuple(found.values())
