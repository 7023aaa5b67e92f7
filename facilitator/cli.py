"""The command line: check, import, list, run, serve and export round-table sessions."""

from __future__ import annotations

import contextlib
import errno
import os
import shlex
import shutil
import sqlite3
import sys
import textwrap
from collections.abc import Callable, Mapping, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from facilitator.cli_usage import Group, lang_of
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Session, SessionStatus
from facilitator.i18n import Catalog, default_lang, normalise_lang
from facilitator.i18n.formats import counted
from facilitator.i18n.oserrors import NotAFolderError, OsReason, os_reason
from facilitator.store import Store, StoreError, resolve_db_path
from facilitator.store.errors import ImportRefused, translate_sqlite_error
from facilitator.store.health import check_health, is_damage
from facilitator.store.store import obstacle_of
from facilitator.text import one_line, typed_line

if TYPE_CHECKING:
    from datetime import date

    from facilitator.domain.plan import SessionPlan
    from facilitator.store.importer import ImportResult
    from facilitator.synthesis.reader import LeftOut


def import_plan(
    store: Store, plan: SessionPlan, origin: str, source: Path, *, replacing: bool = False
) -> ImportResult:
    """:func:`facilitator.store.importer.import_plan`, loaded when a session file is imported
    (opening a session by its slug, as ``run`` does, needs neither it nor the plan model);
    ``origin``: who imports it (:attr:`Context.origin`); ``source``: the file read (a
    session that has started takes no other, unless ``replacing``)."""
    from facilitator.store.importer import import_plan as load

    return load(store, plan, origin=origin, source=source, replacing=replacing)


F = TypeVar("F", bound=Callable[..., Any])

T = Catalog(
    {
        "ok": (
            "{file}: in orde ({participants}, {items}, {minutes} min)",
            "{file}: OK ({participants}, {items}, {minutes} min)",
        ),
        "count.participants": ("deelnemer|deelnemers", "participant|participants"),
        "count.items": ("agendapunt|agendapunten", "agenda item|agenda items"),
        "created": (
            "Sessie '{slug}' geïmporteerd in {db}.",
            "Session '{slug}' imported into {db}.",
        ),
        "closed_plan": (
            "{slug} is gesloten: deelnemers, agenda en bord blijven zoals ze in de vergadering "
            "zijn vastgelegd, en de Chatham House-regel zoals die gold (alleen titel, woorden en "
            "dergelijke zijn bijgewerkt). Heropen de sessie ({key[app.close]}) om ze te wijzigen.",
            "{slug} is closed: its participants, agenda and board stay as recorded at the "
            "meeting, and the Chatham House rule as it held (only the title, words and the like "
            "were updated). Reopen the session ({key[app.close]}) to change them.",
        ),
        "up_to_date": (
            "Sessie '{slug}' in {db} is al bijgewerkt: het bestand importeren veranderde niets.",
            "Session '{slug}' in {db} is already up to date: importing the file changed nothing.",
        ),
        "closed_plan_same": (
            "{slug} is gesloten: deelnemers, agenda en bord blijven zoals ze in de vergadering "
            "zijn vastgelegd, en de Chatham House-regel zoals die gold. Heropen de sessie "
            "({key[app.close]}) om ze te wijzigen.",
            "{slug} is closed: its participants, agenda and board stay as recorded at the "
            "meeting, and the Chatham House rule as it held. Reopen the session "
            "({key[app.close]}) to change them.",
        ),
        "updated": (
            "Sessie '{slug}' bijgewerkt in {db}: {added} toegevoegd, {updated} gewijzigd, "
            "{removed} verwijderd, {kept} bewaard omdat er al iets over is vastgelegd.",
            "Session '{slug}' updated in {db}: {added} added, {updated} changed, {removed} "
            "removed, {kept} kept because something was already recorded on them.",
        ),
        "named.items_added": ("Agendapunten toegevoegd: {names}.", "Agenda items added: {names}."),
        "named.items_removed": (
            "Agendapunten verwijderd: {names}.",
            "Agenda items removed: {names}.",
        ),
        "named.items_kept": (
            "Agendapunten niet meer in het bestand, bewaard omdat er al iets over is "
            "vastgelegd: {names}.",
            "Agenda items no longer in the file, kept because something was already recorded "
            "on them: {names}.",
        ),
        "named.people_added": ("Deelnemers toegevoegd: {names}.", "Participants added: {names}."),
        "named.people_removed": (
            "Deelnemers verwijderd: {names}.",
            "Participants removed: {names}.",
        ),
        "named.people_kept": (
            "Deelnemers niet meer in het bestand, bewaard omdat er al iets over is "
            "vastgelegd: {names}.",
            "Participants no longer in the file, kept because something was already recorded "
            "on them: {names}.",
        ),
        "split": (
            "Let op: agendapunt «{old}» staat niet meer in het bestand en «{new}» staat nieuw "
            "op zijn plaats. Wat bij «{old}» is vastgelegd blijft daar, «{new}» begint leeg, "
            "en de notulen tonen ze als twee punten. Is het hetzelfde punt met een nieuwe "
            'titel, zet dan key = "{key}" in het [[agenda]]-blok van «{new}» en importeer '
            "opnieuw: dan blijft het één punt.",
            "Note: agenda item «{old}» is no longer in the file and «{new}» is new in its "
            "place. What was recorded on «{old}» stays there, «{new}» starts empty, and the "
            "minutes show them as two items. If it is the same item with a new title, put "
            'key = "{key}" in the [[agenda]] block of «{new}» and import again: then it stays '
            "one item.",
        ),
        "refuse.started": ("is al begonnen", "has started"),
        "refuse.closed": ("is al gehouden en gesloten", "was held and is closed"),
        "refuse.nothing": ("niets aan de sessie zelf", "nothing of the session itself"),
        "refuse.other_file": (
            "Niet geïmporteerd: sessie '{slug}' ({title}) {state} en komt uit een ander "
            "sessiebestand, {kept}; {file} geeft dezelfde slug. Het zou wijzigen: {fields}. Is "
            'het een andere ronde tafel, geef {file} dan een eigen slug = "..."; is het echt '
            "dezelfde sessie, importeer het dan met: {command}",
            "Not imported: session '{slug}' ({title}) {state} and comes from another "
            "session file, {kept}; {file} gives the same slug. It would change: {fields}. If "
            'it is another round table, give {file} a slug = "..." of its own; if it really '
            "is the same session, import it with: {command}",
        ),
        "refuse.moved": (
            "Niet geïmporteerd: sessie '{slug}' ({title}) {state}, en {file} zou de regio of "
            "de datum ervan wijzigen; is het wel het bestand ervan? Het zou wijzigen: "
            '{fields}. Is het een andere ronde tafel, geef {file} dan een eigen slug = "..."; '
            "is het echt dezelfde sessie, importeer het dan met: {command}",
            "Not imported: session '{slug}' ({title}) {state}, and {file} would change its "
            "region or date; is it its file at all? It would change: {fields}. If it is "
            'another round table, give {file} a slug = "..." of its own; if it really is the '
            "same session, import it with: {command}",
        ),
        "fields_changed": (
            "Van de sessie gewijzigd: {fields}.",
            "Changed of the session: {fields}.",
        ),
        "field.slug": ("slug", "slug"),
        "field.title": ("titel", "title"),
        "field.region": ("regio", "region"),
        "field.starts_at": ("datum of begintijd", "date or start time"),
        "field.ends_at": ("eindtijd", "end time"),
        "field.location": ("locatie", "location"),
        "field.language": ("taal", "language"),
        "field.chatham_house": ("Chatham House-regel", "Chatham House rule"),
        "field.anonymous_leads": ("anonieme trekkers", "anonymous leads"),
        "field.facilitator": ("gespreksleider", "facilitator"),
        "field.note_taker": ("notulist", "note-taker"),
        "field.max_speech_seconds": ("maximale spreektijd", "longest speech"),
        "field.sectors": ("sectoren", "sectors"),
        "field.tags": ("tags", "tags"),
        "field.timezone": ("tijdzone", "time zone"),
        "field.organisations": ("organisaties", "organisations"),
        "field.thesaurus": ("woorden (thesaurus)", "words (thesaurus)"),
        "history_header": (
            "Geschiedenis van '{title}' ({db}): wanneer, wie, wat.",
            "History of '{title}' ({db}): when, who, what.",
        ),
        "history_empty": ("Nog niets vastgelegd.", "Nothing recorded yet."),
        "history.undone": ("(ongedaan gemaakt)", "(undone)"),
        "history.fixed": ("(niet meer ongedaan te maken)", "(can no longer be undone)"),
        "history.dead": ("(ongedaan gemaakt)", "(undone)"),
        "history.held": (
            "(nu niet ongedaan te maken: sindsdien veranderd)",
            "(cannot be undone now: changed since)",
        ),
        "history.held_undone": (
            "(nu niet opnieuw te doen: sindsdien veranderd)",
            "(cannot be redone now: changed since)",
        ),
        "no_sessions": (
            "Nog geen sessies in {db}. Importeer er een met 'facilitator import BESTAND'.",
            "No sessions in {db} yet. Import one with 'facilitator import FILE'.",
        ),
        "no_db": (
            "De database {db} bestaat niet; er is niets aangemaakt. Controleer het pad bij "
            "--db of $FACILITATOR_DB, of begin een database door een sessiebestand te "
            "importeren: 'facilitator import BESTAND'.",
            "The database {db} does not exist; nothing was created. Check the path given "
            "with --db or $FACILITATOR_DB, or start a database by importing a session file: "
            "'facilitator import FILE'.",
        ),
        "list_header": ("Sessies in {db}:", "Sessions in {db}:"),
        "full_not_json": (
            "--full schrijft het volledige JSON-verslag; gebruik het met --format json.",
            "--full writes the whole JSON record; use it with --format json.",
        ),
        "full_and_anonymous": (
            "--full en --anonymous gaan niet samen: kies er een.",
            "--full and --anonymous do not go together: choose one.",
        ),
        "copy": (
            "dezelfde rondetafel als {kept}; de synthese laat deze weg",
            "the same round table as {kept}; the synthesis leaves this one out",
        ),
        "status.planned": ("gepland", "planned"),
        "status.running": ("loopt", "running"),
        "status.closed": ("gesloten", "closed"),
        "counts": (
            "{participants}{participants_left} · {items}{items_left} · {contributions} · {cards}",
            "{participants}{participants_left} · {items}{items_left} · {contributions} · {cards}",
        ),
        "left": (
            "{count} niet meer in het sessiebestand",
            "{count} no longer in the session file",
        ),
        "count.points": ("punt|punten", "item|items"),
        "count.contributions": ("bijdrage|bijdragen", "contribution|contributions"),
        "count.cards": ("kaart|kaarten", "card|cards"),
        "which_session": (
            "Welke sessie? Geef een slug of een sessiebestand; 'facilitator list' toont de "
            "sessies in {db}.",
            "Which session? Give a slug or a session file; 'facilitator list' shows the "
            "sessions in {db}.",
        ),
        "no_file": ("Bestand niet gevonden: {file}", "File not found: {file}"),
        "run_one": (
            "facilitator run opent één sessie tegelijk, niet {n} ({named}). Om de thema's van "
            "meer sessies na te lopen: {command}",
            "facilitator run opens one session at a time, not {n} ({named}). To review the "
            "themes of several sessions: {command}",
        ),
        "synthesis_role": (
            "--role {role} gaat niet samen met --synthesis: het nakijken van de thema's heeft "
            "één scherm, dat van de organisator, en geen rollen. Laat --role weg; een rol hoort "
            "bij een sessie: facilitator run SESSIE --role {role}",
            "--role {role} does not go with --synthesis: reviewing the themes has one screen, "
            "the organiser's, and no roles. Leave --role out; a role belongs to a session: "
            "facilitator run SESSION --role {role}",
        ),
        "interrupted": ("Onderbroken.", "Interrupted."),
        "new_interrupted": (
            "Onderbroken; er is niets geschreven.",
            "Interrupted; nothing was written.",
        ),
        "new_ended_early": (
            "De invoer hield op voordat titel, regio, datum en begintijd gegeven waren; er is "
            "niets geschreven.",
            "The input ended before the title, region, date and start time were given; nothing "
            "was written.",
        ),
        "new_ended_skipped": (
            "Einde van de invoer: de vragen die nog kwamen zijn overgeslagen (geen eindtijd, "
            "locatie of deelnemers tenzij gegeven).",
            "End of input: the questions still to come were skipped (no end time, location or "
            "participants unless given).",
        ),
        "new_bad_option": (
            "Er is niets geschreven. Geef de optie opnieuw, of laat haar weg om de vraag te "
            "krijgen.",
            "Nothing was written. Give the option again, or leave it out to be asked.",
        ),
        "new_bad_options": (
            "Er is niets geschreven. Geef de opties opnieuw, of laat ze weg om de vragen te "
            "krijgen.",
            "Nothing was written. Give the options again, or leave them out to be asked.",
        ),
        "invitees_bad": ("Er is niets geschreven.", "Nothing was written."),
        "new_ended_half": (
            "Einde van de invoer: deelnemer '{name}' was nog niet af en is weggelaten.",
            "End of input: participant '{name}' was not complete and is left out.",
        ),
        "exists": (
            "{file} bestaat al; er is niets overschreven. Kies een andere naam of geef --replace.",
            "{file} already exists; nothing was overwritten. Choose another name or give "
            "--replace.",
        ),
        "is_folder": (
            "{file} is een map; geef de naam van het sessiebestand dat erin moet komen, "
            "bijvoorbeeld {example}. Er is niets geschreven.",
            "{file} is a folder; give the name of the session file to write in it, such as "
            "{example}. Nothing was written.",
        ),
        "example_file": ("ronde.toml", "session.toml"),
        "written": (
            "{file} geschreven: {participants}, {items}. Pas het gerust aan; daarna: "
            "facilitator import {file}",
            "{file} written: {participants}, {items}. Change it as you like; then: "
            "facilitator import {file}",
        ),
        "written_bad": (
            "{file} is geschreven, maar moet nog worden aangepast:",
            "{file} was written, but still needs changes:",
        ),
        "cannot_write": (
            "Kan {file} niet schrijven: {error}. Er is niets veranderd.",
            "Cannot write {file}: {error}. Nothing was changed.",
        ),
        "kept_below": (
            "Wat u opgaf volgt hieronder, zodat het niet verloren gaat: bewaar het elders als "
            ".toml-bestand.",
            "What you gave follows below, so that it is not lost: save it elsewhere as a "
            ".toml file.",
        ),
        "warning": ("let op: {message}", "warning: {message}"),
        "bad_anonymous": (
            "--anonymous={value}: kies organisation (organisatie) of sector.",
            "--anonymous={value}: choose organisation or sector.",
        ),
        "other_suffix": (
            "Let op: {file} is geschreven als {fmt} (--format {fmt}), maar de naam eindigt op "
            "{suffix}; een programma dat op de naam afgaat, opent het verkeerd.",
            "Note: {file} was written as {fmt} (--format {fmt}), but its name ends in {suffix}; "
            "a program that goes by the name will open it wrongly.",
        ),
        "binary": (
            "Een Word-document is geen tekst voor de terminal; geef een bestand met -o.",
            "A Word document is not text for the terminal; give a file with -o.",
        ),
        "twice_left_out": (
            "{copy} is weggelaten: dezelfde rondetafel als {kept} (zelfde regio, datum en "
            "titel: twee keer gehouden, of op twee laptops vastgelegd). Om {copy} te tellen in "
            "plaats van {kept}, noem de sessies: {command}",
            "Left out {copy}: the same round table as {kept} (same region, date and title: "
            "held twice, or recorded on two laptops). To count {copy} instead of {kept}, name "
            "the sessions: {command}",
        ),
        "wrap_up_left_out": (
            "{wrap_up} is weggelaten: de wrap-up van {sources} (het bord is daaruit gevuld; de "
            "synthese van de tafels blijft zoals die was, en een actie die bij de wrap-up op "
            "gedaan of vervallen is gezet, telt hier zoals haar tafel haar achterliet). Om die "
            "mee te tellen, met de status die daar is gezet, noem de sessies: {command} (elke "
            "kaart die daaruit komt telt dan één keer, onder de eigen regio)",
            "Left out {wrap_up}: the wrap-up of {sources} (its board was seeded from them; the "
            "synthesis of the tables stays as it was, and an action set done or dropped at the "
            "wrap-up counts here as its table left it). To count it too, and the statuses set "
            "there, name the sessions: {command} (each card taken over from them then counts "
            "once, under its own region)",
        ),
        "not_closed_left_out": (
            "{slug} is weggelaten: gehouden maar niet gesloten ({since}). Sluit de sessie "
            "({key[app.close]} in de app), of noem de sessies om die mee te tellen: {command}",
            "Left out {slug}: held but not closed ({since}). Close it ({key[app.close]} in the "
            "app), or name the sessions to count it: {command}",
        ),
        "since.reopened": ("heropend op {at}", "reopened {at}"),
        "since.opened": ("geopend op {at}", "opened {at}"),
        "since.recorded": (
            "nooit geopend, maar er is al iets in vastgelegd",
            "never opened, but something is recorded in it",
        ),
        "twice_named": (
            "let op: {copy} en {kept} zijn dezelfde rondetafel (zelfde regio, datum en titel), "
            "en beide tellen mee: die tafel telt dubbel. Noem er een van beide.",
            "warning: {copy} and {kept} are the same round table (same region, date and "
            "title), and both are counted: that table counts twice. Name only one of them.",
        ),
        "bug": (
            "Er ging iets mis in facilitator zelf ({error}); aan wat al was opgeslagen in {db} "
            "is niets veranderd. Details voor de ontwikkelaars: {report}",
            "Something went wrong inside facilitator ({error}); nothing saved in {db} was "
            "changed. Details for the developers: {report}",
        ),
        "no_report": ("(kon niet worden opgeslagen)", "(could not be saved)"),
        "output_failed": (
            "Kan de uitvoer niet schrijven: {reason}.",
            "Cannot write the output: {reason}.",
        ),
        "unexpected": (
            "Onverwachte fout: {error}. Alles wat al was opgeslagen, staat in {db}.",
            "Unexpected error: {error}. Everything saved so far is in {db}.",
        ),
    }
)


HELP = Catalog(
    {
        "main": (
            "Leid een rondetafelgesprek vanuit de terminal en maak er een verslag van.",
            "Run a round-table meeting from the terminal and turn it into minutes.",
        ),
        "opt.replace_session": (
            "Neem het bestand als dat van de sessie, ook als die al begonnen of gesloten is en "
            "uit een ander bestand kwam, of als het de regio of datum wijzigt.",
            "Take the file as the session's, even when the session has started or is closed "
            "and came from another file, or the file changes its region or date.",
        ),
        "opt.db": (
            "De database (standaard: $FACILITATOR_DB, anders de gebruikersmap voor gegevens).",
            "The database (default: $FACILITATOR_DB, else the user data directory).",
        ),
        "opt.lang": (
            "Taal van de meldingen (standaard: $FACILITATOR_LANG, anders de landinstelling) en "
            "van de app (standaard: die van de sessie).",
            "Language of the messages (default: $FACILITATOR_LANG, else the locale) and of the "
            "app (default: the session's).",
        ),
        "opt.lang_messages": (
            "Taal van de meldingen (standaard: $FACILITATOR_LANG, anders de landinstelling).",
            "Language of the messages (default: $FACILITATOR_LANG, else the locale).",
        ),
        "opt.lang_new": (
            "Taal van de vragen en meldingen en van het sessiebestand dat wordt geschreven "
            "(de agenda, language) (standaard: $FACILITATOR_LANG, anders de landinstelling).",
            "Language of the questions and messages, and of the session file written (its "
            "agenda, language) (default: $FACILITATOR_LANG, else the locale).",
        ),
        "check": (
            "Controleer sessiebestanden (TOML) en meld elk gevonden probleem.",
            "Check session files (TOML) and report every problem found.",
        ),
        "import": (
            "Laad een sessiebestand in de database (opnieuw: werkt het plan bij, bewaart wat is "
            "vastgelegd), of een JSON-verslag van 'export --format json'.",
            "Load a session file into the database (again: update the plan, keep what was "
            "recorded), or a JSON record written by 'export --format json'.",
        ),
        "list": (
            "Toon de sessies in de database met hun status en aantallen.",
            "List the sessions in the database with their status and counts.",
        ),
        "history": (
            "Toon alle wijzigingen van SESSIE: wanneer, door wie (rol, gebruiker@computer) en "
            "wat, ook wat ongedaan is gemaakt.",
            "Show every change of SESSION: when, by whom (role, user@computer) and what, "
            "including what was undone.",
        ),
        "run": (
            "Open de live console voor SESSIE (een slug, of een sessiebestand dat eerst wordt "
            "geïmporteerd).",
            "Open the live console for SESSION (a slug, or a session file to import first).",
        ),
        "opt.role": (
            "Wat dit venster is: de console van de gespreksleider (facilitator), het "
            "scherm van de notulist (notetaker: om te typen; timer en rij alleen na F4) of "
            "het scherm voor de zaal (wall: alleen kijken, groot, voor de beamer).",
            "What this window is: the facilitator's console, the note-taker's screen "
            "(notetaker: made for typing; timer and queue only after F4), or the screen for "
            "the room (wall: view only, large, for the projector).",
        ),
        "serve": (
            "Open de live console voor SESSIE in een browser, achter een toegangstoken "
            "(standaard alleen op deze computer).",
            "Open the live console for SESSION in a browser, behind an access token (by "
            "default on this computer only).",
        ),
        "opt.serve_role": (
            "Wat de hoofdlink opent (als bij 'run --role'). De tweede link, voor de beamer, "
            "opent altijd alleen het scherm voor de zaal.",
            "What the main link opens (as with 'run --role'). The second link, for the "
            "projector, always opens only the screen for the room.",
        ),
        "opt.host": (
            "Het adres om op te luisteren; een ander dan 127.0.0.1 opent de sessie voor "
            "iedereen op dat netwerk die de link heeft.",
            "The address to listen on; any other than 127.0.0.1 opens the session to anyone "
            "on that network who has the link.",
        ),
        "opt.port": (
            "De poort (0: een vrije).",
            "The port (0: a free one).",
        ),
        "export": (
            "Schrijf het verslag van SESSIE (een slug of een sessiebestand) als Markdown, JSON, "
            "HTML of Word.",
            "Write the minutes of SESSION (a slug, or a session file) as Markdown, JSON, HTML "
            "or Word.",
        ),
        "opt.format": (
            "Markdown (standaard), het verslag als JSON (anoniem onder de Chatham House-regel; "
            "--full: alles), een afdrukbare HTML-pagina of een Word-document (docx).",
            "Markdown (default), the record as JSON (anonymous under the Chatham House rule; "
            "--full: all of it), a printable HTML page or a Word document (docx).",
        ),
        "opt.output": (
            "Waar naartoe ('-': standaarduitvoer; standaard: minutes/<slug>.<ext> hier).",
            "Where to write ('-': standard output; default: minutes/<slug>.<ext> here).",
        ),
        "opt.minutes_lang": (
            "Taal van het verslag (standaard: die van de sessie) en van de meldingen "
            "(standaard: $FACILITATOR_LANG, anders de landinstelling).",
            "Language of the minutes (default: the session's) and of the messages (default: "
            "$FACILITATOR_LANG, else the locale).",
        ),
        "opt.anonymous": (
            "Schrijf wat gezegd is toe aan organisaties en sectoren, nooit aan personen; "
            "--anonymous=sector: alleen aan sectoren, ook geen organisatie van wie sprak. Wie "
            "een actie trekt en de gespreksleider en notulist blijven bij naam genoemd.",
            "Attribute what was said to organisations and sectors, never to people; "
            "--anonymous=sector: to sectors only, not even the organisation of a speaker. Who "
            "leads an action, and the facilitator and note-taker, stay named.",
        ),
        "opt.full": (
            "Het volledige verslag (alleen JSON) om de sessie te verhuizen of te bewaren met "
            "'facilitator import': noemt iedereen, ook onder de Chatham House-regel; niet om "
            "rond te sturen.",
            "The whole record (JSON only) to move or archive the session with 'facilitator "
            "import': names everyone, even under the Chatham House rule; not for circulation.",
        ),
        "new": (
            "Schrijf een nieuw sessiebestand BESTAND uit een paar vragen, of uit een lijst met "
            "genodigden (CSV: naam, organisatie, sector, rol).",
            "Write a new session file FILE from a few questions, or from a list of invitees "
            "(CSV: name, organisation, sector, role).",
        ),
        "opt.invitees": (
            "CSV-bestand met de genodigden (kolommen naam, organisatie, sector, rol).",
            "CSV file of the invitees (columns name, organisation, sector, role).",
        ),
        "opt.replace": (
            "Vervang BESTAND als het al bestaat.",
            "Replace FILE if it already exists.",
        ),
        "q.title": ("Titel van de rondetafel", "Title of the round table"),
        "q.region": ("Regio", "Region"),
        "q.date": ("Datum (bijv. 'di 6 okt 2026' of 2026-10-06)", "Date (e.g. 2026-10-06)"),
        "q.start": ("Begintijd (bijv. 14.00)", "Start time (e.g. 14:00)"),
        "q.end": ("Eindtijd (leeg: geen)", "End time (empty: none)"),
        "q.location": ("Locatie (leeg: geen)", "Location (empty: none)"),
        "q.chatham": (
            "Chatham House Rule (uitspraken niet aan personen toeschrijven)?",
            "Chatham House Rule (statements not attributed to people)?",
        ),
        "q.first": ("Een deelnemer toevoegen?", "Add a participant?"),
        "q.more": ("Nog een deelnemer toevoegen?", "Add another participant?"),
        "q.required": (
            "Dit antwoord is verplicht; vul het in.",
            "This answer is required; please fill it in.",
        ),
        "q.yes_no_default_yes": ("[J/n]", "[Y/n]"),
        "q.yes_no_default_no": ("[j/N]", "[y/N]"),
        "q.yes_no_again": ("Antwoord met ja of nee.", "Answer yes or no."),
        "q.not_a_choice": (
            "'{answer}' is geen sector; kies een van: {choices}.",
            "'{answer}' is not a sector; choose one of: {choices}.",
        ),
        "q.name": ("  Naam", "  Name"),
        "q.organisation": ("  Organisatie", "  Organisation"),
        "q.sector": ("  Sector ({sectors})", "  Sector ({sectors})"),
        "q.role": ("  Rol (leeg: geen)", "  Role (empty: none)"),
        "opt.synthesis": (
            "Open de thema's van de synthese om ze na te lopen (SESSIE...: die sessies; "
            "zonder: elke gesloten sessie).",
            "Open the themes of the synthesis to review them (SESSION...: those sessions; "
            "none: every closed session).",
        ),
        "opt.version": ("Toon de versie en stop.", "Show the version and exit."),
        "opt.help": ("Toon deze hulp en stop.", "Show this message and exit."),
        "opt.force": (
            "Vervang een bestaand bestand in plaats van een nieuwe naam te kiezen.",
            "Replace an existing file instead of a new name.",
        ),
    }
)


def h(key: str) -> str:
    """Help text in the language of the environment (FACILITATOR_LANG, the locale)."""
    return HELP(default_lang(), key)


class Context:
    """What every command needs: where the database is and which language to speak.

    ``--db`` and ``--lang`` may come before the command or after it; the one after
    it wins.
    """

    def __init__(self, db: str | None, lang: str | None) -> None:
        self.db: str | None = db
        self.forced_lang: str | None = None
        self.set_lang(lang)
        self._origin: str | None = None

    @property
    def origin(self) -> str:
        """Who makes the changes of this command, as the change log keeps it: the command
        line, this user and machine (the history shows ``command line (anne@laptop-2)``,
        as it names a window of the app)."""
        if self._origin is None:
            from facilitator.service.origin import Origin, Role

            self._origin = str(Origin.here(Role.COMMAND))
        return self._origin

    def set_lang(self, lang: str | None) -> None:
        if lang:
            self.forced_lang = normalise_lang(lang)

    @property
    def lang(self) -> str:
        return self.forced_lang or default_lang()

    @property
    def db_path(self) -> Path:
        return resolve_db_path(self.db)

    def open_store(self, *, create: bool = False) -> Store:
        """The store, after a read-only look that the file is sound.

        Only ``create`` (importing a session file) makes a database that does not
        exist yet; otherwise a missing database is an error, not a new empty one. A
        damaged file is refused before anything writes to it.
        """
        path = self.db_path
        if not create and not path.exists():
            fail(T(self.lang, "no_db", db=path))
        problem = check_health(path)
        if problem is not None:
            raise problem
        return Store(path, must_exist=not create)


class NewDatabase:
    """The database a command that changes it may make (``import``, ``import-db``): one
    that was not there before, taken away again, with its ``-wal``, ``-shm`` and
    ``-journal``, when the command is refused before its change was saved, so a next try
    finds no empty database of a command that did nothing. A database that was there is
    never taken away. ``saved``: set once the change is in."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.made = not path.exists() and not path.is_symlink()
        self.saved = False

    def __enter__(self) -> NewDatabase:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None or not self.made or self.saved:
            return
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                self.path.with_name(self.path.name + suffix).unlink()


def refuse_read_only(store: Store) -> None:
    """A meeting writes all the time: refuse a database opened read only (``friendly`` words it)."""
    if store.read_only:
        obstacle = store.write_obstacle() if store.file_read_only else None
        store.close()
        if store.disk_full:
            key = "disk_full_meeting"
        elif obstacle is not None and obstacle.kind == "protected":
            raise StoreError(
                "protected_meeting",
                path=str(store.path),
                flag=obstacle.flag,
                unflag=obstacle.unflag,
            )
        elif store.file_read_only:
            key = "read_only_file_meeting"
        else:
            key = "read_only_meeting"
        raise StoreError(key, path=str(store.path))


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(code)


def app_keys(lang: str) -> Mapping[str, str]:
    """The app's keys as the user's keymap file binds them, for a message naming one
    (``{key[app.close]}``: F9, or the key the file gives it instead)."""
    from facilitator.tui.actions import KeyNames
    from facilitator.tui.keymap import keymap_path, load_keymap

    return KeyNames(load_keymap(keymap_path()).shown, lang)


def friendly(func: F) -> F:
    """Turn the errors a user can meet into one clear line and an exit code, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context().find_object(Context)
        lang = ctx.lang if ctx else "en"
        try:
            return func(*args, **kwargs)
        except StoreError as exc:
            fail(protection_named(exc).message(lang))
        except ImportRefused as exc:
            fail(refusal_words(exc, ctx), 2)
        except sqlite3.Error as exc:  # the store let one through: still a sentence, not a trace
            where = str(ctx.db_path) if ctx else "?"
            error = (
                StoreError("damaged", path=where)
                if is_damage(exc)
                else translate_sqlite_error(exc, where)
            )
            fail(error.message(lang))
        except DomainError as exc:
            fail(exc.message(lang))
        except (KeyboardInterrupt, click.Abort):  # Abort: a question cut short (ctrl+c, ctrl+d)
            fail(T(lang, "interrupted"), 130)
        except BrokenPipeError:
            # The reader stopped early (``| head``): nothing to say, and nothing more to
            # flush into the closed pipe when Python exits.
            _output_closed()
            sys.exit(1)
        except OSError as exc:
            reason = os_reason(exc)
            if _writing_output(exc):  # standard output on a full disk, a broken device
                _output_closed()
                if reason.worded:
                    fail(T(lang, "output_failed", reason=reason))
            said = reason if reason.worded else exc
            fail(T(lang, "unexpected", error=said, db=ctx.db_path if ctx else "?"))
        except click.ClickException:
            raise  # click's own: a usage mistake, said by click
        except Exception as exc:  # a fault in facilitator itself: a report, and a sentence
            fail(_bug(exc, ctx, lang))

    return wrapper  # type: ignore[return-value]


def _writing_output(error: OSError) -> bool:
    """Whether ``error`` was met writing what the command prints (``click.echo``)."""
    import traceback

    return any(
        frame.f_code is click.utils.echo.__code__
        for frame, _line in traceback.walk_tb(error.__traceback__)
    )


def _output_closed() -> None:
    """Standard output from here on goes nowhere: what is left in its buffer is not
    written again (and refused again) when Python exits."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def protection_named(error: StoreError) -> StoreError:
    """A change refused as the database can only be read, said as ``run`` says it when the
    file is protected against changes (``chattr +i``): the protection and the command that
    takes it off, which "read-only" alone left to guess. Any other error as it is."""
    if error.key != "readonly":
        return error
    path = str(error.values.get("path", ""))
    obstacle = obstacle_of(Path(path)) if path else None
    if obstacle is None or obstacle.kind != "protected":
        return error
    return StoreError("protected_change", path=path, flag=obstacle.flag, unflag=obstacle.unflag)


def _bug(error: Exception, ctx: Context | None, lang: str) -> str:
    """What to say about an error nobody foresaw; the traceback goes to a crash report
    beside the database (else in the current folder), as the app's does."""
    from facilitator.tui.crash import write_crash_report

    try:
        db: Path | None = ctx.db_path if ctx else None
    except Exception:
        db = None
    report = write_crash_report(error, db if db is not None else Path.cwd() / "-")
    where = str(report) if report is not None else T(lang, "no_report")
    reason = f"{type(error).__name__}: {error}"
    return T(lang, "bug", error=reason, db=db if db is not None else "?", report=where)


class FacilitatorGroup(Group):
    """The command group: click's usage errors and help headings in the command's language
    (:mod:`facilitator.cli_usage`), and the help texts too (``--lang nl --help``)."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        given = list(args) if args is not None else sys.argv[1:]
        _speak_help(self, lang_of(given))
        return super().main(args, *rest, **kwargs)


def _speak_help(group: click.Group, lang: str) -> None:
    """The help of every command and option in ``lang``: written when this module was
    read, in the environment's language, they follow ``--lang`` too (``--lang nl --help``)."""
    from facilitator.cli_wrapup import WORDS as WRAP_UP_WORDS

    catalogs = (HELP, SYNTHESIS_HELP, MERGE_WORDS, WRAP_UP_WORDS)
    known = {
        catalog(said, key): (catalog, key)
        for catalog in catalogs
        for key in catalog.entries
        for said in ("nl", "en")
    }

    def said(text: str | None) -> str | None:
        found = known.get(text) if text else None
        return found[0](lang, found[1]) if found else text

    todo: list[click.Command] = [group]
    while todo:
        command = todo.pop()
        command.help = said(command.help)
        for param in command.params:
            if isinstance(param, click.Option):
                param.help = said(param.help)
        if isinstance(command, click.Group):
            todo += command.commands.values()


@click.group(cls=FacilitatorGroup, help=h("main"))
@click.help_option("-h", "--help", help=h("opt.help"))
@click.option(
    "--db",
    metavar="PATH",
    help=h("opt.db"),
)
@click.option(
    "--lang",
    type=click.Choice(["nl", "en"]),
    help=h("opt.lang"),
)
@click.version_option(package_name="facilitator", help=h("opt.version"))
@click.pass_context
def main(ctx: click.Context, db: str | None, lang: str | None) -> None:
    """Run a round-table meeting from the terminal and turn it into minutes."""
    ctx.obj = Context(db, lang)


pass_context = click.make_pass_decorator(Context)


def _context(ctx: click.Context) -> Context:
    found = ctx.find_object(Context)
    if found is None:  # a command invoked on its own, without the group
        found = ctx.obj = Context(None, None)
    return found


def _take_db(ctx: click.Context, _: click.Parameter, value: str | None) -> None:
    if value is not None:
        _context(ctx).db = value


def _take_lang(ctx: click.Context, _: click.Parameter, value: str | None) -> None:
    _context(ctx).set_lang(value)


def _speak(ctx: click.Context, _: click.Parameter, value: str | None) -> str | None:
    """The language of what export and synthesis write is that of what they say, too."""
    if value:
        _context(ctx).set_lang(value)
    return value


def db_option(func: F) -> F:
    """``--db`` after the command, as well as before it."""
    option = click.option(
        "--db", metavar="PATH", help=h("opt.db"), expose_value=False, callback=_take_db
    )
    return option(func)


def lang_option_saying(help_text: str) -> Callable[[F], F]:
    """``--lang`` after the command, as well as before it, with the help that says what
    it sets for this command."""

    def decorate(func: F) -> F:
        option = click.option(
            "--lang",
            type=click.Choice(["nl", "en"]),
            help=help_text,
            expose_value=False,
            callback=_take_lang,
        )
        return option(func)

    return decorate


lang_option = lang_option_saying(h("opt.lang_messages"))
"""``--lang`` of a command that only speaks (``check``, ``list``…): the language of its messages."""
app_lang_option = lang_option_saying(h("opt.lang"))
"""``--lang`` of a command that opens the app (``run``, ``serve``): of the app too."""


def choose_sessions(obj: Context, store: Store, names: Sequence[str]) -> list[Session]:
    """The sessions named: slugs, or session files imported first (which keeps the words
    of their ``[thesaurus]`` with the session, for the synthesis)."""
    chosen: list[Session] = []
    for name in names:
        if names_a_file(name):
            path = Path(name)
            if not path.exists():
                fail(T(obj.lang, "no_file", file=path), 2)
            chosen.append(import_plan(store, _load(path, obj.lang), obj.origin, path).session)
        else:
            chosen.append(resolve_session(obj, store, name))
    return chosen


def sessions_to_sum_up(
    obj: Context,
    store: Store,
    names: Sequence[str],
    command: Callable[[list[str]], str] | None,
    *,
    later: list[LeftOut] | None = None,
) -> list[Session]:
    """The sessions of a synthesis (or the wrap-up drafted from it): those named, else every
    closed session with each round table once. A table held twice (same region, date and
    title, as two laptops that both held it give once merged) is said, on standard error:
    the copy left out and how to count it instead, or, when both are named, that the table
    counts twice. ``command`` gives the command line for a list of slugs; with ``later``
    (and no ``command``), the sessions left out are put there instead, for the caller to
    say once it knows the command (the date of the wrap-up drafted, say)."""
    from facilitator.domain.twice import find_copies
    from facilitator.synthesis.reader import default_sessions

    if names:
        # a session named twice (by its slug and its file, say) is one table
        chosen = list({s.id: s for s in choose_sessions(obj, store, names)}.values())
        for copy in find_copies(chosen):
            click.echo(
                T(obj.lang, "twice_named", copy=copy.copy.slug, kept=copy.kept.slug), err=True
            )
        return chosen
    default = default_sessions(store)
    if command is None:
        assert later is not None, "the sessions left out go to the caller, or are said"
        later.extend(default.left_out)
        return default.sessions
    for left in default.left_out:
        click.echo(left_out_words(obj.lang, left, command), err=True)
    return default.sessions


def advised(obj: Context, command: str, *words: str | None) -> str:
    """A command line to advise: ``command`` with ``words`` (None left out), and ``--db``
    and ``--lang`` as this command was given them, so that it reads the same database and
    speaks the same language run as printed; each word quoted where a shell needs it."""
    given = [word for word in words if word is not None]
    if obj.db is not None:
        given += ["--db", obj.db]
    if obj.forced_lang:
        given += ["--lang", obj.forced_lang]
    return " ".join([command, *(shlex.quote(word) for word in given)])


def left_out_words(lang: str, left: LeftOut, command: Callable[[list[str]], str]) -> str:
    """Why the synthesis of every closed session leaves ``left`` out, and the command line
    (``command`` of the slugs) that counts it."""
    counting = command([s.slug for s in left.counting])
    slug = left.session.slug
    if left.is_copy:
        return T(lang, "twice_left_out", copy=slug, kept=left.others[0].slug, command=counting)
    if left.is_wrap_up:
        sources = ", ".join(s.slug for s in left.others)
        return T(lang, "wrap_up_left_out", wrap_up=slug, sources=sources, command=counting)
    what, at = left.since()
    since = T(lang, f"since.{what}", at=at)
    keys = app_keys(lang)
    return T(lang, "not_closed_left_out", slug=slug, since=since, command=counting, key=keys)


def option_day(
    option: str,
    value: str,
    lang: str,
    unreadable: Callable[[], str],
    outside: Callable[[str], str],
) -> date:
    """The day given to ``option`` (``--as-of``), written as a session file's ``date`` may
    be (2020-11-30, "30 nov 2020", "maandag 30 november 2020", "November 30, 2020"); what
    is no date is refused, exit code 2: ``unreadable()`` says nothing could be read,
    ``outside(year)`` a year outside those a session may have, and else the session
    file's words say what is wrong (no year, 30 February, a weekday that is not the date's)."""
    from facilitator.domain.years import as_written, year_in_range
    from facilitator.sessionfile.dates import parse_date_text  # dateutil: only for a date given
    from facilitator.sessionfile.when import date_problem

    result = parse_date_text(value)
    if result.error == "bad_date":
        fail(unreadable(), 2)
    if result.error == "date_year_range":
        fail(outside(str(dict(result.values)["year"])), 2)
    if result.error is not None or result.day is None:
        fail(f"{option} {value}: {date_problem(value, result, lang)}", 2)
    if not year_in_range(result.day.year):
        fail(outside(as_written(result.day.year)), 2)
    return result.day


def _load(path: Path, lang: str) -> SessionPlan:
    # The session-file reader (with python-dateutil's parser) is loaded only when a file
    # is read: opening a session by its slug (``run``) does not need it.
    from facilitator.sessionfile import SessionFileError, load_session_file

    try:
        return load_session_file(path, lang=lang)
    except SessionFileError as exc:
        fail("\n".join(str(problem) for problem in exc.problems), 2)


@main.command(help=h("check"))
@click.help_option("-h", "--help", help=h("opt.help"))
@lang_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_context
@friendly
def check(obj: Context, files: tuple[Path, ...]) -> None:
    """Check session files (TOML) and report every problem found."""
    from facilitator.sessionfile import SessionFileError, load_session_file

    bad = False
    for path in files:
        try:
            plan = load_session_file(path, lang=obj.lang)
        except SessionFileError as exc:
            bad = True
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            continue
        click.echo(
            T(
                obj.lang,
                "ok",
                file=path,
                participants=counted(
                    len(plan.participants), T(obj.lang, "count.participants"), obj.lang
                ),
                items=counted(len(plan.agenda), T(obj.lang, "count.items"), obj.lang),
                minutes=plan.planned_minutes,
            )
        )
        for message in plan_warnings(plan, obj.lang, path):
            click.echo(T(obj.lang, "warning", message=message))
    if bad:
        sys.exit(2)


def plan_warnings(plan: SessionPlan, lang: str, file: Path) -> list[str]:
    """What ``check`` and ``new`` warn of in a file that loads: the seats (a sector with
    nobody, or more than half), then an agenda longer than its time."""
    from facilitator.sessionfile.balance import balance_warnings
    from facilitator.sessionfile.length import length_warnings

    seats = [w.message(lang, str(file)) for w in balance_warnings(plan, lang)]
    return seats + [w.message(lang, str(file)) for w in length_warnings(plan)]


@main.command(name="import", help=h("import"))
@click.help_option("-h", "--help", help=h("opt.help"))
@db_option
@lang_option
@click.option("--replace", "replacing", is_flag=True, help=h("opt.replace_session"))
@click.argument("file", type=click.Path(path_type=Path))
@pass_context
@friendly
def import_(obj: Context, file: Path, replacing: bool) -> None:
    """Load a session file into the database (again: update the plan, keep what was recorded)."""
    if file.suffix.lower() == ".json":
        _import_record(obj, file)
        return
    plan = _load(file, obj.lang)
    from facilitator.cli_wrapup import report_carry

    with NewDatabase(obj.db_path) as new:
        store = obj.open_store(create=True)
        try:
            result = import_plan(store, plan, obj.origin, file, replacing=replacing)
            new.saved = True
        except BaseException:
            store.close()
            raise
    try:
        key = "created" if result.created else "updated" if result.changed else "up_to_date"
        click.echo(
            T(
                obj.lang,
                key,
                slug=plan.slug,
                db=obj.db_path,
                added=result.added,
                updated=result.updated,
                removed=result.removed,
                kept=result.kept,
            )
        )
        if not result.created:
            _report_named(obj.lang, result)
        if result.fields:
            names = ", ".join(T(obj.lang, f"field.{name}") for name in result.fields)
            click.echo(T(obj.lang, "fields_changed", fields=names))
        if result.closed:
            closed = "closed_plan" if result.changed else "closed_plan_same"
            click.echo(T(obj.lang, closed, slug=plan.slug, key=app_keys(obj.lang)))
        report_carry(obj, result.session, plan.carry_forward, store)
    finally:
        store.close()


def _report_named(lang: str, result: ImportResult) -> None:
    """By name, the agenda items and participants an import added, removed or kept; and
    an item kept that left the file while a new one came at its place (its title changed
    without a ``key``: split in two), with the key that keeps it one."""
    named = {
        "items_added": result.items_added,
        "items_removed": result.items_removed,
        "items_kept": result.items_kept,
        "people_added": result.people_added,
        "people_removed": result.people_removed,
        "people_kept": result.people_kept,
    }
    for what, names in named.items():
        if names:
            shown = ", ".join(f"«{one_line(name)}»" for name in names)
            click.echo(T(lang, f"named.{what}", names=shown))
    for old, key, new in result.split:
        click.echo(T(lang, "split", old=one_line(old), key=key, new=one_line(new)))


def refusal_words(refused: ImportRefused, ctx: Context | None) -> str:
    """Why a session file was not imported into a session that has started or is closed,
    in the language of the command's other messages (``--lang``, else ``FACILITATOR_LANG``,
    else the locale): the session, both files, what the file would change, and what to do."""
    session = refused.session
    lang = ctx.lang if ctx else normalise_lang(session.language)
    state = T(lang, "refuse.closed" if session.status == SessionStatus.CLOSED else "refuse.started")
    fields = ", ".join(T(lang, f"field.{name}") for name in refused.fields) or T(
        lang, "refuse.nothing"
    )
    force = (
        advised(ctx, "facilitator import", refused.file, "--replace")
        if ctx
        else f"facilitator import {shlex.quote(refused.file)} --replace"
    )
    key = "refuse.other_file" if refused.other_file else "refuse.moved"
    return T(
        lang,
        key,
        slug=session.slug,
        title=session.title,
        state=state,
        file=refused.file,
        kept=refused.kept or "",
        fields=fields,
        command=force,
    )


def _import_record(obj: Context, file: Path) -> None:
    """``import RECORD.json``: a session from a JSON record of ``export --format json``."""
    from facilitator.export.jsonimport import RecordError, import_record

    if not file.exists():
        fail(T(obj.lang, "no_file", file=file), 2)
    with NewDatabase(obj.db_path) as new:
        store = obj.open_store(create=True)
        try:
            try:
                result = import_record(store, file, origin=obj.origin)
                new.saved = True
            except RecordError as exc:
                fail(exc.message(obj.lang), 2)
        finally:
            store.close()
    click.echo(T(obj.lang, "created", slug=result.session.slug, db=obj.db_path))


@main.command(name="list", help=h("list"))
@click.help_option("-h", "--help", help=h("opt.help"))
@db_option
@lang_option
@pass_context
@friendly
def list_(obj: Context) -> None:
    """List the sessions in the database with their status and counts."""
    store = obj.open_store()
    try:
        summaries = store.summaries()
    finally:
        store.close()
    if not summaries:
        click.echo(T(obj.lang, "no_sessions", db=obj.db_path))
        return
    from facilitator.domain.twice import find_copies

    copies = {c.copy.id: c.kept.slug for c in find_copies([s.session for s in summaries])}
    click.echo(T(obj.lang, "list_header", db=obj.db_path))
    width = _terminal_width()
    for summary in summaries:
        session = summary.session
        counts = T(
            obj.lang,
            "counts",
            participants=counted(
                summary.participants + summary.participants_left,
                T(obj.lang, "count.participants"),
                obj.lang,
            ),
            participants_left=_left(obj.lang, summary.participants_left),
            items=counted(
                summary.items + summary.items_left, T(obj.lang, "count.points"), obj.lang
            ),
            items_left=_left(obj.lang, summary.items_left),
            contributions=counted(
                summary.contributions, T(obj.lang, "count.contributions"), obj.lang
            ),
            cards=counted(summary.cards, T(obj.lang, "count.cards"), obj.lang),
        )
        status = T(obj.lang, f"status.{session.status.value}")
        twice = f" ({T(obj.lang, 'copy', kept=copies[session.id])})" if session.id in copies else ""
        head = f"  {session.slug:<28} {session.starts_at:%Y-%m-%d %H:%M}  {status:<9} "
        rest = f"{one_line(session.title)} — {counts}{twice}"
        if width is None or len(head) + len(rest) <= width:
            click.echo(head + rest)
        else:  # two lines, the second wrapped at its words, never broken inside one
            click.echo(head.rstrip())
            indent = " " * LIST_INDENT
            click.echo(textwrap.fill(rest, width, initial_indent=indent, subsequent_indent=indent))


LIST_INDENT = 6
"""Where the second line of a session starts in ``list`` laid out for a narrow terminal."""


def _terminal_width() -> int | None:
    """The width ``list`` lays its lines out for: the terminal's (``COLUMNS`` when set);
    None when the output goes elsewhere (a pipe, a file): one line per session, whole."""
    if not sys.stdout.isatty():
        return None
    return max(40, shutil.get_terminal_size().columns)


def _left(lang: str, left: int) -> str:
    """How many of those counted left the session file since, kept on record as the
    minutes list them: `` (2 niet meer in het sessiebestand)``; '' for none."""
    return f" ({T(lang, 'left', count=left)})" if left else ""


def resolve_session(obj: Context, store: Store, name: str | None) -> Session:
    """A session from a slug or a session file (imported first); none given: the only one."""
    if name is None:
        sessions = store.sessions()
        if len(sessions) == 1:
            return sessions[0]
        fail(T(obj.lang, "which_session", db=obj.db_path), 2)
    path = Path(name)
    if path.suffix.lower() == ".toml" or path.is_file():
        if not path.exists():
            fail(T(obj.lang, "no_file", file=path), 2)
        from facilitator.cli_wrapup import report_carry

        plan = _load(path, obj.lang)
        imported = import_plan(store, plan, obj.origin, path).session
        report_carry(obj, imported, plan.carry_forward, store)
        return imported
    session = store.session_by_slug(name)
    if session is None:
        raise StoreError("no_session", name=name, path=obj.db_path)
    return session


def names_a_file(session: str | None) -> bool:
    """Whether SESSION is a session file (to import first) rather than a slug."""
    return session is not None and (session.lower().endswith(".toml") or Path(session).is_file())


@main.command(help=h("history"))
@click.help_option("-h", "--help", help=h("opt.help"))
@click.argument("session", required=False)
@db_option
@lang_option
@pass_context
@friendly
def history(obj: Context, session: str | None) -> None:
    """Show every change of SESSION: when, by whom and what."""
    from facilitator.service import Services

    store = obj.open_store()
    try:
        found = resolve_session(obj, store, session)
        entries = Services.open(store, found.id).history.entries(obj.lang)
    finally:
        store.close()
    click.echo(T(obj.lang, "history_header", title=found.title, db=obj.db_path))
    if not entries:
        click.echo(T(obj.lang, "history_empty"))
    for entry in entries:
        mark = f"history.{entry.state}"
        note = f"  {T(obj.lang, mark)}" if mark in T else ""
        click.echo(f"  {entry.at:%Y-%m-%d %H:%M:%S}  {entry.who:<36} {entry.what}{note}")


@main.command(help=h("run"))
@click.help_option("-h", "--help", help=h("opt.help"))
@click.argument("sessions", nargs=-1, metavar="[SESSION]...")
@click.option(
    "--role",
    type=click.Choice(["facilitator", "notetaker", "wall"]),
    default="facilitator",
    show_default=True,
    help=h("opt.role"),
)
@click.option("--synthesis", "review", is_flag=True, help=h("opt.synthesis"))
@db_option
@app_lang_option
@pass_context
@friendly
def run(obj: Context, sessions: tuple[str, ...], role: str, review: bool) -> None:
    """Open the live console for SESSION (a slug, or a session file to import first)."""
    if review:
        from facilitator.cli_wrapup import run_review

        if role != "facilitator":  # the review is the organiser's, and has no wall
            fail(T(obj.lang, "synthesis_role", role=role), 2)

        run_review(obj, sessions)
        return
    if len(sessions) > 1:
        named = " ".join(sessions)
        command = advised(obj, "facilitator run --synthesis", *sessions)
        fail(T(obj.lang, "run_one", n=len(sessions), named=named, command=command), 2)
    session = sessions[0] if sessions else None
    store = obj.open_store(create=names_a_file(session))
    refuse_read_only(store)
    try:
        found = resolve_session(obj, store, session)
        from facilitator.collector import held

        with held():  # the app's modules and first reads: see facilitator.collector
            from facilitator.service.origin import Role
            from facilitator.tui.app import make_app

            app = make_app(store, found.id, lang=obj.forced_lang, role=Role(role))
        app.run()
    finally:
        store.close()
    if app.return_code:
        sys.exit(app.return_code)


def run_roles() -> list[str]:
    """The roles ``run --role`` accepts: ``serve`` passes its role on to ``run``.

    Read from ``run``'s own option, so a role added there is offered here too, and
    ``serve`` never offers one that ``run`` would refuse.
    """
    (role,) = (param for param in run.params if param.name == "role")
    assert isinstance(role.type, click.Choice)
    return [str(choice) for choice in role.type.choices]


@main.command(help=h("serve"))
@click.help_option("-h", "--help", help=h("opt.help"))
@click.argument("session", required=False)
@click.option(
    "--role",
    type=click.Choice(run_roles()),
    default="facilitator",
    show_default=True,
    help=h("opt.serve_role"),
)
@click.option("--host", default="127.0.0.1", show_default=True, help=h("opt.host"))
@click.option("--port", default=8000, type=int, show_default=True, help=h("opt.port"))
@db_option
@app_lang_option
@pass_context
@friendly
def serve(obj: Context, session: str | None, role: str, host: str, port: int) -> None:
    """Open the live console for SESSION in a browser, behind an access token."""
    from facilitator.serve import WALL, WORDS, ServeError, SessionServer, app_command
    from facilitator.serve import serve as serve_forever

    if not 0 <= port <= 65535:
        fail(ServeError("bad_port", port=port).message(obj.lang), 2)
    store = obj.open_store(create=names_a_file(session))
    refuse_read_only(store)
    try:
        found = resolve_session(obj, store, session)
    finally:
        store.close()
    command = app_command(obj.db_path, found.slug, lang=obj.forced_lang, role=role)
    wall_command = app_command(obj.db_path, found.slug, lang=obj.forced_lang, role=WALL)
    page_lang = obj.forced_lang or found.language
    server = SessionServer(
        command,
        wall_command=wall_command,
        role=role,
        host=host,
        port=port,
        title=found.title,
        lang=page_lang,
    )
    try:
        serve_forever(
            server,
            role=role,
            title=found.title,
            lang=obj.lang,
            echo=click.echo,
            warn=lambda text: click.echo(text, err=True),
        )
    except ServeError as exc:
        fail(exc.message(obj.lang))
    click.echo(WORDS(obj.lang, "stopped", db=obj.db_path))


# What ``--anonymous=…`` may say, in either language.
ANONYMITY = {
    "organisation": "organisation",
    "organization": "organisation",
    "organisatie": "organisation",
    "sector": "sector",
}


@main.command(name="export", help=h("export"))
@click.help_option("-h", "--help", help=h("opt.help"))
@click.argument("session", required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "html", "docx"]),
    help=h("opt.format"),
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help=h("opt.output"),
)
@click.option(
    "--lang",
    "minutes_lang",
    type=click.Choice(["nl", "en"]),
    help=h("opt.minutes_lang"),
    callback=_speak,
)
@click.option(
    "--anonymous",
    metavar="[=sector]",
    is_flag=False,
    flag_value="organisation",
    default=None,
    help=h("opt.anonymous"),
)
@click.option("--full", is_flag=True, help=h("opt.full"))
@click.option("--force", is_flag=True, help=h("opt.force"))
@db_option
@pass_context
@friendly
def export(
    obj: Context,
    session: str | None,
    fmt: str | None,
    output: str | None,
    minutes_lang: str | None,
    anonymous: str | None,
    full: bool,
    force: bool,
) -> None:
    """Write the minutes of SESSION (a slug, or a session file) as Markdown, JSON or HTML."""
    from facilitator.export.anonymity import FULL
    from facilitator.export.command import ExportError, export_session, format_for, report
    from facilitator.export.write import is_stream

    if full:
        if anonymous is not None:
            fail(T(obj.lang, "full_and_anonymous"), 2)
        if format_for(fmt, output) != "json":
            fail(T(obj.lang, "full_not_json"), 2)
        anonymous = FULL

    if anonymous is not None and not full:
        chosen = ANONYMITY.get(anonymous.strip().lower())
        if chosen is None and session is None:
            # ``export --anonymous twente``: the option took the session for its value.
            session, chosen = anonymous, "organisation"
        if chosen is None:
            fail(T(obj.lang, "bad_anonymous", value=anonymous), 2)
        anonymous = chosen
    streamed = output is not None and output != "-" and is_stream(Path(output))
    store = obj.open_store(create=names_a_file(session))
    try:
        found = resolve_session(obj, store, session)
        try:
            result = export_session(
                store,
                found,
                fmt=fmt,
                output=output,
                lang=minutes_lang or obj.forced_lang,
                anonymous=anonymous,
                force=force,
            )
        except ExportError as exc:
            fail(exc.message(obj.lang))
    finally:
        store.close()
    if result.path is None:
        if isinstance(result.text, bytes) and sys.stdout.isatty():
            fail(T(obj.lang, "binary"))
        click.echo(result.text, nl=False)
    elif not streamed:  # a stream may be standard output itself
        click.echo(report(result, obj.lang))
    _other_suffix(obj, fmt, result.path)


def _other_suffix(obj: Context, fmt: str | None, path: Path | None) -> None:
    """Say so when ``--format`` wrote a file whose name promises another format
    (``--format md -o verslag.json``); the file is written as asked."""
    from facilitator.export.command import SUFFIXES

    if fmt is None or path is None:
        return
    named = SUFFIXES.get(path.suffix.lower())
    if named is not None and named != fmt:
        said = T(obj.lang, "other_suffix", file=path, fmt=fmt, suffix=path.suffix)
        click.echo(said, err=True)


@main.command(help=h("new"))
@click.help_option("-h", "--help", help=h("opt.help"))
@lang_option_saying(h("opt.lang_new"))
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--invitees", type=click.Path(path_type=Path), help=h("opt.invitees"))
@click.option("--title", help=h("q.title"))
@click.option("--region", help=h("q.region"))
@click.option("--date", "date_", metavar="DATE", help=h("q.date"))
@click.option("--start", help=h("q.start"))
@click.option("--end", help=h("q.end"))
@click.option("--location", help=h("q.location"))
@click.option("--chatham-house/--no-chatham-house", default=None, help=h("q.chatham"))
@click.option("--replace", is_flag=True, help=h("opt.replace"))
@pass_context
@friendly
def new(
    obj: Context,
    file: Path,
    invitees: Path | None,
    title: str | None,
    region: str | None,
    date_: str | None,
    start: str | None,
    end: str | None,
    location: str | None,
    chatham_house: bool | None,
    replace: bool,
) -> None:
    """Write a new session file from a few questions, or from a list of invitees."""
    from dataclasses import replace as _replace

    from facilitator.domain.plan import DEFAULT_SECTORS
    from facilitator.sessionfile import SessionFileError, load_session_file
    from facilitator.sessionfile.locate import KeyPath
    from facilitator.sessionfile.new import (
        Invitee,
        InviteeError,
        SessionDraft,
        answer_problems,
        date_has_time,
        read_invitees,
        session_toml,
    )

    lang = obj.lang
    _refuse_target(file, replace, lang, obj.db_path)  # before any question: nothing in vain
    people: list[Invitee] = []
    if invitees is not None:
        try:
            people = read_invitees(invitees, lang)
        except InviteeError as exc:
            fail(f"{exc}\n{T(lang, 'invitees_bad')}", 2)

    draft = SessionDraft(title="", region="", date="", start="", language=lang)

    def refuse(wrong: dict[str, list[str]]) -> None:
        """Options whose answers the reader refuses (by option, its problems), if any:
        each named with its option, and nothing written."""
        lines = [f"--{key}: {problem}" for key, problems in wrong.items() for problem in problems]
        if lines:
            said = T(lang, "new_bad_option" if len(wrong) == 1 else "new_bad_options")
            fail("\n".join([*lines, said]), 2)

    # The answers given as options are checked before any question is asked, as the
    # answers typed are: a wrong one writes nothing.
    given = {"title": title, "region": region, "date": date_, "start": start, "end": end}
    # A control character is left out of an option as of an answer typed (see ask_line)
    typed: dict[str, Any] = {k: typed_line(v) for k, v in given.items() if v is not None}
    answered = _replace(draft, **typed)
    refuse(
        {key: problems for key in typed if (problems := answer_problems(answered, (key,), lang))}
    )

    def checked(path: KeyPath, **answer: Any) -> list[str]:
        """What the session-file reader would say about this answer, with those before it."""
        return answer_problems(_replace(draft, **answer), path, lang)

    def ask(
        value: str | None,
        key: str,
        *,
        optional: bool = False,
        check: Callable[[str], list[str]] | None = None,
    ) -> str:
        if value is not None:
            text = typed_line(str(value))
            # checked again with the answers typed before it (an end against a start typed)
            refuse({key.removeprefix("q."): check(text) if check is not None and text else []})
            return text
        while True:
            text = typed_line(ask_line(h_in(lang, key)))
            if not text and not optional:
                click.echo(h_in(lang, "q.required"))
                continue
            problems = check(text) if check is not None and text else []
            if not problems:
                return text
            for problem in problems:
                click.echo(sentence(problem))

    try:
        draft.title = ask(title, "q.title", check=lambda t: checked(("title",), title=t))
        draft.region = ask(region, "q.region", check=lambda t: checked(("region",), region=t))
        draft.date = ask(date_, "q.date", check=lambda t: checked(("date",), date=t))
        if start is not None or not date_has_time(draft.date):  # else the date says it
            draft.start = ask(start, "q.start", check=lambda t: checked(("start",), start=t))
    except EndOfInput:  # answers missing, as an option refused: no interruption (130)
        click.echo()
        fail(T(lang, "new_ended_early"), 2)
    except (KeyboardInterrupt, click.Abort):
        click.echo()
        fail(T(lang, "new_interrupted"), 130)
    # From here on the end of the input (ctrl+d, or none at all: every option given and
    # no terminal) writes what was answered; the questions left take their defaults.
    typing: list[str] = []  # the answers about a participant not complete yet
    adding = False  # at the participants: the end of the input ends them, and that is all
    try:
        draft.end = ask(end, "q.end", optional=True, check=lambda t: checked(("end",), end=t))
        draft.location = ask(location, "q.location", optional=True)
        if chatham_house is None:
            draft.chatham_house = yes_no(lang, h_in(lang, "q.chatham"), default=False)
        else:
            draft.chatham_house = chatham_house
        if invitees is None:
            labels = [s.en if lang == "en" else s.nl for s in DEFAULT_SECTORS]
            sectors = ", ".join(labels)

            def name_problems(name: str) -> list[str]:  # the name of the next participant
                typed = Invitee(name, "", "")
                return checked(("participants", len(people), "name"), participants=[*people, typed])

            adding = True
            while yes_no(lang, h_in(lang, "q.more" if people else "q.first"), default=not people):
                typing = [ask(None, "q.name", check=name_problems)]
                typing.append(ask(None, "q.organisation"))
                typing.append(choose_sector(lang, h_in(lang, "q.sector", sectors=sectors), sectors))
                typing.append(ask(None, "q.role", optional=True))
                people.append(Invitee(*typing))
                typing = []
    except EndOfInput:
        click.echo()
        if typing:
            click.echo(T(lang, "new_ended_half", name=typing[0]))
        elif not adding:
            click.echo(T(lang, "new_ended_skipped"))
    except (KeyboardInterrupt, click.Abort):
        click.echo()
        fail(T(lang, "new_interrupted"), 130)
    draft.participants = people
    from facilitator.export.write import write_atomic
    from facilitator.i18n.oserrors import make_folder

    text = session_toml(draft)
    try:
        make_folder(file.parent)  # as export -o makes them
        # atomic: a full disk leaves no half file, and never destroys the one replaced
        write_atomic(file, text, overwrite=replace)
    except FileExistsError:
        fail(T(lang, "exists", file=file))
    except OSError as exc:
        click.echo(T(lang, "cannot_write", file=file, error=os_reason(exc)), err=True)
        click.echo(T(lang, "kept_below"), err=True)
        click.echo(text, nl=False)  # the answers typed, whole, to save elsewhere
        sys.exit(1)
    try:
        plan = load_session_file(file, lang=lang)
    except SessionFileError as exc:
        click.echo(T(lang, "written_bad", file=file), err=True)
        fail("\n".join(str(problem) for problem in exc.problems), 2)
    participants = counted(len(plan.participants), T(lang, "count.participants"), lang)
    items = counted(len(plan.agenda), T(lang, "count.items"), lang)
    click.echo(T(lang, "written", file=file, participants=participants, items=items))
    for message in plan_warnings(plan, lang, file):
        click.echo(T(lang, "warning", message=message))


def _refuse_target(file: Path, replace: bool, lang: str, database: Path) -> None:
    """Refuse a place ``new`` cannot write its file to, before it asks anything: a folder,
    a database (any SQLite database, with ``--replace`` or without, said as one: ``new``
    reads none; and ``database``, the one the other commands use, or a file of it), a file
    that is there (without ``--replace``), a file where a folder of the path should be, a
    folder that may not be written to. Folders not there yet are made when the file is
    written, as ``export -o`` makes them."""
    from facilitator.export.write import refuse_database

    if file.is_dir():
        example = file / T(lang, "example_file")
        fail(T(lang, "is_folder", file=file, example=example))
    try:
        refuse_database(file)  # an SQLite database, the one named by --db too
        refuse_database(file, database)
    except OSError as exc:
        fail(T(lang, "cannot_write", file=file, error=os_reason(exc)))
    if os.path.lexists(file) and not replace:
        fail(T(lang, "exists", file=file))
    folder = file.parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent  # the first folder of the path that is there
    reason: OsReason | None = None
    if not folder.is_dir():
        reason = os_reason(NotAFolderError(errno.ENOTDIR, "Not a directory", str(folder)))
    elif not os.access(folder, os.W_OK | os.X_OK):
        read_only = _read_only_disk(folder)
        number = errno.EROFS if read_only else errno.EACCES
        reason = OsReason(number, os.strerror(number))
    if reason is not None:
        fail(T(lang, "cannot_write", file=file, error=reason))


def _read_only_disk(folder: Path) -> bool:
    """Whether ``folder`` is on a disk mounted read only (a write-protected stick)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows)
        return False


def sentence(problem: str) -> str:
    """A problem the session-file reader words, said as a sentence of its own."""
    return problem[:1].upper() + problem[1:] + ("" if problem.endswith(".") else ".")


def line_editing() -> None:
    """Have the questions read on a terminal with line editing: ←, →, Home, End and the
    answers before with ↑, as in a shell. Python's ``input()`` edits the line once
    ``readline`` is loaded; where there is none (Windows, whose console edits the line
    itself), the keys it does not read are left out of the answer by ``typed_line``."""
    if not sys.stdin.isatty():
        return
    try:
        import readline  # noqa: F401  (loading it is what turns line editing on)
    except ImportError:
        pass


class EndOfInput(Exception):
    """The input of the questions ended (ctrl+d; no terminal and nothing more to read)."""


def ask_line(question: str) -> str:
    """The line typed after ``question``; :class:`EndOfInput` at the end of the input,
    which click.prompt would take for a ctrl+c. On a terminal the line is edited with the
    arrow keys (:func:`line_editing`); what it holds is the caller's to clean
    (:func:`facilitator.text.typed_line`)."""
    line_editing()
    try:
        return click.termui.visible_prompt_func(f"{question}: ")
    except EOFError:
        raise EndOfInput from None


def yes_no(lang: str, question: str, *, default: bool) -> bool:
    """A yes-or-no question in ``lang``: ja/nee, j/n, yes/no, y/n; Enter takes the default."""
    hint = HELP(lang, "q.yes_no_default_yes" if default else "q.yes_no_default_no")
    while True:
        answer = ask_line(f"{question} {hint}")
        word = typed_line(answer).lower()
        if not word:
            return default
        if word in ("j", "ja", "y", "yes"):
            return True
        if word in ("n", "nee", "no"):
            return False
        click.echo(HELP(lang, "q.yes_no_again"))


def choose_sector(lang: str, question: str, labels: str) -> str:
    """The key of the sector answered: its key or its Dutch or English label, in any case,
    as a session file takes it; asked again (in ``lang``) until the answer is one."""
    from facilitator.sessionfile.participants import sector_key

    while True:
        answer = typed_line(ask_line(question))
        if not answer:
            click.echo(HELP(lang, "q.required"))
            continue
        key = sector_key(answer)
        if key is not None:
            return key
        click.echo(HELP(lang, "q.not_a_choice", answer=answer, choices=labels))


def h_in(lang: str, key: str, **fields: object) -> str:
    """A question or help text in the command's language (not the environment's)."""
    return HELP(lang, key, **fields)


SYNTHESIS_HELP = Catalog(
    {
        "synthesis": (
            "Schrijf een synthese van rondetafels: terugkerende thema's, acties per trekker, "
            "wat openstaat, waar de provincie waarde kan toevoegen en de deelname. SESSIE: "
            "slugs of sessiebestanden (standaard: elke gesloten sessie, een rondetafel die "
            "twee keer is gehouden één keer).",
            "Write a synthesis of round tables: recurring themes, actions by owner, what is "
            "still open, where the province can add value, and participation. SESSION: slugs "
            "or session files (default: every closed session, a round table held twice "
            "once).",
        ),
        "opt.format": (
            "Markdown (standaard), JSON (zie docs/synthesis-schema.json) of een afdrukbare "
            "HTML-pagina.",
            "Markdown (default), JSON (see docs/synthesis-schema.json) or a printable HTML page.",
        ),
        "opt.output": (
            "Waar naartoe ('-': standaarduitvoer; standaard: minutes/synthese.<ext> hier, of "
            "minutes/synthesis.<ext> voor een Engelse synthese).",
            "Where to write ('-': standard output; default: minutes/synthese.<ext> here, or "
            "minutes/synthesis.<ext> for an English synthesis).",
        ),
        "opt.lang": (
            "Taal van de synthese (standaard: die van de eerste sessie) en van de meldingen "
            "(standaard: $FACILITATOR_LANG, anders de landinstelling).",
            "Language of the synthesis (default: that of the first session) and of the "
            "messages (default: $FACILITATOR_LANG, else the locale).",
        ),
        "opt.anonymous": (
            "Noem organisaties en sectoren, nooit personen.",
            "Name organisations and sectors, never people.",
        ),
        "opt.as_of": (
            'De dag waarop de synthese de stand opmaakt (2021-01-20, "20 jan 2021"): acties '
            "met een eerdere deadline zijn verlopen (standaard: vandaag).",
            'The day the synthesis holds for (2021-01-20, "20 Jan 2021"): actions due before '
            "it are past due (default: today).",
        ),
        "bad_as_of": (
            "Kan '{value}' niet lezen als datum bij --as-of; geef bijvoorbeeld 2021-01-20 of "
            '"20 januari 2021".',
            "Cannot read '{value}' as a date for --as-of; give e.g. 2021-01-20 or "
            '"20 January 2021".',
        ),
        "as_of_year": (
            "--as-of {value}: het jaar {year} ligt buiten {first}–{last}; geef bijvoorbeeld "
            "2021-01-20.",
            "--as-of {value}: the year {year} is outside {first}–{last}; give e.g. 2021-01-20.",
        ),
    }
)


@main.command(help=SYNTHESIS_HELP(default_lang(), "synthesis"))
@click.help_option("-h", "--help", help=h("opt.help"))
@click.argument("sessions", nargs=-1, metavar="[SESSION]...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "html"]),
    help=SYNTHESIS_HELP(default_lang(), "opt.format"),
)
@click.option("-o", "--output", metavar="FILE", help=SYNTHESIS_HELP(default_lang(), "opt.output"))
@click.option(
    "--lang",
    "report_lang",
    type=click.Choice(["nl", "en"]),
    help=SYNTHESIS_HELP(default_lang(), "opt.lang"),
    callback=_speak,
)
@click.option("--anonymous", is_flag=True, help=SYNTHESIS_HELP(default_lang(), "opt.anonymous"))
@click.option("--force", is_flag=True, help=h("opt.force"))
@click.option("--as-of", "as_of", metavar="DATE", help=SYNTHESIS_HELP(default_lang(), "opt.as_of"))
@db_option
@pass_context
@friendly
def synthesis(
    obj: Context,
    sessions: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    report_lang: str | None,
    anonymous: bool,
    force: bool,
    as_of: str | None,
) -> None:
    """Write a synthesis of round tables (default: every closed session)."""
    from facilitator.domain.years import FIRST_YEAR, LAST_YEAR
    from facilitator.export.write import is_stream
    from facilitator.synthesis.command import (
        SynthesisError,
        make_synthesis,
        report,
        write_synthesis,
    )

    day: date | None = None
    if as_of is not None:
        lang = obj.lang
        day = option_day(
            "--as-of",
            as_of,
            lang,
            lambda: SYNTHESIS_HELP(lang, "bad_as_of", value=as_of),
            lambda year: SYNTHESIS_HELP(
                lang, "as_of_year", value=as_of, year=year, first=FIRST_YEAR, last=LAST_YEAR
            ),
        )
    streamed = output is not None and output != "-" and is_stream(Path(output))
    store = obj.open_store(create=any(names_a_file(s) for s in sessions))
    try:
        chosen = sessions_to_sum_up(
            obj,
            store,
            sessions,
            lambda slugs: advised(
                obj,
                "facilitator synthesis",
                *slugs,
                *(("--format", fmt) if fmt else ()),
                *(("-o", output) if output is not None else ()),
                *(("--as-of", as_of) if as_of is not None else ()),
                "--anonymous" if anonymous else None,
                "--force" if force else None,
            ),
        )
        try:
            made = make_synthesis(
                store,
                chosen,
                lang=report_lang or obj.forced_lang,
                anonymous=anonymous,
                as_of=day,
            )
            result = write_synthesis(made, fmt=fmt, output=output, force=force, database=store.path)
        except SynthesisError as exc:
            fail(exc.message(obj.lang, app_keys(obj.lang)))
    finally:
        store.close()
    if result.path is None:
        click.echo(result.text, nl=False)
    elif not streamed:  # a stream may be standard output itself
        click.echo(report(result, obj.lang))
    _other_suffix(obj, fmt, result.path)


MERGE_WORDS = Catalog(
    {
        "import_db": (
            "Voeg een andere facilitator-database samen met deze: elke sessie die hier nog niet "
            "is, met alles wat erin is vastgelegd. ANDERE.db zelf wordt niet veranderd. Eindigt "
            "met exitcode 1 als een sessie niet samengevoegd kon worden (de rest wel).",
            "Merge another facilitator database into this one: every session not here yet, "
            "with everything recorded in it. OTHER.db itself is not changed. Ends with exit "
            "code 1 when a session could not be merged (the rest is).",
        ),
        "added": ("Toegevoegd: {slug}", "Added: {slug}"),
        "renamed": (
            "Toegevoegd als {slug} (de slug {theirs} was hier al in gebruik)",
            "Added as {slug} (the slug {theirs} was already taken here)",
        ),
        "skipped": ("Al aanwezig, overgeslagen: {slug}", "Already here, skipped: {slug}"),
        "updated": (
            "Bijgewerkt: {slug} ({count} daar; hier was er sindsdien niets aan veranderd)",
            "Brought up to date: {slug} ({count} there; nothing had changed here since)",
        ),
        "diverged": (
            "Niet samengevoegd: {slug} is zowel hier ({here}) als daar ({there}) veranderd "
            "sinds ze uit elkaar gingen; de sessie hier blijft zoals ze is. Wat daar "
            "veranderde: facilitator history {their_slug} --db {other}",
            "Not merged: {slug} was changed both here ({here}) and there ({there}) since they "
            "went apart; the session here stays as it is. What changed there: facilitator "
            "history {their_slug} --db {other}",
        ),
        "set_aside": (
            "Het plan {slug} hier (nooit geopend, niets vastgelegd) heet nu {aside}: de "
            "gehouden tafel die binnenkwam houdt de naam {slug}.",
            "The plan {slug} here (never opened, nothing recorded) is now {aside}: the held "
            "table merged in keeps the name {slug}.",
        ),
        "same_table": (
            "let op: {slug} is dezelfde rondetafel als {first} (zelfde regio, datum en titel): "
            "twee keer gehouden, of op twee laptops vastgelegd. 'facilitator synthesis' telt "
            "hem één keer, als {first}; noem de sessies om {slug} te tellen in plaats daarvan.",
            "warning: {slug} is the same round table as {first} (same region, date and title): "
            "held twice, or recorded on two laptops. 'facilitator synthesis' counts it once, as "
            "{first}; name the sessions to count {slug} instead.",
        ),
        "merged": (
            "{added} toegevoegd aan {db}, {updated} bijgewerkt, {skipped} al aanwezig, "
            "{diverged} niet samengevoegd.",
            "{added} added to {db}, {updated} brought up to date, {skipped} already here, "
            "{diverged} not merged.",
        ),
        "review_left": (
            "let op: de review van de synthese op die laptop plaatste {cards} van {slug}, dat "
            "hier al was; die keuzes zijn niet meegekomen (de review van een sessie die er al "
            "was blijft zoals hij hier is). Loop de thema's hier na met "
            "'facilitator run --synthesis'.",
            "warning: the review of the synthesis on that laptop placed {cards} of {slug}, "
            "which was here already; those choices were not brought along (the review of a "
            "session that was here stays as it is here). Review the themes here with "
            "'facilitator run --synthesis'.",
        ),
        "n.cards": ("kaart|kaarten", "card|cards"),
        "n.later": ("latere wijziging|latere wijzigingen", "later change|later changes"),
        "n.changes": ("wijziging|wijzigingen", "change|changes"),
        "n.sessions": ("sessie|sessies", "session|sessions"),
    }
)


@main.command(name="import-db", help=MERGE_WORDS(default_lang(), "import_db"))
@click.help_option("-h", "--help", help=h("opt.help"))
@click.argument("other", metavar="OTHER.db", type=click.Path(path_type=Path))
@db_option
@lang_option
@pass_context
@friendly
def import_db(obj: Context, other: Path) -> None:
    """Merge another facilitator database into this one."""
    from facilitator.store.merge import merge_from, read_other

    # the other database first: refused, it leaves no new empty database behind; nor
    # does a merge refused after this database was made for it
    with read_other(other, here=obj.db_path) as theirs, NewDatabase(obj.db_path) as new:
        try:
            store = obj.open_store(create=True)
            try:
                result = merge_from(store, theirs, origin=obj.origin)
                new.saved = True
            finally:
                store.close()
        except StoreError as exc:
            if exc.key == "locked":  # no change was being saved: a merge, taken back whole
                raise StoreError("merge_locked", **exc.values) from exc
            raise
    for slug, aside in result.set_aside:
        click.echo(MERGE_WORDS(obj.lang, "set_aside", slug=slug, aside=aside))
    renamed = dict((here, theirs) for theirs, here in result.renamed)
    for slug in result.added:
        if slug in renamed:
            click.echo(MERGE_WORDS(obj.lang, "renamed", slug=slug, theirs=renamed[slug]))
        else:
            click.echo(MERGE_WORDS(obj.lang, "added", slug=slug))
    for slug, first in result.same_table:
        click.echo(MERGE_WORDS(obj.lang, "same_table", slug=slug, first=first))
    for slug, count in result.updated:
        later = counted(count, MERGE_WORDS(obj.lang, "n.later"), obj.lang)
        click.echo(MERGE_WORDS(obj.lang, "updated", slug=slug, count=later))
    for slug in result.skipped:
        click.echo(MERGE_WORDS(obj.lang, "skipped", slug=slug))
    for slug, placed in result.review_left:
        cards = counted(placed, MERGE_WORDS(obj.lang, "n.cards"), obj.lang)
        click.echo(MERGE_WORDS(obj.lang, "review_left", slug=slug, cards=cards), err=True)
    for slug, their_slug, here, there in result.diverged:
        click.echo(
            MERGE_WORDS(
                obj.lang,
                "diverged",
                slug=slug,
                their_slug=their_slug,
                here=counted(here, MERGE_WORDS(obj.lang, "n.changes"), obj.lang),
                there=counted(there, MERGE_WORDS(obj.lang, "n.changes"), obj.lang),
                other=other,
            )
        )
    click.echo(
        MERGE_WORDS(
            obj.lang,
            "merged",
            added=counted(len(result.added), MERGE_WORDS(obj.lang, "n.sessions"), obj.lang),
            updated=len(result.updated),
            skipped=len(result.skipped),
            diverged=len(result.diverged),
            db=obj.db_path,
        )
    )
    if result.diverged:  # the rest is merged, but a script must be able to tell
        sys.exit(1)


def _add_later_commands() -> None:
    """The commands after the regional tables live in their own module."""
    from facilitator.cli_wrapup import carry_forward, wrap_up

    main.add_command(carry_forward)
    main.add_command(wrap_up)


_add_later_commands()
