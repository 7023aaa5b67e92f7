"""The capture line's little language: owners, tags, a due date and the speaker, inline.

``Matchpunt opzetten @UWV/Els #stage tot vr 30 okt ~3`` reads as the text
"Matchpunt opzetten", owned by UWV with Els as the named lead, tagged
``stage``, due on Friday 30 October, said by participant 3. The syntax is
documented in ``docs/capture.md``; in short:

- ``@who`` — an owner: an organisation, a participant (which implies their
  organisation), or ``@Organisation/Name``; several ``@`` for several owners.
  The known organisations are those at the table and the outside ones the
  session lists (``@SER Overijssel``); the start of one known name is that
  organisation (``@Provincie``), the start of several is not guessed.
  ``@"Ministerie van OCW"`` for an unknown organisation with spaces.
- ``#tag`` — a tag; an unknown tag is new and is added to the session.
- a due date after ``tot``, ``t/m``, ``uiterlijk``, ``by``, ``due``, ``before``
  or ``until``, or right after ``!``: ``tot 1 nov``, ``by 2020-11-01``,
  ``tot vrijdag``, ``!1-11``, ``tot volgende week vrijdag``, ``by end of March``,
  ``tot Q1``, ``uiterlijk over een maand``, ``by tomorrow``.
- ``~3`` or ``~Els`` — attribute to participant 3 (table order) or Els;
  ``~-`` for nobody.

Only what is recognised is taken out of the text; anything else (``~30``
when there are 12 people, ``tot 31-2``) stays in the text and is reported as
a problem, so a mistake is visible before it is saved. Pure Python: no
Textual, no SQL; "today" is passed in.

The package: :mod:`.parsing` (reading the line), :mod:`.due` (due dates),
:mod:`.names` (owners and speakers), :mod:`.completion`, :mod:`.showing`
(labels, and the line written back) and :mod:`.context`.

The names below are imported from their module when first used: reading a line
needs the due-date grammar (a large regular expression) and python-dateutil's
parser, which a program that shows a screen first need not load before it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from facilitator.capture.completion import Completion, complete
    from facilitator.capture.context import Context
    from facilitator.capture.parsing import Parsed, parse
    from facilitator.capture.showing import format_due, owner_label, unparse

__all__ = [
    "Completion",
    "Context",
    "Parsed",
    "complete",
    "format_due",
    "owner_label",
    "parse",
    "unparse",
]

_MODULE_OF = {
    "Completion": "completion",
    "complete": "completion",
    "Context": "context",
    "Parsed": "parsing",
    "parse": "parsing",
    "format_due": "showing",
    "owner_label": "showing",
    "unparse": "showing",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
