"""click's own words in Dutch: usage errors, "Usage:", "Options", prompts.

click says "Error: No such option '--formaat'." in English whatever the
language, and has no Dutch translation of its own. It looks each of its
sentences up through :func:`gettext.gettext` (imported into each of its modules
as ``_``, and ``ngettext`` for the plural ones), so :func:`speak` puts a
look-up into this catalogue in their place: in Dutch it gives the Dutch
sentence, in English (or for a sentence not here) click's own. The language is
that of the command line, read before click parses it (``--lang``, else the
environment's), so even a mistake in the arguments is said in Dutch.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from facilitator.i18n import default_lang, normalise_lang

DUTCH: dict[str, str] = {
    "Aborted!": "Afgebroken.",
    "Options": "Opties",
    "Positional arguments": "Argumenten",
    "Commands": "Opdrachten",
    "Missing command.": "Geen opdracht gegeven.",
    "env var: {var}": "omgevingsvariabele: {var}",
    "default: {default}": "standaard: {default}",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Zie '{command} {option}' voor hulp.",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Missing argument": "Argument ontbreekt",
    "Missing option": "Optie ontbreekt",
    "Missing parameter": "Parameter ontbreekt",
    "Missing {param_type}": "{param_type} ontbreekt",
    "Missing parameter: {param_name}": "Parameter ontbreekt: {param_name}",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "unknown error": "onbekende fout",
    "Could not open file {filename!r}: {message}": (
        "Kan bestand {filename!r} niet openen: {message}"
    ),
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig getal ({number_type}).",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} is geen ja of nee. Geldig zijn: {states}"
    ),
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} kan niet gelezen worden.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} kan niet geschreven worden.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} vraagt {nargs} waarden.",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Usage:": "Gebruik:",
    "Do you want to continue?": "Wilt u doorgaan?",
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "Show the version and exit.": "Toon de versie en stop.",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Repeat for confirmation": "Herhaal ter bevestiging",
    "Error: The two entered values do not match.": "Fout: de twee waarden verschillen.",
    "Error: invalid input": "Fout: ongeldige invoer",
    "Press any key to continue...": "Druk op een toets om verder te gaan...",
}

DUTCH_PLURAL: dict[tuple[str, str], tuple[str, str]] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): (
        "Onverwacht extra argument ({args})",
        "Onverwachte extra argumenten ({args})",
    ),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): (
        "Bedoelt u {possibility}?",
        "(Bedoelt u een van: {possibilities}?)",
    ),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): (
        "{value!r} is niet {choice}.",
        "{value!r} is niet een van {choices}.",
    ),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): (
        "Optie {name!r} vraagt een waarde.",
        "Optie {name!r} vraagt {nargs} waarden.",
    ),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."): (
        "Vraagt {nargs} waarden, maar kreeg er 1.",
        "Vraagt {nargs} waarden, maar kreeg er {len}.",
    ),
}

_lang = "en"


def gettext(message: str) -> str:
    """click's sentence in the language of the command line."""
    return DUTCH.get(message, message) if _lang == "nl" else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """click's sentence for ``n`` of something, in the language of the command line."""
    if _lang == "nl" and (singular, plural) in DUTCH_PLURAL:
        one, many = DUTCH_PLURAL[(singular, plural)]
        return one if n == 1 else many
    return singular if n == 1 else plural


def lang_of(args: Sequence[str]) -> str:
    """The language a command line asks for: its last ``--lang``, else the environment's."""
    found = None
    for n, arg in enumerate(args):
        if arg == "--lang" and n + 1 < len(args):
            found = args[n + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return normalise_lang(found) if found in ("nl", "en") else default_lang()


def speak(lang: str, modules: Sequence[ModuleType]) -> None:
    """Let click's ``modules`` say their sentences in ``lang`` from now on."""
    global _lang
    _lang = normalise_lang(lang)
    for module in modules:
        if hasattr(module, "_"):
            setattr(module, "_", gettext)  # noqa: B010 (a name mypy cannot see)
        if hasattr(module, "ngettext"):
            setattr(module, "ngettext", ngettext)  # noqa: B010
