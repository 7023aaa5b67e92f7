"""Errors raised by the domain rules, carrying a translatable message key.

A :class:`DomainError` never holds user-visible text itself: it names a key of
:data:`MESSAGES` (Dutch and English) plus the values to fill in, and the UI
renders it in the language of the session.
"""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.i18n import Catalog, TranslatedError

MESSAGES = Catalog(
    {
        "session.already_running": (
            "Deze sessie loopt al.",
            "This session is already running.",
        ),
        "session.not_started": (
            "Deze sessie is nog niet begonnen: er is niets af te sluiten. Start haar eerst.",
            "This session has not started yet: there is nothing to close. Start it first.",
        ),
        "session.already_closed": (
            "Deze sessie is al gesloten.",
            "This session is already closed.",
        ),
        "session.closed": (
            "Deze sessie is gesloten; heropen haar ({key[app.close]}) om verder te gaan.",
            "This session is closed; reopen it ({key[app.close]}) to continue.",
        ),
        "session.not_closed": (
            "Alleen een gesloten sessie kan worden heropend.",
            "Only a closed session can be reopened.",
        ),
        "session.reopened_meanwhile": (
            "Deze sessie is intussen al heropend, in een ander venster; er is niets veranderd.",
            "This session was already reopened meanwhile, in another window; nothing was changed.",
        ),
        "undo.changed_since": (
            "'{nl}' is niet ongedaan gemaakt: een ander venster heeft dat sindsdien "
            "veranderd. Het blijft staan; {key[app.undo]} neemt nu de wijziging daarvoor.",
            "'{en}' was not undone: another window has changed it since. It stays as it "
            "is; {key[app.undo]} now takes the change before it.",
        ),
        "undo.changed_here": (
            "'{nl}' is niet ongedaan gemaakt: een latere wijziging in dit venster, "
            "'{later_nl}', heeft dat sindsdien veranderd en kon zelf niet ongedaan worden. "
            "Het blijft staan; {key[app.undo]} neemt nu de wijziging daarvoor.",
            "'{en}' was not undone: a later change in this window, '{later_en}', has "
            "changed it since and could not be undone itself. It stays as it is; "
            "{key[app.undo]} now takes the change before it.",
        ),
        "redo.changed_here": (
            "'{nl}' is niet opnieuw gedaan: een eerdere wijziging in dit venster, "
            "'{later_nl}', is daarna ongedaan gemaakt en kon zelf niet opnieuw gedaan "
            "worden. Het blijft ongedaan; {key[app.redo]} neemt nu de wijziging daarna.",
            "'{en}' was not redone: an earlier change in this window, '{later_en}', was "
            "undone after it and could not be redone itself. It stays undone; "
            "{key[app.redo]} now takes the change after it.",
        ),
        "redo.changed_since": (
            "'{nl}' is niet opnieuw gedaan: een ander venster heeft dat sindsdien "
            "veranderd. Het blijft ongedaan; {key[app.redo]} neemt nu de wijziging daarna.",
            "'{en}' was not redone: another window has changed it since. It stays undone; "
            "{key[app.redo]} now takes the change after it.",
        ),
        "undo.changed_since.last": (
            "'{nl}' is niet ongedaan gemaakt: een ander venster heeft dat sindsdien "
            "veranderd. Het blijft staan. Er is niets eerder om ongedaan te maken.",
            "'{en}' was not undone: another window has changed it since. It stays as it "
            "is. There is nothing earlier to undo.",
        ),
        "undo.changed_here.last": (
            "'{nl}' is niet ongedaan gemaakt: een latere wijziging in dit venster, "
            "'{later_nl}', heeft dat sindsdien veranderd en kon zelf niet ongedaan worden. "
            "Het blijft staan. Er is niets eerder om ongedaan te maken.",
            "'{en}' was not undone: a later change in this window, '{later_en}', has "
            "changed it since and could not be undone itself. It stays as it is. "
            "There is nothing earlier to undo.",
        ),
        "redo.changed_here.last": (
            "'{nl}' is niet opnieuw gedaan: een eerdere wijziging in dit venster, "
            "'{later_nl}', is daarna ongedaan gemaakt en kon zelf niet opnieuw gedaan "
            "worden. Het blijft ongedaan. Er is niets later om opnieuw te doen.",
            "'{en}' was not redone: an earlier change in this window, '{later_en}', was "
            "undone after it and could not be redone itself. It stays undone. "
            "There is nothing later to redo.",
        ),
        "redo.changed_since.last": (
            "'{nl}' is niet opnieuw gedaan: een ander venster heeft dat sindsdien "
            "veranderd. Het blijft ongedaan. Er is niets later om opnieuw te doen.",
            "'{en}' was not redone: another window has changed it since. It stays undone. "
            "There is nothing later to redo.",
        ),
        "queue.own_point_of_order": (
            "Wie het woord heeft, kan geen punt van orde tegen zichzelf maken; beëindig eerst "
            "de spreekbeurt.",
            "Whoever has the floor cannot raise a point of order against themselves; end the "
            "speech first.",
        ),
        "queue.no_such_number": (
            "Er is geen deelnemer {n}.",
            "There is no participant {n}.",
        ),
        "queue.no_such_participant": (
            "Die deelnemer hoort niet (meer) bij deze sessie.",
            "That participant is not (or no longer) part of this session.",
        ),
        "queue.not_waiting": (
            "Die deelnemer staat niet (meer) in de rij.",
            "That participant is not (or no longer) in the queue.",
        ),
        "queue.nobody_waits": (
            "Niemand heeft het woord en niemand wacht.",
            "Nobody has the floor and nobody waits.",
        ),
        "queue.already_speaking": (
            "Die deelnemer heeft het woord al.",
            "That participant already has the floor.",
        ),
        "queue.floor_went": (
            "Het woord ging intussen al naar {who}; er is niets veranderd.",
            "The floor already went to {who}; nothing was changed.",
        ),
        "queue.turn_ended": (
            "De beurt van {who} is intussen al beëindigd; er is niets veranderd.",
            "{who}'s turn already ended; nothing was changed.",
        ),
        "queue.first_changed": (
            "De rij is intussen veranderd: {who} staat nu vooraan. Niemand kreeg het woord; "
            "{key[meeting.floor]} geeft het aan {who}.",
            "The queue changed meanwhile: {who} is first now. Nobody was given the floor; "
            "{key[meeting.floor]} gives it to {who}.",
        ),
        "queue.emptied": (
            "Intussen wacht er niemand meer; er is niets veranderd.",
            "Nobody waits any more; nothing was changed.",
        ),
        "agenda.nothing_to_time": (
            "Er is geen agendapunt meer om de tijd van bij te houden.",
            "There is no agenda item left to time.",
        ),
        "agenda.no_current": (
            "Er is geen huidig agendapunt; kies er eerst een.",
            "There is no current agenda item; choose one first.",
        ),
        "agenda.first": (
            "Punt {n} is het eerste agendapunt: er is geen vorig punt.",
            "Item {n} is the first agenda item: there is no previous one.",
        ),
        "agenda.last": (
            "Punt {n} is het laatste agendapunt: er is geen volgend punt.",
            "Item {n} is the last agenda item: there is no next one.",
        ),
        "agenda.deferred_before": (
            "Voor punt {n} staan alleen uitgestelde punten: {key[meeting.goto]} gaat naar een "
            "ervan.",
            "Only deferred items come before item {n}: {key[meeting.goto]} goes to one of them.",
        ),
        "agenda.deferred_after": (
            "Na punt {n} komen alleen uitgestelde punten: {key[meeting.goto]} gaat naar een ervan.",
            "Only deferred items come after item {n}: {key[meeting.goto]} goes to one of them.",
        ),
        "agenda.moved_meanwhile": (
            "Het agendapunt was intussen al verzet naar {n}; er is niets veranderd.",
            "The agenda already moved to item {n}; nothing was changed.",
        ),
        "agenda.moved_off": (
            "Er is intussen geen huidig agendapunt meer; er is niets veranderd.",
            "There is no current agenda item any more; nothing was changed.",
        ),
        "agenda.timer_runs": (
            "De timer loopt intussen al; er is niets veranderd.",
            "The timer is already running; nothing was changed.",
        ),
        "agenda.timer_paused": (
            "De timer is intussen al gepauzeerd; er is niets veranderd.",
            "The timer was already paused; nothing was changed.",
        ),
        "agenda.overrun_covered": (
            "De uitloop van punt {n} is intussen al gedekt; er is niets veranderd.",
            "Item {n}'s overrun was already covered; nothing was changed.",
        ),
        "agenda.no_overrun": (
            "Punt {n} loopt niet (meer) uit: er is geen tijd te nemen.",
            "Item {n} is not (or no longer) over its time: there is no time to take.",
        ),
        "agenda.minutes_meanwhile": (
            "De geplande tijd van punt {n} is intussen al veranderd, naar {m} min; er is "
            "niets veranderd.",
            "Item {n}'s planned time was already changed meanwhile, to {m} min; nothing was "
            "changed.",
        ),
        "agenda.changed_elsewhere": (
            "Agendapunt {n} «{title}» is intussen in een ander venster gewijzigd; wat u typte "
            "staat er nog. Enter bewaart het alsnog (over die wijziging heen), "
            "{key[editor.cancel]} laat het punt zoals het nu is.",
            "Agenda item {n} “{title}” was changed in another window meanwhile; what you typed "
            "is still here. Enter saves it anyway (over that change), {key[editor.cancel]} "
            "leaves the item as it is now.",
        ),
        "agenda.deferred_meanwhile": (
            "Punt {n} is intussen al uitgesteld; er is niets veranderd.",
            "Item {n} was already deferred meanwhile; nothing was changed.",
        ),
        "agenda.undeferred_meanwhile": (
            "Punt {n} staat intussen al weer op de agenda; er is niets veranderd.",
            "Item {n} was already taken back onto the agenda meanwhile; nothing was changed.",
        ),
        "agenda.not_found": (
            "Dat agendapunt bestaat niet (meer) in deze sessie.",
            "That agenda item does not exist (any more) in this session.",
        ),
        "people.no_name": (
            "Geef een naam op.",
            "Give a name.",
        ),
        "people.no_sector": (
            "Sector '{sector}' kent deze sessie niet; kies uit: {known_nl}.",
            "This session has no sector '{sector}'; choose from: {known_en}.",
        ),
        "people.same_name": (
            "{who} staat al op de lijst (nummer {n}); geef een andere naam, of markeer "
            "{who} aanwezig als het dezelfde persoon is.",
            "{who} is already on the list (number {n}); give another name, or mark {who} "
            "present if it is the same person.",
        ),
        "people.taken": (
            "Voor {who} valt al iemand in.",
            "Someone already stands in for {who}.",
        ),
        "people.not_invited": (
            "Alleen voor een genodigde kan iemand invallen.",
            "Only an invitee can have a stand-in.",
        ),
        "agenda.no_title": ("Geef het agendapunt een titel.", "Give the agenda item a title."),
        "agenda.bad_minutes": (
            "Geef de geplande tijd in hele minuten, minstens 1.",
            "Give the planned time in whole minutes, at least 1.",
        ),
        "agenda.too_many_minutes": (
            "Een agendapunt duurt hooguit {limit} minuten (een dag).",
            "An agenda item lasts at most {limit} minutes (a day).",
        ),
        "agenda.place": (
            "Kies een plaats van {first} tot {last}: alleen tussen de punten die nog komen.",
            "Choose a place from {first} to {last}: only among the items still to come.",
        ),
        "agenda.one_place": (
            "Kies plaats {first}: alleen tussen de punten die nog komen.",
            "Choose place {first}: only among the items still to come.",
        ),
        "agenda.stays": (
            "Alleen een punt dat nog komt kan verschuiven: punt {n} blijft op plaats {n}.",
            "Only an item still to come can move: item {n} stays at place {n}.",
        ),
        "agenda.not_to_come_drop": (
            "Alleen een punt dat nog moet komen kan van de agenda; stel het anders uit.",
            "Only an item still to come can be dropped; defer it instead.",
        ),
        "history.nothing_to_undo": ("Niets om ongedaan te maken.", "Nothing to undo."),
        "history.nothing_to_redo": ("Niets om opnieuw te doen.", "Nothing to redo."),
        "board.merge_self": (
            "Een kaart kan niet met zichzelf worden samengevoegd.",
            "A card cannot be merged with itself.",
        ),
        "board.merge_columns": (
            "Alleen kaarten uit dezelfde kolom kunnen worden samengevoegd.",
            "Only cards from the same column can be merged.",
        ),
        "board.link_not_action": (
            "Alleen een actie kan aan een barrière of kans worden gekoppeld.",
            "Only an action can be linked to a barrier or an opportunity.",
        ),
        "board.link_target": (
            "Een actie kan alleen aan een barrière of kans worden gekoppeld.",
            "An action can only be linked to a barrier or an opportunity.",
        ),
        "board.status_not_action": (
            "Alleen een actie heeft een status (open, gedaan, vervallen).",
            "Only an action has a status (open, done, dropped).",
        ),
        "board.already_open": (
            "Deze actie is al open; er is niets veranderd.",
            "This action is already open; nothing was changed.",
        ),
        "board.already_done": (
            "Deze actie is al gedaan; er is niets veranderd.",
            "This action is already done; nothing was changed.",
        ),
        "board.already_dropped": (
            "Deze actie is al vervallen; er is niets veranderd.",
            "This action is already dropped; nothing was changed.",
        ),
        "board.already_parked": (
            "Deze kaart is al geparkeerd als open punt; er is niets veranderd.",
            "This card is already parked as an open point; nothing was changed.",
        ),
        "board.already_unparked": (
            "Deze kaart is al niet meer geparkeerd; er is niets veranderd.",
            "This card is already no longer parked; nothing was changed.",
        ),
        "board.already_linked": (
            "Deze actie pakt die kaart al aan; er is niets veranderd.",
            "This action already addresses that card; nothing was changed.",
        ),
        "board.already_unlinked": (
            "Deze actie pakt die kaart al niet meer aan; er is niets veranderd.",
            "This action already no longer addresses that card; nothing was changed.",
        ),
        "carry.unknown": (
            "Acties overnemen: er is geen sessie '{name}' in de database. Importeer die eerst "
            "(facilitator import SESSIEBESTAND) of controleer de naam.",
            "Carry forward: there is no session '{name}' in the database. Import it first "
            "(facilitator import SESSION-FILE) or check the name.",
        ),
        "carry.itself": (
            "Acties overnemen: '{name}' is deze sessie zelf.",
            "Carry forward: '{name}' is this session itself.",
        ),
        "review.no_theme": (
            "Er is geen thema {number}.",
            "There is no theme {number}.",
        ),
        "review.merge_itself": (
            "Thema {number} kan niet met zichzelf worden samengevoegd: kies het nummer van een "
            "ander thema. Er is niets veranderd.",
            "Theme {number} cannot be merged into itself: choose another theme's number. "
            "Nothing was changed.",
        ),
        "review.move_same": (
            "Die kaart staat al in thema {number}: kies het nummer van een ander thema. Er is "
            "niets veranderd.",
            "That card is in theme {number} already: choose another theme's number. Nothing "
            "was changed.",
        ),
        "review.split_alone": (
            "Deze kaart is al de enige van thema {number}: afsplitsen verandert niets. Met "
            "{key[review.move]} zet u haar in een ander thema, met {key[review.merge]} voegt u "
            "het thema samen met een ander.",
            "This card is already the only one of theme {number}: splitting it off changes "
            "nothing. {key[review.move]} moves it to another theme, {key[review.merge]} merges "
            "the theme into another.",
        ),
        "review.changed": (
            "De thema's zijn intussen in een ander venster gewijzigd; hier staan ze zoals ze "
            "nu zijn. Er is niets veranderd: kies opnieuw.",
            "The themes were changed in another window meanwhile; here they are as they are "
            "now. Nothing was changed: choose again.",
        ),
        "board.changed_elsewhere": (
            "Niet bewaard: dit is intussen in een ander venster gewijzigd. De editor toont uw "
            "regel weer; Enter bewaart die alsnog (over die wijziging heen), "
            "{key[editor.cancel]} laat het zoals het nu is.",
            "Not saved: this was changed in another window meanwhile. The editor shows your "
            "line again; Enter saves it anyway (over that change), {key[editor.cancel]} leaves "
            "it as it is now.",
        ),
        "review.title_too_long": (
            "Die titel heeft {length} tekens; een thema heeft er hoogstens {limit}. Er is niets "
            "veranderd.",
            "That title has {length} characters; a theme has at most {limit}. Nothing was changed.",
        ),
        "review.nothing_to_undo": (
            "Er is in dit venster niets (meer) ongedaan te maken.",
            "There is nothing (left) to undo in this window.",
        ),
        "review.undo_changed": (
            "Niet ongedaan gemaakt: de thema's zijn na uw laatste wijziging in een ander venster "
            "gewijzigd, en die wijziging zou met de uwe verdwijnen. Hier staan ze zoals ze nu "
            "zijn.",
            "Not undone: the themes were changed in another window after your last change, and "
            "that change would go with yours. Here they are as they are now.",
        ),
        "notes.empty": (
            "Er is nog geen tekst om op te slaan.",
            "There is no text to save yet.",
        ),
        "notes.not_found": (
            "Die bijdrage of kaart bestaat niet (meer); misschien is ze net verwijderd.",
            "That contribution or card does not exist (any more); it may just have been deleted.",
        ),
    }
)


class DomainError(TranslatedError):
    """A rule of the round table was broken (e.g. closing a closed session).

    ``key`` names the message in :data:`MESSAGES`; ``values`` fill it in.
    """

    MESSAGES = MESSAGES
    KEYS = {
        "app.undo": "ctrl+z",
        "app.redo": "ctrl+y",
        "app.close": "F9",
        "editor.cancel": "Esc",
        "meeting.floor": "f",
        "meeting.goto": "g",
        "review.move": "m",
        "review.merge": "j",
    }

    def __str__(self) -> str:
        # The domain speaks in keys; the UI renders them with message(lang).
        return self.key

    def message(self, lang: str, keys: Mapping[str, str] | None = None) -> str:
        """As :meth:`TranslatedError.message`; a refusal given ``last`` (an undo or redo
        refused with nothing left for the next key to take) in the words of its ``.last``
        message, which do not offer the key again."""
        if self.values.get("last") and f"{self.key}.last" in self.MESSAGES:
            return DomainError(f"{self.key}.last", **self.values).message(lang, keys)
        return super().message(lang, keys)
