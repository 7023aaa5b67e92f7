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
right after Enter opens a fresh line. If the save fails, :meth:`restore` keeps
the line, as typed with its kind, speaker and item, in the list of waiting
lines, in the order typed; it never comes back into the line, where the next
kind key and sentence would be typed into it (a note-taker types on without
looking). The waiting lines are saved, in order, once the trouble is over
(the database saves again, the session is open again) and before the next line
Enter saves; Enter on an empty line tries them again at once.

While a line is typed, what it holds (its text, kind, speaker and item as the badge
shows them) is kept as the window's draft in the database, at most every
``draft_seconds`` of the app and once the typing pauses, on the writer thread: the keys
never wait for it. Enter, Escape or an emptied line takes the draft away (after the
line's save). A window that ends without Enter leaves it: the next start puts it back
into the line (:meth:`CaptureBar.bring_back`; see ``service/drafts.py``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.color import Color
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Static

from facilitator.capture.completion import complete
from facilitator.capture.context import Context
from facilitator.domain.model import BOARD_KINDS, AgendaItem, Kind, SessionStatus
from facilitator.i18n import Catalog
from facilitator.i18n.formats import counted
from facilitator.records import record
from facilitator.service import SPEAKING, SessionState, Speaking
from facilitator.text import one_line, printable
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.host import host_of
from facilitator.tui.keys import focus_now
from facilitator.tui.text import wrap_path
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
        "keys_put_back": (
            "Enter opslaan · {key[line.cancel]} in een bestand · {key[line.cycle]} soort",
            "Enter saves · {key[line.cancel]} keeps it in a file · {key[line.cycle]} changes kind",
        ),
        "keys_closed": ("{key[line.cycle]} soort", "{key[line.cycle]} changes kind"),
        "n.lines": ("regel|regels", "line|lines"),
        "waiting_below": (
            "⚠ {n} niet opgeslagen, bewaard tot het weer kan (zie de melding hieronder)",
            "⚠ {n} not saved, kept until it can be (see the message below)",
        ),
        "waiting_closed": (
            "⚠ {n} bewaard: opgeslagen zodra de sessie weer open is",
            "⚠ {n} kept: saved once the session is open again",
        ),
        "waiting": (
            "⚠ {n} nog niet opgeslagen: Enter probeert het opnieuw",
            "⚠ {n} not saved yet: Enter tries again",
        ),
        "kept_in": ("ook in het bestand {file}", "also in the file {file}"),
        "session_closed": (
            "⚠ de sessie is gesloten: Enter bewaart niets; {key[line.cancel]} bewaart de regel "
            "tot ze weer open is",
            "⚠ the session is closed: Enter saves nothing; {key[line.cancel]} keeps the line "
            "until it is open again",
        ),
        "session_closed_enter": (
            "Deze sessie is gesloten: de regel is niet opgeslagen. {key[line.cancel]} bewaart "
            "hem; hij wordt opgeslagen zodra de sessie weer open is.",
            "This session is closed: the line was not saved. {key[line.cancel]} keeps it; it "
            "is saved once the session is open again.",
        ),
        "flushing.one": ("De wachtende regel wordt opgeslagen…", "Saving the waiting line…"),
        "flushing.many": (
            "De {n} wachtende regels worden opgeslagen…",
            "Saving the {n} waiting lines…",
        ),
        "flushed.one": ("✓ 1 wachtende regel opgeslagen", "✓ 1 waiting line saved"),
        "flushed.many": ("✓ {n} wachtende regels opgeslagen", "✓ {n} waiting lines saved"),
        "kept": (
            "De regel is niet opgeslagen en blijft bewaard: hij wordt opgeslagen zodra de "
            "sessie weer open is.",
            "The line was not saved and is kept: it is saved once the session is open again.",
        ),
    }
)

KINDS = list(Kind)
PREVIEW_ROWS = 2
"""The rows under the line (``#capture-preview``): more only while it names the file of
the waiting lines, whose whole path must be read."""
MAX_NAME = 22
"""The most cells of a name the badge shows; fewer where the badge has less room."""
MIN_NAME = 6


def still_closed(state: SessionState) -> bool:
    """The session is closed: lines kept meanwhile wait until it is open again."""
    return state.session.status == SessionStatus.CLOSED


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
    number: int = 0
    """Its place in the order the lines were typed (the waiting lines keep that order)."""


@record
class Unsaved:
    """A line whose save failed: kept, as typed, until it is saved."""

    kind: Kind
    line: str
    reason: str
    item_id: int | None = None
    """The item and the speaker the line was opened with (None: none kept), so it comes
    back as it was, whatever the floor and the item are by then."""
    speaker: int | None = None
    closed: bool = False
    """Kept because the session was closed: saved once it is open again."""
    at: datetime | None = None
    """When it was typed (see :attr:`Capture.at`): saved later, it keeps that time."""
    number: int = 0
    """Its place in the order the lines were typed."""


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
        self._preview_rows = PREVIEW_ROWS
        """The rows the preview under the line has now (see :meth:`_show_preview`)."""
        self.unsaved: list[Unsaved] = []
        """The lines not saved, in the order typed: saved once the trouble is over."""
        self._numbers = itertools.count(1)
        self._saving = 0
        """Lines handed to a save whose outcome is not back yet: the waiting lines are
        saved again only when none is (one that fails still comes back before them)."""
        self._pinned: int | None = None
        """Who had the floor when the line opened, once this window's own commands (a
        floor key typed just before) are shown: the line is theirs, even when the floor
        moves (in another window) while it is typed. None: nobody yet, and the capture
        goes to whoever has the floor when it is saved."""
        self._pinned_item: int | None = None
        """The agenda item current when the line opened (see :class:`Capture`)."""
        self._flushing: set[int] = set()
        """The waiting lines an empty line's Enter gave to be saved, whose outcome is not
        back yet (by their number)."""
        self._flushed = 0
        """How many of those were saved: the empty line says so, instead of asking for
        the text, until something is typed in it."""
        self._draft_timer: Timer | None = None
        """Set while the line's draft is due to be kept (at most every draft_seconds)."""
        self._draft_kept = False
        """A draft of the line was given to be kept: it goes when the line does."""
        self._draft_due = False
        """The line's draft is to be kept (by the timer, or at once)."""
        self._put_back = False
        """The open line was put back (:meth:`bring_back`): Esc keeps it in a file."""
        self._kept_in: Path | None = None
        """The file of text not saved that holds the waiting lines (and the line typed
        with them) while the app runs: a process killed leaves it (see
        :meth:`_keep_waiting`). None: nothing waits, or no folder took it."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="capture-row"):
            yield Static(id="capture-badge")
            yield CaptureInput(
                context=self.context,
                placeholder=INPUT_WORDS(self.lang, "placeholder"),
                on_enter=self._enter,
                waits=self.waits_behind,
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
        """What waits unsaved, then what is typed in the open line ('' if nothing)."""
        typed = self.input.value if self.is_open else ""
        waiting = "\n".join(u.line for u in self.unsaved)
        return "\n".join(t for t in (waiting, typed) if t.strip())

    def unsaved_lines(self) -> list[Kept]:
        """The lines of :meth:`unsaved_text`, each as typed with what it was, as the badge
        says it or would on bringing it back (the kind, who said it, the agenda item with
        its title): the file that keeps them when the app stops lists them so."""
        found = []
        for back in self.unsaved:
            if back.line.strip():
                found.append(self._kept(back.kind, back.line, back.speaker, back.item_id))
        if self.is_open and self.input.value.strip():
            found.append(self._kept(self.kind, self.input.value, self._pinned, self._pinned_item))
        return found

    def _kept(self, kind: Kind, line: str, pinned: int | None, item_id: int | None) -> Kept:
        from facilitator.service.rescue import Kept

        state = self.state
        parsed = read_line(line, self.context(), board=kind in BOARD_KINDS)
        person = state.participant(self._speaker(parsed, kind, pinned)) if state else None
        who = one_line(person.name) if person else self.t("nobody")
        item = self._item(item_id)
        what = f"{kind_word(kind, self.lang)} · {who}"
        if state is not None and item is not None:
            where = self.t("item", n=state.items.index(item) + 1)
            return Kept(line, f"{what} · {where}: {one_line(item.title)}", f"{what} · {where}")
        where = self.t("no_item")
        return Kept(line, f"{what} · {where}", f"{what} · {where}")

    def described(self, kind: Kind, line: str, speaker: int | None, item_id: int | None) -> Kept:
        """``line`` with what it was (the kind, who said it, the agenda item), as the
        file of text not saved lists it."""
        return self._kept(kind, line, speaker, item_id)

    # -- opening and closing -----------------------------------------------------------------
    def bring_back(self, kind: Kind, text: str, speaker: int | None, item_id: int | None) -> None:
        """Open the line with a draft left by a window that ended: its text, kind, speaker
        and item as its badge showed them (those the session no longer has: as a new
        line's), ready to be finished, or put aside in a file (Esc)."""
        self.open(kind, text)
        self._put_back = True
        self._draft_kept = True  # taken over as this window's draft: it goes with the line
        state = self.state
        if state is not None and speaker is not None and state.participant(speaker):
            self._pinned = speaker
        if state is not None and item_id is not None and state.item(item_id) is not None:
            self._pinned_item = item_id
        self._update()

    def open(self, kind: Kind, text: str = "") -> None:
        """Show the line as ``kind`` and focus it at once (keeping any text already typed).

        A new line: the lines waiting unsaved stay waiting, each its own.
        """
        if not self.is_open:
            self._pinned = self._pinned_item = None
            focused = self.screen.focused
            self._return_focus = (
                None if focused is None or focused in self.walk_children() else focused
            )
        self.kind = kind
        self.add_class("-open")
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

    def keeps_keys_from(self, widget: Widget) -> bool:
        """Whether the open line keeps the keys that ``widget`` was to have (a pane or a tab
        clicked while the line is typed): it does, and ``widget`` has them once the line
        closes, as the tab shown now does. A closed line, or ``widget`` in the line itself,
        keeps nothing."""
        if not self.is_open or not self.is_attached or self in widget.ancestors_with_self:
            return False
        self._return_focus = widget
        return True

    @property
    def session_closed(self) -> bool:
        """The session as last read is closed: nothing can be saved until it is reopened."""
        state = self.state
        return state is not None and state.session.status == SessionStatus.CLOSED

    def waits_behind(self, event: events.Key) -> bool:
        """Enter on a session shown closed waits for the commands on their way: typed after
        ``F9`` ``F9``, its line is saved in the session reopened (it said the session was
        closed and kept the line); if the session is still closed by then, it says so."""
        return event.key == "enter" and self.session_closed

    def close(self) -> None:
        """Clear and hide the line; focus goes back where it was."""
        self._put_back = False
        self.input.value = ""
        self._flushing, self._flushed = set(), 0
        self._pinned = self._pinned_item = None
        self.remove_class("-open")
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
        """A save failed: keep the line, never drop it (with the item and the speaker it
        was typed for, when ``capture`` says them), among the waiting lines in the order
        typed. Not into the line: the note-taker is typing the next one (or will, with a
        kind key that must not become a letter of this one). ``closed``: refused because
        the session was closed (saved once it is open again)."""
        item_id, speaker, number, at = None, None, next(self._numbers), None
        if capture is not None:
            self._saving = max(0, self._saving - 1)
            self._flushing.discard(capture.number)
            item_id, number, at = capture.item_id, capture.number, capture.at
            speaker = self._speaker_of(capture)  # a ~ in the line says it again
        self._wait(Unsaved(kind, line, reason, item_id, speaker, closed, at=at, number=number))

    def saved(self, capture: Capture) -> None:
        """A line was saved: the lines that wait are saved next, if nothing else is on
        its way."""
        self._saving = max(0, self._saving - 1)
        if capture.number in self._flushing:  # one of the lines an empty Enter gave
            self._flushing.discard(capture.number)
            self._flushed += 1
            self._update()
        if not self._flush():
            self._keep_waiting()  # all saved: the file that held them goes

    def _wait(self, line: Unsaved) -> None:
        """Keep ``line`` among the waiting lines, in its place in the typed order."""
        place = len(self.unsaved)
        while place and self.unsaved[place - 1].number > line.number:
            place -= 1
        self.unsaved.insert(place, line)
        self._waiting_changed()

    def _waiting_changed(self) -> None:
        self.set_class(bool(self.unsaved), "-waiting")
        self._keep_waiting()
        self._update()

    def _keep_waiting(self) -> None:
        """The waiting lines, and the line typed with them, in a file at once (the app's
        ``keep_waiting``), kept up to date: they are only in this process's memory, and a
        process killed (``kill -9``, the battery) took them with it; the database, locked
        or gone, cannot keep them. The same while the database is in trouble and a line is
        typed (its draft cannot be written). The file goes once every line is saved (none
        waits, and no save is on its way whose line may still come back); so does one that
        held some of them when no folder took them all (``_kept_in`` None then)."""
        keep = getattr(self.app, "keep_waiting", None)
        if not callable(keep) or not self.is_mounted:
            return
        typing = self.is_open and bool(self.input.value.strip())
        if self.unsaved or (typing and bool(getattr(self.app, "trouble", ""))):
            self._kept_in = keep(self.unsaved_lines())
        elif not self._saving:
            keep([])
            self._kept_in = None

    def _flush(self) -> bool:
        """Save the waiting lines, in the order typed (none while a save is on its way,
        whose line may still come back before them, or while the session is closed).
        True if they were given."""
        if not self.unsaved or self._saving or self._submit is None or self.session_closed:
            return False
        waiting, self.unsaved = self.unsaved, []
        for back in waiting:
            self._give(self._capture_of(back))
        self._waiting_changed()
        return True

    def _capture_of(self, back: Unsaved) -> Capture:
        """A waiting line as its capture again: its kind, item and speaker as typed."""
        parsed = read_line(back.line, self.context(), board=back.kind in BOARD_KINDS)
        speaker: int | None | Speaking
        if parsed.speaker_set:
            speaker = parsed.speaker
        elif back.kind == Kind.SUMMARY:
            speaker = None
        else:
            speaker = back.speaker if back.speaker is not None else SPEAKING
        return Capture(
            back.kind, back.line, parsed, back.item_id, speaker, at=back.at, number=back.number
        )

    def _give(self, capture: Capture) -> None:
        if self._submit is not None:
            self._saving += 1
            self._submit(capture)

    def trouble_changed(self, trouble: str) -> None:
        """The app's database trouble began, changed or is over: the warning follows it,
        and once it is over the waiting lines are saved."""
        if not trouble:
            self._flush()
        self._keep_waiting()
        if self.is_open or self.unsaved:
            self._update()

    def action_cancel(self) -> None:
        """Close the line, throwing its text away; on a closed session, whose Enter saves
        nothing, the text is kept among the waiting lines (said in a notification), to be
        saved once the session is open again; a line put back after its window ended
        (:meth:`bring_back`) goes into a file of text not saved (said with the file)."""
        line = self.input.value
        if self.session_closed and line.strip():
            reason = self.t("session_closed_enter")
            pinned, item = self._pinned, self._pinned_item
            number = next(self._numbers)
            self._wait(
                Unsaved(self.kind, line, reason, item, pinned, True, at=self._now(), number=number)
            )
            # one notice for every line kept, gone once the session is open (they are saved)
            host_of(self).notice_while(self.t("kept"), still_closed)
        elif self._put_back and line.strip():  # Esc dismisses a notice by reflex: not lost
            put_aside = getattr(self.app, "put_aside", None)
            if callable(put_aside):
                put_aside(self._kept(self.kind, line, self._pinned, self._pinned_item))
        self.close()

    def action_cycle(self, step: int) -> None:
        self.kind = KINDS[(KINDS.index(self.kind) + step) % len(KINDS)]

    # -- the draft: what is typed, kept until it is saved ---------------------------------------
    def _draft_changed(self) -> None:
        """The line changed: its draft is kept within ``draft_seconds`` (one write for a
        burst of keys, the last of them in it); an emptied or closed line's draft goes."""
        if not self.is_open or not self.input.value.strip():
            if self._draft_timer is not None:
                self._draft_timer.stop()
                self._draft_timer = None
            self._draft_due = False
            if self._kept_in is not None:  # after the save this Enter gives, if any
                self.call_later(self._keep_waiting)
            if self._draft_kept:
                self._draft_kept = False
                drop = getattr(self.app, "drop_draft", None)
                if callable(drop):
                    drop()
            return
        if self._draft_timer is None and not self._draft_due:  # a closed session's too
            seconds = float(getattr(self.app, "draft_seconds", 0) or 0)
            self._draft_due = True
            if seconds > 0:
                self._draft_timer = self.set_timer(seconds, self._keep_draft, name="draft")
            else:  # at once, after the keys already in
                self.call_later(self._keep_draft)

    def _keep_draft(self) -> None:
        """Keep the line as it is now as the window's draft (given to the writer thread)."""
        if not self._draft_due:  # the line went meanwhile
            return
        self._draft_timer, self._draft_due = None, False
        keep = getattr(self.app, "keep_draft", None)
        value = self.input.value
        if not self.is_open or not value.strip() or not callable(keep):
            return
        parsed = self.parsed()
        item = self._item(self._pinned_item)
        keep(self.kind, value, self.speaker_id(parsed), item.id if item is not None else None)
        self._draft_kept = True
        self._keep_waiting()  # in the file with the waiting lines too, if any wait

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
        if self.is_mounted:
            self._draft_changed()

    def watch_state(self) -> None:
        if not self.session_closed and any(back.closed for back in self.unsaved):
            self._flush()  # open again: the lines kept while it was closed are saved
        if self.is_open:
            self._pin()
            self._update()
        elif self.unsaved:
            self._update()  # the warning follows the session (closed, open again)

    @on(Input.Changed, "#capture-input")
    def _changed(self) -> None:
        if self.input.value:  # a new line is typed: what the last Enter did is past
            self._flushing, self._flushed = set(), 0
        self._update()
        self._draft_changed()

    def _update(self) -> None:
        if not self.is_mounted:
            return
        if not self.is_open:  # closed: only what waits unsaved is said
            self._show_preview(Content("  ·  ").join(self._problems()))
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
        flushed = self._flushed_note() if not value else None
        if flushed is not None:  # not «type what was said first»: the Enter did something
            line = flushed
        if not line.plain:  # closed: the warning before it says what Enter and Esc do
            keys = self.t(self._keys_hint(value))
            line = Content(keys).stylize("$foreground-muted")
        problems = self._problems()
        if problems:
            line = Content("  ·  ").join([*problems, line])
        self._show_preview(line)

    def _show_preview(self, said: Content) -> None:
        """``said`` under the line. The preview keeps its height (no relayout of the screen
        per keystroke), :data:`PREVIEW_ROWS`, except while it names the file of the waiting
        lines: then as many rows as ``said`` takes, so that the file's path is read whole
        (at 80×24 the warning was cut before it)."""
        preview = self.query_one("#capture-preview", Static)
        rows = PREVIEW_ROWS
        width = self._preview_width()
        if self._kept_in is not None and width > 0:
            rows = max(rows, len(said.wrap(width)))
        if rows == self._preview_rows:
            preview.update(said, layout=False)
            return
        self._preview_rows = rows
        preview.styles.height = rows
        preview.update(said)

    def _preview_width(self) -> int:
        """The cells of a row under the line (0 while the bar has no size yet)."""
        preview = self.query_one("#capture-preview", Static)
        return max(0, self.content_size.width - preview.styles.gutter.width)

    def on_resize(self, event: events.Resize) -> None:
        if self._kept_in is not None or self._preview_rows != PREVIEW_ROWS:
            self._update()  # the file's path is broken for the width it has now

    def _keys_hint(self, value: str) -> str:
        """Which hint of the line's keys applies: a line put back is kept in a file by
        Esc (:meth:`action_cancel`), not thrown away."""
        if self.session_closed:
            return "keys_closed"
        return "keys_put_back" if self._put_back and value.strip() else "keys"

    def _flushed_note(self) -> Content | None:
        """What an empty line's Enter did with the lines that waited: being saved, or how
        many were saved (None: nothing to say)."""
        if self._flushing:
            n = len(self._flushing) + self._flushed
            return Content(self.t("flushing.one" if n == 1 else "flushing.many", n=n)).stylize(
                "$foreground-muted"
            )
        if self._flushed:
            n = self._flushed
            key = "flushed.one" if n == 1 else "flushed.many"
            return Content(self.t(key, n=n)).stylize("$text-success")
        return None

    def _problems(self) -> list[Content]:
        """Why this line was not saved, and how many more wait (short when the
        save-status line below already gives the lasting reason in full)."""
        found = []
        if self.session_closed and self.is_open:
            found.append(Content(self.t("session_closed")).stylize("$text-error"))
        if self.unsaved:
            n = counted(len(self.unsaved), self.t("n.lines"))
            if getattr(self.app, "trouble", ""):  # said in full in the save-status line
                text = self.t("waiting_below", n=n)
            elif self.session_closed:
                text = self.t("waiting_closed", n=n)
            else:
                text = self.t("waiting", n=n)
            if self._kept_in is not None:  # the whole path, broken after a /: read whole
                path = printable(str(self._kept_in))
                text = f"{text} ({self.t('kept_in', file=path)})"
                width = self._preview_width()
                text = wrap_path(text, path, width) if width > 0 else text
            found.append(Content(text).stylize("$text-error"))
        return found

    def _badge(self, parsed: Parsed, colours: dict[Kind, Color]) -> Content:
        """The kind's whole word (OPPORTUNITY, not OPPORTUN), who said it and the item;
        a long name is cut where the badge would not fit its room."""
        state = self.state
        item = self._item(self._pinned_item)
        if state is not None and item is not None:
            where = self.t("item", n=state.items.index(item) + 1)
        else:
            where = self.t("no_item")
        kind = badge(self.kind, self.lang, colours, width=None)
        person = state.participant(self.speaker_id(parsed)) if state else None
        if person is None:
            who = self.t("nobody")
        else:
            room = self._badge_room() - kind.cell_length - len(f" ▸  · {where} │")
            who = flat(person.name, max(MIN_NAME, min(MAX_NAME, room)))
        return Content.assemble(
            kind,
            (f" ▸ {who} · {where} ", "$foreground-muted"),
            ("│", "$foreground-muted"),
        )

    def _badge_room(self) -> int:
        """The cells the badge may take: its largest width, of the screen's (the bar spans
        the screen); plenty while the screen has no size yet."""
        screen = self.screen.size
        limit = self.query_one("#capture-badge", Static).styles.max_width
        if not screen.width:
            return 10_000
        if limit is None:
            return screen.width
        return int(limit.resolve(screen, self.app.size))

    # -- saving -------------------------------------------------------------------------------
    def _now(self) -> datetime | None:
        """The time now, by the app's clock (None: none known; the save's time counts)."""
        notes = getattr(self.app, "notes", None)
        return notes.now() if notes is not None else None

    def _enter(self, line: str) -> bool:
        """Enter, in the key's own event: take the text, clear and close, hand it on."""
        parsed = read_line(line, self.context(), board=self.kind in BOARD_KINDS)
        if not parsed.text.strip():
            given = {back.number for back in self.unsaved}
            if self._flush():  # an empty line's Enter: try the waiting lines again
                self._flushing, self._flushed = given, 0  # the line says what came of it
                self._update()
            else:
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
        capture = Capture(
            self.kind,
            line,
            parsed,
            self._pinned_item,
            speaker,
            at=self._now(),
            number=next(self._numbers),
        )
        self.close()
        if self.unsaved:  # saved after the lines that wait, never before them
            self._wait(
                Unsaved(
                    capture.kind,
                    line,
                    "",
                    capture.item_id,
                    self._speaker_of(capture),
                    at=capture.at,
                    number=capture.number,
                )
            )
            self._flush()
        else:
            self._give(capture)
        return True

    @staticmethod
    def _speaker_of(capture: Capture) -> int | None:
        """The speaker a waiting line keeps (None: ``~`` in the line, or whoever has the
        floor when it is saved)."""
        if capture.parsed.speaker_set or not isinstance(capture.speaker_id, int):
            return None
        return capture.speaker_id
