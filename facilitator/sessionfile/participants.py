"""Who sits at the table: the ``[[sectors]]`` and ``[[participants]]`` blocks.

Sectors default to :data:`DEFAULT_SECTORS`. A participant names a sector by
its key or its Dutch or English label, loosely compared; names (case, blanks and the
way an accent is written aside) and keys must be unique, and a key is derived from the
name when none is given.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence

from facilitator.domain.plan import DEFAULT_SECTORS, ParticipantPlan, Sector
from facilitator.records import record
from facilitator.sessionfile.fields import Fields
from facilitator.sessionfile.keys import PARTICIPANT_KEYS, SECTOR_KEYS
from facilitator.sessionfile.locate import KeyPath
from facilitator.sessionfile.text import SLUG_RE, clean, norm_label, show, slugify
from facilitator.text import same_name

MAX_PARTICIPANTS = 200


@record
class SectorsRead:
    """The ``[[sectors]]`` blocks as read."""

    sectors: tuple[Sector, ...]
    """The session's sectors: those read, else the defaults."""
    ok: bool
    """Whether the blocks were read without problems."""
    named: tuple[Sector, ...] | None
    """What a participant's sector is judged by: every sector the blocks name, a block
    with a problem as it would be once mended (a bad key as the key suggested for it, a
    block without a key by its label); None when the blocks name none to judge by (no list
    of blocks, or an entry that is no block)."""
    unkeyed: tuple[Sector, ...] = ()
    """Those of ``named`` that are blocks without a key, named by their label: a message
    offers the label, never a key the file does not write."""


def read_sectors(f: Fields, data: Mapping[str, object]) -> SectorsRead:
    """The sectors, whether they were read without problems, and the sectors named."""
    entries = f.table_list(data, "sectors")
    if entries is None:
        ok = "sectors" not in data
        return SectorsRead(DEFAULT_SECTORS, ok, DEFAULT_SECTORS if ok else None)
    blocks = data["sectors"]
    whole = isinstance(blocks, list) and len(entries) == len(blocks)  # every entry a block
    before = len(f.problems)
    sectors: list[Sector] = []
    named: list[Sector] = []
    unkeyed: list[Sector] = []
    seen: dict[str, KeyPath] = {}
    for index, entry in entries:
        path: KeyPath = ("sectors", index)
        f.check_keys(entry, SECTOR_KEYS, path)
        nl = f.text_value(entry, "nl", path)
        en = f.text_value(entry, "en", path)
        label = nl or en
        written = _written_key(f, entry, path, label)
        if written is None:
            if label and slugify(label):  # named by its label all the same
                unkeyed.append(Sector(slugify(label), nl or label, en or nl or label))
                named.append(unkeyed[-1])
            continue
        key = written.lower()
        if not SLUG_RE.match(key):
            suggestion = slugify(key) or "sector"
            f.add((*path, "key"), "bad_slug", value=show(written), suggestion=suggestion)
            named.append(Sector(suggestion, nl or written, en or nl or written))
            continue
        nl_label = nl or key
        sector = Sector(key, nl_label, en or nl_label)
        named.append(sector)
        if key in seen:
            f.add((*path, "key"), "duplicate_sector", value=key, other=f.where(seen[key]))
            continue
        seen[key] = path
        sectors.append(sector)
    if not sectors and len(f.problems) == before:
        f.add(("sectors",), "no_sectors")
    ok = len(f.problems) == before
    return SectorsRead(
        tuple(sectors) or DEFAULT_SECTORS,
        ok,
        tuple(named) if whole and named else None,
        tuple(unkeyed),
    )


def _written_key(
    f: Fields, entry: Mapping[str, object], path: KeyPath, label: str | None
) -> str | None:
    """The key of a ``[[sectors]]`` block as written, or None. A block without one (or
    with an empty one) is said by its label where it has one, and no key is made up for it:
    the example of one could be another block's."""
    value = entry.get("key", "")
    if isinstance(value, str) and not clean(value):
        block = f.t("sector_block_named", label=show(label)) if label else f.t("sector_block")
        message = "sector_empty_key" if "key" in entry else "sector_no_key"
        f.add((*path, "key"), message, block=block, expected=f.t("exp_sector_key"))
        return None
    return f.text_value(entry, "key", path, "exp_sector_key", required=True)


def sector_lookup(sectors: Sequence[Sector]) -> dict[str, str]:
    """The key of each sector under every name a participant may give it: its key and its
    Dutch and English labels, loosely compared (see :func:`norm_label`)."""
    lookup: dict[str, str] = {}
    for sector in sectors:
        for label in (sector.en, sector.nl):
            lookup.setdefault(norm_label(label), sector.key)
    for sector in sectors:
        lookup[norm_label(sector.key)] = sector.key
    return lookup


def sector_key(text: str, sectors: Sequence[Sector] = DEFAULT_SECTORS) -> str | None:
    """The key of the sector ``text`` names (``Education``, ``GEMEENTE``), or None."""
    return sector_lookup(sectors).get(norm_label(text))


def read_participants(
    f: Fields, data: Mapping[str, object], read: SectorsRead
) -> tuple[ParticipantPlan, ...]:
    """The participants; a sector none of the blocks names is reported, also while the
    blocks have problems of their own (judged by the sectors as they would be once
    mended), unless the blocks name none to judge by."""
    entries = f.table_list(data, "participants") or []
    if len(entries) > MAX_PARTICIPANTS:
        # A round table, not a congress: the console could not show them, nor anyone
        # hear them all. Refused here rather than slow to a halt in the room.
        f.add(
            ("participants",), "too_many_participants", count=len(entries), limit=MAX_PARTICIPANTS
        )
        return ()
    sectors = read.sectors if read.ok or read.named is None else read.named
    lookup = sector_lookup(sectors)
    known = ", ".join(dict.fromkeys(_offered(s, read) for s in sectors))
    participants: list[ParticipantPlan] = []
    names: dict[str, KeyPath] = {}
    keys: dict[str, KeyPath] = {}
    for index, entry in entries:
        path: KeyPath = ("participants", index)
        f.check_keys(entry, PARTICIPANT_KEYS, path)
        name = f.text_value(entry, "name", path, "exp_name", required=True)
        organisation = f.text_value(
            entry, "organisation", path, "exp_organisation", required=True, free=True
        )
        role = f.text_value(entry, "role", path, free=True) or ""
        explicit_key = f.slug_value(entry, "key", path)
        sector_text = f.text_value(entry, "sector", path, "exp_sector", required=True, known=known)
        sector_key = None
        if sector_text is not None:
            sector_key = lookup.get(norm_label(sector_text))
            if sector_key is None and read.named is not None:
                _unknown_sector(f, (*path, "sector"), sector_text, sectors, read)
        if name is None:
            continue
        name_id = same_name(name)  # an accent one character or a mark after its letter
        if name_id in names:
            f.add(
                (*path, "name"),
                "duplicate_name",
                value=show(name),
                other=f.where(names[name_id]),
            )
            continue
        names[name_id] = path
        key = explicit_key or slugify(name) or f"deelnemer-{index + 1}"
        if "key" in entry and explicit_key is None:
            continue
        if key in keys:
            f.add(
                (*path, "key" if explicit_key else "name"),
                "duplicate_key" if explicit_key else "duplicate_name_key",
                value=show(key if explicit_key else name),
                key=key,
                other=f.where(keys[key]),
            )
            continue
        keys[key] = path
        if organisation is not None and sector_key is not None:
            participants.append(ParticipantPlan(key, name, organisation, sector_key, role))
    return tuple(participants)


def _offered(sector: Sector, read: SectorsRead) -> str:
    """How a message names a sector a participant may give: its key, or the label of a
    block without a key (the key it will have is not known yet)."""
    return sector.nl if sector in read.unkeyed else sector.key


def _unknown_sector(
    f: Fields, path: KeyPath, value: str, sectors: Sequence[Sector], read: SectorsRead
) -> None:
    known = ", ".join(dict.fromkeys(_offered(s, read) for s in sectors))
    choices: dict[str, str] = {}
    for sector in sectors:
        for label in (sector.key, sector.nl, sector.en):
            choices.setdefault(norm_label(label), _offered(sector, read))
    close = difflib.get_close_matches(norm_label(value), list(choices), n=1, cutoff=0.7)
    if close:
        f.add(
            path,
            "unknown_sector_suggest",
            value=show(value),
            suggestion=choices[close[0]],
            known=known,
        )
    else:
        f.add(path, "unknown_sector", value=show(value), known=known)
