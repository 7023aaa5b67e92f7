"""The wall's picture of the room (domain.wall) and its block-letter clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from facilitator.domain.model import (
    ActionStatus,
    AgendaItem,
    Card,
    Column,
    ItemStatus,
    Owner,
    Participant,
    QueueEntry,
    Session,
    SessionStatus,
    Speech,
)
from facilitator.domain.wall import WallView, build_wall, is_last_item
from facilitator.tui.widgets.bigclock import (
    HALF_ROWS,
    ROWS,
    dots_wide,
    render_halves,
    render_lines,
    scale_for,
)

NOW = datetime(2020, 10, 6, 12, 30, tzinfo=UTC)


def session(current: int | None = 2, status: SessionStatus = SessionStatus.RUNNING) -> Session:
    return Session(
        id=1,
        slug="s",
        title="Rondetafel",
        region="Twente",
        starts_at=NOW - timedelta(minutes=30),
        status=status,
        current_item_id=current,
    )


def items() -> list[AgendaItem]:
    return [
        AgendaItem(1, 1, 1, "a", "Opening", 600, status=ItemStatus.DONE),
        AgendaItem(
            2,
            1,
            2,
            "b",
            "Stageplaatsen",
            1200,
            question="Hoe komen er genoeg plaatsen?",
            status=ItemStatus.CURRENT,
            elapsed_seconds=300,
            running_since=NOW - timedelta(minutes=5),
        ),
        AgendaItem(3, 1, 3, "c", "Afspraken", 600),
    ]


def people() -> list[Participant]:
    return [
        Participant(1, 1, 1, "p1", "Anne de Vries", "ROC", "onderwijs"),
        Participant(2, 1, 2, "p2", "Els Bos", "UWV", "uwv", present=False),
        Participant(3, 1, 3, "p3", "Karim Aziz", "Gemeente Enschede", "gemeente"),
        Participant(4, 1, 4, "p4", "Joop Mulder", "Bouwend NL", "bedrijfsleven"),
        Participant(5, 1, 5, "p5", "Fatma Yilmaz", "Stichting", "maatschappelijk"),
    ]


def queue() -> list[QueueEntry]:
    return [QueueEntry(n, 1, pid, float(n), NOW) for n, pid in enumerate([2, 4, 5, 1], start=1)]


def card(id: int, column: Column, title: str, **kw: object) -> Card:
    return Card(
        id=id,
        session_id=1,
        column=column,
        title=title,
        position=float(id),
        created_at=NOW + timedelta(seconds=id),
        **kw,  # type: ignore[arg-type]
    )


def cards() -> list[Card]:
    return [
        card(1, Column.BARRIER, "Te weinig stageplaatsen"),
        card(2, Column.BARRIER, "Reiskosten [bold]"),
        card(3, Column.OPPORTUNITY, "Leerwerkakkoord"),
        card(
            4,
            Column.ACTION,
            "Matchpunt",
            owners=[Owner("UWV", 2)],
            due=date(2020, 10, 30),
            links=[1],
        ),
        card(5, Column.ACTION, "Vervoersregeling", owners=[Owner("", 3)], due=date(2020, 10, 1)),
        card(6, Column.ACTION, "Zonder trekker"),
        card(7, Column.BARRIER, "Samengevoegd", merged_into=1),
    ]


def wall(current: int | None = 2, status: SessionStatus = SessionStatus.RUNNING) -> WallView:
    speeches = [Speech(1, 1, 3, 2, NOW - timedelta(seconds=75))]
    return build_wall(
        session(current, status),
        items(),
        people(),
        queue(),
        speeches,
        cards(),
        NOW,
        "nl",
        today=date(2020, 10, 6),
    )


def test_the_floor_counts_the_whole_turn_when_the_agenda_moved_on_during_it() -> None:
    changed = NOW - timedelta(seconds=30)
    speeches = [
        Speech(1, 1, 3, 1, NOW - timedelta(seconds=75), changed),
        Speech(2, 1, 3, 2, changed),
    ]
    view = build_wall(
        session(2, SessionStatus.RUNNING),
        items(),
        people(),
        queue(),
        speeches,
        cards(),
        NOW,
        "nl",
        today=date(2020, 10, 6),
    )
    assert view.floor is not None and view.floor.seconds == 75


def test_the_wall_shows_the_item_its_question_and_the_countdown() -> None:
    view = wall()
    assert (view.item_number, view.item_title) == (2, "Stageplaatsen")
    assert view.question == "Hoe komen er genoeg plaatsen?"
    assert view.remaining_seconds == 1200 - 600
    assert view.status == "ok"
    assert not view.commitment_view


def test_the_floor_and_the_next_three_present_people_never_an_absent_name() -> None:
    view = wall()
    assert view.floor is not None
    assert view.floor.person.name == "Karim Aziz" and view.floor.seconds == 75
    # Els Bos is first in the queue but marked absent: the wall leaves her name out.
    assert [p.name for p in view.next_up] == ["Joop Mulder", "Fatma Yilmaz", "Anne de Vries"]
    assert view.waiting == 3
    everything = repr(view)
    assert "Els Bos" not in everything


def test_the_board_counts_and_latest_cards_leave_merged_cards_out() -> None:
    view = wall()
    assert view.totals == {Column.BARRIER: 2, Column.OPPORTUNITY: 1, Column.ACTION: 3}
    assert view.latest[Column.BARRIER] == ("Reiskosten [bold]", "Te weinig stageplaatsen")


def test_commitments_name_the_lead_and_the_date_and_the_barriers_still_open() -> None:
    view = wall()
    by_label = {c.label: c for c in view.commitments}
    # An absent lead's organisation stands, not her name; a lead who is present is named.
    assert by_label["A1"].leads == ("UWV",)
    assert by_label["A2"].leads == ("Gemeente Enschede (Karim Aziz)",)
    assert by_label["A2"].overdue and not by_label["A1"].overdue
    assert by_label["A3"].leads == ()
    assert [(b.label, b.title) for b in view.unaddressed] == [("B2", "Reiskosten [bold]")]
    assert [a.label for a in view.ownerless] == ["A3"]


def test_an_action_done_or_dropped_is_late_no_more_on_the_wall() -> None:
    for status in (ActionStatus.DONE, ActionStatus.DROPPED):
        board = [replace(c, status=status) if c.id == 5 else c for c in cards()]
        view = build_wall(
            session(), items(), people(), queue(), [], board, NOW, "nl", today=date(2020, 10, 6)
        )
        late = {c.label: c.overdue for c in view.commitments}
        assert late == {"A1": False, "A2": False, "A3": False}


def test_the_wall_turns_to_the_commitments_on_the_last_item_or_when_closed() -> None:
    assert is_last_item(items(), 3) and not is_last_item(items(), 2)
    assert wall(current=3).commitment_view
    assert wall(status=SessionStatus.CLOSED).commitment_view
    assert wall(status=SessionStatus.CLOSED).status == "closed"
    checking = build_wall(session(), items(), people(), [], [], cards(), NOW, "nl", checking=True)
    assert checking.commitment_view and checking.floor is None


def test_the_clock_is_as_large_as_the_room_allows() -> None:
    text = "12:34"
    assert dots_wide(text) == 5 + 5 + 1 + 5 + 5 + 4
    scale = scale_for(text, 160, 30)
    assert scale == 3  # 25 dots × 2 × 3 = 150 columns, 7 × 3 = 21 rows
    lines = render_lines(text, scale)
    assert len(lines) == ROWS * scale
    assert {len(line) for line in lines} == {150}
    assert render_lines(text, scale_for(text, 20, 5)) == []  # too small for whole blocks
    assert render_lines("+01:05", 1)[3].startswith("███")  # the plus sign's bar


def test_under_seven_rows_the_clock_is_drawn_in_half_blocks() -> None:
    lines = render_halves("10:00")
    assert len(lines) == HALF_ROWS == 4
    assert {len(line) for line in lines} == {dots_wide("10:00")}
    one = [line[:5] for line in lines]  # the 1: its foot is the last dot row, on top
    assert one == [" ▄█  ", "  █  ", "  █  ", " ▀▀▀ "]
    assert render_halves("") == []


def test_the_commitments_list_the_open_actions_first_and_those_done_or_dropped_after() -> None:
    """A1 done and A2 dropped on the board: the wall lists A3, still open, first, then A1
    and A2 with their status, so the room reads what is still to do before what is settled.
    Before, every action stood there alike, in board order, a done one as if still open."""
    board = [
        replace(c, status={4: ActionStatus.DONE, 5: ActionStatus.DROPPED}.get(c.id, c.status))
        for c in cards()
    ]
    view = build_wall(
        session(), items(), people(), queue(), [], board, NOW, "nl", today=date(2020, 10, 6)
    )
    assert [(c.label, c.status) for c in view.commitments] == [
        ("A3", ActionStatus.OPEN),
        ("A1", ActionStatus.DONE),
        ("A2", ActionStatus.DROPPED),
    ]
