"""The facilitator's commands: the agenda timer and the speaker queue.

The main screen binds their keys (they work on every tab); the console pane
calls them for clicks. Every command is given to the app (``host.submit``):
it runs off the UI thread, in key order, and any problem shows as a
notification. The app never reorders the queue by itself; a suggestion is only
followed when ``s`` is pressed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual.widget import Widget

from facilitator.domain import agenda as agenda_rules
from facilitator.domain.agenda import active_items
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Participant, Session
from facilitator.i18n import Catalog
from facilitator.i18n.formats import local, short_date
from facilitator.service import SUGGESTED, AgendaSeen, Floor, FloorSeen, ItemSeen, SessionState
from facilitator.service.result import Failed, Refused, Result
from facilitator.text import one_line
from facilitator.tui.actions import ACTIONS, Scope
from facilitator.tui.host import Host, host_of
from facilitator.tui.keymap import key_names
from facilitator.tui.widgets.agenda import outlook
from facilitator.tui.widgets.speakers import FloorPanel

if TYPE_CHECKING:
    # The dialogs load when first opened: not needed for the first frame.
    from facilitator.tui.screens.picker import Choice

WORDS = Catalog(
    {
        "pick.hand": ("Wie steekt een hand op?", "Who raises a hand?"),
        "pick.point": ("Punt van orde of directe reactie van…", "Point of order or reply by…"),
        "pick.presence": ("Aanwezig of afwezig melden:", "Mark present or absent:"),
        "pick.withdraw": ("Wie gaat uit de rij?", "Who leaves the queue?"),
        "pick.floor": ("Het woord geven aan…", "Give the floor to…"),
        "pick.goto": ("Naar agendapunt…", "Go to agenda item…"),
        "pick.defer": ("Welk punt uitstellen (of weer oppakken)?", "Defer (or resume) which item?"),
        "no_such": ("Er is geen deelnemer {n}.", "There is no participant {n}."),
        "already": ("{who} staat al in de rij.", "{who} is already in the queue."),
        "has_floor": (
            "{who} heeft het woord en komt niet in de rij.",
            "{who} has the floor and is not put in the queue.",
        ),
        "queued": (
            "{who} staat nu in de rij. {key[app.undo]} maakt het ongedaan.",
            "{who} is in the queue now. {key[app.undo]} takes it back.",
        ),
        "line_open": (
            "Sla eerst de regel op of annuleer hem (Enter / {key[line.cancel]}).",
            "Save or cancel the line first (Enter / {key[line.cancel]}).",
        ),
        "went": (
            "Naar agendapunt {n}: {title}. {key[app.undo]} maakt het ongedaan.",
            "Went to agenda item {n}: {title}. {key[app.undo]} takes it back.",
        ),
        "absent_queued": (
            "{who} staat in de rij, maar is afwezig gemeld.",
            "{who} is in the queue but marked absent.",
        ),
        "floor_back": (
            "{who} heeft het woord en is weer aanwezig gemeld.",
            "{who} has the floor and is marked present again.",
        ),
        "nobody_waits": ("Niemand wacht.", "Nobody waits."),
        "why.end_speech": ("Niemand heeft het woord.", "Nobody has the floor."),
        "why.accept_suggestion": ("Er is nu geen suggestie.", "There is no suggestion now."),
        "why.rebalance": ("Geen uitloop om op te vangen.", "No overrun to take time for."),
        "no_last": (
            "Geen vorige spreker, of die wacht al.",
            "No previous speaker, or they already wait.",
        ),
        "select_first": (
            "Kies eerst iemand in de rij met ↑/↓.",
            "Select someone in the queue with ↑/↓ first.",
        ),
        "freed": ("{m} min van latere punten genomen.", "Took {m} min from later items."),
        "moved_date": (
            "De geplande datum is nu vandaag, {day}.",
            "The planned date is now today, {day}.",
        ),
        "nothing_freed": (
            "Latere punten kunnen geen tijd missen.",
            "Later items cannot spare time.",
        ),
        "pick.stand_in": (
            "Voor wie valt iemand in? (dezelfde organisatie en sector)",
            "Who does someone stand in for? (same organisation and sector)",
        ),
        "pick.stand_in.filter": ("typ de naam van de genodigde", "type the invitee's name"),
        "walk_in.title": ("Nieuwe deelnemer aan tafel", "New participant at the table"),
        "walk_in.name": ("Naam", "Name"),
        "walk_in.organisation": ("Organisatie", "Organisation"),
        "walk_in.sector": ("Sector", "Sector"),
        "walk_in.sectors": ("kies uit: {sectors}", "choose from: {sectors}"),
        "stand_in.title": ("Invaller voor {who}", "Stand-in for {who}"),
        "stand_in.about": ("{organisation} · {sector}", "{organisation} · {sector}"),
        "no_invitees": (
            "Er is geen genodigde zonder invaller.",
            "There is no invitee without a stand-in.",
        ),
        "joined": ("{who} zit aan tafel.", "{who} is at the table."),
        "stands_in": ("{who} valt in voor {invitee}.", "{who} stands in for {invitee}."),
        "pick.edit_item": ("Welk agendapunt wijzigen?", "Change which agenda item?"),
        "pick.drop_item": (
            "Welk punt van de agenda schrappen? (alleen punten die nog komen)",
            "Drop which item from the agenda? (only items still to come)",
        ),
        "item.add_title": ("Nieuw agendapunt", "New agenda item"),
        "item.edit_title": ("Agendapunt {n} wijzigen", "Change agenda item {n}"),
        "item.title": ("Titel", "Title"),
        "item.question": ("Leidende vraag", "Guiding question"),
        "item.minutes": ("Geplande minuten", "Planned minutes"),
        "item.number": ("Plaats op de agenda (nummer)", "Place on the agenda (number)"),
        "item.number_hint": (
            "van {first} tot {last}: alleen tussen de punten die nog komen",
            "{first} to {last}: only among the items still to come",
        ),
        "item.stays_hint": (
            "blijft op {first}: alleen punten die nog komen verschuiven",
            "stays at {first}: only items still to come move",
        ),
        "item.stays_or_hint": (
            "blijft op {own}, of van {first} tot {last}: alleen tussen de punten die nog komen",
            "stays at {own}, or {first} to {last}: only among the items still to come",
        ),
        "item.new_number_hint": (
            "van {first} tot {last}: tussen de punten die nog komen; leeg: achteraan",
            "{first} to {last}: among the items still to come; empty: at the end",
        ),
        "item.bad_number": (
            "{field}: '{value}' is geen heel getal.",
            "{field}: '{value}' is not a whole number.",
        ),
        "item.added": ("Agendapunt {n} toegevoegd.", "Agenda item {n} added."),
        "item.nothing_to_drop": (
            "Er zijn geen punten meer die nog komen.",
            "There are no items still to come.",
        ),
        "present": ("{who} is aanwezig.", "{who} is present."),
        "absent": ("{who} is afwezig.", "{who} is absent."),
    }
)


class _Typed(ValueError):
    """Something typed in a form that is not what the field needs (the message says what)."""


# The field of a form a refusal is about: the form opens again with the cursor there.
_WHOLE_NUMBER = re.compile(r"[-+−]?\d+")
"""A whole number as typed in a form, with its sign (``-5``, ``−5``)."""

ITEM_FIELDS = {
    "agenda.no_title": 0,
    "agenda.bad_minutes": 2,
    "agenda.too_many_minutes": 2,
    "agenda.place": 3,
    "agenda.one_place": 3,
    "agenda.stays": 3,
}
WALK_IN_FIELDS = {"people.no_name": 0, "people.same_name": 0, "people.no_sector": 2}

# The facilitator's keys (agenda, queue, who is at the table): each changes the session, so
# none acts on a closed one.
MEETING = frozenset(
    a.action.split("(")[0]
    for a in ACTIONS
    if a.scope == Scope.SCREEN and a.id.startswith("meeting.")
)
# Actions whose footer key shows as enabled only when they would do something (the
# facilitator's keys, on an open session: these also need someone or something to act on).
DYNAMIC = ("give_floor", "end_speech", "accept_suggestion", "rebalance")
# The keys that open a form or a list of the session as the screen shows it: typed while
# changes are on their way (a close, a reopening), they wait until the screen shows them.
ASKING = frozenset({"add_item", "edit_item", "drop_item", "walk_in", "stand_in"})


class Meeting:
    """The agenda and queue commands, given from a screen or a pane (``node``)."""

    def __init__(self, node: Widget) -> None:
        self.node = node

    @property
    def host(self) -> Host:
        return host_of(self.node)

    @property
    def state(self) -> SessionState | None:
        return self.host.state

    def say(self, key: str, **values: object) -> None:
        """Say it once: the same words again, while they show, replace them (w pressed
        twice with nobody waiting)."""
        self.host.say(WORDS(self.host.lang, key, **values))

    def say_closed(self) -> None:
        """The session is closed and how to reopen it, as a change would be refused; once
        (a key pressed again does not add a notice), until it is open again."""
        host = self.host
        text = DomainError("session.closed").message(host.lang, key_names(host))
        host.notice_while(text, lambda state: state.closed, "warning")

    def who(self, person: Participant) -> str:
        state = self.state
        ids = [p.id for p in state.participants] if state else []
        number = ids.index(person.id) + 1 if person.id in ids else 0
        return f"{number} {' '.join(person.name.split())}"

    def enabled(self, action: str) -> bool:
        """Whether a key of :data:`MEETING` would do something now: none on a closed
        session, and those of :data:`DYNAMIC` only with something to act on."""
        state, now = self.state, self.host.now
        if state is not None and state.closed:
            return False
        if action not in DYNAMIC:
            return True
        if state is None or now is None:
            return False
        if action == "give_floor":
            return bool(state.queue) or state.current_speech is not None
        if action == "end_speech":
            return state.current_speech is not None
        if action == "accept_suggestion":
            return bool(state.suggestions(now))
        if action == "rebalance":
            return outlook(state, now).overrun > 0
        return True

    def say_why_not(self, action: str) -> None:
        """Why a key of :data:`DYNAMIC` does nothing now (its :meth:`enabled` is False):
        pressed, it says so rather than nothing (``t`` with no overrun)."""
        if action == "give_floor":
            host = self.host
            host.say(DomainError("queue.nobody_waits").message(host.lang, key_names(host)))
        else:
            self.say(f"why.{action}")

    # -- agenda ---------------------------------------------------------------------
    def agenda_seen(self) -> AgendaSeen | None:
        """The agenda as this window shows it, for an agenda command to find it unchanged
        when it runs (another window's ``]``, ``space``, ``t``, ``g``, ``u``, ``+`` or ``-``
        at the same moment got there first: nothing happens). None while this window's own
        commands are on their way (``] ]`` typed at once goes two items on, ``space space``
        starts the timer and pauses it, ``+ +`` gives two minutes): the command decides
        when it runs."""
        state = self.state
        if state is None or self.host.behind:
            return None
        return AgendaSeen.of(state)

    def toggle_timer(self) -> None:
        self.host.submit(self.host.agenda.toggle_timer, seen=self.agenda_seen())

    def move(self, step: int) -> None:
        self.host.submit(self.host.agenda.move, step, seen=self.agenda_seen())

    def minutes(self, minutes: int) -> None:
        self.host.submit(self.host.agenda.adjust_minutes, minutes, seen=self.agenda_seen())

    def move_to_today(self) -> None:
        """The planned date becomes today (undoable)."""
        self.host.submit(self.host.agenda.move_to_today, then=self._moved)

    def _moved(self, session: Session) -> None:
        day = local(session.starts_at, session.zone)
        self.say("moved_date", day=short_date(day, self.host.lang, year=True))

    def rebalance(self) -> None:
        self.host.submit(self.host.agenda.rebalance, seen=self.agenda_seen(), then=self._rebalanced)

    def _rebalanced(self, freed: int) -> None:
        if freed:
            self.say("freed", m=freed // 60)
        else:
            self.say("nothing_freed")

    def defer(self) -> None:
        from facilitator.tui.screens.picker import item_choices

        state, now = self.state, self.host.now
        if state is None or now is None:
            return
        proposal = outlook(state, now).defer_proposal
        seen = self.agenda_seen()  # the agenda the choice is made from
        self.pick(
            "pick.defer",
            item_choices(state),
            lambda item_id: self.host.submit(self.host.agenda.defer, item_id, seen=seen),
            highlight=proposal,
            what="item",
        )

    def goto_picker(self) -> None:
        from facilitator.tui.screens.picker import item_choices

        state = self.state
        if state is not None:
            current = state.session.current_item_id
            seen = self.agenda_seen()  # the agenda the choice is made from
            self.pick(
                "pick.goto",
                item_choices(state),
                lambda item_id: self._goto(item_id, seen),
                highlight=current,
                what="item",
            )

    def line_open(self) -> bool:
        """Whether a capture line is open on this screen: it keeps the keys (ctrl+z too),
        and what it files goes under the item it was opened on."""
        from facilitator.tui.widgets.capture import CaptureBar

        bars = self.node.screen.query(CaptureBar)
        return bool(bars) and bars.first().is_open

    def refuse_while_typing(self) -> bool:
        """A click that would change the meeting while a line is open: it changes nothing
        and says to save or cancel the line first (True: refused)."""
        if not self.line_open():
            return False
        host = self.host
        host.say(WORDS(host.lang, "line_open", key=key_names(host)))
        return True

    def goto(self, item_id: int) -> None:
        """Go to ``item_id`` from the agenda as it shows now (a click on the agenda), and
        say so: one click moves the whole meeting on, and went unnoticed when it was not
        meant. A click on the current item changes nothing and says nothing; nor does one
        while a capture line is open, saying why."""
        state = self.state
        if state is None or item_id == state.session.current_item_id:
            return
        if self.refuse_while_typing():
            return
        self.host.submit(
            self.host.agenda.goto, item_id, seen=self.agenda_seen(), then=lambda _: self._went()
        )

    def _went(self) -> None:
        """Say which item the meeting is at now, and that ctrl+z goes back."""
        state = self.state
        item = state.current_item if state is not None else None
        if state is None or item is None:
            return
        active = active_items(state.items)
        number = active.index(item) + 1 if item in active else 0
        host = self.host
        title = one_line(item.title)
        host.say(WORDS(host.lang, "went", n=number, title=title, key=key_names(host)))

    def _goto(self, item_id: int, seen: AgendaSeen | None) -> None:
        self.host.submit(self.host.agenda.goto, item_id, seen=seen)

    # -- queue ----------------------------------------------------------------------
    def queue_number(self, number: int) -> None:
        state = self.state
        if state is None:
            return
        if not 1 <= number <= len(state.participants):
            self.say("no_such", n=number)
            return
        self.queue(state.participants[number - 1].id)

    def queue_clicked(self, participant_id: int) -> None:
        """A click on a participant: queued, said with how to take it back; refused, saying
        why, for whoever has the floor or waits already as the screen shows it (the
        speaker clicked was put at the end of the queue, without a word); and while a
        capture line is open, saying to save or cancel it first."""
        state = self.state
        person = state.participant(participant_id) if state else None
        if state is None or person is None:
            return
        if self.refuse_while_typing():
            return
        speech = state.current_speech
        if speech is not None and speech.participant_id == participant_id:
            self.say("has_floor", who=self.who(person))
        elif any(entry.participant_id == participant_id for entry in state.queue):
            self.say("already", who=self.who(person))
        else:
            self.queue(participant_id, clicked=True)

    def queue(
        self, participant_id: int, *, point_of_order: bool = False, clicked: bool = False
    ) -> None:
        state = self.state
        person = state.participant(participant_id) if state else None
        if person is None:
            return

        def queued(done: bool) -> None:
            # as the session is after the command (marked absent by a key typed just
            # before, or in another window), not as the screen showed it at the key
            now = self.state.participant(participant_id) if self.state else None
            if not done:
                self.say("already", who=self.who(now or person))
            elif now is not None and not now.present:
                self.say("absent_queued", who=self.who(now))
            elif clicked:  # a key's digit says who it is; a click says nothing of itself
                host = self.host
                who = self.who(now or person)
                host.say(WORDS(host.lang, "queued", who=who, key=key_names(host)))

        self.host.submit(
            self.host.floor.enqueue, participant_id, point_of_order=point_of_order, then=queued
        )

    def pick_hand(self) -> None:
        self.pick_participant("pick.hand", self.queue)

    def point_of_order(self) -> None:
        self.pick_participant("pick.point", lambda pid: self.queue(pid, point_of_order=True))

    def seen(self) -> FloorSeen | None:
        """The floor as this window shows it, for a floor change to find it unchanged when it
        runs (another window's ``f`` at the same moment got there first: nothing happens).
        None while this window's own commands are on their way: the screen is older than
        what they leave (``1 f`` typed at once), and the command decides when it runs."""
        state = self.state
        if state is None or self.host.behind:
            return None
        return FloorSeen.of(state)

    def give_floor(self) -> None:
        self.host.submit(self.host.floor.give_floor, seen=self.seen(), then=self._floor_given)

    def end_speech(self) -> None:
        self.host.submit(self.host.floor.end_speech)

    def accept_suggestion(self) -> None:
        """The first suggestion as it is when the command runs (after the keys before it)."""
        self.host.submit(
            self.host.floor.give_floor, SUGGESTED, seen=self.seen(), then=self._floor_given
        )

    def floor_to_picker(self) -> None:
        self.pick_participant("pick.floor", self.floor_to)

    def floor_to(self, participant_id: int) -> None:
        self.host.submit(
            self.host.floor.give_floor, participant_id, seen=self.seen(), then=self._floor_given
        )

    def _floor_given(self, floor: Floor) -> None:
        """Whoever gets the floor is at the table: say so when they were marked absent."""
        state = self.state
        person = state.participant(floor.speaker) if state else None
        if floor.back and person is not None:
            self.say("floor_back", who=self.who(person))

    def readd_last(self) -> None:
        self.host.submit(self.host.floor.readd_last, then=self._readded)

    def _readded(self, person: Participant | None) -> None:
        if person is None:
            self.say("no_last")
        elif not person.present:
            self.say("absent_queued", who=self.who(person))

    # -- the selected queue entry (the console's floor panel) ---------------------------
    def _floor(self) -> FloorPanel:
        return self.node.screen.query_one(FloorPanel)

    def withdraw(self) -> None:
        state = self.state
        if state is None:
            return
        if not state.queue:
            self.say("nobody_waits")
            return
        selected = self._floor().selected
        if selected is not None:
            self._withdraw(selected)
            return
        waiting = self._floor().waiting()
        self.pick_participant("pick.withdraw", self._withdraw, only=waiting)

    def _withdraw(self, participant_id: int) -> None:
        panel = self._floor()
        waiting = panel.waiting()
        if participant_id in waiting and panel.selected == participant_id:
            index = waiting.index(participant_id)
            rest = waiting[:index] + waiting[index + 1 :]
            panel.selected = rest[min(index, len(rest) - 1)] if rest else None
        self.host.submit(self.host.floor.withdraw, participant_id)

    def reorder(self, participant_id: int | None, delta: int) -> None:
        if participant_id is None:
            self.say("select_first")
            return
        self.host.submit(self.host.floor.reorder, participant_id, delta)

    # -- presence -----------------------------------------------------------------------
    def presence(self) -> None:
        self.pick_participant("pick.presence", self._toggle_presence)

    def _toggle_presence(self, participant_id: int) -> None:
        state = self.state
        person = state.participant(participant_id) if state else None
        if person is None:
            return
        key = "absent" if person.present else "present"
        self.host.submit(
            self.host.floor.set_present,
            participant_id,
            not person.present,
            then=lambda _: self.say(key, who=self.who(person)),
        )

    # -- the agenda changed in the room -------------------------------------------------
    def _number(self, text: str, field: str) -> int:
        """A whole number typed in the form's ``field`` (its label's key; ``-5`` too: the
        rule of the field says what it may be, as it does of 0), or a refusal that names
        the field and what was typed in it."""
        text = text.strip()
        if not _WHOLE_NUMBER.fullmatch(text):
            lang = self.host.lang
            label = WORDS(lang, field)
            raise _Typed(WORDS(lang, "item.bad_number", field=label, value=text))
        return int(text.replace("−", "-"))

    def item_form(
        self,
        item_id: int | None = None,
        values: Sequence[str] = (),
        problem: str = "",
        unsaved: bool = False,
        wrong: int | None = None,
        seen: ItemSeen | None = None,
        knowingly: bool = False,
    ) -> bool:
        """Add an agenda item (``item_id`` None) or change one: title, question, minutes and
        its place on the agenda. False: there is no such item (any more) to change.

        ``seen``: the item as the form first showed it (None: as it is now), kept when the
        form opens again with what was typed, so a change another window made meanwhile is
        not saved over unseen. ``knowingly``: the form is back after such a change was
        said; Enter then saves it over that change."""
        from facilitator.tui.screens.form import FormDialog, FormField

        state = self.state
        if state is None:
            return False
        lang = self.host.lang
        items = active_items(state.items)
        item = next((i for i in items if i.id == item_id), None)
        if item_id is not None and item is None:
            return False
        if item is None:
            title = WORDS(lang, "item.add_title")
            place = agenda_rules.place_for_new(items, state.session.current_item_id)
            start = ["", "", "10", str(place)]
        else:
            number = items.index(item) + 1
            title = WORDS(lang, "item.edit_title", n=number)
            if seen is None:
                seen = ItemSeen.of(state.items, item)
            start = [item.title, item.question, str(item.planned_seconds // 60), str(number)]
        typed = list(values) or start
        fields = [
            FormField(WORDS(lang, "item.title"), typed[0]),
            FormField(WORDS(lang, "item.question"), typed[1]),
            FormField(WORDS(lang, "item.minutes"), typed[2], replace=True),
        ]
        first, last = agenda_rules.places(items, item_id, state.session.current_item_id)
        if item is None:
            hint = WORDS(lang, "item.new_number_hint", first=first, last=last)
        else:
            own = items.index(item) + 1
            if own < first:  # before an item that has run: it may stay, or go after it
                key = "item.stays_or_hint"
            else:
                key = "item.number_hint" if first < last else "item.stays_hint"
            hint = WORDS(lang, key, own=own, first=first, last=last)
        fields.append(FormField(WORDS(lang, "item.number"), typed[3], hint, replace=True))

        def save(typed: list[str]) -> tuple[str, int] | None:
            def failed(result: Result[object]) -> bool:
                """The form again, with what was typed and why it was not saved, said
                there and nowhere else (a notice would cover the form's last lines)."""
                if not isinstance(result, Refused | Failed):
                    return False
                unsaved = isinstance(result, Failed)
                wrong = ITEM_FIELDS.get(result.key) if isinstance(result, Refused) else None
                again = knowingly or getattr(result, "key", "") == "agenda.changed_elsewhere"
                return self.item_form(
                    item_id,
                    typed,
                    result.message(lang, key_names(self.host)),
                    unsaved,
                    wrong,
                    seen,
                    again,
                )

            try:
                minutes = self._number(typed[2], "item.minutes")
            except _Typed as wrong:
                return str(wrong), 2
            try:
                # a new item's place left empty: at the end of the agenda
                at_end = item_id is None and not typed[3].strip()
                number = None if at_end else self._number(typed[3], "item.number")
            except _Typed as wrong:
                return str(wrong), 3

            def saved(_: object) -> None:
                if problem:  # the refusal the form was opened again with was put right
                    self.host.take_back_refusal(problem)
                if item_id is None:
                    self.say("item.added", n=number or len(items) + 1)

            if item_id is None:
                self.host.submit(
                    self.host.agenda.add_item,
                    typed[0],
                    typed[1],
                    minutes,
                    number,
                    then=saved,
                    failed=failed,
                )
            else:
                self.host.submit(
                    self.host.agenda.edit_item,
                    item_id,
                    typed[0],
                    typed[1],
                    minutes,
                    number,
                    seen=None if knowingly else seen,
                    then=saved,
                    failed=failed,
                )
            return None

        form = FormDialog(
            title,
            fields,
            save=save,
            lang=lang,
            problem=problem,
            unsaved=unsaved,
            wrong=wrong,
            enter_saves=knowingly,  # «Enter bewaart het alsnog»: in any field
        )
        self.node.app.push_screen(form)
        return True

    def edit_item_picker(self) -> None:
        from facilitator.tui.screens.picker import Picker, hint, item_choices

        state = self.state
        if state is None:
            return

        def picked(item_id: int | None) -> None:
            if item_id is not None:
                self.item_form(item_id)

        lang = self.host.lang
        picker = Picker(
            WORDS(lang, "pick.edit_item"),
            item_choices(state),
            lang=lang,
            highlight=state.session.current_item_id,
            hint=hint(lang, "item"),
        )
        self.node.app.push_screen(picker, picked)

    def drop_item_picker(self) -> None:
        from facilitator.tui.screens.picker import Picker, hint, item_choices

        state = self.state
        if state is None:
            return
        current = state.session.current_item_id
        to_come = [i.id for i in active_items(state.items) if agenda_rules.to_come(i, current)]
        if not to_come:
            self.say("item.nothing_to_drop")
            return
        lang = self.host.lang
        choices = [c for c in item_choices(state) if c.id in to_come]
        picker = Picker(
            WORDS(lang, "pick.drop_item"),
            choices,
            lang=lang,
            on_pick=lambda item_id: self.host.submit(self.host.agenda.drop_item, item_id),
            hint=hint(lang, "item"),
        )
        self.node.app.push_screen(picker)

    # -- walk-ins and stand-ins ----------------------------------------------------------
    def walk_in(
        self,
        values: Sequence[str] = ("", "", ""),
        problem: str = "",
        unsaved: bool = False,
        wrong: int | None = None,
    ) -> None:
        """A form for someone who joins the table: name, organisation, sector."""
        from facilitator.tui.screens.form import FormDialog, FormField

        state = self.state
        if state is None:
            return
        lang = self.host.lang
        sectors = ", ".join(
            state.sector_label(key, lang) for key, _nl, _en in state.session.sectors
        )
        name, organisation, sector = (list(values) + ["", "", ""])[:3]
        fields = [
            FormField(WORDS(lang, "walk_in.name"), name),
            FormField(WORDS(lang, "walk_in.organisation"), organisation),
            FormField(
                WORDS(lang, "walk_in.sector"),
                sector,
                WORDS(lang, "walk_in.sectors", sectors=sectors),
            ),
        ]

        def save(typed: list[str]) -> None:
            def failed(result: Result[object]) -> None:
                if isinstance(result, Refused | Failed):
                    wrong = WALK_IN_FIELDS.get(result.key) if isinstance(result, Refused) else None
                    self.walk_in(
                        typed,
                        result.message(lang, key_names(self.host)),
                        isinstance(result, Failed),
                        wrong,
                    )

            def joined(person: Participant) -> None:
                if problem:  # the refusal the form was opened again with was put right
                    self.host.take_back_refusal(problem)
                self.say("joined", who=self.who(person))

            self.host.submit(self.host.floor.add_participant, *typed, then=joined, failed=failed)

        form = FormDialog(
            WORDS(lang, "walk_in.title"),
            fields,
            save=save,
            lang=lang,
            problem=problem,
            unsaved=unsaved,
            wrong=wrong,
        )
        self.node.app.push_screen(form)

    def stand_in_picker(self) -> None:
        """Pick the invitee someone stands in for, then type the stand-in's name."""
        from facilitator.tui.screens.picker import Picker, participant_choices

        state = self.state
        if state is None:
            return
        taken = {p.stands_in_for for p in state.participants}
        invitees = [p.id for p in state.participants if not p.added and p.id not in taken]
        if not invitees:
            self.say("no_invitees")
            return
        absent = next(
            (p.id for p in state.participants if p.id in invitees and not p.present), None
        )
        lang = self.host.lang
        picker = Picker(
            WORDS(lang, "pick.stand_in"),
            participant_choices(state, only=invitees, lang=lang),
            lang=lang,
            highlight=absent,
            hint=WORDS(lang, "pick.stand_in.filter"),
        )

        def picked(invitee_id: int | None) -> None:
            if invitee_id is not None:
                self.stand_in(invitee_id)

        # the form opens once the picker is gone (a dialog on top of a closing one would be
        # taken down with it); keys typed meanwhile wait for the form
        self.node.app.push_screen(picker, picked)

    def stand_in(
        self, invitee_id: int, name: str = "", problem: str = "", unsaved: bool = False
    ) -> None:
        from facilitator.tui.screens.form import FormDialog, FormField

        state = self.state
        invitee = state.participant(invitee_id) if state else None
        if state is None or invitee is None:
            return
        lang = self.host.lang
        about = WORDS(
            lang,
            "stand_in.about",
            organisation=" ".join(invitee.organisation.split()),
            sector=state.sector_label(invitee.sector, lang),
        )
        fields = [FormField(WORDS(lang, "walk_in.name"), name, about)]

        def save(typed: list[str]) -> None:
            def failed(result: Result[object]) -> None:
                if isinstance(result, Refused | Failed):
                    unsaved = isinstance(result, Failed)
                    self.stand_in(
                        invitee_id, typed[0], result.message(lang, key_names(self.host)), unsaved
                    )

            def done(person: Participant) -> None:
                if problem:  # the refusal the form was opened again with was put right
                    self.host.take_back_refusal(problem)
                self.say("stands_in", who=self.who(person), invitee=self.who(invitee))

            self.host.submit(
                self.host.floor.stand_in, invitee_id, typed[0], then=done, failed=failed
            )

        title = WORDS(lang, "stand_in.title", who=" ".join(invitee.name.split()))
        form = FormDialog(title, fields, save=save, lang=lang, problem=problem, unsaved=unsaved)
        self.node.app.push_screen(form)

    # -- pickers ------------------------------------------------------------------------
    def pick_participant(
        self, title: str, then: Callable[[int], None], *, only: list[int] | None = None
    ) -> None:
        from facilitator.tui.screens.picker import participant_choices

        state = self.state
        if state is not None:
            self.pick(title, participant_choices(state, only=only, lang=self.host.lang), then)

    def pick(
        self,
        title: str,
        choices: Sequence[Choice],
        then: Callable[[int], None],
        highlight: int | None = None,
        what: str = "",
    ) -> None:
        """A picker titled ``title``; ``what`` ("item") says what to type, else a name."""
        from facilitator.tui.screens.picker import Picker, hint

        lang = self.host.lang
        picker = Picker(
            WORDS(lang, title),
            choices,
            lang=lang,
            highlight=highlight,
            on_pick=then,
            hint=hint(lang, what) if what else None,
        )
        self.node.app.push_screen(picker)
