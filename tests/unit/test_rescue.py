"""Text not saved is kept in a file: in the first folder that takes it, never over a file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from facilitator.service.rescue import rescue, rescue_folders

NOW = datetime(2020, 10, 6, 14, 35, 12, tzinfo=UTC)


def test_the_text_goes_to_the_first_folder_that_takes_it(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notulen.md"  # a file where a folder was expected
    not_a_folder.write_text("x", encoding="utf-8")
    gone = tmp_path / "weg"  # a folder that is not there (a stick pulled out)
    kept = tmp_path / "thuis"
    kept.mkdir()
    path = rescue("Geen vervoer\n", "twente", NOW, "nl", [not_a_folder, gone, kept])
    assert path == kept / "niet-opgeslagen-twente-20201006-143512.txt"
    assert path.read_text(encoding="utf-8") == "Geen vervoer\n"
    assert rescue("Bus", "twente", NOW, "en", [kept]) == kept / (
        "not-saved-twente-20201006-143512.txt"
    )


def test_a_file_of_the_same_name_is_never_replaced(tmp_path: Path) -> None:
    first = rescue("eerste", "twente", NOW, "nl", [tmp_path])
    second = rescue("tweede", "twente", NOW, "nl", [tmp_path])
    assert first is not None and second is not None and first != second
    assert first.read_text(encoding="utf-8") == "eerste\n"
    assert second.read_text(encoding="utf-8") == "tweede\n"


def test_nowhere_to_write_is_none(tmp_path: Path) -> None:
    assert rescue("tekst", "twente", NOW, "nl", [tmp_path / "weg"]) is None


def test_the_folders_start_beside_the_database_and_end_in_the_temporary_folder(
    tmp_path: Path,
) -> None:
    folders = rescue_folders(tmp_path / "vergadering.db")
    assert folders[0] == tmp_path
    assert len(folders) == len(set(folders)) >= 2
