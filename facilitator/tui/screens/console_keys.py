"""The facilitator's keys (agenda timer, speaker queue) for the main screen.

Every action gives a command to the app (``app.submit(service.X)``): it runs
off the UI thread, in key order, and any problem shows as a notification. The app never reorders
the queue by itself; a suggestion is only followed when ``s`` is pressed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import TabbedContent

from facilitator.domain.model import Participant
from facilitator.i18n import Catalog
from facilitator.service import SUGGESTED, SessionState
from facilitator.tui.screens.picker import Choice, Picker, item_choices, participant_choices
from facilitator.tui.widgets.agenda import AgendaPanel, outlook
from facilitator.tui.widgets.speakers import FloorPanel
from facilitator.tui.widgets.table import ParticipantTable

if TYPE_CHECKING:
    from facilitator.tui.app import FacilitatorApp

KEY_WORDS = Catalog(
    {
        "console.timer": ("timer", "timer"),
        "console.next": ("volgende", "next"),
        "console.previous": ("vorig agendapunt", "previous agenda item"),
        "console.more": ("1 min erbij", "1 min more"),
        "console.less": ("1 min eraf", "1 min less"),
        "console.number": ("deelnemer N in de rij", "queue participant N"),
        "console.number_pick": ("deelnemer 10+ kiezen", "pick participant 10+"),
        "console.hand": ("hand", "hand"),
        "console.floor": ("woord", "floor"),
        "console.end": ("klaar", "done"),
        "console.suggest": ("suggestie", "suggest"),
        "console.point": ("punt van orde", "point of order"),
        "console.readd": ("laatste spreker terug", "last speaker back"),
        "console.withdraw": ("uit de rij halen", "withdraw from queue"),
        "console.select_up": ("vorige in de rij kiezen", "select previous in queue"),
        "console.select_down": ("volgende in de rij kiezen", "select next in queue"),
        "console.move_up": ("hoger in de rij", "move up the queue"),
        "console.move_down": ("lager in de rij", "move down the queue"),
        "console.floor_selected": ("gekozene het woord geven", "give selected the floor"),
        "console.presence": ("aanwezig/afwezig", "present/absent"),
        "console.rebalance": ("tijd nemen", "take time"),
        "console.defer": ("punt uitstellen…", "defer an item…"),
        "console.goto": ("naar agendapunt…", "go to item…"),
        "console.floor_to": ("het woord geven aan…", "give the floor to…"),
        "pick.hand": ("Wie steekt een hand op?", "Who raises a hand?"),
        "pick.point": ("Punt van orde of directe reactie van…", "Point of order or reply by…"),
        "pick.presence": ("Aanwezig of afwezig melden:", "Mark present or absent:"),
        "pick.withdraw": ("Wie gaat uit de rij?", "Who leaves the queue?"),
        "pick.floor": ("Het woord geven aan…", "Give the floor to…"),
        "pick.goto": ("Naar agendapunt…", "Go to agenda item…"),
        "pick.defer": ("Welk punt uitstellen (of weer oppakken)?", "Defer (or resume) which item?"),
        "no_such": ("Er is geen deelnemer {n}.", "There is no participant {n}."),
        "already": ("{who} staat al in de rij.", "{who} is already in the queue."),
        "queued": ("{who} staat in de rij.", "{who} is in the queue."),
        "absent_queued": (
            "{who} staat in de rij, maar is afwezig gemeld.",
            "{who} is in the queue but marked absent.",
        ),
        "nobody_waits": ("Niemand wacht.", "Nobody waits."),
        "no_last": (
            "Geen vorige spreker, of die wacht al.",
            "No previous speaker, or they already wait.",
        ),
        "select_first": (
            "Kies eerst iemand in de rij met ↑/↓.",
            "Select someone in the queue with ↑/↓ first.",
        ),
        "freed": ("{m} min van latere punten genomen.", "Took {m} min from later items."),
        "nothing_freed": (
            "Latere punten kunnen geen tijd missen.",
            "Later items cannot spare time.",
        ),
        "present": ("{who} is aanwezig.", "{who} is present."),
        "absent": ("{who} is afwezig.", "{who} is absent."),
        "help": (
            "Cijfers 1–9 zetten deelnemer N in de rij; 0 of h kiest uit de lijst (typ om te "
            "filteren). ↑/↓ kiest iemand in de rij: w haalt weg, shift+↑/↓ verplaatst, Enter "
            "geeft het woord. Een punt van orde (p) gaat voor. De app verandert de volgorde "
            "nooit zelf: s volgt de suggestie pas als u drukt. Loopt een punt uit, dan neemt t "
            "minuten van latere punten en stelt u een punt uit. Met de muis: klik een "
            "agendapunt om erheen te gaan, een deelnemer om die in de rij te zetten.",
            "Digits 1–9 queue participant N; 0 or h picks from the list (type to filter). "
            "↑/↓ selects someone in the queue: w withdraws, shift+↑/↓ moves, Enter gives the "
            "floor. A point of order (p) goes first. The app never reorders by itself: s "
            "follows the suggestion only when you press it. When an item runs over, t takes "
            "minutes from later items and u defers an item. With the mouse: click an agenda "
            "item to go there, a participant to queue them.",
        ),
    }
)


# Keys shared with the board and the log: they move the queue selection on the console only.
CONSOLE_TAB_ONLY = frozenset({"select", "reorder", "floor_selected"})


def _number_bindings() -> list[BindingType]:
    first = Binding("1", "queue_number(1)", "console.number", show=False, key_display="1…9")
    rest = [Binding(str(n), f"queue_number({n})", "", show=False) for n in range(2, 10)]
    return [first, *rest]


class ConsoleKeys(Screen[None]):
    """Mixin: bindings and actions of the facilitator."""

    KEY_WORDS = KEY_WORDS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_timer", "console.timer", key_display="space"),
        Binding("right_square_bracket", "move(1)", "console.next", key_display="]"),
        Binding("left_square_bracket", "move(-1)", "console.previous", show=False, key_display="["),
        Binding("plus", "minutes(1)", "console.more", show=False, key_display="+"),
        Binding("minus", "minutes(-1)", "console.less", show=False, key_display="-"),
        *_number_bindings(),
        Binding("0", "pick_number", "console.number_pick", show=False),
        Binding("h", "pick_hand", "console.hand"),
        Binding("f", "give_floor", "console.floor"),
        Binding("x", "end_speech", "console.end"),
        Binding("s", "accept_suggestion", "console.suggest"),
        Binding("t", "rebalance", "console.rebalance"),
        Binding("p", "point_of_order", "console.point", show=False),
        Binding("r", "readd_last", "console.readd", show=False),
        Binding("w", "withdraw", "console.withdraw", show=False),
        Binding("up", "select(-1)", "console.select_up", show=False, key_display="↑"),
        Binding("down", "select(1)", "console.select_down", show=False, key_display="↓"),
        Binding("shift+up", "reorder(-1)", "console.move_up", show=False, key_display="⇧↑"),
        Binding("shift+down", "reorder(1)", "console.move_down", show=False, key_display="⇧↓"),
        Binding("enter", "floor_selected", "console.floor_selected", show=False),
        Binding("m", "presence", "console.presence", show=False),
        Binding("u", "defer", "console.defer", show=False),
        Binding("g", "goto", "console.goto", show=False),
    ]

    @property
    def _fapp(self) -> FacilitatorApp:
        return self.app  # type: ignore[return-value]

    def _t(self, key: str, **values: object) -> str:
        return KEY_WORDS(self._fapp.lang, key, **values)

    def _say(self, key: str, **values: object) -> None:
        self.notify(self._t(key, **values), markup=False)

    @property
    def _state(self) -> SessionState | None:
        return self._fapp.state

    def _who(self, person: Participant) -> str:
        state = self._state
        ids = [p.id for p in state.participants] if state else []
        number = ids.index(person.id) + 1 if person.id in ids else 0
        return f"{number} {' '.join(person.name.split())}"

    # -- footer: the keys that matter now -------------------------------------------
    def on_mount(self) -> None:
        self._key_signature: tuple[bool, ...] = ()
        self.watch(self.app, "state", self._console_changed, init=False)
        self.watch(self.app, "now", self._console_changed, init=False)

    def _console_changed(self, _: object = None) -> None:
        signature = tuple(
            bool(self._enabled(a)) for a in ("give_floor", "end_speech", "accept_suggestion")
        ) + (bool(self._enabled("rebalance")),)
        if signature != getattr(self, "_key_signature", ()):
            self._key_signature = signature
            self.refresh_bindings()

    def _enabled(self, action: str) -> bool | None:
        state, now = self._state, self._fapp.now
        if state is None or now is None:
            return None
        if action == "give_floor":
            return bool(state.queue) or state.current_speech is not None
        if action == "end_speech":
            return state.current_speech is not None
        if action == "accept_suggestion":
            return bool(state.suggestions(now))
        if action == "rebalance":
            return outlook(state, now).overrun > 0
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("give_floor", "end_speech", "accept_suggestion", "rebalance"):
            if self._fapp.behind:  # `1 f` typed at once: the queue shown is not yet the queue
                return True
            return self._enabled(action) or False
        if action in CONSOLE_TAB_ONLY:
            return self._console_shown()
        return super().check_action(action, parameters)

    def _console_shown(self) -> bool:
        """Whether the console tab is shown (the board uses the same arrow keys)."""
        try:
            return self.query_one(TabbedContent).active in ("console", "")
        except NoMatches:
            return True

    # -- agenda ---------------------------------------------------------------------
    def action_toggle_timer(self) -> None:
        self._fapp.submit(self._fapp.service.toggle_timer)

    def action_move(self, step: int) -> None:
        self._fapp.submit(self._fapp.service.move, step)

    def action_minutes(self, minutes: int) -> None:
        self._fapp.submit(self._fapp.service.adjust_minutes, minutes)

    def action_rebalance(self) -> None:
        self._fapp.submit(self._fapp.service.rebalance, then=self._rebalanced)

    def _rebalanced(self, freed: int) -> None:
        if freed:
            self._say("freed", m=freed // 60)
        else:
            self._say("nothing_freed")

    def action_defer(self) -> None:
        state, now = self._state, self._fapp.now
        if state is None or now is None:
            return
        proposal = outlook(state, now).defer_proposal
        self._pick("pick.defer", item_choices(state), self._defer, highlight=proposal)

    def _defer(self, item_id: int) -> None:
        self._fapp.submit(self._fapp.service.defer, item_id)

    def action_goto(self) -> None:
        state = self._state
        if state is not None:
            current = state.session.current_item_id
            self._pick("pick.goto", item_choices(state), self._goto, highlight=current)

    def _goto(self, item_id: int) -> None:
        self._fapp.submit(self._fapp.service.goto, item_id)

    @on(AgendaPanel.ItemClicked)
    def _item_clicked(self, event: AgendaPanel.ItemClicked) -> None:
        self._goto(event.item_id)

    # -- queue ----------------------------------------------------------------------
    def action_queue_number(self, number: int) -> None:
        state = self._state
        if state is None:
            return
        if not 1 <= number <= len(state.participants):
            self._say("no_such", n=number)
            return
        self._queue(state.participants[number - 1].id)

    def _queue(self, participant_id: int, *, point_of_order: bool = False) -> None:
        state = self._state
        person = state.participant(participant_id) if state else None
        if person is None:
            return

        def queued(done: bool) -> None:
            if not done:
                self._say("already", who=self._who(person))
            elif not person.present:
                self._say("absent_queued", who=self._who(person))

        self._fapp.submit(
            self._fapp.service.enqueue,
            participant_id,
            point_of_order=point_of_order,
            then=queued,
        )

    def action_pick_hand(self) -> None:
        self._pick_participant("pick.hand", self._queue)

    def action_pick_number(self) -> None:
        self._pick_participant("pick.hand", self._queue)

    def action_point_of_order(self) -> None:
        self._pick_participant("pick.point", lambda pid: self._queue(pid, point_of_order=True))

    @on(ParticipantTable.ParticipantClicked)
    def _participant_clicked(self, event: ParticipantTable.ParticipantClicked) -> None:
        self._queue(event.participant_id)

    def action_give_floor(self) -> None:
        self._fapp.submit(self._fapp.service.give_floor)

    def action_end_speech(self) -> None:
        self._fapp.submit(self._fapp.service.end_speech)

    def action_accept_suggestion(self) -> None:
        """The first suggestion as it is when the command runs (after the keys before it)."""
        self._fapp.submit(self._fapp.service.give_floor, SUGGESTED)

    def action_floor_to(self) -> None:
        self._pick_participant("pick.floor", self._floor_to)

    def _floor_to(self, participant_id: int) -> None:
        self._fapp.submit(self._fapp.service.give_floor, participant_id)

    def action_readd_last(self) -> None:
        self._fapp.submit(self._fapp.service.readd_last, then=self._readded)

    def _readded(self, done: bool) -> None:
        if not done:
            self._say("no_last")

    # -- the selected queue entry ------------------------------------------------------
    def _floor_panel(self) -> FloorPanel:
        return self.query_one(FloorPanel)

    def action_select(self, delta: int) -> None:
        self._floor_panel().move_selection(delta)

    @on(FloorPanel.EntryClicked)
    def _entry_clicked(self, event: FloorPanel.EntryClicked) -> None:
        panel = self._floor_panel()
        panel.selected = None if panel.selected == event.participant_id else event.participant_id

    def action_withdraw(self) -> None:
        state = self._state
        if state is None:
            return
        if not state.queue:
            self._say("nobody_waits")
            return
        selected = self._floor_panel().selected
        if selected is not None:
            self._withdraw(selected)
            return
        waiting = self._floor_panel().waiting()
        self._pick_participant("pick.withdraw", self._withdraw, only=waiting)

    def _withdraw(self, participant_id: int) -> None:
        panel = self._floor_panel()
        waiting = panel.waiting()
        if participant_id in waiting and panel.selected == participant_id:
            index = waiting.index(participant_id)
            rest = waiting[:index] + waiting[index + 1 :]
            panel.selected = rest[min(index, len(rest) - 1)] if rest else None
        self._fapp.submit(self._fapp.service.withdraw, participant_id)

    def action_reorder(self, delta: int) -> None:
        selected = self._floor_panel().selected
        if selected is None:
            self._say("select_first")
            return
        self._fapp.submit(self._fapp.service.reorder, selected, delta)

    def action_floor_selected(self) -> None:
        selected = self._floor_panel().selected
        if selected is None:
            return
        self._floor_panel().selected = None
        self._floor_to(selected)

    # -- presence -----------------------------------------------------------------------
    def action_presence(self) -> None:
        self._pick_participant("pick.presence", self._toggle_presence)

    def _toggle_presence(self, participant_id: int) -> None:
        state = self._state
        person = state.participant(participant_id) if state else None
        if person is None:
            return
        key = "absent" if person.present else "present"
        self._fapp.submit(
            self._fapp.service.set_present,
            participant_id,
            not person.present,
            then=lambda _: self._say(key, who=self._who(person)),
        )

    # -- pickers ------------------------------------------------------------------------
    def _pick_participant(
        self, title: str, then: Callable[[int], None], *, only: list[int] | None = None
    ) -> None:
        state = self._state
        if state is not None:
            self._pick(title, participant_choices(state, only=only), then)

    def _pick(
        self,
        title: str,
        choices: Sequence[Choice],
        then: Callable[[int], None],
        highlight: int | None = None,
    ) -> None:
        picker = Picker(
            self._t(title), choices, lang=self._fapp.lang, highlight=highlight, on_pick=then
        )
        self.app.push_screen(picker)

    # -- palette and help ---------------------------------------------------------------
    def palette_entries(self) -> list[tuple[str, str]]:
        """Actions with no key of their own, for the command palette."""
        mine = [(self._t("console.floor_to"), "floor_to")]
        theirs: list[tuple[str, str]] = getattr(super(), "palette_entries", lambda: [])()
        return mine + theirs

    def HELP_EXTRA(self, lang: str) -> str:  # noqa: N802 - the help screen's hook
        """How the queue keys work together (shown on the help screen)."""
        theirs = getattr(super(), "HELP_EXTRA", None)
        mine = KEY_WORDS(lang, "help")
        return f"{mine}\n\n{theirs(lang)}" if callable(theirs) else mine
