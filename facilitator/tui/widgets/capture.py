"""The capture line: a kind key opens it, Enter saves, Escape cancels, Tab cycles the kind.

```
 ACTIE ▸ Anne de Vries · punt 3 │ Matchpunt opzetten @UWV/Els #stage tot vr 30 okt▏
 → UWV (Els Bos)  ·  tot vr 30 okt  ·  #stage
```
The badge says what will be stored, by whom and under which item; the line
below shows the owners, due date, tags and speaker parsed from the text, so a
mistake is visible before Enter. The bar saves nothing itself: Enter takes the
line's text and clears the line *in the same key event*, then hands a
:class:`Capture` to the ``submit`` callback its screen gave it (synchronously,
so the command queue sees it before any key typed after Enter). A kind key
right after Enter opens a fresh line. If the save fails, :meth:`restore` puts
the text back: into the line if it is free, else into the list of unsaved
lines, which the next kind key brings back. Escape on a line that came back
keeps it in that list (said in a notification): only a line emptied first is
thrown away.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.color import Color
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input, Static

from facilitator.capture.completion import complete
from facilitator.capture.context import Context
from facilitator.domain.model import BOARD_KINDS, AgendaItem, Kind, SessionStatus
from facilitator.i18n import Catalog
from facilitator.records import record
from facilitator.service import SPEAKING, SessionState, Speaking
from facilitator.text import one_line
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.keys import focus_now
from facilitator.tui.widgets.capture_input import WORDS as INPUT_WORDS
from facilitator.tui.widgets.capture_input import CaptureInput, preview
from facilitator.tui.widgets.kind_badge import badge, flat, kind_colours, kind_word
from facilitator.tui.words import Localised

if TYPE_CHECKING:
    from facilitator.capture.parsing import Parsed
    from facilitator.service.rescue import Kept

WORDS = Catalog(
    {
        "nobody": ("niemand", "nobody"),
        "item": ("punt {n}", "item {n}"),
        "no_item": ("geen punt", "no item"),
        "keys": (
            "Enter opslaan · {key[line.cancel]} annuleren · {key[line.cycle]} soort",
            "Enter saves · {key[line.cancel]} cancels · {key[line.cycle]} changes kind",
        ),
        "not_saved": ("⚠ niet opgeslagen: {reason}", "⚠ not saved: {reason}"),
        "not_saved_below": (
            "⚠ niet opgeslagen (zie de melding hieronder)",
            "⚠ not saved (see the message below)",
        ),
        "waiting": (
            "nog {n} regel(s) niet opgeslagen: de volgende soorttoets haalt ze terug",
            "{n} more line(s) not saved: the next kind key brings them back",
        ),
        "session_closed": (
            "⚠ de sessie is gesloten: Enter bewaart niets; {key[line.cancel]} bewaart de regel "
            "tot ze weer open is",
            "⚠ the session is closed: Enter saves nothing; {key[line.cancel]} keeps the line "
            "until it is open again",
        ),
        "session_closed_enter": (
            "Deze sessie is gesloten: de regel is niet opgeslagen. {key[line.cancel]} bewaart "
            "hem; de eerste soorttoets na het heropenen haalt hem terug.",
            "This session is closed: the line was not saved. {key[line.cancel]} keeps it; the "
            "first kind key after reopening brings it back.",
        ),
        "kept": (
            "De regel is niet opgeslagen en blijft bewaard: de volgende soorttoets haalt hem "
            "terug (leegmaken en {key[line.cancel]} gooit hem weg).",
            "The line was not saved and is kept: the next kind key brings it back (empty it "
            "and press {key[line.cancel]} to throw it away).",
        ),
    }
)

KINDS = list(Kind)


def read_line(line: str, context: Context, *, board: bool) -> Parsed:
    """The capture line read (its grammar is loaded on first use, not before the first frame)."""
    from facilitator.capture.parsing import parse

    return parse(line, context, board=board)


def capture_context(app: object, state: SessionState | None) -> Context:
    """The parser's view of the session: participants, tags and today's date."""
    notes = getattr(app, "notes", None)
    if state is None:
        return Context(today=notes.today() if notes is not None else Context().today)
    today = notes.today(state.session.zone) if notes is not None else Context().today
    return Context(
        tuple(state.participants),
        tuple(state.session.tags),
        today,
        outside=tuple(state.session.organisations),
    )


@record
class Capture:
    """A line taken from the capture bar by Enter: what to store, as typed."""

    kind: Kind
    line: str
    parsed: Parsed
    item_id: int | None = None
    """The agenda item current when the line was opened (as this window's own keys left
    it), so a note typed as the facilitator moves on stays with the item it was about;
    None: no item was current then, and it is filed under the item current when saved."""
    speaker_id: int | None | Speaking = SPEAKING
    """``~`` in the line (a participant, or None: nobody); else who had the floor when
    the line was opened (as this window's own keys left it: ``f`` then ``b`` typed at
    once goes to the new speaker), so a floor moved in another window while the line is
    typed does not take the note; else, nobody having had the floor then,
    :data:`SPEAKING`: whoever has the floor when the capture is saved, found in the same
    transaction as the agenda item."""
    at: datetime | None = None
    """When it was typed (Enter; for a line that came back, its first Enter): the time it
    is recorded at, however late it is saved. None: when it is saved."""


@record
class Unsaved:
    """A line whose save failed: kept until it is brought back into the line."""

    kind: Kind
    line: str
    reason: str
    item_id: int | None = None
    """The item and the speaker the line was opened with (None: none kept), so it comes
    back as it was, whatever the floor and the item are by then."""
    speaker: int | None = None
    closed: bool = False
    """Kept because the session was closed: once it is open again, the reason is past."""
    at: datetime | None = None
    """When it was typed (see :attr:`Capture.at`): saved later, it keeps that time."""


class CaptureBar(Localised, Vertical):
    """Hidden until a capture key; attributes to the current speaker and agenda item."""

    SCOPE = Scope.LINE
    BINDINGS = bindings(SCOPE)

    state: reactive[SessionState | None] = reactive(None, always_update=True, repaint=False)
    """The session as last read (participants, tags, current speaker and item)."""

    WORDS = WORDS
    kind: reactive[Kind] = reactive(Kind.NOTE)
    """What Enter will store the line as."""

    def __init__(
        self,
        *,
        submit: Callable[[Capture], None] | None = None,
        home: Callable[[], None] | None = None,
        id: str | None = None,
    ) -> None:
        """``submit`` takes what Enter saves; ``home`` gives the focus back when it was nowhere."""
        super().__init__(id=id)
        self._submit = submit
        self._home = home
        self._return_focus: Widget | None = None
        self._shown_badge = ""
        self.unsaved: list[Unsaved] = []
        self._problem = ""
        self._problem_closed = False
        """The problem is that the session was closed: it goes once the session is open."""
        self._pinned: int | None = None
        """Who had the floor when the line opened, once this window's own commands (a
        floor key typed just before) are shown: the line is theirs, even when the floor
        moves (in another window) while it is typed. None: nobody yet, and the capture
        goes to whoever has the floor when it is saved."""
        self._pinned_item: int | None = None
        """The agenda item current when the line opened (see :class:`Capture`)."""
        self._typed_at: datetime | None = None
        """When the line in the field was first typed, if it came back from a failed save."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="capture-row"):
            yield Static(id="capture-badge")
            yield CaptureInput(
                context=self.context,
                placeholder=INPUT_WORDS(self.lang, "placeholder"),
                on_enter=self._enter,
                id="capture-input",
            )
        yield Static(id="capture-preview")

    @property
    def input(self) -> CaptureInput:
        return self.query_one(CaptureInput)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def context(self) -> Context:
        return capture_context(self.app, self.state)

    def unsaved_text(self) -> str:
        """What is typed in the open line, or waits unsaved ('' if nothing)."""
        typed = self.input.value if self.is_open else ""
        waiting = "\n".join(u.line for u in self.unsaved)
        return "\n".join(t for t in (typed, waiting) if t.strip())

    def unsaved_lines(self) -> list[Kept]:
        """The lines of :meth:`unsaved_text`, each as typed with what it was, as the badge
        says it or would on bringing it back (the kind, who said it, the agenda item with
        its title): the file that keeps them when the app stops lists them so."""
        found = []
        if self.is_open and self.input.value.strip():
            found.append(self._kept(self.kind, self.input.value, self._pinned, self._pinned_item))
        for back in self.unsaved:
            if back.line.strip():
                found.append(self._kept(back.kind, back.line, back.speaker, back.item_id))
        return found

    def _kept(self, kind: Kind, line: str, pinned: int | None, item_id: int | None) -> Kept:
        from facilitator.service.rescue import Kept

        state = self.state
        parsed = read_line(line, self.context(), board=kind in BOARD_KINDS)
        person = state.participant(self._speaker(parsed, kind, pinned)) if state else None
        who = one_line(person.name) if person else self.t("nobody")
        item = self._item(item_id)
        if state is not None and item is not None:
            n = state.items.index(item) + 1
            where = f"{self.t('item', n=n)}: {one_line(item.title)}"
        else:
            where = self.t("no_item")
        return Kept(line, " · ".join((kind_word(kind, self.lang), who, where)))

    # -- opening and closing -----------------------------------------------------------------
    def open(self, kind: Kind, text: str = "") -> None:
        """Show the line as ``kind`` and focus it at once (keeping any text already typed).

        An unsaved line, if any, comes back first, with its own kind.
        """
        if not self.is_open:
            self._pinned = self._pinned_item = None
            self._typed_at = None
            focused = self.screen.focused
            self._return_focus = (
                None if focused is None or focused in self.walk_children() else focused
            )
            if not text and not self.input.value and self.unsaved:
                back = self.unsaved.pop(0)
                kind, text = back.kind, back.line
                self._set_problem(back.reason, closed=back.closed)
                self._pinned_item, self._pinned = back.item_id, back.speaker
                self._typed_at = back.at
        self.kind = kind
        self.add_class("-open")
        self.screen.add_class("-capturing")  # notices stand above the line (notes.tcss)
        if text:
            self.input.value = text
        focus_now(self.input)
        self.input.cursor_position = len(self.input.value)
        self._pin()
        self._update()

    def _pin(self) -> None:
        """Keep who has the floor now as the line's speaker (see ``_pinned``), unless this
        window still waits for a command of its own to show (``behind``): then at the
        first session read after it."""
        if self.state is None or getattr(self.app, "behind", False):
            return
        if self._pinned is None:
            speech = self.state.current_speech
            self._pinned = speech.participant_id if speech is not None else None
        if self._pinned_item is None:
            self._pinned_item = self.state.session.current_item_id

    @property
    def session_closed(self) -> bool:
        """The session as last read is closed: nothing can be saved until it is reopened."""
        state = self.state
        return state is not None and state.session.status == SessionStatus.CLOSED

    def _set_problem(self, reason: str, *, closed: bool = False) -> None:
        """Why the line in the field was not saved (a reason that the session was closed
        is dropped once it is open again)."""
        if closed and not self.session_closed:
            reason = ""
        self._problem, self._problem_closed = reason, closed and bool(reason)

    def close(self) -> None:
        """Clear and hide the line; focus goes back where it was."""
        self.input.value = ""
        self._set_problem("")
        self._pinned = self._pinned_item = None
        self._typed_at = None
        self.remove_class("-open")
        self.screen.remove_class("-capturing")
        target = self._return_focus
        self._return_focus = None
        if target is not None and target.is_attached and target.focusable:
            focus_now(target)
        elif self._home is not None:
            self._home()
        else:
            self.screen.set_focus(None)

    def restore(
        self,
        kind: Kind,
        line: str,
        reason: str,
        capture: Capture | None = None,
        *,
        closed: bool = False,
    ) -> None:
        """A save failed: bring the text back, never drop it (with the item and the
        speaker it was typed for, when ``capture`` says them): into the line if it is
        free, else to the waiting lines. ``closed``: refused because the session was
        closed (the reason goes once it is open again)."""
        item_id, speaker, at = None, None, None
        if capture is not None:
            item_id, at = capture.item_id, capture.at
            if not capture.parsed.speaker_set and isinstance(capture.speaker_id, int):
                speaker = capture.speaker_id  # a ~ in the line says it again
        back = Unsaved(kind, line, reason, item_id, speaker, closed, at)
        if not self.is_open and not self.input.value:
            self.unsaved.insert(0, back)
            self.open(kind)  # brings back the first waiting line: this one
        else:
            self.unsaved.append(back)
            self._update()

    def action_cancel(self) -> None:
        """Close the line; a line whose save failed is kept to come back, not dropped.

        Escape throws away only what was never handed to a save: text that came
        back from a failed save (a full disk, a read-only file) goes to the
        waiting lines, unless it was emptied first.
        """
        line = self.input.value
        if self.session_closed and line.strip() and not self._problem:
            self._set_problem(self.t("session_closed_enter"), closed=True)
        if self._problem and line.strip():
            back = Unsaved(
                self.kind,
                line,
                self._problem,
                self._pinned_item,
                self._pinned,
                self._problem_closed,
                self._typed_at,
            )
            self.unsaved.insert(0, back)
            self.app.notify(self.t("kept"), severity="warning", markup=False, timeout=10)
        self.close()

    def action_cycle(self, step: int) -> None:
        self.kind = KINDS[(KINDS.index(self.kind) + step) % len(KINDS)]

    # -- what it shows ------------------------------------------------------------------------
    def parsed(self) -> Parsed:
        return read_line(self.input.value, self.context(), board=self.kind in BOARD_KINDS)

    def speaker_id(self, parsed: Parsed) -> int | None:
        """Who the badge names: ``~`` in the line, else who had the floor when the line
        opened, else whoever has the floor as last read (see :class:`Capture`)."""
        return self._speaker(parsed, self.kind, self._pinned)

    def _speaker(self, parsed: Parsed, kind: Kind, pinned: int | None) -> int | None:
        """Who a line of ``kind`` opened with ``pinned`` (see :meth:`speaker_id`) is by."""
        if parsed.speaker_set:
            return parsed.speaker
        if kind == Kind.SUMMARY:
            return None  # the note-taker's summary of the item: nobody at the table said it
        if pinned is not None:
            return pinned
        speech = self.state.current_speech if self.state else None
        return speech.participant_id if speech else None

    def _item(self, pinned: int | None) -> AgendaItem | None:
        """The agenda item of a line opened with ``pinned`` (None: the current one)."""
        state = self.state
        if state is None:
            return None
        return state.item(pinned) if pinned is not None else state.current_item

    def watch_kind(self) -> None:
        self._update()

    def watch_state(self) -> None:
        if self._problem_closed and not self.session_closed:
            self._set_problem("")  # open again: the line can be saved
        if self.is_open:
            self._pin()
            self._update()

    @on(Input.Changed, "#capture-input")
    def _changed(self) -> None:
        self._update()

    def _update(self) -> None:
        if not self.is_mounted:
            return
        parsed = self.parsed()
        context = self.context()
        colours = kind_colours(self.app)
        badge_line = self._badge(parsed, colours)
        if badge_line.markup != self._shown_badge:  # the badge is sized to fit: relayout
            self._shown_badge = badge_line.markup
            self.query_one("#capture-badge", Static).update(badge_line)
        value = self.input.value
        completion = complete(value, context) if value else None
        line = preview(parsed, completion, context, lang=self.lang, colours=colours)
        if not line.plain:
            line = Content(self.t("keys")).stylize("$foreground-muted")
        problems = self._problems()
        if problems:
            line = Content("  ·  ").join([*problems, line])
        # the preview has a fixed height: no relayout of the screen per keystroke
        self.query_one("#capture-preview", Static).update(line, layout=False)

    def _problems(self) -> list[Content]:
        """Why this line was not saved, and how many more wait (short when the
        save-status line below already gives the lasting reason in full)."""
        found = []
        if self.session_closed and not self._problem_closed:
            found.append(Content(self.t("session_closed")).stylize("$text-error"))
        if self._problem:
            if self._problem == getattr(self.app, "trouble", ""):
                text = self.t("not_saved_below")
            else:
                text = self.t("not_saved", reason=self._problem)
            found.append(Content(text).stylize("$text-error"))
        if self.unsaved:
            found.append(Content(self.t("waiting", n=len(self.unsaved))).stylize("$text-error"))
        return found

    def _badge(self, parsed: Parsed, colours: dict[Kind, Color]) -> Content:
        state = self.state
        person = state.participant(self.speaker_id(parsed)) if state else None
        who = flat(person.name, 22) if person else self.t("nobody")
        item = self._item(self._pinned_item)
        if state is not None and item is not None:
            where = self.t("item", n=state.items.index(item) + 1)
        else:
            where = self.t("no_item")
        return Content.assemble(
            badge(self.kind, self.lang, colours),
            (f" ▸ {who} · {where} ", "$foreground-muted"),
            ("│", "$foreground-muted"),
        )

    # -- saving -------------------------------------------------------------------------------
    def _now(self) -> datetime | None:
        """The time now, by the app's clock (None: none known; the save's time counts)."""
        notes = getattr(self.app, "notes", None)
        return notes.now() if notes is not None else None

    def _enter(self, line: str) -> bool:
        """Enter, in the key's own event: take the text, clear and close, hand it on."""
        parsed = read_line(line, self.context(), board=self.kind in BOARD_KINDS)
        if not parsed.text.strip():
            self.app.bell()
            return False
        if self.session_closed:  # nothing to save into: the text stays in the line
            self.app.bell()
            self.app.notify(self.t("session_closed_enter"), severity="warning", markup=False)
            return False
        if parsed.speaker_set:
            speaker: int | None | Speaking = parsed.speaker
        elif self.kind == Kind.SUMMARY:
            # an item's summary is the note-taker's, not a word of whoever had the floor
            # (the minutes credited it to them, or under Chatham House to their
            # organisation); ``~`` still names someone whose summary it is
            speaker = None
        else:
            speaker = self._pinned if self._pinned is not None else SPEAKING
        at = self._typed_at or self._now()
        capture = Capture(self.kind, line, parsed, self._pinned_item, speaker, at)
        self.close()
        if self._submit is not None:
            self._submit(capture)
        return True
