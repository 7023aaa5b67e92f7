"""The words of the Markdown minutes, in Dutch and English.

``n.*`` entries are ``singular|plural``; ``col.*`` are table headers, ``h.*``
section headings, ``kind.*`` the headings per kind of contribution.
"""

from __future__ import annotations

from facilitator.i18n import Catalog

WORDS = Catalog(
    {
        "minutes": ("Notulen", "Minutes"),
        "region": ("Regio", "Region"),
        "when": ("Datum en tijd", "Date and time"),
        "planned_when": ("gepland: {span}", "planned: {span}"),
        "after_meeting": ("Na de vergadering", "After the meeting"),
        "reopened_closed": (
            "heropend en opnieuw gesloten op {day}",
            "reopened and closed again on {day}",
        ),
        "reopened_closed_later": (
            "heropend op {day} en opnieuw gesloten op {closed}",
            "reopened on {day} and closed again on {closed}",
        ),
        "reopened_open": (
            "heropend op {day}, nog niet opnieuw gesloten",
            "reopened on {day}, not closed again yet",
        ),
        "not_run": (
            "gepland; de sessie is nog niet begonnen",
            "planned; the session has not started",
        ),
        "location": ("Locatie", "Location"),
        "facilitator": ("Gespreksleider", "Facilitator"),
        "note_taker": ("Notulist", "Note-taker"),
        "chatham": (
            "Voor deze bijeenkomst gold de Chatham House-regel: wat gezegd is, mag worden "
            "gebruikt, maar niet worden toegeschreven aan wie het zei. Bijdragen staan daarom "
            "alleen op naam van een organisatie of sector.",
            "This meeting was held under the Chatham House Rule: what was said may be used, "
            "but not attributed to whoever said it. Contributions are therefore attributed to "
            "an organisation or sector only.",
        ),
        "anonymous": (
            "Deze notulen zijn geanonimiseerd: bijdragen staan alleen op naam van een "
            "organisatie of sector.",
            "These minutes are anonymised: contributions are attributed to an organisation or "
            "sector only.",
        ),
        "anonymous_sector": (
            "Deze notulen zijn geanonimiseerd: bijdragen staan alleen op naam van een sector, "
            "niet van een persoon of organisatie.",
            "These minutes are anonymised: contributions are attributed to a sector only, not "
            "to a person or an organisation.",
        ),
        "chatham_sector": (
            "Voor deze bijeenkomst gold de Chatham House-regel: wat gezegd is, mag worden "
            "gebruikt, maar niet worden toegeschreven aan wie het zei of diens organisatie. "
            "Bijdragen staan daarom alleen op naam van een sector.",
            "This meeting was held under the Chatham House Rule: what was said may be used, "
            "but neither the identity nor the affiliation of whoever said it may be revealed. "
            "Contributions are therefore attributed to a sector only.",
        ),
        "leads_named": (
            "Wie bij een actie het voortouw neemt, staat wel op naam: dat is een toezegging, "
            "geen uitspraak.",
            "Whoever takes the lead on an action is named: that is a commitment, not a statement.",
        ),
        "n.people": ("deelnemer|deelnemers", "participant|participants"),
        "draft": (
            "**Concept:** de sessie is nog niet gesloten; deze notulen geven de stand van nu.",
            "**Draft:** the session has not been closed yet; these minutes show it so far.",
        ),
        "summary": ("In het kort", "In brief"),
        "n.participant": ("deelnemer|deelnemers", "participant|participants"),
        "n.contribution": ("bijdrage|bijdragen", "contribution|contributions"),
        "n.barrier": ("barrière|barrières", "barrier|barriers"),
        "n.opportunity": ("kans|kansen", "opportunity|opportunities"),
        "n.action": ("actie|acties", "action|actions"),
        "n.open_point": ("open punt|open punten", "open point|open points"),
        "n.vote": ("stem|stemmen", "vote|votes"),
        "n.turn": ("beurt|beurten", "turn|turns"),
        # -- who took part
        "h.participants": ("Deelnemers", "Participants"),
        "absent": ("Uitgenodigd maar afwezig", "Invited but absent"),
        "walked_in": ("ter plekke aangeschoven", "joined at the table"),
        "stood_in_for": ("invaller voor {who}", "stood in for {who}"),
        "stood_in_by": ("vervangen door {who}", "stood in for by {who}"),
        # anonymous: a stand-in or a walk-in by their organisation, unnamed ("UWV (invaller)")
        "stand_in": ("invaller", "stand-in"),
        "n.stand_in": ("invaller|invallers", "stand-in|stand-ins"),
        "nobody": ("Geen deelnemers vastgelegd.", "No participants recorded."),
        # -- agenda
        "h.agenda": ("Agenda", "Agenda"),
        "col.nr": ("Nr.", "No."),
        "col.item": ("Agendapunt", "Agenda item"),
        "col.planned": ("Gepland", "Planned"),
        "col.actual": ("Besteed", "Actual"),
        "col.difference": ("Verschil", "Difference"),
        "col.status": ("Status", "Status"),
        "total": ("Totaal", "Total"),
        "outcome.covered": ("behandeld", "covered"),
        "outcome.current": ("in behandeling", "in progress"),
        "outcome.deferred": ("uitgesteld", "deferred"),
        "outcome.not_reached": ("niet aan toegekomen", "not reached"),
        "live.added": ("toegevoegd", "added"),
        "live.changed": ("gewijzigd (was: {was})", "changed (was: {was})"),
        "live.question": ("andere vraag", "other question"),
        "live.moved": ("verplaatst", "moved"),
        "live.dropped": ("geschrapt", "dropped"),
        "left_file": ("niet meer in het sessiebestand", "no longer in the session file"),
        "overrun": (
            "Besteed: {actual} van {planned} gepland. Uitloop op de agendapunten: {overrun}.",
            "Time spent: {actual} of {planned} planned. Overrun on the agenda items: {overrun}.",
        ),
        "deferred_total": (
            "Het geplande totaal telt een uitgesteld punt niet mee (de geplande tijd tussen "
            "haakjes); de tijd die het al kreeg wel.",
            "The planned total leaves out a deferred item (its planned time in brackets); "
            "the time it already took is counted.",
        ),
        "no_items": ("Geen agendapunten.", "No agenda items."),
        # -- per item
        "h.items": ("Verslag per agendapunt", "Report per agenda item"),
        "question": ("Vraag", "Question"),
        "time": ("Tijd", "Time"),
        "time_value": ("{actual} (gepland {planned})", "{actual} (planned {planned})"),
        "h.other": ("Overig", "Other"),
        "other_intro": (
            "Bijdragen die bij geen agendapunt zijn vastgelegd.",
            "Contributions not recorded under an agenda item.",
        ),
        "no_contributions": ("Geen bijdragen vastgelegd.", "No contributions recorded."),
        "kind.decision": ("Besluiten", "Decisions"),
        "kind.barrier": ("Barrières", "Barriers"),
        "kind.opportunity": ("Kansen", "Opportunities"),
        "kind.action": ("Acties", "Actions"),
        "kind.question": ("Vragen", "Questions"),
        "kind.note": ("Notities", "Notes"),
        "kind.summary": ("Samenvatting", "Summary"),
        # -- board
        "h.board": ("Barrières, kansen en acties", "Barriers, opportunities and actions"),
        "prefix.barrier": ("B", "B"),
        "prefix.opportunity": ("K", "O"),
        "prefix.action": ("A", "A"),
        "raised_by": ("ingebracht door {who}", "raised by {who}"),
        "no_action": ("nog geen actie", "no action yet"),
        "merged": ("Samengevoegd met: {titles}", "Merged with: {titles}"),
        "none": ("Geen.", "None."),
        "col.action": ("Actie", "Action"),
        "col.owner": ("Wie neemt het voortouw", "Who takes the lead"),
        "col.due": ("Uiterlijk", "Due"),
        "col.addresses": ("Pakt aan", "Addresses"),
        "status.open": ("open", "open"),
        "status.done": ("gedaan", "done"),
        "status.dropped": ("vervallen", "dropped"),
        "carried": (
            "van de vorige tafel: {region} ({session}, {label})",
            "from the previous table: {region} ({session}, {label})",
        ),
        "seeded": ("uit {region} ({session}, {label})", "from {region} ({session}, {label})"),
        "no_actions": (
            "Nog geen acties waarvoor iemand het voortouw neemt.",
            "No actions with someone taking the lead yet.",
        ),
        "h.open_points": ("Open punten", "Open points"),
        "open_points_intro": (
            "Wat na deze bijeenkomst nog open staat: acties zonder trekker, zonder datum of met "
            "een verstreken datum, barrières zonder actie, geparkeerde punten, open vragen en "
            "agendapunten die zijn uitgesteld of niet aan bod kwamen.",
            "What is still open after this meeting: actions without an owner, without a due date "
            "or past it, barriers without an action, parked points, open questions, and agenda "
            "items deferred or not reached.",
        ),
        "open_question": ("Open vraag", "Open question"),
        "agenda_item": ("Agendapunt", "Agenda item"),
        "no_due": ("nog geen datum", "no due date yet"),
        "past_due": ("datum verstreken", "due date passed"),
        "no_owner": ("nog niemand neemt het voortouw", "nobody has taken the lead yet"),
        "takes_lead": ("voortouw: {who}", "lead: {who}"),
        "parked": ("geparkeerd", "parked"),
        "due": ("uiterlijk {date}", "due {date}"),
        "addresses": ("pakt aan: {cards}", "addresses: {cards}"),
        # -- questions
        "h.questions": ("Open vragen", "Open questions"),
        "no_questions": ("Geen open vragen.", "No open questions."),
        "at_item": ("bij punt {n}: {title}", "at item {n}: {title}"),
        # -- participation
        "h.participation": ("Deelname en spreektijd", "Participation and speaking time"),
        "h.by_participant": ("Per deelnemer", "Per participant"),
        "h.by_organisation": ("Per organisatie", "Per organisation"),
        "h.by_sector": ("Per sector", "Per sector"),
        "col.participant": ("Deelnemer", "Participant"),
        "col.organisation": ("Organisatie", "Organisation"),
        "col.sector": ("Sector", "Sector"),
        "col.people": ("Deelnemers", "Participants"),
        "col.turns": ("Beurten", "Turns"),
        "col.speaking": ("Spreektijd", "Speaking time"),
        "col.share": ("Aandeel", "Share"),
        "speaking_total": (
            "Totale spreektijd: {time} in {turns}.",
            "Total speaking time: {time} in {turns}.",
        ),
        "equal_share": (
            "Bij een gelijke verdeling over de {sectors} aan tafel had elke sector {share} "
            "van de spreektijd gehad.",
            "Shared equally among the {sectors} at the table, each sector would have had "
            "{share} of the speaking time.",
        ),
        "one_sector": ("Er zat één sector aan tafel.", "One sector was at the table."),
        "n.sector": ("sector|sectoren", "sector|sectors"),
        "nobody_spoke": ("Er is geen spreektijd vastgelegd.", "No speaking time was recorded."),
        "pie_title": ("Spreektijd per sector (seconden)", "Speaking time per sector (seconds)"),
        "redacted": ("[naam]", "[name]"),
        "lead": ("trekker: {name}", "lead: {name}"),
        "footer": (
            "Opgesteld met facilitator uit de vastgelegde sessie ‘{slug}’.",
            "Drawn up with facilitator from the recorded session ‘{slug}’.",
        ),
    }
)
