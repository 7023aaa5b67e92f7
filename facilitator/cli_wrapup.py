"""The commands after the regional tables: ``carry-forward`` and ``wrap-up``.

``facilitator carry-forward SESSION [FROM...]`` takes over the open actions of
earlier sessions (see :mod:`facilitator.service.carry`); a session file's
``carry_forward`` does the same whenever the file is imported.
``facilitator wrap-up NEW.toml --from SESSION...`` drafts the province-wide
wrap-up from the synthesis (see :mod:`facilitator.synthesis.wrapup`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from facilitator.cli import (
    Context,
    T,
    advised,
    app_keys,
    db_option,
    default_lang,
    fail,
    friendly,
    h,
    lang_option,
    lang_option_saying,
    left_out_words,
    names_a_file,
    option_day,
    pass_context,
    resolve_session,
    sessions_to_sum_up,
)
from facilitator.cli_usage import Command
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Session, SessionStatus, join_thesauri
from facilitator.domain.years import FIRST_YEAR, LAST_YEAR
from facilitator.i18n import Catalog
from facilitator.i18n.formats import counted
from facilitator.service.carry import Carried, CarryService
from facilitator.store import Store

if TYPE_CHECKING:
    from facilitator.synthesis.reader import LeftOut

WORDS = Catalog(
    {
        "carry_forward": (
            "Neem de open acties van eerdere sessies over in SESSIE: van de sessies VAN "
            "(slugs), of 'region' (alle eerdere van dezelfde regio, de standaard) of 'all'.",
            "Take over the open actions of earlier sessions into SESSION: of the sessions FROM "
            "(slugs), or 'region' (every earlier one of the same region, the default) or 'all'.",
        ),
        "carried": (
            "{n} overgenomen in {slug} van: {sources}.",
            "{n} taken over into {slug} from: {sources}.",
        ),
        "n.actions": ("open actie|open acties", "open action|open actions"),
        "no_sessions": (
            "Er is geen gesloten sessie in {db} om de wrap-up uit op te stellen. Sluit de "
            "regionale sessies ({key[app.close]} in de app) of noem ze: facilitator wrap-up "
            "{file} --from SESSIE...",
            "There is no closed session in {db} to draft the wrap-up from. Close the regional "
            "sessions ({key[app.close]} in the app) or name them: facilitator wrap-up {file} "
            "--from SESSION...",
        ),
        "review_no_sessions": (
            "Er is geen gesloten sessie in {db} om na te lopen. Sluit een sessie "
            "({key[app.close]} in de app) of noem de sessies: facilitator run --synthesis "
            "SESSIE...",
            "There is no closed session in {db} to review. Close a session ({key[app.close]} in "
            "the app) or name the sessions: facilitator run --synthesis SESSION...",
        ),
        "already": (
            "{slug}: niets nieuws over te nemen van {sources}: {why}.",
            "{slug}: nothing new to take over from {sources}: {why}.",
        ),
        "closed": (
            "{slug} is gesloten; heropen de sessie om er acties in over te nemen.",
            "{slug} is closed; reopen it to take actions over into it.",
        ),
        "wrap_up": (
            "Schrijf het sessiebestand NIEUW.toml van de provinciebrede wrap-up: één agendapunt "
            "per prioriteitsthema uit de synthese van de sessies (--from; zolang er geen is "
            "gemarkeerd: per thema uit meer dan één regio, en als dat er geen is, per thema van "
            "meer dan één kaart), met een conceptvraag, een slotpunt over de acties en wie ze "
            "trekt, en het bord gevuld met de barrières en kansen van die thema's.",
            "Write the session file NEW.toml of the province-wide wrap-up: one agenda item per "
            "priority theme of the synthesis of the sessions (--from; while none is marked, per "
            "theme raised in more than one region, and if there is none, per theme of more than "
            "one card), with a drafted question, a closing item on the actions and who leads "
            "each, and the board seeded with those themes' barriers and opportunities.",
        ),
        "opt.from": (
            "Een sessie (slug of sessiebestand) om de wrap-up uit op te stellen; meer mogen "
            "volgen. Zonder: elke gesloten sessie.",
            "A session (slug or session file) to draft the wrap-up from; more may follow. "
            "None: every closed session.",
        ),
        "opt.date": (
            'De datum van de wrap-up (2020-11-12, "12 november 2020"); standaard vandaag.',
            'The date of the wrap-up (2020-11-12, "12 November 2020"); default today.',
        ),
        "opt.force": (
            "Vervang NIEUW.toml als het al bestaat.",
            "Replace NEW.toml if it exists.",
        ),
        "opt.lang": (
            "Taal van de meldingen (standaard: $FACILITATOR_LANG, anders de landinstelling) en "
            "van de wrap-up (standaard: die van de eerste sessie).",
            "Language of the messages (default: $FACILITATOR_LANG, else the locale) and of the "
            "wrap-up (default: that of the first session).",
        ),
        "slug_taken": (
            "{slug} is al een sessie in {db}; de wrap-up krijgt de slug {free}, zodat "
            "importeren er een sessie naast zet en daaraan niets verandert.",
            "{slug} is already a session in {db}; the draft takes the slug {free}, so that "
            "importing it adds a session beside that one and changes nothing in it.",
        ),
        "bad_date": (
            '--date {value}: verwacht een datum als 2020-11-12 of "12 november 2020".',
            '--date {value}: expected a date like 2020-11-12 or "12 November 2020".',
        ),
        "date_year": (
            "--date {value}: het jaar {year} ligt buiten {first}–{last}; verwacht een datum als "
            "2020-11-12.",
            "--date {value}: the year {year} is outside {first}–{last}; expected a date like "
            "2020-11-12.",
        ),
    }
)


def carry_line(obj: Context) -> Callable[[list[str]], str]:
    """The ``facilitator carry-forward`` line of some slugs, run as printed: with the
    database and the language this command was given."""
    return lambda slugs: advised(obj, "facilitator carry-forward", *slugs)


def report_carry(obj: Context, session: Session, names: Sequence[str], store: Store) -> None:
    """Carry forward into ``session`` and say what happened; a problem is a warning only."""
    if not names:
        return
    lang = obj.lang
    if session.status == SessionStatus.CLOSED:
        click.echo(T(lang, "warning", message=WORDS(lang, "closed", slug=session.slug)), err=True)
        return
    service = CarryService(store, session.id, origin=obj.origin)
    # A slug no session has is said; the actions of the others are taken over all the same.
    unknown = service.unknown(names)
    for name in unknown:
        said = DomainError("carry.unknown", name=name).message(lang)
        click.echo(T(lang, "warning", message=said), err=True)
    names = [name for name in names if name not in unknown]
    if not names:
        return
    try:
        done = service.carry_forward(names)
    except DomainError as exc:
        click.echo(T(lang, "warning", message=exc.message(lang)), err=True)
        return
    if not done.sources:  # no earlier session to read: the import went ahead all the same
        said = done.none_read(lang, carry_line(obj))
        click.echo(T(lang, "warning", message=said), err=True)
        return
    click.echo(carried_words(lang, session.slug, done))


def carried_words(lang: str, slug: str, done: Carried) -> str:
    """What a carry-forward into ``slug`` that read sessions did: how many actions, from
    which; or, when nothing was taken over, why."""
    if done.cards:
        n = counted(len(done.cards), WORDS(lang, "n.actions"), lang)
        return WORDS(lang, "carried", n=n, slug=slug, sources=done.taken_from(lang))
    sources = ", ".join(done.sources)
    return WORDS(lang, "already", slug=slug, sources=sources, why=done.why_nothing(lang))


@click.command(cls=Command, name="carry-forward", help=WORDS(default_lang(), "carry_forward"))
@click.help_option("-h", "--help", help=h("opt.help"))
@click.argument("session")
@click.argument("sources", nargs=-1, metavar="[FROM]...")
@db_option
@lang_option
@pass_context
@friendly
def carry_forward(obj: Context, session: str, sources: tuple[str, ...]) -> None:
    """Take over the open actions of earlier sessions."""
    store = obj.open_store(create=names_a_file(session))
    try:
        found = resolve_session(obj, store, session)
        if found.status == SessionStatus.CLOSED:
            fail(WORDS(obj.lang, "closed", slug=found.slug))
        done = CarryService(store, found.id, origin=obj.origin).carry_forward(
            sources or ("region",)
        )
    finally:
        store.close()
    if not done.sources:  # no earlier session to read: nothing done of what was asked
        fail(done.none_read(obj.lang, carry_line(obj)))
    click.echo(carried_words(obj.lang, found.slug, done))


@click.command(cls=Command, name="wrap-up", help=WORDS(default_lang(), "wrap_up"))
@click.help_option("-h", "--help", help=h("opt.help"))
@click.argument("file", metavar="NEW.toml", type=click.Path(path_type=Path))
@click.argument("more", nargs=-1, metavar="[SESSION]...")
@click.option(
    "--from", "sessions", multiple=True, metavar="SESSION", help=WORDS(default_lang(), "opt.from")
)
@click.option("--date", "day", metavar="DATE", help=WORDS(default_lang(), "opt.date"))
@click.option("--force", is_flag=True, help=WORDS(default_lang(), "opt.force"))
@db_option
@lang_option_saying(WORDS(default_lang(), "opt.lang"))
@pass_context
@friendly
def wrap_up(
    obj: Context,
    file: Path,
    more: tuple[str, ...],
    sessions: tuple[str, ...],
    day: str | None,
    force: bool,
) -> None:
    """Draft the province-wide wrap-up's session file."""
    from facilitator.synthesis.command import SynthesisError, make_synthesis
    from facilitator.synthesis.wrapup import (
        WrapUpError,
        check_target,
        draft_wrap_up,
        wrap_up_slug,
        write_wrap_up,
    )

    names = sessions + more
    when: date | None = None
    if day is not None:
        lang = obj.lang
        when = option_day(  # a year outside those a session may have: the file would not load
            "--date",
            day,
            lang,
            lambda: WORDS(lang, "bad_date", value=day),
            lambda year: WORDS(
                lang, "date_year", value=day, year=year, first=FIRST_YEAR, last=LAST_YEAR
            ),
        )
    try:  # before anything is read: a file there, or a database, is said at once
        check_target(file, force=force, database=obj.db_path)
    except WrapUpError as exc:
        fail(exc.message(obj.lang), 2 if exc.key == "exists" else 1)
    store = obj.open_store(create=any(names_a_file(s) for s in names))
    left_out: list[LeftOut] = []

    def say_left_out(on: date | None) -> None:
        """The sessions left out, each with the command that drafts the wrap-up counting
        it: dated as this draft (``on``), over the file this command wrote."""
        day = ("--date", on.isoformat()) if on is not None else ()

        def command(slugs: list[str]) -> str:
            return advised(obj, "facilitator wrap-up", str(file), "--from", *slugs, *day, "--force")

        for left in left_out:
            click.echo(left_out_words(obj.lang, left, command), err=True)

    try:
        chosen = sessions_to_sum_up(obj, store, names, None, later=left_out)
        try:
            made = make_synthesis(store, chosen, lang=obj.forced_lang)
            words = join_thesauri(*(session.thesaurus.items() for session in chosen))
            on = when or made.as_of
            # never the slug of a session in the database: importing would rewrite it
            slug = wrap_up_slug(on, {s.slug for s in store.sessions()})
            drafted = draft_wrap_up(made, day=on, thesaurus=words, slug=slug)
            say_left_out(on)
            message = write_wrap_up(drafted, file, obj.lang, force=force, database=store.path)
        except SynthesisError as exc:
            say_left_out(when)
            if exc.key == "no_sessions":  # said for this command, not for `synthesis`
                fail(
                    WORDS(obj.lang, "no_sessions", db=store.path, file=file, key=app_keys(obj.lang))
                )
            fail(exc.message(obj.lang))
        except WrapUpError as exc:
            fail(exc.message(obj.lang))
    finally:
        store.close()
    if slug != wrap_up_slug(on):
        taken = WORDS(obj.lang, "slug_taken", slug=wrap_up_slug(on), db=obj.db_path, free=slug)
        click.echo(T(obj.lang, "warning", message=taken), err=True)
    click.echo(message)


def run_review(obj: Context, sessions: Sequence[str]) -> None:
    """``run --synthesis``: the organiser's review of the themes, saved in the database; of
    the sessions named (slugs or session files), or none: as ``synthesis`` takes them."""
    from facilitator.service.review import ReviewService
    from facilitator.synthesis.command import SynthesisError
    from facilitator.tui.keymap import keymap_path, load_keymap
    from facilitator.tui.review import ReviewApp

    def command(slugs: Sequence[str]) -> str:
        """The command line that reviews the themes of ``slugs``, run as printed: on this
        database, in this language."""
        return advised(obj, "facilitator run --synthesis", *slugs)

    keymap = load_keymap(keymap_path())
    store = obj.open_store(create=any(names_a_file(s) for s in sessions))
    try:
        # a session named twice (its slug and its file, say) is one; both copies of a table
        # held twice named: said, as by `synthesis`
        chosen = sessions_to_sum_up(obj, store, sessions, command) if sessions else []
        lang = obj.forced_lang
        try:
            service = ReviewService(store, chosen, lang=lang)
            shown = lang or service.synthesis().lang
            app = ReviewApp(service, shown, keymap=keymap, command=command)
        except SynthesisError as exc:
            if exc.key == "no_sessions":  # said for this command
                fail(WORDS(obj.lang, "review_no_sessions", db=store.path, key=app_keys(obj.lang)))
            fail(exc.message(obj.lang, app_keys(obj.lang)))
        app.run()
    finally:
        store.close()
