"""Reading typed values out of a session file's tables, collecting problems on the way.

:class:`Fields` is the base of the reader: it knows the file's text, name,
language and line numbers, turns a message key into a :class:`Problem` at the
right line, and reads the plain kinds of value (text, slugs, lists of tables).
Nothing here raises on a bad value; it is reported and ``None`` is returned.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from facilitator.sessionfile.keys import TOP_KEYS, suggest_key
from facilitator.sessionfile.locate import KeyPath, format_path, nearest_line
from facilitator.sessionfile.messages import MESSAGES
from facilitator.sessionfile.problems import Problem, SessionFileError
from facilitator.sessionfile.text import SLUG_RE, clean, show, slugify
from facilitator.text import free_line


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "t_bool"
    if isinstance(value, int):
        return "t_int"
    if isinstance(value, float):
        return "t_float"
    if isinstance(value, str):
        return "t_str"
    if isinstance(value, datetime):
        return "t_datetime"
    if isinstance(value, date):
        return "t_date"
    if isinstance(value, time):
        return "t_time"
    if isinstance(value, list):
        return "t_array"
    if isinstance(value, dict):
        return "t_table"
    return "t_other"


def _toml_repr(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


class Fields:
    """The problems found so far in one session file, and the typed getters that find them."""

    def __init__(self, text: str, source: str, lang: str) -> None:
        self.text = text[1:] if text.startswith("\ufeff") else text
        self.source = source
        self.lang = lang
        self.problems: list[Problem] = []
        self.lines: dict[KeyPath, int] = {}

    # -- reporting -----------------------------------------------------------

    def t(self, msg: str, /, **values: object) -> str:
        return MESSAGES(self.lang, msg, **values)

    def line_of(self, path: KeyPath) -> int | None:
        return nearest_line(self.lines, path)

    def written(self, path: KeyPath, value: object) -> str:
        """``value`` as the file writes it on the line of ``path`` (``1e400``, which TOML
        reads as inf), else as :func:`show` says it."""
        line, key = self.line_of(path), path[-1] if path else None
        rows = self.text.split("\n")
        if line is not None and isinstance(key, str) and 0 < line <= len(rows):
            name = rf"[\"']?{re.escape(key)}[\"']?"
            found = re.search(rf"(?:^|[\s,{{.]){name}\s*=\s*([^\s,}}\]#]+)", rows[line - 1])
            if found:
                return show(found[1])
        return show(value)

    def add(self, path: KeyPath, msg: str, /, **values: object) -> None:
        self.problems.append(
            Problem(
                self.source,
                self.line_of(path),
                format_path(path) or None,
                self.t(msg, **values),
            )
        )

    def where(self, path: KeyPath) -> str:
        line = self.line_of(path)
        if line is None:
            return format_path(path)
        return self.t("where_line", path=format_path(path), line=line)

    def got(self, value: object) -> str:
        kind = self.t(_kind(value))
        if isinstance(value, list | dict):
            return kind
        return f"{kind} ({show(_toml_repr(value))})"

    def wrong_type(self, path: KeyPath, expected: str, value: object) -> None:
        self.add(path, "wrong_type", expected=expected, got=self.got(value))

    def fail_if_problems(self) -> None:
        if self.problems:
            ordered = sorted(self.problems, key=lambda p: p.line or 0)
            raise SessionFileError(ordered)

    # -- typed getters -------------------------------------------------------

    def check_keys(self, table: Mapping[str, object], known: Sequence[str], path: KeyPath) -> None:
        for key in table:
            if key in known:
                continue
            suggestion = suggest_key(key, known)
            if path and key in TOP_KEYS:  # written after a [[…]] block: it took the key
                self.add((*path, key), "top_key_in_block", key=show(key), known=", ".join(known))
            elif suggestion:
                self.add((*path, key), "unknown_key_suggest", key=show(key), suggestion=suggestion)
            else:
                self.add((*path, key), "unknown_key", key=show(key), known=", ".join(known))

    def text_value(
        self,
        table: Mapping[str, object],
        key: str,
        path: KeyPath,
        expected: str = "exp_text",
        *,
        required: bool = False,
        free: bool = False,
        **values: object,
    ) -> str | None:
        """A string value (whitespace collapsed), or None if absent or wrong. ``free``: free
        text, an organisation or a title, as the app's forms keep it
        (:func:`facilitator.text.free_line`): the spaces that keep words together (a
        no-break space, a thin one) stay as written; only a run of the blanks that break
        a line or a word is one space."""
        here = (*path, key)
        wanted = self.t(expected, **values)
        if key not in table:
            if required:
                self.add(here, "missing", expected=wanted)
            return None
        value = table[key]
        if not isinstance(value, str):
            self.wrong_type(here, wanted, value)
            return None
        cleaned = free_line(value) if free else clean(value)
        if required and not cleaned:
            self.add(here, "empty", expected=wanted)
            return None
        return cleaned

    def slug_value(self, table: Mapping[str, object], key: str, path: KeyPath) -> str | None:
        value = self.text_value(table, key, path, "exp_key")
        if value is None:
            return None
        if not SLUG_RE.match(value):
            suggestion = slugify(value) or "ronde-1"
            self.add((*path, key), "bad_slug", value=show(value), suggestion=suggestion)
            return None
        return value

    def table_list(
        self, data: Mapping[str, object], key: str
    ) -> list[tuple[int, dict[str, Any]]] | None:
        """The entries of ``[[key]]``: (index, table) for each entry that is a table."""
        if key not in data:
            return None
        value = data[key]
        expected = self.t("exp_array_of_tables", name=key)
        if not isinstance(value, list):
            self.wrong_type((key,), expected, value)
            return None
        entries = []
        for index, entry in enumerate(value):
            if isinstance(entry, dict):
                entries.append((index, entry))
            else:
                self.wrong_type((key, index), self.t("exp_table"), entry)
        return entries
