"""Dialogs that take keys from the moment they are pushed.

A dialog is pushed by a key (``h`` for a hand, Enter to edit a card) and
people keep typing: the letters that follow belong to its text field even
though the dialog is not mounted yet. Until :meth:`KeyedDialog.keys_ready`,
the app's key router holds every key back (``ready_for_keys`` is False); then
the field has the focus and the keys flow in, in order.

A dialog without a text field (closing, reopening, quitting, the preview, the
help: :class:`HeldDialog`) holds them until it is mounted: an Esc typed right
after its key closes it once it is there, not before (its mount then looked for
widgets already gone with it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from textual.actions import SkipAction
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Input

from facilitator.tui.actions import KeyNames
from facilitator.tui.host import host_of
from facilitator.tui.keymap import key_names
from facilitator.tui.keys import focus_now
from facilitator.tui.widgets.shown_input import ShownInput

if TYPE_CHECKING:
    from facilitator.service.rescue import Kept

T = TypeVar("T")


class _HoldsKeys(ModalScreen[T], Generic[T]):
    """A modal screen the key router holds the keys typed after it for, until
    :meth:`let_keys_in` (``ready_for_keys`` False until then)."""

    ready_for_keys = False
    """False until the dialog can take keys (the router holds them back)."""

    def let_keys_in(self) -> None:
        """The dialog can take keys now: the router lets the held ones in, in order."""
        self.ready_for_keys = True
        router: Any = getattr(self.app, "keys", None)
        if router is not None:
            router.resume()


class HeldDialog(_HoldsKeys[T], Generic[T]):
    """A modal screen pushed by a key, that takes the keys typed after it once it is
    mounted (the router holds them until then)."""

    def on_mount(self) -> None:
        """Runs after the subclass's own ``on_mount`` (Textual calls each class's)."""
        self.let_keys_in()


class KeyedDialog(_HoldsKeys[T], Generic[T]):
    """A modal screen whose text field owns every key typed after it was asked for: the
    router holds them until the field is mounted and focused."""

    def keys_ready(self, field: Input) -> None:
        """The field can take keys now: focus it and let the held keys in."""
        focus_now(field)
        self.let_keys_in()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Tab and shift+Tab only where there is another field to go to: a dialog of one
        field leaves them out of its footer."""
        if action == "next_field":
            return len(self.query(Input)) > 1
        return True

    def action_next_field(self, step: int = 1) -> None:
        """Tab (``step`` 1) and shift+Tab (-1): the dialog's next or previous text field,
        round from the last to the first; a dialog of one field keeps it. The focus moves
        at once, so the next key typed already goes there."""
        fields = list(self.query(Input))
        if len(fields) < 2:
            return
        focused = self.focused
        at = fields.index(focused) if isinstance(focused, Input) and focused in fields else -step
        self.enter_field(fields[(at + step) % len(fields)])

    def enter_field(self, field: Input) -> None:
        """The cursor comes to ``field`` (Enter or Tab in the one before it)."""
        focus_now(field)

    def key_names(self) -> KeyNames:
        """The app's keys as bound (after the keymap file): what the dialog's words name."""
        return key_names(host_of(self))

    def unsaved_text(self) -> str:
        """What is typed in this dialog's field and would be lost."""
        field = self.query(Input).first() if self.is_mounted else None
        return field.value if field is not None else ""

    def unsaved_lines(self) -> list[Kept]:
        """:meth:`unsaved_text` with what it was, for the file that keeps it when the app
        stops (a dialog with a title says it)."""
        from facilitator.service.rescue import Kept

        text = self.unsaved_text()
        return [Kept(text, self.about_text())] if text.strip() else []

    def about_text(self) -> str:
        """What the text typed here is, in words ('' when nothing says)."""
        return ""


class FilterInput(ShownInput):
    """An input whose changes and Enter are handled in the key's own event, whose text is
    never selected by the focus moving to it, and which shows a control character as
    ``�`` (:class:`~facilitator.tui.widgets.shown_input.ShownInput`).

    ``Input.Changed`` and ``Input.Submitted`` are messages, handled later; a
    picker that filtered on ``Changed`` and chose on ``Submitted`` would pick
    from a list not yet filtered by the last letters typed.
    """

    BINDINGS = [Binding("escape", "escape", show=False)]

    def __init__(
        self,
        *,
        on_change: Callable[[str], None],
        on_enter: Callable[[str], None],
        on_escape: Callable[[], None] | None = None,
        placeholder: str = "",
        id: str | None = None,
    ) -> None:
        self._change_hook = on_change
        self._enter_hook = on_enter
        self._escape_hook = on_escape
        # No select-on-focus: Textual selects the whole text when the focus event arrives,
        # later than the keys typed after the focus moved (Enter to the next field), and
        # the next letter would replace them. The cursor stays where the text ends.
        super().__init__(placeholder=placeholder, id=id, select_on_focus=False)

    def action_escape(self) -> None:
        if self._escape_hook is None:
            raise SkipAction()
        self._escape_hook()

    def _watch_value(self, value: str) -> None:
        super()._watch_value(value)
        self._change_hook(value)

    async def action_submit(self) -> None:
        self._enter_hook(self.value)
