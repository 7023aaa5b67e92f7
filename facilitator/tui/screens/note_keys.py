"""The note-taker's keys (capture, board) for the main screen."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.screen import Screen

from facilitator.i18n import Catalog

KEY_WORDS = Catalog({})


class NoteKeys(Screen[None]):
    """Mixin: bindings and actions of the note-taker."""

    KEY_WORDS = KEY_WORDS
    BINDINGS: ClassVar[list[BindingType]] = []
