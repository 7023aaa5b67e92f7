"""What Python's TOML reader says is wrong, in Dutch too.

``tomllib`` words its errors in English only ("Illegal character '\\n'", "Unclosed
array"). A session file or a keymap is often written by hand by a Dutch organiser,
whose message otherwise mixes both languages: :func:`toml_reason` says the reader's
known errors in Dutch, and leaves any other (or the English) as it is.
"""

from __future__ import annotations

import ast
import re

# The reader's messages (Python 3.11-3.13's tomllib), as patterns; the Dutch may use the
# groups the pattern names.
_DUTCH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z", re.DOTALL), dutch)
    for pattern, dutch in (
        (
            r"Illegal character '\\n'",
            "een tekst loopt door tot het eind van de regel (een aanhalingsteken ontbreekt)",
        ),
        (r"Illegal character (?P<c>.+)", "ongeldig teken {c}"),
        (r"Found invalid character (?P<c>.+)", "ongeldig teken {c}"),
        (
            r"Expected '=' after a key in a key/value pair",
            "'=' verwacht na de naam van een sleutel",
        ),
        (
            r"Expected '\]' at the end of a table declaration",
            "']' verwacht aan het eind van een [kop]",
        ),
        (
            r"Expected '\]\]' at the end of an array declaration",
            "']]' verwacht aan het eind van een [[kop]]",
        ),
        (
            r"Expected newline or end of document after a statement",
            "na een waarde hoort de regel te eindigen",
        ),
        (r"Expected (?P<x>.+)", "{x} verwacht"),
        (r"Invalid date or datetime", "ongeldige datum of tijd"),
        (r"Invalid hex value", "ongeldige hexadecimale waarde"),
        (r"Invalid initial character for a key part", "ongeldig eerste teken van een sleutel"),
        (r"Invalid statement", "ongeldige regel"),
        (r"Invalid value", "ongeldige waarde (tekst hoort tussen aanhalingstekens)"),
        (r"Unclosed array", "lijst niet gesloten (']' ontbreekt)"),
        (r"Unclosed inline table", "tabel niet gesloten ('}}' ontbreekt)"),
        (r"Unterminated string", "tekst niet afgesloten (een aanhalingsteken ontbreekt)"),
        (r"Unescaped '\\' in a string", "losse '\\' in een tekst (schrijf '\\\\')"),
        (r"Escaped character is not a Unicode scalar value", "ongeldig teken na een '\\'"),
        (r"Cannot overwrite a value", "deze waarde staat er al"),
        (r"Cannot declare (?P<k>.+) twice", "{k} staat er twee keer"),
        (r"Duplicate inline table key (?P<k>.+)", "sleutel {k} staat er twee keer"),
        (r"Cannot mutate immutable namespace (?P<k>.+)", "{k} kan hier niet nog eens"),
        (r"Cannot redefine namespace (?P<k>.+)", "{k} kan hier niet nog eens"),
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
    """``reason`` (tomllib's message without its position) in ``lang``: Dutch for the
    reader's known messages, else as it is."""
    if lang != "nl":
        return reason
    for pattern, dutch in _DUTCH:
        found = pattern.match(reason)
        if found:
            return dutch.format(**{k: _key(v) for k, v in found.groupdict().items()})
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
