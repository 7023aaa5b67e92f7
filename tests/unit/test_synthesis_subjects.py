"""What a card reads as being about, judged by example cards (grouping/subjects.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from facilitator.synthesis.grouping import Grouper, Statement, build_thesaurus
from facilitator.synthesis.grouping.learned import COUNTS, SUBJECTS
from facilitator.synthesis.grouping.subjects import (
    PART,
    SubjectModel,
    profile_likeness,
    reading,
    top_subject,
)

ROOT = Path(__file__).resolve().parents[2]

# Two subjects, as if each had three example cards.
TOY = SubjectModel(
    {
        "imago": {"w:rolmodel": 3, "w:ouder": 2, "w:havo": 2, "w:vakmanschap": 2, "w:beeld": 3},
        "vervoer": {"w:bus": 3, "w:fiets": 2, "w:rijbewijs": 2, "w:dienst": 1, "w:vroeg": 2},
    }
)


def test_a_reading_holds_words_parts_tags_and_the_subjects_named() -> None:
    found = reading(["rolmodel"], ["rol", "model"], ["#Imago"], ["keuze"])
    assert found == {
        "w:rolmodel": 1.0,
        "p:rol": PART,
        "p:model": PART,
        "w:imago": 1.0,
        "c:keuze": 1.0,
    }
    # words of fewer than three letters say nothing
    assert reading(["ov"], ["ov"], [], []) == {}


def test_a_profile_says_which_subject_the_words_speak_for() -> None:
    profile = TOY.profile({"w:rolmodel": 1.0, "w:havo": 1.0})
    assert max(profile, key=lambda k: profile[k]) == "imago"
    assert profile["imago"] > 0.9
    assert sum(profile.values()) == pytest.approx(1.0, abs=0.05)
    assert TOY.evidence("imago", {"w:rolmodel": 1.0, "w:dienst": 1.0}) == ["rolmodel"]
    # a part of a compound, or a word on one example only, is not shown as a reason
    once = SubjectModel({"a": {"w:een": 1, "p:val": 5, "w:twee": 2}, "b": {"w:ander": 3}})
    assert once.evidence("a", {"w:een": 1.0, "p:val": PART, "w:twee": 1.0}) == ["twee"]


def test_a_text_without_known_words_has_no_profile() -> None:
    assert TOY.profile({}) == {}
    assert TOY.profile({"w:onbekend": 1.0}) == {}
    assert SubjectModel({}).profile({"w:bus": 1.0}) == {}


def test_profiles_are_compared_only_when_alike_enough() -> None:
    profiles = [{"a": 0.9, "b": 0.1}, {"a": 0.8, "b": 0.2}, {"b": 1.0}, {}]
    alike = profile_likeness(profiles, floor=0.5)
    assert set(alike) == {(0, 1)}
    assert alike[(0, 1)] == pytest.approx(
        (0.9 * 0.8 + 0.1 * 0.2) / ((0.9**2 + 0.1**2) ** 0.5 * (0.8**2 + 0.2**2) ** 0.5)
    )
    assert set(profile_likeness(profiles, floor=0.0)) == {(0, 1), (0, 2), (1, 2)}
    assert top_subject(profiles[:2]) == ("a", pytest.approx(0.85))
    assert top_subject([]) is None


def test_cards_that_share_no_word_but_read_as_about_one_subject_are_grouped() -> None:
    statements = [
        Statement("1", "Een jonge lasser als rolmodel zegt meer dan een folder"),
        Statement("2", "Ouders sturen hun kind liever naar de havo"),
        Statement("3", "Vakmanschap verdient een beter beeld"),
        Statement("4", "De eerste bus komt pas na de vroege dienst"),
    ]
    without = Grouper(subject=0.0, model=TOY).group(statements)
    assert all(len(g.keys) == 1 for g in without)
    grouped = Grouper(subject=0.6, subject_floor=0.5, model=TOY).group(statements)
    assert grouped[0].keys == ("1", "2", "3")
    # why: the subject they read as being about, with the words that said so
    assert grouped[0].why.concepts[-1][0] == "imago"
    assert set(grouped[0].why.concepts[-1][1]) >= {"rolmodel", "havo"}
    assert grouped[0].concept == "imago"
    assert [g.keys for g in grouped[1:]] == [("4",)]


def test_every_subject_of_the_examples_has_a_name_in_both_languages() -> None:
    thesaurus = build_thesaurus()
    for key in COUNTS:
        assert key in thesaurus.concepts, key
        assert thesaurus.label(key, "nl") and thesaurus.label(key, "en")
    for key, nl, en in SUBJECTS:
        assert thesaurus.label(key, "nl") == nl and thesaurus.label(key, "en") == en
    # enough examples for every subject to count
    assert len(COUNTS) >= 50


def test_the_committed_counts_are_what_the_examples_give() -> None:
    spec = importlib.util.spec_from_file_location(
        "learn_thesaurus", ROOT / "scripts" / "learn_thesaurus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "run python scripts/learn_thesaurus.py"


def test_the_features_of_the_same_cards_are_worked_out_once_and_stay_as_they_were() -> None:
    statements = [
        Statement("1", "Te weinig stageplaatsen in de techniek"),
        Statement("2", "Tekort aan bbl-plekken in de bouw"),
    ]
    grouper = Grouper()
    vectors, feats = grouper.vectors(statements)
    vectors[0].clear()  # a caller changing what it got changes nothing kept
    again, feats_again = Grouper().vectors(statements)
    assert again[0] and feats_again == feats
    changed, _ = grouper.vectors([statements[0], Statement("2", "Reiskosten naar de leerplek")])
    assert changed[1] != again[1]
    assert [g.keys for g in grouper.group(statements)] == [("1", "2")]
