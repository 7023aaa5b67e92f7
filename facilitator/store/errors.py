"""Errors of the store, with a message in Dutch and English naming what and where."""

from __future__ import annotations

import errno
import sqlite3
from typing import TYPE_CHECKING

from facilitator.i18n import Catalog, TranslatedError
from facilitator.i18n.oserrors import OsReason

if TYPE_CHECKING:
    from facilitator.domain.model import Session

MESSAGES = Catalog(
    {
        "cannot_open": (
            "Kan de database {path} niet openen: {reason}.",
            "Cannot open the database {path}: {reason}.",
        ),
        "cannot_create": (
            "Kan de database {path} niet maken: in de map {folder} kan niet worden "
            "geschreven ({reason}). Kies met --db een map waarin u kunt schrijven.",
            "Cannot create the database {path}: the folder {folder} cannot be written to "
            "({reason}). Choose a folder you can write to with --db.",
        ),
        "not_a_database": (
            "{path} is geen facilitator-database (of is beschadigd).",
            "{path} is not a facilitator database (or it is damaged).",
        ),
        "too_new": (
            "De database {path} is van een nieuwere versie van facilitator (schema {found}, "
            "deze versie kent tot en met {known}). Werk facilitator bij; de database is niet "
            "aangeraakt.",
            "The database {path} was written by a newer facilitator (schema {found}; this "
            "version knows up to {known}). Upgrade facilitator; the database was not touched.",
        ),
        "other_missing": (
            "Er is geen database {path} om samen te voegen.",
            "There is no database {path} to merge.",
        ),
        "other_folder": (
            "{path} is een map, geen database; noem het databasebestand zelf.",
            "{path} is a folder, not a database; name the database file itself.",
        ),
        "other_damaged": (
            "De database {path} is beschadigd of is geen facilitator-database; er is niets "
            "samengevoegd en het bestand zelf is niet gewijzigd. Is het een "
            "facilitator-database, voeg dan een goede kopie ervan samen (een reservekopie, of "
            "een nieuwe kopie van de laptop waar hij vandaan komt); anders: noem het goede "
            "bestand.",
            "The database {path} is damaged or is not a facilitator database; nothing was "
            "merged, and the file itself was not changed. If it is a facilitator database, "
            "merge a sound copy of it (a backup, or one copied again from the laptop it came "
            "from); otherwise name the right file.",
        ),
        "other_damaged_value": (
            "De database {path} is beschadigd: rij {row} van {table} heeft in {column} een "
            "waarde die facilitator daar nooit schrijft. Er is niets samengevoegd en het "
            "bestand zelf is niet gewijzigd; voeg een goede kopie ervan samen (een "
            "reservekopie, of een nieuwe kopie van de laptop waar hij vandaan komt).",
            "The database {path} is damaged: row {row} of {table} holds in {column} a value "
            "facilitator never writes there. Nothing was merged, and the file itself was not "
            "changed; merge a sound copy of it (a backup, or one copied again from the laptop "
            "it came from).",
        ),
        "other_too_new": (
            "De database {path} is van een nieuwere versie van facilitator (schema {found}, "
            "deze versie kent tot en met {known}). Werk facilitator bij; er is niets "
            "samengevoegd en {path} is niet gewijzigd.",
            "The database {path} was written by a newer facilitator (schema {found}; this "
            "version knows up to {known}). Upgrade facilitator; nothing was merged, and {path} "
            "was not changed.",
        ),
        "other_old": (
            "De database {path} is van een oudere facilitator (schema {found}) en kon niet "
            "worden bijgewerkt om hem te lezen ({reason}); misschien is hij beschadigd. Er is "
            "niets samengevoegd en het bestand zelf is niet gewijzigd.",
            "The database {path} is of an older facilitator (schema {found}) and could not be "
            "brought up to date to be read ({reason}); it may be damaged. Nothing was merged, "
            "and the file itself was not changed.",
        ),
        "other_old.unsaid": (
            "De database {path} is van een oudere facilitator (schema {found}) en kon niet "
            "worden bijgewerkt om hem te lezen; misschien is hij beschadigd. Er is niets "
            "samengevoegd en het bestand zelf is niet gewijzigd.",
            "The database {path} is of an older facilitator (schema {found}) and could not be "
            "brought up to date to be read; it may be damaged. Nothing was merged, and the "
            "file itself was not changed.",
        ),
        "other_unreadable": (
            "De database {path} kon niet worden gelezen om hem samen te voegen ({reason}); er "
            "is niets samengevoegd en het bestand zelf is niet gewijzigd.",
            "The database {path} could not be read to merge it ({reason}); nothing was "
            "merged, and the file itself was not changed.",
        ),
        "other_unreadable.unsaid": (
            "De database {path} kon niet worden gelezen om hem samen te voegen; misschien is "
            "hij beschadigd. Er is niets samengevoegd en het bestand zelf is niet gewijzigd.",
            "The database {path} could not be read to merge it; it may be damaged. Nothing "
            "was merged, and the file itself was not changed.",
        ),
        "same_db": (
            "{path} is deze database zelf; er is niets samengevoegd.",
            "{path} is this database itself; nothing was merged.",
        ),
        "locked": (
            "De database {path} is bezet door een ander programma; de wijziging is niet "
            "opgeslagen. Probeer het zo nog eens.",
            "The database {path} is locked by another program; the change was not saved. "
            "Try again in a moment.",
        ),
        "merge_locked": (
            "De database {path} is bezet door een ander programma; er is niets samengevoegd. "
            "Probeer het zo nog eens.",
            "The database {path} is locked by another program; nothing was merged. Try again "
            "in a moment.",
        ),
        "disk_full": (
            "De schijf met {path} is vol; de wijziging is niet opgeslagen. Maak ruimte vrij "
            "en probeer het opnieuw.",
            "The disk holding {path} is full; the change was not saved. Free some space and "
            "try again.",
        ),
        "disk_full_open": (
            "De schijf met {path} is vol: de database kan niet worden geopend, want SQLite "
            "heeft er wat ruimte naast nodig. Maak ruimte vrij en probeer het opnieuw.",
            "The disk holding {path} is full: the database cannot be opened, as SQLite needs "
            "a little room beside it. Free some space and try again.",
        ),
        "disk_full_meeting": (
            "De schijf met {path} is vol: de database kan alleen gelezen worden, en een "
            "vergadering kan er niet in worden vastgelegd. Maak ruimte vrij en probeer het "
            "opnieuw.",
            "The disk holding {path} is full: the database can only be read, and a meeting "
            "cannot be recorded in it. Free some space and try again.",
        ),
        "readonly": (
            "De database {path} is alleen-lezen; de wijziging is niet opgeslagen.",
            "The database {path} is read-only; the change was not saved.",
        ),
        "read_only_meeting": (
            "De database {path} kan alleen gelezen worden: de map waarin hij staat is "
            "alleen lezen (een beveiligde stick, een gedeelde map). Een vergadering kan er "
            "niet in worden vastgelegd; kopieer hem naar een map waarin u kunt schrijven, of "
            "voeg hem samen met 'facilitator import-db'.",
            "The database {path} can only be read: the folder it is in is read only (a "
            "write-protected stick, a shared folder). A meeting cannot be recorded in it; copy "
            "it to a folder you can write to, or merge it with 'facilitator import-db'.",
        ),
        "read_only_file_meeting": (
            "De database {path} kan alleen gelezen worden: het bestand zelf is alleen-lezen "
            "(zijn rechten staan schrijven niet toe). Een vergadering kan er niet in worden "
            "vastgelegd; maak het bestand schrijfbaar (bijvoorbeeld met 'chmod u+w' of in "
            "zijn eigenschappen) en start opnieuw, of kopieer het naar een bestand waarin u "
            "kunt schrijven.",
            "The database {path} can only be read: the file itself is read only (its "
            "permissions do not allow writing). A meeting cannot be recorded in it; make the "
            "file writable (for instance with 'chmod u+w', or in its properties) and start "
            "again, or copy it to a file you can write to.",
        ),
        "protected_meeting": (
            "De database {path} kan alleen gelezen worden: het bestand is beveiligd tegen "
            "wijzigen ({flag}). Een vergadering kan er niet in worden vastgelegd; haal de "
            "beveiliging eraf ('{unflag}') en start opnieuw, of kopieer het naar een bestand "
            "waarin u kunt schrijven.",
            "The database {path} can only be read: the file is protected against changes "
            "({flag}). A meeting cannot be recorded in it; take the protection off "
            "('{unflag}') and start again, or copy it to a file you can write to.",
        ),
        "protected_change": (
            "De database {path} kan alleen gelezen worden: het bestand is beveiligd tegen "
            "wijzigen ({flag}); er is niets in gewijzigd. Haal de beveiliging eraf "
            "('{unflag}') en probeer het opnieuw.",
            "The database {path} can only be read: the file is protected against changes "
            "({flag}); nothing was changed in it. Take the protection off ('{unflag}') and "
            "try again.",
        ),
        "write_failed": (
            "Opslaan in {path} is mislukt ({reason}); de wijziging is niet opgeslagen.",
            "Saving to {path} failed ({reason}); the change was not saved.",
        ),
        "not_writable.protected": (
            "Opslaan in {path} is mislukt: {file} is beveiligd tegen wijzigen ({flag}); de "
            "wijziging is niet opgeslagen. Haal de beveiliging eraf ('{unflag}'), dan wordt "
            "er weer opgeslagen.",
            "Saving to {path} failed: {file} is protected against changes ({flag}); the "
            "change was not saved. Take the protection off ('{unflag}') and saving works "
            "again.",
        ),
        "not_writable.permissions": (
            "Opslaan in {path} is mislukt: de rechten van {file} staan schrijven niet toe; de "
            "wijziging is niet opgeslagen. Maak het schrijfbaar ('chmod u+w'), dan wordt er "
            "weer opgeslagen.",
            "Saving to {path} failed: the permissions of {file} do not allow writing; the "
            "change was not saved. Make it writable ('chmod u+w') and saving works again.",
        ),
        "not_writable.read_only_disk": (
            "Opslaan in {path} is mislukt: de schijf met {file} is alleen-lezen aangekoppeld; "
            "de wijziging is niet opgeslagen. Maak de schijf beschrijfbaar, dan wordt er weer "
            "opgeslagen.",
            "Saving to {path} failed: the disk holding {file} is mounted read-only; the change "
            "was not saved. Make the disk writable and saving works again.",
        ),
        "gone": (
            "De database {path} is verwijderd of verplaatst terwijl het programma liep; er "
            "wordt niets meer opgeslagen. Wat u typte blijft staan: zet het bestand terug of "
            "start opnieuw met een andere database.",
            "The database {path} was deleted or moved while the app was running; nothing more "
            "is saved. What you typed is kept: put the file back or start again with another "
            "database.",
        ),
        "damaged_running": (
            "De database {path} blijkt beschadigd; er wordt niets meer in opgeslagen, zodat "
            "hij niet verder beschadigt. Wat u typte blijft staan. Stop facilitator "
            "({key[app.quit]}) en zet een reservekopie van de database terug.",
            "The database {path} turns out to be damaged; nothing more is saved to it, so that "
            "it is not damaged further. What you typed is kept. Quit facilitator "
            "({key[app.quit]}) and restore a backup copy of the database.",
        ),
        "no_session": (
            "Geen sessie '{name}' in {path}. 'facilitator list' toont de sessies.",
            "No session '{name}' in {path}. 'facilitator list' shows the sessions.",
        ),
        "missing_db": (
            "De database {path} bestaat niet. Importeer eerst een sessiebestand met "
            "'facilitator import'.",
            "The database {path} does not exist. Import a session file first with "
            "'facilitator import'.",
        ),
        "damaged": (
            "De database {path} is beschadigd of is geen facilitator-database; het bestand "
            "is niet gewijzigd. Is het uw vergaderdatabase, zet dan een reservekopie terug "
            "(sluit facilitator eerst); anders: wijs met --db het goede bestand aan.",
            "The database {path} is damaged or is not a facilitator database; the file was "
            "not changed. If it is your meeting database, restore a backup copy of it (close "
            "facilitator first); otherwise point --db at the right file.",
        ),
    }
)


class StoreError(TranslatedError):
    """A problem with the database that the user can act on."""

    MESSAGES = MESSAGES
    KEYS = {"app.quit": "ctrl+q"}


def translate_sqlite_error(exc: sqlite3.Error, path: str) -> StoreError:
    """Turn a raw SQLite error into a :class:`StoreError` a person can read."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError("locked", path=path)
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError("disk_full", path=path)
    if "readonly" in text or "read-only" in text:
        return StoreError("readonly", path=path)
    if "not a database" in text or "malformed" in text:
        return StoreError("not_a_database", path=path)
    if "unable to open" in text:
        return StoreError("cannot_open", path=path, reason=str(exc))
    if "disk i/o error" in text:  # said in the message's language, not SQLite's English
        return StoreError("write_failed", path=path, reason=OsReason(errno.EIO, str(exc)))
    return StoreError("write_failed", path=path, reason=str(exc))


class ImportRefused(Exception):
    """An import into a session that has started or is closed, from another file than its
    own or moving it to another region or day: refused, nothing written."""

    def __init__(
        self, session: Session, file: str, kept: str | None, fields: tuple[str, ...]
    ) -> None:
        super().__init__(f"import into {session.slug} from {file} refused")
        self.session = session
        self.file = file  # the file given, as given
        self.kept = kept  # the file it was last imported from (full path); None: not known
        self.fields = fields  # the session's own fields the file would change

    @property
    def other_file(self) -> bool:
        """Whether the refusal is for the file (else for the region or day it would move
        the session to)."""
        return self.kept is not None
