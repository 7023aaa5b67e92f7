"""Merging another facilitator database into this one (``facilitator import-db``).

Round tables run on several laptops end up in several databases. Merging
copies every session of the other database that is not here yet — its row
whole (the words its file added to the synthesis' thesaurus too), its
participants, agenda, speeches, queue, contributions, cards and change log —
with new row ids, and every reference between them (a contribution's card, a
card merged into another, an action's links and owners, the log's rows)
pointed at the new ids. A session is recognised by its stable unique id
(``uid``), so merging the same database twice adds nothing the second time; a
session moved with its whole JSON record (``facilitator import RECORD.json``) keeps
its ``uid`` and is known here as the same session too.

A session already here that was changed on the other laptop since (an action
marked done, a typo mended, a note added after the meeting, its session file
imported again with a change: the import is logged under the session) is brought up to
date: when every change made to it here is also in the other database's
change log, the copy here is replaced by theirs (under the name it has here,
the organiser's review of its cards kept: a card is known by the operation that made
it, or, in a session moved here with its record, which brings no change log, by its
column and number). When it was changed here too, since
the two went apart, neither side's changes are lost: the copy here is kept as
it is, and the merge says how many changes on each side were not brought
together. A change is recognised across databases by when it was made, by
which window and what it did (:mod:`facilitator.store.oplog`). A session moved here with
its whole JSON record brings no change log, but the record names each change of it by a
fingerprint: those count as here, so only what changed there after the export is new.
A session whose slug is taken here by another session gets the next free
slug (``twente-2020-10-2``); a card carried over from a session of the other
database then names that session as it is called here. But when the session
here is only the plan (imported from the same file, never opened, nothing
recorded) and the one merged in was held, the plan steps aside: it gets the
next free slug and the held meeting keeps the name its minutes and the
synthesis use. A held session merged in that records the same round table as a
held one here (same region, date and title: :mod:`facilitator.domain.twice`),
as when two laptops both held it, is copied all the same and reported, so the
caller can say so; the synthesis counts such a table once.

The organiser's review of the synthesis comes along too: each card the other
database placed in a theme, for the sessions copied, keeps its theme (under a
theme key free here, and placed by hand if it was there), unless this database
has placed it already.

The other database is never written to: it is read through SQLite's backup
into a temporary copy, which gets the same health check as a database opened
(:func:`~facilitator.store.health.check_health`) and is brought up to this schema
if it is older. A database of a newer schema is refused before anything is read,
a damaged one (or another program's) before anything is merged. Every error met
reading the other database, or the copy of it, is said of the file as the caller
named it (never of the temporary copy, nor of this database). The whole merge is
one transaction (:meth:`Store.all_or_nothing`): it is merged whole, or nothing of
it. The copied change log is kept as a record of what happened, but cannot be
undone here (its operations are marked fixed): undo in this database starts
after the merge.
"""

from __future__ import annotations

import errno
import json
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator.domain.model import Session, SessionStatus
from facilitator.domain.twice import same_table
from facilitator.i18n.oserrors import NOT_A_FILE, OsReason
from facilitator.records import record
from facilitator.store.errors import StoreError, translate_sqlite_error
from facilitator.store.health import check_health, is_damage, read_only_uri
from facilitator.store.oplog import fingerprints, forget_moved, keep_moved, moved, op_key
from facilitator.store.rows import TABLES, DamagedValue, from_row
from facilitator.store.schema import SCHEMA_VERSION, version_of
from facilitator.store.store import Store, Tx, new_theme_key

# Tables copied per session, in an order that inserts what is referred to first.
_TABLES = ("participants", "agenda_items", "cards", "contributions", "speeches", "queue")
# Which table a column refers to.
_REFS = {
    "participant_id": "participants",
    "item_id": "agenda_items",
    "current_item_id": "agenda_items",
    "card_id": "cards",
    "merged_into": "cards",
}
_STATES = {"done": "fixed", "held": "fixed", "undone": "dead", "held_undone": "dead"}


@record(frozen=False)
class MergeResult:
    """What a merge did, by slug."""

    added: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (slug there, slug here)
    skipped: list[str] = field(default_factory=list)  # already here (slug here)
    set_aside: list[tuple[str, str]] = field(default_factory=list)  # a plan here: (was, now)
    updated: list[tuple[str, int]] = field(default_factory=list)  # (slug here, changes brought)
    # changed here and there since they went apart: (slug here, slug there, changes here,
    # changes there)
    diverged: list[tuple[str, str, int, int]] = field(default_factory=list)
    # a held table here already, held again there: (slug of the copy here, slug of the first)
    same_table: list[tuple[str, str]] = field(default_factory=list)
    # their review placed cards of sessions that were here already, which this review did
    # not place: left as they are here (slug here, cards placed there)
    review_left: list[tuple[str, int]] = field(default_factory=list)


class _Ids:
    """Old id -> new id, per table."""

    def __init__(self) -> None:
        self.maps: dict[str, dict[int, int]] = {t: {} for t in (*_TABLES, "sessions", "ops")}

    def get(self, table: str, old: Any) -> Any:
        if old is None or not isinstance(old, int):
            return old
        return self.maps[table].get(old, old)

    def row(self, table: str, row: Mapping[str, Any]) -> dict[str, Any]:
        """A row (or part of one, as in the change log) with its references renumbered."""
        out = dict(row)
        for key, value in row.items():
            if key == "id" and table in self.maps:
                out[key] = self.get(table, value)
            elif key == "session_id":
                out[key] = self.get("sessions", value)
            elif key in _REFS:
                out[key] = self.get(_REFS[key], value)
            elif key == "links" and isinstance(value, str):
                out[key] = json.dumps([self.get("cards", i) for i in json.loads(value)])
            elif key == "owners" and isinstance(value, str):
                owners = json.loads(value)
                for owner in owners:
                    owner["participant_id"] = self.get("participants", owner.get("participant_id"))
                out[key] = json.dumps(owners, ensure_ascii=False)
        return out


def merge_database(store: Store, other: str | Path, *, origin: str | None = None) -> MergeResult:
    """Copy every session of ``other`` not yet in ``store``; see the module docstring.
    ``origin``: who merges, kept with each operation of the merge in the change log."""
    with read_other(other, here=store.path) as theirs:
        return merge_from(store, theirs, origin=origin)


@contextmanager
def read_other(other: str | Path, *, here: Path) -> Iterator[Store]:
    """The database ``other``, to merge into the one at ``here``: a temporary copy of it,
    checked for damage and brought up to this schema. Refused (a :class:`StoreError`
    naming ``other`` as given) when it is no database, damaged, another program's, of a
    newer facilitator, ``here`` itself, or cannot be read."""
    path = Path(other)
    where = str(path)
    if path.is_dir():
        raise StoreError("other_folder", path=where)
    if path.exists() and not path.is_file():  # a pipe, a device: copying it would wait
        reason = OsReason(NOT_A_FILE, "it is not an ordinary file")
        raise StoreError("other_unreadable", path=where, reason=reason)
    if not path.is_file():
        raise StoreError("other_missing", path=where)
    if path.resolve() == Path(here).resolve():
        raise StoreError("same_db", path=where)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "other.db"
        found = _copy(path, copy)
        if check_health(copy) is not None:
            raise StoreError("other_damaged", path=where)
        theirs = _Copy(copy, where, found)
        try:
            _check_values(theirs, where)
            yield theirs
        finally:
            theirs.close()


def _check_values(theirs: Store, where: str) -> None:
    """Refuse the other database (named ``where``) if a row holds a value facilitator never
    writes there (a time that is none, text where a number belongs): copied as it is, it
    would make every reading of this database fail. Its change log too: its changes must be
    rows, its operations' times times."""
    try:
        for cls, table in TABLES.items():
            for row in theirs.query(f'SELECT * FROM "{table}"', []):
                from_row(cls, row)
        for change in theirs.query("SELECT id, before, after FROM changes", []):
            for side in ("before", "after"):
                try:
                    if change[side] is not None and not isinstance(json.loads(change[side]), dict):
                        raise ValueError(side)
                except (ValueError, TypeError, RecursionError):
                    raise DamagedValue("changes", change["id"], side) from None
        for op in theirs.query("SELECT id, at FROM ops", []):
            try:
                datetime.fromisoformat(op["at"])
            except (ValueError, TypeError):
                raise DamagedValue("ops", op["id"], "at") from None
        _check_sectors(theirs)
    except DamagedValue as exc:
        raise StoreError(
            "other_damaged_value", path=where, table=exc.table, row=exc.row, column=exc.column
        ) from exc


def _check_sectors(theirs: Store) -> None:
    """Refuse a participant of a sector their session neither lists nor ever listed (its
    change log keeps the lists an import of its file replaced: a walk-in keeps a sector the
    file dropped since). Facilitator gives a participant a sector of the session only."""
    known: dict[int, set[str]] = {}
    for session in theirs.query("SELECT id, sectors FROM sessions", []):
        known[int(session["id"])] = _sector_keys(session["sectors"])
    sql = "SELECT row_id, before, after FROM changes WHERE tbl = 'sessions'"
    for change in theirs.query(sql, []):
        for side in (change["before"], change["after"]):
            values = json.loads(side) if side else {}
            if isinstance(values, dict) and "sectors" in values:
                found = known.setdefault(int(change["row_id"]), set())
                found |= _sector_keys(values["sectors"])
    for person in theirs.query("SELECT id, session_id, sector FROM participants", []):
        listed = known.get(person["session_id"])
        if listed is not None and person["sector"] not in listed:
            raise DamagedValue("participants", person["id"], "sector")


def _sector_keys(sectors: Any) -> set[str]:
    """The keys of a session's sectors, as a row or the change log keeps them."""
    try:
        found = json.loads(sectors) if isinstance(sectors, str) else sectors
    except ValueError:
        return set()
    if not isinstance(found, list):
        return set()
    return {s[0] for s in found if isinstance(s, list) and s and isinstance(s[0], str)}


def merge_from(store: Store, theirs: Store, *, origin: str | None = None) -> MergeResult:
    """Merge ``theirs`` (from :func:`read_other`) into ``store``, whole or not at all."""
    with store.all_or_nothing():
        return _merge(store, theirs, origin)


class _Copy(Store):
    """The temporary copy of the other database. What the merge reads of it goes through
    :meth:`query`, :meth:`review` and :meth:`review_by_hand`, and an error there is said of
    the file named (``named``): met inside a transaction of this database, a raw SQLite
    error would be taken for this database's own, and this database called damaged."""

    def __init__(self, path: Path, named: str, found: int) -> None:
        self.named = named
        try:
            super().__init__(path, must_exist=True)
        except StoreError as exc:
            raise _said_of(exc, named, found) from exc
        except UnicodeDecodeError as exc:
            raise _unreadable(exc, named) from exc

    def query(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        try:
            return super().query(sql, params)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise _unreadable(exc, self.named) from exc

    def review(self) -> tuple[dict[str, str], dict[str, tuple[str, bool]]]:
        try:
            return super().review()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise _unreadable(exc, self.named) from exc

    def review_by_hand(self) -> set[str]:
        try:
            return super().review_by_hand()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise _unreadable(exc, self.named) from exc


def _copy(path: Path, copy: Path) -> int:
    """A consistent copy of ``path`` (WAL included), refused if its schema is newer; the
    schema version it has."""
    where = str(path)
    try:
        # Immutable when closed cleanly: nothing is made beside it, so a database on a
        # read-only stick or share can be merged too.
        source = sqlite3.connect(read_only_uri(path), uri=True)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise _unreadable(exc, where) from exc
    try:
        found = version_of(source)
        if found == 0:  # an empty file, or an SQLite database of another program
            raise StoreError("other_damaged", path=where)
        if found > SCHEMA_VERSION:
            raise StoreError("other_too_new", path=where, found=found, known=SCHEMA_VERSION)
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
        finally:
            target.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise _unreadable(exc, where) from exc
    finally:
        source.close()
    return found


# The reason, in either language, of an error of the store that names none.
_REASONS = {
    "disk_full": errno.ENOSPC,
    "disk_full_open": errno.ENOSPC,
    "locked": errno.EBUSY,
    "readonly": errno.EROFS,
}


def _unreadable(exc: sqlite3.Error | UnicodeDecodeError, where: str) -> StoreError:
    """An error of SQLite met reading the other database or its copy, said of ``where``: a
    value, or SQLite's error quoting one, that is no text (bytes of damage) is damage."""
    if isinstance(exc, UnicodeDecodeError) or is_damage(exc):
        return StoreError("other_damaged", path=where)
    return _said_of(translate_sqlite_error(exc, where), where, SCHEMA_VERSION)


def _said_of(error: StoreError, where: str, found: int) -> StoreError:
    """An error of the store met with the copy of the other database (version ``found``),
    said of ``where``, the file as the caller named it, in words for merging it."""
    if error.key in ("damaged", "not_a_database"):
        return StoreError("other_damaged", path=where)
    if error.key == "too_new":
        return StoreError("other_too_new", **{**error.values, "path": where})
    reason = error.values.get("reason") or OsReason(_REASONS.get(error.key), error.key)
    # a reason in the user's words is said; SQLite's own (English, perhaps quoting what it
    # read) is not
    said = isinstance(reason, OsReason) and reason.worded
    if found < SCHEMA_VERSION and error.key == "write_failed":  # bringing it up to date
        if not said:
            return StoreError("other_old.unsaid", path=where, found=found)
        return StoreError("other_old", path=where, found=found, reason=reason)
    if not said:
        return StoreError("other_unreadable.unsaid", path=where)
    return StoreError("other_unreadable", path=where, reason=reason)


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return store.query(sql, params)


def _merge(store: Store, theirs: Store, origin: str | None) -> MergeResult:
    result = MergeResult()
    sessions = _rows(theirs, "SELECT * FROM sessions ORDER BY starts_at, id", [])
    # each of their slugs as it is (or will be) called here, for carried cards' provenance
    slugs: dict[str, str] = {}
    for session in sessions:
        here = _rows(store, "SELECT slug FROM sessions WHERE uid = ?", [session["uid"]])
        if here:
            slugs[str(session["slug"])] = str(here[0]["slug"])
    copied: dict[str, tuple[str, dict[int, int]]] = {}  # their slug -> (slug here, card ids)
    for session in sessions:
        if str(session["slug"]) in slugs:
            _bring_up_to_date(store, theirs, session, slugs, copied, result, origin)
            continue
        wanted = str(session["slug"])
        plan = _plan_here(store, wanted) if _was_held(session) else None
        slug = wanted if plan is not None else _free_slug(store, wanted)
        slugs[wanted] = slug
        with store.change(None, f"import-db {slug}", undoable=False, origin=origin) as tx:
            if plan is not None:
                aside = _free_slug(store, wanted)
                tx.update(replace(plan, slug=aside))
                result.set_aside.append((wanted, aside))
            cards = _copy_session(store, theirs, tx, session, slug, slugs)
        copied[str(session["slug"])] = (slug, cards)
        result.added.append(slug)
        added = store.session_by_slug(slug)
        twin = None if added is None else same_table(added, store.sessions())
        if twin is not None:
            result.same_table.append((slug, twin.slug))
        if slug != session["slug"]:
            result.renamed.append((str(session["slug"]), slug))
    _merge_review(store, theirs, copied)
    result.review_left = _review_left(store, theirs, slugs, copied)
    return result


def _review_left(
    store: Store,
    theirs: Store,
    slugs: Mapping[str, str],
    copied: Mapping[str, tuple[str, dict[int, int]]],
) -> list[tuple[str, int]]:
    """Sessions that were here already whose cards their review placed and this one did
    not: the review made here counts, so theirs is not brought along (see the docs)."""
    their_cards, _themes = theirs.review()
    placed_here = {card.rpartition("#")[0] for card in store.review()[0]}
    left: Counter[str] = Counter()
    for card in their_cards:
        slug = card.rpartition("#")[0]
        here = slugs.get(slug)
        if here is not None and slug not in copied and here not in placed_here:
            left[here] += 1
    return sorted(left.items())


def _bring_up_to_date(
    store: Store,
    theirs: Store,
    session: dict[str, Any],
    slugs: Mapping[str, str],
    copied: dict[str, tuple[str, dict[int, int]]],
    result: MergeResult,
    origin: str | None,
) -> None:
    """A session that is here already: skipped when the other database has nothing new
    for it, replaced by theirs when everything done here is there too, else kept."""
    slug = slugs[str(session["slug"])]
    found = store.session_by_slug(slug)
    assert found is not None  # found by its uid a moment ago
    there = fingerprints(theirs, int(session["id"]))
    here = fingerprints(store, found.id)
    new_there, only_here = there - here, here - there
    if not new_there:
        result.skipped.append(slug)
        return
    if only_here:
        counts = sum(only_here.values()), sum(new_there.values())
        result.diverged.append((slug, str(session["slug"]), *counts))
        return
    placed = _review_by_origin(store, slug, found.id)
    with store.change(None, f"import-db {slug}", undoable=False, origin=origin) as tx:
        _clear_session(store, tx, found.id)
        cards = _copy_session(store, theirs, tx, session, slug, slugs, into=found.id)
    _renumber_review(store, slug, found.id, placed)
    copied[str(session["slug"])] = (slug, cards)
    result.updated.append((slug, sum(new_there.values())))


_CardKey = tuple[str, str, str, int, int]
_Numbered = tuple[str, int]
"""A card by its column and its number there (``B3``): numbers are never given again in a
column, and a JSON record keeps them, so a card is known by them in every database."""


def _card_keys(store: Store, session_id: int) -> dict[int, _CardKey]:
    """Each card of the session by the operation that made it (see :func:`op_key`; the
    how-manieth such operation, and the how-manieth card it made), the same in every
    database that holds the session, where the card ids differ."""
    sql = (
        "SELECT o.id AS op, o.at, o.origin, o.label, c.row_id FROM changes c "
        "JOIN ops o ON o.id = c.op_id WHERE o.session_id = ? AND c.tbl = 'cards' "
        "AND c.action = 'insert' ORDER BY o.id, c.id"
    )
    seen: Counter[tuple[str, str, str]] = Counter()
    made: Counter[int] = Counter()
    keys: dict[int, _CardKey] = {}
    last_op = None
    for row in _rows(store, sql, [session_id]):
        op = op_key(row)
        if row["op"] != last_op:
            seen[op] += 1
            last_op = row["op"]
        made[row["op"]] += 1
        keys.setdefault(int(row["row_id"]), (*op, seen[op], made[row["op"]]))
    return keys


def _card_numbers(store: Store, session_id: int) -> dict[_Numbered, int]:
    """The session's cards by every column and number each has had (a card moved to another
    column gets a number there; the change log keeps the one it had), those it has now
    first: (column, number) -> card id."""
    found: dict[_Numbered, int] = {}
    now = 'SELECT id, "column", number FROM cards WHERE session_id = ? AND number > 0'
    for row in _rows(store, now, [session_id]):
        found[(str(row["column"]), int(row["number"]))] = int(row["id"])
    sql = (
        "SELECT c.row_id, c.before, c.after FROM changes c JOIN ops o ON o.id = c.op_id "
        "WHERE o.session_id = ? AND c.tbl = 'cards' ORDER BY c.id"
    )
    cards = set(found.values())
    for row in _rows(store, sql, [session_id]):
        if int(row["row_id"]) not in cards:
            continue
        for side in (row["before"], row["after"]):
            values = json.loads(side) if side else {}
            column, number = values.get("column"), values.get("number")
            if isinstance(column, str) and isinstance(number, int) and number > 0:
                found.setdefault((column, number), int(row["row_id"]))
    return found


_Placement = dict[_CardKey | _Numbered, tuple[str, bool]]


def _review_by_origin(store: Store, slug: str, session_id: int) -> _Placement:
    """The review's placement of the session's cards here (the theme, and whether by hand),
    by the operation that made each card (which stays when the session is replaced; the
    ids do not); a card whose making is not logged here (a session imported from its JSON
    record) by its column and number."""
    placed, _ = store.review()
    hand = store.review_by_hand()
    keys = _card_keys(store, session_id)
    numbers = {card_id: key for key, card_id in _card_numbers(store, session_id).items()}
    out: _Placement = {}
    for card, theme in placed.items():
        name, _, number = card.rpartition("#")
        if name != slug or not number.isdigit():
            continue
        key = keys.get(int(number)) or numbers.get(int(number))
        if key is not None:
            out[key] = (theme, card in hand)
    return out


def _renumber_review(store: Store, slug: str, session_id: int, placed: _Placement) -> None:
    """The review's placements of a replaced session's cards, pointed at their new ids."""
    if not placed:
        return
    review, themes = store.review()
    hand = {card for card in store.review_by_hand() if card.rpartition("#")[0] != slug}
    review = {card: theme for card, theme in review.items() if card.rpartition("#")[0] != slug}
    now: dict[_CardKey | _Numbered, int] = {}
    for numbered, card_id in _card_numbers(store, session_id).items():
        now[numbered] = card_id
    for card_id, made in _card_keys(store, session_id).items():
        now[made] = card_id
    for key, (theme, by_hand) in placed.items():
        found = now.get(key)
        if found is None:  # deleted there since
            continue
        review[f"{slug}#{found}"] = theme
        if by_hand:
            hand.add(f"{slug}#{found}")
    store.save_review(review, themes, hand)


def _clear_session(store: Store, tx: Tx, session_id: int) -> None:
    """Everything recorded in a session, gone (its row stays): what refers comes first.
    Each row's removal is logged, so a window showing the session reads it again."""
    tx.update_row("sessions", session_id, {"current_item_id": None})
    for table in reversed(_TABLES):
        for row in _rows(store, f'SELECT id FROM "{table}" WHERE session_id = ?', [session_id]):
            tx.delete_row(table, int(row["id"]))
    store.conn.execute("DELETE FROM card_numbers WHERE session_id = ?", (session_id,))
    forget_moved(store, session_id)
    ops = "SELECT id FROM ops WHERE session_id = ?"
    store.conn.execute(f"DELETE FROM changes WHERE op_id IN ({ops})", (session_id,))
    store.conn.execute("DELETE FROM ops WHERE session_id = ?", (session_id,))


def _merge_review(
    store: Store, theirs: Store, copied: Mapping[str, tuple[str, dict[int, int]]]
) -> None:
    """Their review of the copied sessions' cards, for the cards not placed here yet."""
    their_cards, their_themes = theirs.review()
    if not their_cards:
        return
    their_hand = theirs.review_by_hand()
    cards, themes = store.review()
    hand = store.review_by_hand()
    keys: dict[str, str] = {}  # their theme key -> its key here
    for card, theme in sorted(their_cards.items()):
        slug, _, number = card.rpartition("#")
        if slug not in copied or not number.isdigit():
            continue
        here, ids = copied[slug]
        new_id = ids.get(int(number))
        if new_id is None or f"{here}#{new_id}" in cards:
            continue
        if theme not in keys:
            keys[theme] = theme if theme not in themes else new_theme_key(themes)
            themes[keys[theme]] = their_themes.get(theme, ("", False))
        cards[f"{here}#{new_id}"] = keys[theme]
        if card in their_hand:
            hand.add(f"{here}#{new_id}")
    if keys:
        store.save_review(cards, themes, hand)


def _was_held(session: Mapping[str, Any]) -> bool:
    """Whether the other database's ``session`` was opened (held, or under way)."""
    return session["opened_at"] is not None or session["status"] != "planned"


def _plan_here(store: Store, slug: str) -> Session | None:
    """The session here called ``slug``, if it is only the plan: never opened, and
    nothing recorded in it (no contribution, speech, card or queue entry)."""
    found = store.session_by_slug(slug)
    if found is None or found.opened_at is not None or found.status != SessionStatus.PLANNED:
        return None
    for table in ("contributions", "speeches", "cards", "queue"):
        if _rows(store, f'SELECT 1 FROM "{table}" WHERE session_id = ? LIMIT 1', [found.id]):
            return None
    return found


def _free_slug(store: Store, slug: str) -> str:
    taken = {str(r["slug"]) for r in _rows(store, "SELECT slug FROM sessions", [])}
    if slug not in taken:
        return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"


def _copy_session(
    store: Store,
    theirs: Store,
    tx: Tx,
    session: dict[str, Any],
    slug: str,
    slugs: Mapping[str, str],
    *,
    into: int | None = None,
) -> dict[int, int]:
    """Copy one session; its cards' ids there -> here. ``slugs``: the other database's
    sessions as they are called here, for the provenance of cards carried from them (a
    card is carried from an earlier session, so copied or found here before this one).
    ``into``: the id of the session here it replaces (emptied before), else a new one."""
    ids = _Ids()
    old_sid = int(session["id"])
    row = {k: v for k, v in session.items() if k not in ("id", "current_item_id")}
    row["slug"] = slug
    if into is None:
        sid = tx.insert_row("sessions", row)
    else:
        sid = into
        tx.update_row("sessions", sid, row)
    ids.maps["sessions"][old_sid] = sid
    rows = {
        table: _rows(theirs, f'SELECT * FROM "{table}" WHERE session_id = ? ORDER BY id', [old_sid])
        for table in _TABLES
    }
    cards: list[tuple[int, dict[str, Any]]] = []
    for table in _TABLES:  # what a row refers to is inserted before it, except card to card
        for old in rows[table]:
            values = ids.row(table, {k: v for k, v in old.items() if k != "id"})
            if table == "cards" and values.get("from_session"):
                values["from_session"] = slugs.get(values["from_session"], values["from_session"])
            new_id = tx.insert_row(table, values)
            ids.maps[table][int(old["id"])] = new_id
            if table == "cards":
                cards.append((new_id, old))
    for new_id, old in cards:  # a card merged into a later one, an action's links
        fixed = ids.row("cards", {k: old[k] for k in ("merged_into", "links")})
        tx.update_row("cards", new_id, fixed)
    if session.get("current_item_id") is not None:
        current = ids.get("agenda_items", session["current_item_id"])
        tx.update_row("sessions", sid, {"current_item_id": current})
    _copy_log(store, theirs, ids, old_sid, sid)
    keep_moved(store, sid, moved(theirs, old_sid))
    return dict(ids.maps["cards"])


def _copy_log(store: Store, theirs: Store, ids: _Ids, old_sid: int, sid: int) -> None:
    """The session's operations and their changes, renumbered; none can be undone here."""
    conn = store.conn
    ops = _rows(theirs, "SELECT * FROM ops WHERE session_id = ? ORDER BY id", [old_sid])
    for op in ops:
        cursor = conn.execute(
            "INSERT INTO ops (session_id, label, at, state, target_op, origin) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                sid,
                op["label"],
                op["at"],
                _STATES.get(str(op["state"]), op["state"]),
                ids.get("ops", op["target_op"]),
                op.get("origin", ""),
            ),
        )
        ids.maps["ops"][int(op["id"])] = int(cursor.lastrowid or 0)
    for op in ops:
        changes = _rows(theirs, "SELECT * FROM changes WHERE op_id = ? ORDER BY id", [op["id"]])
        for change in changes:
            table = str(change["tbl"])
            before, after = (
                None if change[k] is None else json.loads(change[k]) for k in ("before", "after")
            )
            conn.execute(
                "INSERT INTO changes (op_id, tbl, row_id, action, before, after) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    ids.get("ops", op["id"]),
                    table,
                    ids.get(table, change["row_id"]) if table in ids.maps else change["row_id"],
                    change["action"],
                    _dump(None if before is None else ids.row(table, before)),
                    _dump(None if after is None else ids.row(table, after)),
                ),
            )


def _dump(row: dict[str, Any] | None) -> str | None:
    return None if row is None else json.dumps(row, ensure_ascii=False)
