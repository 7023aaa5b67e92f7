"""Text not saved is kept in a file: in the first folder that takes it, never over a file,
each text as typed under what it was (the kind, who said it, the agenda item)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from facilitator.service.rescue import Kept, rescue, rescue_folders

NOW = datetime(2020, 10, 6, 14, 35, 12, tzinfo=ZoneInfo("Europe/Amsterdam"))
TITLE = "Rondetafel mbo 2/3 en arbeidsmarkt — Twente"


def test_the_text_goes_to_the_first_folder_that_takes_it(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notulen.md"  # a file where a folder was expected
    not_a_folder.write_text("x", encoding="utf-8")
    gone = tmp_path / "weg"  # a folder that is not there (a stick pulled out)
    kept = tmp_path / "thuis"
    kept.mkdir()
    path = rescue([Kept("Geen vervoer")], "twente", NOW, "nl", [not_a_folder, gone, kept])
    assert path == kept / "niet-opgeslagen-twente-20201006-143512.txt"
    assert "Geen vervoer" in path.read_text(encoding="utf-8").splitlines()
    assert rescue([Kept("Bus")], "twente", NOW, "en", [kept]) == kept / (
        "not-saved-twente-20201006-143512.txt"
    )


def test_each_text_is_kept_as_typed_under_what_it_was(tmp_path: Path) -> None:
    lines = [
        Kept(
            "Geen vervoer naar de stage  #stage",
            "barrière · Erik Nijhuis · punt 3: Stage- en bbl-plaatsen",
        ),
        Kept("Matchpunt opzetten @UWV tot vr", "actie · niemand · geen punt"),
    ]
    path = rescue(lines, "twente-2020-10", NOW, "nl", [tmp_path], title=TITLE)
    assert path is not None
    assert path.read_text(encoding="utf-8").splitlines() == [
        f"Niet opgeslagen in {TITLE} (twente-2020-10), di 6 okt 2020 14:35.",
        "Elke tekst staat hieronder precies zoals hij getypt is, met erboven wat het was: "
        "de soort, wie het zei en het agendapunt.",
        "",
        "barrière · Erik Nijhuis · punt 3: Stage- en bbl-plaatsen",
        "Geen vervoer naar de stage  #stage",
        "",
        "actie · niemand · geen punt",
        "Matchpunt opzetten @UWV tot vr",
    ]
    english = rescue(
        [Kept("No bus", "barrier · Erik Nijhuis · item 3: Stage- en bbl-plaatsen")],
        "twente-2020-10",
        NOW,
        "en",
        [tmp_path],
        title=TITLE,
    )
    assert english is not None
    assert english.read_text(encoding="utf-8").splitlines() == [
        f"Not saved in {TITLE} (twente-2020-10), Tue 6 Oct 2020 14:35.",
        "Each text is below exactly as it was typed, with what it was above it: the kind, "
        "who said it and the agenda item.",
        "",
        "barrier · Erik Nijhuis · item 3: Stage- en bbl-plaatsen",
        "No bus",
    ]


def test_a_file_of_the_same_name_is_never_replaced(tmp_path: Path) -> None:
    first = rescue([Kept("eerste")], "twente", NOW, "nl", [tmp_path])
    second = rescue([Kept("tweede")], "twente", NOW, "nl", [tmp_path])
    assert first is not None and second is not None and first != second
    assert first.read_text(encoding="utf-8").splitlines()[-1] == "eerste"
    assert second.read_text(encoding="utf-8").splitlines()[-1] == "tweede"


def test_nowhere_to_write_is_none(tmp_path: Path) -> None:
    assert rescue([Kept("tekst")], "twente", NOW, "nl", [tmp_path / "weg"]) is None


def test_the_folders_start_beside_the_database_and_end_in_the_temporary_folder(
    tmp_path: Path,
) -> None:
    folders = rescue_folders(tmp_path / "vergadering.db")
    assert folders[0] == tmp_path
    assert len(folders) == len(set(folders)) >= 2


def test_line_breaks_are_new_lines_indented_under_the_first(tmp_path: Path) -> None:
    path = rescue(
        [Kept("Geen vervoer\r\nnaar de stage\rin de zorg\nen de bouw", "barrière · niemand")],
        "twente",
        NOW,
        "nl",
        [tmp_path],
    )
    assert path is not None
    assert b"\r" not in path.read_bytes()
    assert path.read_text(encoding="utf-8").splitlines()[-5:] == [
        "barrière · niemand",
        "Geen vervoer",
        "  naar de stage",
        "  in de zorg",
        "  en de bouw",
    ]


def test_the_folders_are_whole_paths_for_a_database_named_from_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``--db t.db`` the warning named the file as «niet-opgeslagen-….txt» alone,
    which says not where it is."""
    monkeypatch.chdir(tmp_path)
    folders = rescue_folders(Path("t.db"))
    assert folders[0] == tmp_path
    assert all(folder.is_absolute() for folder in folders)
