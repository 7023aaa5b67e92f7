"""Seeding the province-wide wrap-up: a session file drafted from the synthesis.

An opening, one agenda item per theme to discuss (the priority themes once
the organiser marks them; until then the themes raised in more than one
region, or, if there are none, every theme with more than one card), each
with a guiding question drafted from the theme, and a closing item on the
actions agreed and who leads each. Its board is seeded with the themes'
barriers and opportunities in ``[[board]]`` blocks, each keeping where it was
raised (session, region, its number there) and filed under its theme's item.
The organisations that lead the tables' actions are listed under
``organisations``, so that ``@Provincie`` at the wrap-up is the province that
leads them there, also when nobody of it is at the wrap-up's table. The text
is a valid session file: it is read back before it is written.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from pathlib import Path

from facilitator.export.write import refuse_database, write_atomic
from facilitator.i18n import Catalog, TranslatedError
from facilitator.i18n.formats import counted
from facilitator.i18n.oserrors import make_folder, os_reason
from facilitator.records import record
from facilitator.sessionfile import parse_session_text, slugify
from facilitator.sessionfile.organisations import MAX_ORGANISATIONS, listable
from facilitator.sessionfile.text import free_slug
from facilitator.synthesis.model import Synthesis, Theme
from facilitator.synthesis.words import WORDS as SYNTHESIS_WORDS
from facilitator.text import fold

MINUTES_PER_THEME = 20
OPENING_MINUTES = 10
CLOSING_MINUTES = 15
CLOSING_KEY = "afspraken"

WORDS = Catalog(
    {
        "header": (
            "# Wrap-up van de rondetafels, opgesteld door facilitator wrap-up uit: {sessions}.\n"
            "# Vul datum, tijden, plaats en deelnemers aan; het formaat staat in "
            "docs/session-file.md.",
            "# Wrap-up of the round tables, drafted by facilitator wrap-up from: {sessions}.\n"
            "# Fill in the date, times, location and participants; the format is described in "
            "docs/session-file.md.",
        ),
        "title": ("Wrap-up rondetafels — {regions}", "Wrap-up of the round tables — {regions}"),
        "opening": ("Opening: wat de tafels opleverden", "Opening: what the tables brought up"),
        "opening_question": (
            "Herkennen we de thema's uit de regio's, en missen we er een?",
            "Do we recognise the themes from the regions, and is one missing?",
        ),
        "closing": ("Afspraken en vervolg", "Actions and who leads"),
        "closing_question": (
            "Welke acties spreken we af, wie neemt bij elk het voortouw, en wanneer komen we "
            "erop terug?",
            "Which actions do we agree on, who takes the lead on each, and when do we come back "
            "to them?",
        ),
        "question": (
            "“{title}” kwam naar voren in {regions}. Wat is er al in gang gezet, wie neemt het "
            "voortouw, en waar kan de provincie versterken of versnellen?",
            "“{title}” came up in {regions}. What is already moving, who takes the lead, and "
            "where can the province strengthen or speed it up?",
        ),
        "carry": (
            "# Ook de open acties van de regionale tafels bespreken? Haal het # weg:",
            "# Also review the open actions of the regional tables? Remove the #:",
        ),
        "organisations": (
            "# De organisaties die acties van de tafels trekken: de invoerregel kent ze na @,\n"
            "# ook als niemand van hen aan tafel zit (@Provincie).",
            "# The organisations that lead actions of the tables: the capture line knows them\n"
            "# after @, also when nobody of theirs is at the table (@Provincie).",
        ),
        "and": (" en ", " and "),
        "exists": (
            "{path} bestaat al en is niet aangeraakt. Gebruik --force om het te vervangen.",
            "{path} already exists and was left alone. Use --force to replace it.",
        ),
        "nothing": (
            "De gekozen sessies hebben geen thema's om een wrap-up mee te vullen (geen barrières "
            "of kansen die samen een thema vormen).",
            "The chosen sessions have no themes to fill a wrap-up with (no barriers or "
            "opportunities that form a theme together).",
        ),
        "cannot_write": (
            "Kan de wrap-up niet schrijven naar {path}: {reason}.",
            "Cannot write the wrap-up to {path}: {reason}.",
        ),
        "written": (
            "Wrap-up geschreven naar {path}: {items}, {cards} op het bord. Importeer met: "
            "facilitator import {path}",
            "Wrap-up written to {path}: {items}, {cards} on the board. Import with: "
            "facilitator import {path}",
        ),
        "count.items": ("agendapunt|agendapunten", "agenda item|agenda items"),
        "count.cards": ("kaart|kaarten", "card|cards"),
    }
)


class WrapUpError(TranslatedError):
    """A wrap-up that could not be drafted or written, in Dutch and English."""

    MESSAGES = WORDS


@record
class WrapUp:
    """The drafted session file and what is in it."""

    text: str
    themes: tuple[Theme, ...]
    cards: int


def chosen_themes(synthesis: Synthesis, priority: Sequence[int] = ()) -> tuple[Theme, ...]:
    """The themes the wrap-up discusses: ``priority`` (theme numbers) if given, else those
    the organiser marked a priority, else the recurring ones, else every theme of more than
    one card."""
    if priority:
        return tuple(synthesis.theme(n) for n in priority)
    marked = tuple(t for t in synthesis.themes if t.priority)
    if marked:
        return marked
    recurring = tuple(t for t in synthesis.themes if t.recurring)
    return recurring or tuple(t for t in synthesis.themes if len(t.cards) > 1)


def leading_organisations(synthesis: Synthesis) -> list[str]:
    """The organisations that lead the synthesis' actions, most actions first (as the
    synthesis lists them), each once; a name the session file cannot list (too long, or
    with ``/ @ # ~ "`` in it) is left out: it is typed in quotes at the table."""
    found: dict[str, str] = {}
    for group in synthesis.owners:
        if listable(group.organisation):
            found.setdefault(fold(group.organisation), " ".join(group.organisation.split()))
    return list(found.values())[:MAX_ORGANISATIONS]


def _q(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _regions(regions: Sequence[str], lang: str) -> str:
    if len(regions) <= 1:
        return "".join(regions)
    return ", ".join(regions[:-1]) + WORDS(lang, "and") + regions[-1]


def wrap_up_slug(day: date, taken: Collection[str] = ()) -> str:
    """The slug of the wrap-up on ``day`` (``wrap-up-2020-11-12``); when a session of the
    database has it (``taken``), the next free one (``wrap-up-2020-11-12-2``), so that
    importing the draft never rewrites a session held."""
    return free_slug(slugify(f"wrap-up-{day.isoformat()}"), taken)


def draft_wrap_up(
    synthesis: Synthesis,
    *,
    day: date,
    priority: Sequence[int] = (),
    slug: str | None = None,
    thesaurus: Mapping[str, Sequence[str]] | None = None,
) -> WrapUp:
    """The wrap-up's session file for ``synthesis`` (see the module docstring).

    ``thesaurus``: the words the regional sessions' files added to the grouping, written
    into the draft's ``[thesaurus]`` so that a synthesis that takes in the wrap-up groups
    its cards with the same words.
    """
    lang = synthesis.lang

    def w(key: str, **values: object) -> str:
        return WORDS(lang, key, **values)

    themes = chosen_themes(synthesis, priority)
    if not themes:
        raise WrapUpError("nothing")
    regions = list(synthesis.regions) or sorted({s.region for s in synthesis.sessions})
    slugs = [s.slug for s in synthesis.sessions]
    title = w("title", regions=_regions(regions, lang))
    total = OPENING_MINUTES + MINUTES_PER_THEME * len(themes) + CLOSING_MINUTES
    end = 14 * 60 + total
    lines = [
        w("header", sessions=", ".join(slugs)),
        "",
        f"slug = {_q(slug or wrap_up_slug(day))}",
        f"title = {_q(title)}",
        f"region = {_q(SYNTHESIS_WORDS(lang, 'province_region'))}",
        f'date = "{day.isoformat()}"',
        'start = "14:00"',
        f'end = "{min(end, 23 * 60 + 59) // 60:02d}:{min(end, 23 * 60 + 59) % 60:02d}"',
        f'language = "{lang}"',
        f"chatham_house = {'true' if synthesis.chatham_house else 'false'}",
        "",
        w("carry"),
        f"# carry_forward = [{', '.join(_q(s) for s in slugs)}]",
        "",
    ]
    leading = leading_organisations(synthesis)
    if leading:
        lines += [
            w("organisations"),
            f"organisations = [{', '.join(_q(o) for o in leading)}]",
            "",
        ]
    if thesaurus:
        lines += ["[thesaurus]"]
        lines += [
            f"{_q(concept)} = [{', '.join(_q(word) for word in words)}]"
            for concept, words in thesaurus.items()
            if words
        ]
        lines += [""]
    lines += [
        "[[agenda]]",
        'key = "opening"',
        f"title = {_q(w('opening'))}",
        f"minutes = {OPENING_MINUTES}",
        f"question = {_q(w('opening_question'))}",
    ]
    cards = 0
    board: list[str] = []
    for n, theme in enumerate(themes, start=1):
        key = f"thema-{n}"
        lines += [
            "",
            "[[agenda]]",
            f"key = {_q(key)}",
            f"title = {_q(theme.title)}",
            f"minutes = {MINUTES_PER_THEME}",
            f"question = {_q(w('question', title=theme.title, regions=_regions(theme.regions, lang)))}",  # noqa: E501
        ]
        for card in theme.cards:
            cards += 1
            board += [
                "",
                "[[board]]",
                f"column = {_q(card.column)}",
                f"text = {_q(card.text)}",
                f"session = {_q(card.session)}",
                f"region = {_q(card.region)}",
            ]
            if card.number is not None:
                board.append(f"number = {card.number}")
            board.append(f"agenda = {_q(key)}")
            if card.tags:
                board.append(f"tags = [{', '.join(_q(t) for t in card.tags)}]")
    lines += [
        "",
        "[[agenda]]",
        f"key = {_q(CLOSING_KEY)}",
        f"title = {_q(w('closing'))}",
        f"minutes = {CLOSING_MINUTES}",
        f"question = {_q(w('closing_question'))}",
    ]
    text = "\n".join(lines + board) + "\n"
    parse_session_text(text, "wrap-up.toml", lang)  # a bug here must never reach the user's file
    return WrapUp(text, themes, cards)


def check_target(path: Path, *, force: bool = False, database: Path | None = None) -> None:
    """Refuse ``path`` as the file to draft: a database (``database``, the one read, or any
    SQLite database: :func:`~facilitator.export.write.refuse_database`), or a file that is
    there, without ``force``."""
    try:
        refuse_database(path, database)
    except OSError as exc:
        raise WrapUpError("cannot_write", path=path, reason=os_reason(exc)) from exc
    if path.exists() and not force:
        raise WrapUpError("exists", path=path)


def write_wrap_up(
    wrap_up: WrapUp,
    path: Path,
    lang: str,
    *,
    force: bool = False,
    database: Path | None = None,
) -> str:
    """Write the drafted file (never over an existing one without ``force``, never over a
    database: :func:`check_target`); the report line."""
    check_target(path, force=force, database=database)
    try:
        make_folder(path.parent)
        write_atomic(path, wrap_up.text)
    except OSError as exc:
        raise WrapUpError("cannot_write", path=path, reason=os_reason(exc)) from exc
    items = counted(len(wrap_up.themes) + 2, WORDS(lang, "count.items"), lang)
    cards = counted(wrap_up.cards, WORDS(lang, "count.cards"), lang)
    return WORDS(lang, "written", path=path, items=items, cards=cards)
