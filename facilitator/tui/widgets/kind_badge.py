"""Kinds of contribution as the screen shows them: words, fixed colours, badges.

Barrier red, opportunity green, action blue, decision purple, question
yellow, note grey — taken from the theme (``$text-error`` …; purple is the
theme's red and blue mixed), so light and dark themes both read well; on a terminal of 16
colours, colours of the 16 (:mod:`facilitator.tui.colours`), where the theme's would all
come out grey. Also
:func:`rich_plain`, user text as Rich :class:`~rich.text.Text` for tables,
never parsed as markup (the plain-text helpers are :mod:`facilitator.text`;
``flat``, ``paragraph`` and ``printable`` are importable from here too).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import App
from textual.color import Color
from textual.content import Content

from facilitator.domain.model import Kind
from facilitator.i18n import Catalog
from facilitator.text import printable, screen_block, screen_line
from facilitator.tui.colours import kind_colours_of_sixteen, sixteen_colours

__all__ = [
    "BADGE_WIDTH",
    "KIND_WORDS",
    "badge",
    "badge_style",
    "badge_width",
    "flat",
    "kind_colours",
    "kind_style",
    "kind_word",
    "paragraph",
    "printable",
    "rich_badge",
    "rich_plain",
]

KIND_WORDS = Catalog(
    {
        "barrier": ("barrière", "barrier"),
        "opportunity": ("kans", "opportunity"),
        "action": ("actie", "action"),
        "decision": ("besluit", "decision"),
        "question": ("vraag", "question"),
        "note": ("notitie", "note"),
        "summary": ("resumé", "summary"),
        "column.barrier": ("Barrières", "Barriers"),
        "column.opportunity": ("Kansen", "Opportunities"),
        "column.action": ("Acties", "Actions"),
    }
)

_THEME_VARIABLE = {
    Kind.BARRIER: "text-error",
    Kind.OPPORTUNITY: "text-success",
    Kind.ACTION: "text-primary",
    Kind.QUESTION: "text-warning",
    Kind.NOTE: "foreground-muted",
    Kind.SUMMARY: "foreground",
}
_FALLBACK = {
    Kind.BARRIER: "#D17E92",
    Kind.OPPORTUNITY: "#8AD4A1",
    Kind.ACTION: "#57A5E2",
    Kind.DECISION: "#9A8FC0",
    Kind.QUESTION: "#FFC473",
    Kind.NOTE: "#A0A0A0",
    Kind.SUMMARY: "#E0E0E0",
}
BADGE_WIDTH = 9


def badge_width(lang: str) -> int:
    """Room for the longest kind word in ``lang``, with a space either side."""
    return 2 + max(len(kind_word(kind, lang)) for kind in Kind)


def kind_word(kind: Kind, lang: str) -> str:
    return KIND_WORDS(lang, kind.value)


def _resolve(variables: dict[str, str], name: str, background: Color) -> Color | None:
    value = variables.get(name)
    if not value:
        return None
    try:
        colour = Color.parse(value)
    except Exception:
        return None
    return background + colour if colour.a < 1 else colour


_CACHE: dict[tuple[int, str, bool], dict[Kind, Color]] = {}


def kind_colours(app: App[object] | None) -> dict[Kind, Color]:
    """The colour of each kind in the app's current theme."""
    colours = {kind: Color.parse(value) for kind, value in _FALLBACK.items()}
    if app is None:
        return colours
    sixteen = sixteen_colours(app)
    key = (id(app), str(getattr(app, "theme", "")), sixteen)
    if key in _CACHE:
        return _CACHE[key]
    if sixteen:  # the theme's shades would all come out grey: colours of the 16 instead
        dark = bool(getattr(getattr(app, "current_theme", None), "dark", True))
        sixteen_of = kind_colours_of_sixteen(dark=dark)
        colours = {kind: Color.parse(sixteen_of[kind]) for kind in Kind}
        _CACHE[key] = colours
        return colours
    try:
        variables = app.theme_variables
    except Exception:
        return colours
    background = Color.parse(variables.get("background", "#121212"))
    for kind, name in _THEME_VARIABLE.items():
        found = _resolve(variables, name, background)
        if found is not None:
            colours[kind] = found
    colours[Kind.DECISION] = colours[Kind.BARRIER].blend(colours[Kind.ACTION], 0.5)
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[key] = colours
    return colours


def kind_style(colours: dict[Kind, Color], kind: Kind, *, bold: bool = False) -> str:
    return ("bold " if bold else "") + colours[kind].hex6


def badge_style(colours: dict[Kind, Color], kind: Kind) -> str:
    """Reverse colours for a badge: readable text on the kind's colour."""
    background = colours[kind]
    return f"bold {background.get_contrast_text(1.0).hex6} on {background.hex6}"


def badge(
    kind: Kind, lang: str, colours: dict[Kind, Color], width: int | None = BADGE_WIDTH
) -> Content:
    """The kind's word on its colour, ``width`` cells wide (``None``: the whole word)."""
    word = f" {kind_word(kind, lang).upper()} "
    if width is not None:
        word = word.ljust(width)[: max(width, 1)]
    return Content(word).stylize(badge_style(colours, kind))


def rich_badge(kind: Kind, lang: str, colours: dict[Kind, Color]) -> Text:
    """The kind as a coloured badge for a table cell."""
    return Text(f" {kind_word(kind, lang).upper()} ", style=badge_style(colours, kind), end="")


# The board, the log and the capture line call these by their old names.
flat = screen_line
paragraph = screen_block


def rich_plain(text: str, style: str = "", limit: int | None = None) -> Text:
    """User text for a DataTable cell: one line, literal, cut with an ellipsis."""
    return Text(screen_line(text, limit), style=style, no_wrap=True, overflow="ellipsis", end="")
