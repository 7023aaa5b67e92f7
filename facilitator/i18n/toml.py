"""What Python's TOML reader says is wrong, explained in Dutch and English.

``tomllib`` words its errors for a programmer ("Illegal character '\\n'", "Cannot
overwrite a value"). A session file or a keymap is often written by hand by an organiser
who reads no TOML: :func:`toml_reason` says the reader's known errors in words of the
file (a quote missing, a key given twice) in Dutch or English, and leaves any other as
it is.
"""

from __future__ import annotations

import ast
import re

# The reader's messages (Python 3.11-3.13's tomllib), as patterns, each with its Dutch and
# English words, which may use the groups the pattern names.
_WORDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern + r"\Z", re.DOTALL), dutch, english)
    for pattern, dutch, english in (
        (
            r"Illegal character '\\n'",
            "een tekst loopt door tot het eind van de regel (een aanhalingsteken ontbreekt)",
            "a text runs on to the end of the line (a quote is missing)",
        ),
        (r"Illegal character (?P<c>.+)", "ongeldig teken {c}", "invalid character {c}"),
        (r"Found invalid character (?P<c>.+)", "ongeldig teken {c}", "invalid character {c}"),
        (
            r"Expected '=' after a key in a key/value pair",
            "'=' verwacht na de naam van een sleutel",
            "'=' expected after the name of a key",
        ),
        (
            r"Expected '\]' at the end of a table declaration",
            "']' verwacht aan het eind van een [kop]",
            "']' expected at the end of a [heading]",
        ),
        (
            r"Expected '\]\]' at the end of an array declaration",
            "']]' verwacht aan het eind van een [[kop]]",
            "']]' expected at the end of a [[heading]]",
        ),
        (
            r"Expected newline or end of document after a statement",
            "na een waarde hoort de regel te eindigen",
            "the line should end after a value",
        ),
        (r"Expected (?P<x>.+)", "{x} verwacht", "{x} expected"),
        (r"Invalid date or datetime", "ongeldige datum of tijd", "invalid date or time"),
        (r"Invalid hex value", "ongeldige hexadecimale waarde", "invalid hexadecimal value"),
        (
            r"Invalid initial character for a key part",
            "ongeldig eerste teken van een sleutel",
            "invalid first character of a key",
        ),
        (r"Invalid statement", "ongeldige regel", "invalid line"),
        (
            r"Invalid value",
            "ongeldige waarde (tekst hoort tussen aanhalingstekens)",
            "invalid value (text goes between quotes)",
        ),
        (
            r"Unclosed array",
            "lijst niet gesloten (']' ontbreekt)",
            "list not closed (']' is missing)",
        ),
        (
            r"Unclosed inline table",
            "tabel niet gesloten ('}}' ontbreekt)",
            "table not closed ('}}' is missing)",
        ),
        (
            r"Unterminated string",
            "tekst niet afgesloten (een aanhalingsteken ontbreekt)",
            "text not closed (a quote is missing)",
        ),
        (
            r"Unescaped '\\' in a string",
            "losse '\\' in een tekst (schrijf '\\\\')",
            "a lone '\\' in a text (write '\\\\')",
        ),
        (
            r"Escaped character is not a Unicode scalar value",
            "ongeldig teken na een '\\'",
            "invalid character after a '\\'",
        ),
        (
            r"Cannot overwrite a value",
            "deze waarde staat er al (een sleutel staat er twee keer)",
            "this value is given already (a key given twice)",
        ),
        (r"Cannot declare (?P<k>.+) twice", "{k} staat er twee keer", "{k} is given twice"),
        (
            r"Duplicate inline table key (?P<k>.+)",
            "sleutel {k} staat er twee keer",
            "key {k} is given twice",
        ),
        (
            r"Cannot mutate immutable namespace (?P<k>.+)",
            "{k} kan hier niet nog eens",
            "{k} cannot be given here again",
        ),
        (
            r"Cannot redefine namespace (?P<k>.+)",
            "{k} kan hier niet nog eens",
            "{k} cannot be given here again",
        ),
    )
)


_POSITION = re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)\s*\Z")


def toml_error(message: str) -> tuple[int | None, int | None, str]:
    """tomllib's message taken apart: its line and column (None at the end of the document,
    or if it names none) and the reason without them."""
    found = _POSITION.search(message)
    if found is None:
        return None, None, message
    line, column = found.groups()
    return (
        int(line) if line else None,
        int(column) if column else None,
        message[: found.start()],
    )


def toml_reason(reason: str, lang: str) -> str:
    """``reason`` (tomllib's message without its position) explained in ``lang`` (Dutch,
    else English), for the reader's known messages; any other as it is."""
    for pattern, dutch, english in _WORDS:
        found = pattern.match(reason)
        if found:
            words = dutch if lang == "nl" else english
            return words.format(**{k: _key(v) for k, v in found.groupdict().items()})
    return reason


def _key(value: str) -> str:
    """A key the reader names as a tuple of its parts (``('agenda', 'title')``) as it is
    written in the file (``agenda.title``); anything else as it is."""
    if value.startswith("(") and value.endswith(")"):
        try:
            parts = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return value
        if isinstance(parts, tuple) and all(isinstance(p, str) for p in parts):
            return ".".join(parts)
    return value
