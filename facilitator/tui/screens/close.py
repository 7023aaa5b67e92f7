"""Closing a session: the check of what the minutes would lack, then close and write.

The facilitator sees the open points the minutes will list (the same list:
:func:`facilitator.domain.gaps.gaps`) and can park a card or defer an agenda
item (it stays an open point) or go and fix it (a card on the board, an open
question in the contributions; a question is not parked: ``p`` says so), then close. Closing
stops the timers and the speech, marks the session closed and writes the minutes
to ``minutes/<slug>.md`` under the current directory, never over an existing file.
Closed again after a reopening, the notice names the file written before as out of date
(:func:`~facilitator.service.minutes.outdated_minutes`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.widgets import Button, DataTable, Static

from facilitator.domain.board_view import build_view
from facilitator.domain.gaps import Gap, GapKind
from facilitator.i18n import Catalog
from facilitator.i18n.oserrors import make_folder, os_reason
from facilitator.service import Services, SessionState, StoreError
from facilitator.service.minutes import (
    collect,
    next_free_path,
    outdated_minutes,
    render_markdown,
    write_new,
)
from facilitator.text import screen_line
from facilitator.tui.actions import Scope, bindings, in_scope, show_key
from facilitator.tui.host import Host, host_of
from facilitator.tui.keymap import key_names, notice_width
from facilitator.tui.screens.dialog import HeldDialog
from facilitator.tui.text import one_line, wrap_path, wrap_words
from facilitator.tui.widgets.footer import KeyFooter

MINUTES_DIR = "minutes"

WORDS = Catalog(
    {
        "title": ("Sessie sluiten", "Close the session"),
        "none": (
            "Het verslag is compleet: geen open punten.",
            "The minutes are complete: no open points.",
        ),
        "some": (
            "Het verslag noemt {count} open punten. Los op wat nu kan; parkeer de rest "
            "(een agendapunt: uitstellen):",
            "The minutes list {count} open points. Fix what can be fixed now; park the rest "
            "(an agenda item: defer it):",
        ),
        "one": (
            "Het verslag noemt 1 open punt. Los het op of parkeer het "
            "(een agendapunt: uitstellen):",
            "The minutes list 1 open point. Fix it or park it (an agenda item: defer it):",
        ),
        "where": (
            "Na sluiten staat het verslag in {path}.",
            "After closing, the minutes will be in {path}.",
        ),
        "col.number": ("nr.", "no."),
        "col.what": ("wat staat open", "what is open"),
        "col.title": ("kaart, vraag of agendapunt", "card, question or agenda item"),
        GapKind.ACTION_WITHOUT_OWNER: ("actie zonder trekker", "action without an owner"),
        GapKind.ACTION_WITHOUT_DUE: ("actie zonder datum", "action without a due date"),
        GapKind.ACTION_PAST_DUE: ("⚠ actie met verstreken datum", "⚠ action past its due date"),
        GapKind.BARRIER_WITHOUT_ACTION: ("barrière zonder actie", "barrier without an action"),
        GapKind.PARKED: ("geparkeerd", "parked"),
        GapKind.OPEN_QUESTION: ("open vraag", "open question"),
        GapKind.ITEM_NOT_REACHED: ("agendapunt niet aan toegekomen", "agenda item not reached"),
        GapKind.ITEM_DEFERRED: ("agendapunt uitgesteld", "agenda item deferred"),
        "confirm": ("sluiten en verslag schrijven", "close and write the minutes"),
        "cancel": ("annuleren", "cancel"),
        "closed": (
            "Sessie gesloten. Verslag geschreven naar {path}",
            "Session closed. Minutes written to {path}",
        ),
        "outdated": (
            "Het eerdere verslag {name} is geschreven vóór het heropenen en is nu verouderd.",
            "The earlier minutes {name} were written before the reopening and are out of date now.",
        ),
        "closed_no_file": (
            "Sessie gesloten, maar het verslag kon niet worden geschreven naar {path}: {reason}. "
            "Gebruik 'facilitator export'.",
            "Session closed, but the minutes could not be written to {path}: {reason}. "
            "Use 'facilitator export'.",
        ),
        "fix_card": (
            "Op het bord: {title}",
            "On the board: {title}",
        ),
        "fix_question": (
            "In de bijdragen: {title}",
            "In the contributions: {title}",
        ),
        "park_question": (
            "Een open vraag parkeer je niet: hij blijft een open punt. "
            "Enter: naar de vraag in de bijdragen.",
            "An open question cannot be parked: it stays an open point. "
            "Enter: go to the question in the contributions.",
        ),
    }
)


_SCROLLBAR = 2
"""Kept free for the table's scroll bar, so the title is not cut again when one shows."""
_MIN_TITLE = 12


def _table_width(screen_width: int) -> int:
    """The table's width before the layout has given it one: the dialog's (90% of the
    screen, at most 110, as its CSS says) less the border and the padding."""
    return min(110, screen_width * 9 // 10) - 4


def _cut_text(text: str) -> Text:
    """One line of text, cut with ``…`` where its column ends."""
    return Text(text, no_wrap=True, overflow="ellipsis", end="")


def _packed(words: list[str], width: int) -> list[str]:
    """``words`` joined with ``", "`` on lines of at most ``width`` (a line breaks between
    two of them, never inside one)."""
    lines: list[str] = []
    for n, word in enumerate(words):
        comma = 1 if n < len(words) - 1 else 0  # the comma after it, if another follows
        if lines and len(lines[-1]) + 2 + len(word) + comma <= width:
            lines[-1] += ", " + word
        else:
            if lines:
                lines[-1] += ","
            lines.append(word)
    return lines or [""]


class CloseScreen(HeldDialog[None]):
    """The check before closing, and the confirmation."""

    SCOPE = Scope.CLOSE
    BINDINGS = bindings(SCOPE)
    CLEARS_NOTICES = True
    """The notices said before it opens go (they were read): at 80×24 they would stand over
    its line of keys (``FacilitatorApp._screen_changed``)."""
    DEFAULT_CSS = """
    CloseScreen { align: center middle; }
    CloseScreen > Vertical {
        width: 90%; max-width: 110; height: auto; max-height: 90%;
        border: thick $warning; background: $surface; padding: 0 1;
    }
    CloseScreen DataTable { height: auto; max-height: 14; }
    CloseScreen #close-buttons { height: auto; margin-top: 1; }
    CloseScreen Button { margin-right: 2; }
    CloseScreen #close-keys { margin-top: 1; color: $text-muted; }
    CloseScreen.-short DataTable { max-height: 6; }
    CloseScreen.-short #close-keys { margin-top: 0; }
    """
    # up to 30 rows (an 80×24 terminal; the footer takes one) the list of open points scrolls
    # sooner, so that the buttons and the line of keys stay in the dialog
    VERTICAL_BREAKPOINTS = [(0, "-short"), (31, "-roomy")]

    def __init__(self) -> None:
        super().__init__()
        self._gaps: list[Gap] = []
        self._checking = False
        """The check was begun (every window follows it): it ends when the dialog goes."""

    @property
    def fapp(self) -> Host:
        return host_of(self)

    def w(self, key: str, **values: object) -> str:
        return WORDS(self.fapp.lang, key, **values)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.w("title"), style="bold"))
            yield Static(id="close-summary")
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Static(Text(self.w("where", path=self.target())), id="close-where")
            with Horizontal(id="close-buttons"):
                yield Button(self.w("confirm"), variant="warning", id="close-confirm")
                yield Button(self.w("cancel"), id="close-cancel")
            yield Static(key_line(self.fapp.lang, self.fapp.keymap.shown), id="close-keys")
        yield KeyFooter()

    def on_mount(self) -> None:
        try:
            table = self.query_one(DataTable)
        except NoMatches:
            return  # closed before it was mounted: there is nothing to check
        self._seen = self.fapp.state
        self.refresh_gaps()
        table.focus()
        self.watch(self.app, "state", self._state_changed, init=False)
        # Every window (the wall first) follows the room to the commitments.
        self.fapp.submit(self.fapp.closing.begin_check)
        self._checking = True

    def on_unmount(self) -> None:
        if self._checking:
            self.fapp.submit(self.fapp.closing.end_check)

    def _state_changed(self, state: SessionState | None) -> None:
        # Reading the gaps re-reads the state too: only a change in it asks again.
        if state != self._seen:
            self._seen = state
            self.refresh_gaps()

    def target(self) -> Path:
        return minutes_target(self.fapp.state)

    def refresh_gaps(self) -> None:
        """The open points as the session stands now: the list the minutes will give.

        Read by the command runner, off the UI thread; shown when it comes back.
        """
        host = self.fapp
        if host.state is None:
            self._show_gaps([])
        else:
            host.submit(host.closing.gaps, then=self._show_gaps)

    def _show_gaps(self, found: list[Gap]) -> None:
        try:
            table = self.query_one(DataTable)
        except NoMatches:
            return  # the dialog was closed before the answer came
        self._gaps = found
        self._fill(table)
        count = len(self._gaps)
        summary = self.w("some", count=count) if count > 1 else self.w("one" if count else "none")
        self.query_one("#close-summary", Static).update(Text(summary))
        table.display = bool(self._gaps)

    def on_resize(self, event: events.Resize) -> None:
        # the columns are as wide as the dialog allows: laid out again for the new width
        self.call_after_refresh(self._refill)

    def _refill(self) -> None:
        try:
            self._fill(self.query_one(DataTable))
        except NoMatches:
            pass

    def _fill(self, table: DataTable[Any]) -> None:
        """The rows: the card's number (``B3``), why it is open, and its title cut with
        ``…`` to the width left, so that each row says which card it is at 80 columns."""
        state = self.fapp.state
        labels = build_view(state.cards, state.items, self.fapp.lang).labels if state else {}
        numbers = [labels.get(g.card_id, "") if g.card_id is not None else "" for g in self._gaps]
        reasons = [[self.w(kind) for kind in gap.kinds] for gap in self._gaps]
        number_width, what_width, title_width = self._widths(numbers, reasons)
        row = table.cursor_row
        table.clear(columns=True)
        for key, width in (
            ("col.number", number_width),
            ("col.what", what_width),
            ("col.title", title_width),
        ):
            table.add_column(_cut_text(self.w(key)), width=width)
        for gap, number, words in zip(self._gaps, numbers, reasons, strict=True):
            lines = _packed(words, what_width)
            table.add_row(
                Text(number),
                Text("\n".join(lines)),
                _cut_text(screen_line(gap.title)),
                height=len(lines),
            )
        if self._gaps:
            table.move_cursor(row=min(row, len(self._gaps) - 1))

    def _widths(self, numbers: list[str], reasons: list[list[str]]) -> tuple[int, int, int]:
        """The widths of the number, the reasons and the title: the reasons take up to
        half of what the number leaves (wrapped between two reasons), the title the rest."""
        table = self.query_one(DataTable)
        width = table.size.width or _table_width(self.app.size.width)
        room = max(0, width - _SCROLLBAR - 2 * table.cell_padding * 3)
        number = max([len(self.w("col.number")), *map(len, numbers)])
        longest = max((len(", ".join(words)) for words in reasons), default=0)
        one = max((len(word) for words in reasons for word in words), default=0)
        what = min(longest, max(one, (room - number) // 2))
        what = max(what, min(len(self.w("col.what")), (room - number) // 2))
        return number, what, max(_MIN_TITLE, room - number - what)

    def _selected(self) -> Gap | None:
        table = self.query_one(DataTable)
        if not self._gaps or not 0 <= table.cursor_row < len(self._gaps):
            return None
        return self._gaps[table.cursor_row]

    def action_park(self) -> None:
        gap = self._selected()
        if gap is None:
            return
        app = self.fapp
        if gap.card_id is not None:
            app.submit(app.board.park, gap.card_id, True)
        elif gap.item_id is not None:
            app.submit(app.agenda.defer, gap.item_id)
        elif gap.contribution_id is not None:  # an open question: only a card is parked
            self.app.notify(self.w("park_question"), markup=False)

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        """Enter on a gap (the table has the focus and takes Enter): go and fix it."""
        event.stop()
        self.action_fix()

    def action_fix(self) -> None:
        gap = self._selected()
        if gap is None:
            return
        if gap.item_id is not None:
            self.action_park()
            return
        if gap.card_id is not None:
            shown, method, target = "fix_card", "show_card", gap.card_id
        elif gap.contribution_id is not None:  # an open question: to it in the contributions
            shown, method, target = "fix_question", "show_contribution", gap.contribution_id
        else:
            return
        self.dismiss()
        for candidate in self.app.screen_stack:
            show = getattr(candidate, method, None)
            if callable(show):
                show(target)
                break
        self.app.notify(self.w(shown, title=one_line(gap.title, 60)), markup=False)

    @on(Button.Pressed, "#close-confirm")
    def action_close_session(self) -> None:
        host, target = self.fapp, self.target()

        def closed(_: object) -> None:
            # The app writes them: this screen is gone before the file is written.
            host.write_minutes(target)

        self.dismiss()
        host.submit(host.closing.close, then=closed)

    @on(Button.Pressed, "#close-cancel")
    def _cancel(self) -> None:
        self.dismiss()


def key_line(lang: str, keymap: Mapping[str, str] | None = None) -> Text:
    """The dialog's own keys (the first of each, after the keymap) and what they do:
    ``p parkeren · Enter oplossen · …``; a key another line of the keymap took is left
    out (its button is still there)."""
    line = Text()
    keyed = [a for a in in_scope(Scope.CLOSE) if a.show and a.bound_keys(keymap)]
    for n, action in enumerate(keyed):
        if n:
            line.append(" · ", style="dim")
        line.append(show_key(action.bound_keys(keymap)[0], lang), style="bold")
        line.append(f" {action.words(lang)}")
    return line


def minutes_target(state: SessionState | None) -> Path:
    """Where closing writes the minutes: ``minutes/<slug>.md`` here, or the next free name."""
    slug = state.session.slug if state is not None else "session"
    return next_free_path(Path.cwd() / MINUTES_DIR / f"{slug}.md")


def write_minutes(app: App[Any], services: Services, path: Path, lang: str) -> None:
    """Render and write the minutes off the UI thread; report where they went."""
    try:
        record = collect(services.store, services.session_id, services.clock.now())
        make_folder(path.parent)
        written = write_new(path, render_markdown(record, lang))
    except (OSError, StoreError) as exc:
        reason = (
            exc.message(lang, key_names(app)) if isinstance(exc, StoreError) else os_reason(exc)
        )
        text = WORDS(lang, "closed_no_file", path=path, reason=reason)
        text = wrap_path(text, str(path), notice_width(app.size.width))
        app.call_from_thread(host_of(app).status_notice, text, True, "error")
        return
    width = notice_width(app.size.width)
    text = wrap_path(WORDS(lang, "closed", path=written), str(written), width)
    try:
        earlier = outdated_minutes(services.store, services.session_id, written)
    except (OSError, StoreError):
        earlier = None  # the minutes are written: not knowing about older ones is no failure
    if earlier is not None:
        lines = wrap_words(WORDS(lang, "outdated", name=earlier.name), width)
        text = "\n".join([text, *lines])
    app.call_from_thread(host_of(app).status_notice, text, True)
