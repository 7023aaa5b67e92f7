"""The ``[[agenda]]`` blocks: a title and whole minutes each, with a unique key."""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.domain.plan import AgendaItemPlan
from facilitator.sessionfile.fields import Fields
from facilitator.sessionfile.keys import AGENDA_KEYS
from facilitator.sessionfile.locate import KeyPath
from facilitator.sessionfile.text import show, slugify

MAX_AGENDA_MINUTES = 24 * 60
MAX_AGENDA_ITEMS = 100


def read_agenda(f: Fields, data: Mapping[str, object]) -> tuple[AgendaItemPlan, ...]:
    """The agenda items; at least one is required."""
    entries = f.table_list(data, "agenda")
    if entries is None:
        if "agenda" not in data:
            f.add(("agenda",), "missing", expected=f.t("exp_agenda"))
        return ()
    if not data["agenda"]:
        f.add(("agenda",), "empty", expected=f.t("exp_agenda"))
        return ()
    if len(entries) > MAX_AGENDA_ITEMS:
        f.add(("agenda",), "too_many_items", count=len(entries), limit=MAX_AGENDA_ITEMS)
        return ()
    items: list[AgendaItemPlan] = []
    keys: dict[str, KeyPath] = {}
    for index, entry in entries:
        path: KeyPath = ("agenda", index)
        f.check_keys(entry, AGENDA_KEYS, path)
        title = f.text_value(entry, "title", path, "exp_agenda_title", required=True, free=True)
        minutes = _read_minutes(f, entry, path)
        question = f.text_value(entry, "question", path, free=True) or ""
        explicit_key = f.slug_value(entry, "key", path)
        if title is None or ("key" in entry and explicit_key is None):
            continue
        key = explicit_key or slugify(title) or f"punt-{index + 1}"
        if key in keys:
            f.add(
                (*path, "key" if explicit_key else "title"),
                "duplicate_key" if explicit_key else "duplicate_title_key",
                value=show(key if explicit_key else title),
                key=key,
                other=f.where(keys[key]),
            )
            continue
        keys[key] = path
        if minutes is not None:
            items.append(AgendaItemPlan(key, title, minutes, question))
    return tuple(items)


def _read_minutes(f: Fields, entry: Mapping[str, object], path: KeyPath) -> int | None:
    here = (*path, "minutes")
    if "minutes" not in entry:
        f.add(here, "missing", expected=f.t("exp_minutes"))
        return None
    value = entry["minutes"]
    if isinstance(value, bool) or not isinstance(value, int | float):
        f.wrong_type(here, f.t("exp_minutes"), value)
        return None
    if isinstance(value, float):
        if not value.is_integer():
            f.add(here, "minutes_not_whole", value=show(value))
            return None
        if value > MAX_AGENDA_MINUTES:  # said as written (1e+308), not as 309 digits
            f.add(here, "minutes_too_many", value=show(value), limit=MAX_AGENDA_MINUTES)
            return None
        value = int(value)
    if value <= 0:
        f.add(here, "minutes_not_positive", value=value)
        return None
    if value > MAX_AGENDA_MINUTES:
        f.add(here, "minutes_too_many", value=value, limit=MAX_AGENDA_MINUTES)
        return None
    return value
