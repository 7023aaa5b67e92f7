"""``carry_forward`` and the ``[[board]]`` blocks: what a session takes over from others.

``carry_forward`` names the earlier sessions whose open actions this table takes
over (slugs), or ``"region"`` (every earlier session of the same region) or
``"all"``. ``[[board]]`` blocks are barriers and opportunities the board starts
with, each with where it came from: a wrap-up written by ``facilitator wrap-up``.
"""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.domain.plan import BoardCardPlan
from facilitator.sessionfile.fields import Fields
from facilitator.sessionfile.keys import BOARD_KEYS
from facilitator.sessionfile.locate import KeyPath
from facilitator.sessionfile.text import SLUG_RE, TAG_RE, clean, show, slugify

SCOPE_WORDS = {"region": "region", "regio": "region", "all": "all", "alle": "all"}
COLUMN_WORDS = {
    "barrier": "barrier",
    "barrière": "barrier",
    "barriere": "barrier",
    "opportunity": "opportunity",
    "kans": "opportunity",
}


def read_carry_forward(f: Fields, data: Mapping[str, object]) -> tuple[str, ...]:
    """The sessions (slugs) or scope (``region``, ``all``) to take open actions over from."""
    key = "carry_forward"
    if key not in data:
        return ()
    value = data[key]
    expected = f.t("exp_carry_forward")
    if isinstance(value, str):
        scope = SCOPE_WORDS.get(clean(value).lower())
        if scope is None:
            f.add((key,), "bad_carry_scope", value=show(value), expected=expected)
            return ()
        return (scope,)
    if not isinstance(value, list):
        f.wrong_type((key,), expected, value)
        return ()
    found: list[str] = []
    for index, name in enumerate(value):
        if not isinstance(name, str):
            f.wrong_type((key, index), expected, name)
            continue
        text = clean(name)
        scope = SCOPE_WORDS.get(text.lower())
        if scope is not None:
            text = scope
        elif not SLUG_RE.match(text):
            suggestion = slugify(text) or "twente-2020-10"
            f.add((key, index), "bad_slug", value=show(name), suggestion=suggestion)
            continue
        if text not in found:
            found.append(text)
    return tuple(found)


def read_board(
    f: Fields, data: Mapping[str, object], agenda_keys: set[str]
) -> tuple[BoardCardPlan, ...]:
    """The ``[[board]]`` blocks: barriers and opportunities with their provenance."""
    entries = f.table_list(data, "board")
    if not entries:
        return ()
    cards: list[BoardCardPlan] = []
    for index, entry in entries:
        path: KeyPath = ("board", index)
        f.check_keys(entry, BOARD_KEYS, path)
        text = f.text_value(entry, "text", path, "exp_text", required=True)
        column = _column(f, entry, path)
        session = f.text_value(entry, "session", path) or ""
        region = f.text_value(entry, "region", path) or ""
        number = _number(f, entry, path)
        item = f.text_value(entry, "agenda", path, "exp_key") or ""
        if item and agenda_keys and item not in agenda_keys:
            known = ", ".join(sorted(agenda_keys))
            f.add((*path, "agenda"), "unknown_agenda_key", value=show(item), known=known)
            item = ""
        tags = _tags(f, entry, path)
        if text is None or column is None:
            continue
        cards.append(BoardCardPlan(column, text, session, region, number, item, tags))
    return tuple(cards)


def _column(f: Fields, entry: Mapping[str, object], path: KeyPath) -> str | None:
    value = f.text_value(entry, "column", path, "exp_board_column", required=True)
    if value is None:
        return None
    column = COLUMN_WORDS.get(value.lower())
    if column is None:
        f.add(
            (*path, "column"),
            "bad_board_column",
            value=show(value),
            expected=f.t("exp_board_column"),
        )
    return column


def _number(f: Fields, entry: Mapping[str, object], path: KeyPath) -> int | None:
    if "number" not in entry:
        return None
    value = entry["number"]
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        f.wrong_type((*path, "number"), f.t("exp_card_number"), value)
        return None
    return value


def _tags(f: Fields, entry: Mapping[str, object], path: KeyPath) -> tuple[str, ...]:
    if "tags" not in entry:
        return ()
    value = entry["tags"]
    if not isinstance(value, list):
        f.wrong_type((*path, "tags"), f.t("exp_tags"), value)
        return ()
    tags: list[str] = []
    for index, tag in enumerate(value):
        cleaned = clean(tag).lower().lstrip("#") if isinstance(tag, str) else ""
        if not TAG_RE.match(cleaned):
            expected = f.t("exp_tag", suggestion=slugify(str(tag)) or "stage")
            f.add((*path, "tags", index), "bad_tag", value=show(tag), expected=expected)
            continue
        if cleaned not in tags:
            tags.append(cleaned)
    return tuple(tags)
