"""The note-taker's keys for the main screen: capture, the board and the contribution log.

Capture keys (``b o k a d q c``) work on every tab while no text field has
focus. Board keys work on the board tab only, log keys on the log tab only
(``check_action``); where a key is also the console's (``shift+↑/↓``,
``enter``), the note-taker's binding is tried first and gives way outside its
tab. The actions live in :mod:`board_keys` and :mod:`log_keys`; every change
is given to the app (``app.submit(app.notes.X)``): one operation, run in key
order off the UI thread, undone whole by ``ctrl+z``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import Binding, BindingsMap, BindingType

from facilitator.domain.model import Kind, SessionStatus
from facilitator.tui.screens.board_keys import BoardKeys
from facilitator.tui.screens.log_keys import LogKeys
from facilitator.tui.screens.note_words import KEY_WORDS
from facilitator.tui.widgets.capture import Capture, CaptureBar

CAPTURE_KEYS = [
    ("b", Kind.BARRIER, "note.barrier", True),
    ("o", Kind.OPPORTUNITY, "note.opportunity", True),
    ("k", Kind.OPPORTUNITY, "note.kans", False),
    ("a", Kind.ACTION, "note.action", True),
    ("d", Kind.DECISION, "note.decision", True),
    ("q", Kind.QUESTION, "note.question", True),
    ("c", Kind.NOTE, "note.note", True),
]
TAB_OF = {"board_": "board", "log_": "log"}


class NoteKeys(BoardKeys, LogKeys):
    """Mixin: bindings and actions of the note-taker."""

    KEY_WORDS = KEY_WORDS
    BINDINGS: ClassVar[list[BindingType]] = [
        *[Binding(k, f"capture('{kind.value}')", d, show=s) for k, kind, d, s in CAPTURE_KEYS],
        # the board (F2)
        Binding("left", "board_column(-1)", "board.column_left", show=False, key_display="←"),
        Binding("right", "board_column(1)", "board.column_right", show=False, key_display="→"),
        Binding("shift+up", "board_move(-1)", "board.up", show=False, key_display="⇧↑"),
        Binding("shift+down", "board_move(1)", "board.down", show=False, key_display="⇧↓"),
        Binding(
            "shift+left", "board_move_column(-1)", "board.to_left", show=False, key_display="⇧←"
        ),
        Binding(
            "shift+right", "board_move_column(1)", "board.to_right", show=False, key_display="⇧→"
        ),
        Binding("enter", "board_edit", "board.edit", show=False),
        Binding("v", "board_vote(1)", "board.vote"),
        Binding("V", "board_vote(-1)", "board.unvote", show=False),
        Binding("l", "board_link", "board.link"),
        Binding("M", "board_merge", "board.merge"),
        Binding("number_sign", "board_tag", "board.tag", show=False, key_display="#"),
        Binding("commercial_at", "board_owner", "board.owner", show=False, key_display="@"),
        Binding("exclamation_mark", "board_due", "board.due", show=False, key_display="!"),
        Binding("P", "board_park", "board.park", show=False),
        Binding("delete", "board_delete", "board.delete", show=False),
        Binding("slash", "board_filter", "board.filter", key_display="/"),
        Binding("escape", "board_clear_filter", "board.clear_filter", show=False),
        # the contribution log (F3)
        Binding("enter", "log_edit", "log.edit", show=False),
        Binding("K", "log_rekind", "log.rekind"),
        Binding("tilde", "log_speaker", "log.speaker", key_display="~"),
        Binding("i", "log_item", "log.item", show=False),
        Binding("number_sign", "log_tag", "log.tag", show=False, key_display="#"),
        Binding("delete", "log_delete", "log.delete"),
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Textual keeps only the most derived class's bindings for a key, so where the
        # console shares a key with us (shift+↑, enter…) one side would vanish. Keep both,
        # ours first: check_action lets ours through only on the board and log tabs.
        mine = BindingsMap(NoteKeys.BINDINGS).key_to_bindings
        merged = dict(self._bindings.key_to_bindings)
        for key, ours in mine.items():
            theirs = [
                binding
                for cls in type(self).__mro__
                for binding in BindingsMap(cls.__dict__.get("BINDINGS", [])).key_to_bindings.get(
                    key, []
                )
            ]
            others = [b for b in [*merged.get(key, []), *theirs] if b not in ours]
            merged[key] = [*ours, *dict.fromkeys(others)]
        self._bindings = BindingsMap.from_keys(merged)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        for prefix, tab in TAB_OF.items():
            if action.startswith(prefix):
                if action == "board_clear_filter":
                    return self._tab() == tab and bool(self._board_pane.filter_text)
                return self._tab() == tab
        return super().check_action(action, parameters)

    # -- capture -------------------------------------------------------------------------------
    def action_capture(self, kind: str) -> None:
        state = self._now_state
        if state is not None and state.session.status == SessionStatus.CLOSED:
            self._tell("closed")
            return
        self.query_one(CaptureBar).open(Kind(kind))

    def save_capture(self, capture: Capture) -> None:
        """The capture bar's Enter: give the save to the app (in the key's own event).

        The contribution is filed under the agenda item that is current when
        the command runs (after every command given before it); if the save
        fails, the text goes back to the capture bar.
        """
        parsed = capture.parsed
        bar = self.query_one(CaptureBar)

        def failed(result: Any) -> None:
            bar.restore(capture.kind, capture.line, result.message(self._lang))

        self._run(
            self._notes.capture,
            capture.kind,
            parsed.text,
            participant_id=capture.speaker_id,
            owners=parsed.owners,
            tags=parsed.tags,
            due=parsed.due,
            failed=failed,
        )

    # -- palette and help ----------------------------------------------------------------------
    def palette_entries(self) -> list[tuple[str, str]]:
        """Actions with no key of their own, for the command palette."""
        mine = [(self._w("board.sort"), "board_sort")]
        theirs: list[tuple[str, str]] = getattr(super(), "palette_entries", lambda: [])()
        return mine + theirs

    def HELP_EXTRA(self, lang: str) -> str:  # noqa: N802 - the help screen's hook
        """The capture syntax and the board and log keys (shown on the help screen)."""
        theirs = getattr(super(), "HELP_EXTRA", None)
        mine = KEY_WORDS(lang, "help")
        return f"{mine}\n\n{theirs(lang)}" if callable(theirs) else mine
