"""What ``facilitator serve`` says, in the terminal and in the browser, in Dutch and English."""

from __future__ import annotations

from facilitator.i18n import Catalog, TranslatedError

WORDS = Catalog(
    {
        "serving": (
            "'{title}' is te openen in een browser. Open deze link (of scan de QR-code):",
            "'{title}' can be opened in a browser. Open this link (or scan the QR code):",
        ),
        "who": (
            "Wie de link heeft, kan de sessie bedienen en erin typen: deel hem alleen met wie "
            "meedoet. De link geldt tot serve stopt; stop met Ctrl+C.",
            "Whoever has the link can drive the session and type into it: share it only with "
            "those taking part. The link holds until serve stops; stop with Ctrl+C.",
        ),
        "who_wall": (
            "Deze link toont alleen het scherm voor de zaal; wie hem heeft, kan meekijken "
            "maar niets veranderen. De link geldt tot serve stopt; stop met Ctrl+C.",
            "This link shows only the screen for the room; whoever has it can watch but "
            "change nothing. The link holds until serve stops; stop with Ctrl+C.",
        ),
        "wall": (
            "Voor de beamer: deze link toont alleen het scherm voor de zaal, om te lezen; "
            "vanuit die pagina is niets te veranderen:",
            "For the projector: this link shows only the screen for the room, to read; "
            "nothing can be changed from that page:",
        ),
        "open_network": (
            "let op: serve luistert op {host}, niet alleen op deze computer. Iedereen op dit "
            "netwerk die de link heeft, kan de sessie openen en erin typen; het verkeer is niet "
            "versleuteld (http). Gebruik dit alleen op een netwerk dat u vertrouwt.",
            "warning: serve listens on {host}, not only on this computer. Anyone on this "
            "network who has the link can open the session and type into it; the traffic is "
            "not encrypted (http). Use this only on a network you trust.",
        ),
        "stopped": ("Gestopt; de sessie staat in {db}.", "Stopped; the session is in {db}."),
        "page.title": ("facilitator", "facilitator"),
        "page.starting.facilitator": ("De console start…", "Starting the console…"),
        "page.starting.notetaker": (
            "Het scherm van de notulist start…",
            "Starting the note-taker's screen…",
        ),
        "page.starting.wall": ("Het scherm voor de zaal start…", "Starting the wall…"),
        "page.start": ("Start", "Start"),
        "page.ended": (
            "De verbinding is gesloten. Alles wat is vastgelegd, is bewaard.",
            "The connection is closed. Everything recorded is saved.",
        ),
        "page.restart": ("Opnieuw openen", "Open again"),
        "page.opening": ("De sessie wordt geopend…", "Opening the session…"),
        "page.open": ("Open de sessie", "Open the session"),
        "page.no_token": (
            "Deze pagina vraagt om het toegangstoken. Open de volledige link die "
            "'facilitator serve' bij het starten toonde (met ?token=…); na een herstart geldt "
            "een nieuwe link.",
            "This page needs the access token. Open the full link that 'facilitator serve' "
            "showed when it started (with ?token=…); after a restart a new link applies.",
        ),
        "page.wall_only": (
            "Deze link opent alleen het scherm voor de zaal, op /wall. Voor de console is "
            "de hoofdlink nodig die 'facilitator serve' bij het starten toonde.",
            "This link opens only the screen for the room, at /wall. The console needs the "
            "main link that 'facilitator serve' showed when it started.",
        ),
        "page.foreign": (
            "Geweigerd: dit verzoek komt niet van de pagina van deze sessie.",
            "Refused: this request does not come from this session's own page.",
        ),
        "page.not_websocket": (
            "Dit adres is de websocket van de sessiepagina, geen pagina om te openen. Open "
            "de link die 'facilitator serve' bij het starten toonde.",
            "This address is the session page's websocket, not a page to open. Open the "
            "link that 'facilitator serve' showed when it started.",
        ),
        "page.wrong_host": (
            "Geweigerd: deze server is alleen te bereiken als 127.0.0.1 of localhost.",
            "Refused: this server answers only as 127.0.0.1 or localhost.",
        ),
    }
)


class ServeError(TranslatedError):
    """The server could not start: a message naming what and where."""

    MESSAGES = Catalog(
        {
            "port_in_use": (
                "Poort {port} op {host} is al in gebruik. Kies een andere met --port (of "
                "--port 0 voor een vrije).",
                "Port {port} on {host} is already in use. Choose another with --port (or "
                "--port 0 for a free one).",
            ),
            "port_denied": (
                "Poort {port} op {host} mag dit programma niet gebruiken (poorten onder 1024 "
                "zijn voorbehouden). Kies een andere met --port.",
                "This program may not use port {port} on {host} (ports below 1024 are "
                "reserved). Choose another with --port.",
            ),
            "no_such_host": (
                "Kan niet luisteren op {host}: dat adres hoort niet bij deze computer of is "
                "onbekend ({reason}). Laat --host weg voor alleen deze computer.",
                "Cannot listen on {host}: that address does not belong to this computer or is "
                "unknown ({reason}). Leave out --host for this computer only.",
            ),
            "bad_port": (
                "Poort {port} bestaat niet; kies een getal van 0 tot en met 65535.",
                "Port {port} does not exist; choose a number from 0 to 65535.",
            ),
        }
    )
