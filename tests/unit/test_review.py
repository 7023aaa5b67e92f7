"""The organiser's review of the synthesis: saved in the database, followed by the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.domain.errors import DomainError
from facilitator.service.review import ReviewService
from facilitator.store import Store
from facilitator.synthesis.command import make_synthesis, render
from facilitator.synthesis.model import Synthesis, Theme
from facilitator.synthesis.wrapup import chosen_themes
from tests.regional import B, Raised, Table, regional_plans


def test_rename_and_priority_are_saved_and_followed(regions: Store) -> None:
    review = ReviewService(regions, lang="nl")
    before = review.synthesis()
    third = before.theme(3)
    after = review.rename(before, 3, "  Vervoer   naar de stage ")
    assert after.theme(3).title == "Vervoer naar de stage"
    after = review.priority(after, 3)
    # a priority theme comes first, in the report and in a new synthesis from the database
    again = make_synthesis(regions, lang="nl")
    assert again.theme(1).title == "Vervoer naar de stage" and again.theme(1).priority
    assert [c.key for c in again.theme(1).cards] == [c.key for c in third.cards]
    assert "### 1\\. Vervoer naar de stage ★ prioriteit" in render(again, "md")
    assert chosen_themes(again) == (again.theme(1),)  # the wrap-up takes the priority themes
    # every other theme is as proposed
    assert [t.title for t in again.themes[1:]] == [t.title for t in before.themes if t.number != 3]


def test_move_split_and_merge(regions: Store) -> None:
    review = ReviewService(regions, lang="nl")
    s = review.synthesis()
    card = s.theme(1).cards[0]
    moved = review.move(s, card.key, 2)

    def holder(synthesis: Synthesis, key: str) -> set[str]:
        found = next(t for t in synthesis.themes if key in {c.key for c in t.cards})
        return {c.key for c in found.cards}

    assert holder(moved, card.key) == {c.key for c in s.theme(2).cards} | {card.key}
    assert holder(moved, s.theme(1).cards[1].key) == {c.key for c in s.theme(1).cards[1:]}
    split = review.split(moved, card.key)
    assert holder(split, card.key) == {card.key}
    first, second = split.theme(1), split.theme(2)
    merged = review.merge(split, 2, 1)
    keys = {c.key for c in first.cards} | {c.key for c in second.cards}
    assert any({c.key for c in t.cards} == keys for t in merged.themes)
    assert len(merged.themes) == len(split.themes) - 1
    # saved: a new synthesis from the database is the same
    assert make_synthesis(regions, lang="nl").themes == merged.themes
    assert review.reset().themes == s.themes


def test_no_such_theme(regions: Store) -> None:
    review = ReviewService(regions, lang="en")
    with pytest.raises(DomainError) as refused:
        review.priority(review.synthesis(), 99)
    assert refused.value.message("en") == "There is no theme 99."
    assert refused.value.message("nl") == "Er is geen thema 99."


def test_a_change_to_themes_another_window_changed_since_is_refused(
    regions: Store, tmp_path: Path
) -> None:
    # two windows, each with its own connection to the database
    other = Store(tmp_path / "regions.db")
    here, there = ReviewService(regions, lang="nl"), ReviewService(other, lang="nl")
    seen_here, seen_there = here.synthesis(), there.synthesis()
    version = here.version()
    card = seen_there.theme(1).cards[0].key
    moved = there.move(seen_there, card, 2)
    assert here.version() != version  # the other window saved: time to look again
    # applied to what this window saw, a merge would put the moved card back: refused
    with pytest.raises(DomainError) as info:
        here.merge(seen_here, 3, 4)
    assert info.value.key == "review.changed"
    assert make_synthesis(regions, lang="nl").themes == moved.themes
    # from the themes as they are now it goes through, and keeps the other's move
    now = here.synthesis()
    merged = here.merge(now, 3, 4)

    def mates(synthesis: Synthesis) -> set[str]:
        return next(
            {c.key for c in t.cards} for t in synthesis.themes if card in {c.key for c in t.cards}
        )

    assert mates(moved) - {card}  # it joined others
    assert mates(moved) <= mates(merged)
    other.close()


def test_another_window_cannot_save_between_the_check_and_the_save(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The check that the themes are as shown and the save are one transaction: a window
    # saving in between (here: right after the check) waits for it, and its own change,
    # made on themes that are no longer as it saw them, is then refused, not lost.
    from facilitator.store import StoreError

    other = Store(tmp_path / "regions.db", busy_timeout_ms=50)
    here, there = ReviewService(regions, lang="nl"), ReviewService(other, lang="nl")
    seen_here, seen_there = here.synthesis(), there.synthesis()
    card = seen_there.theme(1).cards[0].key
    attempts: list[str] = []
    checked = ReviewService._as_shown

    def then_the_other_saves(service: ReviewService, shown: Synthesis) -> None:
        checked(service, shown)
        if service is here:
            try:
                there.move(seen_there, card, 2)
            except StoreError as exc:
                attempts.append(exc.key)
            else:
                attempts.append("saved")

    monkeypatch.setattr(ReviewService, "_as_shown", then_the_other_saves)
    renamed = here.rename(seen_here, 1, "Stages en leerbedrijven")
    assert attempts == ["locked"]
    assert make_synthesis(regions, lang="nl").themes == renamed.themes
    monkeypatch.undo()
    with pytest.raises(DomainError) as info:
        there.move(seen_there, card, 2)
    assert info.value.key == "review.changed"
    other.close()


def test_a_card_split_off_leaves_the_theme_its_title(regions: Store) -> None:
    review = ReviewService(regions, lang="nl")
    s = review.synthesis()
    theme = next(t for t in s.themes if t.title == "Flexwerkers en zzp'ers")
    assert len(theme.cards) > 2
    split = review.split(s, theme.cards[-1].key)
    kept = next(t for t in split.themes if theme.cards[0].key in {c.key for c in t.cards})
    alone = next(t for t in split.themes if theme.cards[-1].key in {c.key for c in t.cards})
    assert kept.title == "Flexwerkers en zzp'ers"
    assert alone.title != kept.title and len(alone.cards) == 1


def test_undo_takes_back_this_window_s_changes_one_by_one(regions: Store) -> None:
    review = ReviewService(regions, lang="nl")
    proposed = review.synthesis()
    assert not review.can_undo
    renamed = review.rename(proposed, 2, "Vervoer")
    card = renamed.theme(1).cards[0].key
    moved = review.move(renamed, card, 3)
    marked = review.priority(moved, 4)
    assert marked.themes != moved.themes
    assert review.undo().themes == moved.themes
    assert make_synthesis(regions, lang="nl").themes == moved.themes  # saved, not only shown
    assert review.undo().themes == renamed.themes
    assert review.undo().themes == proposed.themes
    assert regions.review() == ({}, {})  # back to no choices at all
    assert not review.can_undo
    with pytest.raises(DomainError) as nothing:
        review.undo()
    assert nothing.value.key == "review.nothing_to_undo"
    assert nothing.value.message("en") == "There is nothing (left) to undo in this window."
    assert nothing.value.message("nl") == "Er is in dit venster niets (meer) ongedaan te maken."


def test_a_change_that_changed_nothing_is_not_one_to_undo(regions: Store) -> None:
    review = ReviewService(regions, lang="nl")
    proposed = review.synthesis()
    renamed = review.rename(proposed, 1, "Stages")
    assert review.rename(renamed, 1, "Stages").themes == renamed.themes  # the same title
    assert review.undo().themes == proposed.themes
    assert not review.can_undo


def test_undo_does_not_take_another_window_s_change_with_it(regions: Store) -> None:
    other = Store(regions.path)
    here, there = ReviewService(regions, lang="nl"), ReviewService(other, lang="nl")
    mine = here.rename(here.synthesis(), 1, "Mijn titel")
    theirs = there.rename(there.synthesis(), 2, "Hun titel")
    with pytest.raises(DomainError) as refused:
        here.undo()
    assert refused.value.key == "review.undo_changed"
    assert "another window" in refused.value.message("en")
    now = make_synthesis(regions, lang="nl")
    assert now.themes == theirs.themes  # both titles stay
    assert {"Mijn titel", "Hun titel"} <= {t.title for t in now.themes}
    # the other window takes its change back: this one's can be undone again
    assert there.undo().themes == mine.themes
    assert here.undo().themes == ReviewService(regions, lang="nl").synthesis().themes
    assert "Mijn titel" not in {t.title for t in make_synthesis(regions, lang="nl").themes}
    other.close()


def test_a_title_longer_than_a_heading_should_be_is_refused(regions: Store) -> None:
    from facilitator.service.review import MAX_THEME_TITLE

    review = ReviewService(regions, lang="nl")
    shown = review.synthesis()
    pasted = "Stage " * 40
    with pytest.raises(DomainError) as refused:
        review.rename(shown, 1, pasted)
    assert refused.value.key == "review.title_too_long"
    length = len(pasted.strip())
    assert refused.value.message("en") == (
        f"That title has {length} characters; a theme has at most {MAX_THEME_TITLE}. "
        "Nothing was changed."
    )
    assert regions.review() == ({}, {})
    exact = "x" * MAX_THEME_TITLE
    assert review.rename(shown, 1, exact).themes[0].title == exact


def test_a_change_that_would_do_nothing_says_why(regions: Store) -> None:
    review = ReviewService(regions, lang="nl")
    shown = review.synthesis()
    with pytest.raises(DomainError) as itself:
        review.merge(shown, 1, 1)
    assert itself.value.key == "review.merge_itself"
    assert itself.value.message("nl") == (
        "Thema 1 kan niet met zichzelf worden samengevoegd: kies het nummer van een ander "
        "thema. Er is niets veranderd."
    )
    assert itself.value.message("en") == (
        "Theme 1 cannot be merged into itself: choose another theme's number. Nothing was changed."
    )
    single = next(t for t in shown.themes if len(t.cards) == 1)
    with pytest.raises(DomainError) as alone:
        review.split(shown, single.cards[0].key)
    assert alone.value.key == "review.split_alone"
    assert alone.value.message("nl", {"review.move": "m", "review.merge": "j"}) == (
        f"Deze kaart is al de enige van thema {single.number}: afsplitsen verandert niets. "
        "Met m zet u haar in een ander thema, met j voegt u het thema samen met een ander."
    )
    assert alone.value.message("en", {"review.move": "m", "review.merge": "j"}) == (
        f"This card is already the only one of theme {single.number}: splitting it off changes "
        "nothing. m moves it to another theme, j merges the theme into another."
    )
    card = shown.theme(1).cards[0]
    with pytest.raises(DomainError) as there:
        review.move(shown, card.key, 1)
    assert there.value.key == "review.move_same"
    assert there.value.message("en") == (
        "That card is in theme 1 already: choose another theme's number. Nothing was changed."
    )
    assert there.value.message("nl") == (
        "Die kaart staat al in thema 1: kies het nummer van een ander thema. Er is niets veranderd."
    )
    assert regions.review() == ({}, {})  # nothing saved
    assert not review.can_undo


def _later_twente(store: Store) -> list[str]:
    """A later Twente table, closed, with a placement card and a flexwork card among others;
    the keys of its cards."""
    from dataclasses import replace
    from datetime import timedelta

    from facilitator.domain.clock import FakeClock
    from tests.regional import _Meeting

    plan = regional_plans()[0]
    later = replace(
        plan,
        slug="twente-2021-01",
        starts_at=plan.starts_at + timedelta(days=90),
        ends_at=plan.ends_at + timedelta(days=90) if plan.ends_at else None,
    )
    table = Table(
        (
            Raised("stage", B, "Te weinig bbl-plekken bij leerbedrijven in de zorg",
                   "onderwijs", 2, ("stage",)),
            Raised("flex", B, "Uitzendkrachten en oproepkrachten krijgen geen opleiding",
                   "uwv", 1, ("flex",)),
        )
    )  # fmt: skip
    clock = FakeClock(later.starts_at - timedelta(hours=1))
    sid = _Meeting(store, clock, later).run(table, 4)
    return [f"twente-2021-01#{c.id}" for c in store.cards(sid) if c.column == B]


def _mates(synthesis: Synthesis, key: str) -> tuple[str, set[str]]:
    """The title of the theme holding the card ``key`` and its other cards."""
    theme = next(t for t in synthesis.themes if key in {c.key for c in t.cards})
    return theme.title, {c.key for c in theme.cards} - {key}


def test_cards_of_a_table_added_after_the_review_join_the_themes_they_are_proposed_for(
    regions: Store,
) -> None:
    review = ReviewService(regions, lang="nl")
    shown = review.synthesis()
    review.rename(shown, 5, "Eén loket")  # every theme pinned, as reviewed
    assert regions.review()[0]
    new = _later_twente(regions)
    # without the review: the cards grouped as proposed
    saved = regions.review()
    regions.save_review({}, {})
    proposed = make_synthesis(regions, lang="nl")
    regions.save_review(*saved)
    reviewed = make_synthesis(regions, lang="nl")
    titles = {}
    for key in new:
        title, mates = _mates(proposed, key)
        assert mates, title  # proposed to join cards of the other tables
        now, with_review = _mates(reviewed, key)
        assert mates <= with_review, (title, now)
        titles[key] = now
    assert sorted(titles.values()) == ["Flexwerkers en zzp'ers", "Stage- en leerwerkplekken"]
    # and no theme of their own
    assert len(reviewed.themes) == len(shown.themes)


def _holding(synthesis: Synthesis, key: str) -> Theme:
    return next(t for t in synthesis.themes if key in {c.key for c in t.cards})


def test_cards_moved_in_by_hand_leave_the_theme_its_title_and_its_why(regions: Store) -> None:
    review = ReviewService(regions, lang="nl")
    s = review.synthesis()
    loket = next(t for t in s.themes if t.title == "Loket en loopbaanadvies")
    flex = next(t for t in s.themes if t.title == "Flexwerkers en zzp'ers")
    assert "#loopbaan" in render(s, "md") and len(flex.cards) == 3
    for card in flex.cards[:2]:
        s = review.move(s, card.key, _holding(s, loket.cards[0].key).number)
    theme = _holding(s, loket.cards[0].key)
    assert len(theme.cards) == 4
    # the organiser never renamed it: it keeps its title, which the moved cards do not change
    assert theme.title == "Loket en loopbaanadvies"
    assert [c.key for c in theme.cards if c.by_hand] == [c.key for c in flex.cards[:2]]
    assert not any(c.by_hand for c in loket.cards)
    # why: what the cards the grouping put there share, and which were placed by hand
    assert theme.why == loket.why
    text = render(s, "md")
    section = text.split("### ")[[t.title for t in s.themes].index(theme.title) + 1]
    why = next(line for line in section.splitlines() if line.startswith("**Waarom samen:**"))
    assert "#flex" not in why and "Flexwerkers" not in why.split("met de hand")[0]
    assert why.endswith(
        "; met de hand toegevoegd: “Flexwerkers krijgen geen scholing van hun werkgever” "
        "(Twente), “Zzp'ers vallen buiten alle ontwikkelregelingen” (Regio Zwolle)  "
    ), why
    english = render(make_synthesis(regions, lang="en"), "md")
    assert "; placed here by hand: “Flexwerkers krijgen geen scholing" in english
    html = render(s, "html")
    assert "met de hand toegevoegd: “Flexwerkers krijgen" in html
    data = json.loads(render(s, "json"))
    cards = next(t for t in data["themes"] if t["title"] == "Loket en loopbaanadvies")["cards"]
    assert [c["by_hand"] for c in cards] == [False, False, True, True]
    # the last card of the flex theme stays where the grouping put it
    assert not _holding(s, flex.cards[2].key).cards[0].by_hand
    # a theme merged in is placed by hand as well; undo takes the marks back with the move
    merged = review.merge(s, _holding(s, flex.cards[2].key).number, theme.number)
    assert _holding(merged, flex.cards[2].key).title == "Loket en loopbaanadvies"
    assert [c.by_hand for c in _holding(merged, flex.cards[2].key).cards].count(True) == 3
    back = review.undo()
    assert back.themes == s.themes
    # a card split off is its theme's own again
    split = review.split(back, flex.cards[0].key)
    assert not _holding(split, flex.cards[0].key).cards[0].by_hand


def _section(text: str, title: str) -> str:
    """The part of the Markdown report under the theme heading ending in ``title``."""
    start = next(
        n for n, line in enumerate(text.splitlines()) if line.startswith("### ") and title in line
    )
    lines = text.splitlines()[start + 1 :]
    end = next((n for n, line in enumerate(lines) if line.startswith("#")), len(lines))
    return "\n".join(lines[:end])


def test_the_intro_says_priority_themes_come_first_when_one_is_marked(regions: Store) -> None:
    review = ReviewService(regions, lang="nl")
    s = review.synthesis()
    loket = next(t for t in s.themes if t.title == "Loket en loopbaanadvies")
    assert loket.regions == ("Regio Zwolle",)
    before = render(s, "md")
    assert "Eerst de thema's die in meer dan één regio terugkwamen;" in before
    assert "prioriteit (★)" not in before
    s = review.priority(s, loket.number)
    assert s.theme(1).title == "Loket en loopbaanadvies"  # one region, and first
    text = render(s, "md")
    assert (
        "Eerst de thema's met prioriteit (★), dan die in meer dan één regio terugkwamen;"
        in " ".join(text.split())
    )
    english = " ".join(render(make_synthesis(regions, lang="en"), "md").split())
    assert "Priority themes (★) come first, then those raised in more than one region;" in english
    assert "Themes raised in more than one region come first" not in english


def test_a_priority_theme_of_one_card_has_no_why_line(regions: Store) -> None:
    review = ReviewService(regions, lang="nl")
    s = review.synthesis()
    single = next(t for t in s.themes if t.single)
    s = review.priority(s, single.number)
    theme = s.theme(1)
    assert len(theme.cards) == 1 and theme.priority
    for lang, why in (("nl", "Waarom samen"), ("en", "Why together")):
        text = render(make_synthesis(regions, lang=lang), "md")
        section = _section(text, "★")
        assert why not in section and "—" not in section, section
        assert f"**{why}:**" in text  # the themes of several cards still say why
    html = render(s, "html")
    assert "Waarom samen:</strong> —" not in html


def test_a_card_placed_by_hand_leaves_the_regions_in_the_order_of_the_sessions(
    regions: Store,
) -> None:
    review = ReviewService(regions, lang="nl")
    s = review.synthesis()
    assert s.regions == ("Twente", "Regio Zwolle", "Stedendriehoek")
    diplomas = next(t for t in s.themes if t.title.startswith("Diploma-eisen"))
    assert diplomas.regions == ("Twente", "Stedendriehoek")
    zwolle = next(c for c in s.theme(1).cards if c.region == "Regio Zwolle")
    s = review.move(s, zwolle.key, diplomas.number)
    theme = _holding(s, zwolle.key)
    assert theme.regions == ("Twente", "Regio Zwolle", "Stedendriehoek")
    text = render(s, "md")
    assert "**Regio's:** Twente, Regio Zwolle, Stedendriehoek" in _section(text, "Diploma-eisen")
    assert "Twente, Stedendriehoek, Regio Zwolle" not in text
