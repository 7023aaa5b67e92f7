"""The Textual app: app-wide wiring only (services, language, clock, keys, commands, undo).

State lives in the store. The app keeps the latest :class:`SessionState` in a
reactive; it never reads or writes SQLite itself. Every change is a command
given to :class:`~facilitator.service.runner.CommandRunner`, which runs the
commands of this window one by one, in the order of the keys, off the UI
thread, and hands back the result with the session as it is afterwards. The
same runner watches for what other windows commit.

Keys go through :mod:`facilitator.tui.keys` first, in the order they arrive,
so that a key can never overtake another: see ``docs/architecture.md``.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import Provider
from textual.driver import Driver
from textual.message import Message
from textual.notifications import Notification, Notify, SeverityLevel
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.widgets import Input
from textual.widgets._toast import ToastRack

from facilitator.domain.clock import Clock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import SessionStatus
from facilitator.i18n import normalise_lang
from facilitator.i18n.formats import counted, local, short_date
from facilitator.records import record
from facilitator.service import Services, SessionState, Store
from facilitator.service.agenda import other_day
from facilitator.service.changes import Change, describe
from facilitator.service.origin import Origin, Role
from facilitator.service.result import Done, Failed, Refused, Result
from facilitator.service.runner import (
    AsideDone,
    Changed,
    CommandRunner,
    Crashed,
    Delivery,
    Finished,
    Recovered,
    Trouble,
)
from facilitator.text import one_line, printable
from facilitator.tui.actions import BY_ID, WALL, Scope, bindings, show_key
from facilitator.tui.colours import sixteen_colours, warning_variables
from facilitator.tui.keymap import Keymap, key_names, keymap_path, load_keymap, say_problems
from facilitator.tui.keys import KeyRouter, routed_already
from facilitator.tui.text import notice_text, safe_notice
from facilitator.tui.words import WORDS

if TYPE_CHECKING:
    from facilitator.domain.model import Kind
    from facilitator.service.drafts import Draft, TakenBack
    from facilitator.service.rescue import Kept

# What the wall (read-only) still does with a key of the app: quit, and show the help.
WALL_ACTIONS = frozenset(BY_ID[i].action for i in WALL if BY_ID[i].scope == Scope.APP)

DRAFT_SECONDS = 0.5
"""How often at most the line being typed is kept as a draft (and this long after the
last key of a burst)."""
DRAFT_NOTICE_SECONDS = 30
"""How long the notice that a line typed before was put back shows."""
DRAFT_QUOTED = 60
"""The most characters of a line put back that its notice quotes, on one line (a pasted
page would push the notice's explanation and keys off the top of the screen)."""

START_UP_SECONDS = 1.0
"""How long after the first frame start-up (footer, focus, first resize) is taken to last."""

FAILURE_SECONDS = 10
"""How long a failed command's notice shows; the same notice is not given again meanwhile."""
OTHER_DAY_SECONDS = 30
"""How long the notice that the session is held on another day than planned shows, by the
app's clock."""
CURRENT_LEFT_SECONDS = 30
"""How long the notice stays that the current item left the session file (it goes
sooner, once an item is current again)."""
LASTING = frozenset(
    {
        "gone",
        "readonly",
        "disk_full",
        "damaged_running",
        "not_a_database",
        "not_writable.protected",
        "not_writable.permissions",
        "not_writable.read_only_disk",
    }
)
"""Problems that last until someone acts: shown in the save-status line, not as a toast."""


def _palette_commands() -> type[Provider]:
    """The command palette's provider, loaded when the palette first opens."""
    from facilitator.tui.commands import FacilitatorCommands

    return FacilitatorCommands


def _not_started(state: SessionState) -> bool:
    """Whether the session is still only planned: no timer or speech has started it."""
    return state.session.status == SessionStatus.PLANNED


@record(frozen=False)
class RunnerNews(Message):
    """Something came back from the command runner (posted from its thread)."""

    delivery: Delivery


class FacilitatorApp(App[None]):
    """A live round table: console, board and contributions of one session."""

    CSS_PATH = ["app.tcss", "console.tcss", "notes.tcss"]
    TITLE = "facilitator"
    COMMANDS = App.COMMANDS | {_palette_commands}
    ENABLE_COMMAND_PALETTE = True
    SCOPE = Scope.APP
    BINDINGS = bindings(SCOPE)
    WAIT_BEHIND: ClassVar[frozenset[str]] = frozenset({"close_or_reopen"})
    """Actions whose key waits while the screen is behind the changes given before it (see
    :meth:`holds_key`): F9 closes or reopens the session as it will be by then."""

    state: reactive[SessionState | None] = reactive(None, always_update=True, repaint=False)
    """The session as last read from the store."""
    now: reactive[datetime | None] = reactive(None, always_update=True, repaint=False)
    """The time the clocks show; from the injected clock."""
    pending: reactive[int] = reactive(0, repaint=False)
    """Commands of this window given but not yet saved."""
    trouble: reactive[str] = reactive("", repaint=False)
    """A lasting problem with the database (gone, damaged, read-only), in words; '' if none."""

    def __init__(
        self,
        services: Services,
        *,
        lang: str | None = None,
        tick_seconds: float = 1.0,
        watch_seconds: float = 0.05,
        state: SessionState | None = None,
        role: Role = Role.FACILITATOR,
        keymap: Keymap | None = None,
        draft_seconds: float = DRAFT_SECONDS,
    ) -> None:
        self.role = role
        self.services = services
        self.clock = services.clock
        self.reading = services.reading
        self.agenda = services.agenda
        self.floor = services.floor
        self.notes = services.notes
        self.board = services.board
        self.closing = services.closing
        self.history = services.history
        self.drafts = services.drafts
        self.draft_seconds = draft_seconds
        """How often at most the line being typed is kept as a draft (see capture.py)."""
        self._forced_lang = normalise_lang(lang) if lang else None
        self.tick_seconds = tick_seconds
        self.watch_seconds = watch_seconds
        # The one read on this thread, before the UI runs: the first frame needs it.
        version = services.store.data_version()  # before the state: see runner._read
        mark = services.store.meeting_mark()
        first = state if state is not None else services.reading.state()
        self._session_lang = normalise_lang(first.session.language)
        self._slug = first.session.slug
        self._stopping = False
        self._quitting = False
        """quit_now has run: the next ExitApp is its own."""
        """A stop signal is being handled (a second one changes nothing)."""
        super().__init__()
        self.set_reactive(FacilitatorApp.state, first)
        self.set_reactive(FacilitatorApp.now, self.clock.now())
        self.keys = KeyRouter(self)
        self.runner = CommandRunner(
            self.reading.state,
            services.store.data_version,
            self._from_runner,
            poll_seconds=watch_seconds,
            watch=watch_seconds > 0,
            version=version,
            check_file=services.store.check_file,
            error_of=services.store.error_of,
            lock_free=services.store.write_lock_free,
            may_save=services.store.may_save,
            change_mark=services.store.meeting_mark,
            mark=mark,
        )
        self._given = 0
        self._handled = 0
        self._waiting_file: Path | None = None
        """The file of text not saved that holds the lines waiting unsaved while the app
        runs (see :meth:`keep_waiting`); None: none waits, or no folder took it."""
        self._draft_notice: Notification | None = None
        """The notice of a line put back, while what it says of Enter and Esc holds."""
        self._last_history_notice: Notification | None = None
        self._status_notice: Notification | None = None
        """The notice that the session closed (True) or reopened (False), while shown."""
        self._other_day: tuple[Notification, datetime] | None = None
        """The notice that the session is held on another day, and until when it shows."""
        self._keymap_notice: Notification | None = None
        """The notice of the keymap file's problems, until the help that lists them opens."""
        self._keymap_listed = False
        """The help, which lists the keymap file's problems, has been opened."""
        self._lasting: list[tuple[Notification, Callable[[SessionState], bool]]] = []
        current = first.current_item
        self._current_seen: tuple[int, str] | None = (
            (current.id, current.title) if current is not None else None
        )
        """The item current in the state last shown (its id and title)."""
        """Notices that hold only while something is so about the session (see watch_state)."""
        self._failure_said: tuple[str, float] = ("", 0.0)
        """The last failure's notice and when it was given (time.monotonic)."""
        self._ui_loop: asyncio.AbstractEventLoop | None = None
        self._gc_threshold: tuple[int, int, int] | None = None
        self.keymap = keymap or Keymap()
        if self.keymap.keys:
            self.set_keymap(self.keymap.keys)

    @property
    def lang(self) -> str:
        """The UI language: ``--lang`` if given, else the session's."""
        if self._forced_lang:
            return self._forced_lang
        state = self.state
        return normalise_lang(state.session.language) if state else self._session_lang

    def t(self, key: str, **values: object) -> str:
        if WORDS.names_keys(key):
            values["key"] = key_names(self)
        return WORDS(self.lang, key, **values)

    def get_key_display(self, binding: Binding) -> str:
        """Textual's name of a key, with a key named by a word (space) in the UI language."""
        if not binding.key_display and binding.key == "space":
            return show_key(binding.key, self.lang)
        return super().get_key_display(binding)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The wall shows; of the app's keys it keeps only quitting and the help."""
        if not self.role.changes and action not in WALL_ACTIONS:
            return False
        return super().check_action(action, parameters)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        from facilitator.tui.commands import system_commands

        return system_commands(self, screen)

    def action_command_palette(self) -> None:
        from facilitator.tui.commands import open_palette

        open_palette(self, self.lang)

    def search_themes(self) -> None:
        from facilitator.tui.commands import open_themes

        open_themes(self, self.lang)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables; on a terminal of 16 colours the warnings' as colours of
        the 16, which the theme's muted red became white or grey on (see
        :mod:`facilitator.tui.colours`)."""
        variables = super().get_css_variables()
        if sixteen_colours(self):
            variables.update(warning_variables(dark=self.current_theme.dark))
            self.theme_variables = variables
        return variables

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this system, made to end with the program when the terminal
        window is closed (see :mod:`facilitator.tui.driver`), reading a paste whole (see
        :mod:`facilitator.tui.paste`)."""
        from facilitator.tui.driver import outliving
        from facilitator.tui.paste import keep_pastes_whole

        driver = super().get_driver_class()
        keep_pastes_whole()
        return outliving(driver)

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run as the program (``facilitator run``), with the garbage collector set for start-up.

        What the imports made (modules, classes, the action table) lives as long as the
        program: it is frozen, so no collection scans it again. During start-up the
        collector runs seldom (building the screen makes many objects at once, and the
        default thresholds scanned them dozens of times); a second after the first frame
        (the footer, the focus and the first resize have settled by then) the defaults
        return. Pilot tests run the app with ``run_test`` and keep the collector as it is.
        """
        threshold = gc.get_threshold()
        gc.freeze()
        self._gc_threshold = threshold
        gc.set_threshold(10_000, 50, 100)
        try:
            return super().run(*args, **kwargs)
        finally:
            # The thresholds as they were. What was frozen stays frozen: unfreezing it
            # would have the interpreter's last collection, on exit, scan it all (tens of
            # ms on every quit); a process that goes on after the app (a test run) keeps
            # what it froze, as it would keep its modules.
            gc.set_threshold(*threshold)
            self._gc_threshold = None

    def get_default_screen(self) -> Screen[Any]:
        """The facilitator's main screen is the first screen (the other roles' screens are
        pushed over Textual's empty default one): no second screen to build and style."""
        if self.role in (Role.WALL, Role.NOTETAKER):
            return super().get_default_screen()
        from facilitator.tui.screens.main import MainScreen

        return MainScreen()

    def on_mount(self) -> None:
        self._ui_loop = asyncio.get_running_loop()
        self.runner.start()
        if self.role == Role.WALL:
            from facilitator.tui.screens.wall import WallScreen

            self.push_screen(WallScreen())
        elif self.role == Role.NOTETAKER:
            from facilitator.tui.screens.notes import NoteScreen

            self.push_screen(NoteScreen())
        self._say_other_day()
        self._say_keymap_problems()
        if self.role.changes:  # a line typed in a window that ended: offered back
            self.runner.aside(self._left_over, then=self._say_left_over)
            self.runner.aside(self.drafts.take_back, then=self._taken_back)
        self.screen_change_signal.subscribe(self, self._screen_changed)
        if self.tick_seconds > 0:
            self.set_interval(self.tick_seconds, self.tick)
        self.call_after_refresh(self.set_timer, START_UP_SECONDS, self._started)
        self._catch_stop_signals()

    def _catch_stop_signals(self) -> None:
        """The terminal window closed (SIGHUP), the computer shutting down (SIGTERM) or an
        interrupt sent from outside (SIGINT, ``kill -INT``; Ctrl+C typed in the app is a key):
        quit as ``ctrl+q`` would, so text not saved is kept and the terminal is put back as
        it was, instead of the process dying on the spot (not in a test: no terminal
        there)."""
        if self.is_headless:
            return
        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP", "SIGINT"):
            number = getattr(signal, name, None)
            if number is not None:
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(number, self._stopped_by_signal)

    def _stopped_by_signal(self) -> None:
        if not self._stopping:
            self._stopping = True
            self.quit_now()

    def on_unmount(self) -> None:
        """However the app ends: let the runner finish what is queued, then stop its thread
        (else the thread, and through it this whole app, would stay until the process ends)."""
        self.runner.stop(timeout=10.0)

    def _say_keymap_problems(self) -> None:
        """What is wrong in the keymap file, to whoever has the keyboard: not on the wall, the
        room's screen, whose few keys (quit, help) still follow the file. One notice, under
        the notice of the date if there is one, with as many of the problems as fit; the
        help lists them all. Said once the screen is laid out, in the rows its notices have
        (on the note-taker's, above the capture panel), not before the help that lists them
        (opened by a key typed ahead)."""
        if not self.role.changes or not self.keymap.problems:
            return
        from facilitator.tui.screens.meeting_keys import MeetingKeys

        screen = self.screen
        if isinstance(screen, MeetingKeys):
            screen.when_laid_out(self._say_keymap_problems_in)

    def _say_keymap_problems_in(self, height: int) -> None:
        """The keymap file's problems, in the ``height`` rows the notices have."""
        if self._keymap_listed:  # the help, opened already, lists them
            return
        said = [self._other_day[0]] if self._other_day is not None else []
        help_key = key_names(self)["app.help"]
        notice = say_problems(self, self.keymap, self.lang, help_key, said, height=height)
        self._keymap_notice = notice

    def _say_other_day(self) -> None:
        """Once, on opening: the session runs on another day than planned (not on the wall).

        Said for half a minute of the app's clock, and no longer once a dialog opens: it
        would stand over the dialog's buttons."""
        state = self.state
        day = other_day(state.session, self.clock.now()) if state is not None else None
        if day is None or not self.role.changes:
            return
        planned, today = (short_date(d, self.lang, year=True) for d in day)
        names = key_names(self)
        key = names["meeting.move_date"]
        if self.role == Role.NOTETAKER:  # the facilitator's key: only after taking control
            control = names["notes.control"]
            text = self.t(
                "other_day.control", planned=planned, today=today, keys=key, control=control
            )
        else:
            text = self.t("other_day", planned=planned, today=today, keys=key)

        def still_another_day(state: SessionState) -> bool:
            return other_day(state.session, self.clock.now()) is not None

        notice = self._notice_while(text, "warning", still_another_day, timeout=OTHER_DAY_SECONDS)
        self._other_day = (notice, self.clock.now() + timedelta(seconds=OTHER_DAY_SECONDS))

    def watch_now(self, now: datetime | None) -> None:
        """The notice that the session is held on another day goes once its time is over."""
        if self._other_day is not None and now is not None and now >= self._other_day[1]:
            self._other_day_said()

    def _screen_changed(self, screen: Screen[Any]) -> None:
        """A dialog opened (the palette, the help, a form, the close check...): the notice
        that the session is held on another day has been read, or is not wanted now. A
        dialog that fills an 80×24 screen to its line of keys (the close check,
        ``CLEARS_NOTICES``) takes away every notice said before it: they were read, and
        would stand over its keys."""
        if isinstance(screen, ModalScreen):
            self._other_day_said()
            if getattr(screen, "CLEARS_NOTICES", False):
                self._take_away(list(self._notifications))

    def _other_day_said(self) -> None:
        """Take the notice that the session is held on another day off every screen."""
        said, self._other_day = self._other_day, None
        if said is not None:
            self._take_away([said[0]])

    def _take_away(self, notices: list[Notification]) -> None:
        """Take ``notices`` off every screen: the dialog's and the one under it (Textual
        takes them only off the screen on top)."""
        shown = [notice for notice in notices if notice in self._notifications]
        if not shown:
            return
        for notice in shown:
            self._unnotify(notice, refresh=False)
        self._refresh_notifications()  # off the screen on top
        for screen in self.screen_stack:
            if screen is not self.screen:
                for rack in screen.query_children(ToastRack):
                    rack.show(self._notifications)

    def _notice_while(
        self,
        text: str,
        severity: SeverityLevel,
        holds: Callable[[SessionState], bool],
        in_place_of: list[Notification] | None = None,
        *,
        timeout: float,
    ) -> Notification:
        """A notice that goes as soon as ``holds`` is no longer true of the session, here or
        through another window, not only after its time."""
        notice = self._notice(text, severity, in_place_of or [], timeout=timeout)
        self._lasting.append((notice, holds))
        return notice

    def notice_while(
        self,
        text: str,
        holds: Callable[[SessionState], bool],
        severity: SeverityLevel = "warning",
        *,
        timeout: float = 10,
    ) -> None:
        """Say ``text`` (in place of the same words still shown: once, however often it is
        so) until ``holds`` is no longer true of the session."""
        same = self._showing(text)
        self._notice_while(text, severity, holds, same, timeout=timeout)

    def watch_state(self, state: SessionState | None) -> None:
        """Take away the notices that no longer hold («another day» once the date moved,
        «closed, minutes written» once reopened…), and forget those already gone; say so
        when the current item left the session file, imported again."""
        if state is None:
            return
        self._say_current_left(state)
        if not self._lasting:
            return
        kept = []
        for notice, holds in self._lasting:
            if notice not in self._notifications:
                continue
            if holds(state):
                kept.append((notice, holds))
            else:
                self._unnotify(notice)
        self._lasting = kept

    def _say_current_left(self, state: SessionState) -> None:
        """The session file was imported again (by a command, in another window) and the
        item that was current is no longer in it: no item is current now, and what is noted
        goes under none until the chair picks one. Said once, until an item is current."""
        before, current = self._current_seen, state.current_item
        self._current_seen = (current.id, current.title) if current is not None else None
        if before is None or current is not None or state.session.current_item_id is not None:
            return
        if any(item.id == before[0] for item in state.items):
            return  # still on the agenda: not left by an import
        if state.session.status != SessionStatus.RUNNING:
            return
        names = key_names(self)
        text = self.t(
            "current_left",
            title=one_line(before[1]),
            next=names["meeting.next"],
            goto=names["meeting.goto"],
        )
        self.notice_while(
            text, lambda s: s.session.current_item_id is None, timeout=CURRENT_LEFT_SECONDS
        )

    def _started(self) -> None:
        """Start-up is over: the garbage collector's own thresholds again, and what the
        first change needs is loaded, off the UI thread.

        Loading it (sqlite-utils) right after the first frame held the interpreter while
        the footer and the focus were still being settled; a key saved within the first
        second loads it itself, once.
        """
        if self._gc_threshold is not None:
            gc.set_threshold(*self._gc_threshold)
            self._gc_threshold = None
        threading.Thread(target=self.services.warm_up, name="warm-up", daemon=True).start()

    def tick(self) -> None:
        self.now = self.clock.now()

    # -- keys: in the order they arrive ---------------------------------------------------
    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            await self.keys.arrived(event)
            return
        if routed_already(event):
            return  # its bindings were looked up when it was routed, on the screen then
        await super().on_event(event)

    def _on_notify(self, event: Notify) -> None:
        """Every notice shows user text safely (:func:`~facilitator.tui.text.safe_notice`):
        Textual's own handler, which shows it, runs after this one."""
        safe_notice(event.notification)

    # -- commands ---------------------------------------------------------------------------
    def submit(
        self,
        func: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        failed: Callable[[Result[Any]], object] | None = None,
        **kwargs: Any,
    ) -> None:
        """Give a command to the runner; returns at once.

        ``then(value)`` runs here when it is saved; a refusal or failure is
        shown as a notification, and ``failed(result)`` lets the caller put back
        what was typed; when it returns True for a refusal, the caller has said why
        (a form opened again with the reason under its fields), and no notice repeats
        it over the form. Commands run in the order they are given. The wall
        changes nothing: there a command is refused before it is given.
        """
        if not self.role.changes:
            self.notify(self.t("wall.read_only"), severity="warning", markup=False)
            return
        self._given += 1
        self.runner.submit(func, *args, then=then, failed=failed, **kwargs)
        self.pending = self._given - self._handled

    def reload(self) -> None:
        """Re-read the session (after every command given before)."""
        self._given += 1
        self.runner.read()

    def check_external(self) -> None:
        """Look once whether another window committed (what the runner does between commands)."""
        self._given += 1
        self.runner.look()

    @property
    def behind(self) -> bool:
        """Commands given whose outcome the screen does not show yet (keys faster than saves).

        What the screen shows then is older than what the next command will find:
        a key must not be refused because of it (the service decides, when it runs).
        """
        return self._handled < self._given

    def holds_key(self, event: events.Key | events.Paste) -> bool:
        """Whether ``event`` waits until the screen shows every change given before it.

        A key of a pane (the board, the contributions, the selected queue entry) acts on
        what the pane has selected, and typed in one burst with a change it means the
        selection after that change: ``c`` a note ``Enter`` then ``K`` changes the new
        note (the newest row), ``Delete Down v`` votes for the card after the one that took
        the deleted card's place, ``⇧→ ⇧→`` moves a card two columns. So such a key waits
        (with every key behind it, in order) until the outcome of the commands given before
        it is shown. So does a key of the screen that opens a form or a list of the
        session (``E``, ``e``, ``X``, ``n``, ``N``: the screen's ``WAIT_BEHIND``): typed
        while a close is on its way it says the session is closed, typed after ``F9``
        reopens it it opens its form; and ``F9`` (the app's ``WAIT_BEHIND``): typed while a
        close is on its way it asks whether to reopen, not to close again. Text in a field,
        the capture keys and the facilitator's other keys of the screen do not wait: the
        service decides those when they run.
        """
        if not self.behind or not isinstance(event, events.Key):
            return False
        screen = self.screen
        focused = screen.focused
        if isinstance(focused, Input):  # its own Enter, on a session shown closed
            waits = getattr(focused, "waits_behind", None)
            return callable(waits) and bool(waits(event))
        bound = screen.active_bindings.get(event.key)
        if bound is not None:
            node, binding = bound[0], bound[1]
            if isinstance(node, Screen | App):  # a form or a list of the session (E, e, n…)
                return binding.action in getattr(node, "WAIT_BEHIND", ())
            return not binding.priority
        return focused is not None  # a key the focused pane's own widget takes

    def _from_runner(self, delivery: Delivery) -> None:
        """Called on the runner's thread: hand the news to the UI thread."""
        loop = self._ui_loop
        if loop is None:
            return
        try:
            loop.call_soon_threadsafe(self.post_message, RunnerNews(delivery))
        except RuntimeError:
            pass  # the app has stopped; the store has everything already

    def on_runner_news(self, message: RunnerNews) -> None:
        news = message.delivery
        if isinstance(news, Finished | Crashed):
            self._handled += 1
            # Counted here, not asked of the runner: it counts a job as done only after
            # handing its news over, so asking now could leave "saving… (1)" standing.
            self.pending = self._given - self._handled
        if isinstance(news, AsideDone):
            if news.job.then is not None:
                news.job.then(news.value)
        elif isinstance(news, Changed):
            self.state = news.state
        elif isinstance(news, Trouble):
            self._troubled(news)
        elif isinstance(news, Recovered):
            self.trouble = ""
        elif isinstance(news, Crashed):
            self._crashed_command(news.error)
        elif isinstance(news, Finished):
            self._finished(news)
        if isinstance(news, Finished | Crashed) and not self.behind and self.screen_stack:
            # the screen shows every command given: the keys a screen lets run while it is
            # behind (f, x, s, t) are judged again, on what it shows now (a footer drawn
            # meanwhile offered them, and nothing else would draw it again)
            self.screen.refresh_bindings()
        if not self.behind and self.keys.waiting:
            # keys held for the screen to catch up (holds_key): once it has drawn
            self.call_after_refresh(self.keys.resume)

    def _finished(self, news: Finished) -> None:
        if news.state is not None:
            self.state = news.state
            self.now = self.clock.now()
        result, job = news.result, news.job
        if isinstance(result, Done):
            if job.then is not None:
                job.then(result.value)
            return
        if isinstance(result, Refused):
            told = job.failed(result) if job.failed is not None else False
            if told is not True:  # else the caller said why, where it was typed
                self._refusal(result.message(self.lang, key_names(self)))
            return
        if isinstance(result, Failed) and result.key not in LASTING:
            # a lasting problem is in the save-status line already (Trouble came first);
            # commands refused for one cause (a lock: every key behind the first) say it once
            text = result.message(self.lang, key_names(self))
            at = time.monotonic()
            said, when = self._failure_said
            if text != said or at - when >= FAILURE_SECONDS:
                self._failure_said = (text, at)
                self.notify(text, severity="error", markup=False, timeout=FAILURE_SECONDS)
        if job.failed is not None:
            job.failed(result)

    def _troubled(self, news: Trouble) -> None:
        """A database problem began: say it in the save-status line until it is over."""
        text = news.error.message(self.lang, key_names(self))
        if text != self.trouble:
            self.trouble = text
            if news.error.key in LASTING:
                self.bell()

    def _crashed_command(self, error: BaseException) -> None:
        """A bug in a command: the store rolled it back; report it and keep going."""
        from facilitator.tui.crash import command_crash_message, write_crash_report

        self.bell()
        report = write_crash_report(error, self.services.store.path)
        self.notify(
            command_crash_message(self.lang, report),
            severity="error",
            markup=False,
            timeout=20,
        )

    async def settle(self, timeout: float = 10.0) -> None:
        """Wait until every command given so far is saved and its result handled (tests)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._handled < self._given and loop.time() < deadline:
            await asyncio.sleep(0.002)

    # -- drafts: the line being typed, kept until it is saved -----------------------------
    def keep_draft(
        self, kind: Kind, text: str, participant_id: int | None, item_id: int | None
    ) -> None:
        """Keep the line being typed as this window's draft, on the writer thread in its
        place among the commands (the UI never waits for it; see ``service/drafts.py``)."""
        if self.role.changes:
            self.runner.aside(self.drafts.keep, kind, text, participant_id, item_id)

    def drop_draft(self) -> None:
        """The line was saved, cancelled or emptied: its draft goes (after the save)."""
        if self.role.changes:
            self.runner.aside(self.drafts.drop)

    def _taken_back(self, taken: TakenBack) -> None:
        if taken.line is not None or taken.others:
            self.call_later(self._bring_back, taken)

    async def _bring_back(self, taken: TakenBack) -> None:
        """The drafts that windows which ended left: the newest into the capture line,
        ready to be finished (Enter) or thrown away (Esc); the others, and the newest too
        when a line is being typed already, into the file of text not saved. Said in a
        notice, the text quoted as typed."""
        from facilitator.tui.screens.meeting_keys import MeetingKeys

        screen = self.screen
        bar = await screen.capture_bar() if isinstance(screen, MeetingKeys) else None
        line, others = taken.line, list(taken.others)
        if line is not None and (bar is None or bar.input.value.strip()):
            others.insert(0, line)  # a line is typed already: not over it
            line = None
        if line is not None and bar is not None:
            bar.bring_back(line.kind, line.text, line.participant_id, line.item_id)
        kept = self._keep_drafts(others, bar)
        self._say_brought_back(line, others, kept)

    def _keep_drafts(self, drafts: list[Draft], bar: Any) -> Path | None:
        """``drafts`` in a file of text not saved (each under what it was); once written,
        gone from the database. None: none, or no folder took the file (they stay in the
        database, offered again at the next start)."""
        from facilitator.service.rescue import Kept

        if not drafts:
            return None
        lines = [
            bar.described(d.kind, d.text, d.participant_id, d.item_id)
            if bar is not None
            else Kept(d.text)
            for d in drafts
        ]
        path = self._rescue(lines)
        if path is not None:
            self.runner.aside(self.drafts.forget, [d.window for d in drafts])
        return path

    def _say_brought_back(self, line: Draft | None, others: list[Draft], kept: Path | None) -> None:
        said = []
        if line is not None:
            quoted = one_line(line.text, DRAFT_QUOTED)  # the line holds it whole
            said.append(self.t("draft.back", text=quoted))
        if others and kept is not None:
            key = "draft.kept.one" if len(others) == 1 else "draft.kept.many"
            said.append(self.t(key, n=len(others), path=kept))
        elif others:
            key = "draft.waits.one" if len(others) == 1 else "draft.waits.many"
            said.append(self.t(key, n=len(others)))
        if said:
            text = "\n".join(said)
            same = self._showing(text)
            notice = self._notice(text, "information", same, DRAFT_NOTICE_SECONDS)
            self._draft_notice = notice if line is not None else None

    def _left_over(self) -> list[Path]:
        """The files of text not saved that windows before left on this session (killed
        with lines waiting, or quit with them), beside the database or here, newest first;
        read on the writer thread (a folder can be slow), before this window writes one."""
        from facilitator.service.rescue import left_over

        here = Path(self.services.store.path).absolute().parent
        folders = list(dict.fromkeys([here, Path.cwd()]))
        return left_over(self._slug, folders)

    def _say_left_over(self, files: list[Path]) -> None:
        """Text not saved that lies in a file since an earlier time: said at the start, so
        that no one thinks it saved (until the file is gone)."""
        if not files:
            return
        from facilitator.tui.keymap import notice_width
        from facilitator.tui.text import wrap_path

        if len(files) == 1:
            text = self.t("left_over.one", path=files[0])
        else:
            text = self.t("left_over.many", n=len(files), path=files[0])
        # the file's name whole: broken only after a /
        text = "\n".join(
            wrap_path(line, str(files[0]), notice_width(self.size.width))
            for line in text.split("\n")
        )
        self._notice(text, "warning", self._showing(text), DRAFT_NOTICE_SECONDS)

    def put_aside(self, line: Kept) -> None:
        """A line put back (:meth:`_bring_back`) cancelled with Esc, unsaved: kept in a
        file of text not saved rather than thrown away (Esc is the reflex to dismiss a
        notice), said with the file; the notice that said what Esc would do goes."""
        shown, self._draft_notice = self._draft_notice, None
        if shown is not None and shown in self._notifications:
            self._unnotify(shown)
        kept = self._rescue([line])
        if kept is not None:
            self.say(self.t("draft.aside", path=kept), timeout=DRAFT_NOTICE_SECONDS)
        else:
            self.say(self.t("draft.aside.nowhere"), "warning", timeout=DRAFT_NOTICE_SECONDS)

    # -- actions ------------------------------------------------------------------------------
    def action_help(self) -> None:
        from facilitator.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
        else:
            # the help lists the keymap file's problems: their notice would stand over them
            self._keymap_listed = True
            said, self._keymap_notice = self._keymap_notice, None
            if said is not None and said in self._notifications:
                self._unnotify(said)
            self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        """Quit; with text in an open line, ask first; wait for saves still under way."""
        from facilitator.tui.screens.confirm import ConfirmQuit

        if isinstance(self.screen, ConfirmQuit):  # ctrl+q again, asked: quit anyway
            self.quit_now()
            return
        if self.keys.open_text():
            typing = isinstance(self.screen.focused, Input)  # the keys typed on go into it
            self.push_screen(ConfirmQuit(self.keys.open_lines(), self.lang, typing=typing))
            return
        self.quit_now()

    def action_help_quit(self) -> None:
        """ctrl+c: say which key quits, in the session's language (Textual's own is English)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                shown = self.get_key_display(active.binding) or key
                self.notify(
                    self.t("help_quit.text", quit_key=shown),
                    title=self.t("help_quit.title"),
                    markup=False,
                )
                return

    async def _on_exit_app(self) -> None:
        """The app is told to end from outside: the browser tab of ``facilitator serve``
        closed or the server stopping (Textual's web driver posts ExitApp without
        ``App.exit``). Quit as ``ctrl+q`` would, so that text typed and not saved is kept
        in a file too (it went without a trace). ``App.exit`` (ours, a test's) goes on.

        The text is not printed: the terminal is the one ``serve`` runs in, not where it
        was typed (the file and the draft keep it; one line says where the file is)."""
        if not self._quitting and not self._exit:  # not App.exit(): the web driver's quit
            self.quit_now(served=self.is_web)
            return
        await super()._on_exit_app()

    def quit_now(self, *, served: bool = False) -> None:
        """Quit after the saves under way; text typed and not saved is printed, not dropped.

        ``served``: the window's browser tab closed (``facilitator serve``): the text is kept
        in its file and not printed, only where the file is, if one took it."""
        self._quitting = True
        # one text: Textual prints only the first of several exit renderables
        said: list[Text | str] = []
        if not self.runner.stop(timeout=10.0):
            pending = self.runner.pending
            if pending == 1:
                said.append(self.t("quit_unsaved_one"))
            else:
                said.append(self.t("quit_unsaved", n=counted(pending, self.t("n.changes"))))
        if self.keys.open_text():
            lines = self._typed_lines()
            kept = self._rescue(lines, again=True)
            if served and kept is not None:
                said.append(self.t("quit_typed_served", path=kept))
            else:
                said.append(self._printout(lines))
                if kept is not None:
                    said.append(self.t("quit_rescued", path=kept))
        if said:
            self._exit_renderables.append(
                Text("\n").join(Text(s) if isinstance(s, str) else s for s in said)
            )
        self.exit()

    def _typed_lines(self) -> list[Kept]:
        """Text typed and not saved, each line with what it was (the kind, who said it, the
        agenda item); on a bug that stops the app, the text alone rather than nothing."""
        from facilitator.service.rescue import Kept

        try:
            return self.keys.open_lines()
        except Exception:
            typed = self.keys.open_text()
            return [Kept(typed)] if typed else []

    def _printout(self, lines: list[Kept]) -> Text:
        """What the terminal shows after quitting: each text under what it was, as the
        file has it (a line break a new row, indented as part of the same text)."""
        from facilitator.service.rescue import text_rows

        rows = [Text(self.t("quit_typed"), style="bold")]
        for n, line in enumerate(lines):
            if n:
                rows.append(Text(""))
            if line.about:
                rows.append(Text(printable(line.about), style="dim"))
            rows.extend(Text(printable(row)) for row in text_rows(line.text))
        return Text("\n").join(rows)

    def _rescue(self, lines: list[Kept], *, again: bool = False) -> Path | None:
        """Keep text typed and not saved in a file too: a terminal is closed or cleared.
        Each line under what it was (the kind, who said it, the agenda item), the file
        named with the time the header shows (the session's time zone). ``again``: in the
        file of the lines that waited, if there is one (all of them are in ``lines``); if it
        cannot take them (its disk full) and a new file does, the old one goes, so that no
        file says that lines were not saved once they are."""
        from facilitator.service.rescue import let_go, rescue, rescue_folders, rewrite

        if not lines:
            return None
        session = self.state.session if self.state is not None else None
        now = local(self.services.clock.now(), session.zone if session is not None else None)
        title = session.title if session is not None else ""
        old = self._waiting_file if again else None
        if old is not None:
            kept = rewrite(old, lines, self._slug, now, self.lang, title=title)
            if kept is not None:
                return kept
        folders = rescue_folders(Path(self.services.store.path))
        kept = rescue(lines, self._slug, now, self.lang, folders, title=title)
        if old is not None and kept is not None:
            let_go(old)  # the new file holds them all
            self._waiting_file = kept
        return kept

    def keep_waiting(self, lines: list[Kept]) -> Path | None:
        """The lines waiting unsaved (and the one being typed with them) in a file of text
        not saved at once, the same file each time, so that a process killed meanwhile
        leaves them; none: the file goes (every line is saved). The file, if one holds
        them all; if no folder takes them, the file written before (holding the lines that
        waited then) stays until they are saved, and goes then."""
        from facilitator.service.rescue import let_go

        if not lines:
            if self._waiting_file is not None:
                let_go(self._waiting_file)
                self._waiting_file = None
            return None
        kept = self._rescue(lines, again=True)
        if kept is not None:
            self._waiting_file = kept
        return kept

    def _fatal_error(self) -> None:
        """An unexpected error: save the details to a file and say so, without a traceback.

        Everything the user did is already in the store; the message says how to
        continue. The traceback goes to a crash report next to the database.
        """
        from facilitator.tui.crash import crash_message, write_crash_report

        self.bell()
        report = write_crash_report(self._exception, self.services.store.path)
        message = crash_message(self.lang, self.services.store.path, self._slug, report)
        try:  # text typed and not saved is kept too; the crash must not hide the crash
            lines = self._typed_lines() if self.keys.open_text() else []
            kept = self._rescue(lines, again=True)
            typed = self._printout(lines) if lines else None
        except Exception:
            typed, kept = None, None
        if typed is not None:
            message = Text("\n").join(
                [message, typed, *([Text(self.t("quit_rescued", path=kept))] if kept else [])]
            )
        self._exit_renderables.append(message)
        self._close_messages_no_wait()

    def action_preview(self) -> None:
        """Show what the minutes would say now, without closing anything."""
        from facilitator.tui.screens.preview import PreviewScreen

        if not isinstance(self.screen, PreviewScreen):
            self.push_screen(PreviewScreen())

    def action_close_or_reopen(self) -> None:
        """Check, close and write the minutes; on a closed session: reopen it, after asking;
        on one not started yet: say there is nothing to close, before any check."""
        from facilitator.tui.screens.close import CloseScreen

        if isinstance(self.screen, CloseScreen):
            return
        status = self.state.session.status if self.state is not None else None
        if status == SessionStatus.CLOSED:
            from facilitator.tui.screens.confirm import ConfirmReopen

            if not isinstance(self.screen, ConfirmReopen):
                self.push_screen(ConfirmReopen(self.lang, self._reopen))
            return
        if status == SessionStatus.PLANNED:
            text = DomainError("session.not_started").message(self.lang, key_names(self))
            self.notice_while(text, _not_started)  # until it starts, here or elsewhere
            return
        self.push_screen(CloseScreen())

    def _reopen(self) -> None:
        """Reopen the closed session (asked first: :class:`ConfirmReopen`)."""
        self.submit(
            self.closing.reopen, then=lambda _: self.status_notice(self.t("reopened"), False)
        )

    def status_notice(
        self, text: str, closed: bool, severity: SeverityLevel = "information"
    ) -> None:
        """Say the session closed or reopened, in place of what was said before about
        that; the notice goes as soon as it no longer holds."""

        def still(state: SessionState) -> bool:
            return (state.session.status == SessionStatus.CLOSED) == closed

        said = [self._status_notice] if self._status_notice is not None else []
        self._status_notice = self._notice_while(text, severity, still, said, timeout=15)

    def action_undo(self) -> None:
        self.submit(self.history.undo, then=self._undone)

    def _undone(self, label: str) -> None:
        self._history_notice(self.t("undone", label=describe(label, self.lang)))
        if label == Change.REOPEN:
            self.write_minutes()

    def write_minutes(self, path: Path | None = None) -> None:
        """Write the minutes of the session as it stands to ``path`` (default: the next
        free ``minutes/<slug>.md``), off the UI thread, and say where they went: after
        closing, and after an undone reopening or a redone closing (which close the session
        again: the newest file then has what was added while it was open)."""
        from functools import partial

        from facilitator.tui.screens.close import minutes_target, write_minutes

        target = path if path is not None else minutes_target(self.state)
        write = partial(write_minutes, self, self.services, target, self.lang)
        self.run_worker(write, thread=True, group="minutes")

    def _history_notice(self, text: str) -> None:
        """Say what undo or redo took back, in place of what the one before said: pressing
        ctrl+z ten times shows one notice, not a pile over the queue."""
        previous = self._last_history_notice
        self._last_history_notice = self._notice(
            text, "information", [previous] if previous is not None else []
        )

    def _refusal(self, text: str) -> None:
        """Say why a command was refused, once: the same refusal again (ctrl+z pressed ten
        times with nothing to undo) replaces the one shown instead of piling up."""
        self.say(text, "warning")

    def say(
        self, text: str, severity: SeverityLevel = "information", *, timeout: float | None = None
    ) -> None:
        """Say ``text`` (never markup) once: the same words again, while they show, replace
        them instead of piling up (S pressed twice on a barrier, w with nobody waiting)."""
        same = self._showing(text)
        self._notice(text, severity, same, timeout)

    def take_back_refusal(self, text: str) -> None:
        """Take away the notice of a refusal still shown (``text``): what it refused was
        put right and saved since."""
        for shown in self._showing(text):
            self._unnotify(shown)
        # A screen that came back just before (the form closing) may still be mounting
        # its toast of this notice, which the refresh above did not find to remove: once
        # it is drawn, the notices are shown again as they are.
        self.call_after_refresh(self._refresh_notifications)

    def _showing(self, text: str) -> list[Notification]:
        """The notices that show ``text`` now (as :func:`notice_text` shows it)."""
        shown = notice_text(text)
        return [n for n in self._notifications if n.message == shown]

    def _notice(
        self,
        text: str,
        severity: SeverityLevel,
        in_place_of: list[Notification],
        timeout: float | None = None,
    ) -> Notification:
        """Show ``text`` (never markup), taking away the notices ``in_place_of`` still shown."""
        for shown in in_place_of:
            if shown in self._notifications:
                self._unnotify(shown, refresh=False)
        seconds = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        notice = Notification(text, severity=severity, timeout=seconds)
        self.post_message(Notify(notice))
        return notice

    def action_redo(self) -> None:
        self.submit(self.history.redo, then=self._redone)

    def _redone(self, label: str) -> None:
        self._history_notice(self.t("redone", label=describe(label, self.lang)))
        if label == Change.CLOSE:
            self.write_minutes()


def make_app(
    store: Store,
    session_id: int,
    *,
    lang: str | None = None,
    clock: Clock | None = None,
    tick_seconds: float = 1.0,
    watch_seconds: float = 0.05,
    role: Role = Role.FACILITATOR,
    origin: str | None = None,
    keymap_file: Path | None = None,
    alive: Callable[[int], bool] | None = None,
    draft_seconds: float = DRAFT_SECONDS,
) -> FacilitatorApp:
    """The app factory used by the CLI and the tests.

    Every change this window makes is stored with its origin (the role, this user
    and machine, a mark of the window's own), so ``ctrl+z`` undoes only this
    window's changes and the history says who did what. ``keymap_file`` is the
    user's keymap (default: ``keymap.toml`` in the config directory). ``alive`` says
    whether a process of this computer still runs (the draft of one that does not is
    offered back; default: asked of the system); ``draft_seconds``: how often at most
    the line being typed is kept as a draft.
    """
    services = Services.open(
        store, session_id, clock, origin=origin or str(Origin.here(role)), alive=alive
    )
    keymap = load_keymap(keymap_file if keymap_file is not None else keymap_path())
    return FacilitatorApp(
        services,
        lang=lang,
        tick_seconds=tick_seconds,
        watch_seconds=watch_seconds,
        role=role,
        keymap=keymap,
        draft_seconds=draft_seconds,
    )
