"""The input of the capture line: completion for ``@``/``#``/``~`` and a parsed preview.

Used by the capture bar and by the editors of contributions and cards, so
editing reads exactly like capturing. A pasted text is kept whole, line
breaks included (the stored text is what was pasted); line breaks and control
characters show as visible one-cell symbols instead of breaking the line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events
from textual.color import Color
from textual.content import Content

from facilitator.capture.completion import Completion, complete
from facilitator.capture.context import Context
from facilitator.capture.showing import format_due, owner_label
from facilitator.domain.model import Kind
from facilitator.domain.years import FIRST_YEAR, LAST_YEAR
from facilitator.i18n import Catalog
from facilitator.tui.widgets.kind_badge import kind_style, printable
from facilitator.tui.widgets.shown_input import ShownInput

if TYPE_CHECKING:
    from facilitator.capture.parsing import Parsed

WORDS = Catalog(
    {
        "placeholder": (
            "wat is er gezegd?  @trekker  #tag  tot datum  ~spreker",
            "what was said?  @owner  #tag  by date  ~speaker",
        ),
        "owner": ("trekker", "owner"),
        "owners": ("trekkers", "owners"),
        "due": ("tot", "due"),
        "new": ("nieuw", "new"),
        "past": ("verstreken", "already past"),
        "said_by": ("gezegd door", "said by"),
        "nobody": ("niemand in het bijzonder", "nobody in particular"),
        "complete": ("→ aanvullen", "→ completes"),
        "empty": ("Typ eerst wat er gezegd is.", "Type what was said first."),
        "not_at_table": ("niet aan tafel", "not at the table"),
        "problem.bad_date": ("«{words}» is geen datum", "“{words}” is not a date"),
        "problem.unread_date": (
            "geen datum gelezen uit «{words}»",
            "no date read from “{words}”",
        ),
        "problem.weekday_mismatch": (
            "«{words}»: dag en datum kloppen niet",
            "“{words}”: weekday and date disagree",
        ),
        "problem.second_date": ("«{words}»: er is al een datum", "“{words}”: a date is set"),
        "problem.year_range": (
            "«{words}»: het jaar ligt buiten {first}–{last}",
            "“{words}”: the year is outside {first}–{last}",
        ),
        "problem.short_year": (
            "«{words}»: schrijf het jaar in vier cijfers, zoals {year}",
            "“{words}”: write the year in four digits, like {year}",
        ),
        "problem.unknown_speaker": (
            "«{words}»: geen deelnemer met dat nummer of die naam",
            "“{words}”: no participant with that number or name",
        ),
        "problem.second_speaker": ("maar één ~spreker", "only one ~speaker"),
        "problem.lead_elsewhere": (
            "trekker «{words}», niet van die organisatie",
            "lead “{words}”, not of that organisation",
        ),
        "problem.ambiguous_owner": (
            "«{words}»: Enter kiest niet — {candidates}?",
            "“{words}”: Enter picks none — {candidates}?",
        ),
        "or": ("of", "or"),
    }
)


class CaptureInput(ShownInput):
    """A one-line input that keeps pasted line breaks and shows odd characters visibly.

    With ``on_enter``, Enter hands the value over in the key's own event; when
    the callback returns True the value has been taken (and the line cleared),
    so a key typed right after Enter can never end up in the text just saved.
    """

    DEFAULT_CSS = """
    CaptureInput { border: none; height: 1; padding: 0 1; }
    CaptureInput:focus { border: none; }
    """

    def __init__(
        self,
        value: str = "",
        *,
        context: Callable[[], Context],
        placeholder: str = "",
        on_enter: Callable[[str], bool] | None = None,
        waits: Callable[[events.Key], bool] | None = None,
        id: str | None = None,
    ) -> None:
        """``waits``: whether a key waits until the screen shows the changes given before
        it (see :meth:`waits_behind`)."""
        self._enter_hook = on_enter
        self._waits_hook = waits
        self._session_words = context
        super().__init__(value, placeholder=placeholder, select_on_focus=False, id=id)

    def waits_behind(self, event: events.Key) -> bool:
        """Whether ``event`` waits while commands given before it are on their way (the
        app's ``holds_key``): a key whose outcome depends on the session as last read."""
        return self._waits_hook is not None and self._waits_hook(event)

    def _watch_value(self, value: str) -> None:
        """Complete the ``@``/``#``/``~`` token at the end of the line from the session,
        here and now: a suggester would start a worker for every key typed, and one still
        waiting when the line goes is never run."""
        super()._watch_value(value)
        if value:
            found = complete(value, self._session_words())
            if found is not None and found.suggestion:
                self._suggestion = found.suggestion

    async def action_submit(self) -> None:
        if self._enter_hook is None:
            await super().action_submit()
            return
        line = self.value
        if self._enter_hook(line) and self.value == line:
            self.value = ""

    def take_paste(self, text: str) -> None:
        """Insert a pasted text whole, line breaks included, at the cursor (or selection)."""
        if text:
            start, end = sorted(self.selection)
            if start == end:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, start, end)

    def _on_paste(self, event: events.Paste) -> None:
        self.take_paste(event.text)
        event.stop()
        event.prevent_default()  # Input's own handler would paste the first line again


def preview(
    parsed: Parsed,
    completion: Completion | None,
    context: Context,
    *,
    lang: str,
    colours: dict[Kind, Color],
) -> Content:
    """One line saying what Enter will store besides the text: its doubts first (``⚠``,
    read whole where the line wraps and its end is cut), then the completion, owners,
    due, tags, speaker."""

    def t(key: str, **values: object) -> str:
        return WORDS(lang, key, **values)

    parts: list[Content] = []
    for key, words in parsed.problems:
        candidates = next((c for w, c in parsed.ambiguous if w == words), ())
        problem = preview_problem(key, words, context, lang, candidates)
        parts.append(Content(problem).stylize("$text-warning"))
    if completion is not None and completion.candidates:
        shown_candidates = " · ".join(completion.candidates[:6])
        more = " …" if len(completion.candidates) > 6 else ""
        parts.append(
            Content.assemble(
                (completion.trigger + " ", "bold"),
                (printable(shown_candidates) + more, "$text-accent"),
                ("  " + t("complete"), "$foreground-muted"),
            )
        )
    if parsed.owners:
        labels = []
        for owner in parsed.owners:
            label = owner_label(owner, context)
            known = owner.participant_id is not None or any(
                label == o for o in context.organisations
            )
            labels.append(label if known else f"{label} ({t('not_at_table')})")
        parts.append(
            Content.assemble(
                ("→ ", kind_style(colours, Kind.ACTION, bold=True)), printable(", ".join(labels))
            )
        )
    if parsed.due is not None:
        due = Content(f"{t('due')} {format_due(parsed.due, lang, context.today)}")
        if parsed.due < context.today:
            due = Content.assemble(due, Content(f" ⚠ {t('past')}").stylize("$text-warning"))
        parts.append(due)
    if parsed.tags:
        tags = []
        for tag in parsed.tags:
            tags.append(Content("#" + printable(tag)).stylize("$text-accent"))
            if tag in parsed.new_tags:
                tags.append(Content(f" ({t('new')})").stylize("$foreground-muted"))
            tags.append(Content(" "))
        parts.append(Content.assemble(*tags[:-1]))
    if parsed.speaker_set:
        person = context.person(parsed.speaker)
        who = person.name if person else t("nobody")
        parts.append(Content(f"~ {t('said_by')} {printable(who)}"))
    if not parsed.text.strip() and not (completion and completion.candidates):
        parts.append(Content(t("empty")).stylize("$foreground-muted"))
    return Content("  ·  ").join(parts)


def preview_problem(
    key: str, words: str, context: Context, lang: str, candidates: tuple[str, ...] = ()
) -> str:
    """A problem of the line read (a key of :attr:`Parsed.problems`), in words: ``⚠ «tot 31
    nov» is geen datum``; ``candidates``, the organisations an ``@`` may mean."""
    named = (
        ", ".join(candidates[:-1]) + f" {WORDS(lang, 'or')} {candidates[-1]}" if candidates else ""
    )
    problem = WORDS(
        lang,
        f"problem.{key}",
        words=printable(words),
        candidates=printable(named),
        first=FIRST_YEAR,
        last=LAST_YEAR,
        year=context.today.year,
    )
    return "⚠ " + problem
