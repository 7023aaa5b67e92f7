"""The words of the synthesis, in Dutch and English (``n.*``: ``singular|plural``)."""

from __future__ import annotations

from facilitator.i18n import Catalog

WORDS = Catalog(
    {
        "title": ("Synthese van de rondetafels", "Synthesis of the round tables"),
        "as_of": ("Stand per {day}", "As of {day}"),
        "summary": (
            "{sessions} uit {regions}: {themes}; {actions}.",
            "{sessions} from {regions}: {themes}; {actions}.",
        ),
        "summary.themes": (
            "{themes}, waarvan {recurring} in meer dan één regio",
            "{themes}, {recurring} of them in more than one region",
        ),
        # one theme: in one region, or in more than one
        "summary.theme": ("{themes}, in één regio", "{themes}, in one region"),
        "summary.theme.recurring": (
            "{themes}, in meer dan één regio",
            "{themes}, in more than one region",
        ),
        "summary.singles": ("{themes}, en daarnaast {singles}", "{themes}, plus {singles}"),
        "summary.only_singles": ("geen thema's, alleen {singles}", "no themes, only {singles}"),
        "summary.no_themes": ("geen thema's", "no themes"),
        "n.single": ("los punt|losse punten", "single point|single points"),
        "chatham": (
            "Voor ten minste één van deze rondetafels gold de Chatham House-regel. Deze "
            "synthese noemt daarom niemand bij naam: bijdragen en acties staan alleen op "
            "naam van een organisatie of sector.",
            "At least one of these round tables was held under the Chatham House Rule. This "
            "synthesis therefore names nobody: contributions and actions are attributed to an "
            "organisation or sector only.",
        ),
        "anonymous": (
            "Deze synthese is geanonimiseerd: bijdragen en acties staan alleen op naam van een "
            "organisatie of sector.",
            "This synthesis is anonymised: contributions and actions are attributed to an "
            "organisation or sector only.",
        ),
        "redacted": ("[naam]", "[name]"),
        # the region of the province-wide wrap-up (facilitator wrap-up writes it in the
        # language of its draft): shown in the report's language
        "province_region": ("Provincie", "Province"),
        "none": ("Geen.", "None."),
        "nothing": (
            "Er zijn geen gesloten rondetafels om samen te vatten.",
            "There are no closed round tables to sum up.",
        ),
        "and": ("en", "and"),
        "n.session": ("rondetafel|rondetafels", "round table|round tables"),
        "n.theme": ("thema|thema's", "theme|themes"),
        "n.action": ("actie|acties", "action|actions"),
        "n.barrier": ("barrière|barrières", "barrier|barriers"),
        "n.opportunity": ("kans|kansen", "opportunity|opportunities"),
        "n.vote": ("stem|stemmen", "vote|votes"),
        # -- sessions
        "h.sessions": ("Rondetafels in deze synthese", "Round tables in this synthesis"),
        "col.region": ("Regio", "Region"),
        "col.date": ("Datum", "Date"),
        "col.session": ("Rondetafel", "Round table"),
        "col.participants": ("Deelnemers", "Participants"),
        "col.organisations": ("Organisaties", "Organisations"),
        "col.contributions": ("Bijdragen", "Contributions"),
        "col.cards": ("Kaarten", "Cards"),
        "draft": ("(nog niet gesloten)", "(not closed yet)"),
        # -- themes
        "h.themes": ("Terugkerende thema's", "Recurring themes"),
        "h.themes.one_region": ("Thema's", "Themes"),  # of one region: nothing recurs
        "themes_intro": (
            "De barrières en kansen van alle tafels, gegroepeerd op wat ze zeggen, ook als "
            "ze het anders zeggen. {order}; bij elk thema staat waarom de kaarten bij elkaar "
            "horen.",
            "The barriers and opportunities of all tables, grouped by what they say, even "
            "when they say it differently. {order}; each theme says why its cards belong "
            "together.",
        ),
        "themes_intro.singles": (
            "De barrières en kansen van alle tafels, gegroepeerd op wat ze zeggen, ook als "
            "ze het anders zeggen. Geen ervan leek op een ander: ze staan hieronder als losse "
            "punten.",
            "The barriers and opportunities of all tables, grouped by what they say, even "
            "when they say it differently. None resembled another: they are listed below as "
            "single points.",
        ),
        # the order of the themes, as the report shows them (``order.priority.*``: while the
        # organiser marked a theme a priority; ``*.votes``: a synthesis of one region)
        "order.regions": (
            "Eerst de thema's die in meer dan één regio terugkwamen",
            "Themes raised in more than one region come first",
        ),
        "order.priority.regions": (
            "Eerst de thema's met prioriteit (★), dan die in meer dan één regio terugkwamen",
            "Priority themes (★) come first, then those raised in more than one region",
        ),
        "order.votes": (
            "Eerst de thema's met de meeste stemmen",
            "Themes with the most votes come first",
        ),
        "order.priority.votes": (
            "Eerst de thema's met prioriteit (★), dan die met de meeste stemmen",
            "Priority themes (★) come first, then those with the most votes",
        ),
        "no_themes": (
            "Geen barrières of kansen vastgelegd.",
            "No barriers or opportunities recorded.",
        ),
        "theme_heading": ("{number}. {title}", "{number}. {title}"),
        "regions": ("Regio's", "Regions"),
        "region": ("Regio", "Region"),
        "recurring.none": ("geen", "none"),
        "votes": ("Stemmen", "Votes"),
        "why": ("Waarom samen", "Why together"),
        "why.tag": ("dezelfde tag {tags}", "the same tag {tags}"),
        "why.tags": ("dezelfde tags {tags}", "the same tags {tags}"),
        "why.concept": (
            "hetzelfde begrip *{label}* ({words})",
            "the same concept *{label}* ({words})",
        ),
        "why.concept_only": ("hetzelfde begrip *{label}*", "the same concept *{label}*"),
        "why.words": ("gedeelde woorden: {words}", "shared words: {words}"),
        "why.by_hand": ("met de hand toegevoegd: {cards}", "placed here by hand: {cards}"),
        "why.card": ("“{text}” ({region})", "“{text}” ({region})"),
        "actions": ("Acties", "Actions"),
        "no_action": ("nog geen actie, in geen enkele regio", "no action yet, in any region"),
        "col.kind": ("Soort", "Kind"),
        "col.card": ("Kaart", "Card"),
        "col.raised_by": ("Ingebracht door", "Raised by"),
        "col.votes": ("Stemmen", "Votes"),
        "column.barrier": ("Barrière", "Barrier"),
        "column.opportunity": ("Kans", "Opportunity"),
        "h.single": ("Losse barrières en kansen", "Single barriers and opportunities"),
        "single_intro": (
            "Punten die aan één tafel werden genoemd en op geen ander punt leken.",
            "Points raised at one table that resembled no other.",
        ),
        "col.theme": ("Thema", "Theme"),
        # -- actions
        "h.actions": ("Acties per trekker", "Actions by owner"),
        "actions_intro": (
            "Elke actie van de tafels, per organisatie die het voortouw nam. Een actie met "
            "meer trekkers staat bij elk van hen.",
            "Every action of the tables, by the organisation that took the lead. An action "
            "with several owners is listed under each.",
        ),
        "no_actions": ("Geen acties vastgelegd.", "No actions recorded."),
        "no_owner": ("Zonder trekker", "Without an owner"),
        "col.nr": ("Nr.", "No."),
        "col.action": ("Actie", "Action"),
        "col.lead": ("Trekker", "Lead"),
        "col.due": ("Deadline", "Due"),
        "col.themes": ("Thema's", "Themes"),
        "past_due": ("{day} (verlopen)", "{day} (past due)"),
        "priority": ("prioriteit", "priority"),
        "status.done": ("gedaan", "done"),
        "status.dropped": ("vervallen", "dropped"),
        "prefix.action": ("A", "A"),
        # -- gaps
        "h.gaps": ("Wat nog openstaat", "What is still open"),
        "h.gaps.barriers": (
            "Barrières zonder actie in welke regio dan ook",
            "Barriers with no action in any region",
        ),
        "h.gaps.owner": ("Acties zonder trekker", "Actions without an owner"),
        "h.gaps.due": ("Acties over hun deadline", "Actions past their due date"),
        "theme_ref": ("thema {number}: {title} ({regions})", "theme {number}: {title} ({regions})"),
        # a single point is no theme: named as its table numbers it
        "single_ref": (
            "los punt {number}: {title} ({regions})",
            "single point {number}: {title} ({regions})",
        ),
        "action_ref": ("{number}: {text} ({region})", "{number}: {text} ({region})"),
        # -- the province
        "h.province": (
            "Waar de provincie waarde kan toevoegen",
            "Where the province can add value",
        ),
        "province_intro": (
            "De thema's waar de provincie al trekker of genoemde partij is (daar kan zij "
            "versterken en versnellen), en de barrières die in meer dan één regio speelden "
            "zonder dat iemand aan een regionale tafel het voortouw nam.",
            "The themes where the province already leads or is named (there it can "
            "strengthen and speed up), and the barriers raised in more than one region that "
            "nobody at a regional table took the lead on.",
        ),
        "h.province.involved": (
            "Thema's waar de provincie trekker of genoemde partij is",
            "Themes where the province leads or is named",
        ),
        # with a single point among them, named as one («los punt 3») and not as a theme
        "h.province.involved.singles": (
            "Thema's en losse punten waar de provincie trekker of genoemde partij is",
            "Themes and single points where the province leads or is named",
        ),
        "col.theme_or_single": ("Thema of los punt", "Theme or single point"),
        "single_nr": ("los punt {number}", "single point {number}"),
        "h.province.no_lead": (
            "Terugkerende barrières zonder trekker",
            "Recurring barriers without a lead",
        ),
        "col.role": ("Rol van de provincie", "The province's part"),
        "reason.owner": ("trekker van een actie", "owner of an action"),
        "reason.named": ("genoemd", "named"),
        # -- participation
        "h.participation": ("Deelname", "Participation"),
        "participation_total": (
            "Samen {time} spreektijd in {turns}.",
            "Together {time} of speaking time in {turns}.",
        ),
        "n.turn": ("beurt|beurten", "turn|turns"),
        "h.by_region": ("Per regio", "By region"),
        "h.by_sector": ("Per sector", "By sector"),
        "h.at_table": ("Wie zat er aan tafel", "Who was at the table"),
        "col.sessions": ("Tafels", "Tables"),
        "col.people": ("Aan tafel", "At the table"),
        "col.turns": ("Beurten", "Turns"),
        "col.speaking": ("Spreektijd", "Speaking time"),
        "col.share": ("Aandeel", "Share"),
        "col.sector": ("Sector", "Sector"),
        "sector_people": (
            "De kolommen per regio tellen de mensen van die sector aan tafel.",
            "The columns per region count the people of that sector at the table.",
        ),
        "pie_title": (
            "Spreektijd per sector, alle regio's",
            "Speaking time by sector, all regions",
        ),
        "nobody_spoke": ("Er is geen spreektijd vastgelegd.", "No speaking time was recorded."),
        "footer": (
            "Gemaakt met facilitator synthesis; de methode staat in docs/synthesis.md.",
            "Made with facilitator synthesis; the method is described in docs/synthesis.md.",
        ),
    }
)
