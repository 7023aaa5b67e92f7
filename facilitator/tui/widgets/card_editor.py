"""Editing a card or a contribution: the capture line again, in a dialog.

The text is shown with its owners, tags, due date (and, for a contribution,
its speaker) written inline exactly as when capturing, so there is one syntax
to learn. Enter hands the edited line to ``save`` in the key's own event and
closes the dialog; ``save`` gives the command to the app, and if saving fails
the caller opens the editor again with the line and the reason, so what was
typed is never lost: if the database could not save it, Escape asks to be
pressed again before it throws the line away. Keys typed while the dialog opens wait for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from facilitator.capture import Context, complete, format_due, parse
from facilitator.capture.parsing import TypedDue, read_due
from facilitator.i18n import Catalog
from facilitator.text import one_line
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.screens.dialog import KeyedDialog
from facilitator.tui.widgets.capture_input import CaptureInput, preview, preview_problem
from facilitator.tui.widgets.footer import KeyFooter
from facilitator.tui.widgets.kind_badge import kind_colours, printable

WORDS = Catalog(
    {
        "keys": (
            "Enter bewaart · {key[editor.cancel]} annuleert · → vult aan · {key[app.undo]} "
            "maakt later ongedaan",
            "Enter saves · {key[editor.cancel]} cancels · → completes · {key[app.undo]} undoes "
            "it later",
        ),
        "not_saved": ("⚠ niet opgeslagen: {reason}", "⚠ not saved: {reason}"),
        "escape_again": (
            "⚠ niet opgeslagen: nog een keer {key[editor.cancel]} gooit weg wat u typte; Enter "
            "probeert opnieuw",
            "⚠ not saved: {key[editor.cancel]} once more throws away what you typed; Enter "
            "tries again",
        ),
        "due.keys": (
            "Enter bewaart de datum · «geen» haalt hem weg · {key[editor.cancel]} laat hem "
            "zoals hij was · {key[app.undo]} maakt later ongedaan",
            "Enter saves the date · “none” removes it · {key[editor.cancel]} leaves it as it "
            "was · {key[app.undo]} undoes it later",
        ),
        "due.new": ("Enter: nieuwe datum {due}", "Enter: new due date {due}"),
        "due.past": ("⚠ verstreken", "⚠ already past"),
        "due.stays": ("Enter: de datum blijft {due}", "Enter: the due date stays {due}"),
        "due.stays_none": (
            "Enter: de kaart blijft zonder datum",
            "Enter: the card stays without a due date",
        ),
        "due.goes": (
            "Enter: de datum gaat weg (was {due})",
            "Enter: the due date goes (was {due})",
        ),
        "due.unread": ("⚠ geen datum gelezen uit «{typed}»", "⚠ no date read from “{typed}”"),
        "due.refused": (
            "⚠ niet opgeslagen: geen datum gelezen uit «{typed}»",
            "⚠ not saved: no date read from “{typed}”",
        ),
        "due.saves_nothing": ("Enter bewaart niets", "Enter saves nothing"),
        "due.escape": (
            "{key[editor.cancel]} houdt de datum {due}",
            "{key[editor.cancel]} keeps the due date {due}",
        ),
        "due.escape_none": (
            "{key[editor.cancel]} laat de kaart zonder datum",
            "{key[editor.cancel]} leaves the card without a due date",
        ),
    }
)


SAYS_NOT_SAVED = frozenset({"board.changed_elsewhere"})
"""Refusals whose own words begin by saying that nothing was saved («Niet bewaard: dit is
intussen in een ander venster gewijzigd…»): said after ``⚠`` alone, not after «⚠ niet
opgeslagen:» as well."""


def not_saved(lang: str, reason: str, key: str = "", *, failed: bool = False) -> str:
    """What the editor says of a line that came back unsaved, ``reason`` being why (the
    message of ``key``): «⚠ niet opgeslagen: …», or «⚠ Niet bewaard: …» where the reason
    says so itself, once. ``failed``: the database could not save it, and its words say
    so («… is alleen-lezen; de wijziging is niet opgeslagen.»): after ``⚠`` alone."""
    if failed or key in SAYS_NOT_SAVED:
        return f"⚠ {reason}"
    return WORDS(lang, "not_saved", reason=reason)


class LineEditor(KeyedDialog[bool]):
    """Edit one line (text plus inline @owners, #tags, due date, ~speaker)."""

    SCOPE = Scope.EDITOR
    BINDINGS = bindings(SCOPE)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (31, "-roomy")]
    """Up to 30 rows (the footer takes one) who said what is cut short (``board.tcss``)."""

    def __init__(
        self,
        title: Content,
        line: str,
        *,
        context: Callable[[], Context],
        save: Callable[[str], object],
        board: bool = True,
        lang: str = "en",
        about: Content | None = None,
        problem: str = "",
        unsaved: bool = False,
    ) -> None:
        """``problem``: why the line came back unsaved, in words (:func:`not_saved`);
        ``unsaved``: because the database could not save it."""
        super().__init__()
        self.title_content = title
        self.line = line
        self.context = context
        self.save = save
        self.board = board
        self.lang = lang
        self.about = about
        self.problem = problem
        self.unsaved = unsaved
        """The database could not save this line (a full disk, a read-only file)."""
        self.escape_again = False
        """Escape was pressed once on an unsaved line: a second one throws it away."""

    def about_text(self) -> str:
        return one_line(self.title_content.plain)

    def compose(self) -> ComposeResult:
        with Vertical(id="editor"):
            yield Static(self.title_content, id="editor-title")
            yield CaptureInput(
                self.line, context=self.context, on_enter=self._enter, id="editor-input"
            )
            yield Static(id="editor-preview")
            about = Static(self.about or "", id="editor-about")
            about.display = self.about is not None
            yield about
            yield Static(self.keys_line(), id="editor-keys")
        yield KeyFooter()

    def on_mount(self) -> None:
        field = self.query_one(CaptureInput)
        field.cursor_position = len(field.value)
        self._update()
        self.keys_ready(field)

    def show_about(self, about: Content | None) -> None:
        """Fill in who said what (read after the dialog opened)."""
        if self.is_attached and about is not None:
            widget = self.query_one("#editor-about", Static)
            widget.update(about)
            widget.display = True

    def keys_line(self) -> Content:
        """The line of keys under the editor."""
        return Content(WORDS(self.lang, "keys", key=self.key_names()))

    def preview_line(self, value: str) -> Content:
        """What Enter will save besides the text (owners, due date, tags, speaker), and what
        is wrong with the line."""
        context = self.context()
        parsed = parse(value, context, board=self.board)
        completion = complete(value, context) if value else None
        return preview(parsed, completion, context, lang=self.lang, colours=kind_colours(self.app))

    @on(Input.Changed, "#editor-input")
    def _update(self) -> None:
        value = self.query_one(CaptureInput).value
        line = self.preview_line(value)
        if self.escape_again:
            problem = Content(WORDS(self.lang, "escape_again", key=self.key_names()))
            line = Content("  ·  ").join([problem.stylize("$text-error"), line])
        elif self.problem:
            problem = Content(self.problem)
            line = Content("  ·  ").join([problem.stylize("$text-error"), line])
        self.query_one("#editor-preview", Static).update(line)

    def _enter(self, value: str) -> bool:
        """Enter, in the key's own event: hand the line on and close."""
        self.save(value)
        self.dismiss(True)
        return True

    def action_cancel(self) -> None:
        """Cancel; on a line the database could not save, only at the second Escape."""
        typed = self.query_one(CaptureInput).value.strip()
        if self.unsaved and typed and not self.escape_again:
            self.escape_again = True
            self._update()
            return
        self.dismiss(False)


class DueEditor(LineEditor):
    """A card's due date on its own (the board's ``!``): the card's text is shown above,
    not edited. Enter saves the date read from the line, takes it away for ``geen`` /
    ``none``, or keeps it when nothing was typed; with no date read it saves nothing and
    stays open, saying so and that Escape keeps the date as it was."""

    def __init__(
        self,
        title: Content,
        line: str,
        *,
        context: Callable[[], Context],
        save_due: Callable[[TypedDue, str], object],
        was: date | None,
        lang: str = "en",
        problem: str = "",
        unsaved: bool = False,
    ) -> None:
        """``save_due(read, line)``: a date was read (or none, or the date kept) from
        ``line``. ``was``: the card's due date."""
        super().__init__(
            title,
            line,
            context=context,
            save=lambda _line: None,
            lang=lang,
            problem=problem,
            unsaved=unsaved,
        )
        self.save_due = save_due
        self.was = was
        self.refused = ""
        """The line Enter was refused for (no date read from it), while it stands."""

    def _shown(self, day: date) -> str:
        return format_due(day, self.lang, self.context().today)

    def keys_line(self) -> Content:
        return Content(WORDS(self.lang, "due.keys", key=self.key_names()))

    def preview_line(self, value: str) -> Content:
        read = read_due(value, self.context().today)

        def words(key: str, **values: object) -> str:
            return WORDS(self.lang, key, key=self.key_names(), **values)

        if read.due is not None:
            line = Content(words("due.new", due=self._shown(read.due)))
            if read.due < self.context().today:
                line = Content.assemble(
                    line, " ", Content(words("due.past")).stylize("$text-warning")
                )
            return line
        if (read.keeps or read.clear) and self.was is None:
            return Content(words("due.stays_none"))
        if read.keeps:
            assert self.was is not None
            return Content(words("due.stays", due=self._shown(self.was)))
        if read.clear:
            assert self.was is not None
            return Content(words("due.goes", due=self._shown(self.was)))
        if self.was is None:
            escape = words("due.escape_none")
        else:
            escape = words("due.escape", due=self._shown(self.was))
        problems = [
            preview_problem(key, problem_words, self.context(), self.lang)
            for key, problem_words in read.problems
        ]
        said: list[str] = []
        if value == self.refused:  # Enter pressed: why it was not saved, said once
            if problems:
                reason = problems.pop(0).removeprefix("⚠ ")
                said = [words("not_saved", reason=reason)]
            else:
                said = [words("due.refused", typed=printable(read.typed))]
        else:
            if not problems:
                problems = [words("due.unread", typed=printable(read.typed))]
            problems.append(words("due.saves_nothing"))
        return Content("  ·  ").join(
            [Content(text).stylize("$text-error") for text in said]
            + [Content(text).stylize("$text-warning") for text in problems]
            + [Content(escape)]
        )

    def _enter(self, value: str) -> bool:
        """Enter: save the date read, or say none was read and stay open."""
        read = read_due(value, self.context().today)
        if not read.read:
            self.refused = value
            self._update()
            return False
        self.save_due(read, value)
        self.dismiss(True)
        return True
