"""The user's keymap file: other keys for any action of the action table.

The file is ``keymap.toml`` in the user's config directory (on Linux
``~/.config/facilitator/keymap.toml``), one line per action::

    # action id = "key" or "key,key"
    "meeting.timer" = "ctrl+t"
    board.vote = "plus,v"

The ids are those of :mod:`facilitator.tui.actions` (the help screen and the
README list them). A file that cannot be read or is not valid TOML is
reported with its name and line, and the app starts with the default keys; an
unknown id or a value that is not a key is reported and skipped, and so is a line
whose keys could not work as written (another action would always take the key
first, say): its action keeps its default key.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from dataclasses import field
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_config_dir

from facilitator.i18n import Catalog
from facilitator.records import record
from facilitator.tui.actions import ACTIONS, BY_BINDING, BY_ID, Action, KeyNames, Scope

if TYPE_CHECKING:
    from rich.text import Text
    from textual.app import App
    from textual.notifications import Notification

FILE_NAME = "keymap.toml"

WORDS = Catalog(
    {
        "file": ("Toetsenbestand {path}", "Keymap file {path}"),
        "several": (
            "{n} problemen in toetsenbestand {path}:",
            "{n} problems in keymap file {path}:",
        ),
        "listed": (
            "Wat niet klopt in toetsenbestand {path}:",
            "What is wrong in keymap file {path}:",
        ),
        "short": (
            "{n} problemen in het toetsenbestand: zie de help ({help}).",
            "{n} problems in the keymap file: see the help ({help}).",
        ),
        "short_one": (
            "Een probleem in het toetsenbestand: zie de help ({help}).",
            "A problem in the keymap file: see the help ({help}).",
        ),
        "more": (
            "+{n} meer: de help ({help}) noemt ze allemaal.",
            "+{n} more: the help ({help}) lists them all.",
        ),
        # what is wrong, said after the file's name (Problem.message) or under it (the help)
        "broken": (
            "regel {line}: geen geldige TOML ({reason}). De standaardtoetsen gelden.",
            "line {line}: not valid TOML ({reason}). The default keys apply.",
        ),
        "unreadable": (
            "is niet te lezen: {reason}. De standaardtoetsen gelden.",
            "cannot be read: {reason}. The default keys apply.",
        ),
        "not_utf8": (
            "regel {line}: geen UTF-8-tekst (ongeldige byte in kolom {column}); sla het "
            "bestand op als UTF-8. De standaardtoetsen gelden.",
            "line {line}: not UTF-8 text (invalid byte at column {column}); save the file as "
            "UTF-8. The default keys apply.",
        ),
        "unknown": (
            "regel {line}: onbekende actie '{name}' (overgeslagen).",
            "line {line}: unknown action '{name}' (skipped).",
        ),
        "unknown_near": (
            "regel {line}: onbekende actie '{name}' (overgeslagen); bedoelt u '{near}'?",
            "line {line}: unknown action '{name}' (skipped); did you mean '{near}'?",
        ),
        "clash": (
            "regel {line}: {key} is nu zowel '{first}' als '{second}'; de toets doet '{winner}'.",
            "line {line}: {key} is now both '{first}' and '{second}'; the key does '{winner}'.",
        ),
        "bad_key": (
            "regel {line}: '{key}' voor '{name}' is geen toets "
            '(bijvoorbeeld "f12", "ctrl+t", "x"); de standaardtoets blijft.',
            "line {line}: '{key}' for '{name}' is not a key "
            '(say "f12", "ctrl+t", "x"); the default key stays.',
        ),
        "overruled": (
            "regel {line}: {key} voor '{name}' doet altijd eerst "
            "'{winner}'; kies een andere toets (de standaardtoets blijft).",
            "line {line}: {key} for '{name}' always does '{winner}' "
            "first; choose another key (the default key stays).",
        ),
        "overrules": (
            "regel {line}: {key} voor '{name}' werkt overal en zou de "
            "toets van '{loser}' afnemen; kies een andere toets (de standaardtoets blijft).",
            "line {line}: {key} for '{name}' acts everywhere and would "
            "take the key of '{loser}'; choose another key (the default key stays).",
        ),
        "twice": (
            "regel {line}: {key} voor '{name}' is al gegeven aan "
            "'{other}' (regel {other_line}); de standaardtoets blijft.",
            "line {line}: {key} for '{name}' is given to '{other}' "
            "already (line {other_line}); the default key stays.",
        ),
        "shifted": (
            "regel {line}: '{key}' voor '{name}' is geen toets die een toetsenbord stuurt: "
            'shift met {sign} typt een ander teken, "{meant}" ({meant_name}) op de meeste '
            "toetsenborden; de standaardtoets blijft.",
            "line {line}: '{key}' for '{name}' is no key a keyboard sends: shift with {sign} "
            'types another sign, "{meant}" ({meant_name}) on most keyboards; the default key '
            "stays.",
        ),
        "shifted_sign": (
            "regel {line}: '{key}' voor '{name}' is geen toets die een toetsenbord stuurt: "
            "shift met {sign} typt een ander teken; schrijf dat teken (de standaardtoets "
            "blijft).",
            "line {line}: '{key}' for '{name}' is no key a keyboard sends: shift with {sign} "
            "types another sign; write that sign (the default key stays).",
        ),
        "shifted_digit": (
            "regel {line}: '{key}' voor '{name}' is geen toets die een toetsenbord stuurt: "
            'shift met het cijfer {sign} typt een teken, "{meant}" ({meant_name}) op een '
            "Amerikaans toetsenbord; schrijf het teken dat uw toetsenbord typt (de "
            "standaardtoets blijft).",
            "line {line}: '{key}' for '{name}' is no key a keyboard sends: shift with the "
            'digit {sign} types a sign, "{meant}" ({meant_name}) on a US keyboard; write the '
            "sign your keyboard types (the default key stays).",
        ),
        "unsent_modifier": (
            "regel {line}: '{key}' voor '{name}' is geen toets die een terminal stuurt: de "
            "meeste terminals geven {modifier} aan geen programma door (het bureaublad of de "
            "terminal houdt hem zelf); kies een toets met ctrl, alt of shift, of een "
            "functietoets (de standaardtoets blijft).",
            "line {line}: '{key}' for '{name}' is no key a terminal sends: most terminals pass "
            "{modifier} on to no program (the desktop or the terminal keeps it); choose a key "
            "with ctrl, alt or shift, or a function key (the default key stays).",
        ),
        "typed": (
            "regel {line}: {key} voor '{name}' wordt getypt in de "
            "tekst waarin die toets werkt; kies een toets met ctrl of een functietoets (de "
            "standaardtoets blijft).",
            "line {line}: {key} for '{name}' is typed into the text it "
            "works in; choose a key with ctrl or a function key (the default key stays).",
        ),
        "not_keys": (
            "regel {line}: '{name}' moet een toets zijn, zoals "
            '"ctrl+t" of "f6,ctrl+t" (overgeslagen).',
            'line {line}: \'{name}\' must be a key, such as "ctrl+t" or "f6,ctrl+t" (skipped).',
        ),
    }
)

_AFTER_FILE = {"unreadable": " "}
"""What stands between the file's name and what is wrong (else ``", "``)."""

TOAST_WIDTH = 60
"""A notice's width (Textual's ``Toast``), at most half the screen's."""
TOAST_FRAME = 3
"""A notice's rows besides its words: the blank above it, its padding above and under."""
TOAST_SIDES = 3
"""A notice's columns besides its words: its edge on the left, its padding either side."""


def notice_width(screen_width: int) -> int:
    """How many cells of words a line of a notice holds on a screen ``screen_width`` wide."""
    return max(1, min(TOAST_WIDTH, screen_width // 2) - TOAST_SIDES)


def keymap_path() -> Path:
    """Where the user's keymap file lives."""
    return Path(user_config_dir("facilitator")) / FILE_NAME


@record
class Problem:
    """Something wrong in the keymap file, said in either language."""

    key: str
    values: dict[str, object]

    @property
    def line(self) -> int:
        """The line of the file it is on (0: the whole file)."""
        line = self.values.get("line")
        return line if isinstance(line, int) else 0

    def message(self, lang: str) -> str:
        """The whole message: the file, and what is wrong where."""
        file = WORDS(lang, "file", path=self.values["path"])
        return file + _AFTER_FILE.get(self.key, ", ") + self.detail(lang)

    def detail(self, lang: str) -> str:
        """What is wrong where, without the file's name: ``line 2: …``."""
        values = dict(self.values)
        if self.key == "broken":  # the TOML reader's own words, in Dutch too
            from facilitator.i18n.toml import toml_reason  # only for a broken keymap file

            values["reason"] = toml_reason(str(values.get("reason", "")), lang)
        return WORDS(lang, self.key, **values)


@record
class Keymap:
    """Binding id -> keys (``"f6,ctrl+t"``), and what was wrong in the file."""

    keys: dict[str, str] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    @cached_property
    def shown(self) -> dict[str, str]:
        """The keys as words on the screen should name them: :attr:`keys`, less a key
        another action takes (the loser of a clash); ``""`` for an action left without a
        key. The help said "b barrière" and "b notitie" once ``"capture.note" = "b"`` had
        taken b from the barrier. (A line whose key another action always takes first is
        refused: its action keeps its default key.)"""
        shown = dict(self.keys)
        for problem in self.problems:
            values = problem.values
            if problem.key != "clash":
                continue
            winner = values["winner"]
            loser = values["second"] if winner == values["first"] else values["first"]
            own = [key for bid, key in _bound(BY_BINDING[str(loser)], {}) if bid == loser]
            keys = shown.get(str(loser)) or ",".join(own)
            left = [k for k in keys.split(",") if k and k != values["key"]]
            shown[str(loser)] = ",".join(left)
        return shown

    def notice(self, lang: str, help_key: str, rows: Callable[[str], int], room: int) -> str:
        """Every problem of the file in one notice: a single problem's message, or how
        many there are and then each on its own line, as many as ``room`` rows hold
        (``rows(line)``: the rows a line takes), the rest counted (``+2 more: the help (?)
        lists them all``). Four notices of their own went off the top of an 80×24
        screen, unseen. Where not even the file's name fits, only how many there are and
        where to read them (``9 problems in the keymap file: see the help (?).``): a
        notice whole, never one cut at the top."""
        count = len(self.problems)
        short = (
            WORDS(lang, "short_one", help=help_key)
            if count == 1
            else WORDS(lang, "short", n=count, help=help_key)
        )
        if count == 1:
            message = self.problems[0].message(lang)
            return message if rows(message) <= room else short
        path = self.problems[0].values["path"]
        head = WORDS(lang, "several", n=count, path=path)
        lines = [f"• {problem.detail(lang)}" for problem in self.problems]
        for shown in range(count, -1, -1):
            left = count - shown
            more = [WORDS(lang, "more", n=left, help=help_key)] if left else []
            said = [head, *lines[:shown], *more]
            if sum(map(rows, said)) <= room:
                return "\n".join(said)
        return short

    def listed(self, lang: str) -> Text | None:
        """The file and every problem of it, a line each, the file's line in bold: what the
        help lists (None when there is nothing wrong)."""
        if not self.problems:
            return None
        from rich.text import Text

        path = self.problems[0].values["path"]
        text = Text(WORDS(lang, "listed", path=path), style="bold")
        for problem in self.problems:
            text.append(f"\n• {problem.detail(lang)}", style="not bold")
        return text


def say_problems(
    app: App[Any],
    keymap: Keymap,
    lang: str,
    help_key: str,
    said: Iterable[Notification] = (),
    *,
    height: int | None = None,
) -> Notification | None:
    """The keymap file's problems to the user, in one notice that fits on the screen under
    the notices shown or ``said`` already (a notice given is shown a moment later; their
    rows measured as Textual lays a notice out). ``height``: the rows the notices have,
    from the top of the screen down to under the lowest (the main screens and the review
    keep the rows under their panes free: the note-taker's capture panel, about eight rows);
    if not given, all but the footer's row. The notice given, if any."""
    if not keymap.problems:
        return None
    from textual.content import Content
    from textual.notifications import Notification, Notify

    width = notice_width(app.size.width)

    def rows(text: str) -> int:
        return len(Content(text).wrap(width))

    above = [*app._notifications, *(n for n in said if n not in app._notifications)]
    taken = sum(rows(str(n.message)) + (1 if n.title else 0) + TOAST_FRAME for n in above)
    # the notices stand above the footer's row (or the rows the screen keeps free), up to
    # the top of the screen
    room = (app.size.height - 1 if height is None else height) - taken - TOAST_FRAME
    text = keymap.notice(lang, help_key, rows, room)
    seconds = 20 if len(keymap.problems) == 1 else 30
    notice = Notification(text, severity="warning", timeout=seconds, markup=False)
    app.post_message(Notify(notice))
    return notice


def key_names(app: object) -> KeyNames:
    """The keys as ``app`` binds them (after its keymap file), in its language: what a
    text that names a key says (``{key[app.undo]}``; an action left without a key by
    its palette, where the app has one)."""
    keymap = getattr(app, "keymap", None)
    keys = keymap.shown if isinstance(keymap, Keymap) else None
    palette = bool(getattr(app, "ENABLE_COMMAND_PALETTE", True))
    return KeyNames(keys, str(getattr(app, "lang", "en")), palette=palette)


def load_keymap(path: Path | None) -> Keymap:
    """Read a keymap file; a missing file (or ``None``) is no keymap and no problem."""
    if path is None or not path.exists():
        return Keymap()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        from facilitator.i18n.oserrors import os_reason  # only for an unreadable file

        unreadable = {"path": path, "reason": os_reason(exc)}
        return Keymap(problems=(Problem("unreadable", unreadable),))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:  # named at the line of its first bad byte
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        values = {"path": path, "line": line, "column": column}
        return Keymap(problems=(Problem("not_utf8", values),))
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as read_text reads lines
    import tomllib  # only when there is a keymap file: most starts have none

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, reason = _where(str(exc))
        return Keymap(problems=(Problem("broken", {"path": path, "line": line, "reason": reason}),))
    return parse_keymap(data, text, path)


def parse_keymap(data: dict[str, object], text: str, path: Path) -> Keymap:
    """Check the ids and values of a parsed keymap file."""
    keys: dict[str, str] = {}
    lines: dict[str, int] = {}
    problems: list[Problem] = []
    for name, value in _flatten(data, text):
        line = lines[name] = _line_of(text, name)
        if name not in BY_BINDING:
            near = _near(name)
            values = {"path": path, "line": line, "name": name}
            if near is None:
                problems.append(Problem("unknown", values))
            else:
                problems.append(Problem("unknown_near", {**values, "near": near}))
            continue
        found = _keys(value)
        if found is None:
            problems.append(Problem("not_keys", {"path": path, "line": line, "name": name}))
            continue
        unsent = [(k, m) for k in found.split(",") if (m := _unsent_modifier(k)) is not None]
        if unsent:
            key, modifier = unsent[0]
            values = {"path": path, "line": line, "name": name, "key": key}
            problems.append(Problem("unsent_modifier", {**values, "modifier": modifier}))
            continue
        shifted = [k for k in found.split(",") if _shifted_sign(k) is not None]
        if shifted:
            problems.append(
                _shifted_problem(shifted[0], {"path": path, "line": line, "name": name})
            )
            continue
        named = [_key_name(k) for k in found.split(",")]
        wrong = [k for k, n in zip(found.split(","), named, strict=True) if n is None]
        if wrong:
            values = {"path": path, "line": line, "name": name, "key": wrong[0]}
            problems.append(Problem("bad_key", values))
            continue
        typed = [n for n in named if n is not None and _types(n)]
        if typed and BY_BINDING[name].priority:
            # a priority key acts inside a text field before the text: it would eat that
            # letter of every sentence typed (and the rest ran as shortcuts)
            values = {"path": path, "line": line, "name": name, "key": typed[0]}
            problems.append(Problem("typed", values))
            continue
        keys[name] = ",".join(n for n in named if n is not None)
    problems += _refused(keys, lines, path)
    problems += clashes(keys, path, lines)
    # in the file's order: the notice and the help list them so
    problems.sort(key=lambda problem: problem.line)
    return Keymap(keys, tuple(problems))


def _near(name: str) -> str | None:
    """The id an unknown ``name`` most likely means, if any: one of the digits' ids for
    their action's (``meeting.queue``), the one id whose last part it is (``timer``), else
    the closest by its letters (``captur.barrier``; ids share their first parts, so only a
    close one)."""
    import difflib  # only for a keymap file with an unknown id

    action = BY_ID.get(name)
    if action is not None:  # the palette's actions without a key have none to change
        return next(iter(action.binding_ids()), None)
    ends = [i for i in BY_BINDING if i.rsplit(".", 1)[-1] == name]
    if len(ends) == 1:
        return ends[0]
    close = difflib.get_close_matches(name, list(BY_BINDING), n=1, cutoff=0.8)
    return close[0] if close else None


def _refused(keys: dict[str, str], lines: dict[str, int], path: Path) -> list[Problem]:
    """The lines whose keys could not work as written, taken out of ``keys`` (their actions
    keep their default keys): a key that another action always takes first, a key that
    would act everywhere over another action's, the same key on two lines of one owner
    (the later line goes). Refusing a line gives its action back its default key, which
    may meet another line: so again until nothing more is refused. A line refused for a key
    that is its action's own default key is not said: that key goes to the other line's
    action, which :func:`clashes` says, and "the default key stays" would be untrue."""
    problems: list[Problem] = []
    while found := _overruled(keys, lines, path) or _twice(keys, lines, path):
        for problem in found:
            del keys[str(problem.values["name"])]
        problems += [problem for problem in found if not _own_key_taken(problem)]
    return problems


def _own_key_taken(problem: Problem) -> bool:
    """Whether ``problem`` refuses a line for a key given already to another action of the
    owner that is its action's own default key: refused, the action is left without it."""
    if problem.key != "twice":
        return False
    name = str(problem.values["name"])
    own = [key for bid, key in _bound(BY_BINDING[name], {}) if bid == name]
    return problem.values["key"] in own


MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")
UNSENT = ("super", "hyper", "meta")
"""Modifiers that most terminals pass on to no program: the desktop takes super for itself,
and hyper and meta reach a program only through a terminal that speaks the kitty keyboard
protocol (few do, and few keyboards have them). Bound, the action was left without a key."""


def _unsent_modifier(key: str) -> str | None:
    """The first of :data:`UNSENT` that ``key`` holds, else None."""
    mods = [m.lower() for m in key.split("+")[:-1]] if key != "+" else []
    return next((m for m in mods if m in UNSENT), None)


def _types(key: str) -> bool:
    """Whether ``key`` (as Textual names it) types a character: a letter, digit, sign or
    space, on its own or with shift."""
    from textual.keys import _character_to_key

    *mods, base = key.split("+")
    if any(m != "shift" for m in mods):
        return False
    return len(base) == 1 or base in {_character_to_key(c) for c in string.punctuation + " "}


SHIFTED = dict(zip("`-=[]\\;',./", '~_+{}|:"<>?', strict=True))
"""A sign and the sign shift types with it on most keyboards (the US layout's)."""
SHIFTED_DIGITS = dict(zip("1234567890", "!@#$%^&*()", strict=True))
"""A digit and the sign shift types with it on a US keyboard; other layouts differ more than
for the signs (a British one types " with shift and 2, a French one the digit itself)."""


def _shifted_sign(key: str) -> str | None:
    """The sign or digit of a key that is shift with a sign (``shift+]``,
    ``shift+right_square_bracket``) or a digit (``shift+1``), else None. No keypress gives
    such a key: shift and ] type }, which the terminal sends as }, and shift and 1 a sign
    (!); bound, the action was left without a key."""
    from textual.keys import _character_to_key

    *mods, base = key.split("+") if key != "+" else ["+"]
    if "shift" not in (m.lower() for m in mods):
        return None
    if len(base) == 1:
        return base if base in string.punctuation or base in string.digits else None
    signs = {_character_to_key(c): c for c in string.punctuation}
    return signs.get(base.lower())


def _shifted_problem(key: str, values: dict[str, object]) -> Problem:
    """A shift with a sign refused, with the sign it types on most keyboards if known; with
    a digit, with the sign a US keyboard types."""
    from textual.keys import _character_to_key

    sign = _shifted_sign(key) or ""
    values = {**values, "key": key, "sign": sign}
    digit = sign in SHIFTED_DIGITS
    meant = SHIFTED_DIGITS[sign] if digit else SHIFTED.get(sign)
    if meant is None:
        return Problem("shifted_sign", values)
    said = {**values, "meant": meant, "meant_name": _character_to_key(meant)}
    return Problem("shifted_digit" if digit else "shifted", said)


def _key_name(key: str) -> str | None:
    """The key as Textual names it (``F12`` is ``f12``, ``#`` is ``number_sign``), or None
    when it names no key (``notakey!!``): such a key would never fire, silently."""
    from textual.keys import Keys, _character_to_key

    *mods, base = key.split("+") if key != "+" else ["+"]
    mods = [m.lower() for m in mods]
    if any(m not in MODIFIERS for m in mods) or not base:
        return None
    if len(base) == 1:
        if not base.isprintable():
            return None
        name = base if base.isalnum() else _character_to_key(base)
    else:
        name = base.lower()
        known = {k.value.split("+")[-1] for k in Keys} | {
            _character_to_key(c) for c in string.punctuation + " "
        }
        if name not in known and not (name.startswith("f") and name[1:].isdigit()):
            return None
    return "+".join([*mods, name])


def _overruled(keymap: dict[str, str], lines: dict[str, int], path: Path) -> list[Problem]:
    """Lines that give an action a key that a key working everywhere takes first (``ctrl+q``
    quits, whatever else it is given to), and lines that give a key working everywhere
    another action's key (``"app.quit" = "f2"`` would quit where F2 shows the board): one
    of the two would be left without it."""
    first: dict[str, str] = {}
    for action in ACTIONS:
        if action.scope == Scope.APP and action.priority:
            for binding_id, key in _bound(action, keymap):
                first.setdefault(key, binding_id)
    # the main screens' own keys come before the app's other keys (Textual looks from the
    # focus outwards): "app.help" = "f1" is the console tab's F1 there
    screen: dict[str, str] = {}
    for action in ACTIONS:
        if action.scope == Scope.SCREEN:
            for binding_id, key in _bound(action, keymap):
                screen.setdefault(key, binding_id)
    # every other key, but the review's (its own app, which has none of the app's keys)
    elsewhere: dict[str, str] = {}
    for action in ACTIONS:
        if action.scope not in (Scope.APP, Scope.REVIEW):
            for binding_id, key in _bound(action, keymap):
                elsewhere.setdefault(key, binding_id)
    problems: list[Problem] = []
    for binding_id, keys in keymap.items():
        action = BY_BINDING[binding_id]
        values = {"path": path, "line": lines.get(binding_id, 1), "name": binding_id}
        for key in keys.split(","):
            winner = first.get(key)
            if winner is None and action.scope == Scope.APP and not action.priority:
                winner = screen.get(key)
            if winner is not None and winner != binding_id:
                problems.append(Problem("overruled", {**values, "key": key, "winner": winner}))
                break
            # a key working everywhere may keep its own (ctrl+q quits the dialog of text
            # not saved too), but takes no other action's
            loser = elsewhere.get(key)
            if action.scope == Scope.APP and action.priority and loser is not None:
                if key not in action.key_list:
                    problems.append(Problem("overrules", {**values, "key": key, "loser": loser}))
                    break
    return problems


def _twice(keymap: dict[str, str], lines: dict[str, int], path: Path) -> list[Problem]:
    """The first line found that gives a key to an action of an owner whose other action
    another line gives it already: only one of them could have it, and Textual took the
    other's own key away too. The later line of the two is refused."""
    for scope in Scope:
        taken: dict[str, str] = {}
        for action in ACTIONS:
            if action.scope != scope:
                continue
            for binding_id, key in _bound(action, keymap):
                if binding_id not in keymap:
                    continue
                other = taken.setdefault(key, binding_id)
                if other.split(".")[:2] == binding_id.split(".")[:2]:
                    continue  # the same action (one of the digits, or a key said twice)
                kept, refused = sorted((other, binding_id), key=lambda i: lines.get(i, 1))
                values = {"path": path, "line": lines.get(refused, 1), "key": key}
                other_line = lines.get(kept, 1)
                return [
                    Problem(
                        "twice",
                        {**values, "name": refused, "other": kept, "other_line": other_line},
                    )
                ]
    return []


def _bound(action: Action, keymap: dict[str, str]) -> list[tuple[str, str]]:
    """(binding id, key) of ``action`` after ``keymap``."""
    defaults = action.key_list
    found = []
    for n, binding_id in enumerate(action.binding_ids()):
        default = defaults[n] if action.each_key else action.keys
        found += [(binding_id, key) for key in keymap.get(binding_id, default).split(",")]
    return found


def clashes(
    keymap: dict[str, str], path: Path, lines: dict[str, int] | None = None
) -> list[Problem]:
    """Keys the keymap gives to two actions of one owner (only one of them can have it),
    named at the line that gives it (``lines``: each id's line in the file)."""
    lines = lines or {}
    problems: list[Problem] = []
    for scope in Scope:
        taken: dict[str, str] = {}
        for action in ACTIONS:
            if action.scope != scope:
                continue
            for binding_id, key in _bound(action, keymap):
                first = taken.setdefault(key, binding_id)
                if first != binding_id and first.split(".")[:2] != binding_id.split(".")[:2]:
                    if binding_id in keymap or first in keymap:
                        # Textual gives the key to the remapped one (the first if both are)
                        winner = first if first in keymap else binding_id
                        values = {"path": path, "key": key, "first": first, "winner": winner}
                        values["line"] = lines.get(winner, 1)
                        problems.append(Problem("clash", {**values, "second": binding_id}))
    return problems


def _flatten(data: dict[str, object], text: str, prefix: str = "") -> list[tuple[str, object]]:
    """``board.vote = "x"`` is a table in TOML: join the dotted parts back into one id. An
    inline table written for a name that is no group of ids (``"meeting.prev" = {a=1}``) is
    the value given to that name, as a number would be, not ids of its own."""
    found: list[tuple[str, object]] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if (
            isinstance(value, dict)
            and name not in BY_BINDING
            and (name in _groups() or not _inline_table(text, name))
        ):
            found += _flatten(value, text, name + ".")
        else:
            found.append((name, value))
    return found


@cache
def _groups() -> frozenset[str]:
    """Every group of ids (``meeting``, ``meeting.queue``): a table of that name holds ids."""
    groups: set[str] = set()
    for binding_id in BY_BINDING:
        parts = binding_id.split(".")
        groups.update(".".join(parts[:n]) for n in range(1, len(parts)))
    return frozenset(groups)


def _inline_table(text: str, name: str) -> bool:
    """Whether a line of ``text`` gives ``name`` an inline table (``name = {…}``), under
    the ``[table]`` it stands in."""
    table = ""
    for line in text.splitlines():
        stripped = line.strip()
        header = re.match(r"\[\[?\s*([^\[\]]+?)\s*\]", stripped)
        if header is not None:
            table = _bare(header.group(1)) + "."
        elif "=" in stripped and not stripped.startswith("#"):
            key, value = stripped.split("=", 1)
            if table + _bare(key) == name and value.lstrip().startswith("{"):
                return True
    return False


def _keys(value: object) -> str | None:
    """``"f6, ctrl+t"`` or ``["f6", "ctrl+t"]`` -> ``"f6,ctrl+t"``; None if not keys."""
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        parts = [str(v) for v in value]
    else:
        return None
    keys = [p.strip() for p in parts]
    if not keys or any(not k or " " in k for k in keys):
        return None
    return ",".join(keys)


def _where(error: str) -> tuple[int, str]:
    """The line (1 when the message names none) and the reason of a TOML error message
    (``... (at line 3, column 7)``, ``... (at end of document)``)."""
    from facilitator.i18n.toml import toml_error  # only for a broken keymap file

    line, _column, reason = toml_error(error)
    return line or 1, reason.strip()


def _line_of(text: str, name: str) -> int:
    """The line that sets ``name``: its whole id, quoted or not, under a ``[table]`` or
    not, or a table's header or a dotted key that makes it a table (``[meeting.floor]``,
    ``floor.x = 1`` under ``[meeting]``), or an inline table that holds it
    (``board = {vote = "x"}`` for ``board.vote``); else a line that sets its last
    part; 1 if not found. (By its last part alone, ``app.help`` was found on the line of
    ``review.help``; a ``[meeting.floor]`` of its own, on line 1.)"""

    def sets(key: str) -> bool:
        return key == name or key.startswith(name + ".")

    def holds(key: str, value: str) -> bool:
        """An inline table ``key = {…}`` that holds ``name`` (``board = {vote = "x"}``)."""
        return value.lstrip().startswith("{") and name.startswith(key + ".")

    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"\[\[?\s*([^\[\]]+?)\s*\]", stripped)
        if header is not None:
            table = _bare(header.group(1))
            if sets(table):
                return number
            table += "."
        elif "=" in stripped and not stripped.startswith("#"):
            key, value = stripped.split("=", 1)
            if sets(table + _bare(key)) or holds(table + _bare(key), value):
                return number
    last = re.escape(name.split(".")[-1])
    pattern = re.compile(rf"^\s*[\w.\"']*?{last}[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.search(line):
            return number
    return 1


def _bare(key: str) -> str:
    """A TOML key without its quotes and blanks: ``"meeting.timer"`` and ``meeting . timer``
    are ``meeting.timer``."""
    return re.sub(r"[\"'\s]", "", key)
