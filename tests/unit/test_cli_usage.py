"""click's usage errors and help headings speak Dutch as well as English."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from facilitator.cli import main

MISTAKES_NL = {
    ("import",): "Fout: Het argument 'BESTAND' ontbreekt.",
    ("list", "--bogus"): "Fout: Onbekende optie '--bogus'.",
    ("lsit",): "Fout: Onbekende opdracht 'lsit'. Bedoelt u 'list'?",
    ("export", "x", "--format", "pdf"): (
        "Fout: Ongeldige waarde voor '--format': 'pdf' kan niet; kies uit 'md', 'json', "
        "'html', 'docx'."
    ),
    (
        "serve",
        "x",
        "--port",
        "abc",
    ): "Fout: Ongeldige waarde voor '--port': 'abc' is geen geheel getal.",
    ("import", "a", "b"): "Fout: Onverwacht extra argument (b).",
    ("list", "--db"): "Fout: De optie '--db' heeft een waarde nodig.",
}
MISTAKES_EN = {
    ("import",): "Error: Missing argument 'FILE'.",
    ("list", "--bogus"): "Error: No such option '--bogus'.",
    ("lsit",): "Error: No such command 'lsit'. Did you mean 'list'?",
    ("export", "x", "--format", "pdf"): (
        "Error: Invalid value for '--format': 'pdf' is not one of 'md', 'json', 'html', 'docx'."
    ),
    (
        "serve",
        "x",
        "--port",
        "abc",
    ): "Error: Invalid value for '--port': 'abc' is not a valid integer.",
    ("import", "a", "b"): "Error: Got unexpected extra argument (b).",
    ("list", "--db"): "Error: Option '--db' requires an argument.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_usage_errors_speak_the_language_of_lang(lang: str) -> None:
    mistakes = MISTAKES_NL if lang == "nl" else MISTAKES_EN
    for args, said in mistakes.items():
        for line in (["--lang", lang, *args], [args[0], f"--lang={lang}", *args[1:]]):
            result = CliRunner().invoke(main, line, prog_name="facilitator")
            assert result.exit_code == 2, (line, result.output)
            assert result.output.rstrip().endswith(said), (line, result.output)
            assert "Traceback" not in result.output


def test_a_usage_error_shows_the_usage_in_dutch_and_where_help_is() -> None:
    result = CliRunner().invoke(main, ["--lang", "nl", "import"], prog_name="facilitator")
    assert result.exit_code == 2
    assert result.output.splitlines()[:2] == [
        "Gebruik: facilitator import [OPTIES] BESTAND",
        "Zie 'facilitator import --help' voor hulp.",
    ]
    assert "Usage" not in result.output and "Error" not in result.output


def test_without_lang_the_environment_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "nl")
    result = CliRunner().invoke(main, ["list", "--bogus"])
    assert result.exit_code == 2
    assert result.output.rstrip().endswith("Fout: Onbekende optie '--bogus'.")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", ["Gebruik: ", "serve [OPTIES] [SESSIE]", "Opties:", "[standaard: 8000]"]),
        ("en", ["Usage: ", "serve [OPTIONS] [SESSION]", "Options:", "[default: 8000]"]),
    ],
)
def test_help_headings_speak_the_language_of_the_help(lang: str, expected: list[str]) -> None:
    env = {**os.environ, "FACILITATOR_LANG": lang, "COLUMNS": "100"}
    out = subprocess.run(
        [sys.executable, "-m", "facilitator", "serve", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    for words in expected:
        assert words in out
    commands = subprocess.run(
        [sys.executable, "-m", "facilitator", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    assert ("Opdrachten:" if lang == "nl" else "Commands:") in commands


def test_the_help_says_where_the_language_of_the_messages_comes_from() -> None:
    # The messages follow the environment (FACILITATOR_LANG, the locale), not the session,
    # whatever the language the minutes and the synthesis are written in.
    for command in ([], ["export"], ["synthesis"]):
        result = CliRunner().invoke(main, [*command, "--help"])
        said = " ".join(result.output.split())
        assert result.exit_code == 0
        assert "$FACILITATOR_LANG" in said, command
        assert "messages (default: the session" not in said
        assert "of the messages (default: that of the first session" not in said
        assert "en van de meldingen (standaard: die van de" not in said


def test_the_dutch_help_names_the_placeholders_it_explains() -> None:
    # The Dutch help speaks of SESSIE and BESTAND: its usage line and options say the same.
    env = {**os.environ, "FACILITATOR_LANG": "nl", "COLUMNS": "100"}
    for command, usage, option in (
        ("export", "export [OPTIES] [SESSIE]", "-o, --output BESTAND"),
        ("carry-forward", "carry-forward [OPTIES] SESSIE [VAN]...", "--db PAD"),
        ("synthesis", "synthesis [OPTIES] [SESSIE]...", "--as-of DATUM"),
    ):
        out = subprocess.run(
            [sys.executable, "-m", "facilitator", command, "--help"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        assert usage in out.splitlines()[0] and option in out, command
        assert "SESSION" not in out and "FILE" not in out and "FROM" not in out, command


@pytest.mark.parametrize(
    ("lang", "env_lang", "expected", "absent"),
    [
        ("nl", "en", ["Gebruik: ", "import-db [OPTIES] ANDERE.db", "Opties:"], ["Usage", "OTHER"]),
        (
            "en",
            "nl",
            ["Usage: ", "import-db [OPTIONS] OTHER.db", "Options:"],
            ["Gebruik", "ANDERE"],
        ),
    ],
)
def test_the_help_follows_lang_on_the_command_line(
    lang: str, env_lang: str, expected: list[str], absent: list[str]
) -> None:
    # ``--lang`` decides the headings and placeholders of the help too, not only its texts.
    env = {**os.environ, "FACILITATOR_LANG": env_lang, "COLUMNS": "100"}
    for command in (["import-db"], ["wrap-up"]):
        out = subprocess.run(
            [sys.executable, "-m", "facilitator", "--lang", lang, *command, "--help"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        if command == ["wrap-up"]:
            expected = [w.replace("import-db", "wrap-up") for w in expected[:1]] + [
                "NIEUW.toml" if lang == "nl" else "NEW.toml"
            ]
        for words in expected:
            assert words in out, (command, words, out)
        for words in absent:
            assert words not in out, (command, words, out)


@pytest.mark.parametrize(
    ("lang", "messages", "app"),
    [
        (
            "en",
            "Language of the messages (default: $FACILITATOR_LANG, else the locale).",
            "and of the app (default: the session's)",
        ),
        (
            "nl",
            "Taal van de meldingen (standaard: $FACILITATOR_LANG, anders de landinstelling).",
            "en van de app (standaard: die van de sessie)",
        ),
    ],
)
def test_lang_is_said_of_the_app_only_where_a_command_opens_one(
    lang: str, messages: str, app: str
) -> None:
    """Before, the --lang of check, list, history, import and new spoke of the app too,
    which they do not open."""

    def said(*command: str) -> str:
        result = CliRunner().invoke(main, ["--lang", lang, *command, "--help"])
        assert result.exit_code == 0, result.output
        return " ".join(result.output.split())

    for command in ("check", "list", "history", "import", "import-db", "carry-forward"):
        help_text = said(command)
        assert messages in help_text, command
        assert app not in help_text, command
    for command in ("run", "serve"):
        assert app in said(command), command
    new = said("new")
    assert app not in new
    assert ("het sessiebestand" if lang == "nl" else "the session file written") in new
    wrap_up = said("wrap-up")
    assert app not in wrap_up
    assert ("van de wrap-up" if lang == "nl" else "of the wrap-up") in wrap_up
