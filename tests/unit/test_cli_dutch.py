"""A mistake on the command line is said in the command's language, click's words too.

click has no Dutch of its own: "Error: No such option '--formaat'." came out in English
under ``--lang nl``. Every case runs the real command group.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.cli_dutch import DUTCH, DUTCH_PLURAL, lang_of


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "vergadering.db"))
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_a_mistyped_command_is_said_in_dutch(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--lang", "nl", "exprot"])
    assert result.exit_code == 2
    assert "Gebruik: " in result.output
    assert "Fout: Onbekende opdracht 'exprot'. Bedoelt u 'export'?" in result.output
    assert "No such command" not in result.output


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["export", "twente", "--format", "pdf", "--lang", "nl"],
            "Fout: Ongeldige waarde voor '--format': 'pdf' is niet een van 'md', 'json', "
            "'html', 'docx'.",
        ),
        (
            ["--lang=nl", "export", "twente", "--formaat", "md"],
            "Fout: Onbekende optie '--formaat'.",
        ),
        (["--lang", "nl", "export", "--format"], "Fout: Optie '--format' vraagt een waarde."),
        (["--lang", "nl", "new"], "Fout: Argument ontbreekt 'FILE'."),
    ],
)
def test_a_usage_mistake_is_said_in_dutch(runner: CliRunner, args: list[str], said: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert said in result.output
    assert "Error:" not in result.output and "Usage:" not in result.output


def test_english_stays_click_s_own_after_a_dutch_run(runner: CliRunner) -> None:
    runner.invoke(main, ["--lang", "nl", "exprot"])
    result = runner.invoke(main, ["--lang", "en", "export", "x", "--format", "pdf"])
    assert "Error: Invalid value for '--format': 'pdf' is not one of" in result.output
    assert "Usage: " in result.output


def test_the_language_comes_from_the_last_lang_else_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "nl")
    assert lang_of(["list"]) == "nl"
    assert lang_of(["--lang", "en", "list"]) == "en"
    assert lang_of(["--lang", "en", "list", "--lang=nl"]) == "nl"
    assert lang_of(["--lang", "fr", "list"]) == "nl"  # not a language: click says so


def test_every_dutch_sentence_keeps_the_fields_of_click_s() -> None:
    """A field left out or misspelt would fail inside click's own error handling."""
    import string

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for english, dutch in DUTCH.items():
        assert fields(dutch) <= fields(english), english
    for (one, many), (een, veel) in DUTCH_PLURAL.items():
        assert fields(een) <= fields(one) | fields(many) and fields(veel) <= fields(many)


def test_lang_sets_the_language_of_the_help_too(runner: CliRunner) -> None:
    """The help was written in the environment's language when the module was read;
    ``--lang nl --help`` in an English environment gave English help."""
    dutch = runner.invoke(main, ["--lang", "nl", "--help"])
    assert "Toon de sessies" in dutch.output and "Opties:" in dutch.output
    assert "List the sessions" not in dutch.output
    option = runner.invoke(main, ["export", "--help", "--lang", "nl"])
    assert "Toon deze hulp en stop." in option.output
    wrap_up = runner.invoke(main, ["--lang", "nl", "carry-forward", "--help"])
    assert "Neem de open acties van eerdere sessies over" in wrap_up.output
    english = runner.invoke(main, ["--lang", "en", "--help"])
    assert "List the sessions" in english.output and "Toon de sessies" not in english.output
