"""Key routing that cannot lose or misroute a key, however far behind the app is.

Textual hands a key to the focused widget's own message queue and checks the
screen's bindings only when the key has bubbled back up, so a key pressed
while the previous one is still on its way can overtake it: a letter meant
for a capture line that is just opening runs as a console shortcut instead.
Here every key (and every paste) joins one backlog on the app and is routed
*at once, in arrival order*, before the next is looked at:

1. A dialog that is still opening (``ready_for_keys`` False: one with a text
   field until the field has the focus, one without until it is mounted, the
   command palette until its search line has the focus) holds the
   backlog until it can take keys, then calls :meth:`KeyRouter.resume`; so
   does an app whose ``ready_for_keys`` is False (the review of the synthesis,
   while a change is saved off the UI thread), and an app whose ``holds_key``
   says the next key acts on what the screen shows while the screen is still
   behind the changes given before it (a card selected on the board: the key
   means the selection as it is once those changes are in).
2. Priority bindings (``ctrl+q``; ``escape``/``tab`` of the capture line and
   the dialogs) run first. A dialog whose ``gives_way_to`` takes the key (the
   question whether to quit, when the typing simply goes on) is closed and the
   key routed again, to the screen beneath; so is a paste.
3. While a text field has focus, the key belongs to it: its own editing
   keys, or the character is inserted. No other shortcut fires, but for the
   command palette's own arrows, page keys and Esc, which Textual binds on
   the palette rather than on its search line.
4. Esc on a panel that fills the screen (the palette's «Vergroten») brings back the
   normal layout, before any binding of the panel, as Textual's own routing would.
5. Otherwise the bindings along the focus chain run (pane, screen, app);
   a key no binding takes goes to the focused widget as usual. Its bindings are
   not looked up again when it comes back up to the app (:func:`routed_already`):
   by then the screen on top may be another one (the F9 typed on «Sessie sluiten»,
   which none of its keys takes, came back after ``s`` had closed it, and ran as
   F9 on the main screen: a second close dialog, or a reopening without asking).

Text fields are opened with :func:`focus_now` (not ``Widget.focus()``, which
moves the focus only later), so the very next key already finds them.
"""

from __future__ import annotations

import inspect
import unicodedata
from collections import deque
from typing import TYPE_CHECKING, Any, Protocol

from textual import events
from textual.command import CommandPalette
from textual.keys import _character_to_key
from textual.widget import Widget
from textual.widgets import Input

from facilitator.text import field_paste

if TYPE_CHECKING:
    from textual.app import App

    from facilitator.service.rescue import Kept


class OpenText(Protocol):
    """A screen or widget that can say what text is typed but not yet saved."""

    def unsaved_text(self) -> str: ...

    def unsaved_lines(self) -> list[Kept]:
        """The same text, each line with what it was (see ``facilitator.service.rescue``)."""
        ...


def typeable(event: events.Key) -> bool:
    """Whether the key types its character into a text field: a printable one, one of
    the invisible characters text needs (category Cf: the zero-width joiner of 👩‍👩‍👧, the
    zero-width non-joiner Persian spelling needs, direction marks, a soft hyphen), or a
    space other than the plain one (category Zs: the no-break space of «10 km», the thin
    and the narrow no-break space of «1 000» and French «guillemets», the ideographic
    space), all of which Textual's ``is_printable`` leaves out. A paste keeps them too."""
    character = event.character
    if character is None or len(character) != 1:
        return event.is_printable and character is not None
    return character.isprintable() or unicodedata.category(character) in ("Cf", "Zs")


def routed_already(event: events.Event) -> bool:
    """Whether ``event`` is a key the router gave the focused widget, come back up to the app.

    Textual looks up the app's bindings of a key when it bubbles up to the app; the router
    looked them up when it routed the key, on the screen then on top, and found none. Looked
    up again now, they would act on whatever screen is on top by then: the apps let such a
    key go."""
    return isinstance(event, events.Key) and event.is_forwarded


def focus_now(widget: Widget) -> None:
    """Give ``widget`` the focus before the next key is routed."""
    widget.screen.set_focus(widget)


class KeyRouter:
    """The app's one backlog of keys, routed strictly in the order they arrived."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self._backlog: deque[events.Key | events.Paste] = deque()
        self._busy = False
        self.routing: events.Key | events.Paste | None = None
        """The key (or paste) being routed now: an action can ask what it was typed on."""

    async def arrived(self, event: events.Key | events.Paste) -> None:
        self._backlog.extend(self._escape_apart(event))
        await self._drain()

    def _escape_apart(self, event: events.Key | events.Paste) -> list[events.Key | events.Paste]:
        """Esc and a key pressed right after it, as the two keys they were.

        A terminal sends Esc and a key typed within a tenth of a second after it as one
        ``alt+`` key, which a text field would take as the bare letter: Esc then ``c``
        (cancel the line, capture a note) would add a ``c`` to the line instead. The app
        binds no ``alt+`` letter, so unless a keymap does, it is taken apart again.
        """
        if not isinstance(event, events.Key) or not event.key.startswith("alt+"):
            return [event]
        character = event.character
        if character is None or len(character) != 1 or not character.isprintable():
            return [event]  # alt+backspace and the like: the field's own keys
        if event.key in self.app.screen.active_bindings:
            return [event]
        return [events.Key("escape", "\x1b"), events.Key(_character_to_key(character), character)]

    def resume(self) -> None:
        """A dialog that held the keys can take them now."""
        self.app.call_next(self._drain)

    @property
    def waiting(self) -> int:
        """Keys not yet routed (a dialog is opening)."""
        return len(self._backlog)

    async def _drain(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            while self._backlog:
                if not (
                    getattr(self.app.screen, "ready_for_keys", True)
                    and getattr(self.app, "ready_for_keys", True)
                ):
                    return  # the opening dialog (or the app, done saving) calls resume()
                holds = getattr(self.app, "holds_key", None)
                if callable(holds) and holds(self._backlog[0]):
                    return  # it acts on what the screen shows: once that is up to date
                event = self._backlog.popleft()
                self.routing = event
                try:
                    if isinstance(event, events.Paste):
                        await self._paste(event)
                    else:
                        await self._route(event)
                finally:
                    self.routing = None
        finally:
            self._busy = False

    async def _route(self, event: events.Key) -> None:
        app = self.app
        screen = app.screen
        if await app._check_bindings(event.key, priority=True):
            return
        gives_way = getattr(screen, "gives_way_to", None)
        if callable(gives_way) and gives_way(event):
            screen.dismiss()  # off the stack at once: the key goes to the screen beneath
            await self._route(event)
            return
        field = screen.focused
        if isinstance(field, Input):
            await self._type(field, event)
            return
        if event.key == "escape" and screen.maximized is not None and app.escape_to_minimize:
            screen.minimize()  # the normal layout again, as Textual does (it never sees the key)
            return
        if await app._check_bindings(event.key, priority=False):
            return
        target = screen.focused or screen
        target._forward_event(event)

    async def _type(self, field: Input, event: events.Key) -> None:
        """A key in a text field: its own editing keys, else the character goes in."""
        for binding in field._bindings.key_to_bindings.get(event.key, ()):
            if await self.app.run_action(binding.action, field):
                return
        palette = field.screen
        if isinstance(palette, CommandPalette) and not event.is_printable:
            # Textual's palette binds its arrows and Esc on the screen, not on its search line
            for binding in palette._bindings.key_to_bindings.get(event.key, ()):
                if await self.app.run_action(binding.action, palette):
                    return
        if typeable(event):
            assert event.character is not None
            field._restart_blink()
            self._insert(field, event.character)
        # anything else (F-keys, ctrl+letters) is no shortcut while text is open

    @staticmethod
    def _insert(field: Input, text: str) -> None:
        """Typed or pasted text goes in at the cursor, or in place of the text selected (the
        planned minutes the cursor came to: ``5`` makes them 5, not 105)."""
        selection = field.selection
        if selection.is_empty:
            field.insert_text_at_cursor(text)
        else:
            field.replace(text, *selection)

    async def _paste(self, event: events.Paste) -> None:
        """A paste lands where the keys go, at once (a capture line keeps it whole); with no
        text field focused, a screen that takes pastes itself gets it (a new note line). A
        dialog that gives way to a key gives way to a paste too (the question whether to
        reopen or to quit): the paste goes where it would have without it."""
        screen = self.app.screen
        gives_way = getattr(screen, "gives_way_to", None)
        if callable(gives_way) and gives_way(event):
            screen.dismiss()  # as for a key: the paste goes to the screen beneath
            await self._paste(event)
            return
        field = screen.focused
        take = getattr(field, "take_paste", None)
        if callable(take):
            take(event.text)
        elif isinstance(field, Input):
            text = field_paste(event.text)  # no escape byte in a name, nor on the screen
            if text:
                self._insert(field, text)
        elif callable(getattr(screen, "take_paste", None)):
            taken = screen.take_paste(event.text)  # type: ignore[attr-defined]
            if inspect.isawaitable(taken):
                await taken
        else:
            (field or screen)._forward_event(event)

    def open_text(self) -> str:
        """Text typed in open lines and dialogs and not yet saved ('' if none): of every
        screen, the topmost first (a form open over lines that wait after a failed save
        keeps both)."""
        found = []
        for screen in reversed(self.app.screen_stack):
            unsaved = getattr(screen, "unsaved_text", None)
            if callable(unsaved):
                text = str(unsaved())
                if text.strip():
                    found.append(text)
        return "\n".join(found)

    def open_lines(self) -> list[Kept]:
        """The text of :meth:`open_text`, each line with what it was (the kind, who said
        it, the agenda item), for the file that keeps it when the app stops."""
        from facilitator.service.rescue import Kept

        found: list[Kept] = []
        for screen in reversed(self.app.screen_stack):
            unsaved = getattr(screen, "unsaved_text", None)
            if not callable(unsaved) or not str(unsaved()).strip():
                continue
            lines = getattr(screen, "unsaved_lines", None)
            found += list(lines()) if callable(lines) else [Kept(str(unsaved()))]
        return found
