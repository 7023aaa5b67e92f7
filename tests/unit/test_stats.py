"""Speaking time per participant and per sector, shares, and who speaks next."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.domain import stats
from facilitator.domain.model import Participant, Priority, QueueEntry, Speech
from facilitator.domain.stats import Suggestion, Tally

T0 = datetime(2020, 10, 6, 14, 0, tzinfo=UTC)


def person(id: int, sector: str, present: bool = True, removed: bool = False) -> Participant:
    return Participant(
        id=id,
        session_id=1,
        position=id,
        key=f"p{id}",
        name=f"P{id}",
        organisation="Org",
        sector=sector,
        present=present,
        removed=removed,
    )


def speech(id: int, participant: int, item: int, start: float, seconds: float | None) -> Speech:
    begin = T0 + timedelta(seconds=start)
    end = None if seconds is None else begin + timedelta(seconds=seconds)
    return Speech(id, 1, participant, item, begin, end)


def entry(id: int, participant: int, position: float, waited_since: float) -> QueueEntry:
    return QueueEntry(id, 1, participant, position, T0 + timedelta(seconds=waited_since))


PEOPLE = [
    person(1, "onderwijs"),
    person(2, "onderwijs"),
    person(3, "gemeente"),
    person(4, "uwv"),
    person(5, "provincie", present=False),
    person(6, "bedrijfsleven", removed=True),
]
NOW = T0 + timedelta(seconds=1000)
SPEECHES = [
    speech(1, 1, item=1, start=0, seconds=120),
    speech(2, 3, item=1, start=120, seconds=60),
    speech(3, 1, item=2, start=300, seconds=30),
    speech(4, 5, item=1, start=180, seconds=40),  # left since
    speech(5, 2, item=2, start=900, seconds=None),  # still speaking: 100 s so far
]


def test_by_participant_session_and_item() -> None:
    assert stats.by_participant(SPEECHES, NOW) == {
        1: Tally(2, 150),
        3: Tally(1, 60),
        5: Tally(1, 40),
        2: Tally(1, 100),
    }
    assert stats.by_participant(SPEECHES, NOW, item_id=2) == {1: Tally(1, 30), 2: Tally(1, 100)}
    assert stats.by_participant([], NOW) == {}


def test_ongoing_speech_counts_up_to_now() -> None:
    later = NOW + timedelta(seconds=20)
    assert stats.by_participant(SPEECHES, later, item_id=2)[2] == Tally(1, 120)


def test_a_turn_across_an_item_change_is_one_turn_its_seconds_under_each_item() -> None:
    """Participant 1 had the floor from 0 to 300 s; the agenda moved from item 1 to 2 at
    120 s, so the turn is stored in two parts that meet at that moment."""
    parts = [
        speech(1, 1, item=1, start=0, seconds=120),
        speech(2, 1, item=2, start=120, seconds=180),
        speech(3, 3, item=2, start=300, seconds=60),
        speech(4, 1, item=2, start=360, seconds=30),  # a turn of its own, later
    ]
    assert [begins for _s, begins in stats.turns(parts)] == [True, False, True, True]
    assert stats.by_participant(parts, NOW) == {1: Tally(2, 330), 3: Tally(1, 60)}
    assert stats.by_participant(parts, NOW, item_id=1) == {1: Tally(1, 120)}
    on_two = stats.by_participant(parts, NOW, item_id=2)
    assert {key: t.seconds for key, t in on_two.items()} == {1: 210, 3: 60}
    assert stats.by_sector(parts, PEOPLE, NOW)["onderwijs"] == Tally(2, 330)
    assert stats.by_sector(parts, PEOPLE, NOW, item_id=1)["onderwijs"] == Tally(1, 120)
    shares = stats.sector_shares(PEOPLE, parts, 2, NOW)
    assert shares.item["onderwijs"] == pytest.approx(210 / 270)
    assert stats.turn_seconds(parts, parts[1], NOW) == 300
    assert stats.turn_seconds(parts, parts[3], NOW) == 30


def test_the_floor_given_again_to_the_last_speaker_on_the_same_item_is_a_new_turn() -> None:
    """`r` then `f` at once: the same person again, starting as their speech ended."""
    again = [speech(1, 3, item=1, start=0, seconds=60), speech(2, 3, item=1, start=60, seconds=30)]
    assert stats.by_participant(again, NOW) == {3: Tally(2, 90)}
    assert stats.turn_seconds(again, again[1], NOW) == 30


def test_a_turn_going_on_counts_from_when_the_floor_was_given() -> None:
    parts = [
        speech(1, 2, item=1, start=800, seconds=100),
        speech(2, 2, item=2, start=900, seconds=None),
    ]
    assert stats.turn_began(parts, parts[1]) == T0 + timedelta(seconds=800)
    assert stats.turn_seconds(parts, parts[1], NOW) == 200
    assert stats.by_participant(parts, NOW) == {2: Tally(1, 200)}


def test_by_sector_lists_every_present_sector() -> None:
    assert stats.by_sector(SPEECHES, PEOPLE, NOW) == {
        "onderwijs": Tally(3, 250),
        "gemeente": Tally(1, 60),
        "uwv": Tally(0, 0),
        "provincie": Tally(1, 40),  # absent now, but was heard
    }
    assert stats.by_sector(SPEECHES, PEOPLE, NOW, item_id=2) == {
        "onderwijs": Tally(2, 130),
        "gemeente": Tally(0, 0),
        "uwv": Tally(0, 0),
    }


def test_shares_and_equal_share() -> None:
    tallies = {"a": Tally(1, 30), "b": Tally(2, 90), "c": Tally()}
    assert stats.shares(tallies) == {"a": 0.25, "b": 0.75, "c": 0.0}
    assert sum(stats.shares(stats.by_sector(SPEECHES, PEOPLE, NOW)).values()) == pytest.approx(1)
    assert stats.shares({"a": Tally(), "b": Tally()}) == {"a": 0.0, "b": 0.0}
    assert stats.shares({}) == {}
    assert stats.equal_share(4) == 0.25
    assert stats.equal_share(0) == 0.0


def test_whole_numbers_add_up_to_the_whole_total() -> None:
    """Rounded each on its own, three sectors of 10.4 s showed 10 s each beside a total
    of 31 s; the second to spare goes to the largest fraction, never to a silent key."""
    assert stats.apportion({"a": 10.4, "b": 10.4, "c": 10.45, "d": 0.0}, 31) == {
        "a": 10,
        "b": 10,
        "c": 11,
        "d": 0,
    }
    # six sectors of 10.5 s: 63 s, not 66 s; ties go to the first
    assert list(stats.apportion(dict.fromkeys(range(6), 10.5), 63).values()) == [
        11, 11, 11, 10, 10, 10,
    ]  # fmt: skip
    # a tie of fractions goes to the larger value: 12.5% three times and 62.5%
    assert stats.apportion({"a": 12.5, "b": 12.5, "c": 12.5, "d": 62.5}, 100) == {
        "a": 13,
        "b": 12,
        "c": 12,
        "d": 63,
    }
    for values in ([0.2, 0.2, 0.2], [59.5, 0.5], [1e-9], [3.0, 4.0], [0.49, 0.49, 0.49, 0.49]):
        total = int(sum(values) + 0.5)
        whole = stats.apportion(dict(enumerate(values)), total)
        assert sum(whole.values()) == total, values
        assert all(abs(whole[n] - v) < 1 for n, v in enumerate(values)), values
    assert stats.apportion({}, 0) == {}


def test_whole_times_add_up_from_the_people_to_the_total() -> None:
    """Two people of one organisation speak 10.4 s each, two others 5.6 s each. Each
    person's seconds are cut to the whole second, as the console's clock shows them
    (10, 10, 5, 5), and the groups, sectors and total are their sums: 20 + 5 + 5 = 30 s.
    The percents, each rounded on its own 65% + 18% + 18% = 101%, add up to 100%."""
    tallies = {1: Tally(1, 10.4), 2: Tally(1, 10.4), 3: Tally(1, 5.6), 4: Tally(1, 5.6), 5: Tally()}
    sector = {1: "onderwijs", 2: "onderwijs", 3: "gemeente", 4: "uwv", 5: "uwv"}
    group = {1: "ROC", 2: "ROC", 3: "Gemeente", 4: "UWV", 5: "UWV"}
    whole = stats.whole_times(tallies, sector, group)
    assert whole.seconds == 30
    assert whole.sectors == {"onderwijs": (20, 65), "gemeente": (5, 18), "uwv": (5, 17)}
    assert whole.groups == {"ROC": (20, 65), "Gemeente": (5, 18), "UWV": (5, 17)}
    # the people of a group add up to it; each percent is within one of theirs
    assert whole.people == {1: (10, 33), 2: (10, 32), 3: (5, 18), 4: (5, 17), 5: (0, 0)}
    silent = stats.whole_times({1: Tally()}, {1: "onderwijs"}, {1: "ROC"})
    assert (silent.seconds, silent.sectors, silent.people) == (
        0,
        {"onderwijs": (0, 0)},
        {1: (0, 0)},
    )


def test_not_yet_spoken() -> None:
    assert stats.not_yet_spoken(PEOPLE, SPEECHES) == [4]
    assert stats.not_yet_spoken(PEOPLE, SPEECHES, item_id=2) == [3, 4]
    assert stats.not_yet_spoken(PEOPLE, SPEECHES, item_id=9) == [1, 2, 3, 4]


def test_suggest_first_time_speakers_on_item_first() -> None:
    # 1 spoke on item 2 already; 3 did not (but did on item 1)
    entries = [entry(10, 1, 1, waited_since=0), entry(11, 3, 2, waited_since=500)]
    ranked = stats.suggest_next(entries, PEOPLE, SPEECHES, item_id=2, now=NOW)
    assert ranked[0] == Suggestion(3, "first_on_item", 11)
    assert [s.entry_id for s in ranked] == [11, 10]


def test_suggest_least_heard_sector_next() -> None:
    # both new on item 3; uwv (4) never spoke, gemeente (3) spoke 60 s
    entries = [entry(10, 3, 1, waited_since=0), entry(11, 4, 2, waited_since=500)]
    ranked = stats.suggest_next(entries, PEOPLE, SPEECHES, item_id=3, now=NOW)
    assert ranked == [Suggestion(4, "least_heard_sector", 11), Suggestion(3, "first_on_item", 10)]


def test_suggest_longest_wait_breaks_the_tie() -> None:
    # 1 and 2 both spoke on item 2 and share a sector: the longer wait wins
    entries = [entry(10, 1, 1, waited_since=600), entry(11, 2, 2, waited_since=100)]
    ranked = stats.suggest_next(entries, PEOPLE, SPEECHES, item_id=2, now=NOW)
    assert ranked == [Suggestion(2, "longest_wait", 11), Suggestion(1, "longest_wait", 10)]


def test_suggest_skips_points_of_order_and_reorders_nothing() -> None:
    point = QueueEntry(12, 1, 4, 0, T0, Priority.POINT_OF_ORDER)
    entries = [entry(10, 1, 1, 0), entry(11, 4, 2, 0), point]
    ranked = stats.suggest_next(entries, PEOPLE, SPEECHES, item_id=2, now=NOW)
    assert [s.entry_id for s in ranked] == [11, 10]
    assert [e.position for e in entries] == [1, 2, 0]
    assert stats.suggest_next([], PEOPLE, SPEECHES, 2, NOW) == []


def test_suggest_full_ranking_of_three() -> None:
    entries = [
        entry(10, 1, 1, waited_since=0),  # spoke on item 1, sector heard most
        entry(11, 2, 2, waited_since=10),  # new on item 1, onderwijs (250 s)
        entry(12, 4, 3, waited_since=20),  # new on item 1, uwv (0 s)
    ]
    ranked = stats.suggest_next(entries, PEOPLE, SPEECHES, item_id=1, now=NOW)
    assert [(s.participant_id, s.reason) for s in ranked] == [
        (4, "least_heard_sector"),
        (2, "first_on_item"),
        (1, "longest_wait"),
    ]


def test_sector_shares_on_the_item_and_in_the_session() -> None:
    shares = stats.sector_shares(PEOPLE, SPEECHES, 1, NOW)
    # seat order (the absent provincie too, not the removed bedrijfsleven)
    assert shares.order == ["onderwijs", "gemeente", "uwv", "provincie"]
    assert shares.equal == pytest.approx(0.25)  # four sectors present or heard
    assert shares.item == pytest.approx(
        {"onderwijs": 120 / 220, "gemeente": 60 / 220, "uwv": 0.0, "provincie": 40 / 220}
    )
    assert shares.session["onderwijs"] == pytest.approx(250 / 350)
    assert shares.item_spoken == {"onderwijs", "gemeente", "provincie"}
    assert shares.session_spoken == {"onderwijs", "gemeente", "provincie"}


def test_a_sector_under_half_its_equal_share_is_low() -> None:
    shares = stats.sector_shares(PEOPLE, SPEECHES, 1, NOW)
    assert shares.level("uwv", on_item=True) == stats.SILENT
    assert shares.level("provincie", on_item=True) == stats.FAIR  # 18 % of 25 %
    assert shares.level("provincie", on_item=False) == stats.LOW  # 11 % of 25 %
    assert shares.level("gemeente", on_item=False) == stats.FAIR
    assert stats.share_level(0.1, 0.25, spoken=False) == stats.SILENT


def test_without_a_current_item_no_sector_has_spoken_on_it() -> None:
    shares = stats.sector_shares(PEOPLE, SPEECHES, None, NOW)
    assert shares.item_spoken == set()
    assert set(shares.item.values()) == {0.0}
    assert shares.session_spoken == {"onderwijs", "gemeente", "provincie"}


def test_seat_marks_speaking_waiting_and_not_heard_on_the_item() -> None:
    queue = [entry(1, 4, 1.0, 950)]
    marks = stats.seat_marks(PEOPLE, SPEECHES, queue, 2)
    assert marks == {2: stats.SPEAKING, 4: stats.WAITING, 3: stats.NOT_HEARD}
    # 1 spoke on item 2; 5 is absent; 6 was removed
    # without a current item: not heard in the session, as not_yet_spoken (1 and 3 spoke)
    without_item = stats.seat_marks(PEOPLE, SPEECHES, [], None)
    assert without_item == {2: stats.SPEAKING, 4: stats.NOT_HEARD}


def test_the_shares_shown_in_whole_percents_add_up_to_a_hundred() -> None:
    """Three sectors with a third each showed 33% 33% 33%; on screen beside the minutes,
    whose shares add up, the percents add up too."""
    third = 1 / 3
    shares = stats.SectorShares(
        order=["onderwijs", "gemeente", "uwv"],
        item={"onderwijs": third, "gemeente": third, "uwv": third},
        session={"onderwijs": 0.0, "gemeente": 0.0, "uwv": 0.0},
        item_spoken={"onderwijs", "gemeente", "uwv"},
        session_spoken=set(),
        equal=third,
    )
    shown = shares.percents(on_item=True)
    assert sum(shown.values()) == 100 and sorted(shown.values()) == [33, 33, 34]
    assert shares.percents(on_item=False) == {"onderwijs": 0, "gemeente": 0, "uwv": 0}


def test_the_reason_is_true_against_the_whole_queue() -> None:
    """1 (onderwijs, heard 250 s) has waited longest; 4 and 3 (uwv, heard 60 s) came
    later, 4 first: 4 goes first for the sector least heard. The wait that puts 4 ahead of
    3 is no reason: 1 waited longer than both."""
    entries = [
        entry(10, 1, 1, waited_since=843),  # waits 2:37
        entry(11, 4, 2, waited_since=952),  # waits 0:48
        entry(12, 3, 3, waited_since=954),  # waits 0:46
    ]
    people = [*PEOPLE[:2], person(3, "uwv"), PEOPLE[3]]  # 3 and 4 both uwv
    ranked = stats.suggest_next(entries, people, SPEECHES, item_id=3, now=NOW)
    assert [s.participant_id for s in ranked] == [4, 3, 1]
    assert ranked[0].reason == "least_heard_sector"
    # against those after it: 3 waited less than 1, but its sector was heard less
    assert ranked[1].reason == "least_heard_sector"


def test_the_longest_wait_is_the_reason_only_for_who_waited_longest() -> None:
    """All of one sector and new on the item: the longest wait goes first, and says so."""
    entries = [entry(10, 1, 1, waited_since=900), entry(11, 2, 2, waited_since=800)]
    ranked = stats.suggest_next(entries, PEOPLE, SPEECHES, item_id=3, now=NOW)
    assert ranked[0] == Suggestion(2, "longest_wait", 11)
