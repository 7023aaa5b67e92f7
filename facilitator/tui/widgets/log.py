"""The contribution log: every contribution, newest first, in a virtualised table.

One :class:`DataTable` row per contribution (adding a row costs the same at
10 or 10,000 rows; a widget per contribution would not). The log loads the
newest page through the note service and more when the cursor reaches the
"older" row at the bottom; on each reload of the session it re-reads only
the rows it shows and touches only the rows that changed, so a long session
stays fast (another page, where most rows go, fills the table anew). ``End``
shows the oldest page instead (read by id along the index, not through the rows
before it), under a "newer" row that loads the next newer page when the cursor
reaches it; ``Home`` shows the newest page again. The log
owns its keys (newest, oldest, edit, re-kind, re-attribute, re-file, tag, delete;
built from :mod:`facilitator.tui.actions`): they apply while its table has the
focus, which it has whenever the tab is shown. What the editing keys do is in
:mod:`facilitator.tui.widgets.log_actions`.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.coordinate import Coordinate
from textual.events import Resize
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import DataTable, Static

from facilitator.domain.model import Contribution, Kind
from facilitator.domain.numbering import number_of
from facilitator.i18n import Catalog
from facilitator.i18n.formats import clock, local
from facilitator.service import SessionState, StoreError
from facilitator.service.notes import PAGE
from facilitator.tui.actions import Scope, bindings, kind_keys
from facilitator.tui.text import KeptTogether
from facilitator.tui.widgets.base import IN_SIGHT, keep_in_sight
from facilitator.tui.widgets.kind_badge import (
    flat,
    kind_colours,
    kind_style,
    kind_word,
    paragraph,
    rich_badge,
    rich_plain,
)
from facilitator.tui.widgets.log_actions import LogCommands
from facilitator.tui.words import Localised

WORDS = Catalog(
    {
        "col.time": ("tijd", "time"),
        "col.kind": ("soort", "kind"),
        "col.who": ("wie", "who"),
        "col.item": ("punt", "item"),
        "col.text": ("bijdrage", "contribution"),
        "more": (
            "nog {n} eerdere bijdragen — Enter laadt ze",
            "{n} older contributions — Enter loads them",
        ),
        "newer": (
            "nog {n} nieuwere bijdragen — ↑ laadt ze, {key[log.newest]} naar de nieuwste",
            "{n} newer contributions — ↑ loads them, {key[log.newest]} to the newest",
        ),
        "empty": (
            "Nog geen bijdragen. {keys} leggen er een vast.",
            "No contributions yet. {keys} capture one.",
        ),
        "news": (
            "▲ {n} nieuwe erboven · {key[log.newest]} naar de nieuwste",
            "▲ {n} new above · {key[log.newest]} to the newest",
        ),
        "nobody": ("—", "—"),
        "item": ("punt {n}", "item {n}"),
    }
)

MORE = "more"
NEWER = "newer"
TIME_WIDTH, KIND_WIDTH, WHO_WIDTH, ITEM_WIDTH = 5, 10, 18, 4
NARROW = 100  # below this width the "who" column gets narrower
TEXT_ROOM = 20
"""Below this many cells for the text the "who" column makes way, down to ``WHO_LEAST``."""
WHO_LEAST = 8
TEXT_LEAST = 4
"""The text column's least width (a log narrower than any screen gives it would scroll)."""
TEXT_LIMIT = 400
COLUMNS = ("time", "kind", "who", "item", "text")
TOP = 2**62
"""The sort order of the "newer" row: above every contribution."""
ON_A_CONTRIBUTION = frozenset({"edit", "rekind", "speaker", "item", "tag", "delete"})
"""The log's actions on the selected contribution: offered only while one is selected."""


class Ordered(Text):
    """A cell that also carries the sort order of its row (the contribution id)."""

    order: int = 0


class LogTable(DataTable[Any], inherit_bindings=False):
    """The log's table, without the table's own ``Home`` and ``End``, which move a cell
    cursor between columns and do nothing with the log's row cursor: those keys are the
    log's, to the newest and the oldest contribution. Given fewer rows (the detail under
    it grew), it scrolls to keep the row selected in sight."""

    BINDINGS = [
        binding
        for bindings_ in DataTable._merge_bindings().key_to_bindings.values()
        for binding in bindings_
        if binding.key not in ("home", "end")
    ]

    def on_resize(self, event: Resize) -> None:
        # the rows drawn (a row with and without the cursor, or drawn before a change), as
        # many as twice the lines in sight, and more
        rows = max(IN_SIGHT, 2 * event.size.height)
        keep_in_sight(self._row_render_cache, rows)
        keep_in_sight(self._row_renderable_cache, rows)
        keep_in_sight(self._line_cache, rows)
        keep_in_sight(self._cell_render_cache, rows * len(COLUMNS))
        if event.size.height and self.row_count:
            # fewer rows shown (the detail under the table grew for a long contribution, the
            # window got smaller): the row selected stays in sight, where Delete or K act
            self._scroll_cursor_into_view()


class ContributionLog(Localised, Vertical):
    """All contributions: kind badge, speaker, agenda item, text and tags."""

    state: reactive[SessionState | None] = reactive(None, always_update=True, repaint=False)
    """The session as last read; a change of it makes the log re-read its rows."""

    WORDS = WORDS
    SCOPE = Scope.LOG
    BINDINGS = bindings(SCOPE)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.window = PAGE
        """How many rows the log shows (a page more with each "older" row reached)."""
        self.up_to: int | None = None
        """The newest contribution shown, while ``End`` put the log on older pages (then no
        newer one comes in at the top); None: the newest page, which follows the newest."""
        self._rows: dict[int, Contribution] = {}
        self._total = 0
        self._newer = 0
        self._older = 0
        self._text_width = 40
        self._who_width = WHO_WIDTH
        self._kind_width = KIND_WIDTH
        self._seen = 0
        self._anchor: str | None = None
        self._to_select: int | None = None
        """A row chosen while the log is not laid out yet (from the check before closing):
        selected when it is, instead of the newest it would follow."""
        """The row to scroll back to the top once rows that came in above are laid out."""
        self._on_a_row = False
        """Whether a contribution was selected when the keys were last judged."""
        self._own: int | None = None
        """This window's contribution saved last (its capture line's Enter): while the log
        follows the newest, the selection stays on it when other windows' lines come in."""
        self._own_next: int | None = None
        """This window's line saved while the log followed, to select once it is loaded."""
        """The newest contribution the user has had at the top (older ones are not news)."""
        self.commands = LogCommands(self)

    def compose(self) -> ComposeResult:
        yield LogTable(cursor_type="row", zebra_stripes=True, id="log-table")
        yield Static(id="log-news", markup=False)  # below: the rows being read do not move
        yield Static(id="log-detail")

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#log-table", DataTable)

    def on_mount(self) -> None:
        self._kind_width = max(len(kind_word(k, self.lang)) + 2 for k in Kind)
        # Its width is known only at its first layout; until then, that of the nearest
        # container laid out (on the main screen the tabs', whose whole width it takes),
        # so that its first page of rows is drawn once, not in a guessed width and again
        # at the first resize.
        sized = (a.content_size.width for a in self.ancestors if isinstance(a, Widget))
        room = next((width for width in sized if width), 0)
        if room:
            self._fit(room)
        self._add_columns()
        self.sync()

    def _add_columns(self) -> None:
        table = self.table
        table.add_column(self.t("col.time"), width=TIME_WIDTH, key="time")
        table.add_column(self.t("col.kind"), width=self._kind_width, key="kind")
        table.add_column(self.t("col.who"), width=self._who_width, key="who")
        table.add_column(self.t("col.item"), width=ITEM_WIDTH, key="item")
        table.add_column(self.t("col.text"), width=self._text_width, key="text")

    def on_resize(self, event: Resize) -> None:
        if self._fit(event.size.width):
            self._rebuild()
        if self._to_select is not None and event.size.area:
            self.select(self._to_select)  # laid out now: it stays selected

    def _fit(self, width: int) -> bool:
        """The columns' widths for the log ``width`` cells wide; True if they changed.

        The table is never wider than the log: a text column given more than the room
        left (beside the board, at 120×40) was cut at the log's edge, mid-word and with no
        ``…``, over a horizontal scroll bar. Where the text would get fewer than
        ``TEXT_ROOM`` cells, the names make way first, down to ``WHO_LEAST``."""
        # each column has one cell of padding on either side; leave room for the scrollbar
        who = WHO_WIDTH if width >= NARROW else WHO_WIDTH - 6
        fixed = TIME_WIDTH + self._kind_width + ITEM_WIDTH + 2 * 5 + 3
        text = width - fixed - who
        if text < TEXT_ROOM:
            who = max(WHO_LEAST, who - (TEXT_ROOM - text))
            text = width - fixed - who
        text = max(TEXT_LEAST, text)
        if (text, who) == (self._text_width, self._who_width):
            return False
        self._text_width, self._who_width = text, who
        return True

    def _rebuild(self) -> None:
        """New column widths: draw every loaded row again (only on resize)."""
        if not self.is_mounted:
            return
        selected = self.selected_id
        self.table.clear(columns=True)
        self._add_columns()
        rows, self._rows = self._rows, {}
        self._apply(sorted(rows.values(), key=lambda c: -c.id), self._total, self._newer)
        self.select(selected)

    # -- selection ------------------------------------------------------------------------
    @property
    def selected_id(self) -> int | None:
        table = self.table
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return int(key.value) if key.value and key.value.isdigit() else None

    @property
    def selected(self) -> Contribution | None:
        selected = self.selected_id
        return self._rows.get(selected) if selected is not None else None

    def select(self, contribution_id: int | None) -> None:
        if contribution_id is not None and contribution_id in self._rows:
            self.table.move_cursor(row=self.table.get_row_index(str(contribution_id)))
        self._to_select = contribution_id if not self.size.area else None

    def own_saved(self, contribution_id: int) -> None:
        """This window's capture line saved ``contribution_id``. A log that follows the
        newest selects it, also when another window's newer line came in meanwhile: the
        keys typed after the Enter (``K``, ``Delete``) act on the line just saved, not on
        the other window's. A log where older rows are being read keeps its row."""
        following = self.following
        self._own = contribution_id
        if not following:
            return
        if contribution_id in self._rows:
            self._own_next = None
            self._follow(contribution_id)
        else:  # saved, not read yet: selected when it is
            self._own_next = contribution_id

    def _follow(self, selected: int | None) -> None:
        """The log follows the newest: the view at the top, the newest row selected, or this
        window's own line saved last while it is in sight there (another window's lines
        that came in above it do not take the selection from it). ``selected``: the row
        selected before the rows changed."""
        table = self.table
        if self._to_select in self._rows:
            table.move_cursor(row=table.get_row_index(str(self._to_select)))
            return
        own = self._own_next if self._own_next in self._rows else selected
        self._own_next = None
        row = 0
        if own is not None and own == self._own and own in self._rows:
            index = table.get_row_index(str(own))
            if self.size.area:
                in_sight = table.scrollable_content_region.height - table.header_height
            else:  # not shown: at most the rows a screen holds
                in_sight = self.app.size.height
            if index < in_sight:
                row = index
        table.move_cursor(row=row)
        table.scroll_to(y=0, animate=False, immediate=True)
        self._seen = max(self._rows, default=0)

    @on(DataTable.RowHighlighted, "#log-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if event.row_key.value == MORE:
            self.load_more()
        elif event.row_key.value == NEWER:
            self.load_newer()
        elif event.cursor_row == 1 and NEWER in self.table.rows:
            # the first contribution under the "newer" row: that row comes into view, so
            # its count is read before the next ↑ loads the page above (the table keeps
            # the cursor at its top edge, which left the row out of sight)
            self.table.scroll_to(y=0, animate=False)
        self._show_detail()
        self._show_news()
        self._keys_follow()

    @on(DataTable.RowSelected, "#log-table")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value == MORE:
            self.load_more()
        elif event.row_key.value == NEWER:
            self.load_newer()
        elif event.row_key.value and event.row_key.value.isdigit():
            said = self.selected
            if said is not None and said.id == int(event.row_key.value):
                self.commands.edit_contribution(said)

    def _count_row(self, key: str, arrow: str, order: int, words: str, n: int) -> bool:
        """The row saying how many contributions are not loaded (``key``: above, NEWER, or
        below, MORE), kept up to ``n``: added, changed, or taken away at 0. True if added
        (the table is sorted again)."""
        table = self.table
        if n <= 0:
            if key in table.rows:
                table.remove_row(key)
            return False
        text = Text(self.t(words, n=n), style="dim italic")
        if key in table.rows:
            table.update_cell(key, "text", text)
            return False
        marker = Ordered(arrow)
        marker.order = order
        table.add_row(marker, Text(), Text(), Text(), text, key=key)
        return True

    # -- keys (the action table's log rows) ----------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The keys on a contribution apply only while one is selected (none before the
        first, nor on a row that counts the contributions not loaded): not shown then."""
        if action in ON_A_CONTRIBUTION:
            return self.is_mounted and self.selected is not None
        return True

    def _keys_follow(self) -> None:
        """Have the keys judged again when a contribution comes to be selected or stops
        being (the footer is drawn again only then, not at every row)."""
        on_a_row = self.selected is not None
        if on_a_row != self._on_a_row:
            self._on_a_row = on_a_row
            self.refresh_bindings()

    def action_newest(self) -> None:
        """The newest contribution, at the top of the newest page (which then follows it)."""
        table = self.table
        if self.up_to is not None or self.window > PAGE:
            self.up_to, self.window = None, PAGE
            self.sync()
            self._anchor = None  # no place to keep: the view goes to the top
        table.move_cursor(row=0)
        table.scroll_to(y=0, animate=False, immediate=True)
        self._show_news()

    def action_oldest(self) -> None:
        """The oldest contribution: the oldest page (read by id, not through the newer
        ones), under a row saying how many newer ones there are."""
        table = self.table
        notes = getattr(self.app, "notes", None)
        if self._older > 0 and notes is not None:
            try:
                oldest = notes.oldest_contributions(PAGE)
            except StoreError:
                return  # the app reports store problems when it reloads; keep what is shown
            if oldest:
                self.up_to, self.window = oldest[-1].id, PAGE
                self.sync()
                self._anchor = None
        if table.row_count:
            table.move_cursor(row=table.row_count - 1)

    def action_edit(self) -> None:
        self.commands.edit()

    def action_rekind(self) -> None:
        self.commands.rekind()

    def action_speaker(self) -> None:
        self.commands.speaker()

    def action_item(self) -> None:
        self.commands.item()

    def action_tag(self) -> None:
        self.commands.tag()

    def action_delete(self) -> None:
        self.commands.delete()

    # -- loading --------------------------------------------------------------------------
    def watch_state(self) -> None:
        self.sync()

    def load_more(self) -> None:
        """Load the next page of older contributions."""
        if self._older > 0:
            self.window += PAGE
            self.sync()

    def load_newer(self) -> None:
        """Load the next page of newer contributions, above the rows shown; the cursor
        goes to the oldest of them, just above the row it came from."""
        notes = getattr(self.app, "notes", None)
        if self.up_to is None or notes is None:
            return
        came_from = str(self.up_to)
        try:
            page = notes.newer_contributions(self.up_to, PAGE)
            newest = page[-1].id if page else self.up_to
            self.up_to = newest if notes.newer_count(newest) else None
        except StoreError:
            return
        self.window += len(page)
        self._seen = max(self._seen, newest)  # loaded by the user: not news
        self.sync()
        self._anchor = None
        table = self.table
        if came_from in table.rows:
            table.move_cursor(row=max(0, table.get_row_index(came_from) - 1))

    def sync(self) -> None:
        """Re-read the rows shown (``window`` of them, the newest or up to ``up_to``) and
        redraw only what changed."""
        state = self.state
        notes = getattr(self.app, "notes", None)
        if state is None or notes is None or not self.is_mounted:
            return
        try:
            if self.up_to is None:
                fresh, newer = notes.contributions(0, self.window), 0
            else:
                fresh = notes.contributions(0, self.window, up_to=self.up_to)
                newer = notes.newer_count(self.up_to)
        except StoreError:
            return  # the app reports store problems when it reloads; keep what is shown
        self._apply(fresh, state.contribution_count, newer)

    def _apply(self, fresh: list[Contribution], total: int, newer: int = 0) -> None:
        table = self.table
        state = self.state
        if state is None:
            return
        selected = self.selected_id
        following = self.following
        anchor = None if following else self._top_row_key()
        keep = {c.id for c in fresh}
        gone = [i for i in self._rows if i not in keep]
        if len(gone) > len(self._rows) - len(gone):
            # another page (End, Home, back from older pages): the table anew. Taking the
            # rows out one by one renumbers the rest each time and moves the cursor, which
            # draws the detail line again, for every row: a page of them took half a second
            table.clear()
            self._rows = {}
        for said_id in gone if self._rows else []:
            table.remove_row(str(said_id))
            del self._rows[said_id]
        added = False
        colours = kind_colours(self.app)
        shared: dict[tuple[str, object], Text] = {}
        for said in fresh:
            old = self._rows.get(said.id)
            if old == said:
                continue
            cells = self._cells(said, state, colours, shared)
            if old is None:
                table.add_row(*cells, key=str(said.id))
                added = True
            else:
                for key, cell in zip(COLUMNS, cells, strict=True):
                    table.update_cell(str(said.id), key, cell)
            self._rows[said.id] = said
        self._total, self._newer = total, newer
        self._older = more = max(0, total - newer - len(self._rows))
        added = self._count_row(NEWER, "▲", TOP, "newer", newer) or added
        added = self._count_row(MORE, "▼", -1, "more", more) or added
        if added:
            table.sort("time", key=lambda cell: getattr(cell, "order", 0), reverse=True)
        if following or (self.size.area == 0 and self.up_to is None):
            # not shown (when it is, it opens on the newest), or at the newest: follow it
            self._follow(selected)
        else:
            # reading older rows: they stay selected and where they were on the screen
            if selected is not None and selected in self._rows:
                table.move_cursor(row=table.get_row_index(str(selected)), scroll=False)
            if anchor is not None and anchor in table.rows and self._anchor is None:
                self._anchor = anchor
                self.call_after_refresh(self._keep_place)
        self._show_detail()
        self._show_news()
        self._keys_follow()

    @property
    def following(self) -> bool:
        """At the newest row (or this window's own line saved last, with only newer rows
        above it), scrolled to the top: new rows come in at the top, in view."""
        table = self.table
        if self._anchor is not None or self.up_to is not None:
            return False  # rows came in above and the view has not been put back yet, or
            # an older page is shown: new rows do not come in
        if not self._rows:
            return True
        on_top = table.cursor_row == 0 or (self._own is not None and self.selected_id == self._own)
        return on_top and round(table.scroll_y) == 0

    def _keep_place(self) -> None:
        """Scroll the row that was at the top back to the top, the selected row in view."""
        anchor, self._anchor = self._anchor, None
        table = self.table
        if anchor is None or anchor not in table.rows:
            return
        y = table.get_row_index(anchor)
        rows = max(1, table.scrollable_content_region.height - table.header_height)
        y = max(y, table.cursor_row - rows + 1)
        table.scroll_to(y=y, animate=False, immediate=True)

    def _top_row_key(self) -> str | None:
        """The key of the row at the top of the table's view (or the one to put back there)."""
        if self._anchor is not None:
            return self._anchor
        table = self.table
        top = round(table.scroll_y)
        if not 0 <= top < table.row_count:
            return None
        return table.coordinate_to_cell_key(Coordinate(top, 0)).row_key.value

    def _show_news(self) -> None:
        """Say how many rows came in above while the user reads older ones."""
        if self.table.cursor_row == 0 or self.up_to is not None:
            # on an older page the "newer" row counts what is above, loaded or not
            self._seen = max(self._rows, default=0)
        unseen = sum(1 for i in self._rows if i > self._seen)
        news = self.query_one("#log-news", Static)
        news.display = unseen > 0
        if unseen:
            news.update(self.t("news", n=unseen))

    def _cells(
        self,
        said: Contribution,
        state: SessionState,
        colours: Any,
        shared: dict[tuple[str, object], Text],
    ) -> list[Text]:
        """The row's cells; a kind's badge, a speaker's name and an item's number are one
        cell for all the rows of a page (``shared``), not one for each row."""
        at = Ordered(clock(local(said.created_at, state.session.zone)), style="dim")
        at.order = said.id
        text = rich_plain(said.text, limit=TEXT_LIMIT)
        if said.tags:
            text.append("  " + flat(" ".join("#" + t for t in said.tags), 80), style="italic")
        badge = shared.get(("kind", said.kind))
        if badge is None:
            badge = shared["kind", said.kind] = rich_badge(said.kind, self.lang, colours)
        who = shared.get(("who", said.participant_id))
        if who is None:
            person = state.participant(said.participant_id)
            name = person.name if person else self.t("nobody")
            who = shared["who", said.participant_id] = rich_plain(name, limit=self._who_width + 4)
        number = shared.get(("item", said.item_id))
        if number is None:
            item_number = number_of(state.items, said.item_id)
            shown = str(item_number) if item_number is not None else ""
            number = shared["item", said.item_id] = Text(shown, justify="right")
        return [at, badge, who, number, text]

    def _show_detail(self) -> None:
        detail = self.query_one("#log-detail", Static)
        state = self.state
        said = self.selected
        if said is None or state is None:
            empty = not self._rows
            keymap = getattr(self.app, "keymap", None)
            kinds = kind_keys(keymap.shown if keymap is not None else None, self.lang)
            keys = " ".join(key for key in kinds if key)  # a kind left without a key: not said
            words = self.t("empty", keys=keys) if empty else ""
            detail.update(Content(words).stylize("$foreground-muted"))
            return
        colours = kind_colours(self.app)
        person = state.participant(said.participant_id)
        item = state.item(said.item_id)
        who = f"{person.name} ({person.organisation})" if person else self.t("nobody")
        n = number_of(state.items, said.item_id)
        where = self.t("item", n=n) + " " + item.title if item and n else ""
        head = flat(
            " · ".join(p for p in (kind_word(said.kind, self.lang).upper(), who, where) if p), 200
        )
        tags = " ".join("#" + t for t in said.tags)
        together: list[tuple[int, int]] = []
        label = " · " + self.t("item", n=n) if where else ""
        at = head.rfind(label) if label else -1
        if at >= 0:  # «punt 3» on one row: where the row is full, the whole of it goes on
            together.append((at + 3, at + len(label)))
        detail.update(
            KeptTogether(
                Content.assemble(
                    (head, kind_style(colours, said.kind, bold=True)),
                    ("  " + flat(tags, 120), "$text-accent") if tags else "",
                    "\n",
                    paragraph(said.text),
                ),
                together,
            )
        )
