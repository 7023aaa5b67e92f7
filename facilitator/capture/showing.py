"""Showing what the capture line understood: due dates, owners, and the line itself again.

:func:`unparse` writes values back as a capture line that :func:`parse`
reads to the same values, for editing a card or a contribution.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from facilitator.capture.context import Context
from facilitator.domain.model import Owner
from facilitator.i18n.formats import short_date
from facilitator.text import fold


def format_due(day: date, lang: str, today: date | None = None) -> str:
    """``vr 30 okt`` (``vr 30 okt 2021`` when not this year); English: ``Fri 30 Oct``."""
    return short_date(day, lang, year=today is None or day.year != today.year)


def owner_label(owner: Owner, context: Context) -> str:
    """``UWV (Els Bos)``, ``UWV`` or ``Els Bos``."""
    person = context.person(owner.participant_id)
    org = owner.organisation.strip()
    if person is None:
        return org
    if not org or fold(org) == fold(person.name):
        return person.name
    return f"{org} ({person.name})"


def unparse(
    text: str,
    context: Context,
    *,
    owners: Iterable[Owner] = (),
    tags: Iterable[str] = (),
    due: date | None = None,
    lang: str = "nl",
) -> str:
    """A capture line that parses back to these values (for editing a card or contribution)."""
    parts = [text]
    for owner in owners:
        person = context.person(owner.participant_id)
        org = owner.organisation.strip()
        if person is not None and (not org or fold(org) == fold(person.organisation)):
            parts.append("@" + person.name)
        elif person is not None:
            parts.append(f"@{_owner_word(org, context)}/{person.name}")
        elif org:
            parts.append("@" + _owner_word(org, context))
    parts.extend("#" + re.sub(r"\s+", "-", tag) for tag in tags)
    if due is not None:
        parts.append(("tot " if lang == "nl" else "by ") + due.isoformat())
    return " ".join(p for p in parts if p)


def _owner_word(org: str, context: Context) -> str:
    known = any(fold(o) == fold(org) for o in context.known_organisations)
    return f'"{org}"' if re.search(r"\s", org) and not known else org
