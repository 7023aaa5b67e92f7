"""Words of the note-taker's keys, messages and help, in Dutch and English."""

from __future__ import annotations

from facilitator.i18n import Catalog

KEY_WORDS = Catalog(
    {
        "note.barrier": ("barrière", "barrier"),
        "note.opportunity": ("kans", "opportunity"),
        "note.kans": ("kans (k)", "opportunity (k)"),
        "note.action": ("actie", "action"),
        "note.decision": ("besluit", "decision"),
        "note.question": ("vraag", "question"),
        "note.note": ("notitie", "note"),
        "board.column_left": ("kolom links", "column left"),
        "board.column_right": ("kolom rechts", "column right"),
        "board.up": ("kaart omhoog", "card up"),
        "board.down": ("kaart omlaag", "card down"),
        "board.to_left": ("kaart naar linkerkolom", "card to the left column"),
        "board.to_right": ("kaart naar rechterkolom", "card to the right column"),
        "board.edit": ("kaart bewerken", "edit card"),
        "board.vote": ("+1", "+1"),
        "board.unvote": ("−1", "−1"),
        "board.link": ("koppelen", "link"),
        "board.merge": ("samenvoegen", "merge"),
        "board.tag": ("tag toevoegen", "add tag"),
        "board.owner": ("trekker", "owner"),
        "board.due": ("deadline", "due date"),
        "board.park": ("parkeren", "park"),
        "board.delete": ("kaart verwijderen", "delete card"),
        "board.filter": ("filter", "filter"),
        "board.clear_filter": ("filter wissen", "clear filter"),
        "board.sort": ("kolom sorteren op stemmen", "sort column by votes"),
        "log.edit": ("bijdrage bewerken", "edit contribution"),
        "log.rekind": ("andere soort", "change kind"),
        "log.speaker": ("andere spreker", "other speaker"),
        "log.item": ("ander agendapunt", "other agenda item"),
        "log.tag": ("tag toevoegen", "add tag"),
        "log.delete": ("verwijderen", "delete"),
        "edit.card": ("Kaart {label} bewerken", "Edit card {label}"),
        "edit.contribution": ("Bijdrage bewerken", "Edit contribution"),
        "said": ("Gezegd", "Said"),
        "pick.link": (
            "Koppelen aan (nogmaals kiezen ontkoppelt):",
            "Link to (pick again to unlink):",
        ),
        "pick.merge": (
            "Welke kaart zegt hetzelfde? Die gaat op in {label}.",
            "Which card says the same? It merges into {label}.",
        ),
        "pick.kind": ("Welke soort?", "Which kind?"),
        "pick.item": ("Onder welk agendapunt?", "Under which agenda item?"),
        "no_card": ("Kies eerst een kaart.", "Select a card first."),
        "no_row": ("Kies eerst een bijdrage.", "Select a contribution first."),
        "nothing_to_link": (
            "Er is nog niets om aan te koppelen.",
            "There is nothing to link to yet.",
        ),
        "nothing_to_merge": (
            "Geen andere kaart in deze kolom.",
            "No other card in this column.",
        ),
        "linked": ("{a} pakt nu {b} aan.", "{a} now addresses {b}."),
        "unlinked": ("{a} pakt {b} niet meer aan.", "{a} no longer addresses {b}."),
        "merged": (
            "Samengevoegd in {label}; ctrl+z splitst ze weer.",
            "Merged into {label}; ctrl+z splits them again.",
        ),
        "deleted": ("Verwijderd; ctrl+z zet het terug.", "Deleted; ctrl+z brings it back."),
        "closed": (
            "Deze sessie is gesloten: er kan niets meer bij. F9 heropent haar.",
            "This session is closed: nothing can be added. F9 reopens it.",
        ),
        "help": (
            "Vastleggen: b barrière, o/k kans, a actie, d besluit, q vraag, c notitie. In de "
            "regel: Enter bewaart, Esc annuleert, Tab wisselt de soort, → vult aan.\n"
            "  @naam of @organisatie — trekker (een deelnemer brengt zijn organisatie mee); "
            "@UWV/Els voor allebei; meer @'s voor meer trekkers; "
            '@"Ministerie van OCW" voor een organisatie met spaties die niet aan tafel zit.\n'
            "  #tag — tag; een nieuwe tag komt erbij.\n"
            "  Deadline: tot 1 nov · tot vrijdag · tot vr 30 okt · t/m 1-11 · uiterlijk "
            "2020-11-01 · tot eind november · tot morgen · binnen 2 weken · !1-11.\n"
            "  ~3 of ~Els — gezegd door deelnemer 3 of Els (standaard: wie het woord heeft); "
            "~- niemand.\n"
            "Wat herkend is, staat onder de regel vóór u Enter drukt; de rest blijft tekst. "
            "Barrières, kansen en acties komen ook op het bord (F2); alles staat in Bijdragen "
            "(F3). Bord: ←→ kolom, ⇧↑↓ en ⇧←→ verplaatsen, Enter bewerken, v stemmen, l "
            "koppelen, M samenvoegen, # @ ! tag/trekker/deadline, P parkeren, / filter, Delete "
            "verwijderen. Bijdragen: Enter bewerken, K soort, ~ spreker, i agendapunt, Delete. "
            "ctrl+z maakt elke wijziging ongedaan.",
            "Capture: b barrier, o/k opportunity, a action, d decision, q question, c note. In "
            "the line: Enter saves, Esc cancels, Tab changes the kind, → completes.\n"
            "  @name or @organisation — owner (a participant brings their organisation); "
            "@UWV/Els for both; several @ for several owners; "
            '@"Ministry of Education" for an organisation with spaces not at the table.\n'
            "  #tag — tag; a new tag is added.\n"
            "  Due date: by 1 Nov · by Friday · by Fri 30 Oct · until 1-11 · due 2020-11-01 · "
            "by end of November · by tomorrow · within 2 weeks · !1-11 (Dutch words work too).\n"
            "  ~3 or ~Els — said by participant 3 or Els (default: whoever has the floor); "
            "~- nobody.\n"
            "What is recognised shows under the line before you press Enter; the rest stays "
            "text. Barriers, opportunities and actions also go on the board (F2); everything "
            "is in Contributions (F3). Board: ←→ column, ⇧↑↓ and ⇧←→ move, Enter edits, v "
            "votes, l links, M merges, # @ ! tag/owner/due, P parks, / filters, Delete "
            "deletes. Contributions: Enter edits, K kind, ~ speaker, i agenda item, Delete. "
            "ctrl+z undoes every change.",
        ),
    }
)
