"""The warnings and the kinds on a terminal of 16 colours: red stays red.

Textual draws in the theme's colours (truecolor), and the terminal's driver turns each
into the nearest colour the terminal has. On one of 16 colours (``TERM=xterm``,
``linux``, ``screen``) the theme's muted shades came out white or grey: «+02:13 over
tijd», the speaker past their time and the wall's clock in plain white, while the
orange countdown became yellow; the badges BARRIÈRE, KANS and ACTIE all the same light
grey. There, the warnings and the kinds take colours that are among the 16 as they are
(:data:`SIXTEEN_RED` …, the triplets Rich matches to them), so each is drawn in its own
colour; everything else keeps the theme's, and a terminal of 256 colours or more is
drawn as before.
"""

from __future__ import annotations

from facilitator.domain.model import Kind

SIXTEEN = frozenset({"standard", "windows"})
"""Rich's names of the colour systems of 16 colours."""

# The 16 colours as Rich lays them out (``rich._palettes.STANDARD_PALETTE``): a colour given
# as one of these goes to the terminal as that colour, not as its nearest neighbour.
SIXTEEN_RED = "#AA0000"
SIXTEEN_GREEN = "#00AA00"
SIXTEEN_YELLOW = "#AA5500"
SIXTEEN_BLUE = "#0000AA"
SIXTEEN_MAGENTA = "#AA00AA"
SIXTEEN_GREY = "#AAAAAA"
SIXTEEN_DARK_GREY = "#555555"
SIXTEEN_BRIGHT_RED = "#FF5555"
SIXTEEN_BRIGHT_GREEN = "#55FF55"
SIXTEEN_BRIGHT_YELLOW = "#FFFF55"
SIXTEEN_BRIGHT_BLUE = "#5555FF"
SIXTEEN_BRIGHT_MAGENTA = "#FF55FF"
SIXTEEN_WHITE = "#FFFFFF"
SIXTEEN_BLACK = "#000000"


def sixteen_colours(app: object) -> bool:
    """Whether ``app`` draws on a terminal of 16 colours (its console's colour system)."""
    console = getattr(app, "console", None)
    return getattr(console, "color_system", None) in SIXTEEN


def warning_variables(*, dark: bool) -> dict[str, str]:
    """The theme's variables of the warnings, as colours of the 16 (bright on a dark
    background, where the plain ones are hard to read)."""
    return {
        "error": SIXTEEN_RED,
        "text-error": SIXTEEN_BRIGHT_RED if dark else SIXTEEN_RED,
        "warning": SIXTEEN_YELLOW,
        "text-warning": SIXTEEN_BRIGHT_YELLOW if dark else SIXTEEN_YELLOW,
    }


def kind_colours_of_sixteen(*, dark: bool) -> dict[Kind, str]:
    """Each kind's colour among the 16: barrier red, opportunity green, action blue,
    decision purple, question yellow, note grey, as everywhere else."""
    if dark:
        return {
            Kind.BARRIER: SIXTEEN_BRIGHT_RED,
            Kind.OPPORTUNITY: SIXTEEN_BRIGHT_GREEN,
            Kind.ACTION: SIXTEEN_BRIGHT_BLUE,
            Kind.DECISION: SIXTEEN_BRIGHT_MAGENTA,
            Kind.QUESTION: SIXTEEN_BRIGHT_YELLOW,
            Kind.NOTE: SIXTEEN_GREY,
            Kind.SUMMARY: SIXTEEN_WHITE,
        }
    return {
        Kind.BARRIER: SIXTEEN_RED,
        Kind.OPPORTUNITY: SIXTEEN_GREEN,
        Kind.ACTION: SIXTEEN_BLUE,
        Kind.DECISION: SIXTEEN_MAGENTA,
        Kind.QUESTION: SIXTEEN_YELLOW,
        Kind.NOTE: SIXTEEN_DARK_GREY,
        Kind.SUMMARY: SIXTEEN_BLACK,
    }
