"""The store: round trip, change log, undo/redo, migrations, durability and errors."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.lifecycle import close_session, open_session
from facilitator.domain.model import Card, Column, Contribution, Kind, Owner
from facilitator.store import Store, StoreError
from facilitator.store.importer import import_plan
from facilitator.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import ROOT
from tests.helpers import make_plan
from tests.permissions import protected, run_python


def test_import_round_trip(store: Store) -> None:
    plan = make_plan()
    result = import_plan(store, plan)
    assert result.created
    session = store.session_by_slug("proef")
    assert session is not None
    assert session.title == "Proefsessie"
    assert session.starts_at == plan.starts_at
    assert session.tags == ["stage", "bbl"]
    assert [p.name for p in store.participants(session.id)] == [
        "Deelnemer 1",
        "Deelnemer 2",
        "Deelnemer 3",
        "Deelnemer 4",
    ]
    items = store.items(session.id)
    assert [i.planned_seconds for i in items] == [1200, 1200, 1200]
    assert items[0].question == "Vraag 1?"


def test_records_round_trip_with_hostile_text(store: Store, clock: FakeClock) -> None:
    session = import_plan(store, make_plan()).session
    text = "[bold]x[/] [@click=app.quit]q | # `code` <script> \u202eRTL 🎉\x07"
    with store.change(session.id, "capture") as tx:
        card = tx.insert(
            Card(
                id=0,
                session_id=session.id,
                column=Column.ACTION,
                title=text,
                position=1,
                created_at=clock.now(),
                owners=[Owner("UWV", None)],
                tags=["stage"],
            )
        )
        contribution = tx.insert(
            Contribution(
                id=0,
                session_id=session.id,
                kind=Kind.ACTION,
                text=text,
                created_at=clock.now(),
                tags=["stage", "#x"],
                card_id=card.id,
            )
        )
    assert store.get(Contribution, contribution.id) == contribution
    assert store.get(Card, card.id) == card


def test_reimport_updates_plan_but_keeps_records(store: Store, clock: FakeClock) -> None:
    session = import_plan(store, make_plan(participants=4, items=3)).session
    speaker = store.participants(session.id)[3]
    item = store.items(session.id)[2]
    with store.change(session.id, "capture") as tx:
        tx.insert(
            Contribution(
                id=0,
                session_id=session.id,
                kind=Kind.NOTE,
                text="iets",
                created_at=clock.now(),
                participant_id=speaker.id,
                item_id=item.id,
            )
        )
    smaller = replace(make_plan(participants=2, items=2), title="Nieuwe titel")
    result = import_plan(store, smaller)
    assert not result.created
    assert result.session.title == "Nieuwe titel"
    assert store.contribution_count(session.id) == 1
    kept = store.participants(session.id, include_removed=True)
    assert [p.name for p in kept if p.removed] == ["Deelnemer 4"]  # spoke: kept
    assert len(kept) == 3  # participant 3 never did anything: gone
    assert [i.title for i in store.items(session.id, include_removed=True) if i.removed] == [
        "Punt 3"
    ]
    # and importing the full plan again brings them back
    import_plan(store, make_plan(participants=4, items=3))
    assert len(store.participants(session.id)) == 4


def test_reimport_into_a_closed_session_keeps_who_was_there_and_the_agenda(
    store: Store, clock: FakeClock
) -> None:
    """The participants and the agenda of a closed session are the record of a meeting
    held: an edited file (someone left out who sat at the table without a word, someone
    new, an item less) changes its title and words, not who was there or what was on."""
    plan = replace(make_plan(participants=4, items=3), chatham_house=True)
    session = import_plan(store, plan).session
    with store.change(session.id, "close") as tx:
        tx.update(close_session(open_session(session, clock.now()), clock.now()))
    people = store.participants(session.id, include_removed=True)
    items = store.items(session.id, include_removed=True)
    edited = replace(
        make_plan(participants=2, items=2),
        title="Nieuwe titel",
        participants=(
            *make_plan(participants=2).participants,
            replace(make_plan(participants=5).participants[4], name="Nieuwkomer", key="nieuwkomer"),
        ),
    )
    result = import_plan(store, edited)
    assert result.closed
    assert (result.added, result.updated, result.removed, result.kept) == (0, 0, 0, 0)
    assert result.session.title == "Nieuwe titel"
    assert result.session.chatham_house  # the rule the table was promised stays
    assert store.participants(session.id, include_removed=True) == people
    assert store.items(session.id, include_removed=True) == items


def test_change_log_records_before_and_after(store: Store) -> None:
    session = import_plan(store, make_plan()).session
    item = store.items(session.id)[0]
    with store.change(session.id, "plus") as tx:
        tx.update(replace(item, planned_seconds=1260))
    last = store.log(session.id)[-1]
    assert (last.label, last.action, last.before, last.after) == (
        "plus",
        "update",
        {"planned_seconds": 1200},
        {"planned_seconds": 1260},
    )


def test_undo_and_redo(store: Store, clock: FakeClock) -> None:
    session = import_plan(store, make_plan()).session
    item = store.items(session.id)[0]
    with store.change(session.id, "plus") as tx:
        tx.update(replace(item, planned_seconds=1260))
    with store.change(session.id, "capture") as tx:
        note = tx.insert(
            Contribution(
                id=0, session_id=session.id, kind=Kind.NOTE, text="x", created_at=clock.now()
            )
        )
    assert store.undo(session.id) == "capture"
    assert store.get(Contribution, note.id) is None
    assert store.undo(session.id) == "plus"
    assert store.items(session.id)[0].planned_seconds == 1200
    assert store.undo(session.id) is None  # the import is not undoable
    assert store.redo(session.id) == "plus"
    assert store.redo(session.id) == "capture"
    assert store.get(Contribution, note.id) == note
    assert store.redo(session.id) is None
    # a new change after an undo clears what could be redone
    store.undo(session.id)
    with store.change(session.id, "minus") as tx:
        tx.update(replace(store.items(session.id)[0], planned_seconds=1140))
    assert not store.can_redo(session.id)


def test_failed_operation_leaves_nothing(store: Store) -> None:
    session = import_plan(store, make_plan()).session
    item = store.items(session.id)[0]
    with pytest.raises(RuntimeError), store.change(session.id, "half") as tx:
        tx.update(replace(item, planned_seconds=1))
        raise RuntimeError("boom")
    assert store.items(session.id)[0].planned_seconds == 1200
    assert not store.can_undo(session.id)


def _create_v1(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO sessions (slug, title, starts_at) VALUES ('oud', 'Oude sessie', "
        "'2020-10-06T12:00:00+00:00')"
    )
    conn.execute(
        'INSERT INTO cards (session_id, "column", title, position, created_at) '
        "VALUES (1, 'barrier', 'Te weinig stageplaatsen', 1, '2020-10-06T12:05:00+00:00')"
    )
    conn.execute("COMMIT")
    conn.close()


def test_migrates_an_older_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _create_v1(path)
    store = Store(path)
    session = store.session_by_slug("oud")
    assert session is not None
    cards = store.cards(session.id)
    assert [c.title for c in cards] == ["Te weinig stageplaatsen"]
    assert cards[0].parked is False
    version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION
    store.close()


def test_refuses_a_newer_schema_without_touching_it(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.key == "too_new"
    assert str(path) in info.value.message("en")
    assert "nieuwere versie" in info.value.message("nl")
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.key == "not_a_database"
    assert str(path) in str(info.value)


def test_missing_database_when_it_must_exist(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "none.db", must_exist=True)
    assert info.value.key == "missing_db"


def test_unwritable_location(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as info:
        Store(blocker / "sub" / "f.db")
    assert info.value.key == "cannot_open"
    assert str(blocker / "sub" / "f.db") in str(info.value)


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    store = Store(path, busy_timeout_ms=50)
    session = import_plan(store, make_plan()).session
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as info, store.change(session.id, "x") as tx:
            tx.update(replace(store.items(session.id)[0], planned_seconds=60))
        assert info.value.key == "locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    # nothing was half-written and the store still works
    assert store.items(session.id)[0].planned_seconds == 1200
    with store.change(session.id, "x") as tx:
        tx.update(replace(store.items(session.id)[0], planned_seconds=60))
    assert store.items(session.id)[0].planned_seconds == 60
    store.close()


def test_commit_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "kill.db"
    child = textwrap.dedent(
        f"""
        import sys, time
        from datetime import UTC, datetime
        from facilitator.domain.model import Contribution, Kind
        from facilitator.store import Store
        from facilitator.store.importer import import_plan
        from tests.helpers import make_plan
        store = Store({str(path)!r})
        session = import_plan(store, make_plan()).session
        with store.change(session.id, "capture") as tx:
            tx.insert(Contribution(id=0, session_id=session.id, kind=Kind.BARRIER,
                      text="bewaard", created_at=datetime.now(UTC)))
        print("saved", flush=True)
        time.sleep(60)
        """
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", child], stdout=subprocess.PIPE, cwd=root, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "saved"
    proc.kill()
    proc.wait()
    store = Store(path)
    session = store.session_by_slug("proef")
    assert session is not None
    assert [c.text for c in store.contributions(session.id)] == ["bewaard"]
    store.close()


def test_contribution_count_follows_inserts_deletes_and_undo(
    store: Store, clock: FakeClock
) -> None:
    session = import_plan(store, make_plan()).session
    other = import_plan(store, make_plan(slug="ander")).session
    for n in range(3):
        with store.change(session.id, "capture") as tx:
            tx.insert(
                Contribution(
                    id=0, session_id=session.id, kind=Kind.NOTE, text=str(n), created_at=clock.now()
                )
            )
    assert store.contribution_count(session.id) == 3
    assert store.contribution_count(other.id) == 0
    store.undo(session.id)
    assert store.contribution_count(session.id) == 2
    store.redo(session.id)
    assert store.contribution_count(session.id) == 3


def test_migration_counts_existing_contributions(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _create_v1(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO contributions (session_id, kind, text, created_at) "
        "VALUES (1, 'note', 'oud', '2020-10-06T12:00:00+00:00')"
    )
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.contribution_count(1) == 1
    store.close()


def test_lone_surrogates_are_stored_not_crashed_on(store: Store, clock: FakeClock) -> None:
    session = import_plan(store, make_plan()).session
    with store.change(session.id, "capture") as tx:
        saved = tx.insert(
            Contribution(
                id=0,
                session_id=session.id,
                kind=Kind.NOTE,
                text="a\ud800b 🎉",
                created_at=clock.now(),
            )
        )
    found = store.get(Contribution, saved.id)
    assert found is not None and found.text == "a\ufffdb 🎉"


def test_full_disk_gives_a_clear_error_and_loses_nothing(store: Store, clock: FakeClock) -> None:
    session = import_plan(store, make_plan()).session
    with store.change(session.id, "capture") as tx:
        tx.insert(
            Contribution(
                id=0, session_id=session.id, kind=Kind.NOTE, text="eerste", created_at=clock.now()
            )
        )
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"
    with pytest.raises(StoreError) as info, store.change(session.id, "capture") as tx:
        tx.insert(
            Contribution(
                id=0,
                session_id=session.id,
                kind=Kind.NOTE,
                text="x" * 100_000,
                created_at=clock.now(),
            )
        )
    assert info.value.key == "disk_full"
    assert "full" in info.value.message("en") and "vol" in info.value.message("nl")
    assert [c.text for c in store.contributions(session.id)] == ["eerste"]
    assert store.contribution_count(session.id) == 1


def _note(store: Store, session_id: int, text: str) -> None:
    with store.change(session_id, "capture") as tx:
        tx.insert(
            Contribution(
                id=0,
                session_id=session_id,
                kind=Kind.NOTE,
                text=text,
                created_at=store.clock.now(),
            )
        )


def test_a_database_deleted_while_running_is_not_written_to(tmp_path: Path) -> None:
    path = tmp_path / "weg.db"
    store = Store(path)
    session = import_plan(store, make_plan()).session
    _note(store, session.id, "bewaard")
    path.unlink()
    with pytest.raises(StoreError) as info:
        _note(store, session.id, "na het verwijderen")
    assert info.value.key == "gone"
    assert str(path) in info.value.message("en")
    assert "deleted or moved" in info.value.message("en")
    assert "verwijderd of verplaatst" in info.value.message("nl")
    with pytest.raises(StoreError):
        store.undo(session.id)
    assert not path.exists()  # no new, empty database appeared in its place
    store.close()


def test_a_database_replaced_while_running_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "vergadering.db"
    store = Store(path)
    session = import_plan(store, make_plan()).session
    other = tmp_path / "ander.db"
    Store(other).close()
    other.replace(path)  # e.g. a backup copied back over it
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        _note(store, session.id, "x")
    assert info.value.key == "gone"
    assert path.read_bytes() == before
    store.close()
    assert path.read_bytes() == before


def test_a_read_only_database_works_again_once_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root may write any file, so the read-only disk is a read-only SQLite connection:
    the running one refuses writes (``query_only``), and every new one is opened
    with ``mode=ro`` until the disk is "writable" again."""
    import facilitator.store.store as store_module

    path = tmp_path / "ro.db"
    store = Store(path)
    session = import_plan(store, make_plan()).session
    _note(store, session.id, "eerste")
    real_connect = store_module._connect
    read_only = True

    def connect(where: str, timeout: float) -> sqlite3.Connection:
        if not read_only:
            return real_connect(where, timeout)
        return sqlite3.connect(
            f"file:{where}?mode=ro",
            uri=True,
            timeout=timeout,
            isolation_level=None,
            check_same_thread=False,
        )

    monkeypatch.setattr(store_module, "_connect", connect)
    store.conn.execute("PRAGMA query_only = ON")
    for attempt in ("tweede", "derde"):  # the second attempt reopens, still read-only
        with pytest.raises(StoreError) as info:
            _note(store, session.id, attempt)
        assert info.value.key == "readonly"
        assert str(path) in info.value.message("en")
        assert "alleen-lezen" in info.value.message("nl")
    read_only = False
    _note(store, session.id, "vierde")  # no restart needed
    assert [c.text for c in store.contributions(session.id)] == ["eerste", "vierde"]
    assert store.undo(session.id) == "capture"
    store.close()
    again = Store(path)
    assert [c.text for c in again.contributions(session.id)] == ["eerste"]
    again.close()


def test_a_read_only_file_saves_at_once_when_made_writable(tmp_path: Path) -> None:
    """The file itself read only (chmod 444), for real: the store reads it read only and
    refuses a save in words; made writable again, the next save goes in. Before, the
    store went on saying read-only until it was opened again."""
    path = tmp_path / "ro.db"
    store = Store(path)
    session = import_plan(store, make_plan()).session
    _note(store, session.id, "eerste")
    store.close()
    path.chmod(0o444)
    child = textwrap.dedent(
        f"""
        import os
        from tests.unit.test_store import _note
        from facilitator.store import Store, StoreError
        store = Store({str(path)!r}, must_exist=True)
        print("read only", store.read_only)
        for text in ("tweede", "derde"):
            try:
                _note(store, {session.id}, text)
                print("saved", text)
            except StoreError as error:
                print(error.key, text)
            os.chmod({str(path)!r}, 0o644)
        print(*[c.text for c in store.contributions({session.id})], sep=", ")
        """
    )
    done = run_python(["-c", child], ROOT)
    assert done.stderr == ""
    assert done.stdout.splitlines() == [
        "read only True",
        "readonly tweede",
        "saved derde",
        "eerste, derde",
    ]


def test_a_database_in_a_folder_nobody_may_write_to_is_read_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stick or share SQLite cannot write to ("unable to open database file": no room
    for the -shm beside it): the database is read, nothing is made beside it, and a
    change is refused in words. Root may write anywhere, so the refusal is stood in."""
    import facilitator.store.store as store_module

    path = tmp_path / "stick.db"
    store = Store(path)
    session = import_plan(store, make_plan()).session
    _note(store, session.id, "eerste")
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stick.db"]

    def connect(where: str, timeout: float) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(store_module, "_connect", connect)
    read = Store(path, must_exist=True)
    assert read.read_only
    assert [c.text for c in read.contributions(session.id)] == ["eerste"]
    with pytest.raises(StoreError) as info:
        _note(read, session.id, "tweede")
    assert info.value.key == "readonly"
    read.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stick.db"]
    # nothing there to read: the error stays what it was
    with pytest.raises(StoreError) as missing:
        Store(tmp_path / "elders" / "nieuw.db")
    assert missing.value.key == "cannot_open"


def test_integrity_problem_names_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "kapot.db"
    store = Store(path)
    session = import_plan(store, make_plan()).session
    for n in range(300):
        _note(store, session.id, f"bijdrage {n} " * 20)
    assert store.integrity_problem() is None
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 3 * page + 2000] = b"\x55" * 2000  # scribble over a page of the log
    path.write_bytes(bytes(data))
    damaged = Store(path)
    problem = damaged.integrity_problem()
    assert problem is not None and problem.key == "damaged"
    assert str(path) in problem.message("en")
    assert "beschadigd" in problem.message("nl")
    damaged.close()


# -- undo per window ------------------------------------------------------------------------


def _said_in(store: Store, session_id: int, text: str, origin: str, clock: FakeClock) -> int:
    with store.change(session_id, "capture", origin=origin) as tx:
        said = tx.insert(
            Contribution(
                id=0, session_id=session_id, kind=Kind.NOTE, text=text, created_at=clock.now()
            )
        )
    return said.id


def test_undo_of_one_window_leaves_the_other_windows_changes(
    store: Store, clock: FakeClock
) -> None:
    session = import_plan(store, make_plan()).session
    mine = _said_in(store, session.id, "van de notulist", "notetaker", clock)
    theirs = _said_in(store, session.id, "van de voorzitter", "facilitator", clock)
    assert store.undo(session.id, origin="notetaker") == "capture"
    assert [c.id for c in store.contributions(session.id)] == [theirs]
    assert store.undo(session.id, origin="notetaker") is None  # nothing more of mine
    assert store.redo(session.id, origin="notetaker") == "capture"
    assert sorted(c.id for c in store.contributions(session.id)) == sorted([mine, theirs])


def test_undo_refuses_what_another_window_changed_since_and_moves_past_it(
    store: Store, clock: FakeClock
) -> None:
    from facilitator.domain.errors import DomainError

    session = import_plan(store, make_plan()).session
    first, item = store.items(session.id)[:2]
    _said_in(store, session.id, "eerder", "notetaker", clock)
    with store.change(session.id, "plus", origin="notetaker") as tx:
        tx.update(replace(item, planned_seconds=1260))
    with store.change(session.id, "plus", origin="facilitator") as tx:
        tx.update(replace(item, planned_seconds=1320))
    # Undoing the note-taker's +1 would also take away the facilitator's: refused, kept.
    with pytest.raises(DomainError) as refused:
        store.undo(session.id, origin="notetaker")
    assert refused.value.key == "undo.changed_since"
    assert "plus" in refused.value.message("en")
    again = store.get(type(item), item.id)
    assert again is not None and again.planned_seconds == 1320
    # The next undo takes the note-taker's change before it; the facilitator's own works.
    assert store.undo(session.id, origin="notetaker") == "capture"
    assert store.undo(session.id, origin="facilitator") == "plus"
    again = store.get(type(item), item.id)
    assert again is not None and again.planned_seconds == 1260
    assert first.id != item.id


# -- a save the operating system does not allow, told apart from a disk error -----------------


def _disk_error(store: Store) -> StoreError:
    """What a save meets when the operating system refuses the write: SQLite says only
    "disk I/O error", whatever the cause."""
    return store.error_of(sqlite3.OperationalError("disk I/O error"))


def test_a_file_whose_permissions_do_not_allow_writing_is_said_so(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said «the disk gave a read or write error», and an organiser went looking for a
    broken disk."""
    wal = Path(f"{store.path}-wal")
    monkeypatch.setattr("facilitator.store.store._may_write", lambda path: path != wal)
    error = _disk_error(store)
    dutch, english = error.message("nl"), error.message("en")
    assert dutch.startswith(f"Opslaan in {store.path} is mislukt: de rechten van {wal}")
    assert "staan schrijven niet toe" in dutch and "chmod u+w" in dutch
    assert f"the permissions of {wal} do not allow writing" in english
    assert "lees- of schrijffout" not in dutch and "read or write error" not in english


def test_a_disk_mounted_read_only_is_said_so(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    real = os.statvfs

    class ReadOnly:
        """The file system's figures as they are, and its flags saying read only."""

        def __init__(self, found: os.statvfs_result) -> None:
            for name in dir(found):
                if name.startswith("f_"):
                    setattr(self, name, getattr(found, name))
            self.f_flag = found.f_flag | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", lambda path: ReadOnly(real(path)))
    monkeypatch.setattr("facilitator.store.store._may_write", lambda _path: False)
    error = _disk_error(store)
    assert f"de schijf met {store.path} is alleen-lezen aangekoppeld" in error.message("nl")
    assert f"the disk holding {store.path} is mounted read-only" in error.message("en")
    assert "rechten" not in error.message("nl")


def test_a_disk_error_with_nothing_in_the_way_is_still_a_disk_error(store: Store) -> None:
    error = _disk_error(store)
    assert error.key == "write_failed"
    assert "(de schijf gaf een lees- of schrijffout)" in error.message("nl")


def test_a_file_protected_against_changes_is_said_so_for_real(
    store: Store, clock: FakeClock
) -> None:
    """``chattr +i``: nobody may write the file, root included (skipped where it cannot
    be set: it needs root and ext2/3/4)."""
    session = import_plan(store, make_plan()).session
    _note(store, session.id, "eerste")
    files = [store.path, Path(f"{store.path}-wal")]
    with protected(*files):
        with pytest.raises(StoreError) as info:
            _note(store, session.id, "tijdens de beveiliging")
        assert not store.may_save()
    dutch, english = info.value.message("nl"), info.value.message("en")
    assert f"{store.path} is beveiligd tegen wijzigen (chattr +i)" in dutch
    assert "'chattr -i'" in dutch and "lees- of schrijffout" not in dutch
    assert f"{store.path} is protected against changes (chattr +i)" in english
    assert store.may_save()
    _note(store, session.id, "weer")
    assert [c.text for c in store.contributions(session.id)] == ["eerste", "weer"]


SHM_PROTECTED_WHILE_OPEN = """
import shutil, subprocess, sys
from pathlib import Path
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Contribution, Kind
from facilitator.store import Store, StoreError
from facilitator.store.importer import import_plan
from tests.helpers import make_plan

store = Store(Path(sys.argv[1]), clock=FakeClock())
session = import_plan(store, make_plan()).session
shm = Path(sys.argv[1] + "-shm")
if not shm.exists() or subprocess.run(["chattr", "+i", str(shm)]).returncode != 0:
    print("no chattr")
    sys.exit(0)
try:
    with store.change(session.id, "note") as tx:
        tx.insert(
            Contribution(
                id=0,
                session_id=session.id,
                kind=Kind.NOTE,
                text="x",
                created_at=store.clock.now(),
            )
        )
    print("saved")
except StoreError as exc:
    print("refused:", exc.message("en"))
finally:
    subprocess.run(["chattr", "-i", str(shm)], check=True)
"""


def test_a_save_while_the_shared_memory_file_is_protected_is_refused_not_a_crash(
    tmp_path: Path,
) -> None:
    """``chattr +i`` on the ``-shm`` of an open database: SQLite's mapping of that file,
    met in the middle of a write, ended the process with a bus error and the line typed
    was gone. The save is refused before SQLite is asked, in words."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available here")
    script = tmp_path / "shm.py"
    script.write_text(SHM_PROTECTED_WHILE_OPEN, encoding="utf-8")
    done = run_python([str(script), str(tmp_path / "s.db")], tmp_path)
    if done.stdout.strip() == "no chattr":
        pytest.skip("chattr +i is not available here (needs root and ext2/3/4)")
    assert done.returncode == 0, done.stderr
    assert "refused:" in done.stdout
    assert "s.db-shm is protected against changes (chattr +i)" in done.stdout
