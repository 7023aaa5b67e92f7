"""A small form: a few text fields in a dialog (a walk-in's name, organisation and sector).

Enter in a field goes to the next one; Enter in the last hands the values to
``save`` in the key's own event and closes the dialog, unless ``save`` returns
a reason (a field that does not say what it needs): then the form stays open
and shows it. ``save`` gives the command to the app; if it is refused, the
caller opens the form again with the values and the reason, so what was typed
is never lost (if the database could not save them, Escape asks to be pressed
again). A form back after a change made meanwhile in another window (``enter_saves``)
saves at Enter in any field, as its message says. Tab and shift+Tab move
between the fields, Escape cancels. A field that holds a value to type over (a number) has
it selected whenever the cursor comes to it; in the others the cursor is at the end.
Keys typed while the form opens wait for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static
from textual.widgets.input import Selection

from facilitator.i18n import Catalog
from facilitator.records import record
from facilitator.text import one_line
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.keys import focus_now
from facilitator.tui.screens.dialog import FilterInput, KeyedDialog
from facilitator.tui.text import plain
from facilitator.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from facilitator.service.rescue import Kept

WORDS = Catalog(
    {
        "keys": (
            "Enter volgende veld / bewaren · {key[editor.next_field]} ander veld · "
            "{key[editor.cancel]} annuleert · {key[app.undo]} maakt later ongedaan",
            "Enter next field / save · {key[editor.next_field]} other field · "
            "{key[editor.cancel]} cancels · {key[app.undo]} undoes it later",
        ),
        "keys.one": (
            "Enter bewaren · {key[editor.cancel]} annuleert · {key[app.undo]} maakt later ongedaan",
            "Enter saves · {key[editor.cancel]} cancels · {key[app.undo]} undoes it later",
        ),
        "keys.saves": (
            "Enter bewaart · {key[editor.next_field]} ander veld · "
            "{key[editor.cancel]} annuleert · {key[app.undo]} maakt later ongedaan",
            "Enter saves · {key[editor.next_field]} other field · "
            "{key[editor.cancel]} cancels · {key[app.undo]} undoes it later",
        ),
        "not_saved": ("⚠ niet opgeslagen: {reason}", "⚠ not saved: {reason}"),
        "escape_again": (
            "⚠ niet opgeslagen: nog een keer {key[editor.cancel]} gooit weg wat u typte; Enter "
            "probeert opnieuw",
            "⚠ not saved: {key[editor.cancel]} once more throws away what you typed; Enter "
            "tries again",
        ),
    }
)


@record
class FormField:
    """One field: its label, what it holds when the form opens, and a hint below it."""

    label: str
    value: str = ""
    hint: str = ""
    replace: bool = False
    """What it holds is a value to type over (a number: the planned minutes, a place on the
    agenda): whenever the cursor comes to the field it is selected, so what is typed takes
    its place. Else the cursor goes to its end, to mend or go on with the text."""


class FormDialog(KeyedDialog[bool]):
    """A few labelled text fields; Enter in the last one saves."""

    SCOPE = Scope.EDITOR
    BINDINGS = bindings(SCOPE)
    # up to 30 rows (an 80×24 terminal; the footer takes one) four bordered fields do not
    # fit: one row each. From 31 rows they do, a refusal of two rows and the keys' line of
    # two included (28 rows), in all the room above the footer: a share of it cut the last
    # line off at 31 and 32 rows
    VERTICAL_BREAKPOINTS = [(0, "-short"), (31, "-roomy")]
    DEFAULT_CSS = """
    FormDialog { align: center middle; }
    FormDialog > Vertical {
        width: 70; max-width: 95%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    FormDialog #form-title { text-style: bold; color: $text-primary; }
    FormDialog .form-label { margin-top: 1; }
    FormDialog .form-hint, FormDialog #form-keys { color: $text-muted; }
    FormDialog #form-problem { color: $text-error; }
    FormDialog.-short FilterInput {
        border: none; height: 1; padding: 0 1; background: $boost;
    }
    FormDialog.-short FilterInput:focus { background: $primary 40%; }
    """

    def __init__(
        self,
        title: str,
        fields: Sequence[FormField],
        *,
        save: Callable[[list[str]], object],
        lang: str = "en",
        problem: str = "",
        unsaved: bool = False,
        wrong: int | None = None,
        enter_saves: bool = False,
    ) -> None:
        """``unsaved``: the values come back because the database could not save them;
        ``wrong``: the field the problem is about (the cursor goes there, at its end, or
        with its value selected in a field to type over); ``enter_saves``: Enter in any
        field saves (the form is back, its values to be saved as they are)."""
        super().__init__()
        self.enter_saves = enter_saves
        self.wrong = wrong
        self.title_text = title
        self.fields = list(fields)
        self.save = save
        self.lang = lang
        self.problem = problem
        self.unsaved = unsaved
        """Opened again with values the database could not save (a full disk, a read-only
        file), not values a rule refused."""
        self.escape_again = False
        """Escape was pressed once on unsaved values: a second one throws them away."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.title_text), id="form-title")
            problem = Static(id="form-problem")
            problem.display = False
            yield problem
            for n, field in enumerate(self.fields):
                yield Static(plain(field.label), classes="form-label")
                yield FilterInput(
                    on_change=lambda _value: None,
                    on_enter=self._enter_hook(n),
                    id=f"form-field-{n}",
                )
                if field.hint:
                    yield Static(plain(field.hint), classes="form-hint")
            if len(self.fields) == 1:
                keys = "keys.one"  # no other field to go to
            else:
                keys = "keys.saves" if self.enter_saves else "keys"
            yield Static(plain(WORDS(self.lang, keys, key=self.key_names())), id="form-keys")
        yield KeyFooter()

    def on_mount(self) -> None:
        inputs = self.inputs()
        for field, widget in zip(self.fields, inputs, strict=True):
            widget.value = field.value
            widget.cursor_position = len(field.value)
        # values the database could not save: its own words say so («… de wijziging is
        # niet opgeslagen.»), once
        self.show_problem(self.problem, said=self.unsaved)
        if self.wrong is not None and 0 <= self.wrong < len(inputs):
            first = inputs[self.wrong]  # what to put right, not the first field
        else:
            first = next((w for w in inputs if not w.value), inputs[0])
        self.enter_field(first)
        self.keys_ready(first)

    def show_problem(self, problem: str, *, said: bool = False) -> None:
        """Say why the values were not saved (nothing: hide the line); ``said``: ``problem``
        says itself that they were not saved, and comes after ``⚠`` alone."""
        self.problem = problem
        widget = self.query_one("#form-problem", Static)
        shown = f"⚠ {problem}" if said else WORDS(self.lang, "not_saved", reason=problem)
        widget.update(plain(shown) if problem else "")
        widget.display = bool(problem)

    def inputs(self) -> list[FilterInput]:
        return list(self.query(FilterInput))

    def values(self) -> list[str]:
        return [widget.value for widget in self.inputs()]

    def enter_field(self, field: Input) -> None:
        """The cursor comes to ``field``: a value to type over is selected (see
        :attr:`FormField.replace`), at once, before the next key."""
        focus_now(field)
        inputs: list[Input] = list(self.inputs())
        if field in inputs and self.fields[inputs.index(field)].replace:
            field.selection = Selection(0, len(field.value))

    def _enter_hook(self, n: int) -> Callable[[str], None]:
        return lambda _value: self._enter(n)

    def _enter(self, n: int) -> None:
        inputs = self.inputs()
        if n + 1 < len(inputs) and not self.enter_saves:
            self.enter_field(inputs[n + 1])
            return
        problem = self.save(self.values())
        if isinstance(problem, tuple):  # (why, the field it is about)
            problem, wrong = problem
            if 0 <= wrong < len(inputs):
                self.enter_field(inputs[wrong])
        if isinstance(problem, str) and problem:
            self.show_problem(problem)
            return
        self.dismiss(True)

    def unsaved_text(self) -> str:
        return " ".join(v for v in self.values() if v) if self.is_mounted else ""

    def unsaved_lines(self) -> list[Kept]:
        """Each field typed in, under the form's title and the field's label."""
        from facilitator.service.rescue import Kept

        if not self.is_mounted:
            return []
        return [
            Kept(value, f"{one_line(self.title_text)} · {one_line(field.label)}")
            for field, value in zip(self.fields, self.values(), strict=False)
            if value.strip()
        ]

    def action_cancel(self) -> None:
        """Cancel; on values the database could not save, only at the second Escape."""
        typed = any(value.strip() for value in self.values())
        if self.unsaved and typed and not self.escape_again:
            self.escape_again = True
            widget = self.query_one("#form-problem", Static)
            widget.update(plain(WORDS(self.lang, "escape_again", key=self.key_names())))
            widget.display = True
            return
        self.dismiss(False)
