"""The database schema, its version and the forward migrations.

The schema version lives in SQLite's ``PRAGMA user_version``. :func:`migrate`
takes the write lock (``BEGIN IMMEDIATE``) *before* it reads that version, so
several processes opening the same new or older database at once never apply
a migration twice: the first one migrates, the others find the work done. All
missing migrations run in that one transaction. A database whose version is
newer than :data:`SCHEMA_VERSION` is refused, never touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from facilitator.domain.zone import zone_named

Migration = Callable[[sqlite3.Connection], None]


def _script(conn: sqlite3.Connection, sql: str) -> None:
    # executescript() would commit the open transaction first; run statement by statement.
    # Statements end with ";" at the end of a line; trigger bodies end theirs with "END;".
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    """The first schema: sessions and everything recorded in them, plus the change log."""
    _script(
        conn,
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            region TEXT NOT NULL DEFAULT '',
            starts_at TEXT NOT NULL,
            ends_at TEXT,
            location TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'nl',
            chatham_house INTEGER NOT NULL DEFAULT 0,
            facilitator TEXT NOT NULL DEFAULT '',
            note_taker TEXT NOT NULL DEFAULT '',
            max_speech_seconds INTEGER,
            status TEXT NOT NULL DEFAULT 'planned',
            opened_at TEXT,
            closed_at TEXT,
            current_item_id INTEGER,
            sectors TEXT NOT NULL DEFAULT '[]',
            tags TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            position INTEGER NOT NULL,
            key TEXT NOT NULL,
            title TEXT NOT NULL,
            planned_seconds INTEGER NOT NULL,
            question TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'todo',
            elapsed_seconds REAL NOT NULL DEFAULT 0,
            running_since TEXT,
            first_started_at TEXT,
            removed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            position INTEGER NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            present INTEGER NOT NULL DEFAULT 1,
            removed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE queue (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            participant_id INTEGER NOT NULL REFERENCES participants(id),
            position REAL NOT NULL,
            requested_at TEXT NOT NULL,
            priority TEXT NOT NULL DEFAULT 'normal'
        );
        CREATE TABLE speeches (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            participant_id INTEGER NOT NULL REFERENCES participants(id),
            item_id INTEGER,
            started_at TEXT NOT NULL,
            ended_at TEXT
        );
        CREATE TABLE contributions (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            participant_id INTEGER,
            item_id INTEGER,
            tags TEXT NOT NULL DEFAULT '[]',
            card_id INTEGER
        );
        CREATE TABLE cards (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            "column" TEXT NOT NULL,
            title TEXT NOT NULL,
            position REAL NOT NULL,
            created_at TEXT NOT NULL,
            participant_id INTEGER,
            item_id INTEGER,
            owners TEXT NOT NULL DEFAULT '[]',
            due TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            votes INTEGER NOT NULL DEFAULT 0,
            links TEXT NOT NULL DEFAULT '[]',
            merged_into INTEGER
        );
        CREATE TABLE ops (
            id INTEGER PRIMARY KEY,
            session_id INTEGER,
            label TEXT NOT NULL,
            at TEXT NOT NULL,
            state TEXT NOT NULL,
            target_op INTEGER
        );
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            op_id INTEGER NOT NULL REFERENCES ops(id),
            tbl TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX idx_items_session ON agenda_items(session_id, position);
        CREATE INDEX idx_participants_session ON participants(session_id, position);
        CREATE INDEX idx_queue_session ON queue(session_id);
        CREATE INDEX idx_speeches_session ON speeches(session_id, started_at);
        CREATE INDEX idx_cards_session ON cards(session_id, "column", position);
        CREATE INDEX idx_ops_session ON ops(session_id, state);
        CREATE INDEX idx_changes_op ON changes(op_id);
        """,
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Parked cards (open points for the minutes) and a faster latest-contributions query."""
    conn.execute("ALTER TABLE cards ADD COLUMN parked INTEGER NOT NULL DEFAULT 0")
    conn.execute("CREATE INDEX idx_contributions_session ON contributions(session_id, id)")


def _v3(conn: sqlite3.Connection) -> None:
    """Contribution counts per session kept by triggers, so counting never scans a long log."""
    _script(
        conn,
        """
        CREATE TABLE session_counts (
            session_id INTEGER PRIMARY KEY,
            contributions INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO session_counts (session_id, contributions)
            SELECT id, (SELECT count(*) FROM contributions c WHERE c.session_id = sessions.id)
            FROM sessions;
        CREATE TRIGGER count_session AFTER INSERT ON sessions BEGIN
            INSERT OR IGNORE INTO session_counts (session_id) VALUES (new.id);
        END;
        CREATE TRIGGER count_contribution_in AFTER INSERT ON contributions BEGIN
            INSERT OR IGNORE INTO session_counts (session_id) VALUES (new.session_id);
            UPDATE session_counts SET contributions = contributions + 1
                WHERE session_id = new.session_id;
        END;
        CREATE TRIGGER count_contribution_out AFTER DELETE ON contributions BEGIN
            UPDATE session_counts SET contributions = contributions - 1
                WHERE session_id = old.session_id;
        END
        """,
    )


def _v4(conn: sqlite3.Connection) -> None:
    """A participant waits at most once per priority; ops remember which window made them.

    Duplicate queue entries (left by two processes queueing the same person at
    once) are removed, the oldest kept. The unique index is per priority: a
    point of order while also waiting for a normal turn stays allowed, as the
    speaker queue allows it. ``ops.origin`` names who made an operation (e.g.
    one window), so undo can be limited to one origin; '' for "anyone".
    """
    _script(
        conn,
        """
        DELETE FROM queue WHERE EXISTS (
            SELECT 1 FROM queue AS older
            WHERE older.session_id = queue.session_id
              AND older.participant_id = queue.participant_id
              AND older.priority = queue.priority
              AND (older.requested_at < queue.requested_at
                   OR (older.requested_at = queue.requested_at AND older.id < queue.id))
        );
        CREATE UNIQUE INDEX idx_queue_once ON queue(session_id, participant_id, priority);
        ALTER TABLE ops ADD COLUMN origin TEXT NOT NULL DEFAULT '';
        """,
    )


def _v5(conn: sqlite3.Connection) -> None:
    """Every session gets a stable unique id (``uid``), so databases can be merged.

    Existing sessions get a random one; a new session gets one from the trigger
    the moment it is inserted (``import-db`` inserts the uid it brings along).
    """
    _script(
        conn,
        """
        ALTER TABLE sessions ADD COLUMN uid TEXT;
        UPDATE sessions SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL OR uid = '';
        CREATE UNIQUE INDEX idx_sessions_uid ON sessions(uid);
        CREATE TRIGGER session_uid AFTER INSERT ON sessions
        WHEN new.uid IS NULL OR new.uid = '' BEGIN
            UPDATE sessions SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        """,
    )


def _v6(conn: sqlite3.Connection) -> None:
    """A session keeps the name of its time zone and the outside organisations that may lead.

    Until now only the planned start's UTC offset was kept (``+02:00`` for an
    October date), and every time was shown at that offset, also in winter.
    An existing session gets the first of the machine's own zone, Europe/Amsterdam
    and UTC that has that offset on that date; if none has, it keeps its fixed
    offset (``timezone`` empty).
    """
    conn.execute("ALTER TABLE sessions ADD COLUMN timezone TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE sessions ADD COLUMN organisations TEXT NOT NULL DEFAULT '[]'")
    for session_id, starts_at in conn.execute("SELECT id, starts_at FROM sessions").fetchall():
        name = zone_for_offset(starts_at)
        if name:
            conn.execute("UPDATE sessions SET timezone = ? WHERE id = ?", (name, session_id))


def zone_for_offset(stored: str) -> str:
    """The zone an old session most likely meant: one with the stored offset on that date."""
    try:
        moment = datetime.fromisoformat(stored)
    except (TypeError, ValueError):
        return ""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    # Only an old database needs this: the session-file reader is not imported at every start.
    from facilitator.sessionfile import zones

    for name in (zones.machine_zone_name(), zones.DEFAULT_TIMEZONE, "UTC"):
        zone = zone_named(name or "")
        if zone is not None and zone.utcoffset(moment.replace(tzinfo=None)) == offset:
            return name or ""
    return ""


def _v7(conn: sqlite3.Connection) -> None:
    """Whether the facilitator has the check before closing open (``checking_since``), so
    every window, the wall first, can follow the room to the commitments."""
    conn.execute("ALTER TABLE sessions ADD COLUMN checking_since TEXT")


def _v8(conn: sqlite3.Connection) -> None:
    """A session may name nobody in anonymous minutes, not even who leads an action."""
    conn.execute("ALTER TABLE sessions ADD COLUMN anonymous_leads INTEGER NOT NULL DEFAULT 0")


def _v9(conn: sqlite3.Connection) -> None:
    """An action's status (open, done, dropped), and where a card taken over from another
    session came from (carry-forward, a wrap-up's seeded board)."""
    _script(
        conn,
        """
        ALTER TABLE cards ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
        ALTER TABLE cards ADD COLUMN from_session TEXT NOT NULL DEFAULT '';
        ALTER TABLE cards ADD COLUMN from_region TEXT NOT NULL DEFAULT '';
        ALTER TABLE cards ADD COLUMN from_number INTEGER;
        """,
    )


def _v10(conn: sqlite3.Connection) -> None:
    """The organiser's review of the synthesis' themes: which theme each card is in
    (a card by session slug and card id), and each theme's title and priority."""
    _script(
        conn,
        """
        CREATE TABLE review_cards (
            card TEXT PRIMARY KEY,
            theme TEXT NOT NULL
        );
        CREATE TABLE review_themes (
            theme TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            priority INTEGER NOT NULL DEFAULT 0
        );
        """,
    )


def _v11(conn: sqlite3.Connection) -> None:
    """Participants added in the room: walk-ins (``added``) and stand-ins for an invitee
    (``stands_in_for``, the invitee's id). A new import of the session file leaves them be."""
    conn.execute("ALTER TABLE participants ADD COLUMN added INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE participants ADD COLUMN stands_in_for INTEGER")


def _v12(conn: sqlite3.Connection) -> None:
    """Agenda items changed during the session: ``live`` says how (added, changed, dropped),
    ``was`` what the plan said before (JSON: title, question, planned_seconds). A new import
    of the session file leaves such items, and then the order of the agenda, as they are."""
    conn.execute("ALTER TABLE agenda_items ADD COLUMN live TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE agenda_items ADD COLUMN was TEXT NOT NULL DEFAULT '{}'")


def _v13(conn: sqlite3.Connection) -> None:
    """Every card keeps its number in its column (``B3`` stays ``B3`` when cards move).

    Existing cards are numbered as the board shows them now: per session and
    column the cards not merged away in board order, then the merged ones.
    """
    conn.execute("ALTER TABLE cards ADD COLUMN number INTEGER NOT NULL DEFAULT 0")
    rows = conn.execute(
        'SELECT id, session_id, "column" FROM cards '
        'ORDER BY session_id, "column", merged_into IS NOT NULL, position, id'
    ).fetchall()
    counts: dict[tuple[int, str], int] = {}
    for card_id, session_id, column in rows:
        number = counts[(session_id, column)] = counts.get((session_id, column), 0) + 1
        conn.execute("UPDATE cards SET number = ? WHERE id = ?", (number, card_id))


def _v14(conn: sqlite3.Connection) -> None:
    """A card's number is never given again in its column, not even after the card is
    deleted: ``card_numbers`` keeps the highest number each column of a session has given,
    kept up by a trigger whichever process inserts. Filled from the cards there are and
    the deleted ones in the change log."""
    _script(
        conn,
        """
        CREATE TABLE card_numbers (
            session_id INTEGER NOT NULL,
            "column" TEXT NOT NULL,
            last INTEGER NOT NULL,
            PRIMARY KEY (session_id, "column")
        );
        INSERT INTO card_numbers (session_id, "column", last)
            SELECT session_id, "column", max(number) FROM (
                SELECT session_id, "column", number FROM cards
                UNION ALL
                SELECT json_extract(before, '$.session_id'), json_extract(before, '$.column'),
                       json_extract(before, '$.number')
                FROM changes
                WHERE tbl = 'cards' AND action = 'delete' AND before IS NOT NULL
            )
            WHERE session_id IS NOT NULL AND "column" IS NOT NULL AND number IS NOT NULL
            GROUP BY session_id, "column";
        CREATE TRIGGER card_numbers_given AFTER INSERT ON cards
        BEGIN
            INSERT INTO card_numbers (session_id, "column", last)
                VALUES (NEW.session_id, NEW."column", NEW.number)
                ON CONFLICT (session_id, "column") DO UPDATE SET last = max(last, excluded.last);
        END;
        """,
    )


def _v15(conn: sqlite3.Connection) -> None:
    """A session keeps the words its session file's ``[thesaurus]`` adds to the synthesis
    (JSON: concept -> words, concepts sorted), so every synthesis of the session uses them,
    not only one that names the file. An existing session has none (``{}``) until its file
    is imported again."""
    conn.execute("ALTER TABLE sessions ADD COLUMN thesaurus TEXT NOT NULL DEFAULT '{}'")


def _v16(conn: sqlite3.Connection) -> None:
    """New rows take an id above every id the change log names (``Tx.insert_row``): the
    change log is looked up by table and row, at every insert."""
    conn.execute("CREATE INDEX idx_changes_row ON changes(tbl, row_id)")


def _v17(conn: sqlite3.Connection) -> None:
    """The organiser's review marks the cards placed in their theme by hand (moved there, or
    merged in with their theme): they do not make the theme's title nor its *why*. A review
    saved before has none marked."""
    conn.execute("ALTER TABLE review_cards ADD COLUMN by_hand INTEGER NOT NULL DEFAULT 0")


def _v18(conn: sqlite3.Connection) -> None:
    """A session moved here with its whole JSON record brings no change log, but the record
    names each operation of it, as ``import-db`` knows an operation in every database
    (``facilitator.store.oplog``): kept here, one row each, so that merging the database it
    came from knows those changes as here already. None for a session with its own log."""
    _script(
        conn,
        """
        CREATE TABLE moved_ops (
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            print TEXT NOT NULL
        );
        CREATE INDEX idx_moved_ops_session ON moved_ops(session_id);
        """,
    )


def _v19(conn: sqlite3.Connection) -> None:
    """The line a window is typing and has not saved yet (a draft), one row per window
    (``window``: its origin), with the process and the computer it runs on, so that a
    window that ended without saving it (killed, the battery dead) leaves it to the next
    start. No meeting content: not in the change log, the exports nor ``import-db``."""
    _script(
        conn,
        """
        CREATE TABLE drafts (
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            window TEXT NOT NULL,
            pid INTEGER NOT NULL,
            host TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            participant_id INTEGER,
            item_id INTEGER,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (session_id, window)
        );
        """,
    )


def _v20(conn: sqlite3.Connection) -> None:
    """A draft keeps what tells its process from another of the same number: the
    computer's start it ran in (``boot``) and the process's own start (``started``). A
    process number is given again once its process ends, and after every restart of the
    computer. A draft kept before has neither: its process number alone is asked."""
    conn.execute("ALTER TABLE drafts ADD COLUMN boot TEXT")
    conn.execute("ALTER TABLE drafts ADD COLUMN started INTEGER")


def _v21(conn: sqlite3.Connection) -> None:
    """The session file each session was last imported from (its full path, on this
    computer), so that another file that happens to give the same slug is not taken for
    it once the meeting has started. A session imported before has none kept: the next
    import keeps it. Not in the change log, the exports nor ``import-db``."""
    _script(
        conn,
        """
        CREATE TABLE session_files (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id),
            path TEXT NOT NULL
        );
        """,
    )


MIGRATIONS: list[Migration] = [
    _v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10, _v11, _v12, _v13, _v14, _v15, _v16, _v17,
    _v18, _v19, _v20, _v21,
]  # fmt: skip
SCHEMA_VERSION = len(MIGRATIONS)


def version_of(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


OWN_TABLES = frozenset({"sessions", "agenda_items", "participants", "ops", "changes"})
"""Tables every facilitator database has had since the first version."""


def of_another_program(conn: sqlite3.Connection) -> bool:
    """Whether the database holds tables and they are not a facilitator's: no version of
    ours, or our first tables missing. An empty one (no tables) is a new database; one
    with a version above ours is a newer facilitator's (refused as such, whatever its
    tables)."""
    version = version_of(conn)
    if version > SCHEMA_VERSION:
        return False
    names = {
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    if not names:
        return False
    return version == 0 or not OWN_TABLES <= names


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to ``target``; return the version found (under the lock).

    A database already at ``target`` is left alone without taking the lock. Else
    the version is read again inside ``BEGIN IMMEDIATE`` (another process may
    have migrated meanwhile) and the missing migrations run and commit together.
    A version above ``target`` is returned untouched: refusing it is the
    caller's business.
    """
    if version_of(conn) == target:
        return target
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = version_of(conn)
        if found < target:
            for number in range(found + 1, target + 1):
                MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return found
