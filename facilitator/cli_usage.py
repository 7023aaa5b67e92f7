"""click's own words in Dutch too: usage errors and the headings of ``--help``.

click says a mistake on the command line (an unknown option or command, a missing
argument, a value that is not one of the choices) in English only, and heads its
help *Usage*, *Options* and *Commands*. Everything else the command line says is
in Dutch or English, so the group and its commands are made here with a context
whose help formatter speaks the help's language, and every usage error is caught
where click raises it and said again through :data:`WORDS`, in the language of
``--lang`` on the command line (before or after the command), else that of the
environment. The exit code stays click's (2).

The help texts themselves are chosen when the commands are made, from the
environment (``FACILITATOR_LANG``, the locale), so the headings of ``--help`` follow
the environment too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import IO, Any

import click

from facilitator.i18n import Catalog, default_lang, normalise_lang

WORDS = Catalog(
    {
        "usage": ("Gebruik: ", "Usage: "),
        "error": ("Fout: {message}", "Error: {message}"),
        "try": ("Zie '{command} --help' voor hulp.", "Try '{command} --help' for help."),
        "heading.Options": ("Opties", "Options"),
        "heading.Commands": ("Opdrachten", "Commands"),
        "heading.Positional arguments": ("Argumenten", "Positional arguments"),
        "default": ("standaard: {value}", "default: {value}"),
        "required": ("verplicht", "required"),
        "no_such_option": ("Onbekende optie '{name}'.", "No such option '{name}'."),
        "no_such_command": ("Onbekende opdracht '{name}'.", "No such command '{name}'."),
        "did_you_mean": ("Bedoelt u {names}?", "Did you mean {names}?"),
        "did_you_mean_one_of": (
            "(Bedoelt u een van: {names}?)",
            "(Did you mean one of: {names}?)",
        ),
        "missing.argument": ("Het argument {name} ontbreekt.", "Missing argument {name}."),
        "missing.option": ("De optie {name} ontbreekt.", "Missing option {name}."),
        "missing": ("{name} ontbreekt.", "Missing {name}."),
        "missing_command": (
            "Geen opdracht gegeven. 'facilitator --help' toont ze.",
            "Missing command. 'facilitator --help' lists them.",
        ),
        "bad_value": (
            "Ongeldige waarde voor {name}: {detail}",
            "Invalid value for {name}: {detail}",
        ),
        "bad_value_bare": ("Ongeldige waarde: {detail}", "Invalid value: {detail}"),
        "not_one_of": (
            "{value} kan niet; kies uit {choices}.",
            "{value} is not one of {choices}.",
        ),
        "not_integer": ("{value} is geen geheel getal.", "{value} is not a valid integer."),
        "not_float": ("{value} is geen getal.", "{value} is not a valid float."),
        "needs_value": (
            "De optie '{name}' heeft een waarde nodig.",
            "Option '{name}' requires an argument.",
        ),
        "needs_values": (
            "De optie '{name}' heeft {n} waarden nodig.",
            "Option '{name}' requires {n} arguments.",
        ),
        "takes_no_value": (
            "De optie '{name}' neemt geen waarde.",
            "Option '{name}' does not take a value.",
        ),
        "takes_values": (
            "Het argument '{name}' heeft {n} waarden nodig.",
            "Argument '{name}' takes {n} values.",
        ),
        "extra": ("Onverwacht extra argument ({args}).", "Got unexpected extra argument ({args})."),
        "extras": (
            "Onverwachte extra argumenten ({args}).",
            "Got unexpected extra arguments ({args}).",
        ),
    }
)

# click's own wording (click 8.1 to 8.5) -> the key that says it again, by its parts. The
# patterns are compiled on first use (re keeps them): not at every start of the program.
_MESSAGES = (
    (r"No such option '(?P<name>.+)'\.$", "no_such_option"),
    (r"No such command '(?P<name>.+)'\.$", "no_such_command"),
    (r"Missing command\.$", "missing_command"),
    (r"Option '(?P<name>.+)' requires an argument\.$", "needs_value"),
    (r"Option '(?P<name>.+)' requires (?P<n>\d+) arguments\.$", "needs_values"),
    (r"Option '(?P<name>.+)' does not take a value\.$", "takes_no_value"),
    (r"Argument '(?P<name>.+)' takes (?P<n>\d+) values\.$", "takes_values"),
    (r"Got unexpected extra argument \((?P<args>.*)\)$", "extra"),
    (r"Got unexpected extra arguments \((?P<args>.*)\)$", "extras"),
)
_DETAILS = (
    (r"(?P<value>'.*') is not one of (?P<choices>.*)\.$", "not_one_of"),
    (r"(?P<value>'.*') is not (?P<choices>'.*')\.$", "not_one_of"),
    (r"(?P<value>'.*') is not a valid integer\.$", "not_integer"),
    (r"(?P<value>'.*') is not a valid float\.$", "not_float"),
)
_DEFAULT = r"\[default: (?P<value>.*?)(?P<required>; required)?\]$"
_REQUIRED = "[required]"
# The placeholders of the usage line and the options, in Dutch (the Dutch help uses these).
_METAVARS_NL = {
    "OPTIONS": "OPTIES",
    "COMMAND": "OPDRACHT",
    "ARGS": "ARGUMENTEN",
    "SESSION": "SESSIE",
    "FILE": "BESTAND",
    "FILES": "BESTANDEN",
    "PATH": "PAD",
    "DATE": "DATUM",
    "FROM": "VAN",
    "TEXT": "TEKST",
    "INTEGER": "GETAL",
    "OTHER.db": "ANDERE.db",
    "NEW.toml": "NIEUW.toml",
}
_METAVAR = r"\b(" + "|".join(re.escape(k) for k in _METAVARS_NL) + r")\b"


def placeholders(text: str, lang: str) -> str:
    """``[OPTIONS] SESSION`` as ``[OPTIES] SESSIE`` in Dutch; as it is in English."""
    if lang != "nl":
        return text
    return re.sub(_METAVAR, lambda m: _METAVARS_NL[m[1]], text)


def lang_of(args: Sequence[str]) -> str:
    """The language the command line asks for: its last ``--lang`` (``--lang nl`` or
    ``--lang=nl``, before or after the command), else the environment's."""
    found: str | None = None
    for n, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and n + 1 < len(args):
            found = args[n + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    if found and found.lower()[:2] in ("nl", "en"):
        return normalise_lang(found)
    return default_lang()


def _say(lang: str, text: str, patterns: Iterable[tuple[str, str]]) -> str:
    for pattern, key in patterns:
        match = re.match(pattern, text, re.S)
        if match:
            return WORDS(lang, key, **match.groupdict())
    return text  # a wording of click's this module does not know: as click says it


def _possibilities(lang: str, exc: click.UsageError) -> str:
    found = sorted(getattr(exc, "possibilities", None) or [])
    if not found:
        return ""
    names = ", ".join(repr(p) for p in found)
    return " " + WORDS(
        lang, "did_you_mean" if len(found) == 1 else "did_you_mean_one_of", names=names
    )


def _hint(exc: click.BadParameter) -> str:
    if exc.param_hint is not None:
        hint = exc.param_hint
        return " / ".join(repr(h) for h in hint) if not isinstance(hint, str) else hint
    if exc.param is not None:
        return exc.param.get_error_hint(exc.ctx)
    return ""


def message(exc: click.UsageError, lang: str) -> str:
    """What went wrong, in ``lang``, without the usage line."""
    if isinstance(exc, click.MissingParameter):
        kind = exc.param_type or (exc.param.param_type_name if exc.param else "")
        key = f"missing.{kind}" if f"missing.{kind}" in WORDS else "missing"
        text = WORDS(lang, key, name=placeholders(_hint(exc), lang))
        return f"{text} {exc.message}".rstrip() if exc.message else text
    if isinstance(exc, click.BadParameter):
        detail = _say(lang, exc.message, _DETAILS)
        name = _hint(exc)
        if not name:
            return WORDS(lang, "bad_value_bare", detail=detail)
        return WORDS(lang, "bad_value", name=name, detail=detail)
    return _say(lang, exc.message, _MESSAGES) + _possibilities(lang, exc)


def usage_line(ctx: click.Context, lang: str) -> str:
    """``Usage: facilitator import [OPTIONS] FILE`` in ``lang``."""
    formatter = Formatter(lang=lang, width=ctx.terminal_width, max_width=ctx.max_content_width)
    ctx.command.format_usage(ctx, formatter)
    return formatter.getvalue().rstrip("\n")


def say(exc: click.UsageError, lang: str) -> str:
    """The whole of what click would show for ``exc``, in ``lang``."""
    lines = []
    if exc.ctx is not None:
        lines += [usage_line(exc.ctx, lang), WORDS(lang, "try", command=exc.ctx.command_path), ""]
    lines.append(WORDS(lang, "error", message=message(exc, lang)))
    return "\n".join(lines)


class Said(click.UsageError):
    """A usage error said again in the command line's language; click shows it and exits 2
    (``UsageError.exit_code``), as for the error it says."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(self.text, file=file, err=True)


class Formatter(click.HelpFormatter):
    """click's help formatter, with its headings and notes in ``lang``."""

    # The language the running command line asks for (``--lang``), set by ``Group.main``.
    asked: str | None = None

    def __init__(self, *args: Any, lang: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The command line's (``--lang nl --help``), else the environment's.
        self.lang = lang or Formatter.asked or default_lang()

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        args = placeholders(args, self.lang)
        super().write_usage(prog, args, WORDS(self.lang, "usage") if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        key = f"heading.{heading}"
        super().write_heading(WORDS(self.lang, key) if key in WORDS else heading)

    def write_dl(self, rows: Iterable[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
        said = [(self._term(term), self._note(text)) for term, text in rows]
        super().write_dl(said, *args, **kwargs)

    def _term(self, term: str) -> str:
        """``-o, --output FILE`` as ``-o, --output BESTAND`` in Dutch."""
        option, _, metavar = term.rpartition(" ")
        return f"{option} {placeholders(metavar, self.lang)}" if option else term

    def _note(self, text: str) -> str:
        """The ``[default: …]`` / ``[required]`` click adds to an option's help, in ``lang``."""
        if text.endswith(_REQUIRED):
            return text[: -len(_REQUIRED)] + f"[{WORDS(self.lang, 'required')}]"
        match = re.search(_DEFAULT, text, re.S)
        if match is None:
            return text
        note = WORDS(self.lang, "default", value=match["value"])
        if match["required"]:
            note += "; " + WORDS(self.lang, "required")
        return text[: match.start()] + f"[{note}]"


class UsageContext(click.Context):
    """A context whose help speaks the language of the command line (see ``Formatter``)."""

    formatter_class = Formatter


class Command(click.Command):
    """A command whose help headings speak Dutch or English."""

    context_class = UsageContext


class Group(click.Group):
    """The ``facilitator`` group: its usage errors, and those of its commands, said again in
    the language of the command line (see the module docstring)."""

    context_class = UsageContext
    command_class = Command
    argv: Sequence[str] = ()

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        import sys

        self.argv = list(sys.argv[1:] if args is None else args)
        Formatter.asked = lang_of(self.argv)
        return super().main(self.argv, *rest, **kwargs)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            raise self._said(exc) from exc

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise self._said(exc) from exc

    def _said(self, exc: click.UsageError) -> click.UsageError:
        if isinstance(exc, Said | click.exceptions.NoArgsIsHelpError):
            return exc  # already said, or the help itself
        return Said(say(exc, lang_of(self.argv)))
