"""`facilitator new`: a session file from questions or a list of invitees, and seat warnings."""

from __future__ import annotations

import io
import os
import sys
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import ask_line, main
from facilitator.domain.plan import ParticipantPlan
from facilitator.sessionfile import load_session_file
from facilitator.sessionfile.balance import balance_warnings
from facilitator.sessionfile.new import (
    Invitee,
    InviteeError,
    SessionDraft,
    read_invitees,
    session_toml,
)
from tests.conftest import SAMPLES
from tests.helpers import disk_full_after


def test_invitees_from_a_dutch_spreadsheet(tmp_path: Path) -> None:
    # Excel in Dutch writes a byte-order mark and semicolons.
    path = tmp_path / "genodigden.csv"
    path.write_bytes(
        "Naam;Organisatie;Sector;Functie\n"
        "Anna de Vries;ROC van Twente;onderwijs;docent\n"
        ";;;\n"
        "  Bram   Kok ;UWV;uwv;\n".encode("utf-8-sig")
    )
    assert read_invitees(path) == [
        Invitee("Anna de Vries", "ROC van Twente", "onderwijs", "docent"),
        Invitee("Bram Kok", "UWV", "uwv", ""),
    ]


@pytest.mark.parametrize(
    ("content", "key", "where"),
    [
        (b"name,org\nA,B\n", "columns", "sector"),
        (b"name,organisation,sector\nA,,uwv\n", "blank", ":2:"),
        (b"name,organisation,sector\nA,UWV,uwv\n,Gemeente Enschede,gemeente\n", "no_name", ":3:"),
        (b"", "empty", "leeg"),
        (b"name,organisation,sector\n\xff\xfe,x,y\n", "not_text", "UTF-8"),
    ],
)
def test_a_bad_list_of_invitees_says_what_and_where(
    tmp_path: Path, content: bytes, key: str, where: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(InviteeError) as caught:
        read_invitees(path, "nl")
    assert [problem.key for problem in caught.value.problems] == [key]
    message = str(caught.value)
    assert str(path) in message
    assert where in message


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            [
                "inv.csv:3: de naam is leeg (organisatie 'ROC'); vul hem in, of haal de regel weg.",
                "inv.csv:4: onbekende sector 'horeca'; verwacht een van: onderwijs, bedrijfsleven",
                "inv.csv:5: organisatie is leeg voor 'Kees'.",
                "inv.csv:6: 'anna' staat al in de lijst als 'Anna' (regel 2); noem elke "
                "deelnemer één keer.",
                "inv.csv:7: sector is leeg voor 'Piet'.",
            ],
        ),
        (
            "en",
            [
                "inv.csv:3: the name is empty (organisation 'ROC'); fill it in, or remove the row.",
                "inv.csv:4: unknown sector 'horeca'; expected one of: onderwijs, bedrijfsleven",
                "inv.csv:5: organisation is empty for 'Kees'.",
                "inv.csv:6: 'anna' is already listed as 'Anna' (line 2); list each participant "
                "once.",
                "inv.csv:7: sector is empty for 'Piet'.",
            ],
        ),
    ],
)
def test_every_problem_of_a_list_of_invitees_is_said_at_once_and_nothing_written(
    runner: CliRunner, tmp_path: Path, lang: str, said: list[str]
) -> None:
    """Before, only the first of the problems below was said (an empty name), with the
    column in English («organisation is leeg»); a sector that is none and a name given
    twice were written into the file, said as the file's problems."""
    (tmp_path / "inv.csv").write_text(
        "Naam;Organisatie;Sector;Functie\nAnna;UWV;uwv;\n;ROC;onderwijs;\n"
        "Bram;Horeca NL;horeca;\nKees;;uwv;\nanna;Gemeente;gemeente;\nPiet;ROC;;\n",
        encoding="utf-8",
    )
    args = ["new", "r6.toml", "--invitees", "inv.csv", *NEW_ARGS, "--lang", lang]
    result = runner.invoke(main, args, input="")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == len(said) + 1
    for line, start in zip(lines, said, strict=False):
        assert line.startswith(start), (line, start)
    assert lines[-1] == ("Er is niets geschreven." if lang == "nl" else "Nothing was written.")
    assert not result.stdout  # no question was asked
    assert not (tmp_path / "r6.toml").exists()


@pytest.mark.parametrize(
    ("header", "lang", "said"),
    [
        (
            "foo,bar",
            "nl",
            "inv.csv:1: de kolommen naam, organisatie en sector ontbreken; nodig zijn naam, "
            "organisatie en sector (rol mag erbij). Gevonden: foo, bar.",
        ),
        (
            "foo,bar",
            "en",
            "inv.csv:1: the columns name, organisation and sector are missing; needed are "
            "name, organisation and sector (role may be added). Found: foo, bar.",
        ),
        (
            "Naam;Organisatie;Functie",
            "nl",
            "inv.csv:1: de kolom sector ontbreekt; nodig zijn naam, organisatie en sector (rol "
            "mag erbij). Gevonden: Naam, Organisatie, Functie.",
        ),
        (
            "name,sector",
            "en",
            "inv.csv:1: the column organisation is missing; needed are name, organisation and "
            "sector (role may be added). Found: name, sector.",
        ),
    ],
)
def test_the_columns_missing_are_named_in_the_language_of_the_message(
    runner: CliRunner, tmp_path: Path, header: str, lang: str, said: str
) -> None:
    """Before: «de kolommen name, organisation, sector ontbreken»."""
    (tmp_path / "inv.csv").write_text(f"{header}\nAnna,UWV,uwv\n", encoding="utf-8")
    args = ["new", "r.toml", "--invitees", "inv.csv", *NEW_ARGS, "--lang", lang]
    result = runner.invoke(main, args, input="")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == said


def test_the_written_file_loads_back_with_every_text_literal(tmp_path: Path) -> None:
    odd = 'Rondetafel "mbo" [bold] \\ [/] # | [@click=app.quit]'
    draft = SessionDraft(
        title=odd,
        region="Regio Zwolle",
        date="2026-12-10",
        start="14.00",
        end="16.00",
        chatham_house=True,
        participants=[Invitee(f"Eva {odd}", odd, "gemeente", odd), Invitee("Kees", "UWV", "uwv")],
    )
    path = tmp_path / "nieuw.toml"
    path.write_text(session_toml(draft), encoding="utf-8")
    plan = load_session_file(path, lang="nl")
    assert plan.title == odd
    assert plan.chatham_house
    assert [p.name for p in plan.participants] == [f"Eva {odd}", "Kees"]
    assert plan.participants[0].organisation == odd
    assert plan.participants[0].role == odd
    assert [item.title for item in plan.agenda][:2] == ["Opening en kennismaking", "Knelpunten"]
    assert plan.ends_at is not None and plan.ends_at.hour == 16


@pytest.mark.parametrize("title", ["Titel\x1b[DX", "Tafel\x07", "Een\ntwee", "a\x7fb\x00c\x9b"])
def test_a_title_with_control_characters_writes_valid_toml(title: str) -> None:
    """The title is written in the file's first line, a comment: before, a control character
    in it (an escape byte, a bell) made the whole file invalid TOML."""
    draft = SessionDraft(title=title, region="R\x7f", date="2027-02-03", start="14:00")
    read = tomllib.loads(session_toml(draft))
    assert read["title"] == title and read["region"] == "R\x7f"


def test_new_from_invitees_writes_a_checked_file(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "inv.csv").write_text(
        "name,organisation,sector\nAnna,ROC van Twente,onderwijs\nBram,UWV,uwv\n",
        encoding="utf-8",
    )
    args = ["new", "s.toml", "--invitees", "inv.csv", "--title", "Proef", "--region", "Twente"]
    args += ["--date", "2026-12-10", "--start", "14:00", "--end", "", "--location", ""]
    result = runner.invoke(main, [*args, "--no-chatham-house", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "s.toml written: 2 participants, 5 agenda items" in result.output
    assert "sector 'province' has nobody at the table" in result.output
    plan = load_session_file(tmp_path / "s.toml", lang="en")
    assert [p.sector for p in plan.participants] == ["onderwijs", "uwv"]
    assert [item.title for item in plan.agenda][-1] == "Closing"

    again = runner.invoke(main, [*args, "--no-chatham-house"])
    assert again.exit_code == 1
    assert "already exists; nothing was overwritten" in again.output
    assert (tmp_path / "s.toml").read_text(encoding="utf-8") == plan_text(tmp_path)


def plan_text(tmp_path: Path) -> str:
    return (tmp_path / "s.toml").read_text(encoding="utf-8")


def test_new_asks_the_questions(runner: CliRunner, tmp_path: Path) -> None:
    answers = "\n".join(
        ["Rondetafel  Zwolle", "Regio Zwolle", "2026-12-11", "14.00", "16.00", "", "y"]
        + ["y", "Eva Jansen", "Gemeente Zwolle", "horeca", "gemeente", "wethouder", "n"]
    )
    result = runner.invoke(main, ["new", "z.toml", "--lang", "nl"], input=answers + "\n")
    assert result.exit_code == 0, result.output
    assert "z.toml geschreven: 1 deelnemer, 5 agendapunten." in result.output
    plan = load_session_file(tmp_path / "z.toml", lang="nl")
    assert plan.title == "Rondetafel Zwolle"
    assert plan.chatham_house
    assert [(p.name, p.sector, p.role) for p in plan.participants] == [
        ("Eva Jansen", "gemeente", "wethouder")
    ]


def test_new_asks_in_dutch_and_takes_dutch_answers(runner: CliRunner, tmp_path: Path) -> None:
    """ja/nee (and j/n) as answers; a sector that is not one is said in Dutch, asked again."""
    answers = "\n".join(
        ["Rondetafel Zwolle", "Regio Zwolle", "2026-12-11", "14.00", "16.00", "", "ja"]
        + ["j", "Eva Jansen", "Gemeente Zwolle", "horeca", "gemeente", "", "misschien", "nee"]
    )
    result = runner.invoke(main, ["new", "z.toml", "--lang", "nl"], input=answers + "\n")
    assert result.exit_code == 0, result.output
    assert "[j/N]" in result.output and "[J/n]" in result.output
    assert "Error" not in result.output
    assert "'horeca' is geen sector; kies een van: onderwijs" in result.output
    assert "Antwoord met ja of nee." in result.output
    plan = load_session_file(tmp_path / "z.toml", lang="nl")
    assert plan.chatham_house
    assert [(p.name, p.sector) for p in plan.participants] == [("Eva Jansen", "gemeente")]


def test_an_impossible_answer_is_said_at_once_and_asked_again(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A date, a time, an end before the start, a name given twice: said as the file would
    say it, while it can still be typed again; the file written then loads."""
    answers = ["Rondetafel", "Twente", "31-02-2027", "2027-02-03", "25:00", "14:00"]
    answers += ["24:30", "13:00", "16:00", "", "n"]
    answers += ["y", "Jan [bold]", "UWV", "uwv", "", "y", "jan [BOLD]", "Joke", "ROC", "onderwijs"]
    answers += ["", "n"]
    result = runner.invoke(main, ["new", "r1.toml", "--lang", "en"], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert "still needs changes" not in result.output
    assert "31 February does not exist: February has 28 days in 2027." in result.output
    assert "Cannot read '25:00' as a time" in result.output
    assert "Cannot read '24:30' as a time" in result.output
    assert "13:00 is not after the start time 14:00" in result.output
    assert "'jan [BOLD]' is already listed as 'Jan [bold]'; list each participant once" in (
        result.output
    )
    plan = load_session_file(tmp_path / "r1.toml", lang="en")
    assert (plan.starts_at.hour, plan.ends_at and plan.ends_at.hour) == (14, 16)
    assert [p.name for p in plan.participants] == ["Jan [bold]", "Joke"]


def test_impossible_answers_are_said_in_dutch(runner: CliRunner, tmp_path: Path) -> None:
    answers = ["Rondetafel", "Twente", "30 februari 2027", "3 feb 2027", "14.00", "12 uur"]
    answers += ["16 uur", "", "n", "j", "Eva", "UWV", "uwv", "", "j", "EVA", "Bram", "ROC"]
    answers += ["onderwijs", "", "n"]
    result = runner.invoke(main, ["new", "r2.toml", "--lang", "nl"], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert "30 februari bestaat niet: februari heeft 28 dagen in 2027." in result.output
    assert "12:00 ligt niet na de begintijd 14:00" in result.output
    assert "'EVA' staat al in de lijst als 'Eva'; noem elke deelnemer één keer." in result.output
    plan = load_session_file(tmp_path / "r2.toml", lang="nl")
    assert [p.name for p in plan.participants] == ["Eva", "Bram"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            [
                "29 februari bestaat niet in 2027: 2027 is geen schrikkeljaar.",
                "30 februari bestaat niet: februari heeft 28 dagen in 2027.",
                "31 april bestaat niet: april heeft 30 dagen.",
            ],
        ),
        (
            "en",
            [
                "29 February does not exist in 2027: 2027 is not a leap year.",
                "30 February does not exist: February has 28 days in 2027.",
                "31 April does not exist: April has 30 days.",
            ],
        ),
    ],
)
def test_every_day_its_month_does_not_have_is_said_as_such(
    runner: CliRunner, tmp_path: Path, lang: str, said: list[str]
) -> None:
    """29-02-2027 said why; 2027-02-30 and 31-04-2027 14:00 said only that they could not
    be read as a date."""
    answers = ["Rondetafel", "Twente", "29-02-2027", "2027-02-30", "31-04-2027 14:00"]
    answers += ["30-04-2027 14:00", "", "", "n", "n"]
    result = runner.invoke(main, ["new", "z.toml", "--lang", lang], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    for sentence in said:
        assert sentence in result.output
    assert "as a date" not in result.output and "als datum" not in result.output
    plan = load_session_file(tmp_path / "z.toml", lang=lang)
    assert (plan.starts_at.month, plan.starts_at.day, plan.starts_at.hour) == (4, 30, 14)


def test_a_date_with_its_time_asks_no_start(runner: CliRunner, tmp_path: Path) -> None:
    answers = ["Rondetafel", "Twente", "3 feb 2027 14.00 uur", "16.00", "", "n", "n"]
    result = runner.invoke(main, ["new", "r3.toml", "--lang", "nl"], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert "Begintijd" not in result.output
    plan = load_session_file(tmp_path / "r3.toml", lang="nl")
    assert (plan.starts_at.hour, plan.ends_at and plan.ends_at.hour) == (14, 16)


@pytest.mark.parametrize(
    ("lang", "typed", "offered"),
    [
        ("en", ["Education", "GEMEENTE", "Maatschappelijke organisatie", "civil  Society"],
         "Sector (education, business, province, municipality, UWV, civil society)"),
        ("nl", ["Onderwijs", "municipality", "uwv", "MAATSCHAPPELIJK"],
         "Sector (onderwijs, bedrijfsleven, provincie, gemeente, UWV, "
         "maatschappelijke organisatie)"),
    ],
)  # fmt: skip
def test_the_sector_question_takes_what_a_session_file_takes(
    runner: CliRunner, tmp_path: Path, lang: str, typed: list[str], offered: str
) -> None:
    answers = ["Rondetafel", "Twente", "2027-02-03", "14:00", "", "", "n"]
    for number, sector in enumerate(typed):
        answers += ["y", f"Deelnemer {number}", "Organisatie", sector, ""]
    answers += ["n"]
    result = runner.invoke(main, ["new", "s.toml", "--lang", lang], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert offered in result.output
    assert "not a sector" not in result.output and "geen sector" not in result.output
    plan = load_session_file(tmp_path / "s.toml", lang=lang)
    assert [p.sector for p in plan.participants] == [
        ["onderwijs", "gemeente", "maatschappelijk", "maatschappelijk"],
        ["onderwijs", "gemeente", "uwv", "maatschappelijk"],
    ][lang == "nl"]


def test_a_sector_that_is_none_is_refused_with_the_labels_offered(runner: CliRunner) -> None:
    answers = ["Rondetafel", "Twente", "2027-02-03", "14:00", "", "", "n"]
    answers += ["y", "Eva", "Horeca Nederland", "Horeca", "business", "", "n"]
    result = runner.invoke(main, ["new", "s.toml", "--lang", "en"], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert "'Horeca' is not a sector; choose one of: education, business, province" in (
        result.output
    )


def test_questions_cut_short_say_so_in_the_commands_language(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The end of the input is no Ctrl+C: it ends as answers missing do, with exit code 2
    (before, 130, as if interrupted)."""
    result = runner.invoke(main, ["new", "z.toml", "--lang", "nl"], input="Rondetafel\n")
    assert result.exit_code == 2
    assert result.stderr == (
        "De invoer hield op voordat titel, regio, datum en begintijd gegeven waren; er is "
        "niets geschreven.\n"
    )
    assert "Aborted" not in result.output
    assert not (tmp_path / "z.toml").exists()


def test_arrow_keys_sent_as_characters_are_left_out_of_the_answers(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Where no line editing reads the keys, ← and ↑ arrive as ESC [ D and ESC [ A: before,
    they were kept in the answer (``title = "Titel\\u001b[DX"``) and the file's first line
    was a comment with a raw escape byte in it, which no TOML reader takes."""
    answers = ["Titel\x1b[DX", "Twen\x1b[D\x1b[DX\x1b[A", "2027-02-03", "14:00\x07"]
    answers += ["", "", "n", "n"]
    result = runner.invoke(main, ["new", "z.toml", "--lang", "nl"], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "z.toml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# TitelX"
    read = tomllib.loads(text)
    assert (read["title"], read["region"], read["start"]) == ("TitelX", "TwenX", "14:00")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_questions_are_read_with_line_editing_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a terminal the arrow keys move in the answer (Python's readline, where there is
    one); before, they typed escape codes into it."""
    pytest.importorskip("readline")
    monkeypatch.delitem(sys.modules, "readline")
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr("click.termui.visible_prompt_func", lambda question: "Titel")
    assert ask_line("Titel") == "Titel"
    assert "readline" in sys.modules


def test_ctrl_c_says_nothing_was_written(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = iter(["Rondetafel", "Twente", "2027-02-03", "14:00", "", "", "n", "j", "Eva"])

    def answer(question: str) -> str:
        for line in typed:
            return line
        raise KeyboardInterrupt

    monkeypatch.setattr("facilitator.cli.ask_line", answer)
    result = runner.invoke(main, ["new", "z.toml", "--lang", "nl"])
    assert result.exit_code == 130
    assert result.stderr == "Onderbroken; er is niets geschreven.\n"
    assert not (tmp_path / "z.toml").exists()


@pytest.mark.parametrize(
    ("lang", "first", "more"),
    [
        ("nl", "Een deelnemer toevoegen? [J/n]", "Nog een deelnemer toevoegen? [j/N]"),
        ("en", "Add a participant? [Y/n]", "Add another participant? [y/N]"),
    ],
)
def test_the_first_participant_is_asked_for_as_the_first(
    runner: CliRunner, lang: str, first: str, more: str
) -> None:
    answers = ["Rondetafel", "Twente", "2027-02-03", "14:00", "", "", "n"]
    answers += ["", "Eva", "UWV", "uwv", "", ""]
    result = runner.invoke(main, ["new", "z.toml", "--lang", lang], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert result.output.count(first) == 1 and result.output.count(more) == 1
    assert result.output.index(first) < result.output.index(more)
    assert "Nog een deelnemer toevoegen? [J/n]" not in result.output


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "Dit antwoord is verplicht; vul het in."), ("en", "This answer is required")],
)
def test_an_empty_answer_to_a_required_question_says_it_is_required(
    runner: CliRunner, tmp_path: Path, lang: str, said: str
) -> None:
    answers = ["", "Rondetafel", "", "Twente", "2027-02-03", "14:00", "", "", "n"]
    answers += ["y", "", "Eva", "", "UWV", "", "uwv", "", "n"]
    result = runner.invoke(main, ["new", "z.toml", "--lang", lang], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert result.output.count(said) == 5  # title, region, name, organisation, sector
    plan = load_session_file(tmp_path / "z.toml", lang=lang)
    assert (plan.title, plan.region) == ("Rondetafel", "Twente")
    assert [(p.name, p.organisation, p.sector) for p in plan.participants] == [
        ("Eva", "UWV", "uwv")
    ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "'Jän de Vries' wordt gezien als dezelfde persoon als 'Jan de Vries'; "
            "typ de naam anders.",
        ),
        (
            "en",
            "'Jän de Vries' would be taken as the same person as 'Jan de Vries'; "
            "type the name differently.",
        ),
    ],
)
def test_a_name_read_as_one_already_given_is_said_in_a_participant_s_words(
    runner: CliRunner, tmp_path: Path, lang: str, said: str
) -> None:
    """The question for a name said «gives the same key 'jan-de-vries'; choose another
    title or give it its own key», words of the session file: there is no title or key to
    give at that question."""
    answers = ["Rondetafel", "Twente", "2027-02-03", "14:00", "", "", "n"]
    answers += ["y", "Jan de Vries", "UWV", "uwv", "", "y", "Jän de Vries", "Jan de Vries-Smit"]
    answers += ["ROC", "onderwijs", "", "n"]
    result = runner.invoke(main, ["new", "z.toml", "--lang", lang], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert said in result.output
    assert "key" not in result.output.replace("Jän de Vries", "")
    assert "sleutel" not in result.output and "title" not in result.output
    plan = load_session_file(tmp_path / "z.toml", lang=lang)
    assert [p.name for p in plan.participants] == ["Jan de Vries", "Jan de Vries-Smit"]


def test_the_end_of_the_input_in_a_participant_writes_those_before(
    runner: CliRunner, tmp_path: Path
) -> None:
    answers = ["Rondetafel", "Twente", "2027-02-03", "14:00", "16:00", "", "n"]
    answers += ["y", "Eva", "UWV", "uwv", "", "y", "Bram", "ROC"]
    result = runner.invoke(main, ["new", "z.toml", "--lang", "en"], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert "End of input: participant 'Bram' was not complete and is left out." in result.output
    assert "z.toml written: 1 participant, 5 agenda items." in result.output
    plan = load_session_file(tmp_path / "z.toml", lang="en")
    assert [p.name for p in plan.participants] == ["Eva"]


def test_the_end_of_the_input_after_the_start_writes_what_was_answered(
    runner: CliRunner, tmp_path: Path
) -> None:
    answers = ["Rondetafel", "Twente", "3 feb 2027", "14.00"]
    result = runner.invoke(main, ["new", "z.toml", "--lang", "nl"], input="\n".join(answers))
    assert result.exit_code == 0, result.output
    assert "Einde van de invoer: de vragen die nog kwamen zijn overgeslagen" in result.output
    assert "z.toml geschreven: 0 deelnemers" in result.output
    assert "nog geen deelnemers" in result.output
    plan = load_session_file(tmp_path / "z.toml", lang="nl")
    assert plan.ends_at is None and not plan.chatham_house and plan.participants == ()


def test_every_option_and_no_terminal_writes_the_file(runner: CliRunner, tmp_path: Path) -> None:
    args = ["new", "n.toml", "--title", "Proef", "--region", "Twente", "--date", "2027-02-03"]
    args += ["--start", "14:00", "--end", "", "--location", "", "--no-chatham-house"]
    result = runner.invoke(main, [*args, "--lang", "en"], input="")
    assert result.exit_code == 0, result.output
    assert "n.toml written: 0 participants, 5 agenda items" in result.output
    assert "no participants yet" in result.output
    assert "End of input" not in result.output and not result.stderr
    plan = load_session_file(tmp_path / "n.toml", lang="en")
    assert plan.title == "Proef" and plan.participants == ()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Nothing was written. Give the options again, or leave them out to be asked."),
        ("nl", "Er is niets geschreven. Geef de opties opnieuw, of laat ze weg"),
    ],
)
def test_a_wrong_option_is_refused_before_any_question_and_nothing_is_written(
    runner: CliRunner, tmp_path: Path, lang: str, said: str
) -> None:
    """Before, the file was written with the wrong answers and then said to need changes."""
    args = ["new", "d.toml", "--title", "T", "--region", "R", "--date", "2027-02-30"]
    args += ["--start", "25:00", "--end", "12:00", "--lang", lang]
    result = runner.invoke(main, args, input="\n\nn\nn\n")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("--date: 30 February does not exist" if lang == "en" else "--date: ")
    assert lines[1].startswith("--start: ") and "25:00" in lines[1]
    assert said in lines[-1]
    assert not result.stdout  # no question was asked
    assert not (tmp_path / "d.toml").exists()


def test_an_end_option_before_a_start_typed_is_refused_and_nothing_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Before, the file was written with the end before the start and said to need changes."""
    answers = ["Mijn tafel", "Twente", "2027-03-03", "14:00", "", "", ""]
    args = ["new", "t9.toml", "--end", "10:00", "--lang", "nl"]
    result = runner.invoke(main, args, input="\n".join(answers))
    assert result.exit_code == 2
    assert result.stderr.startswith("--end: 10:00 ligt niet na de begintijd 14:00")
    assert "Geef de optie opnieuw" in result.stderr
    assert not (tmp_path / "t9.toml").exists()


def test_several_wrong_options_are_spoken_of_as_several(runner: CliRunner, tmp_path: Path) -> None:
    args = ["new", "w.toml", "--title", "T", "--region", "R", "--date", "2027-02-30"]
    result = runner.invoke(main, [*args, "--start", "25:00", "--lang", "en"], input="")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Nothing was written. Give the options again, or leave them out to be asked."
    )


def test_an_empty_required_option_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    args = ["new", "e.toml", "--title", " ", "--region", "R", "--date", "2027-02-03"]
    result = runner.invoke(main, [*args, "--start", "14:00", "--lang", "en"], input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("--title: ") and "empty" in result.stderr
    assert not (tmp_path / "e.toml").exists()


def test_an_end_before_the_start_given_as_options_is_refused(
    runner: CliRunner, tmp_path: Path
) -> None:
    args = ["new", "f.toml", "--title", "T", "--region", "R", "--date", "2027-02-03"]
    args += ["--start", "14:00", "--end", "13:00", "--lang", "en"]
    result = runner.invoke(main, args, input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("--end: 13:00 ") and "start" in result.stderr
    assert not (tmp_path / "f.toml").exists()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_control_character_in_an_option_leaves_the_other_options_checked(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    """Before, a bell in --title made the file unreadable to the checks, so an end before
    the start was written, and only then said to need changes."""
    args = ["new", "g.toml", "--title", "Titel\x07", "--region", "R", "--date", "2027-02-03"]
    args += ["--start", "14:00", "--end", "13:00", "--lang", lang]
    result = runner.invoke(main, args, input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("--end: 13:00 ")
    assert ("start" if lang == "en" else "begintijd") in result.stderr
    assert "\\x07" not in result.stderr
    assert not (tmp_path / "g.toml").exists()


def test_a_control_character_in_an_option_is_left_out(runner: CliRunner, tmp_path: Path) -> None:
    args = ["new", "h.toml", "--title", "Titel\x07", "--region", "\x1b[1mR", "--date", "2027-02-03"]
    args += ["--start", "14:00", "--end", "", "--location", "Zaal\x00 3", "--no-chatham-house"]
    result = runner.invoke(main, [*args, "--lang", "en"], input="")
    assert result.exit_code == 0, result.output
    read = tomllib.loads((tmp_path / "h.toml").read_text(encoding="utf-8"))
    assert (read["title"], read["region"], read["location"]) == ("Titel", "R", "Zaal 3")


def test_seat_warnings() -> None:
    plan = load_session_file(SAMPLES / "twente.toml", lang="nl")
    assert balance_warnings(plan, "nl") == []
    business = [p for p in plan.participants if p.sector == "bedrijfsleven"]
    crowded = replace(
        plan,
        participants=(
            *plan.participants,
            *(replace(business[0], key=f"extra{n}", name=f"Extra {n}") for n in range(20)),
        ),
    )
    kinds = [(w.kind, w.sector) for w in balance_warnings(crowded, "en")]
    assert kinds == [("dominant", "business")]
    only_uwv = replace(plan, participants=(ParticipantPlan("a", "A", "UWV", "uwv"),))
    warnings = balance_warnings(only_uwv, "en")
    assert [w.kind for w in warnings] == ["empty"] * 5 + ["dominant"]
    assert "civil society" in warnings[4].message("en", "f.toml")


def test_check_prints_seat_warnings_but_passes(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "few.toml"
    path.write_text(
        session_toml(
            SessionDraft("T", "R", "2026-12-10", "14:00", participants=[Invitee("A", "UWV", "uwv")])
        ),
        encoding="utf-8",
    )
    result = runner.invoke(main, ["check", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "warning: " in result.output
    assert "few.toml: sector 'UWV' has the only seat at the table." in result.output
    assert "1 of the 1 seats" not in result.output


NEW_ARGS = ["--title", "Proef", "--region", "Twente", "--date", "2026-12-10"]
NEW_ARGS += ["--start", "14:00", "--end", "", "--location", "", "--no-chatham-house"]


def test_a_full_disk_leaves_no_half_file_and_keeps_the_answers(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The answers typed are printed to keep, and no empty or half file is left behind
    (a later `facilitator new` would otherwise refuse it as already there)."""
    (tmp_path / "inv.csv").write_text(
        "naam;organisatie;sector\nAnna de Vries;ROC van Twente;onderwijs\n", encoding="utf-8"
    )
    with disk_full_after(100):
        result = runner.invoke(
            main, ["new", "s.toml", "--invitees", "inv.csv", *NEW_ARGS, "--lang", "nl"]
        )
    assert result.exit_code == 1
    assert "Kan s.toml niet schrijven: het bestand zou te groot worden" in result.stderr
    assert not (tmp_path / "s.toml").exists()
    assert sorted(os.listdir(tmp_path)) == ["inv.csv"]
    # what would have been written is shown whole, to save elsewhere
    assert 'name = "Anna de Vries"' in result.stdout and 'title = "Proef"' in result.stdout


def test_a_full_disk_never_destroys_the_file_it_was_to_replace(
    runner: CliRunner, tmp_path: Path
) -> None:
    old = (SAMPLES / "twente.toml").read_text(encoding="utf-8")
    (tmp_path / "s.toml").write_text(old, encoding="utf-8")
    with disk_full_after(100):
        result = runner.invoke(
            main, ["new", "s.toml", "--replace", *NEW_ARGS, "--lang", "en"], input="n\n"
        )
    assert result.exit_code == 1
    assert "Cannot write s.toml" in result.stderr and "Nothing was changed" in result.stderr
    assert (tmp_path / "s.toml").read_text(encoding="utf-8") == old
    assert sorted(os.listdir(tmp_path)) == ["s.toml"]


def test_new_warns_when_its_agenda_is_longer_than_the_time_given(
    runner: CliRunner, tmp_path: Path
) -> None:
    """From 11:55 to 12:00 the standard agenda (100 minutes) cannot be held: the file is
    written, and new says by how much the agenda is longer. Before, it said nothing, and
    check called the file OK."""
    args = ["new", "f.toml", *NEW_ARGS]
    args[args.index("--start") + 1] = "11:55"
    args[args.index("--end") + 1] = "12:00"
    result = runner.invoke(main, args, input="")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "f.toml").exists()
    said = (
        "f.toml: the agenda takes 1 h 40 min, 1 h 35 min more than the 5 min from 11:55 to "
        "12:00; shorten the agenda or set a later end."
    )
    assert f"warning: {said}" in result.output
    checked = runner.invoke(main, ["check", "f.toml"])
    assert checked.exit_code == 0 and said in checked.output


# -- where the file goes, checked before any question --------------------------------------


@pytest.mark.parametrize("replace", [False, True])
def test_a_folder_as_the_file_is_said_to_be_one_before_any_question(
    runner: CliRunner, tmp_path: Path, replace: bool
) -> None:
    """Before, ``new out`` said that out already exists (give --replace), and with
    --replace, only after every question, that it could not write out: it is a folder."""
    (tmp_path / "out").mkdir()
    args = ["new", "out", "--lang", "en", *(["--replace"] if replace else [])]
    result = runner.invoke(main, args, input="Rondetafel\nTwente\n2027-02-03\n14:00\n")
    assert result.exit_code == 1
    assert result.stderr == (
        "out is a folder; give the name of the session file to write in it, such as "
        f"{Path('out') / 'session.toml'}. Nothing was written.\n"
    )
    assert not result.stdout  # no question was asked
    assert sorted(os.listdir(tmp_path / "out")) == []


def test_a_folder_as_the_file_is_said_in_dutch(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "uit").mkdir()
    result = runner.invoke(main, ["new", "uit", "--lang", "nl"], input="")
    assert result.exit_code == 1
    assert result.stderr == (
        "uit is een map; geef de naam van het sessiebestand dat erin moet komen, bijvoorbeeld "
        f"{Path('uit') / 'ronde.toml'}. Er is niets geschreven.\n"
    )


def test_missing_folders_of_the_file_are_made_as_export_makes_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Before, the questions were all asked, and then: «Cannot write nofolder2/x.toml: no
    such file or folder»."""
    result = runner.invoke(main, ["new", "nieuw/map/x.toml", *NEW_ARGS, "--lang", "en"], input="")
    assert result.exit_code == 0, result.output
    assert f"{Path('nieuw/map/x.toml')} written" in result.output
    plan = load_session_file(tmp_path / "nieuw" / "map" / "x.toml", lang="en")
    assert plan.title == "Proef"


def test_a_file_where_a_folder_should_be_is_said_before_any_question(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "notities").write_text("x", encoding="utf-8")
    result = runner.invoke(main, ["new", "notities/x.toml", "--lang", "nl"], input="Titel\n")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Kan {Path('notities/x.toml')} niet schrijven: notities is een bestand, geen map. "
        "Er is niets veranderd.\n"
    )
    assert not result.stdout


def test_a_folder_that_may_not_be_written_is_said_before_any_question(tmp_path: Path) -> None:
    """The real program, bound by the file permissions: before, the questions were asked
    first (and here, with no input, ended before the title)."""
    from tests.permissions import run_python

    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = run_python(["-m", "facilitator", "new", "alleen-lezen/x.toml"], tmp_path)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1, done.stderr
    assert done.stderr == (
        f"Cannot write {Path('alleen-lezen/x.toml')}: permission denied. Nothing was changed.\n"
    )
    assert not done.stdout
    assert sorted(os.listdir(folder)) == []


def test_a_name_of_the_list_read_as_one_before_it_is_said_with_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "inv.csv"
    path.write_text("naam,organisatie,sector\nJan de Vries,UWV,uwv\nJän de Vries,ROC,onderwijs\n")
    with pytest.raises(InviteeError) as caught:
        read_invitees(path, "en")
    assert str(caught.value) == (
        f"{path}:3: 'Jän de Vries' would be taken as the same person as 'Jan de Vries' "
        "(line 2); write the name differently."
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "sector 'gemeente' heeft de enige plaats aan tafel."),
        ("en", "sector 'municipality' has the only seat at the table."),
    ],
)
def test_one_seat_is_said_as_one(lang: str, said: str) -> None:
    """Before: «sector 'UWV' has 1 of the 1 seats, more than half»."""
    plan = load_session_file(SAMPLES / "twente.toml", lang=lang)
    alone = replace(plan, participants=(ParticipantPlan("a", "A", "Gemeente", "gemeente"),))
    messages = [w.message(lang, "f.toml") for w in balance_warnings(alone, lang)]
    assert messages[-1] == f"f.toml: {said}"
    two = replace(
        alone, participants=(*alone.participants, replace(alone.participants[0], key="b"))
    )
    both = [w.message(lang, "f.toml") for w in balance_warnings(two, lang)]
    assert both[-1].endswith(
        "heeft alle 2 plaatsen aan tafel." if lang == "nl" else "has all 2 seats at the table."
    )
