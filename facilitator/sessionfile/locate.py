"""Where a key is in a session file: key paths, how they are written, and their lines.

TOML parsers do not say on which line a value was defined, so the text is
scanned once for table headers and assignments; the result is a best-effort
map from key paths (``("agenda", 1, "minutes")``) to 1-based line numbers.
"""

from __future__ import annotations

import re
import tomllib

from facilitator.sessionfile.text import show

PathPart = str | int
KeyPath = tuple[PathPart, ...]


def format_path(path: KeyPath) -> str:
    """A key path as a message shows it: ``agenda[2].minutes``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            name = part if re.fullmatch(r"[A-Za-z0-9_-]+", part) else f'"{show(part)}"'
            out += f".{name}" if out else name
    return out


_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"|\'[^\']*\''
_KEY = rf"(?:{_BARE}|{_QUOTED})"
_DOTTED = rf"{_KEY}(?:\s*\.\s*{_KEY})*"
_AOT_RE = re.compile(rf"^\s*\[\[\s*({_DOTTED})\s*\]\]")
_TABLE_RE = re.compile(rf"^\s*\[\s*({_DOTTED})\s*\]")
_ASSIGN_RE = re.compile(rf"^\s*({_DOTTED})\s*=(.*)$")
_KEY_PART_RE = re.compile(_KEY)


def _split_key(dotted: str) -> tuple[str, ...]:
    parts = []
    for match in _KEY_PART_RE.finditer(dotted):
        raw = match.group(0)
        if raw.startswith('"'):
            try:
                parts.append(tomllib.loads(f"x = {raw}")["x"])
            except tomllib.TOMLDecodeError:
                parts.append(raw[1:-1])
        elif raw.startswith("'"):
            parts.append(raw[1:-1])
        else:
            parts.append(raw)
    return tuple(parts)


def index_lines(text: str) -> dict[KeyPath, int]:
    """Best-effort map of key paths to the line (1-based) where they are defined."""
    lines: dict[KeyPath, int] = {}
    counts: dict[tuple[str, ...], int] = {}
    table: KeyPath = ()
    open_string: str | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        if open_string is not None:
            if line.count(open_string) % 2 == 1:
                open_string = None
            continue
        value = ""
        if match := _AOT_RE.match(line):
            name = _split_key(match.group(1))
            index = counts.get(name, -1) + 1
            counts[name] = index
            for size in range(1, len(name) + 1):
                lines.setdefault(name[:size], number)
            table = (*name, index)
            lines.setdefault(table, number)
        elif match := _TABLE_RE.match(line):
            table = _split_key(match.group(1))
            for size in range(1, len(table) + 1):
                lines.setdefault(table[:size], number)
        elif match := _ASSIGN_RE.match(line):
            parts = _split_key(match.group(1))
            for size in range(1, len(parts) + 1):
                lines.setdefault((*table, *parts[:size]), number)
            value = match.group(2)
        for quote in ('"""', "'''"):
            if value.count(quote) % 2 == 1:
                open_string = quote
                break
    return lines


def nearest_line(lines: dict[KeyPath, int], path: KeyPath) -> int | None:
    """The line of ``path`` or, failing that, of the nearest table around it."""
    for size in range(len(path), 0, -1):
        line = lines.get(path[:size])
        if line is not None:
            return line
    return None
