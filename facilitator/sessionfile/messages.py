"""The messages of the session-file reader, in Dutch and English.

Each problem found in a session file is one of these, formatted with the
values concerned; ``t_*`` name the TOML types, ``exp_*`` say what was
expected, ``wd0``..``wd6`` are the weekdays (Monday first).
"""

from __future__ import annotations

from facilitator.i18n import Catalog
from facilitator.i18n.dates import WEEKDAYS

MESSAGES = Catalog(
    {
        # -- reading the file --------------------------------------------------
        "file_not_found": ("bestand niet gevonden", "file not found"),
        "is_directory": (
            "is een map; verwacht een sessiebestand (.toml)",
            "is a directory; expected a session file (.toml)",
        ),
        "not_regular": (
            "is geen gewoon bestand maar {kind}; verwacht een sessiebestand (.toml)",
            "is not a regular file but {kind}; expected a session file (.toml)",
        ),
        "k_fifo": ("een named pipe (FIFO)", "a named pipe (FIFO)"),
        "k_device": ("een apparaat", "a device"),
        "k_socket": ("een socket", "a socket"),
        "k_special": ("iets anders", "something else"),
        "unreadable": (
            "kan het bestand niet lezen ({detail})",
            "cannot read the file ({detail})",
        ),
        "too_big": (
            "het bestand is groter dan {limit} MB; een sessiebestand is een paar kilobyte "
            "(is dit het goede bestand?)",
            "the file is larger than {limit} MB; a session file is a few kilobytes (is this "
            "the right file?)",
        ),
        "not_utf8": (
            "geen UTF-8-tekst (ongeldige byte in kolom {column}); sla het bestand op als UTF-8",
            "not UTF-8 text (invalid byte at column {column}); save the file as UTF-8",
        ),
        "bad_toml": ("geen geldige TOML: {detail}", "not valid TOML: {detail}"),
        "bad_toml_at": (
            "geen geldige TOML in kolom {column}: {detail}",
            "not valid TOML at column {column}: {detail}",
        ),
        "smart_quotes": (
            '; gebruik rechte aanhalingstekens " in plaats van “ ”',
            '; use straight quotes " instead of curly quotes “ ”',
        ),
        "too_deep": (
            "te diep genest; verwacht een eenvoudig sessiebestand",
            "nested too deeply; expected a plain session file",
        ),
        "internal": (
            "kan dit sessiebestand niet lezen: interne fout ({detail})",
            "cannot read this session file: internal error ({detail})",
        ),
        # -- generic ---------------------------------------------------------
        "missing": ("ontbreekt; verwacht {expected}", "missing; expected {expected}"),
        "empty": ("is leeg; verwacht {expected}", "is empty; expected {expected}"),
        "wrong_type": (
            "verwacht {expected}, maar dit is {got}",
            "expected {expected}, got {got}",
        ),
        "unknown_key_suggest": (
            "onbekende sleutel '{key}'; bedoelt u '{suggestion}'?",
            "unknown key '{key}'; did you mean '{suggestion}'?",
        ),
        "unknown_key": (
            "onbekende sleutel '{key}'; verwacht een van: {known}",
            "unknown key '{key}'; expected one of: {known}",
        ),
        "bad_slug": (
            "'{value}' is geen geldige sleutel; verwacht kleine letters, cijfers en "
            "streepjes, zoals '{suggestion}'",
            "'{value}' is not a valid key; expected lower-case letters, digits and "
            "hyphens, like '{suggestion}'",
        ),
        # -- types and expectations -----------------------------------------
        "t_str": ("tekst", "a string"),
        "t_int": ("een geheel getal", "an integer"),
        "t_float": ("een kommagetal", "a float"),
        "t_bool": ("true of false", "a boolean"),
        "t_date": ("een datum", "a date"),
        "t_time": ("een tijd", "a time"),
        "t_datetime": ("een datum met tijd", "a date with a time"),
        "t_array": ("een lijst", "an array"),
        "t_table": ("een tabel", "a table"),
        "t_other": ("een onbekend type", "an unknown type"),
        "exp_text": ("tekst tussen aanhalingstekens", "a text in quotes"),
        "exp_title": (
            'een titel, zoals "Rondetafel mbo 2/3 — Twente"',
            'a title, like "Rondetafel mbo 2/3 — Twente"',
        ),
        "exp_region": ('een regio, zoals "Twente"', 'a region, like "Twente"'),
        "exp_name": ('een naam, zoals "Ans Jansen"', 'a name, like "Ans Jansen"'),
        "exp_organisation": (
            'een organisatie, zoals "ROC van Twente"',
            'an organisation, like "ROC van Twente"',
        ),
        "exp_sector": (
            "een sector, een van: {known}",
            "a sector, one of: {known}",
        ),
        "exp_agenda_title": (
            'een titel voor het agendapunt, zoals "Stage- en bbl-plaatsen"',
            'a title for the agenda item, like "Stage- en bbl-plaatsen"',
        ),
        "exp_sector_key": (
            "een korte sleutel van kleine letters, cijfers en streepjes",
            "a short key of lower-case letters, digits and hyphens",
        ),
        "exp_key": (
            'een sleutel van kleine letters, cijfers en streepjes, zoals "twente-2020-10"',
            'a key of lower-case letters, digits and hyphens, like "twente-2020-10"',
        ),
        "exp_bool": (
            "true of false (zonder aanhalingstekens)",
            "true or false (without quotes)",
        ),
        "exp_date": (
            'een datum, zoals "dinsdag 6 oktober 2020", "6 okt 2020" of 2020-10-06',
            'a date, like "Tuesday 6 October 2020", "October 6, 2020" or 2020-10-06',
        ),
        "exp_time": (
            'een tijd, zoals "14:00", "14.00 uur" of "14u30"',
            'a time, like "14:00", "2 pm" or "2:30 p.m."',
        ),
        "exp_minutes": (
            "een geheel aantal minuten groter dan 0, zoals 20",
            "a whole number of minutes greater than 0, like 20",
        ),
        "exp_speech_minutes": (
            "een aantal minuten groter dan 0, zoals 3 of 2.5",
            "a number of minutes greater than 0, like 3 or 2.5",
        ),
        "exp_tags": (
            'een lijst van woorden, zoals ["stage", "bbl", "llo"]',
            'a list of words, like ["stage", "bbl", "llo"]',
        ),
        "exp_tag": (
            "één woord van letters, cijfers en streepjes, zoals '{suggestion}'",
            "one word of letters, digits and hyphens, like '{suggestion}'",
        ),
        "exp_carry_forward": (
            'een lijst van sessies, zoals ["twente-2020-10"], of "region" of "all"',
            'a list of sessions, like ["twente-2020-10"], or "region" or "all"',
        ),
        "exp_board_column": ('"barrier" of "opportunity"', '"barrier" or "opportunity"'),
        "exp_card_number": ("een heel getal vanaf 1", "a whole number from 1"),
        "exp_thesaurus": (
            'een tabel van woordenlijsten, zoals stage = ["snuffelstage", "proefplaats"]',
            'a table of word lists, like stage = ["snuffelstage", "proefplaats"]',
        ),
        "exp_thesaurus_words": (
            'een lijst van woorden, zoals stage = ["snuffelstage", "proefplaats"]',
            'a list of words, like stage = ["snuffelstage", "proefplaats"]',
        ),
        "top_key_in_block": (
            "'{key}' hoort bovenaan het bestand, vóór het eerste [[…]]-blok; hier is het een "
            "sleutel van het blok erboven (verwacht een van: {known})",
            "'{key}' belongs at the top of the file, before the first [[…]] block; here it is a "
            "key of the block above it (expected one of: {known})",
        ),
        "exp_thesaurus_word": (
            "een woord of een paar woorden, zoals 'snuffelstage'",
            "a word or a few words, like 'snuffelstage'",
        ),
        "exp_table": ("een tabel met sleutels", "a table of keys"),
        "exp_array_of_tables": (
            "een lijst van [[{name}]]-blokken",
            "a list of [[{name}]] blocks",
        ),
        "exp_agenda": (
            "ten minste één [[agenda]]-blok met title en minutes",
            "at least one [[agenda]] block with title and minutes",
        ),
        "exp_timezone": (
            'een tijdzone, zoals "Europe/Amsterdam"',
            'a time zone, like "Europe/Amsterdam"',
        ),
        "exp_language": ("een van: nl, en", "one of: nl, en"),
        "exp_organisations": (
            'een lijst van namen, zoals ["SER Overijssel", "Rijksoverheid"]',
            'a list of names, like ["SER Overijssel", "Rijksoverheid"]',
        ),
        "too_many_participants": (
            "{count} deelnemers; een rondetafel heeft er hoogstens {limit}",
            "{count} participants; a round table has at most {limit}",
        ),
        "too_many_items": (
            "{count} agendapunten; een sessie heeft er hoogstens {limit}",
            "{count} agenda items; a session has at most {limit}",
        ),
        "too_many_organisations": (
            "{count} organisaties; er kunnen er hoogstens {limit} in de lijst",
            "{count} organisations; the list holds at most {limit}",
        ),
        "organisation_too_long": (
            "'{value}' is te lang; een naam heeft hoogstens {limit} tekens",
            "'{value}' is too long; a name has at most {limit} characters",
        ),
        "bad_organisation": (
            "'{value}': deze tekens kunnen niet in de naam van een organisatie: {chars}",
            "'{value}': these characters cannot be in an organisation's name: {chars}",
        ),
        # -- specific checks ------------------------------------------------
        "unknown_sector": (
            "onbekende sector '{value}'; verwacht een van: {known}",
            "unknown sector '{value}'; expected one of: {known}",
        ),
        "unknown_sector_suggest": (
            "onbekende sector '{value}' (misschien '{suggestion}'?); verwacht een van: {known}",
            "unknown sector '{value}' (did you mean '{suggestion}'?); expected one of: {known}",
        ),
        "minutes_not_positive": (
            "{value} minuten; verwacht een geheel aantal minuten groter dan 0, zoals 20",
            "{value} minutes; expected a whole number of minutes greater than 0, like 20",
        ),
        "minutes_not_whole": (
            "{value} is geen geheel aantal minuten; verwacht een geheel getal groter dan 0, "
            "zoals 20",
            "{value} is not a whole number of minutes; expected a whole number greater "
            "than 0, like 20",
        ),
        "minutes_too_many": (
            "{value} minuten is meer dan een dag; verwacht hoogstens {limit}",
            "{value} minutes is more than a day; expected at most {limit}",
        ),
        "speech_not_positive": (
            "{value} minuten; verwacht een aantal minuten groter dan 0, zoals 3 of 2.5",
            "{value} minutes; expected a number of minutes greater than 0, like 3 or 2.5",
        ),
        "speech_not_a_number": (
            "'{value}' is geen aantal minuten; verwacht een aantal minuten groter dan 0 en "
            "hoogstens {limit}, zoals 3 of 2.5",
            "'{value}' is not a number of minutes; expected a number of minutes greater than 0 "
            "and at most {limit}, like 3 or 2.5",
        ),
        "duplicate_name": (
            "'{value}' staat al in de lijst als {other}; noem elke deelnemer één keer",
            "'{value}' is already listed as {other}; list each participant once",
        ),
        "duplicate_key": (
            "sleutel '{value}' wordt ook gebruikt door {other}; sleutels moeten uniek zijn",
            "key '{value}' is also used by {other}; keys must be unique",
        ),
        "duplicate_title_key": (
            "'{value}' geeft dezelfde sleutel '{key}' als {other}; kies een andere "
            "titel of geef een eigen key",
            "'{value}' gives the same key '{key}' as {other}; choose another title or "
            "give it its own key",
        ),
        "duplicate_name_key": (
            "'{value}' geeft dezelfde sleutel '{key}' als {other}; kies een andere "
            "naam of geef een eigen key",
            "'{value}' gives the same key '{key}' as {other}; choose another name or "
            "give them their own key",
        ),
        "same_person": (
            "'{value}' wordt gezien als dezelfde persoon als {other}; typ de naam anders",
            "'{value}' would be taken as the same person as {other}; type the name differently",
        ),
        "where_line": ("{path} (regel {line})", "{path} (line {line})"),
        "bad_tag": (
            "'{value}' is geen geldige tag; verwacht {expected}",
            "'{value}' is not a valid tag; expected {expected}",
        ),
        "bad_date": (
            "kan '{value}' niet lezen als datum; verwacht {expected}",
            "cannot read '{value}' as a date; expected {expected}",
        ),
        "date_no_year": (
            "'{value}' heeft geen jaar; verwacht een volledige datum, zoals \"6 oktober 2020\"",
            "'{value}' has no year; expected a full date, like \"6 October 2020\"",
        ),
        "date_no_day": (
            "'{value}' heeft geen dag; verwacht een volledige datum, zoals \"6 oktober 2020\"",
            "'{value}' has no day; expected a full date, like \"6 October 2020\"",
        ),
        "date_no_leap_day": (
            "29 februari bestaat niet in {year}: {year} is geen schrikkeljaar",
            "29 February does not exist in {year}: {year} is not a leap year",
        ),
        "date_no_day_in_month": (
            "{day} {month} bestaat niet: {month} heeft {days} dagen",
            "{day} {month} does not exist: {month} has {days} days",
        ),
        "date_no_day_in_february": (
            "{day} februari bestaat niet: februari heeft {days} dagen in {year}",
            "{day} February does not exist: February has {days} days in {year}",
        ),
        "date_year_range": (
            "jaar {year} ligt buiten het bereik; verwacht een jaar van {low} tot en met {high}",
            "year {year} is out of range; expected a year from {low} to {high}",
        ),
        "date_short_year": (
            "'{value}' heeft het jaar '{year}' in minder dan vier cijfers; verwacht het hele "
            "jaar, zoals {full}",
            "'{value}' has the year '{year}' in fewer than four digits; expected the whole "
            "year, like {full}",
        ),
        "time_skipped": (
            "{time} bestaat niet op {date} in {zone}: de klok gaat dan van {before} vooruit "
            "naar {after}; verwacht een tijd vóór {before} of vanaf {after}",
            "{time} does not exist on {date} in {zone}: the clocks go forward from {before} "
            "to {after}; expected a time before {before} or from {after}",
        ),
        "time_skipped_from": (
            "{time} bestaat niet op {date} in {zone}: de klok gaat dan van {before} vooruit "
            "naar {after}; verwacht een tijd vanaf {after}",
            "{time} does not exist on {date} in {zone}: the clocks go forward from {before} "
            "to {after}; expected a time from {after}",
        ),
        "weekday_mismatch": (
            "'{value}': {date} is een {actual}, geen {given}",
            "'{value}': {date} is a {actual}, not a {given}",
        ),
        "time_twice": (
            "date bevat al een tijd ({time}) en start is ook gegeven; geef de begintijd één keer",
            "date includes a time ({time}) and start is given too; give the start time once",
        ),
        "bad_time": (
            "kan '{value}' niet lezen als tijd; verwacht {expected}",
            "cannot read '{value}' as a time; expected {expected}",
        ),
        "no_start": (
            'ontbreekt; verwacht een begintijd, zoals start = "14:00"',
            'missing; expected a start time, like start = "14:00"',
        ),
        "end_before_start": (
            "{end} ligt niet na de begintijd {start}; verwacht een eindtijd later dan het begin",
            "{end} is not after the start time {start}; expected an end time later than the start",
        ),
        "bad_carry_scope": (
            "'{value}' zegt niet van welke sessies de acties over te nemen; verwacht {expected}",
            "'{value}' does not say which sessions to take actions over from; expected {expected}",
        ),
        "bad_board_column": (
            "'{value}' is geen kolom van het bord hier; verwacht {expected}",
            "'{value}' is no board column here; expected {expected}",
        ),
        "unknown_agenda_key": (
            "er is geen agendapunt met de sleutel '{value}'; bekend zijn: {known}",
            "there is no agenda item with the key '{value}'; known are: {known}",
        ),
        "unknown_language": (
            "onbekende taal '{value}'; verwacht een van: nl, en",
            "unknown language '{value}'; expected one of: nl, en",
        ),
        "unknown_timezone": (
            "onbekende tijdzone '{value}'; verwacht {expected}",
            "unknown time zone '{value}'; expected {expected}",
        ),
        "duplicate_sector": (
            "sector '{value}' wordt ook gebruikt door {other}; sectorsleutels moeten uniek zijn",
            "sector '{value}' is also used by {other}; sector keys must be unique",
        ),
        "sector_no_key": (
            "ontbreekt; {block} heeft geen sleutel: geef het {expected}",
            "missing; {block} has no key: give it {expected}",
        ),
        "sector_empty_key": (
            "is leeg; {block} heeft geen sleutel: geef het {expected}",
            "is empty; {block} has no key: give it {expected}",
        ),
        "sector_block": ("dit sectorblok", "this sector block"),
        "sector_block_named": (
            "het blok van de sector '{label}'",
            "the block of the sector '{label}'",
        ),
        "no_sectors": (
            "bevat geen sectoren; verwacht ten minste één [[sectors]]-blok, of laat "
            "sectors weg voor de standaardsectoren",
            "has no sectors; expected at least one [[sectors]] block, or leave sectors "
            "out for the default sectors",
        ),
        # -- weekday names (for weekday_mismatch): wd0 is Monday -------------
        **{
            f"wd{n}": names
            for n, names in enumerate(zip(WEEKDAYS["nl"], WEEKDAYS["en"], strict=True))
        },
    }
)
